#include "devicecache.h"

#include <QPaintEngine>
#include <QRegion>
#include <QWidget>

#include <cmath>
#include <cstring>

namespace {

bool isWhole(double v)
{
    return std::abs(v - std::round(v)) < 1e-6;
}

/// Paints @p clip (device pixels, inside @p deviceRect) of the item into @p image, which holds @p deviceRect.
void renderInto(QImage &image, const QRect &deviceRect, const QRect &clip, const QTransform &itemToDevice,
                double pixelRatio, const QPainter *like, const DeviceCache::Render &render)
{
    QPainter p(&image);
    p.setRenderHints(like->renderHints());
    p.setFont(like->font());
    // Logical coordinates of the image: device pixels relative to deviceRect, over the pixel ratio.
    const QTransform toImage = itemToDevice * QTransform::fromTranslate(-deviceRect.left(), -deviceRect.top())
                               * QTransform::fromScale(1 / pixelRatio, 1 / pixelRatio);
    const QRect local = clip.translated(-deviceRect.topLeft());
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.fillRect(QRectF(QPointF(local.topLeft()) / pixelRatio, QSizeF(local.size()) / pixelRatio), Qt::transparent);
    p.setCompositionMode(QPainter::CompositionMode_SourceOver);
    p.setClipRect(QRectF(QPointF(local.topLeft()) / pixelRatio, QSizeF(local.size()) / pixelRatio));
    p.setWorldTransform(toImage);
    render(&p, itemToDevice.inverted().mapRect(QRectF(clip)));
}

} // namespace

void DeviceCache::clear()
{
    m_image = QImage();
    m_valid = false;
}

bool DeviceCache::paint(QPainter *painter, const QRectF &bounds, const QRectF &exposed, const QWidget *widget,
                        const Render &render)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!widget || !engine || engine->type() != QPaintEngine::Raster || !painter->device())
        return false;
    const QTransform world = painter->worldTransform();
    const QTransform device = painter->deviceTransform();
    if (world.type() > QTransform::TxScale || device.type() > QTransform::TxScale)
        return false; // rotation, shear, perspective: paint the vectors
    const double ratio = painter->device()->devicePixelRatio();
    // From the painter's untransformed (widget) coordinates to device pixels:
    // the pixel ratio, then the widget's offset on the device.
    if (!qFuzzyCompare(device.m11(), world.m11() * ratio) || !qFuzzyCompare(device.m22(), world.m22() * ratio))
        return false;
    const QPointF offset(device.dx() - world.dx() * ratio, device.dy() - world.dy() * ratio);
    const QRect visible =
        QRectF(QPointF(widget->rect().topLeft()) * ratio + offset, QSizeF(widget->size()) * ratio).toAlignedRect();

    const QRect wanted = device.mapRect(bounds).toAlignedRect().adjusted(-1, -1, 1, 1) & visible;
    const QRect needed = device.mapRect(exposed).toAlignedRect() & wanted;
    if (needed.isEmpty())
        return true; // nothing of the item shows here

    const QTransform linear(device.m11(), device.m12(), device.m21(), device.m22(), 0, 0);
    const QPointF origin(device.dx(), device.dy());
    QRect cached; // where the cached pixels lie on the device now
    if (m_valid && m_pixelRatio == ratio && m_linear == linear) {
        const QPointF moved = origin - m_origin;
        if (isWhole(moved.x()) && isWhole(moved.y()))
            cached = m_deviceRect.translated(int(std::round(moved.x())), int(std::round(moved.y())));
    }
    if (cached.isNull() || !cached.contains(needed)) {
        // Render what is visible of the item; after a scroll, keep what is still valid.
        QImage fresh;
        if (m_image.size() == wanted.size() && cached.isNull())
            fresh = std::move(m_image); // same size, all of it redrawn: reuse the buffer
        else
            fresh = QImage(wanted.size(), QImage::Format_ARGB32_Premultiplied);
        fresh.setDevicePixelRatio(ratio);
        QRegion missing(wanted);
        const QRect keep = cached & wanted;
        if (!keep.isEmpty()) {
            const int bytes = keep.width() * 4;
            for (int y = 0; y < keep.height(); ++y) {
                const uchar *from = m_image.constScanLine(keep.top() - cached.top() + y)
                                    + (keep.left() - cached.left()) * 4;
                uchar *to = fresh.scanLine(keep.top() - wanted.top() + y) + (keep.left() - wanted.left()) * 4;
                std::memcpy(to, from, size_t(bytes));
            }
            missing -= keep;
        }
        for (const QRect &r : missing)
            renderInto(fresh, wanted, r, device, ratio, painter, render);
        ++m_renderCount;
        m_image = std::move(fresh);
        m_deviceRect = wanted;
        cached = wanted;
        m_origin = origin;
        m_linear = linear;
        m_pixelRatio = ratio;
        m_valid = true;
    }

    // Blit the needed pixels 1:1 onto the device.
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QRectF target(QPointF(needed.topLeft() - offset) / ratio, QSizeF(needed.size()) / ratio);
    painter->drawImage(target, m_image, QRectF(needed.translated(-cached.topLeft())));
    painter->restore();
    return true;
}
