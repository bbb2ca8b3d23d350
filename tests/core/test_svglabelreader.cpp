// The map's labels layer read as text labels, in the map loader's one pass:
// what is read, and everything that makes the layer QtSvg's to draw.
#include "filereader.h"
#include "maploader.h"

#include <gtest/gtest.h>

namespace {

// A georeferenced map of 100 x 100 user units around @p layer.
QByteArray svgWithLayer(const QByteArray &layer, const QByteArray &rootExtra = {})
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:atlas=\"urn:aleppo-atlas:map:1\" viewBox=\"0 0 100 100\" "
           "atlas:projection=\"equirectangular\" atlas:standard-parallel=\"0\" atlas:west=\"0\" atlas:east=\"1\" "
           "atlas:south=\"0\" atlas:north=\"1\""
           + rootExtra + ">" + layer + "</svg>";
}

SvgLabelReader::Result labelsOf(const QByteArray &svg)
{
    const MapLoadResult r = MapLoader::parse(svg, QStringLiteral("map.svg"));
    EXPECT_TRUE(r.ok()) << r.problems.value(0).toString().toStdString();
    return r.labels;
}

} // namespace

TEST(SvgLabelReader, ReadsEveryLabelOfTheAleppoMap)
{
    const FileReadResult file = FileReader::read(QStringLiteral(":/campaigns/aleppo-2016/map.svg"),
                                                 QStringLiteral("map.svg"), MapLoader::kMaxBytes);
    ASSERT_TRUE(file.ok());
    const SvgLabelReader::Result result = labelsOf(file.bytes);
    ASSERT_TRUE(result.ok()) << result.unsupported.toStdString();

    // Count the <text> elements of the layer independently of the reader.
    const QString text = QString::fromUtf8(file.bytes);
    const qsizetype start = text.indexOf(QStringLiteral("<g id=\"labels\">"));
    const qsizetype end = text.indexOf(QStringLiteral("<g id=\"furniture\">"));
    ASSERT_GT(start, 0);
    ASSERT_GT(end, start);
    const QString layer = text.mid(start, end - start);
    EXPECT_EQ(result.labels.size(), layer.count(QStringLiteral("<text ")));
    EXPECT_GT(result.labels.size(), 200);

    int halos = 0;
    bool sawQueiq = false;
    for (const MapLabel &label : result.labels) {
        EXPECT_FALSE(label.text().isEmpty());
        EXPECT_DOUBLE_EQ(label.fontSize, 100.0);
        EXPECT_GT(label.transform.m11(), 0.05);
        EXPECT_EQ(label.transform.m11(), label.transform.m22()) << "labels are scaled, never stretched";
        if (label.stroke.isValid()) {
            ++halos;
            EXPECT_EQ(label.stroke, label.fill) << "a halo is drawn in one colour";
            EXPECT_DOUBLE_EQ(label.strokeWidth, 25.0);
            EXPECT_EQ(label.strokeJoin, Qt::RoundJoin);
        }
        if (label.text() == QStringLiteral("Queiq 奎克河") && !label.stroke.isValid()) {
            sawQueiq = true;
            ASSERT_EQ(label.runs.size(), 2);
            EXPECT_EQ(label.runs.at(0).text, QStringLiteral("Queiq "));
            EXPECT_EQ(label.runs.at(0).family, QStringLiteral("DejaVu Sans"));
            EXPECT_EQ(label.runs.at(1).family, QStringLiteral("Noto Sans CJK TC"));
            EXPECT_TRUE(label.italic);
            // The river's name is italic; its Han run is set upright.
            EXPECT_TRUE(label.runs.at(0).italic);
            EXPECT_FALSE(label.runs.at(1).italic);
            EXPECT_EQ(label.fill, QColor(QStringLiteral("#3a78b5")));
        }
    }
    EXPECT_EQ(halos * 2, result.labels.size()) << "every label has its halo";
    // Bold labels (the landmarks, the Citadel) are bold in their Latin runs only:
    // no Han run asks for a bold or a slanted face.
    int boldLatin = 0;
    for (const MapLabel &label : result.labels) {
        for (const MapLabel::Run &run : label.runs) {
            if (run.family == QStringLiteral("Noto Sans CJK TC")) {
                EXPECT_EQ(run.weight, QFont::Normal) << run.text.toStdString();
                EXPECT_FALSE(run.italic) << run.text.toStdString();
            } else if (run.weight == QFont::Bold) {
                ++boldLatin;
            }
        }
    }
    EXPECT_GE(boldLatin, 6) << "three bold names, each with its halo";
    EXPECT_TRUE(sawQueiq) << "the river's name is in the label layer";
}

TEST(SvgLabelReader, ReadsTransformsAnchorsAndCollapsesSpace)
{
    const QByteArray svg = svgWithLayer(
        "<g id=\"labels\"><g transform=\"matrix(0.5 0 0 0.5 10 20)\"><text font-size=\"100\" "
        "font-family=\"DejaVu Sans\" text-anchor=\"end\" font-weight=\"bold\" fill=\"#123456\">  Bab\n   al-Hadid "
        "<tspan font-family=\"Noto Sans CJK TC\">巴卜</tspan>  </text></g>"
        "<text x=\"5\" y=\"6\" font-size=\"12\" font-family=\"DejaVu Sans\" fill=\"#fff\">x<!-- a comment "
        "--></text></g>");
    const SvgLabelReader::Result result = labelsOf(svg);
    ASSERT_TRUE(result.ok()) << result.unsupported.toStdString();
    ASSERT_EQ(result.labels.size(), 2);
    const MapLabel &a = result.labels.at(0);
    EXPECT_EQ(a.transform, QTransform(0.5, 0, 0, 0.5, 10, 20));
    EXPECT_EQ(a.anchor, MapLabel::Anchor::End);
    EXPECT_EQ(a.weight, QFont::Bold);
    EXPECT_EQ(a.text(), QStringLiteral("Bab al-Hadid 巴卜"));
    ASSERT_EQ(a.runs.size(), 2);
    EXPECT_EQ(a.runs.at(1).family, QStringLiteral("Noto Sans CJK TC"));
    EXPECT_FALSE(a.stroke.isValid());
    const MapLabel &b = result.labels.at(1);
    EXPECT_EQ(b.position, QPointF(5, 6));
    EXPECT_DOUBLE_EQ(b.fontSize, 12.0);
    EXPECT_EQ(b.fill, QColor(Qt::white));
    EXPECT_TRUE(b.transform.isIdentity());
    EXPECT_EQ(b.text(), QStringLiteral("x"));
}

TEST(SvgLabelReader, GivesEachRunTheWeightAndStyleOfItsTextOrItsOwnTspan)
{
    const QByteArray svg = svgWithLayer(
        "<g id=\"labels\"><text font-size=\"10\" font-family=\"DejaVu Sans\" font-weight=\"bold\" "
        "font-style=\"italic\" fill=\"#000000\">Queiq <tspan font-family=\"Noto Sans CJK TC\" font-weight=\"normal\" "
        "font-style=\"normal\">奎克河</tspan><tspan font-family=\"Noto Sans CJK TC\">河</tspan> river</text></g>");
    const SvgLabelReader::Result result = labelsOf(svg);
    ASSERT_TRUE(result.ok()) << result.unsupported.toStdString();
    ASSERT_EQ(result.labels.size(), 1);
    const MapLabel &label = result.labels.at(0);
    EXPECT_EQ(label.weight, QFont::Bold);
    EXPECT_TRUE(label.italic);
    ASSERT_EQ(label.runs.size(), 4);
    const struct
    {
        const char *text;
        QFont::Weight weight;
        bool italic;
    } expected[] = {
        {"Queiq ", QFont::Bold, true},    // the text's own
        {"奎克河", QFont::Normal, false}, // its tspan's
        {"河", QFont::Bold, true},        // a tspan that sets neither inherits the text's
        {" river", QFont::Bold, true},
    };
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(label.runs.at(i).text, QString::fromUtf8(expected[i].text));
        EXPECT_EQ(label.runs.at(i).weight, expected[i].weight) << i;
        EXPECT_EQ(label.runs.at(i).italic, expected[i].italic) << i;
    }
}

TEST(SvgLabelReader, RefusesWhatItCannotDrawExactly)
{
    const QByteArray text = "<text font-size=\"10\" font-family=\"DejaVu Sans\" fill=\"#000000\">a</text>";
    const struct
    {
        const char *what;
        QByteArray svg;
        bool reachesTheLayer = true;
    } cases[] = {
        {"a shape in the layer", svgWithLayer("<g id=\"labels\">" + text + "<rect width=\"1\" height=\"1\"/></g>")},
        {"a style attribute", svgWithLayer("<g id=\"labels\"><text style=\"fill:red\" font-family=\"A\">a</text></g>")},
        {"a tspan with dx",
         svgWithLayer("<g id=\"labels\"><text font-family=\"A\">a<tspan dx=\"3\">b</tspan></text></g>")},
        {"a tspan with a numeric weight",
         svgWithLayer("<g id=\"labels\"><text font-family=\"A\">a<tspan font-weight=\"600\">b</tspan></text></g>")},
        {"a tspan in an oblique style",
         svgWithLayer("<g id=\"labels\"><text font-family=\"A\">a<tspan font-style=\"oblique\">b</tspan></text></g>")},
        {"a tspan holding an element",
         svgWithLayer("<g id=\"labels\"><text font-family=\"A\">a<tspan><tspan>b</tspan></tspan></text></g>")},
        {"a transform on the layer", svgWithLayer("<g id=\"labels\" transform=\"scale(2)\">" + text + "</g>")},
        {"a transform on the root", svgWithLayer("<g id=\"labels\">" + text + "</g>", " transform=\"scale(2)\""),
         false},
        {"a font-family list", svgWithLayer("<g id=\"labels\"><text font-family=\"A, B\">a</text></g>")},
        {"a named colour", svgWithLayer("<g id=\"labels\"><text font-family=\"A\" fill=\"red\">a</text></g>")},
        {"two texts in one group",
         svgWithLayer("<g id=\"labels\"><g transform=\"matrix(1 0 0 1 0 0)\">" + text + text + "</g></g>")},
        {"an empty group", svgWithLayer("<g id=\"labels\"><g transform=\"matrix(1 0 0 1 0 0)\"/></g>")},
        {"a skewing transform that cannot be read",
         svgWithLayer("<g id=\"labels\"><g transform=\"matrix(1 0 0)\">" + text + "</g></g>")},
        {"a processing instruction in a label",
         svgWithLayer("<g id=\"labels\"><text font-family=\"A\">a<?pi x?></text></g>")},
    };
    for (const auto &c : cases) {
        const MapLoadResult r = MapLoader::parse(c.svg, QStringLiteral("map.svg"));
        EXPECT_TRUE(r.ok()) << c.what << ": such a layer is QtSvg's to draw, not a problem with the map";
        EXPECT_EQ(r.labels.found, c.reachesTheLayer) << c.what;
        EXPECT_FALSE(r.labels.ok()) << c.what;
        EXPECT_TRUE(r.labels.unsupported.startsWith(QStringLiteral("map.svg:1:")))
            << c.what << ": " << r.labels.unsupported.toStdString();
        EXPECT_TRUE(r.labels.labels.isEmpty()) << c.what;
    }
    const SvgLabelReader::Result missing = labelsOf(svgWithLayer("<g id=\"base\"/>"));
    EXPECT_FALSE(missing.found);
    EXPECT_FALSE(missing.ok());
    // Only a top-level group is the layer.
    EXPECT_FALSE(labelsOf(svgWithLayer("<g id=\"base\"><g id=\"labels\">" + text + "</g></g>")).found);
    // Broken XML or a viewBox not at 0 0 is a problem with the map itself: no labels either.
    for (const QByteArray &refused :
         {svgWithLayer("<g id=\"labels\"><text font-family=\"A\">a</g>"),
          QByteArray(svgWithLayer("<g id=\"labels\">" + text + "</g>")).replace("0 0 100 100", "5 0 100 100")}) {
        const MapLoadResult r = MapLoader::parse(refused, QStringLiteral("map.svg"));
        EXPECT_FALSE(r.ok());
        EXPECT_TRUE(r.labels.labels.isEmpty());
    }
}

TEST(SvgLabelReader, TheReasonALayerIsRefusedNamesItsPlace)
{
    const QByteArray svg = svgWithLayer("<g id=\"labels\">\n"
                                        "  <text font-family=\"A\" fill=\"#000\">a</text>\n"
                                        "  <g transform=\"matrix(1 0 0 1 0 0)\">\n"
                                        "    <text font-family=\"A\" opacity=\"0.5\">b</text></g>\n"
                                        "</g>");
    const SvgLabelReader::Result result = labelsOf(svg);
    EXPECT_TRUE(result.found);
    EXPECT_EQ(result.unsupported, QStringLiteral("map.svg:4:5: unsupported attribute opacity"));
    EXPECT_TRUE(result.labels.isEmpty()) << "a layer is read whole, or drawn by QtSvg";
}
