// The SVG base map: georeference, structure and renderability are checked
// before anything is drawn; every refusal names the line and column.
#include "maploader.h"

#include "filereader.h"
#include "testpackage.h"

#include <QSvgRenderer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QByteArray kHeader = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:atlas=\"urn:aleppo-atlas:map:1\"\n"
                           "     viewBox=\"0 0 1597.781418 1620\" atlas:projection=\"equirectangular\" "
                           "atlas:standard-parallel=\"36.2\"\n"
                           "     atlas:west=\"37.07\" atlas:east=\"37.29\" atlas:south=\"36.12\" "
                           "atlas:north=\"36.30\">\n";

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
    const MapLoadResult r = MapLoader::parse(kHeader
                                                 + "<g id=\"base\"><rect width=\"10\" height=\"10\"/></g>\n</svg>\n",
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
    EXPECT_EQ(problems(billionLaughs), QStringList{QStringLiteral("map.svg:2:1: DOCTYPE declarations are not allowed "
                                                                  "in a map (no entity expansion)")});
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
    EXPECT_EQ(problems(svg), QStringList{QStringLiteral("map.svg:1:1: viewBox aspect 1.0000 does not match the "
                                                        "georeference (0.9863 expected)")});
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
    EXPECT_EQ(r.problems.first().toString(),
              QStringLiteral("map.svg: file is 33554433 bytes; the limit is 33554432 bytes"));
}

// Every kind of document the quick byte scan once had to agree on with the
// XML reader (it is gone: one pass reads every map), with what the loader says
// about each: the same answers as before, now from the one pass.
TEST(MapLoader, OddButWellFormedDocumentsAndTheirProblems)
{
    const QByteArray body = "<g id=\"base\"><rect id=\"r1\" width=\"10\" height=\"10\"/></g>\n";
    const QString noGeoreference = QStringLiteral("map.svg:1:1: the map has no georeference: atlas:projection must be "
                                                  "\"equirectangular\" (namespace urn:aleppo-atlas:map:1)");
    const struct
    {
        QByteArray svg;
        QStringList ids;      ///< the element ids read, sorted
        QStringList problems; ///< empty: the map is accepted
    } cases[] = {
        {kHeader + body + "</svg>\n", {"base", "r1"}, {}},
        {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- generated -->\n" + kHeader + body + "</svg>\n",
         {"base", "r1"},
         {}},
        {"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + kHeader + body + "</svg>\n", {"base", "r1"}, {}},
        {kHeader + body + "</svg>\n<!-- trailing comment -->\n", {"base", "r1"}, {}},
        {kHeader + body + "</svg>\ngarbage",
         {"base", "r1"},
         {"map.svg:6:1: XML error: Extra content at end of document."}},
        {kHeader + body + "</svg><svg/>",
         {"base", "r1"},
         {"map.svg:5:12: XML error: Extra content at end of document."}},
        {kHeader + body + "</svg>\n<!-- a -- b -->",
         {"base", "r1"},
         {"map.svg:6:10: XML error: Expected '>', but got ' '."}},
        {kHeader + "<g id=\"x\"><svg><rect/></svg><g></svg>\n",
         {"x"},
         {"map.svg:4:37: XML error: Opening and ending tag mismatch."}},
        {kHeader + "<desc><svg/></desc><g a=\"1\" a=\"2\"/></svg>\n",
         {},
         {"map.svg:4:35: XML error: Attribute 'a' redefined."}},
        {kHeader + "<foo:g id=\"x\"/></svg>\n", {}, {"map.svg:4:15: XML error: Namespace prefix 'foo' not declared"}},
        {kHeader + "<g foo:id=\"x\"/></svg>\n", {}, {"map.svg:4:15: XML error: Namespace prefix 'foo' not declared"}},
        {kHeader + "<g xmlns:a=\"u\" xmlns:b=\"u\" a:x=\"1\" b:x=\"2\"/></svg>\n",
         {},
         {"map.svg:4:44: XML error: Attribute 'b:x' redefined."}},
        {kHeader + "<g xmlns:p=\"\"/></svg>\n", {}, {"map.svg:4:13: XML error: Illegal namespace declaration."}},
        {kHeader + "<g id=\"a&amp;b\"/><g id=\"tab\there\"/><g id=\"line\nend\"/></svg>\n",
         {"a&b", "line end", "tab here"},
         {}},
        {kHeader + "<!--> <g id=\"fake\"/> --><g id=\"real\"/><![CDATA[<g id=\"cdata\"/>]]></svg>\n", {"real"}, {}},
        {kHeader + "<g id='single' class=\"a>b\"/><?pi <g id=\"pi\"/>?></svg >\n", {"single"}, {}},
        {QByteArray(kHeader).replace("xmlns:atlas", "xmlns:geo").replace("atlas:", "geo:") + body + "</svg>\n",
         {},
         {noGeoreference}},
        {QByteArray(kHeader).replace("urn:aleppo-atlas:map:1", "urn:aleppo-atlas:map:&#49;") + body + "</svg>\n",
         {"base", "r1"},
         {}},
        {QByteArray(kHeader).replace("atlas:west=\"37.07\"", "atlas:west=\"37.07\" atlas:west=\"37.07\"") + "</svg>\n",
         {},
         {"map.svg:3:102: XML error: Attribute 'atlas:west' redefined."}},
        {QByteArray(kHeader).replace(">\n", "/>\n"), {}, {}},
        {"\xEF\xBB\xBF" + kHeader + body + "</svg>\n", {"base", "r1"}, {}},
        {kHeader + body, {"base", "r1"}, {"map.svg:5:1: XML error: Premature end of document."}},
        {kHeader + body + "</svg>\n</svg>\n",
         {"base", "r1"},
         {"map.svg:6:2: XML error: Expected '?', '!', or '[a-zA-Z]', but got '/'."}},
        {"<svg xmlns=\"http://www.w3.org/2000/svg\"/>", {}, {noGeoreference}},
        {"<x:svg xmlns:x=\"http://www.w3.org/2000/svg\"/>", {}, {noGeoreference}},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.svg.toStdString());
        const MapLoadResult r = MapLoader::parse(c.svg, QStringLiteral("map.svg"));
        EXPECT_EQ(problems(c.svg), c.problems);
        QStringList ids(r.elementIds.cbegin(), r.elementIds.cend());
        ids.sort();
        EXPECT_EQ(ids, c.ids);
        EXPECT_EQ(r.svg.isEmpty(), !c.problems.isEmpty()) << "a refused map hands over nothing";
        EXPECT_EQ(r.renderer == nullptr, !c.problems.isEmpty());
        if (r.ok())
            EXPECT_EQ(r.projection.size(), QSizeF(1597.781418, 1620));
    }
}

TEST(MapLoader, ReadsTheEmbeddedMapInOnePass)
{
    const FileReadResult file = FileReader::read(QStringLiteral(":/campaigns/aleppo-2016/map.svg"),
                                                 QStringLiteral("map.svg"), MapLoader::kMaxBytes);
    ASSERT_TRUE(file.ok());
    const MapLoadResult r = MapLoader::parse(file.bytes, QStringLiteral("map.svg"));
    ASSERT_TRUE(r.ok()) << r.problems.value(0).toString().toStdString();
    EXPECT_GT(r.elementIds.size(), 49);
    EXPECT_EQ(r.layerIds, QStringList({QStringLiteral("base"), QStringLiteral("districts"), QStringLiteral("graticule"),
                                       QStringLiteral("river"), QStringLiteral("landmarks"), QStringLiteral("labels"),
                                       QStringLiteral("furniture"), QStringLiteral("furniture-text")}));
    EXPECT_TRUE(r.labels.ok()) << r.labels.unsupported.toStdString();
    EXPECT_GT(r.labels.labels.size(), 200);
    // The furniture's texts, in the same pass: the graticule's coordinates, the scale bar and the captions.
    ASSERT_TRUE(r.furnitureText.ok()) << r.furnitureText.unsupported.toStdString();
    QStringList texts;
    for (const MapLabel &label : r.furnitureText.labels)
        texts.append(label.text());
    EXPECT_EQ(texts.size(), 25);
    EXPECT_TRUE(texts.contains(QStringLiteral("2 km")));
    EXPECT_TRUE(texts.contains(QStringLiteral("37.2°E")));
    EXPECT_TRUE(texts.contains(QStringLiteral("District boundaries are approximate · 區界為概略示意")));
    EXPECT_TRUE(r.districtPaths.isEmpty()) << "no district outlines asked for";
    EXPECT_DOUBLE_EQ(r.projection.bounds().topLeft().longitude(), 37.07);
    EXPECT_DOUBLE_EQ(r.projection.size().width(), 1597.781418);
    ASSERT_NE(r.renderer, nullptr);
    EXPECT_TRUE(r.renderer->elementExists(QStringLiteral("labels")));
}

TEST(MapLoader, HandsOverTheRendererItParsed)
{
    const QByteArray svg = kHeader + "<g id=\"base\"><rect id=\"handover\" width=\"7\" height=\"5\"/></g>\n</svg>\n";
    const MapLoadResult first = MapLoader::parse(svg, QStringLiteral("map.svg"));
    ASSERT_TRUE(first.ok());
    ASSERT_NE(first.renderer, nullptr) << "QtSvg's parse that proved the map renderable";
    EXPECT_TRUE(first.renderer->isValid());
    EXPECT_TRUE(first.renderer->elementExists(QStringLiteral("handover")));
    // Each load is its own: no answer is kept from one load to the next.
    const MapLoadResult again = MapLoader::parse(svg, QStringLiteral("map.svg"));
    ASSERT_NE(again.renderer, nullptr);
    EXPECT_NE(again.renderer, first.renderer);
    EXPECT_EQ(again.elementIds, first.elementIds);
    // A refused map hands over nothing.
    EXPECT_EQ(MapLoader::parse("<svg", QStringLiteral("map.svg")).renderer, nullptr);
}

TEST(MapLoader, EveryCutOrDeletedByteIsRefusedWithAPlaceOrReadWhole)
{
    // A small map with everything the pass reads: districts, transforms, labels.
    const QByteArray svg = kHeader
                           + "<g id=\"districts\" transform=\"translate(1 2)\"><path id=\"a\" d=\"M0,0 L10,0 L10,10 "
                             "Z\"/>"
                             "<rect id=\"b\" width=\"3\" height=\"4\"/></g>\n"
                             "<g id=\"labels\"><g transform=\"matrix(0.5 0 0 0.5 10 20)\"><text font-size=\"100\" "
                             "font-family=\"DejaVu Sans\" fill=\"#123\">Bab <tspan font-family=\"Noto Sans CJK "
                             "TC\">巴卜"
                             "</tspan></text></g></g>\n</svg>\n";
    const QSet<QString> ids{QStringLiteral("a"), QStringLiteral("b")};
    const MapLoadResult whole = MapLoader::parse(svg, QStringLiteral("map.svg"), ids);
    ASSERT_TRUE(whole.ok()) << whole.problems.value(0).toString().toStdString();
    ASSERT_EQ(whole.districtPaths.size(), 2);
    ASSERT_TRUE(whole.labels.ok()) << whole.labels.unsupported.toStdString();
    ASSERT_EQ(whole.labels.labels.size(), 1);

    QList<QByteArray> variants;
    for (qsizetype n = 0; n < svg.size(); ++n) {
        variants.append(svg.left(n));
        variants.append(QByteArray(svg).remove(n, 1));
    }
    int accepted = 0;
    for (const QByteArray &variant : std::as_const(variants)) {
        const MapLoadResult r = MapLoader::parse(variant, QStringLiteral("map.svg"), ids);
        if (!r.ok()) {
            // Refused: every problem placed, nothing handed over.
            for (const Diagnostic &d : r.problems) {
                EXPECT_GE(d.line, 1) << d.toString().toStdString();
                EXPECT_GE(d.column, 1) << d.toString().toStdString();
            }
            EXPECT_TRUE(r.svg.isEmpty());
            EXPECT_EQ(r.renderer, nullptr);
            EXPECT_TRUE(r.districtPaths.isEmpty());
            EXPECT_TRUE(r.labels.labels.isEmpty());
            continue;
        }
        ++accepted;
        // Read: the outlines and labels of what is there, labels only when the whole layer was understood.
        EXPECT_NE(r.renderer, nullptr);
        EXPECT_EQ(r.svg, variant);
        EXPECT_TRUE(r.labels.ok() || r.labels.labels.isEmpty());
        EXPECT_LE(r.labels.labels.size(), 1);
    }
    EXPECT_GT(accepted, 10) << "deleting a byte of text or of a number leaves a map";
}
