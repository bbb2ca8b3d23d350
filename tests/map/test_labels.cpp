// The label layer: drawn from glyph runs, and compared with what QtSvg draws
// for the same labels (reading it: tests/core/test_svglabelreader.cpp); and
// the label rule (LabelLayerItem::placement()): which labels show at a scale,
// how large, on screen and in exports.
#include "labellayeritem.h"
#include "maploader.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "maptestsupport.h"
#include "mapview.h"
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

// A georeferenced map of 100 x 100 user units around @p layer.
QByteArray svgWithLayer(const QByteArray &layer)
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:atlas=\"urn:aleppo-atlas:map:1\" viewBox=\"0 0 100 100\" "
           "atlas:projection=\"equirectangular\" atlas:standard-parallel=\"0\" atlas:west=\"0\" atlas:east=\"1\" "
           "atlas:south=\"0\" atlas:north=\"1\">"
           + layer + "</svg>";
}

LabelLayerItem *labelLayer(const MapScene &scene)
{
    for (QGraphicsItem *item : scene.layerItems()) {
        if (auto *labels = dynamic_cast<LabelLayerItem *>(item))
            return labels;
    }
    return nullptr;
}

QString svgNumber(double v)
{
    return QString::number(v, 'g', 10);
}

/// A labels layer of the given labels written as the map generator writes them, for QtSvg.
QByteArray svgOfLabels(const QList<MapLabel> &labels)
{
    QString layer = QStringLiteral("<g id=\"labels\">");
    for (const MapLabel &l : labels) {
        const QTransform &t = l.transform;
        layer += QStringLiteral("<g transform=\"matrix(%1 %2 %3 %4 %5 %6)\"><text x=\"%7\" y=\"%8\" font-size=\"%9\"")
                     .arg(svgNumber(t.m11()), svgNumber(t.m12()), svgNumber(t.m21()), svgNumber(t.m22()),
                          svgNumber(t.dx()), svgNumber(t.dy()), svgNumber(l.position.x()), svgNumber(l.position.y()),
                          svgNumber(l.fontSize));
        // The <text>'s style is its first run's, whose text it holds (below).
        const QFont::Weight weight = l.runs.isEmpty() ? l.weight : l.runs.first().weight;
        const bool italic = l.runs.isEmpty() ? l.italic : l.runs.first().italic;
        if (weight >= QFont::DemiBold)
            layer += QStringLiteral(" font-weight=\"bold\"");
        if (italic)
            layer += QStringLiteral(" font-style=\"italic\"");
        if (l.anchor == MapLabel::Anchor::Middle)
            layer += QStringLiteral(" text-anchor=\"middle\"");
        else if (l.anchor == MapLabel::Anchor::End)
            layer += QStringLiteral(" text-anchor=\"end\"");
        layer += QStringLiteral(" fill=\"%1\"").arg(l.fill.isValid() ? l.fill.name() : QStringLiteral("none"));
        if (l.stroke.isValid())
            layer += QStringLiteral(" stroke=\"%1\" stroke-width=\"%2\" stroke-linejoin=\"round\"")
                         .arg(l.stroke.name(), svgNumber(l.strokeWidth));
        // The first run is the text's own, as the generator writes it (QtSvg drops the space that ends a <tspan>).
        if (!l.runs.isEmpty())
            layer += QStringLiteral(" font-family=\"%1\">%2")
                         .arg(l.runs.first().family, l.runs.first().text.toHtmlEscaped());
        else
            layer += QLatin1Char('>');
        for (const MapLabel::Run &run : l.runs.mid(1)) {
            layer += QStringLiteral("<tspan font-family=\"%1\"").arg(run.family);
            if ((run.weight >= QFont::DemiBold) != (weight >= QFont::DemiBold))
                layer += run.weight >= QFont::DemiBold ? QStringLiteral(" font-weight=\"bold\"")
                                                       : QStringLiteral(" font-weight=\"normal\"");
            if (run.italic != italic)
                layer += run.italic ? QStringLiteral(" font-style=\"italic\"")
                                    : QStringLiteral(" font-style=\"normal\"");
            layer += QStringLiteral(">%1</tspan>").arg(run.text.toHtmlEscaped());
        }
        layer += QStringLiteral("</text></g>");
    }
    layer += QStringLiteral("</g>");
    return svgWithLayer(layer.toUtf8());
}

/// The view's transform at @p zoom around @p centre.
QTransform viewTransform(double zoom, const QPointF &centre)
{
    return QTransform::fromTranslate(-centre.x(), -centre.y()) * QTransform::fromScale(zoom, zoom)
           * QTransform::fromTranslate(kSize.width() / 2.0, kSize.height() / 2.0);
}

/// @p item's layer as a view shows it at @p zoom around @p centre, painted by @p draw (given the
/// painter, set to the item's coordinates, and the view's transform).
template<typename Draw>
QImage paintAsViewed(const LabelLayerItem *item, double zoom, const QPointF &centre, double dpr, const Draw &draw)
{
    QImage image(kSize * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QTransform view = viewTransform(zoom, centre);
    p.setWorldTransform(item->sceneTransform() * view);
    draw(p, view);
    p.end();
    return image;
}

/// The item's own paint, of what a view at @p zoom around @p centre exposes.
QImage paintItem(LabelLayerItem *item, double zoom, const QPointF &centre, double dpr)
{
    return paintAsViewed(item, zoom, centre, dpr, [item](QPainter &p, const QTransform &view) {
        QStyleOptionGraphicsItem option;
        option.exposedRect = view.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(kSize))) & item->boundingRect();
        item->paint(&p, &option, nullptr);
    });
}

/// The label layer as a view shows it at @p zoom around @p centre: by the item, or by QtSvg
/// drawing the labels the item's rule shows at that zoom, as large as it shows them.
QImage paintLabels(LabelLayerItem *item, double zoom, const QPointF &centre, double dpr, bool qtSvg)
{
    if (!qtSvg)
        return paintItem(item, zoom, centre, dpr);
    return paintAsViewed(item, zoom, centre, dpr, [item, zoom](QPainter &p, const QTransform &) {
        QSvgRenderer renderer(svgOfLabels(item->placedLabels(zoom)));
        EXPECT_TRUE(renderer.isValid());
        renderer.render(&p, QStringLiteral("labels"), renderer.boundsOnElement(QStringLiteral("labels")));
    });
}

/// A text layer as a view shows it at @p zoom around @p centre: by the item, or by QtSvg
/// drawing the same group of the map.
QImage paintTextLayer(LabelLayerItem *item, double zoom, const QPointF &centre, double dpr, bool qtSvg)
{
    if (!qtSvg)
        return paintItem(item, zoom, centre, dpr);
    return paintAsViewed(item, zoom, centre, dpr, [item](QPainter &p, const QTransform &) {
        QSvgRenderer *renderer = item->renderer();
        renderer->render(&p, item->elementId(), renderer->boundsOnElement(item->elementId()));
    });
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

TEST(MapScene, AnUnreadableLabelLayerFallsBackToQtSvg)
{
    // A map whose labels layer holds a shape: the scene still draws it, with QtSvg.
    QByteArray svg = aleppoSvg();
    const qsizetype at = svg.indexOf("<g id=\"labels\">");
    ASSERT_GT(at, 0);
    svg.insert(at + int(qstrlen("<g id=\"labels\">")),
               "<rect x=\"1\" y=\"1\" width=\"5\" height=\"5\" fill=\"#ff0000\"/>");
    const MapLoadResult map = MapLoader::parse(svg, QStringLiteral("map.svg"));
    ASSERT_TRUE(map.ok()) << "such a layer is no problem with the map";
    EXPECT_FALSE(map.labels.ok());
    EXPECT_TRUE(map.labels.unsupported.contains(QStringLiteral("<rect>"))) << map.labels.unsupported.toStdString();
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
    // QtSvg draws the labels the rule shows, enlarged as it shows them
    // (placedLabels()), written as the map generator writes labels: the item
    // must paint the same pixels, so both the rule and the glyph painting are
    // checked. 0.45 is the fitting zoom of a 1500x950 window; at 30 the
    // glyphs are filled and stroked outlines, as QtSvg draws them.
    for (const double zoom : {0.45, 0.75, 1.5, 3.0, 30.0}) {
        for (const double dpr : {1.0, 2.0}) {
            const QPointF centre = zoom < 0.5  ? scene->mapRect().center()
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
            EXPECT_LT(missing, inked * 0.025)
                << "zoom " << zoom << ", dpr " << dpr << ": " << missing << " of " << inked;
            // About as much solid ink: the halos are as wide as QtSvg's strokes
            // (measured: 4.9% more at the fitting zoom, where the halo passes
            // make small glyphs' halos a little more solid than a stroke).
            const int solid = inkedPixels(qtSvg, 128);
            EXPECT_NEAR(inkedPixels(ours, 128), solid, solid * 0.06) << "zoom " << zoom << ", dpr " << dpr;
            const LabelLayerItem::PaintStats &stats = labels->lastPaint();
            EXPECT_GT(stats.labels, 0);
            EXPECT_FALSE(stats.svg);
            // The rule's smallest labels (12 px, a 1.5 px halo) come from the glyph cache at pixel ratio 1.
            if (zoom <= 1.0 && dpr == 1.0)
                EXPECT_EQ(stats.offset, stats.labels) << "small labels come from the glyph cache, zoom " << zoom;
            if (zoom >= 30)
                EXPECT_EQ(stats.vector, stats.labels) << "large labels are filled and stroked outlines";
            std::printf("zoom %.2f dpr %.0f: %d inked, %d and %d beyond one pixel, %d/%d/%d labels offset/vector\n",
                        zoom, dpr, inked, beyond, missing, stats.offset, stats.vector, stats.labels);
        }
    }
}

TEST(LabelLayer, DrawsEachRunInItsOwnStyleAsQtSvgDoes)
{
    // The river's name is italic and its Han run upright (the map generator
    // sets Han text upright and regular): the layer draws each run in its own
    // font, as QtSvg draws the <tspan>.
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    const LabelLayerItem *layer = labelLayer(*scene);
    ASSERT_NE(layer, nullptr);
    QList<MapLabel> river;
    for (const MapLabel &label : layer->labels()) {
        if (label.text() == QStringLiteral("Queiq 奎克河"))
            river.append(label);
    }
    ASSERT_EQ(river.size(), 2) << "the name and its halo";
    ASSERT_TRUE(river.first().italic);
    ASSERT_FALSE(river.first().runs.last().italic);
    // The same label with every run slanted: what a layer that took the text's
    // style for all its runs would draw. It must look different, or the
    // comparison below could not tell.
    QList<MapLabel> slanted = river;
    for (MapLabel &label : slanted) {
        for (MapLabel::Run &run : label.runs)
            run.italic = true;
    }
    LabelLayerItem item(river, nullptr, QStringLiteral("labels"));
    LabelLayerItem slantedItem(slanted, nullptr, QStringLiteral("labels"));
    for (const double dpr : {1.0, 2.0}) {
        constexpr double kZoom = 4.0; // the name about 48 px high
        const QPointF centre = item.boundingRect().center();
        ASSERT_EQ(item.placedLabels(kZoom).size(), 2);
        const QImage qtSvg = paintLabels(&item, kZoom, centre, dpr, true);
        const QImage ours = paintLabels(&item, kZoom, centre, dpr, false);
        const QImage wrong = paintLabels(&slantedItem, kZoom, centre, dpr, false);
        const int inked = inkedPixels(qtSvg);
        ASSERT_GT(inked, 1000);
        const int beyond = MapTest::pixelsBeyondOnePixel(qtSvg, ours, 48)
                           + MapTest::pixelsBeyondOnePixel(ours, qtSvg, 48);
        const int beyondSlanted = MapTest::pixelsBeyondOnePixel(qtSvg, wrong, 48)
                                  + MapTest::pixelsBeyondOnePixel(wrong, qtSvg, 48);
        std::printf("dpr %.0f: %d inked, %d beyond one pixel, %d with the Han run slanted\n", dpr, inked, beyond,
                    beyondSlanted);
        EXPECT_LT(beyond, inked * 0.02) << "dpr " << dpr;
        EXPECT_GT(beyondSlanted, inked * 0.05) << "dpr " << dpr;
    }
}

TEST(LabelLayer, FurnitureTextsShowAllAtTheirMapSizeAndMatchQtSvg)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    LabelLayerItem *texts = nullptr;
    for (QGraphicsItem *item : scene->layerItems()) {
        if (item->data(0).toString() == QLatin1String(MapScene::kFurnitureTextLayer))
            texts = dynamic_cast<LabelLayerItem *>(item);
    }
    ASSERT_NE(texts, nullptr) << "the generator's furniture texts are drawn from glyph runs";
    const qsizetype count = texts->labels().size();
    ASSERT_EQ(count, 25);
    // Every text at every scale, at its size on the map: no minimum size, none left out.
    // (The graticule's coordinates are 10 units high: 4.5 px at the fitting zoom, where
    // a name would be enlarged to 11 px.)
    for (const double scale : {0.05, 0.45, 1.0, 30.0}) {
        const LabelLayerItem::Placement &shown = texts->placement(scale);
        ASSERT_EQ(shown.labels.size(), count) << "scale " << scale;
        for (qsizetype k = 0; k < count; ++k) {
            EXPECT_TRUE(shown.enlarged.at(k).isIdentity());
            EXPECT_DOUBLE_EQ(shown.pixelSize.at(k), texts->labels().at(shown.labels.at(k)).fontSize * scale);
        }
    }
    // The same pixels as QtSvg's drawing of the same group, but for anti-aliased edge
    // pixels (glyph images against QtSvg's filled glyph outlines).
    // The map's bottom left corner (the graticule's coordinates) and its scale bar and captions.
    const QPointF corner(300, 1400);
    const QPointF scaleBar(1480, 1560);
    for (const double zoom : {0.45, 1.0, 3.0}) {
        for (const double dpr : {1.0, 2.0}) {
            const QPointF centre = zoom < 0.5 ? corner : scaleBar;
            const QImage qtSvg = paintTextLayer(texts, zoom, centre, dpr, true);
            const QImage ours = paintTextLayer(texts, zoom, centre, dpr, false);
            const int inked = inkedPixels(qtSvg);
            ASSERT_GT(inked, 100) << "zoom " << zoom;
            // Measured: at most 2.9% of the inked pixels at the fitting zoom (texts 4.5 px high,
            // where a glyph image and a filled outline differ most), 0.6% from zoom 1 on; there
            // the solid pixels agree within 1.3% (4.5 px glyph images are a little bolder).
            const double share = zoom < 1.0 ? 0.05 : 0.02;
            const int beyond = MapTest::pixelsBeyondOnePixel(qtSvg, ours, 48);
            const int missing = MapTest::pixelsBeyondOnePixel(ours, qtSvg, 48);
            EXPECT_LT(beyond, inked * share) << "zoom " << zoom << ", dpr " << dpr << ": " << beyond << " of " << inked;
            EXPECT_LT(missing, inked * share)
                << "zoom " << zoom << ", dpr " << dpr << ": " << missing << " of " << inked;
            const int solid = inkedPixels(qtSvg, 128);
            if (zoom >= 1.0)
                EXPECT_NEAR(inkedPixels(ours, 128), solid, solid * 0.04) << "zoom " << zoom << ", dpr " << dpr;
            EXPECT_FALSE(texts->lastPaint().svg);
            EXPECT_GT(texts->lastPaint().labels, 0);
            std::printf("furniture texts, zoom %.2f dpr %.0f: %d inked (%d solid, ours %d), %d and %d beyond one "
                        "pixel, %d labels\n",
                        zoom, dpr, inked, solid, inkedPixels(ours, 128), beyond, missing, texts->lastPaint().labels);
        }
    }
}

TEST(LabelLayer, AHaloIsItsGlyphsDrawnTwiceAtEveryPointOfTheDisc)
{
    // The definition a halo is painted by (the class comment): the label's
    // glyphs in the halo's colour, once in place and twice at each whole
    // device-pixel offset within the stroke's half width (plus half a pixel).
    // The reference draws exactly that with QPainter, glyph run by glyph run,
    // from an item holding the same label as glyphs only.
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    const LabelLayerItem *layer = labelLayer(*scene);
    ASSERT_NE(layer, nullptr);
    int tested = 0;
    for (const MapLabel &label : layer->labels()) {
        const bool halo = label.stroke.isValid() && (!label.fill.isValid() || label.fill == label.stroke);
        if (!halo || label.text() != QStringLiteral("Hanano"))
            continue;
        // On a district's orange, as the map shows it, so every blend has a colour under it.
        const QColor ground(0xe6, 0x7e, 0x22);
        MapLabel glyphsOnly = label;
        glyphsOnly.stroke = QColor();
        glyphsOnly.fill = label.stroke;
        LabelLayerItem haloItem({label}, nullptr, QStringLiteral("labels"));
        LabelLayerItem glyphItem({glyphsOnly}, nullptr, QStringLiteral("labels"));
        // Zooms and pixel ratios at which the halo is at most kMaxOffsetHaloPx wide on the device.
        for (const auto &[zoom, dpr] : {std::pair{1.0, 1.0}, {0.8, 1.0}, {1.4, 1.0}, {0.8, 2.0}}) {
            {
                const QPointF centre = haloItem.boundingRect().center();
                ASSERT_EQ(haloItem.placement(zoom).labels.size(), 1);
                ASSERT_TRUE(haloItem.placement(zoom).enlarged.first().isIdentity()) << "shown at its own size";
                const double haloPx = label.strokeWidth / 2 * std::sqrt(std::abs(label.transform.determinant())) * zoom
                                      * dpr;
                ASSERT_GT(haloPx, 0.35);
                ASSERT_LE(haloPx, LabelLayerItem::kMaxOffsetHaloPx);
                const auto paint = [&](LabelLayerItem &item, const QList<QPoint> &offsets, int times) {
                    QImage image(kSize * dpr, QImage::Format_ARGB32_Premultiplied);
                    image.setDevicePixelRatio(dpr);
                    image.fill(ground);
                    QPainter p(&image);
                    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                    const QTransform view = viewTransform(zoom, centre);
                    QStyleOptionGraphicsItem option;
                    option.exposedRect = item.boundingRect();
                    for (int pass = 0; pass < times; ++pass) {
                        for (const QPoint &d : offsets) {
                            p.setWorldTransform(item.sceneTransform() * view
                                                * QTransform::fromTranslate(d.x() / dpr, d.y() / dpr));
                            item.paint(&p, &option, nullptr);
                        }
                    }
                    return image;
                };
                QList<QPoint> disc;
                const double reach = haloPx + 0.5;
                for (int dy = -int(reach); dy <= int(reach); ++dy) {
                    for (int dx = -int(reach); dx <= int(reach); ++dx) {
                        if ((dx != 0 || dy != 0) && dx * dx + dy * dy <= reach * reach)
                            disc.append(QPoint(dx, dy));
                    }
                }
                const QImage ours = paint(haloItem, {QPoint()}, 1);
                QImage reference = paint(glyphItem, disc, 2);
                {
                    // The glyphs in place, last, over the offset copies.
                    QPainter p(&reference);
                    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                    p.setWorldTransform(glyphItem.sceneTransform() * viewTransform(zoom, centre));
                    QStyleOptionGraphicsItem option;
                    option.exposedRect = glyphItem.boundingRect();
                    glyphItem.paint(&p, &option, nullptr);
                }
                // How far each image is from the ground: the halo's ink.
                long long oursInk = 0;
                long long referenceInk = 0;
                int worst = 0;
                const auto inkOf = [&ground](QRgb c) {
                    return std::abs(qRed(c) - ground.red()) + std::abs(qGreen(c) - ground.green())
                           + std::abs(qBlue(c) - ground.blue());
                };
                for (int y = 0; y < ours.height(); ++y) {
                    const auto *a = reinterpret_cast<const QRgb *>(ours.constScanLine(y));
                    const auto *b = reinterpret_cast<const QRgb *>(reference.constScanLine(y));
                    for (int x = 0; x < ours.width(); ++x) {
                        oursInk += inkOf(a[x]);
                        referenceInk += inkOf(b[x]);
                        worst = std::max({worst, std::abs(qRed(a[x]) - qRed(b[x])),
                                          std::abs(qGreen(a[x]) - qGreen(b[x])), std::abs(qBlue(a[x]) - qBlue(b[x]))});
                    }
                }
                ASSERT_GT(referenceInk, 255 * 200) << "the halo has ink";
                // Each of the reference's blends rounds to 8 bits; the halo's one blend rounds once.
                EXPECT_NEAR(double(oursInk), double(referenceInk), referenceInk * 0.005)
                    << "zoom " << zoom << ", dpr " << dpr;
                EXPECT_LE(worst, 32) << "zoom " << zoom << ", dpr " << dpr;
                std::printf("halo zoom %.1f dpr %.0f: %.1f px, ink %lld against %lld, worst channel %d\n", zoom, dpr,
                            haloPx, oursInk, referenceInk, worst);
                ++tested;
            }
        }
    }
    EXPECT_EQ(tested, 4) << "Hanano's halo at four zooms and pixel ratios";
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
    EXPECT_EQ(labels->lastPaint().labels, labels->placement(view.zoomFactor()).labels.size())
        << "the fitted map shows every label the rule shows";
    view.setZoomFactor(view.fitZoomFactor() * 8);
    view.grab();
    const int shown = int(labels->placement(view.zoomFactor()).labels.size());
    EXPECT_GT(shown, labels->labels().size() / 2);
    EXPECT_GT(labels->lastPaint().labels, 0);
    EXPECT_LT(labels->lastPaint().labels, shown / 4) << "labels outside the window are skipped";
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
    std::printf("%d sizes; size changes: %d in document order, %d in paint order\n", int(sizes.size()), documentChanges,
                orderChanges);
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
    const SvgLabelReader::Result result = MapLoader::parse(svg, QStringLiteral("map.svg")).labels;
    ASSERT_TRUE(result.ok()) << result.unsupported.toStdString();
    LabelLayerItem item(result.labels, nullptr, QStringLiteral("labels"));
    ASSERT_TRUE(item.labelBounds(0).intersects(item.labelBounds(1)));
    ASSERT_FALSE(item.labelBounds(2).intersects(item.labelBounds(0)));
    ASSERT_FALSE(item.labelBounds(2).intersects(item.labelBounds(1)));
    EXPECT_EQ(item.paintOrder({0, 1, 2}), QList<int>({2, 0, 1}));
    // Of one colour, overlapping texts may swap: the smaller one goes first.
    const SvgLabelReader::Result same =
        MapLoader::parse(QByteArray(svg).replace("#c00000", "#202020"), QStringLiteral("map.svg")).labels;
    ASSERT_TRUE(same.ok());
    LabelLayerItem sameItem(same.labels, nullptr, QStringLiteral("labels"));
    EXPECT_EQ(sameItem.paintOrder({0, 1, 2}), QList<int>({1, 2, 0}));
}

namespace {

/// The smallest size the rule draws @p label at.
double minimumPx(const MapLabel &label)
{
    for (const QChar c : label.text()) {
        if (c.script() == QChar::Script_Han)
            return 12.0;
    }
    return 11.0;
}

/// The device box (logical pixels) of shown label @p k of @p placement: halo included, as drawn.
QRectF shownBox(const LabelLayerItem &item, const LabelLayerItem::Placement &placement, int k)
{
    const QRectF drawn = placement.enlarged.at(k).mapRect(item.inkBounds(placement.labels.at(k)));
    return QTransform::fromScale(placement.scale, placement.scale).mapRect(drawn);
}

/// Scales from a whole-map view in a small window to far inside a district.
QList<double> scales()
{
    QList<double> all;
    for (double s = 0.1; s < 40; s *= 1.15)
        all.append(s);
    return all;
}

} // namespace

TEST(LabelRule, SevenPixelNamesAreDrawnAtLeastElevenOrTwelvePixelsHigh)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    const LabelLayerItem *item = labelLayer(*scene);
    ASSERT_NE(item, nullptr);
    for (const QString &name : {QStringLiteral("Hanano"), QStringLiteral("哈納諾")}) {
        int index = -1;
        for (int i = 0; i < item->labels().size(); ++i) {
            if (item->labels().at(i).text() == name && !item->labels().at(i).stroke.isValid())
                index = i;
        }
        ASSERT_GE(index, 0) << name.toStdString();
        // The scale at which the name's glyphs are 7 px on the map's own terms.
        const double scale = 7.0 / labelSize(item->labels().at(index));
        const LabelLayerItem::Placement &placement = item->placement(scale);
        const qsizetype at = placement.labels.indexOf(index);
        ASSERT_GE(at, 0) << name.toStdString() << " is among the most important names: it shows";
        int shown = 0;
        for (int k = 0; k < placement.labels.size(); ++k) {
            const MapLabel &label = item->labels().at(placement.labels.at(k));
            // As drawn: the map size through the enlargement, in logical pixels.
            const double drawn = labelSize(label) * std::sqrt(std::abs(placement.enlarged.at(k).determinant())) * scale;
            EXPECT_GE(drawn, minimumPx(label) - 1e-9) << label.text().toStdString() << " at scale " << scale;
            EXPECT_NEAR(placement.pixelSize.at(k), drawn, 1e-6);
            ++shown;
        }
        EXPECT_GE(minimumPx(item->labels().at(index)), name == QStringLiteral("Hanano") ? 11.0 : 12.0);
        EXPECT_GT(shown, 10);
        EXPECT_LT(shown, item->labels().size()) << "at 7 px not every name fits";
    }
    // Where the map's own sizes are large enough, labels are not enlarged.
    const LabelLayerItem::Placement &large = item->placement(5.0);
    for (int k = 0; k < large.labels.size(); ++k)
        EXPECT_TRUE(large.enlarged.at(k).isIdentity()) << item->labels().at(large.labels.at(k)).text().toStdString();
}

TEST(LabelRule, ShownNamesNeverOverlapAndZoomingInShowsMoreUntilAll)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    const LabelLayerItem *item = labelLayer(*scene);
    ASSERT_NE(item, nullptr);
    QList<int> before;
    int overlapsWithin = 0;
    for (const double scale : scales()) {
        const LabelLayerItem::Placement placement = item->placement(scale);
        ASSERT_EQ(placement.scale, scale);
        for (int a = 0; a < placement.labels.size(); ++a) {
            const QRectF boxA = shownBox(*item, placement, a);
            for (int b = a + 1; b < placement.labels.size(); ++b) {
                const bool overlap = boxA.intersects(shownBox(*item, placement, b));
                if (placement.places.at(a) == placement.places.at(b)) {
                    overlapsWithin += overlap;
                    continue;
                }
                // Two halos may touch (white on white); nothing else may.
                const bool halos = item->labels().at(placement.labels.at(a)).stroke.isValid()
                                   && item->labels().at(placement.labels.at(b)).stroke.isValid();
                EXPECT_TRUE(halos || !overlap)
                    << item->labels().at(placement.labels.at(a)).text().toStdString() << " and "
                    << item->labels().at(placement.labels.at(b)).text().toStdString() << " overlap at scale " << scale;
            }
        }
        // Every label shown before is still shown.
        for (int i : std::as_const(before))
            EXPECT_TRUE(placement.labels.contains(i))
                << item->labels().at(i).text().toStdString() << " went at " << scale;
        EXPECT_GE(placement.labels.size(), before.size());
        before = placement.labels;
    }
    EXPECT_GT(overlapsWithin, 100) << "a name's text lies on its halo, its Chinese line under its English one";
    EXPECT_EQ(before.size(), item->labels().size()) << "far enough in, every label shows";
    // At the fitting zoom of a 1024x700 window only some show; more in a larger window.
    const int small = int(item->placement(0.3).labels.size());
    const int large = int(item->placement(0.55).labels.size());
    std::printf("labels shown: %d at scale 0.3, %d at 0.55, of %d\n", small, large, int(item->labels().size()));
    EXPECT_GT(small, 10);
    EXPECT_LT(small, large);
}

TEST(LabelRule, ScreenAndExportsShowTheSameLabels)
{
    for (const QSize size : {QSize(1600, 1000), QSize(1024, 700)}) {
        MapView view;
        view.resize(size);
        QString error;
        ASSERT_TRUE(view.setCampaign(MapTest::aleppo(), MapTest::aleppoTimeline(), &error)) << error.toStdString();
        LabelLayerItem *labels = labelLayer(*view.mapScene());
        ASSERT_NE(labels, nullptr);

        MapRenderer renderer(*view.mapScene());
        MapRenderer::Options options;
        options.size = size;
        const double exportScale = renderer.mapArea(options).width() / view.mapScene()->mapRect().width();
        // The window at the export's scale, the whole map in it.
        view.resize(size * 1.6);
        view.setZoomFactor(exportScale);
        view.centerOn(view.mapScene()->mapRect().center());
        view.grab();
        const LabelLayerItem::Placement &rule = labels->placement(exportScale);
        EXPECT_EQ(labels->lastPaint().labels, rule.labels.size()) << "the screen paints what the rule shows";

        // The SVG export writes the same labels (its atlas-labels group), as text.
        const QString svg = QString::fromUtf8(renderer.renderSvg(options));
        const qsizetype from = svg.indexOf(QStringLiteral("<g id=\"atlas-labels\">"));
        ASSERT_GE(from, 0);
        const QString group = svg.mid(from, svg.indexOf(QStringLiteral("</g>"), from) - from);
        QStringList exported;
        const QRegularExpression text(QStringLiteral("<text [^>]*>(.*?)</text>"));
        for (auto it = text.globalMatch(group); it.hasNext();)
            exported.append(QString(it.next().captured(1)).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        QStringList shown;
        for (int i : rule.labels)
            shown.append(labels->labels().at(i).text().toHtmlEscaped());
        std::sort(exported.begin(), exported.end());
        std::sort(shown.begin(), shown.end());
        EXPECT_EQ(exported, shown) << size.width() << "x" << size.height();
        EXPECT_LT(shown.size(), labels->labels().size()) << "at a whole-map scale some names give way";
        std::printf("%dx%d export: scale %.3f, %d of %d labels\n", size.width(), size.height(), exportScale,
                    int(shown.size()), int(labels->labels().size()));
    }
}
