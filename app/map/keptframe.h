#pragma once

#include <QBrush>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QRect>
#include <QSize>
#include <QTransform>

class QGraphicsScene;
class QWidget;

/**
 * @brief A view's last painted frame, kept while the view does not move.
 *
 * Holds the whole viewport as an image at its device pixel ratio, for one
 * view geometry (scene-to-viewport transform, viewport size, pixel ratio).
 * Parts of the viewport that changed are marked with invalidate() and
 * painted again from the scene by update(): the background, then the items
 * under each part bottom to top. District items (DistrictItem) are composed
 * from their coverage masks, the other items paint themselves. Everything
 * else is kept, so a day step that restyles some districts costs only their
 * pixels.
 */
class KeptFrame
{
public:
    /// Whether the frame was made for this geometry (false when there is none).
    bool isFor(const QTransform &sceneToView, const QSize &viewSize, qreal pixelRatio) const;
    /// Starts a frame for a geometry, all of it to paint.
    void reset(const QTransform &sceneToView, const QSize &viewSize, qreal pixelRatio);
    /// Drops the frame.
    void clear();
    bool isNull() const { return m_image.isNull(); }

    /// Marks a part of the viewport (logical pixels) to paint again.
    void invalidate(const QRect &viewRect);
    /// True when some part is marked.
    bool isDirty() const { return !m_dirty.isEmpty(); }

    /**
     * @brief Paints the marked parts from @p scene, with @p background below everything.
     *
     * @p hints are the view's render hints, @p widget the viewport (told to
     * the items as the widget they paint for).
     */
    void update(QGraphicsScene &scene, const QBrush &background, QPainter::RenderHints hints, QWidget *widget);

    /// The frame: viewport pixels at the pixel ratio.
    const QImage &image() const { return m_image; }
    qsizetype bytes() const { return m_image.sizeInBytes(); }
    /// Device pixels the last update() painted again (for tests and benchmarks).
    qint64 lastPaintedPixels() const { return m_lastPaintedPixels; }

private:
    QImage m_image;
    QTransform m_sceneToView;
    QSize m_viewSize;
    qreal m_pixelRatio = 0;
    QList<QRect> m_dirty;  ///< marked viewport rects (only the first few are listed)
    QRect m_dirtyBounds;   ///< the bounds of all marked rects
    qint64 m_lastPaintedPixels = 0;
};
