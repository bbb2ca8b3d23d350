#include "districtstackitem.h"

#include "districtitem.h"

#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>

#include <algorithm>

DistrictStackItem::DistrictStackItem(const QList<DistrictItem *> &districts, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_districts(districts)
{
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
    for (DistrictItem *district : m_order) {
        if (!repainted.isEmpty()
            && !repainted.intersects(toDevice.mapRect(district->boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1)))
            continue;
        district->paint(painter, nullptr, widget);
    }
}
