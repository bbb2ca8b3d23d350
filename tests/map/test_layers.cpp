// The map as the window shows it: the date-independent layers kept by Qt at
// the view's scale, districts drawn from their looks (and sprites of them),
// partial repaints after a day step. Whatever the path, the pixels must be
// those of a fresh paint and of an export scene, which caches nothing.
#include "districtitem.h"
#include "labellayeritem.h"
#include "mapscene.h"
#include "maptestsupport.h"
#include "mapview.h"
#include "svglayeritem.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsSvgItem>
#include <QImage>
#include <QPainter>
#include <QScreen>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QSvgRenderer>

#include <algorithm>

#include <gtest/gtest.h>

namespace {

constexpr QSize kSize(600, 400);

/// The view's render hints.
constexpr QPainter::RenderHints kHints = QPainter::Antialiasing | QPainter::TextAntialiasing
                                         | QPainter::SmoothPixmapTransform;

QGraphicsItem *layerItem(const MapScene &scene, const QString &id)
{
    for (QGraphicsItem *item : scene.layerItems()) {
        if (item->data(0).toString() == id)
            return item;
    }
    return nullptr;
}

/// A shown view (never on screen) of @p campaign at @p date, fitted, its first frames painted.
std::unique_ptr<MapView> shownView(std::shared_ptr<const Campaign> campaign,
                                   std::shared_ptr<const ControlTimeline> timeline, QDate date,
                                   const QSize &size = QSize(900, 600))
{
    auto view = std::make_unique<MapView>();
    view->resize(size);
    QString error;
    EXPECT_TRUE(view->setCampaign(std::move(campaign), std::move(timeline), &error)) << error.toStdString();
    view->setDate(date);
    view->show();
    QCoreApplication::processEvents();
    view->fitToWindow();
    QCoreApplication::processEvents();
    return view;
}

/// What the window shows: the backing store's pixels after the pending repaints.
QImage shown(MapView &view)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return view.screen()->grabWindow(view.winId()).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

/// The map area of @p view painted from an export scene (nothing cached) with the view's transform.
QImage paintedFromExportScene(const MapView &view)
{
    const MapScene &live = *view.mapScene();
    QString error;
    const std::unique_ptr<MapScene> scene = MapScene::build(live.campaignPtr(), live.timelinePtr(), live.sources(),
                                                            &error, MapScene::Use::Export);
    EXPECT_TRUE(scene) << error.toStdString();
    if (!scene)
        return {};
    scene->setDate(live.date());
    scene->setSelectedDistrict(live.selectedDistrict());
    scene->setViewScale(view.zoomFactor());
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(view.backgroundBrush().color());
    QPainter p(&image);
    p.setRenderHints(kHints);
    p.setWorldTransform(view.viewportTransform());
    scene->render(&p, scene->sceneRect(), scene->sceneRect(), Qt::IgnoreAspectRatio);
    p.end();
    return image;
}

/// @p image (of the view's viewport) with the overlays (legend, zoom buttons) painted over in one colour.
QImage maskOverlays(QImage image, const MapView &view)
{
    QPainter p(&image);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QObject *child : view.children()) {
        const auto *w = qobject_cast<const QWidget *>(child);
        if (w && w != view.viewport() && w->isVisible())
            p.fillRect(w->geometry().translated(-view.viewport()->pos()).adjusted(-2, -2, 2, 2), Qt::magenta);
    }
    return image;
}

/// The part of a view's grab inside its viewport, away from the overlays.
QImage mapArea(const QImage &grab, const MapView &view)
{
    return maskOverlays(grab.copy(view.viewport()->geometry()), view);
}

} // namespace

TEST(SvgLayers, ScreenMatchesTheExportSceneAtEveryZoom)
{
    // The window draws the layers from Qt's item cache and the districts from
    // sprites; an export scene paints every vector. Same pixels, at the
    // fitting zoom, zoomed in on the Old City and far in.
    const std::unique_ptr<MapView> view = shownView(MapTest::aleppo(), MapTest::aleppoTimeline(), QDate(2016, 11, 27));
    view->setSelectedDistrict(QStringLiteral("hanano"));
    for (const double factor : {1.0, 2.5, 8.0}) {
        view->setZoomFactor(view->fitZoomFactor() * factor);
        const QImage screen = mapArea(shown(*view), *view);
        const QImage exported = maskOverlays(paintedFromExportScene(*view), *view);
        ASSERT_EQ(screen.size(), exported.size());
        if (qEnvironmentVariableIsSet("ATLAS_TEST_DUMP")) {
            screen.save(QStringLiteral("/tmp/screen-%1.png").arg(factor));
            exported.save(QStringLiteral("/tmp/export-%1.png").arg(factor));
        }
        // Where the layers are cached (the fitting zoom), Qt draws the labels'
        // anti-aliased glyph edges onto a transparent pixmap and blends it,
        // which moves those edge pixels by up to 40 levels against glyphs
        // drawn straight onto the map (measured: 2 pixels beyond 32 levels,
        // none beyond 48). And Qt's cosmetic dasher restarts a dotted outline's
        // pattern where the window's edge cuts it, so a district cut by the
        // edge shows its dots a little shifted when painted straight onto the
        // window rather than from its sprite (measured: 18 and 25 pixels at
        // 2.5x). Highlights (changed today, disputed, selected) come from a
        // sprite of their own from their first paint, so their dashes shift
        // the same way at the edge (measured: 65 pixels at 8x, where more
        // districts are cut). Nothing else moves, appears or disappears.
        EXPECT_LE(MapTest::pixelsBeyondOnePixel(exported, screen, 48), 90) << "zoom x" << factor;
        EXPECT_LE(MapTest::pixelsBeyondOnePixel(screen, exported, 48), 90) << "zoom x" << factor;
        EXPECT_LT(MapTest::pixelsBeyondOnePixel(exported, screen, 8), screen.width() * screen.height() / 200)
            << "zoom x" << factor;
    }
}

TEST(SvgLayers, BoundingRectCoversEverythingDrawn)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    for (QGraphicsItem *item : scene->layerItems()) {
        const QString id = item->data(0).toString();
        auto *svgItem = dynamic_cast<SvgLayerItem *>(item);
        auto *labelItem = dynamic_cast<LabelLayerItem *>(item);
        ASSERT_TRUE(svgItem || labelItem) << id.toStdString();
        QSvgRenderer *renderer = svgItem ? svgItem->renderer() : labelItem->renderer();
        ASSERT_NE(renderer, nullptr);
        // QtSvg straight onto a large image with room around the item.
        const QRectF svgBounds = svgItem ? svgItem->QGraphicsSvgItem::boundingRect() : renderer->boundsOnElement(id);
        const QRectF area = scene->mapRect().adjusted(-200, -200, 200, 200);
        QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHints(kHints);
        p.setWorldTransform(item->sceneTransform() * QTransform::fromTranslate(-area.left(), -area.top()));
        if (svgItem && svgItem->elementId().isEmpty())
            renderer->render(&p, svgBounds);
        else
            renderer->render(&p, id, svgBounds);
        p.end();
        QRect inked;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(line[x]))
                    inked |= QRect(x, y, 1, 1);
            }
        }
        ASSERT_FALSE(inked.isEmpty()) << id.toStdString();
        const QRectF drawn = QRectF(inked).translated(area.topLeft());
        const QRectF bounds = item->sceneBoundingRect().adjusted(-1, -1, 1, 1);
        EXPECT_TRUE(bounds.contains(drawn)) << id.toStdString() << ": drawn " << drawn.left() << "," << drawn.top()
                                            << " " << drawn.width() << "x" << drawn.height();
    }
}

TEST(SvgLayers, VectorExportsPaintThroughQtSvg)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    auto *labels = dynamic_cast<LabelLayerItem *>(layerItem(*scene, QStringLiteral("labels")));
    ASSERT_NE(labels, nullptr);
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(kSize);
    QPainter p(&generator);
    QStyleOptionGraphicsItem option;
    option.exposedRect = labels->boundingRect();
    labels->paint(&p, &option, nullptr);
    p.end();
    EXPECT_TRUE(labels->lastPaint().svg) << "an SVG export gets what QtSvg draws: vectors, not glyph images";
    EXPECT_EQ(labels->lastPaint().offset, 0);
    EXPECT_GT(buffer.size(), 1000);
}

TEST(SvgLayers, DayStepRepaintsOnlyWhatChangedAndShowsWhatAFreshViewShows)
{
    // The window repaints only the restyled districts' areas after a day
    // step (Qt's partial viewport updates), and shows exactly what a view
    // opened on that day shows.
    const std::unique_ptr<MapView> kept = shownView(MapTest::aleppo(), MapTest::aleppoTimeline(), QDate(2016, 11, 25));
    kept->zoomIn();
    shown(*kept);

    MapTest::PaintRegions regions;
    kept->viewport()->installEventFilter(&regions);
    const QRect viewport = kept->viewport()->rect();
    const auto area = [](const QRegion &r) {
        qint64 a = 0;
        for (const QRect &rect : r)
            a += qint64(rect.width()) * rect.height();
        return a;
    };
    for (const QDate date : {QDate(2016, 11, 26), QDate(2016, 11, 27), QDate(2016, 12, 13)}) {
        regions.painted = QRegion();
        kept->setDate(date);
        kept->setSelectedDistrict(QStringLiteral("hanano"));
        const QImage stepped = mapArea(shown(*kept), *kept);
        EXPECT_GT(area(regions.painted), 0) << "the restyled districts were painted again";
        if (date != QDate(2016, 12, 13)) // the 13th restyles most of the map
            EXPECT_LT(area(regions.painted), qint64(viewport.width()) * viewport.height() / 2)
                << date.toString(Qt::ISODate).toStdString() << ": but not the whole map";
        const std::unique_ptr<MapView> fresh = shownView(MapTest::aleppo(), MapTest::aleppoTimeline(), date);
        fresh->zoomIn();
        fresh->setSelectedDistrict(QStringLiteral("hanano"));
        const QImage direct = mapArea(shown(*fresh), *fresh);
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(direct, stepped), 0) << date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(stepped, direct), 0) << date.toString(Qt::ISODate).toStdString();
    }
    kept->viewport()->removeEventFilter(&regions);
}

TEST(SvgLayers, ScrubbingALargeCampaignShowsWhatFreshViewsShow)
{
    // 300 districts whose control keeps changing: contested stripes, dots,
    // emphasis outlines and most of the map restyled every day, districts
    // drawn from sprites kept per look. Each day, and again when scrubbing
    // back over days already seen, the window must show what a new view shows.
    const std::shared_ptr<const Campaign> campaign = MapTest::syntheticCampaign(QStringLiteral("scrub-300"),
                                                                                {300, 6000, 50, 7});
    ASSERT_NE(campaign, nullptr);
    const auto timeline = std::make_shared<const ControlTimeline>(campaign);
    const QDate start = campaign->start.addDays(20);
    const std::unique_ptr<MapView> kept = shownView(campaign, timeline, start, QSize(1000, 700));
    // A second scene counts the restyles: the view decides how to ask for its
    // repaint from how many districts changed (over 50: their bounding rect).
    QString sceneError;
    const std::unique_ptr<MapScene> counter = MapScene::build(campaign, timeline, kept->mapScene()->sources(),
                                                              &sceneError, MapScene::Use::Export);
    ASSERT_NE(counter, nullptr) << sceneError.toStdString();
    counter->setDate(start);
    int restyled = 0;
    int mostInOneStep = 0;
    const QList<int> days{1, 2, 3, 4, 5, 6, 3, 2, 5};
    for (int k = 0; k < days.size(); ++k) {
        const QDate date = start.addDays(days.at(k));
        const int changed = counter->setDate(date);
        restyled += changed;
        mostInOneStep = std::max(mostInOneStep, changed);
        kept->setDate(date);
        if (k == 3)
            kept->setSelectedDistrict(campaign->districts.at(17).id);
        const QImage stepped = mapArea(shown(*kept), *kept);
        const std::unique_ptr<MapView> fresh = shownView(campaign, timeline, date, QSize(1000, 700));
        if (k >= 3)
            fresh->setSelectedDistrict(campaign->districts.at(17).id);
        const QImage direct = mapArea(shown(*fresh), *fresh);
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(direct, stepped), 0) << date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(stepped, direct), 0) << date.toString(Qt::ISODate).toStdString();
    }
    EXPECT_GT(restyled, 6 * 50) << "the days restyle much of the map";
    EXPECT_GT(mostInOneStep, 50) << "a step repainted through the changed districts' bounding rect";
}

TEST(DistrictSprites, MatchTheLookPaintedDirectlyAtEveryScalePixelRatioAndOffset)
{
    // The sprite seam: a district drawn from its cached sprite gives the
    // pixels of its look painted straight onto the device, at pixel ratios
    // 1 and 2, at whole and sub-pixel positions, for every kind of look.
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    int compared = 0;
    for (const QDate date : {QDate(2016, 9, 24), QDate(2016, 11, 27), QDate(2016, 12, 13)}) {
        scene->setDate(date);
        scene->setSelectedDistrict(QStringLiteral("hanano"));
        for (DistrictItem *item : scene->districtItems()) {
            for (const double dpr : {1.0, 2.0}) {
                for (const double scale : {0.45, 1.3}) {
                    for (const QPointF offset : {QPointF(0, 0), QPointF(0.37, 0.71)}) {
                        const QRectF bounds = item->boundingRect();
                        const QSize size = (bounds.size() * scale).toSize() + QSize(8, 8);
                        const QTransform world = QTransform::fromTranslate(-bounds.left(), -bounds.top())
                                                 * QTransform::fromScale(scale, scale)
                                                 * QTransform::fromTranslate(4 + offset.x(), 4 + offset.y());
                        const auto paint = [&](bool sprite) {
                            QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
                            image.setDevicePixelRatio(dpr);
                            image.fill(QColor(0xE4, 0xE2, 0xDC));
                            QPainter p(&image);
                            p.setRenderHints(kHints);
                            p.setWorldTransform(world);
                            QStyleOptionGraphicsItem option;
                            option.exposedRect = bounds;
                            if (sprite) {
                                item->paint(&p, &option, nullptr); // makes the sprite
                                item->paint(&p, &option, nullptr); // and draws it again: twice over the map
                            } else {
                                item->look().paint(&p, item->path(), bounds);
                                item->look().paint(&p, item->path(), bounds);
                            }
                            return image;
                        };
                        const QImage direct = paint(false);
                        const QImage sprite = paint(true);
                        // Blending a sprite rounds once where painting the layers
                        // rounds per layer: a level or two, never a pixel moved.
                        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(direct, sprite, 3), 0)
                            << item->id().toStdString() << " dpr " << dpr << " scale " << scale << " offset "
                            << offset.x() << " " << date.toString(Qt::ISODate).toStdString() << " diff "
                            << MapTest::differentPixels(direct, sprite);
                        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(sprite, direct, 3), 0)
                            << item->id().toStdString() << " dpr " << dpr << " scale " << scale;
                        ++compared;
                    }
                }
            }
        }
    }
    EXPECT_GT(compared, 500);
}
