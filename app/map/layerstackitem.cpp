#include "layerstackitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

LayerStackItem::LayerStackItem(const QList<QGraphicsItem *> &layers, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_layers(layers)
{
    for (QGraphicsItem *layer : std::as_const(m_layers)) {
        // The layers' positions are fixed when the scene is built: their
        // bounds in the stack's coordinates (the scene's) are known now.
        m_bounds |= layer->mapRectToItem(this, layer->boundingRect());
        layer->setVisible(false);
    }
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    // A layer that lays out only what is exposed (the labels) gets the exposed rect through the stack.
    setFlag(ItemUsesExtendedStyleOption, true);
}

QRectF LayerStackItem::boundingRect() const
{
    return m_bounds;
}

void LayerStackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QRectF exposed = option ? option->exposedRect : m_bounds;
    for (QGraphicsItem *layer : std::as_const(m_layers)) {
        const QRectF layerExposed = layer->mapRectFromItem(this, exposed) & layer->boundingRect();
        if (layerExposed.isEmpty())
            continue;
        // Each layer sees what Qt would give it when drawn as an item of its own:
        // the painter in its coordinates, and the part of it that is exposed.
        QStyleOptionGraphicsItem layerOption = option ? *option : QStyleOptionGraphicsItem();
        layerOption.exposedRect = layerExposed;
        painter->save();
        painter->setTransform(layer->itemTransform(this), true);
        layer->paint(painter, &layerOption, widget);
        painter->restore();
    }
}
