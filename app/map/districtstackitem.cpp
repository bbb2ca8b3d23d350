#include "districtstackitem.h"

#include "districtitem.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>
#include <QSemaphore>
#include <QThread>

#include <algorithm>

DistrictStackItem::~DistrictStackItem() = default;

DistrictStackItem::DistrictStackItem(const QList<DistrictItem *> &districts, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_districts(districts)
    , m_pool(std::make_unique<QThreadPool>())
{
    // Bands beyond the first are painted by the pool's threads; the calling thread paints one.
    m_pool->setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, kMostBands) - 1);
    // A painter makes a path's vector form (and its bounds) the first time it
    // draws the path, and keeps it in the path: made here, once, so that two
    // threads painting a district later only read them.
    QImage pixel(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter warm(&pixel);
    QPen dashed(Qt::black, 1.0, Qt::DashLine);
    dashed.setCosmetic(true);
    for (const DistrictItem *district : std::as_const(m_districts)) {
        warm.fillPath(district->path(), Qt::black);
        warm.strokePath(district->path(), dashed);
    }
    warm.end();
    for (DistrictItem *district : std::as_const(m_districts)) {
        district->setFlag(ItemHasNoContents, true);
        district->setStack(this);
    }
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    marginsChanged();
}

void DistrictStackItem::districtChanged(const DistrictItem *district, bool reordered)
{
    m_orderStale = m_orderStale || reordered;
    // Through the scene, not update() on the stack: an item's dirty rects are
    // merged into one, and two districts far apart would repaint everything
    // between them.
    if (QGraphicsScene *s = scene())
        s->update(district->boundingRect());
}

void DistrictStackItem::marginsChanged()
{
    QRectF bounds;
    for (const DistrictItem *district : std::as_const(m_districts))
        bounds |= district->boundingRect();
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

QRectF DistrictStackItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath DistrictStackItem::shape() const
{
    return {};
}

void DistrictStackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (m_orderStale) {
        m_order.assign(m_districts.cbegin(), m_districts.cend());
        std::stable_sort(m_order.begin(), m_order.end(),
                         [](const DistrictItem *a, const DistrictItem *b) { return a->zValue() < b->zValue(); });
        m_orderStale = false;
    }
    // The system clip is what the window repaints, in device pixels; a
    // district outside it would be painted and clipped away.
    const QPaintEngine *engine = painter->paintEngine();
    const QRegion repainted = engine ? engine->systemClip() : QRegion();
    const QTransform toDevice = painter->deviceTransform();
    std::vector<Shown> shown;
    shown.reserve(m_order.size());
    for (DistrictItem *district : m_order) {
        const QRect rect = toDevice.mapRect(district->boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1);
        if (repainted.isEmpty() || repainted.intersects(rect))
            shown.push_back({district, rect});
    }
    QImage *image = sharedImage(painter);
    const QRect area = !image                ? QRect()
                       : repainted.isEmpty() ? image->rect()
                                             : repainted.boundingRect() & image->rect();
    const int bands = image ? bandsFor(int(shown.size()), area.height(), m_pool->maxThreadCount() + 1) : 1;
    if (bands <= 1) {
        for (const Shown &s : shown)
            s.district->paint(painter, nullptr, widget);
        return;
    }

    // Bands of rows painted side by side, each by a painter of its own on an
    // image over the same pixels, clipped to its rows (a system clip, as the
    // window's is: a dashed outline keeps its pattern across the bands,
    // where an image of the band's rows alone would restart it). Each band
    // paints the districts that reach into it, in the same order.
    const double ratio = image->devicePixelRatio();
    const QTransform world = toDevice * QTransform::fromScale(1.0 / ratio, 1.0 / ratio);
    const QPainter::RenderHints hints = painter->renderHints();
    std::vector<DistrictItem::Plan> plans;
    plans.reserve(shown.size());
    for (const Shown &s : shown)
        plans.push_back(s.district->plan(world, ratio, hints, true));
    const auto paintBand = [&](int band) {
        const int top = area.top() + area.height() * band / bands;
        const int bottom = area.top() + area.height() * (band + 1) / bands;
        const QRect rows(area.left(), top, area.width(), bottom - top);
        QImage view(const_cast<uchar *>(image->constBits()), image->width(), image->height(), image->bytesPerLine(),
                    image->format());
        view.setDevicePixelRatio(ratio);
        view.paintEngine()->setSystemClip(repainted.isEmpty() ? QRegion(rows) : repainted & rows);
        QPainter p(&view);
        p.setRenderHints(hints);
        p.setWorldTransform(world);
        for (size_t i = 0; i < shown.size(); ++i) {
            if (shown[i].rect.intersects(rows))
                shown[i].district->paintPlan(&p, plans[i], shown[i].district->boundingRect());
        }
    };
    // The hand-off Qt's raster engine makes for its own parallel fills: the
    // pool's threads take the other bands, this thread paints the first, and
    // a semaphore says when all are done.
    QSemaphore done;
    for (int band = 1; band < bands; ++band) {
        m_pool->start([&paintBand, &done, band] {
            paintBand(band);
            done.release();
        });
    }
    paintBand(0);
    done.acquire(bands - 1);
}

QImage *DistrictStackItem::sharedImage(const QPainter *painter)
{
    // Only a plain raster paint onto an image can be shared out: a painter
    // with a clip, an opacity or another composition mode of its own would
    // have to be copied into every band's.
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster || painter->hasClipping() || painter->opacity() < 1.0
        || painter->compositionMode() != QPainter::CompositionMode_SourceOver)
        return nullptr;
    QPaintDevice *device = engine->paintDevice();
    if (!device || device->devType() != QInternal::Image)
        return nullptr;
    return static_cast<QImage *>(device);
}

int DistrictStackItem::bandsFor(int districts, int rows, int processors)
{
    return std::max(1, std::min({std::min(processors, kMostBands), districts / kMinDistrictsPerBand,
                                 rows / kMinRowsPerBand}));
}
