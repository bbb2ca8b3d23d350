#pragma once

#include <QImage>
#include <QPainter>
#include <QPoint>
#include <QRect>
#include <QRectF>
#include <QTransform>

#include <functional>

class QPainter;
class QWidget;

/**
 * @brief A graphics item's drawing at the exact device resolution it is shown at.
 *
 * Like QGraphicsItem::DeviceCoordinateCache, but owned by the item: the cache
 * holds the part of the item that is visible in the widget, rendered (by the
 * item's own vector painting) at the painter's current scale and device pixel
 * ratio, and is blitted 1:1 onto device pixels. It is used only while the
 * item's transform to the device differs from the one it was rendered at by
 * whole device pixels (scrolling); any other change of zoom, rotation or
 * pixel ratio renders it again, so what is shown is never a scaled bitmap and
 * stays as crisp as painting the vectors directly. Scrolling reuses what is
 * still visible and renders only the newly exposed strips.
 *
 * Painting is direct (no cache) when there is no widget (exports), on paint
 * engines other than raster, and under rotating or shearing transforms. The
 * painter must paint @p widget's area 1:1 (its paint event, QWidget::render,
 * or an image of it): the widget's rect bounds what is kept.
 */
class DeviceCache
{
public:
    /// Paints the item in item coordinates onto a painter; the rect is the item area that needs painting.
    using Render = std::function<void(QPainter *, const QRectF &)>;

    /**
     * @brief Paints @p exposed (item coordinates) of an item bounded by @p bounds.
     *
     * Returns false without painting when the cache does not apply (then
     * paint directly); @p widget is the widget being painted (the view's
     * viewport), whose visible area bounds the cache.
     */
    bool paint(QPainter *painter, const QRectF &bounds, const QRectF &exposed, const QWidget *widget,
               const Render &render);

    /// Forgets the cached pixels (the item's look changed); the buffer is kept for reuse.
    void invalidate() { m_valid = false; }
    /// Frees the buffer too.
    void clear();
    /// True when pixels are cached.
    bool isValid() const { return m_valid; }
    /// Bytes held by the cache.
    qsizetype bytes() const { return m_image.sizeInBytes(); }
    /// How many times pixels were rendered (full or partial), for tests.
    int renderCount() const { return m_renderCount; }

private:
    QImage m_image;            ///< device pixels of m_deviceRect
    QRect m_deviceRect;        ///< where m_image lies on the device, at m_origin
    QPointF m_origin;          ///< device position of the item's origin when rendered
    QTransform m_linear;       ///< item-to-device transform without translation, when rendered
    double m_pixelRatio = 0.0;
    bool m_valid = false;
    int m_renderCount = 0;
};
