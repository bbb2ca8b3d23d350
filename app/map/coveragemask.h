#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPen>
#include <QPoint>
#include <QRect>
#include <QRgb>
#include <QTransform>

#include <functional>

/**
 * @brief How much of each device pixel a shape covers, kept to paint it again in any colour.
 *
 * The raster engine spends most of a filled or stroked path's cost finding
 * which pixels it covers and by how much (anti-aliasing); blending a colour
 * into those pixels is cheap. A CoverageMask does the first part once, at
 * one device geometry: it is the shape rasterized by Qt (QPainter, with
 * anti-aliasing) into an 8-bit image, one byte of coverage per pixel. It
 * then blends a colour, or a tile of pixels, into a premultiplied ARGB
 * image as the raster engine does for an anti-aliased span
 * (source × coverage over destination), so the result is what painting the
 * path in that colour gives.
 *
 * Only the runs of covered pixels are kept (a one-pixel outline holds its
 * ring, not the rectangle around it). A mask is only valid for the transform
 * it was made with; the caller keeps it as long as that transform holds, and
 * what it paints differs from the path painted directly only by rounding
 * (at most one level per channel).
 */
class CoverageMask
{
public:
    CoverageMask() = default;

    /**
     * @brief The coverage of @p path, filled with its own fill rule.
     * @param toLogical    from path coordinates to the target's logical pixels
     * @param pixelRatio   the target's device pixel ratio (device pixels per logical one)
     * @param deviceBounds where the mask may lie, in device pixels (the rest is cut off)
     */
    static CoverageMask ofFill(const QPainterPath &path, const QTransform &toLogical, qreal pixelRatio,
                               const QRect &deviceBounds);
    /**
     * @brief The coverage of @p path stroked with @p pen (its colour is ignored).
     *
     * Painted exactly as on the target: a cosmetic pen's width and dashes
     * follow what Qt does at @p pixelRatio.
     */
    static CoverageMask ofStroke(const QPainterPath &path, const QTransform &toLogical, qreal pixelRatio,
                                 const QPen &pen, const QRect &deviceBounds);

    bool isNull() const { return m_runs.isEmpty(); }
    /// Where the mask lies, in device pixels (only the rows and columns that hold coverage).
    QRect rect() const { return m_rect; }
    /// Memory held: the covered pixels' coverage and where each run of them lies.
    qsizetype bytes() const { return m_coverage.size() + m_runs.size() * qsizetype(sizeof(Run)); }
    /// Coverage (0–255) at a device pixel; 0 outside the mask.
    int coverageAt(const QPoint &devicePixel) const;

    /**
     * @brief The pixels a mask blends into: a Format_ARGB32_Premultiplied image's memory.
     *
     * Made once from the image (QImage::bits() may copy a shared image and is
     * not for several threads at once); then masks may blend into disjoint
     * parts of it from different threads.
     */
    struct Target
    {
        uchar *bits = nullptr;
        qsizetype stride = 0;
        QSize size;

        /// The image's pixels; empty (nothing is blended) unless it is Format_ARGB32_Premultiplied.
        static Target of(QImage *image);
        QRect rect() const { return QRect(QPoint(0, 0), size); }
    };

    /// Blends premultiplied @p color into @p target inside @p clip (device pixels).
    void blend(const Target &target, QRgb color, const QRect &clip) const;
    /// The same, into an image (Format_ARGB32_Premultiplied; other formats are left alone).
    void blend(QImage *target, QRgb color, const QRect &clip) const;
    /**
     * @brief Blends the pixels of @p tile (premultiplied, repeated) into @p target inside @p clip.
     *
     * The tile's pixel (0, 0) lies on device pixel @p tileOrigin and its repeats.
     */
    void blendTiled(const Target &target, const QImage &tile, const QPoint &tileOrigin, const QRect &clip) const;
    void blendTiled(QImage *target, const QImage &tile, const QPoint &tileOrigin, const QRect &clip) const;

private:
    static CoverageMask render(const QRect &deviceBounds, qreal pixelRatio, const QTransform &toLogical,
                               const std::function<void(QPainter *)> &draw);

    /// Keeps the runs of covered pixels of @p image (which lies at m_rect): blending visits only those.
    void keepRuns(const QImage &image);
    /// Calls @p source(pixels, coverage, count, deviceX, deviceY) for each run inside @p clip:
    /// @p pixels and @p coverage point at the run's first pixel inside the clip.
    template<typename Source>
    void blendRuns(const Target &target, const QRect &clip, const Source &source) const;

    /// Pixels with coverage in one row: [begin, end) in device columns of device row @p y.
    struct Run
    {
        int y = 0;
        int begin = 0;
        int end = 0;
        int offset = 0; ///< of the run's first coverage byte in m_coverage
    };

    QRect m_rect;            ///< where the mask was rasterized, in device pixels
    QByteArray m_coverage;   ///< the runs' coverage bytes, one after the other
    QList<Run> m_runs;       ///< by row, then column
};
