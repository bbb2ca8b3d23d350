#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>
#include <QTransform>

#include <functional>
#include <memory>

/**
 * @brief A drawing recorded once as vector operations and replayed on every paint.
 *
 * record() runs a paint function (for example QSvgRenderer::render) against a
 * recording paint device and keeps what reaches the paint engine: paths,
 * polygons, rectangles, lines and ellipses in the painter's user space, with
 * the pen, brush, opacity, render hints and transform of each. Text arrives
 * as glyph outlines (QtSvg draws its text as outlines). Replaying issues the
 * same QPainter calls with the same geometry under the replaying painter's
 * transform, so the result is vector-crisp at every zoom and device pixel
 * ratio: what is cached is geometry, never pixels. What replaying saves is
 * the work that produced the geometry (for SVG text: layout, shaping and
 * glyph outline loading, which dominate painting the map's labels).
 *
 * Operations outside the area to paint are skipped by their bounds. A long
 * path drawn with opaque paint (a label) is recorded as parts that share no
 * pixel (its words), so that a small area draws only the parts in it.
 *
 * A drawing that uses what cannot be recorded faithfully (clipping, images,
 * pixmaps, composition modes) gives an invalid recording; callers then paint
 * directly.
 */
class PaintRecording
{
public:
    PaintRecording();
    ~PaintRecording();
    PaintRecording(PaintRecording &&) noexcept;
    PaintRecording &operator=(PaintRecording &&) noexcept;

    /**
     * @brief What a drawing can depend on besides its transform: the painter's font and resolution.
     *
     * Render hints are recorded as what the drawing itself switched on or
     * off, and applied on top of the replaying painter's own hints, so they
     * are not part of the target.
     */
    struct Target
    {
        QFont font;
        QPainter::RenderHints hints; ///< the recording painter's hints at the start
        int logicalDpiX = 96;
        int logicalDpiY = 96;

        /// The target @p painter paints for.
        static Target of(const QPainter *painter);
        friend bool operator==(const Target &a, const Target &b)
        {
            return a.logicalDpiX == b.logicalDpiX && a.logicalDpiY == b.logicalDpiY && a.font == b.font;
        }
        friend bool operator!=(const Target &a, const Target &b) { return !(a == b); }
    };

    /**
     * @brief Records what @p paint draws.
     *
     * The recording painter starts with the identity transform and the font,
     * render hints and resolution of @p target, so that text comes out as it
     * would on a device with that resolution.
     */
    static PaintRecording record(const std::function<void(QPainter *)> &paint, const Target &target);

    /// True when everything drawn was recorded (false: paint directly instead).
    bool isValid() const;
    /// The font, hints and resolution the recording was made for.
    const Target &target() const;
    /// True when the recording is valid and was made for @p painter's font and resolution.
    bool isRecordedFor(const QPainter *painter) const;
    /// Number of recorded drawing operations.
    int operationCount() const;
    /// Path elements, polygon points, rectangles and lines recorded: how much there is to rasterize.
    qsizetype complexity() const;
    /// Union of the operations' bounds in user space (strokes included; cosmetic pens counted as one unit wide).
    QRectF bounds() const;

    /**
     * @brief Draws the recording with @p painter's current transform, opacity and clip.
     *
     * Operations whose bounds miss @p area (user space; a null rect means
     * everything) are skipped. The painter's state is restored afterwards.
     * Returns the number of operations drawn.
     */
    int replay(QPainter *painter, const QRectF &area = QRectF()) const;

    struct Data; ///< the recorded operations (private to paintrecording.cpp)

private:
    std::unique_ptr<Data> d;
};
