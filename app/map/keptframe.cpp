#include "keptframe.h"

#include "districtitem.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QRegion>
#include <QSemaphore>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QThreadPool>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

// More marked rects than this are painted as their bounds: a scrub that
// restyles most districts marks hundreds, and one pass over the items under
// their bounds costs less than a pass per rect.
constexpr int kMaxRects = 8;

/**
 * Runs @p run(part) for every part in [0, @p parts): parts from @p firstInPool
 * on in the global thread pool (here when no thread is free), the others
 * here, and returns when all are done.
 */
void runParts(int parts, int firstInPool, const std::function<void(int)> &run)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore done;
    int started = 0;
    for (int part = firstInPool; part < parts; ++part) {
        if (pool->tryStart([&run, &done, part] {
                run(part);
                done.release();
            }))
            ++started;
        else
            run(part);
    }
    for (int part = 0; part < firstInPool && part < parts; ++part)
        run(part);
    done.acquire(started);
}

/**
 * Makes the masks the districts need, in the global thread pool. Qt 6.4's
 * raster engine splits a fill of more than about a hundred spans across that
 * pool and waits for it, unless it is already running in the pool; for
 * hundreds of small fills (a district's outline, its emphasis) the hand-offs
 * cost more than the fills. Made in the pool, each fill stays whole and the
 * districts are shared out between the cores. A part that finds no free
 * thread is made here.
 */
void prepareMasks(const QList<DistrictItem *> &districts, const QTransform &toView, qreal pixelRatio,
                  const QRect &deviceBounds)
{
    if (districts.isEmpty())
        return;
    QThreadPool *pool = QThreadPool::globalInstance();
    const int parts = int(std::clamp<qsizetype>(districts.size(), 1, std::max(1, pool->maxThreadCount())));
    const auto run = [&](int part) {
        for (qsizetype i = part; i < districts.size(); i += parts) {
            DistrictItem *item = districts.at(i);
            item->prepareMasks(item->sceneTransform() * toView, pixelRatio, deviceBounds);
        }
    };
    runParts(parts, 0, run);
}

/**
 * Composes @p districts (bottom to top) into @p device of the frame. A large
 * part is cut into bands of rows, one per core, composed at once: each band
 * gets every district in the same order, clipped to its rows, so the pixels
 * are exactly those of one pass.
 */
void composeDistricts(const CoverageMask::Target &frame, const QList<DistrictItem *> &districts,
                      const QTransform &toView, qreal pixelRatio, const QRect &device)
{
    if (districts.isEmpty() || device.isEmpty())
        return;
    QList<QTransform> toLogical;
    toLogical.reserve(districts.size());
    for (const DistrictItem *item : districts)
        toLogical.append(item->sceneTransform() * toView);
    const auto composeBand = [&](const QRect &band) {
        for (qsizetype i = 0; i < districts.size(); ++i)
            districts.at(i)->compose(frame, toLogical.at(i), pixelRatio, band);
    };
    // Below this, a band costs less than handing it to another thread.
    constexpr qint64 kParallelPixels = 256 * 1024;
    QThreadPool *pool = QThreadPool::globalInstance();
    const int bands = qint64(device.width()) * device.height() < kParallelPixels
                          ? 1
                          : std::clamp(pool->maxThreadCount(), 1, std::max(1, device.height() / 16));
    if (bands == 1) {
        composeBand(device);
        return;
    }
    // This thread takes the first band.
    runParts(bands, 1, [&](int b) {
        const int top = device.top() + int(qint64(device.height()) * b / bands);
        const int bottom = device.top() + int(qint64(device.height()) * (b + 1) / bands);
        composeBand(QRect(device.left(), top, device.width(), bottom - top));
    });
}

} // namespace

bool KeptFrame::isFor(const QTransform &sceneToView, const QSize &viewSize, qreal pixelRatio) const
{
    return !m_image.isNull() && sceneToView == m_sceneToView && viewSize == m_viewSize && pixelRatio == m_pixelRatio;
}

void KeptFrame::reset(const QTransform &sceneToView, const QSize &viewSize, qreal pixelRatio)
{
    m_sceneToView = sceneToView;
    m_viewSize = viewSize;
    m_pixelRatio = pixelRatio;
    const QSize pixels = (QSizeF(viewSize) * pixelRatio).toSize();
    if (m_image.size() != pixels)
        m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(pixelRatio);
    m_dirty = {QRect(QPoint(0, 0), viewSize)};
    m_dirtyBounds = m_dirty.first();
}

void KeptFrame::clear()
{
    m_image = QImage();
    m_dirty.clear();
    m_dirtyBounds = QRect();
}

void KeptFrame::invalidate(const QRect &viewRect)
{
    if (m_image.isNull() || viewRect.isEmpty())
        return;
    m_dirtyBounds |= viewRect;
    if (m_dirty.size() <= kMaxRects)
        m_dirty.append(viewRect); // beyond that, only the bounds count
}

void KeptFrame::update(QGraphicsScene &scene, const QBrush &background, QPainter::RenderHints hints, QWidget *widget)
{
    m_lastPaintedPixels = 0;
    if (m_image.isNull() || m_dirty.isEmpty())
        return;
    const QRect view(QPoint(0, 0), m_viewSize);
    QList<QRect> rects;
    if (m_dirty.size() > kMaxRects) {
        rects = {m_dirtyBounds & view};
    } else {
        QRegion region;
        for (const QRect &r : std::as_const(m_dirty))
            region += r;
        region &= view;
        rects = QList<QRect>(region.begin(), region.end());
        if (rects.size() > kMaxRects)
            rects = {region.boundingRect()};
    }
    m_dirty.clear();
    m_dirtyBounds = QRect();

    const QTransform toView = m_sceneToView;
    const QTransform toScene = toView.inverted();
    QList<QList<QGraphicsItem *>> itemsOf;
    QList<DistrictItem *> needMasks;
    QSet<const DistrictItem *> seen; // an item under several rects
    for (const QRect &r : std::as_const(rects)) {
        itemsOf.append(scene.items(toScene.mapRect(QRectF(r)), Qt::IntersectsItemBoundingRect, Qt::AscendingOrder,
                                   toView));
        for (QGraphicsItem *item : std::as_const(itemsOf.constLast())) {
            if (item->type() != DistrictItem::Type || !item->isVisible())
                continue;
            auto *district = static_cast<DistrictItem *>(item);
            if ((rects.size() == 1 || !seen.contains(district))
                && district->needsMasks(item->sceneTransform() * toView, m_pixelRatio))
                needMasks.append(district);
            if (rects.size() > 1)
                seen.insert(district);
        }
    }
    prepareMasks(needMasks, toView, m_pixelRatio, m_image.rect());
    const CoverageMask::Target target = CoverageMask::Target::of(&m_image);

    for (qsizetype k = 0; k < rects.size(); ++k) {
        const QRect &r = rects.at(k);
        if (r.isEmpty())
            continue;
        // The part in device pixels, for the items composed straight into the image.
        const QRect device = QRectF(QPointF(r.topLeft()) * m_pixelRatio, QSizeF(r.size()) * m_pixelRatio)
                                 .toAlignedRect()
                             & m_image.rect();
        m_lastPaintedPixels += qint64(device.width()) * device.height();
        const QRectF sceneArea = toScene.mapRect(QRectF(r));
        // Painted as QGraphicsView paints a region: the items under it bottom
        // to top, each told the part of it to paint. Straight into the frame,
        // not into an image of the part: the raster engine lays dashes out
        // differently on a smaller device.
        std::optional<QPainter> painter;
        const auto open = [&] {
            if (painter)
                return;
            painter.emplace(&m_image);
            painter->setRenderHints(hints);
            painter->setClipRect(r);
        };
        // Districts in a row (between two other items) are composed
        // straight into the image, all at once.
        QList<DistrictItem *> districts;
        const auto flushDistricts = [&] {
            if (districts.isEmpty())
                return;
            painter.reset();
            composeDistricts(target, districts, toView, m_pixelRatio, device);
            districts.clear();
        };
        open();
        painter->fillRect(r, background);
        for (QGraphicsItem *item : std::as_const(itemsOf.at(k))) {
            if (!item->isVisible())
                continue;
            if (item->type() == DistrictItem::Type && item->effectiveOpacity() == 1.0) {
                districts.append(static_cast<DistrictItem *>(item));
                continue;
            }
            flushDistricts();
            open();
            QStyleOptionGraphicsItem option;
            option.exposedRect = item->mapRectFromScene(sceneArea) & item->boundingRect();
            option.rect = option.exposedRect.toAlignedRect();
            painter->save();
            painter->setOpacity(item->effectiveOpacity());
            painter->setWorldTransform(item->sceneTransform() * toView);
            item->paint(&*painter, &option, widget);
            painter->restore();
        }
        flushDistricts();
    }
}
