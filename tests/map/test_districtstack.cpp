// DistrictStackItem: every district painted by one item on screen, as the scene would paint them.
#include "districtitem.h"
#include "districtlook.h"
#include "districtstackitem.h"
#include "mapscene.h"
#include "maptestsupport.h"
#include "mapview.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QThread>

#include <gtest/gtest.h>

namespace {

const QList<Side> kSides{{QStringLiteral("red"), {}, QColor(0xD5, 0x5E, 0x00)},
                         {QStringLiteral("blue"), {}, QColor(0x00, 0x72, 0xB2)}};

DistrictAppearance held(const QString &side)
{
    DistrictAppearance a;
    a.control = side;
    a.basis = Basis::Stated;
    return a;
}

/// Three overlapping squares (their outlines reach into each other), in the campaign order 0, 1, 2.
QList<DistrictItem *> addDistricts(QGraphicsScene &scene)
{
    QList<DistrictItem *> items;
    for (int i = 0; i < 3; ++i) {
        QPainterPath path;
        path.addRect(QRectF(10 + 20 * i, 10 + 10 * i, 40, 40));
        auto *item = new DistrictItem(QStringLiteral("d%1").arg(i), i, path);
        item->setOutlineMargin(6);
        item->setSpritesEnabled(false);
        scene.addItem(item);
        items.append(item);
    }
    return items;
}

/// Gives district @p i of each list the same look.
void setLook(const QList<QList<DistrictItem *>> &lists, int i, const DistrictLook &look)
{
    for (const QList<DistrictItem *> &items : lists)
        items.at(i)->setLook(look);
}

QImage render(QGraphicsScene &scene)
{
    QImage image(220, 220, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(0, 0, 220, 220), QRectF(0, 0, 110, 110));
    return image;
}

} // namespace

TEST(DistrictStack, PaintsTheDistrictsInTheScenesOrderAsTheirLooksChange)
{
    // The same districts painted item by item by Qt, and by a stack.
    QGraphicsScene itemByItem;
    QGraphicsScene stacked;
    const QList<DistrictItem *> items = addDistricts(itemByItem);
    const QList<DistrictItem *> stackedItems = addDistricts(stacked);
    auto *stack = new DistrictStackItem(stackedItems);
    stack->setZValue(MapScene::kDistrictZ);
    stacked.addItem(stack);
    const QList<QList<DistrictItem *>> both{items, stackedItems};
    for (int i = 0; i < 3; ++i)
        setLook(both, i, DistrictLook::forState(held(kSides.at(i % 2).id), kSides));
    EXPECT_EQ(MapTest::pixelsBeyondOnePixel(render(itemByItem), render(stacked), 0), 0) << "campaign order";

    // The first district selected: its wide outline goes over the others,
    // then under the last one's once that is selected and the first is not.
    setLook(both, 0, DistrictLook::forState(held(kSides.at(0).id), kSides, true));
    const QImage firstOnTop = render(stacked);
    EXPECT_EQ(MapTest::pixelsBeyondOnePixel(render(itemByItem), firstOnTop, 0), 0) << "the selected district last";
    setLook(both, 0, DistrictLook::forState(held(kSides.at(0).id), kSides));
    setLook(both, 2, DistrictLook::forState(held(kSides.at(0).id), kSides, true));
    const QImage lastOnTop = render(stacked);
    EXPECT_EQ(MapTest::pixelsBeyondOnePixel(render(itemByItem), lastOnTop, 0), 0) << "the order follows the looks";
    EXPECT_GT(MapTest::pixelsBeyondOnePixel(firstOnTop, lastOnTop, 0), 100) << "the two orders differ";

    // The districts stay in the scene for hit testing, the stack over none of their areas.
    const QPointF inOnlyOne[] = {{15, 15}, {60, 25}, {85, 65}};
    for (int i = 0; i < 3; ++i) {
        const QList<QGraphicsItem *> hits = stacked.items(inOnlyOne[i], Qt::IntersectsItemShape, Qt::DescendingOrder);
        ASSERT_FALSE(hits.isEmpty());
        EXPECT_EQ(hits.constFirst()->data(0).toString(), QStringLiteral("d%1").arg(i));
    }
}

TEST(DistrictStack, RepaintsEachRestyledDistrictWhereItLiesAndNotTheMapBetween)
{
    // Two districts far apart change their looks (one selected instead of the
    // other): the window repaints both, not the map between them.
    MapView view;
    view.resize(900, 600);
    QString error;
    ASSERT_TRUE(view.setCampaign(MapTest::aleppo(), MapTest::aleppoTimeline(), &error)) << error.toStdString();
    view.setDate(QDate(2016, 11, 20));
    view.show();
    QCoreApplication::processEvents();
    view.fitToWindow();
    QCoreApplication::processEvents();
    const QList<DistrictItem *> &districts = view.mapScene()->districtItems();
    const auto west = std::min_element(districts.cbegin(), districts.cend(), [](auto *a, auto *b) {
        return a->boundingRect().center().x() < b->boundingRect().center().x();
    });
    const auto east = std::max_element(districts.cbegin(), districts.cend(), [](auto *a, auto *b) {
        return a->boundingRect().center().x() < b->boundingRect().center().x();
    });
    const QRect westArea = view.mapFromScene((*west)->boundingRect()).boundingRect();
    const QRect eastArea = view.mapFromScene((*east)->boundingRect()).boundingRect();
    ASSERT_LT(westArea.right() + 40, eastArea.left()) << "two districts apart";
    view.setSelectedDistrict((*west)->id());
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();

    MapTest::PaintRegions regions;
    view.viewport()->installEventFilter(&regions);
    view.setSelectedDistrict((*east)->id());
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    view.viewport()->removeEventFilter(&regions);
    EXPECT_TRUE(regions.painted.contains(westArea.center())) << "the district no longer selected";
    EXPECT_TRUE(regions.painted.contains(eastArea.center())) << "the district selected";
    const QPoint between((westArea.right() + eastArea.left()) / 2, (westArea.center().y() + eastArea.center().y()) / 2);
    EXPECT_FALSE(regions.painted.contains(between)) << "the map between them was repainted";
}

TEST(DistrictStack, BandsPaintedSideBySideShowWhatOnePainterPaints)
{
    // 300 districts whose control keeps changing (stripes, dots, dashed
    // outlines, highlights) painted by the stack on screen: in bands of rows,
    // each on a thread of its own, and by one painter (a clip of its own
    // keeps the stack to one: bands could not copy it). The same pixels,
    // before any sprite, from sprites, and at pixel ratios 1 and 2.
    if (QThread::idealThreadCount() < 2)
        GTEST_SKIP() << "one processor: the stack paints in one band";
    const std::shared_ptr<const Campaign> campaign = MapTest::syntheticCampaign(QStringLiteral("stack-300"),
                                                                                {300, 6000, 50, 11});
    ASSERT_NE(campaign, nullptr);
    const auto timeline = std::make_shared<const ControlTimeline>(campaign);
    // Two scenes, so that each path meets every look as often as the other: one painted in bands, one not.
    QString sceneError;
    const std::unique_ptr<MapScene> banded = MapScene::build(campaign, timeline, &sceneError);
    ASSERT_NE(banded, nullptr) << sceneError.toStdString();
    const std::unique_ptr<MapScene> single = MapScene::build(campaign, timeline, &sceneError);
    ASSERT_NE(single, nullptr) << sceneError.toStdString();
    const auto stackOf = [](const MapScene &scene) -> DistrictStackItem * {
        for (QGraphicsItem *item : scene.items()) {
            if (item->type() == DistrictStackItem::Type)
                return static_cast<DistrictStackItem *>(item);
        }
        return nullptr;
    };
    ASSERT_NE(stackOf(*banded), nullptr) << "a screen scene paints its districts with a stack";
    constexpr QSize kImage(1000, 700);
    ASSERT_GE(DistrictStackItem::bandsFor(300, kImage.height(), QThread::idealThreadCount()), 2);
    const QRectF map = banded->mapRect();
    const double scale = std::min(kImage.width() / map.width(), kImage.height() / map.height());

    const auto paint = [&](MapScene &scene, double ratio) {
        QImage image(kImage * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        if (&scene == single.get())
            p.setClipRect(QRect(QPoint(0, 0), kImage));
        p.setWorldTransform(QTransform::fromScale(scale, scale));
        stackOf(scene)->paint(&p, nullptr, nullptr);
        return image;
    };
    const QDate start = campaign->start.addDays(30);
    for (const double ratio : {1.0, 2.0}) {
        for (int day = 0; day < 3; ++day) {
            for (MapScene *scene : {banded.get(), single.get()}) {
                scene->setViewScale(scale * ratio);
                scene->setDate(start.addDays(day));
                scene->setSelectedDistrict(campaign->districts.at(40 + day * 30).id);
            }
            // A look's first paint draws it (its highlights from a sprite made
            // at once); the next paint of the same look makes a sprite of it.
            for (const char *paintOfTheLook : {"first paint", "sprites"}) {
                const QImage inBands = paint(*banded, ratio);
                const QImage inOne = paint(*single, ratio);
                const std::string at = "ratio " + std::to_string(ratio) + ", day " + std::to_string(day) + ", "
                                       + paintOfTheLook;
                EXPECT_EQ(MapTest::pixelsBeyondOnePixel(inOne, inBands, 0), 0) << at;
                EXPECT_EQ(MapTest::pixelsBeyondOnePixel(inBands, inOne, 0), 0) << at;
            }
        }
    }
}
