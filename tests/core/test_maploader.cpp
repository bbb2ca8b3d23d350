// The SVG base map: georeference, structure and renderability are checked
// before anything is drawn; every refusal names the line and column.
#include "maploader.h"

#include "filereader.h"
#include "testpackage.h"

#include <QSvgRenderer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QByteArray kHeader =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:atlas=\"urn:aleppo-atlas:map:1\"\n"
    "     viewBox=\"0 0 1597.781418 1620\" atlas:projection=\"equirectangular\" atlas:standard-parallel=\"36.2\"\n"
    "     atlas:west=\"37.07\" atlas:east=\"37.29\" atlas:south=\"36.12\" atlas:north=\"36.30\">\n";

QStringList problems(const QByteArray &svg)
{
    QStringList out;
    for (const Diagnostic &d : MapLoader::parse(svg, QStringLiteral("map.svg")).problems)
        out.append(d.toString());
    return out;
}

} // namespace

TEST(MapLoader, ReadsTheGeoreferenceExactly)
{
    const MapLoadResult r = MapLoader::parse(kHeader + "<g id=\"base\"><rect width=\"10\" height=\"10\"/></g>\n</svg>\n",
                                             QStringLiteral("map.svg"));
    ASSERT_TRUE(r.ok()) << r.problems.value(0).toString().toStdString();
    const MapProjection &p = r.projection;
    EXPECT_DOUBLE_EQ(p.bounds().topLeft().longitude(), 37.07);
    EXPECT_DOUBLE_EQ(p.bounds().bottomRight().latitude(), 36.12);
    const QPointF citadel = p.toMap(QGeoCoordinate(36.1993, 37.1629));
    const QGeoCoordinate back = p.toGeo(citadel);
    EXPECT_NEAR(back.latitude(), 36.1993, 1e-12);
    EXPECT_NEAR(back.longitude(), 37.1629, 1e-12);
    EXPECT_TRUE(r.elementIds.contains(QStringLiteral("base")));
}

TEST(MapLoader, RefusesADoctypeSoNoEntityCanExpand)
{
    const QByteArray billionLaughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                                     " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n"
                                     + kHeader + "<text>&b;</text></svg>\n";
    EXPECT_EQ(problems(billionLaughs),
              QStringList{QStringLiteral("map.svg:2:1: DOCTYPE declarations are not allowed in a map (no entity expansion)")});
}

TEST(MapLoader, RefusesAMapWithoutGeoreference)
{
    EXPECT_EQ(problems("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n</svg>\n"),
              QStringList{QStringLiteral("map.svg:1:1: the map has no georeference: atlas:projection must be "
                                         "\"equirectangular\" (namespace urn:aleppo-atlas:map:1)")});
}

TEST(MapLoader, RefusesBoundsOutsideWgs84)
{
    QByteArray svg = kHeader + "</svg>\n";
    svg.replace("atlas:north=\"36.30\"", "atlas:north=\"96.30\"");
    EXPECT_EQ(problems(svg), QStringList{QStringLiteral("map.svg:1:1: georeference bounds are outside WGS84 or empty "
                                                        "(west 37.07, east 37.29, south 36.12, north 96.3)")});
}

TEST(MapLoader, RefusesAViewBoxThatDoesNotMatchTheProjection)
{
    QByteArray svg = kHeader + "</svg>\n";
    svg.replace("viewBox=\"0 0 1597.781418 1620\"", "viewBox=\"0 0 1620 1620\"");
    EXPECT_EQ(problems(svg),
              QStringList{QStringLiteral("map.svg:1:1: viewBox aspect 1.0000 does not match the georeference (0.9863 expected)")});
}

TEST(MapLoader, ReportsMalformedXmlWithItsPosition)
{
    const QStringList p = problems(kHeader + "<g id=\"base\">\n  <rect width=\"1\"\n</svg>\n");
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p.first(), QStringLiteral("map.svg:6:1: XML error: Expected '>' or '/', but got '<'."));
}

TEST(MapLoader, RefusesARootThatIsNotSvg)
{
    EXPECT_EQ(problems("<html>\n</html>\n"), QStringList{QStringLiteral("map.svg:1:1: the root element is not <svg>")});
}

TEST(MapLoader, BoundsNestingDepth)
{
    QByteArray svg = kHeader;
    for (int i = 0; i < 70; ++i)
        svg += "<g>";
    for (int i = 0; i < 70; ++i)
        svg += "</g>";
    svg += "</svg>\n";
    EXPECT_EQ(problems(svg), QStringList{QStringLiteral("map.svg:4:190: elements nest deeper than 64 levels")});
}

TEST(MapLoader, RefusesAnOversizedFileUnread)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.svg"));
    writeFile(path, QByteArray(MapLoader::kMaxBytes + 1, ' '));
    const MapLoadResult r = MapLoader::load(path, QStringLiteral("map.svg"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().toString(), QStringLiteral("map.svg: file is 33554433 bytes; the limit is 33554432 bytes"));
}

// parse() reads a plain, well-formed map with a quick scan of its bytes and
// QtSvg's parse; anything else goes to the QXmlStreamReader path. Both must
// give the same answer: the same problems at the same places, or the same ids
// and georeference.
TEST(MapLoader, QuickScanAgreesWithTheXmlReaderPath)
{
    const QByteArray body = "<g id=\"base\"><rect id=\"r1\" width=\"10\" height=\"10\"/></g>\n";
    const QList<QByteArray> documents{
        kHeader + body + "</svg>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- generated -->\n" + kHeader + body + "</svg>\n",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + kHeader + body + "</svg>\n",
        kHeader + body + "</svg>\n<!-- trailing comment -->\n",
        kHeader + body + "</svg>\ngarbage",
        kHeader + body + "</svg><svg/>",
        kHeader + body + "</svg>\n<!-- a -- b -->",
        kHeader + "<g id=\"x\"><svg><rect/></svg><g></svg>\n",
        kHeader + "<desc><svg/></desc><g a=\"1\" a=\"2\"/></svg>\n",
        kHeader + "<foo:g id=\"x\"/></svg>\n",
        kHeader + "<g foo:id=\"x\"/></svg>\n",
        kHeader + "<g xmlns:a=\"u\" xmlns:b=\"u\" a:x=\"1\" b:x=\"2\"/></svg>\n",
        kHeader + "<g xmlns:p=\"\"/></svg>\n",
        kHeader + "<g id=\"a&amp;b\"/><g id=\"tab\there\"/><g id=\"line\nend\"/></svg>\n",
        kHeader + "<!--> <g id=\"fake\"/> --><g id=\"real\"/><![CDATA[<g id=\"cdata\"/>]]></svg>\n",
        kHeader + "<g id='single' class=\"a>b\"/><?pi <g id=\"pi\"/>?></svg >\n",
        QByteArray(kHeader).replace("xmlns:atlas", "xmlns:geo").replace("atlas:", "geo:") + body + "</svg>\n",
        QByteArray(kHeader).replace("urn:aleppo-atlas:map:1", "urn:aleppo-atlas:map:&#49;") + body + "</svg>\n",
        QByteArray(kHeader).replace("atlas:west=\"37.07\"", "atlas:west=\"37.07\" atlas:west=\"37.07\"") + "</svg>\n",
        QByteArray(kHeader).replace(">\n", "/>\n"),
        "\xEF\xBB\xBF" + kHeader + body + "</svg>\n",
        kHeader + body,
        kHeader + body + "</svg>\n</svg>\n",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "<x:svg xmlns:x=\"http://www.w3.org/2000/svg\"/>",
    };
    for (const QByteArray &svg : documents) {
        SCOPED_TRACE(svg.toStdString());
        const MapLoadResult quick = MapLoader::parse(svg, QStringLiteral("map.svg"));
        const MapLoadResult reference = MapLoader::parseWithXmlReader(svg, QStringLiteral("map.svg"));
        ASSERT_EQ(quick.problems.size(), reference.problems.size());
        for (int i = 0; i < quick.problems.size(); ++i)
            EXPECT_EQ(quick.problems.at(i).toString(), reference.problems.at(i).toString());
        EXPECT_EQ(quick.elementIds, reference.elementIds);
        EXPECT_EQ(quick.svg, reference.svg);
        EXPECT_EQ(quick.projection.bounds(), reference.projection.bounds());
        EXPECT_EQ(quick.projection.size(), reference.projection.size());
    }
    // A few outcomes spelled out.
    EXPECT_EQ(problems(kHeader + body + "</svg>\ngarbage"),
              QStringList{QStringLiteral("map.svg:6:1: XML error: Extra content at end of document.")});
    EXPECT_EQ(problems(kHeader + "<foo:g/></svg>\n"),
              QStringList{QStringLiteral("map.svg:4:8: XML error: Namespace prefix 'foo' not declared")});
    const MapLoadResult ids = MapLoader::parse(documents.at(14), QStringLiteral("map.svg"));
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(ids.elementIds, QSet<QString>{QStringLiteral("real")});
}

TEST(MapLoader, TheEmbeddedMapReadsTheSameBothWays)
{
    const FileReadResult file = FileReader::read(QStringLiteral(":/campaigns/aleppo-2016/map.svg"),
                                                 QStringLiteral("map.svg"), MapLoader::kMaxBytes);
    ASSERT_TRUE(file.ok());
    const MapLoadResult quick = MapLoader::parse(file.bytes, QStringLiteral("map.svg"));
    const MapLoadResult reference = MapLoader::parseWithXmlReader(file.bytes, QStringLiteral("map.svg"));
    ASSERT_TRUE(quick.ok());
    ASSERT_TRUE(reference.ok());
    EXPECT_EQ(quick.elementIds, reference.elementIds);
    EXPECT_GT(quick.elementIds.size(), 49);
    EXPECT_EQ(quick.projection.bounds(), reference.projection.bounds());
    EXPECT_EQ(quick.projection.size(), reference.projection.size());
}

TEST(MapLoader, HandsOverTheRendererItParsedButDoesNotCacheIt)
{
    // A map no other test loads, so that the first parse is not a cache hit.
    const QByteArray svg = kHeader + "<g id=\"base\"><rect id=\"handover\" width=\"7\" height=\"5\"/></g>\n</svg>\n";
    const MapLoadResult first = MapLoader::parse(svg, QStringLiteral("map.svg"));
    ASSERT_TRUE(first.ok());
    ASSERT_NE(first.renderer, nullptr) << "QtSvg's parse that proved the map renderable";
    EXPECT_TRUE(first.renderer->isValid());
    EXPECT_TRUE(first.renderer->elementExists(QStringLiteral("handover")));
    // The same bytes again: the checked answer comes from the cache, which keeps no QObject.
    const MapLoadResult again = MapLoader::parse(svg, QStringLiteral("map.svg"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.renderer, nullptr);
    EXPECT_EQ(again.elementIds, first.elementIds);
    // Through the XML reader too (a map the quick scan leaves to it).
    const MapLoadResult reference = MapLoader::parseWithXmlReader(svg, QStringLiteral("map.svg"));
    ASSERT_NE(reference.renderer, nullptr);
    EXPECT_TRUE(reference.renderer->isValid());
    // A refused map hands over nothing.
    EXPECT_EQ(MapLoader::parse("<svg", QStringLiteral("map.svg")).renderer, nullptr);
}
