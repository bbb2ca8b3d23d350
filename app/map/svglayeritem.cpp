#include "svglayeritem.h"

#include <QSvgRenderer>

SvgLayerItem::SvgLayerItem(QGraphicsItem *parent)
    : QGraphicsSvgItem(parent)
{
    // QGraphicsSvgItem refuses to cache above 1024x768 device pixels and then
    // paints directly; Qt caches only the visible part of a larger item, so
    // no limit is needed.
    setMaximumCacheSize(QSize());
}

void SvgLayerItem::setDrawingBounds(const QRectF &itemRect)
{
    const QRectF bounds = itemRect | QGraphicsSvgItem::boundingRect();
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

QRectF SvgLayerItem::boundingRect() const
{
    return m_bounds.isNull() ? QGraphicsSvgItem::boundingRect() : m_bounds;
}

void SvgLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QSvgRenderer *svg = renderer();
    if (!svg || !svg->isValid())
        return;
    // QtSvg maps the element's own bounds onto this rect: QGraphicsSvgItem's, not boundingRect().
    const QRectF elementBounds = QGraphicsSvgItem::boundingRect();
    if (elementId().isEmpty())
        svg->render(painter, elementBounds);
    else
        svg->render(painter, elementId(), elementBounds);
}
