// The scene: its layers, district hit testing and restyling on a date change.
#include "campaignloader.h"
#include "districtitem.h"
#include "labellayeritem.h"
#include "mapscene.h"
#include "maptestsupport.h"

#include <QFile>
#include <QGraphicsSvgItem>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QThread>
#include <QtMath>

#include <gtest/gtest.h>

#include <thread>

namespace {

/// The districts whose look differs between the ends of two days, from the core query.
int expectedRestyles(const ControlTimeline &timeline, QDate from, QDate to)
{
    int n = 0;
    for (int i = 0; i < timeline.districtCount(); ++i) {
        if (timeline.appearanceAt(i, from) != timeline.appearanceAt(i, to))
            ++n;
    }
    return n;
}

} // namespace

TEST(MapScene, LayersShareOneRendererInTheirOrder)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    ASSERT_TRUE(scene->hasBaseMap());
    QHash<QString, double> z;
    QSvgRenderer *renderer = nullptr;
    for (QGraphicsItem *layer : scene->layerItems()) {
        z.insert(layer->data(0).toString(), layer->zValue());
        EXPECT_EQ(layer->scene(), scene.get());
        auto *item = dynamic_cast<QGraphicsSvgItem *>(layer);
        auto *labels = dynamic_cast<LabelLayerItem *>(layer);
        ASSERT_TRUE(item || labels);
        QSvgRenderer *itsRenderer = item ? item->renderer() : labels->renderer();
        if (!renderer)
            renderer = itsRenderer;
        EXPECT_EQ(itsRenderer, renderer) << "one shared QSvgRenderer";
    }
    EXPECT_NE(dynamic_cast<LabelLayerItem *>(scene->layerItems().at(4)), nullptr)
        << "the generator's labels layer is drawn from glyph runs";
    EXPECT_EQ(z.value(QStringLiteral("base"), -1), MapScene::kBaseZ);
    EXPECT_EQ(z.value(QStringLiteral("graticule"), -1), MapScene::kGraticuleZ);
    EXPECT_EQ(z.value(QStringLiteral("river"), -1), MapScene::kOverlayZ);
    EXPECT_EQ(z.value(QStringLiteral("landmarks"), -1), MapScene::kOverlayZ);
    EXPECT_EQ(z.value(QStringLiteral("labels"), -1), MapScene::kLabelsZ);
    EXPECT_EQ(z.value(QStringLiteral("furniture"), -1), MapScene::kFurnitureZ);
    EXPECT_EQ(z.value(QStringLiteral("furniture-text"), -1), MapScene::kFurnitureTextZ);
    EXPECT_GT(MapScene::kFurnitureTextZ, MapScene::kFurnitureZ) << "the scale bar's numbers lie on its backdrop";
    EXPECT_NE(dynamic_cast<LabelLayerItem *>(scene->layerItems().last()), nullptr)
        << "the generator's furniture texts are drawn from glyph runs";
    EXPECT_FALSE(z.contains(QStringLiteral("districts"))) << "district items replace the SVG's district layer";
    EXPECT_EQ(scene->districtItems().size(), MapTest::aleppo()->districts.size());
    for (const DistrictItem *item : scene->districtItems()) {
        EXPECT_GE(item->zValue(), MapScene::kDistrictZ);
        EXPECT_LT(item->zValue(), MapScene::kGraticuleZ) << "the graticule shows over every district";
    }
    // The base layer covers the whole map.
    const auto *base = dynamic_cast<const QGraphicsSvgItem *>(scene->layerItems().first());
    ASSERT_NE(base, nullptr);
    EXPECT_EQ(base->elementId(), QStringLiteral("base"));
    EXPECT_TRUE(base->sceneBoundingRect().contains(scene->mapRect().adjusted(1, 1, -1, -1)));
}

TEST(MapScene, EveryCentroidHitsItsOwnDistrictAndNoOther)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    for (const District &d : scene->campaign().districts) {
        const QPointF p = scene->projection().toMap(d.centroid);
        QStringList hits;
        for (QGraphicsItem *item : scene->items(p, Qt::IntersectsItemShape)) {
            if (item->type() == DistrictItem::Type)
                hits.append(static_cast<DistrictItem *>(item)->id());
        }
        EXPECT_EQ(hits, QStringList{d.id}) << d.id.toStdString() << " at " << p.x() << "," << p.y();
        EXPECT_EQ(scene->districtAt(p), d.id);
    }
}

TEST(MapScene, SvgDistrictPathsStandInForMissingGeoJson)
{
    auto campaign = std::make_shared<Campaign>(*MapTest::aleppo());
    campaign->districtShapesFile.clear();
    std::shared_ptr<const Campaign> svgOnly = campaign;
    auto timeline = std::make_shared<const ControlTimeline>(svgOnly);
    QString error;
    const std::unique_ptr<MapScene> scene = MapScene::build(svgOnly, timeline, &error);
    ASSERT_NE(scene, nullptr) << error.toStdString();
    const std::unique_ptr<MapScene> geo = MapTest::aleppoScene();
    for (const District &d : svgOnly->districts) {
        const QPointF p = scene->projection().toMap(d.centroid);
        EXPECT_EQ(scene->districtAt(p), d.id) << d.id.toStdString();
        // The SVG paths (0.01 unit precision) and the GeoJSON (1e-6 degree) agree.
        const QRectF a = scene->districtItem(d.id)->path().boundingRect();
        const QRectF b = geo->districtItem(d.id)->path().boundingRect();
        EXPECT_NEAR(a.left(), b.left(), 0.05) << d.id.toStdString();
        EXPECT_NEAR(a.top(), b.top(), 0.05) << d.id.toStdString();
        EXPECT_NEAR(a.right(), b.right(), 0.05) << d.id.toStdString();
        EXPECT_NEAR(a.bottom(), b.bottom(), 0.05) << d.id.toStdString();
    }
}

TEST(MapScene, DateChangeRestylesOnlyChangedDistricts)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    const ControlTimeline &timeline = scene->timeline();
    scene->setDate(QDate(2016, 11, 26));
    QList<const DistrictItem *> before(scene->districtItems().cbegin(), scene->districtItems().cend());
    const qsizetype itemsBefore = scene->items().size();
    const int count = scene->setDate(QDate(2016, 11, 27));
    // Ard al-Hamra, Jabal Badro and Ayn al-Tal change hands; Hanano loses its "changed today" outline.
    EXPECT_EQ(count, 4);
    EXPECT_EQ(count, expectedRestyles(timeline, QDate(2016, 11, 26), QDate(2016, 11, 27)));
    EXPECT_EQ(scene->setDate(QDate(2016, 11, 27)), 0) << "the same date again restyles nothing";
    // Nothing was rebuilt: the same items.
    QList<const DistrictItem *> after(scene->districtItems().cbegin(), scene->districtItems().cend());
    EXPECT_EQ(before, after);
    EXPECT_EQ(scene->items().size(), itemsBefore);

    // Scrub the whole campaign a day at a time, then back.
    QDate previous = scene->date();
    for (QDate d = scene->campaign().start; d <= scene->campaign().end; d = d.addDays(1)) {
        const int n = scene->setDate(d);
        EXPECT_EQ(n, expectedRestyles(timeline, previous, d)) << d.toString(Qt::ISODate).toStdString();
        EXPECT_LT(n, scene->districtItems().size()) << "never a full rebuild";
        previous = d;
    }
}

TEST(MapScene, SelectionRestylesOnlyTheTwoDistricts)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    EXPECT_TRUE(scene->setSelectedDistrict(QStringLiteral("old-city")));
    EXPECT_TRUE(scene->districtItem(QStringLiteral("old-city"))->look().selected());
    EXPECT_TRUE(scene->setSelectedDistrict(QStringLiteral("hanano")));
    EXPECT_FALSE(scene->districtItem(QStringLiteral("old-city"))->look().selected());
    EXPECT_TRUE(scene->districtItem(QStringLiteral("hanano"))->look().selected());
    EXPECT_FALSE(scene->setSelectedDistrict(QStringLiteral("atlantis")));
    EXPECT_EQ(scene->selectedDistrict(), QStringLiteral("hanano"));
    EXPECT_TRUE(scene->setSelectedDistrict(QString()));
    EXPECT_FALSE(scene->districtItem(QStringLiteral("hanano"))->look().selected());
}

TEST(MapScene, BuildFailsCleanlyWithEveryProblem)
{
    auto campaign = std::make_shared<Campaign>(*MapTest::aleppo());
    campaign->mapFile = MapTest::tempDir() + QStringLiteral("/no-such-map.svg");
    std::shared_ptr<const Campaign> broken = campaign;
    QString error;
    EXPECT_EQ(MapScene::build(broken, std::make_shared<const ControlTimeline>(broken), &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("no-such-map.svg: file not found"))) << error.toStdString();

    auto nothing = std::make_shared<Campaign>(*MapTest::aleppo());
    nothing->mapFile.clear();
    nothing->districtShapesFile.clear();
    std::shared_ptr<const Campaign> bare = nothing;
    EXPECT_EQ(MapScene::build(bare, std::make_shared<const ControlTimeline>(bare), &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("neither a map nor district shapes"))) << error.toStdString();

    // A timeline of another campaign is refused.
    EXPECT_EQ(MapScene::build(MapTest::aleppo(), std::make_shared<const ControlTimeline>(bare), &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("timeline"))) << error.toStdString();
}

TEST(MapScene, ShapesAndDistrictsMustMatch)
{
    // A district without a shape, and a shape without a district.
    auto campaign = std::make_shared<Campaign>(*MapTest::aleppo());
    campaign->districts[0].id = QStringLiteral("nowhere");
    for (ControlChange &c : campaign->changes) {
        if (c.district == QStringLiteral("handarat"))
            c.district = QStringLiteral("nowhere");
    }
    campaign->buildIndex();
    std::shared_ptr<const Campaign> broken = campaign;
    QString error;
    EXPECT_EQ(MapScene::build(broken, std::make_shared<const ControlTimeline>(broken), &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("shape \"handarat\" is not a district"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("no outline for district \"nowhere\""))) << error.toStdString();
}

TEST(MapScene, HolesAndPartsFromGeoJsonWithoutAMap)
{
    // A ring-shaped district around a second one, and a two-part district.
    const QString path = MapTest::tempDir() + QStringLiteral("/holes.geojson");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "ring"}, "geometry": {"type": "Polygon", "coordinates": [
    [[37.0, 36.0], [37.4, 36.0], [37.4, 36.4], [37.0, 36.4], [37.0, 36.0]],
    [[37.1, 36.1], [37.1, 36.3], [37.3, 36.3], [37.3, 36.1], [37.1, 36.1]]]}},
  {"type": "Feature", "properties": {"id": "core"}, "geometry": {"type": "Polygon", "coordinates": [
    [[37.15, 36.15], [37.25, 36.15], [37.25, 36.25], [37.15, 36.25], [37.15, 36.15]]]}},
  {"type": "Feature", "properties": {"id": "pair"}, "geometry": {"type": "MultiPolygon", "coordinates": [
    [[[37.5, 36.0], [37.6, 36.0], [37.6, 36.1], [37.5, 36.1], [37.5, 36.0]]],
    [[[37.5, 36.3], [37.6, 36.3], [37.6, 36.4], [37.5, 36.4], [37.5, 36.3]]]]}}
]})");
    }
    auto campaign = std::make_shared<Campaign>();
    campaign->id = QStringLiteral("holes");
    campaign->start = QDate(2016, 1, 1);
    campaign->end = QDate(2016, 1, 31);
    campaign->sides = MapTest::aleppo()->sides;
    campaign->districtShapesFile = path;
    for (const char *id : {"ring", "core", "pair"}) {
        District d;
        d.id = QString::fromLatin1(id);
        campaign->districts.append(d);
    }
    campaign->buildIndex();
    std::shared_ptr<const Campaign> c = campaign;
    QString error;
    const std::unique_ptr<MapScene> scene = MapScene::build(c, std::make_shared<const ControlTimeline>(c), &error);
    ASSERT_NE(scene, nullptr) << error.toStdString();
    const MapProjection &p = scene->projection();
    EXPECT_EQ(scene->districtAt(p.toMap(QGeoCoordinate(36.05, 37.05))), QStringLiteral("ring"));
    EXPECT_EQ(scene->districtAt(p.toMap(QGeoCoordinate(36.2, 37.2))), QStringLiteral("core"));
    EXPECT_EQ(scene->districtAt(p.toMap(QGeoCoordinate(36.12, 37.12))), QString()) << "inside the hole, outside core";
    EXPECT_EQ(scene->districtAt(p.toMap(QGeoCoordinate(36.05, 37.55))), QStringLiteral("pair"));
    EXPECT_EQ(scene->districtAt(p.toMap(QGeoCoordinate(36.35, 37.55))), QStringLiteral("pair"));
    EXPECT_EQ(scene->districtAt(p.toMap(QGeoCoordinate(36.2, 37.55))), QString()) << "between the two parts";
    // The fitted projection keeps the shapes' aspect (equirectangular at their mid-latitude).
    const QGeoRectangle b = p.bounds();
    EXPECT_LE(b.topLeft().longitude(), 37.0);
    EXPECT_GE(b.bottomRight().longitude(), 37.6);
    EXPECT_NEAR(p.size().width() / p.size().height(),
                b.width() * std::cos(qDegreesToRadians(p.standardParallel())) / b.height(), 1e-9);
    // Nothing holds the districts: they are drawn as unknown.
    EXPECT_TRUE(scene->hasUnknownDistricts());
}

TEST(MapScene, SourcesReadInAnotherThreadBuildTheSameScene)
{
    const std::shared_ptr<const Campaign> campaign = MapTest::aleppo();
    // What the viewer does at start-up: the files are read off the GUI thread.
    MapSources read;
    std::thread reader([&] { read = MapScene::loadSources(*campaign); });
    reader.join();
    ASSERT_TRUE(read.ok()) << read.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(read.isFor(*campaign));
    EXPECT_FALSE(read.svg.isEmpty());
    EXPECT_TRUE(read.projection.isValid());
    EXPECT_EQ(read.paths.size(), campaign->districts.size());
    EXPECT_TRUE(read.labels.ok());
    EXPECT_GT(read.labels.labels.size(), 100);

    auto sources = std::make_shared<const MapSources>(read);
    QString error;
    const std::unique_ptr<MapScene> fromSources = MapScene::build(campaign, MapTest::aleppoTimeline(), sources, &error);
    ASSERT_NE(fromSources, nullptr) << error.toStdString();
    const std::unique_ptr<MapScene> fresh = MapTest::aleppoScene();
    ASSERT_EQ(fromSources->districtItems().size(), fresh->districtItems().size());
    for (const District &d : campaign->districts)
        EXPECT_EQ(fromSources->districtItem(d.id)->path(), fresh->districtItem(d.id)->path()) << d.id.toStdString();
    ASSERT_EQ(fromSources->layerItems().size(), fresh->layerItems().size());
    for (qsizetype i = 0; i < fresh->layerItems().size(); ++i)
        EXPECT_EQ(fromSources->layerItems().at(i)->data(0), fresh->layerItems().at(i)->data(0));
    EXPECT_EQ(fromSources->projection().size(), fresh->projection().size());
}

TEST(MapScene, SourcesOfOtherFilesAreReadAgainAndProblemsAreReported)
{
    const std::shared_ptr<const Campaign> aleppo = MapTest::aleppo();
    auto svgOnly = std::make_shared<Campaign>(*aleppo);
    svgOnly->districtShapesFile.clear();
    // Sources read for the GeoJSON campaign do not fit one without GeoJSON: build reads its own.
    auto geoSources = std::make_shared<const MapSources>(MapScene::loadSources(*aleppo));
    EXPECT_FALSE(geoSources->isFor(*svgOnly));
    std::shared_ptr<const Campaign> constSvgOnly = svgOnly;
    QString error;
    EXPECT_NE(MapScene::build(constSvgOnly, std::make_shared<const ControlTimeline>(constSvgOnly), geoSources, &error),
              nullptr)
        << error.toStdString();

    // A map file that is not there: every problem, named by file, and no scene.
    auto broken = std::make_shared<Campaign>(*aleppo);
    broken->mapFile = MapTest::tempDir() + QStringLiteral("/missing-map.svg");
    const MapSources missing = MapScene::loadSources(*broken);
    EXPECT_FALSE(missing.ok());
    ASSERT_FALSE(missing.problems.isEmpty());
    EXPECT_TRUE(missing.problems.first().contains(QStringLiteral("missing-map.svg")))
        << missing.problems.first().toStdString();
    std::shared_ptr<const Campaign> constBroken = broken;
    error.clear();
    EXPECT_EQ(MapScene::build(constBroken, std::make_shared<const ControlTimeline>(constBroken),
                              std::make_shared<const MapSources>(missing), &error),
              nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("missing-map.svg"))) << error.toStdString();
}

TEST(MapScene, TheCampaignLoadersParseOfTheMapIsTheOneDrawn)
{
    // As the viewer does at start-up: loaded and read in another thread, drawn in this one.
    CampaignLoadResult loaded;
    MapSources read;
    std::thread reader([&] {
        loaded = CampaignLoader::load(CampaignLoader::embeddedPath());
        if (loaded.ok())
            read = MapScene::loadSources(*loaded.campaign, &loaded.map);
    });
    reader.join();
    ASSERT_TRUE(loaded.ok()) << loaded.errorString().toStdString();
    ASSERT_TRUE(read.ok()) << read.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_NE(loaded.map.renderer, nullptr);
    EXPECT_EQ(read.renderer, loaded.map.renderer) << "QtSvg parses the map once";
    EXPECT_EQ(read.labels.labels.constData(), loaded.map.labels.labels.constData())
        << "the labels are the campaign loader's, not read again";
    EXPECT_EQ(read.layerIds, loaded.map.layerIds);
    EXPECT_EQ(read.renderer->thread(), QThread::currentThread()) << "the renderer lives where it is drawn";

    const std::shared_ptr<const Campaign> campaign = loaded.campaign;
    QString error;
    const std::unique_ptr<MapScene> scene = MapScene::build(campaign, std::make_shared<const ControlTimeline>(campaign),
                                                            std::make_shared<const MapSources>(read), &error);
    ASSERT_NE(scene, nullptr) << error.toStdString();
    EXPECT_TRUE(scene->hasBaseMap());
    QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter);
    painter.end();
    EXPECT_GT(MapTest::differentPixels(image,
                                       [] {
                                           QImage blank(400, 400, QImage::Format_ARGB32_Premultiplied);
                                           blank.fill(Qt::white);
                                           return blank;
                                       }()),
              10000)
        << "the map draws";
}

TEST(MapScene, APackageWithoutGeoJsonIsDrawnFromTheLoadersOnePass)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(MapTest::copyAleppoPackage(dir.path(), QStringLiteral("districts.geojson")));
    ASSERT_TRUE(MapTest::replaceInFile(dir.filePath(QStringLiteral("campaign.json")),
                                       ",\n    \"district_shapes\": \"districts.geojson\"", QByteArray(), 1));

    const CampaignLoadResult loaded = CampaignLoader::load(dir.path());
    ASSERT_TRUE(loaded.ok()) << loaded.errorString().toStdString();
    ASSERT_TRUE(loaded.campaign->districtShapesFile.isEmpty());
    EXPECT_EQ(loaded.map.districtPaths.size(), loaded.campaign->districts.size());
    const MapSources read = MapScene::loadSources(*loaded.campaign, &loaded.map);
    ASSERT_TRUE(read.ok()) << read.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(read.paths.isSharedWith(loaded.map.districtPaths)) << "the outlines are the loader's, not read again";

    const std::shared_ptr<const Campaign> campaign = loaded.campaign;
    QString error;
    const std::unique_ptr<MapScene> scene = MapScene::build(campaign, std::make_shared<const ControlTimeline>(campaign),
                                                            std::make_shared<const MapSources>(read), &error);
    ASSERT_NE(scene, nullptr) << error.toStdString();
    for (const District &d : campaign->districts)
        EXPECT_EQ(scene->districtAt(scene->projection().toMap(d.centroid)), d.id) << d.id.toStdString();
}
