#pragma once

#include <QGraphicsItem>
#include <QList>

/**
 * @brief Paints several of the scene's layer items, bottom to top, as one item.
 *
 * On screen the layers above the districts (graticule, river, landmarks,
 * labels, furniture) never change with the date. Drawn by one item, Qt keeps
 * them as one pixmap (QGraphicsItem::DeviceCoordinateCache) and a repaint
 * blends one image over the districts instead of one per layer. The layers
 * stay in the scene, hidden; each is painted by its own paint(), so the
 * stack draws exactly what the layers would draw one by one.
 *
 * The stack does not own the layers: the scene does. Its destructor does not
 * touch them, so the scene may delete the items in any order.
 */
class LayerStackItem : public QGraphicsItem
{
public:
    /// @p layers are items of the same scene, in the order they are drawn; the stack hides them.
    explicit LayerStackItem(const QList<QGraphicsItem *> &layers, QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;

private:
    QList<QGraphicsItem *> m_layers;
    QRectF m_bounds;
};
