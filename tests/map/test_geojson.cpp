// GeoJSON district shapes: the package's own file, every refused input with
// its exact FILE:LINE:COLUMN, and a real third-party file read in place.
#include "districtitem.h"
#include "geojsonloader.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "maptestsupport.h"

#include <QImage>
#include <QSet>

#include <gtest/gtest.h>

namespace {

const QString kName = QStringLiteral("test.geojson");

std::string describe(const Diagnostics &problems)
{
    std::string out;
    for (const Diagnostic &d : problems)
        out += d.toString().toStdString() + "\n";
    return out;
}

GeoJsonLoadResult parse(const char *text)
{
    return GeoJsonLoader::parse(QByteArray(text), kName);
}

void expectOneProblem(const GeoJsonLoadResult &r, int line, int column, const QString &message)
{
    ASSERT_EQ(r.problems.size(), 1) << describe(r.problems);
    EXPECT_TRUE(r.shapes.isEmpty()) << "all or nothing: no shapes when there is a problem";
    const Diagnostic &d = r.problems.first();
    EXPECT_EQ(d.file, kName);
    EXPECT_EQ(d.line, line) << describe(r.problems);
    EXPECT_EQ(d.column, column) << describe(r.problems);
    EXPECT_EQ(d.message, message);
}

} // namespace

TEST(GeoJson, LoadsThePackagesDistrictShapes)
{
    const auto campaign = MapTest::aleppo();
    ASSERT_TRUE(campaign);
    ASSERT_FALSE(campaign->districtShapesFile.isEmpty()) << "campaign.json names districts.geojson";
    const GeoJsonLoadResult r = GeoJsonLoader::load(campaign->districtShapesFile, QStringLiteral("districts.geojson"));
    ASSERT_TRUE(r.ok()) << describe(r.problems);
    ASSERT_EQ(r.shapes.size(), campaign->districts.size());
    QSet<QString> ids;
    for (const DistrictShape &s : r.shapes) {
        EXPECT_NE(campaign->district(s.id), nullptr) << s.id.toStdString();
        EXPECT_FALSE(s.polygons.isEmpty());
        EXPECT_FALSE(s.name.en.isEmpty());
        EXPECT_FALSE(s.name.zh.isEmpty());
        EXPECT_FALSE(s.name.ar.isEmpty());
        ids.insert(s.id);
        for (const QGeoPolygon &p : s.polygons) {
            EXPECT_GE(p.perimeter().size(), 3);
            EXPECT_NE(p.perimeter().first(), p.perimeter().last()) << "the closing position is not stored twice";
        }
    }
    EXPECT_EQ(ids.size(), campaign->districts.size());
}

TEST(GeoJson, PolygonWithHoleAndMultiPolygon)
{
    const GeoJsonLoadResult r = parse(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "ring", "name_en": "Ring", "name_zh": "環", "name_ar": "حلقة"},
   "geometry": {"type": "Polygon", "coordinates": [
     [[37.0, 36.0], [37.4, 36.0], [37.4, 36.4], [37.0, 36.4], [37.0, 36.0]],
     [[37.1, 36.1], [37.1, 36.3], [37.3, 36.3], [37.3, 36.1], [37.1, 36.1]]]}},
  {"type": "Feature", "id": "two-parts", "properties": null,
   "geometry": {"type": "MultiPolygon", "coordinates": [
     [[[38.0, 36.0], [38.1, 36.0], [38.1, 36.1], [38.0, 36.0]]],
     [[[38.2, 36.0], [38.3, 36.0], [38.3, 36.1], [38.2, 36.0]]]]}}
]})");
    ASSERT_TRUE(r.ok()) << describe(r.problems);
    ASSERT_EQ(r.shapes.size(), 2);
    const DistrictShape &ring = r.shapes.at(0);
    EXPECT_EQ(ring.id, QStringLiteral("ring"));
    EXPECT_EQ(ring.name.zh, QStringLiteral("環"));
    ASSERT_EQ(ring.polygons.size(), 1);
    EXPECT_EQ(ring.polygons.first().perimeter().size(), 4);
    ASSERT_EQ(ring.polygons.first().holesCount(), 1);
    EXPECT_EQ(ring.polygons.first().holePath(0).size(), 4);
    EXPECT_EQ(ring.polygons.first().perimeter().first(), QGeoCoordinate(36.0, 37.0)) << "[lon, lat] order";
    const DistrictShape &two = r.shapes.at(1);
    EXPECT_EQ(two.id, QStringLiteral("two-parts")) << "the feature's top-level id when properties have none";
    EXPECT_EQ(two.polygons.size(), 2);
}

TEST(GeoJson, SyntaxErrorHasItsPosition)
{
    const GeoJsonLoadResult r = parse(R"({
  "type": "FeatureCollection",
  "features": [
    {"type": "Feature",, "properties": {"id": "a"}}
  ]
})");
    ASSERT_EQ(r.problems.size(), 1) << describe(r.problems);
    EXPECT_EQ(r.problems.first().line, 4);
    // Qt reports the offset just after the stray comma (column 24), as the core loaders do.
    EXPECT_EQ(r.problems.first().column, 25) << describe(r.problems);
    EXPECT_TRUE(r.problems.first().message.startsWith(QStringLiteral("JSON syntax error: "))) << describe(r.problems);
    EXPECT_TRUE(r.shapes.isEmpty());
}

TEST(GeoJson, AGeometryWrittenTwiceIsRefusedAtTheSecond)
{
    // Which outline is the district's? A parser would keep the second without a word.
    const GeoJsonLoadResult r = parse(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a"},
   "geometry": {"type": "Polygon", "coordinates": [[[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.1]]]},
   "geometry": {"type": "Polygon", "coordinates": [[[37.1, 36.1], [37.3, 36.1], [37.3, 36.3], [37.1, 36.1]]]}}
]})");
    expectOneProblem(r, 4, 4,
                     QStringLiteral("key \"geometry\" appears twice in one object (first at line 3, column 4); "
                                    "which value is meant?"));
    EXPECT_TRUE(r.shapes.isEmpty());
}

TEST(GeoJson, WrongGeometryTypeIsRefusedAtItsType)
{
    const GeoJsonLoadResult r = parse(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a"},
   "geometry": {"type": "LineString", "coordinates": [[37.1, 36.1], [37.2, 36.2]]}}
]})");
    expectOneProblem(r, 3, 25,
                     QStringLiteral("geometry type \"LineString\" is not supported: use Polygon or MultiPolygon"));
}

TEST(GeoJson, UnclosedRingIsRefusedAtTheRing)
{
    const GeoJsonLoadResult r = parse(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon",
    "coordinates": [
      [[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.25]]
    ]}}
]})");
    expectOneProblem(r, 4, 7,
                     QStringLiteral("the ring is not closed: its last position [37.1, 36.25] differs from its "
                                    "first [37.1, 36.1]"));
}

TEST(GeoJson, CoordinateOutOfRangeIsRefusedAtTheNumber)
{
    const GeoJsonLoadResult r = parse(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon",
    "coordinates": [
      [[37.1, 36.1], [37.2, 95], [37.2, 36.2], [37.1, 36.1]]
    ]}}
]})");
    expectOneProblem(r, 4, 29,
                     QStringLiteral("latitude 95 is outside WGS84 (-90 to 90); positions are [longitude, latitude]"));
}

TEST(GeoJson, LongitudeOutOfRangeAndNonNumbers)
{
    const GeoJsonLoadResult r = parse(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [
[[-181, 36.1], [37.2, 36.1], ["x", 36.2], [-181, 36.1]]]}}
]})");
    ASSERT_EQ(r.problems.size(), 3) << describe(r.problems);
    EXPECT_EQ(r.problems.at(0).line, 3);
    EXPECT_EQ(r.problems.at(0).column, 3);
    EXPECT_TRUE(r.problems.at(0).message.startsWith(QStringLiteral("longitude -181 is outside WGS84")));
    EXPECT_EQ(r.problems.at(1).column, 30);
    EXPECT_TRUE(r.problems.at(1).message.startsWith(QStringLiteral("a position must be [longitude, latitude]")));
    EXPECT_EQ(r.problems.at(2).column, 44);
}

TEST(GeoJson, DegeneratePolygonIsRefused)
{
    const GeoJsonLoadResult r = parse(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon",
    "coordinates": [
      [[37.1, 36.1], [37.2, 36.2], [37.3, 36.3], [37.1, 36.1]]
    ]}}
]})");
    expectOneProblem(r, 4, 7, QStringLiteral("the ring is degenerate: its area is zero"));
}

TEST(GeoJson, TooFewPositions)
{
    const GeoJsonLoadResult r = parse(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [
    [[37.1, 36.1], [37.2, 36.2], [37.1, 36.1]]]}}
]})");
    expectOneProblem(r, 3, 5, QStringLiteral("a ring needs at least 4 positions (first repeated last), not 3"));
}

TEST(GeoJson, NotAFeatureCollection)
{
    expectOneProblem(parse(R"({"type": "Feature", "geometry": null})"), 1, 10,
                     QStringLiteral("\"type\" must be \"FeatureCollection\", not \"Feature\""));
    expectOneProblem(parse("[1, 2]"), 1, 1, QStringLiteral("the top level must be a GeoJSON FeatureCollection object"));
}

TEST(GeoJson, OnlyWgs84CoordinateSystems)
{
    const char *projected = R"({"type": "FeatureCollection",
 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
 "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [
    [[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.1]]]}}]})";
    expectOneProblem(parse(projected), 2, 49,
                     QStringLiteral("coordinate reference system \"urn:ogc:def:crs:EPSG::3857\" is not supported: "
                                    "positions must be WGS84 longitude and latitude (RFC 7946)"));
    const char *crs84 = R"({"type": "FeatureCollection",
 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
 "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [
    [[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.1]]]}}]})";
    EXPECT_TRUE(parse(crs84).ok());
}

TEST(GeoJson, CollectsEveryProblemInFileOrder)
{
    const GeoJsonLoadResult r = parse(R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Point", "coordinates": [37.1, 36.1]}},
  {"type": "Feature", "properties": {"id": "b"}, "geometry": {"type": "Polygon", "coordinates": [
    [[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.2]]]}},
  {"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [
    [[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.1]]]}},
  {"type": "Feature", "properties": {}, "geometry": null}
]})");
    ASSERT_EQ(r.problems.size(), 5) << describe(r.problems);
    EXPECT_EQ(r.problems.at(0).line, 2);
    EXPECT_TRUE(r.problems.at(0).message.contains(QStringLiteral("\"Point\" is not supported")));
    EXPECT_EQ(r.problems.at(1).line, 4);
    EXPECT_TRUE(r.problems.at(1).message.contains(QStringLiteral("not closed")));
    EXPECT_EQ(r.problems.at(2).line, 5);
    EXPECT_EQ(r.problems.at(2).message, QStringLiteral("duplicate district id \"a\" (first used at 2:44)"));
    EXPECT_EQ(r.problems.at(3).line, 7);
    EXPECT_EQ(r.problems.at(3).column, 3);
    EXPECT_TRUE(r.problems.at(3).message.startsWith(QStringLiteral("the feature has no id")));
    EXPECT_EQ(r.problems.at(4).line, 7);
    EXPECT_EQ(r.problems.at(4).column, 53) << "at the null geometry";
    EXPECT_TRUE(r.problems.at(4).message.startsWith(QStringLiteral("the feature has no geometry")));
    EXPECT_TRUE(r.shapes.isEmpty());
}

TEST(GeoJson, FileProblemsNameTheFile)
{
    const GeoJsonLoadResult missing = GeoJsonLoader::load(MapTest::tempDir() + QStringLiteral("/missing.geojson"),
                                                          QStringLiteral("missing.geojson"));
    ASSERT_EQ(missing.problems.size(), 1);
    EXPECT_EQ(missing.problems.first().toString(), QStringLiteral("missing.geojson: file not found"));
}

TEST(GeoJson, KebabCaseIdsFromGisNames)
{
    EXPECT_EQ(GeoJsonLoader::kebabCase(QStringLiteral("Aleppo Citadel")), QStringLiteral("aleppo-citadel"));
    EXPECT_EQ(GeoJsonLoader::kebabCase(QStringLiteral("al-\u2018Amiriyeh")), QStringLiteral("al-amiriyeh"));
    EXPECT_EQ(GeoJsonLoader::kebabCase(QStringLiteral("Beit Muheb / Jdeydeh")), QStringLiteral("beit-muheb-jdeydeh"));
    EXPECT_EQ(GeoJsonLoader::kebabCase(QStringLiteral("as-Siryan (Syriac Quarter)")),
              QStringLiteral("as-siryan-syriac-quarter"));
    EXPECT_EQ(GeoJsonLoader::kebabCase(QStringLiteral("ash-Sha'ar")), QStringLiteral("ash-shaar"));
    EXPECT_EQ(GeoJsonLoader::kebabCase(QStringLiteral("قلعة حلب")), QString());
}

// The real third-party file, read in place from ../shared (never copied into the project).
TEST(GeoJson, RealCsrNeighbourhoodsFileLoadsAndRenders)
{
    const QString path = MapTest::csrNeighbourhoodsPath();
    if (path.isEmpty())
        GTEST_SKIP() << "reference data absent: " ATLAS_SHARED_DIR "/geo/csr/Neighborhoods.geojson "
                        "(a clone without ../shared skips this test)";
    const GeoJsonLoadResult r = GeoJsonLoader::load(path, QStringLiteral("Neighborhoods.geojson"));
    ASSERT_TRUE(r.ok()) << describe(r.problems);
    ASSERT_EQ(r.shapes.size(), 133);
    QSet<QString> ids;
    int withArabic = 0;
    for (const DistrictShape &s : r.shapes) {
        ids.insert(s.id);
        withArabic += s.name.ar.isEmpty() ? 0 : 1;
        EXPECT_FALSE(s.polygons.isEmpty());
    }
    EXPECT_EQ(ids.size(), 133) << "ids made from NAME and Id are unique";
    EXPECT_EQ(withArabic, 132) << "every neighbourhood but al-Besel (NAME_A null) has an Arabic name";
    EXPECT_TRUE(ids.contains(QStringLiteral("aleppo-citadel-16")));
    EXPECT_EQ(r.shapes.first().name.en, QStringLiteral("Aleppo Citadel"));
    EXPECT_EQ(r.shapes.first().name.ar, QStringLiteral("قلعة حلب"));

    // Render it: a campaign of the 133 neighbourhoods with no SVG map (the
    // projection is fitted to the shapes), half of them held by each side.
    auto campaign = std::make_shared<Campaign>();
    campaign->id = QStringLiteral("csr-neighbourhoods");
    campaign->title.en = QStringLiteral("CSR neighbourhoods of Aleppo");
    campaign->start = QDate(2016, 9, 19);
    campaign->end = QDate(2016, 12, 22);
    campaign->sides = MapTest::aleppo()->sides;
    campaign->districtShapesFile = path;
    int order = 0;
    for (const DistrictShape &s : r.shapes) {
        District d;
        d.id = s.id;
        d.name = s.name;
        campaign->districts.append(d);
        ControlChange c;
        c.district = s.id;
        c.date = campaign->start;
        c.control = campaign->sides.at(order % 2).id;
        c.basis = order % 3 == 0 ? Basis::Approximate : Basis::Stated;
        c.order = order++;
        campaign->changes.append(c);
    }
    campaign->buildIndex();
    std::shared_ptr<const Campaign> constCampaign = campaign;
    auto timeline = std::make_shared<const ControlTimeline>(constCampaign);
    QString error;
    std::unique_ptr<MapScene> scene = MapScene::build(constCampaign, timeline, &error);
    ASSERT_NE(scene, nullptr) << error.toStdString();
    EXPECT_FALSE(scene->hasBaseMap());
    EXPECT_EQ(scene->districtItems().size(), 133);

    // The projection is the one of the scene: a shape's interior point hits it.
    const DistrictShape &citadel = r.shapes.first();
    QPointF inside;
    {
        const QPainterPath path = scene->districtItem(citadel.id)->path();
        const QRectF box = path.boundingRect();
        for (double fy = 0.1; fy < 1 && inside.isNull(); fy += 0.05) {
            for (double fx = 0.1; fx < 1; fx += 0.05) {
                const QPointF p(box.left() + fx * box.width(), box.top() + fy * box.height());
                if (path.contains(p)) {
                    inside = p;
                    break;
                }
            }
        }
    }
    ASSERT_FALSE(inside.isNull());
    EXPECT_EQ(scene->districtAt(inside), citadel.id);

    MapRenderer::Options options;
    options.date = QDate(2016, 10, 1);
    options.size = QSize(900, 700);
    const QImage image = MapRenderer::renderImage(*scene, options);
    ASSERT_EQ(image.size(), QSize(900, 700));
    // Non-blank: many pixels carry the two sides' colours.
    int government = 0;
    int opposition = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() < 120)
                continue;
            if (std::abs(c.hsvHue() - QColor(0xD5, 0x5E, 0x00).hsvHue()) < 8)
                ++government;
            else if (std::abs(c.hsvHue() - QColor(0x00, 0x9E, 0x73).hsvHue()) < 8)
                ++opposition;
        }
    }
    EXPECT_GT(government, 500);
    EXPECT_GT(opposition, 500);
    if (qEnvironmentVariableIsSet("ATLAS_MAP_RENDER_DIR"))
        image.save(qEnvironmentVariable("ATLAS_MAP_RENDER_DIR") + QStringLiteral("/csr-neighbourhoods.png"));
}

TEST(GeoJson, ProblemsDeepInABigCollectionArePlacedExactly)
{
    // 3,000 features, one per line, each with CJK names (columns count
    // characters) and a property nesting 100 deep (positions are found only
    // for the problems, skipping everything else). Two features are bad.
    QString text = QStringLiteral("{\"type\": \"FeatureCollection\", \"features\": [\n");
    for (int i = 0; i < 3000; ++i) {
        const QString lat = i == 2471 ? QStringLiteral("95.5") : QStringLiteral("36.2");
        const QString id = i == 2999 ? QStringLiteral("f7") : QStringLiteral("f%1").arg(i);
        text += QStringLiteral("  {\"type\": \"Feature\", \"properties\": {\"id\": \"%1\", \"name_zh\": \"區%2\", "
                               "\"nested\": %3%4}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": "
                               "[[[37.1, 36.1], [37.2, 36.1], [37.2, %5], [37.1, 36.1]]]}}%6\n")
                    .arg(id, QString::number(i), QString(100, QLatin1Char('[')), QString(100, QLatin1Char(']')), lat,
                         i + 1 < 3000 ? QStringLiteral(",") : QString());
    }
    text += QStringLiteral("]}\n");
    const GeoJsonLoadResult r = GeoJsonLoader::parse(text.toUtf8(), kName);

    // Where the values are, found in the text itself.
    auto positionOf = [&](qsizetype at) {
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at - 1) + 1;
        return std::pair<int, int>(int(text.left(at).count(QLatin1Char('\n'))) + 1, int(at - lineStart) + 1);
    };
    const auto latitude = positionOf(text.indexOf(QStringLiteral("95.5")));
    const auto duplicate = positionOf(text.lastIndexOf(QStringLiteral("\"f7\"")));
    const auto first = positionOf(text.indexOf(QStringLiteral("\"f7\"")));
    ASSERT_EQ(latitude.first, 2473);
    ASSERT_EQ(duplicate.first, 3001);

    ASSERT_EQ(r.problems.size(), 2) << describe(r.problems);
    EXPECT_EQ(r.problems.at(0).line, latitude.first);
    EXPECT_EQ(r.problems.at(0).column, latitude.second);
    EXPECT_TRUE(r.problems.at(0).message.startsWith(QStringLiteral("latitude 95.5 is outside WGS84")));
    EXPECT_EQ(r.problems.at(1).line, duplicate.first);
    EXPECT_EQ(r.problems.at(1).column, duplicate.second);
    EXPECT_EQ(r.problems.at(1).message,
              QStringLiteral("duplicate district id \"f7\" (first used at %1:%2)").arg(first.first).arg(first.second));
}
