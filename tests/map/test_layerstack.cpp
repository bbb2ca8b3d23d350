// LayerStackItem: the map's layers over the districts painted as one item.
#include "layerstackitem.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <gtest/gtest.h>

namespace {

/// A rectangle that counts its paints.
class CountingRect : public QGraphicsRectItem
{
public:
    using QGraphicsRectItem::QGraphicsRectItem;
    int paints = 0;
    QRectF lastExposed;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        ++paints;
        lastExposed = option ? option->exposedRect : QRectF();
        QGraphicsRectItem::paint(painter, option, widget);
    }
};

CountingRect *addRect(QGraphicsScene &scene, const QRectF &rect, const QPointF &pos, const QColor &color)
{
    auto *item = new CountingRect(rect);
    item->setPos(pos);
    item->setBrush(color);
    item->setPen(Qt::NoPen);
    scene.addItem(item);
    return item;
}

QImage render(QGraphicsScene &scene, const QRectF &sceneRect = QRectF(0, 0, 100, 100))
{
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(0, 0, 200, 200), sceneRect);
    return image;
}

} // namespace

TEST(LayerStack, PaintsItsLayersInOrderWhereEachLies)
{
    // Two overlapping layers, each at a position and scale of its own.
    QGraphicsScene layersAlone;
    CountingRect *a = addRect(layersAlone, QRectF(0, 0, 60, 60), QPointF(10, 10), Qt::red);
    CountingRect *b = addRect(layersAlone, QRectF(0, 0, 20, 20), QPointF(40, 30), Qt::blue);
    b->setTransform(QTransform::fromScale(2, 1.5));
    a->setZValue(1);
    b->setZValue(2);
    const QImage expected = render(layersAlone);

    QGraphicsScene stacked;
    CountingRect *c = addRect(stacked, QRectF(0, 0, 60, 60), QPointF(10, 10), Qt::red);
    CountingRect *d = addRect(stacked, QRectF(0, 0, 20, 20), QPointF(40, 30), Qt::blue);
    d->setTransform(QTransform::fromScale(2, 1.5));
    auto *stack = new LayerStackItem({c, d});
    stacked.addItem(stack);
    EXPECT_FALSE(c->isVisible()) << "the stack paints its layers; they do not paint again";
    EXPECT_FALSE(d->isVisible());
    EXPECT_EQ(stack->boundingRect(), QRectF(10, 10, 70, 60));

    const QImage image = render(stacked);
    EXPECT_EQ(image, expected);
    EXPECT_EQ(image.pixelColor(40, 40), QColor(Qt::red)) << "the lower layer where it alone lies";
    EXPECT_EQ(image.pixelColor(100, 80), QColor(Qt::blue)) << "the upper layer over the lower one";
    EXPECT_EQ(c->paints, 1);
    EXPECT_EQ(d->paints, 1);
}

TEST(LayerStack, SkipsTheLayersOutsideTheExposedArea)
{
    QGraphicsScene scene;
    CountingRect *left = addRect(scene, QRectF(0, 0, 10, 10), QPointF(0, 0), Qt::red);
    CountingRect *right = addRect(scene, QRectF(0, 0, 10, 10), QPointF(80, 0), Qt::blue);
    LayerStackItem stack({left, right});

    QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    QStyleOptionGraphicsItem option;
    option.exposedRect = QRectF(75, 0, 20, 5);
    stack.paint(&painter, &option);
    EXPECT_EQ(left->paints, 0) << "nothing of it is exposed";
    ASSERT_EQ(right->paints, 1);
    EXPECT_EQ(right->lastExposed, QRectF(0, 0, 10, 5)) << "its own exposed part, in its own coordinates";
}
