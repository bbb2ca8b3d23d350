#pragma once

#include "devicecache.h"
#include "paintrecording.h"

#include <QGraphicsSvgItem>

/**
 * @brief One layer of the SVG base map (a top-level group, or the whole drawing).
 *
 * Paints what QGraphicsSvgItem paints, but on raster devices (the view, PNG
 * exports) it replays a PaintRecording of the layer instead of asking
 * QSvgRenderer to lay out and draw it again: the SVG is interpreted once
 * (prepare()) and every paint only rasterizes the same vector geometry under
 * the current transform, skipping what lies outside the exposed area.
 *
 * A layer that is costly to rasterize (the labels, whose halos are strokes
 * of glyph outlines) keeps its pixels in a DeviceCache in the view, at the
 * view's current scale and device pixel ratio only (rendered again from the
 * vectors at any other zoom, never scaled). QGraphicsItem's own cache mode
 * stays NoCache.
 *
 * The bounding rect covers everything the layer draws (QtSvg's own element
 * bounds miss parts of transformed text), so the view never culls a label
 * that is on screen.
 *
 * The recording is made again when the painter's font, render hints or
 * resolution differ from the ones it was made for. Devices other than raster
 * ones (SVG and PDF exports) and drawings that cannot be recorded are painted
 * by QGraphicsSvgItem directly.
 */
class SvgLayerItem : public QGraphicsSvgItem
{
public:
    /// The render hints of MapView (the recording made by prepare() is for them).
    static constexpr QPainter::RenderHints kViewRenderHints =
        QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform;

    explicit SvgLayerItem(QGraphicsItem *parent = nullptr);

    /**
     * @brief Records the layer (renderer and element id set) for a painter with @p target.
     *
     * Updates the bounding rect to what the layer draws. Call again after
     * changing the renderer or the element.
     */
    void prepare(const PaintRecording::Target &target = defaultTarget());
    /// The application font, kViewRenderHints and the primary screen's logical resolution.
    static PaintRecording::Target defaultTarget();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;

    /// True when the last paint replayed the recording (for tests).
    bool lastPaintReplayed() const { return m_lastPaintReplayed; }
    /// How many times the layer was recorded (for tests).
    int recordCount() const { return m_recordCount; }
    /// Operations drawn by the last replay (for tests).
    int lastReplayCount() const { return m_lastReplayCount; }
    /// The pixels kept in the view (for tests).
    const DeviceCache &deviceCache() const { return m_cache; }

private:
    void renderDirect(QPainter *painter) const;
    void record(const PaintRecording::Target &target);

    /// Layers whose recording has more path elements than this keep their pixels in a view.
    static constexpr qsizetype kCachedComplexity = 20000;

    PaintRecording m_recording;
    DeviceCache m_cache;
    QRectF m_drawnBounds; ///< what the layer draws, united with QtSvg's element bounds
    bool m_unrecordable = false;
    bool m_lastPaintReplayed = false;
    int m_recordCount = 0;
    int m_lastReplayCount = 0;
};
