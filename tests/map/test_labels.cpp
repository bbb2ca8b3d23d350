// The label layer: read from the map's SVG, drawn from glyph runs, and
// compared with what QtSvg draws for the same layer.
#include "labellayeritem.h"
#include "mapscene.h"
#include "mapview.h"
#include "maptestsupport.h"
#include "svglabelreader.h"
#include "svglayeritem.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace {

constexpr QSize kSize(600, 400);

QByteArray aleppoSvg()
{
    QFile file(MapTest::sourcePath(QStringLiteral("resources/campaigns/aleppo-2016/map.svg")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray svgWithLayer(const QByteArray &layer, const QByteArray &rootExtra = {})
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\"" + rootExtra + ">" + layer
           + "</svg>";
}

LabelLayerItem *labelLayer(const MapScene &scene)
{
    for (QGraphicsItem *item : scene.layerItems()) {
        if (auto *labels = dynamic_cast<LabelLayerItem *>(item))
            return labels;
    }
    return nullptr;
}

/// The label layer as a view shows it at @p zoom around @p centre: by the item, or by QtSvg.
QImage paintLabels(LabelLayerItem *item, double zoom, const QPointF &centre, double dpr, bool qtSvg)
{
    QImage image(kSize * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QTransform view = QTransform::fromTranslate(-centre.x(), -centre.y()) * QTransform::fromScale(zoom, zoom)
                            * QTransform::fromTranslate(kSize.width() / 2.0, kSize.height() / 2.0);
    p.setWorldTransform(item->sceneTransform() * view);
    if (qtSvg) {
        const QRectF bounds = item->renderer()->boundsOnElement(item->elementId());
        item->renderer()->render(&p, item->elementId(), bounds);
    } else {
        QStyleOptionGraphicsItem option;
        option.exposedRect = view.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(kSize))) & item->boundingRect();
        item->paint(&p, &option, nullptr);
    }
    p.end();
    return image;
}

/// Pixels with at least @p alpha coverage.
int inkedPixels(const QImage &image, int alpha = 1)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(line[x]) >= alpha;
    }
    return count;
}

} // namespace

TEST(SvgLabelReader, ReadsEveryLabelOfTheAleppoMap)
{
    const QByteArray svg = aleppoSvg();
    const SvgLabelReader::Result result = SvgLabelReader::read(svg, QStringLiteral("labels"));
    ASSERT_TRUE(result.ok()) << result.unsupported.toStdString();

    // Count the <text> elements of the layer independently of the reader.
    const QString text = QString::fromUtf8(svg);
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
            EXPECT_EQ(label.fill, QColor(QStringLiteral("#3a78b5")));
        }
    }
    EXPECT_EQ(halos * 2, result.labels.size()) << "every label has its halo";
    EXPECT_TRUE(sawQueiq) << "the river's name is in the label layer";
}

TEST(SvgLabelReader, ReadsTransformsAnchorsAndCollapsesSpace)
{
    const QByteArray svg = svgWithLayer(
        "<g id=\"labels\"><g transform=\"matrix(0.5 0 0 0.5 10 20)\"><text font-size=\"100\" "
        "font-family=\"DejaVu Sans\" text-anchor=\"end\" font-weight=\"bold\" fill=\"#123456\">  Bab\n   al-Hadid "
        "<tspan font-family=\"Noto Sans CJK TC\">巴卜</tspan>  </text></g>"
        "<text x=\"5\" y=\"6\" font-size=\"12\" font-family=\"DejaVu Sans\" fill=\"#fff\">x</text></g>");
    const SvgLabelReader::Result result = SvgLabelReader::read(svg, QStringLiteral("labels"));
    ASSERT_TRUE(result.ok()) << result.unsupported.toStdString();
    ASSERT_EQ(result.labels.size(), 2);
    const MapLabel &a = result.labels.at(0);
    EXPECT_EQ(a.transform, QTransform(0.5, 0, 0, 0.5, 10, 20));
    EXPECT_EQ(a.anchor, MapLabel::Anchor::End);
    EXPECT_EQ(a.weight, QFont::Bold);
    EXPECT_EQ(a.text(), QStringLiteral("Bab al-Hadid 巴卜"));
    EXPECT_FALSE(a.stroke.isValid());
    const MapLabel &b = result.labels.at(1);
    EXPECT_EQ(b.position, QPointF(5, 6));
    EXPECT_DOUBLE_EQ(b.fontSize, 12.0);
    EXPECT_EQ(b.fill, QColor(Qt::white));
    EXPECT_TRUE(b.transform.isIdentity());
}

TEST(SvgLabelReader, RefusesWhatItCannotDrawExactly)
{
    const QByteArray text = "<text font-size=\"10\" font-family=\"DejaVu Sans\" fill=\"#000000\">a</text>";
    const struct
    {
        const char *what;
        QByteArray svg;
    } cases[] = {
        {"a shape in the layer", svgWithLayer("<g id=\"labels\">" + text + "<rect width=\"1\" height=\"1\"/></g>")},
        {"a style attribute", svgWithLayer("<g id=\"labels\"><text style=\"fill:red\" font-family=\"A\">a</text></g>")},
        {"a tspan with dx", svgWithLayer("<g id=\"labels\"><text font-family=\"A\">a<tspan dx=\"3\">b</tspan></text></g>")},
        {"a transform on the layer", svgWithLayer("<g id=\"labels\" transform=\"scale(2)\">" + text + "</g>")},
        {"a viewBox not at 0 0", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"5 0 100 100\"><g id=\"labels\">"
                                     + text + "</g></svg>"},
        {"a font-family list", svgWithLayer("<g id=\"labels\"><text font-family=\"A, B\">a</text></g>")},
        {"a named colour", svgWithLayer("<g id=\"labels\"><text font-family=\"A\" fill=\"red\">a</text></g>")},
        {"two texts in one group",
         svgWithLayer("<g id=\"labels\"><g transform=\"matrix(1 0 0 1 0 0)\">" + text + text + "</g></g>")},
        {"a skewing transform that cannot be read",
         svgWithLayer("<g id=\"labels\"><g transform=\"matrix(1 0 0)\">" + text + "</g></g>")},
        {"broken XML", svgWithLayer("<g id=\"labels\"><text font-family=\"A\">a</g>")},
    };
    for (const auto &c : cases) {
        const SvgLabelReader::Result result = SvgLabelReader::read(c.svg, QStringLiteral("labels"));
        EXPECT_FALSE(result.ok()) << c.what;
        EXPECT_FALSE(result.unsupported.isEmpty()) << c.what;
        EXPECT_TRUE(result.labels.isEmpty()) << c.what;
    }
    const SvgLabelReader::Result missing = SvgLabelReader::read(svgWithLayer("<g id=\"base\"/>"), QStringLiteral("labels"));
    EXPECT_FALSE(missing.found);
    EXPECT_FALSE(missing.ok());
}

TEST(MapScene, AnUnreadableLabelLayerFallsBackToQtSvg)
{
    // A map whose labels layer holds a shape: the scene still draws it, with QtSvg.
    QByteArray svg = aleppoSvg();
    const qsizetype at = svg.indexOf("<g id=\"labels\">");
    ASSERT_GT(at, 0);
    svg.insert(at + int(qstrlen("<g id=\"labels\">")), "<rect x=\"1\" y=\"1\" width=\"5\" height=\"5\" fill=\"#ff0000\"/>");
    const SvgLabelReader::Result result = SvgLabelReader::read(svg, QStringLiteral("labels"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.unsupported.contains(QStringLiteral("<rect>"))) << result.unsupported.toStdString();
}

TEST(LabelLayer, MatchesQtSvgAtEveryZoomAndPixelRatio)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    LabelLayerItem *labels = labelLayer(*scene);
    ASSERT_NE(labels, nullptr);
    const QPointF citadel = scene->projection().toMap(QGeoCoordinate(36.1993, 37.1626));
    int hanano = -1;
    for (int i = 0; i < labels->labels().size(); ++i) {
        if (labels->labels().at(i).text() == QStringLiteral("Hanano"))
            hanano = i;
    }
    ASSERT_GE(hanano, 0);
    // 0.45 is the fitting zoom of a 1500x950 window; at 30 the glyphs are
    // filled and stroked outlines, as QtSvg draws them.
    for (const double zoom : {0.45, 0.75, 1.5, 3.0, 30.0}) {
        for (const double dpr : {1.0, 2.0}) {
            const QPointF centre = zoom < 0.5   ? scene->mapRect().center()
                                   : zoom < 10 ? citadel
                                               : labels->labelBounds(hanano).center();
            const QImage qtSvg = paintLabels(labels, zoom, centre, dpr, true);
            const QImage ours = paintLabels(labels, zoom, centre, dpr, false);
            const int inked = inkedPixels(qtSvg);
            ASSERT_GT(inked, 1000) << "zoom " << zoom;
            // Everything within one pixel of QtSvg's drawing but anti-aliased
            // edge pixels: glyph images against filled outlines, and halos of
            // whole-pixel offsets against strokes. Measured: at most 1.8% of
            // the inked pixels (fitting zoom, pixel ratio 1), 0.3% at 3x.
            const int beyond = MapTest::pixelsBeyondOnePixel(qtSvg, ours, 48);
            const int missing = MapTest::pixelsBeyondOnePixel(ours, qtSvg, 48);
            EXPECT_LT(beyond, inked * 0.025) << "zoom " << zoom << ", dpr " << dpr << ": " << beyond << " of " << inked;
            EXPECT_LT(missing, inked * 0.025) << "zoom " << zoom << ", dpr " << dpr << ": " << missing << " of " << inked;
            // About as much solid ink: the halos are as wide as QtSvg's strokes
            // (measured: 4.9% more at the fitting zoom, where the halo passes
            // make small glyphs' halos a little more solid than a stroke).
            const int solid = inkedPixels(qtSvg, 128);
            EXPECT_NEAR(inkedPixels(ours, 128), solid, solid * 0.06) << "zoom " << zoom << ", dpr " << dpr;
            const LabelLayerItem::PaintStats &stats = labels->lastPaint();
            EXPECT_GT(stats.labels, 0);
            EXPECT_FALSE(stats.svg);
            if (zoom * dpr <= 1.0)
                EXPECT_EQ(stats.offset, stats.labels) << "small labels come from the glyph cache, zoom " << zoom;
            if (zoom >= 30)
                EXPECT_EQ(stats.vector, stats.labels) << "large labels are filled and stroked outlines";
            std::printf("zoom %.2f dpr %.0f: %d inked, %d and %d beyond one pixel, %d/%d/%d labels offset/vector\n",
                        zoom, dpr, inked, beyond, missing, stats.offset, stats.vector, stats.labels);
        }
    }
}

TEST(LabelLayer, ViewSkipsLabelsOutsideTheWindow)
{
    MapView view;
    view.resize(900, 600);
    QString error;
    ASSERT_TRUE(view.setCampaign(MapTest::aleppo(), MapTest::aleppoTimeline(), &error)) << error.toStdString();
    LabelLayerItem *labels = labelLayer(*view.mapScene());
    ASSERT_NE(labels, nullptr);
    view.grab();
    const int all = labels->lastPaint().labels;
    EXPECT_EQ(all, labels->labels().size()) << "the fitted map shows every label";
    view.setZoomFactor(view.fitZoomFactor() * 8);
    view.grab();
    EXPECT_GT(labels->lastPaint().labels, 0);
    EXPECT_LT(labels->lastPaint().labels, all / 4) << "labels outside the window are skipped";
}

namespace {

enum class Ink { Other, Halo, Text };

Ink inkOf(const MapLabel &l)
{
    if (l.stroke.isValid())
        return l.fill == l.stroke ? Ink::Halo : Ink::Other;
    return l.fill.isValid() ? Ink::Text : Ink::Other;
}

/// Whether painting @p a and @p b in either order gives the same pixels wherever they overlap.
bool commute(const MapLabel &a, const MapLabel &b)
{
    const Ink ink = inkOf(a);
    if (ink == Ink::Other || inkOf(b) != ink)
        return false;
    return ink == Ink::Halo ? a.stroke == b.stroke : a.fill == b.fill;
}

/// The glyphs' size on the map: the font size times the label's own scale.
double labelSize(const MapLabel &l)
{
    return l.fontSize * std::sqrt(std::abs(l.transform.determinant()));
}

/// How often the size changes from one label to the next, painted in @p order.
int sizeChanges(const QList<MapLabel> &labels, const QList<int> &order)
{
    int changes = 0;
    for (qsizetype i = 1; i < order.size(); ++i)
        changes += labelSize(labels.at(order.at(i))) != labelSize(labels.at(order.at(i - 1)));
    return changes;
}

} // namespace

TEST(LabelLayer, PaintOrderGroupsSizesAndKeepsWhatOverlapsInOrder)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    LabelLayerItem *item = labelLayer(*scene);
    ASSERT_NE(item, nullptr);
    const QList<MapLabel> &labels = item->labels();
    QList<int> all;
    for (int i = 0; i < labels.size(); ++i)
        all.append(i);
    const QList<int> order = item->paintOrder(all);

    QList<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    ASSERT_EQ(sorted, all) << "every label is painted once";

    QList<int> position(labels.size(), -1);
    for (int i = 0; i < order.size(); ++i)
        position[order.at(i)] = i;
    int overlapping = 0;
    for (int a = 0; a < labels.size(); ++a) {
        for (int b = a + 1; b < labels.size(); ++b) {
            if (commute(labels.at(a), labels.at(b)) || !item->labelBounds(a).intersects(item->labelBounds(b)))
                continue;
            ++overlapping;
            EXPECT_LT(position.at(a), position.at(b))
                << labels.at(a).text().toStdString() << " is painted under " << labels.at(b).text().toStdString();
        }
    }
    EXPECT_GT(overlapping, 100) << "each text lies on its halo, and neighbours touch";

    std::set<double> sizes;
    for (const MapLabel &l : labels)
        sizes.insert(labelSize(l));
    ASSERT_GT(sizes.size(), 10u) << "more sizes than Qt keeps glyph images for";
    const int documentChanges = sizeChanges(labels, all);
    const int orderChanges = sizeChanges(labels, order);
    std::printf("%d sizes; size changes: %d in document order, %d in paint order\n", int(sizes.size()),
                documentChanges, orderChanges);
    // Halos, then texts, in one colour each, would go through the sizes twice;
    // a text held back by a neighbour's halo of another size adds a change.
    EXPECT_LE(orderChanges, int(sizes.size()) * 3);
    EXPECT_LT(orderChanges * 4, documentChanges);
}

TEST(LabelLayer, PaintOrderKeepsOverlappingTextsOfTwoColoursInOrder)
{
    // A large dark text written first, a small red one on it, and a small dark
    // one apart from both. The small ones come first by size, but the red one
    // must stay over the large one; the small dark one may go first.
    const QByteArray svg = svgWithLayer(
        "<g id=\"labels\">"
        "<g transform=\"matrix(0.2 0 0 0.2 10 50)\"><text font-size=\"100\" font-family=\"DejaVu Sans\" "
        "fill=\"#202020\">Large</text></g>"
        "<g transform=\"matrix(0.1 0 0 0.1 12 48)\"><text font-size=\"100\" font-family=\"DejaVu Sans\" "
        "fill=\"#c00000\">red</text></g>"
        "<g transform=\"matrix(0.1 0 0 0.1 10 90)\"><text font-size=\"100\" font-family=\"DejaVu Sans\" "
        "fill=\"#202020\">apart</text></g>"
        "</g>");
    const SvgLabelReader::Result result = SvgLabelReader::read(svg, QStringLiteral("labels"));
    ASSERT_TRUE(result.ok()) << result.unsupported.toStdString();
    LabelLayerItem item(result.labels, nullptr, QStringLiteral("labels"));
    ASSERT_TRUE(item.labelBounds(0).intersects(item.labelBounds(1)));
    ASSERT_FALSE(item.labelBounds(2).intersects(item.labelBounds(0)));
    ASSERT_FALSE(item.labelBounds(2).intersects(item.labelBounds(1)));
    EXPECT_EQ(item.paintOrder({0, 1, 2}), QList<int>({2, 0, 1}));
    // Of one colour, overlapping texts may swap: the smaller one goes first.
    const SvgLabelReader::Result same = SvgLabelReader::read(QByteArray(svg).replace("#c00000", "#202020"),
                                                             QStringLiteral("labels"));
    ASSERT_TRUE(same.ok());
    LabelLayerItem sameItem(same.labels, nullptr, QStringLiteral("labels"));
    EXPECT_EQ(sameItem.paintOrder({0, 1, 2}), QList<int>({1, 2, 0}));
}
