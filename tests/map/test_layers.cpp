// The SVG layers: painted from a vector recording, identical to what QtSvg
// draws directly, at every zoom and device pixel ratio.
#include "maprenderer.h"
#include "mapscene.h"
#include "mapview.h"
#include "maptestsupport.h"
#include "svglayeritem.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsSvgItem>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QSvgRenderer>

#include <gtest/gtest.h>

namespace {

constexpr QSize kSize(600, 400);

/// The view's render hints.
constexpr QPainter::RenderHints kHints =
    QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform;

/// Paints @p item as a view would at @p zoom (pixels per map unit), with the map point @p centre in the middle.
QImage paintLayer(SvgLayerItem *item, double zoom, const QPointF &centre, double dpr, bool direct)
{
    QImage image(kSize * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHints(kHints);
    const QTransform view = QTransform::fromTranslate(-centre.x(), -centre.y()) * QTransform::fromScale(zoom, zoom)
                            * QTransform::fromTranslate(kSize.width() / 2.0, kSize.height() / 2.0);
    p.setWorldTransform(item->sceneTransform() * view);
    QStyleOptionGraphicsItem option;
    option.exposedRect = (item->sceneTransform() * view)
                             .inverted()
                             .mapRect(QRectF(QPointF(0, 0), QSizeF(kSize)))
                             .intersected(item->boundingRect());
    if (direct) {
        // What QGraphicsSvgItem paints: the element mapped onto QtSvg's own bounds of it.
        const QRectF svgBounds = item->QGraphicsSvgItem::boundingRect();
        if (item->elementId().isEmpty())
            item->renderer()->render(&p, svgBounds);
        else
            item->renderer()->render(&p, item->elementId(), svgBounds);
    } else {
        item->paint(&p, &option, nullptr);
    }
    p.end();
    return image;
}

/// Pixels of @p b outside the range of @p a's 3x3 neighbourhood (per channel, plus
/// @p slack levels): content moved by less than a pixel passes, anything
/// missing, added, recoloured or moved further does not.
int pixelsBeyondOnePixel(const QImage &a, const QImage &b, int slack = 8)
{
    int count = 0;
    const int w = a.width();
    const int h = a.height();
    for (int y = 0; y < h; ++y) {
        const auto *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        const auto *same = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            if (lb[x] == same[x])
                continue;
            int lo[4] = {255, 255, 255, 255};
            int hi[4] = {0, 0, 0, 0};
            for (int dy = std::max(0, y - 1); dy <= std::min(h - 1, y + 1); ++dy) {
                const auto *la = reinterpret_cast<const QRgb *>(a.constScanLine(dy));
                for (int dx = std::max(0, x - 1); dx <= std::min(w - 1, x + 1); ++dx) {
                    const int c[4] = {qRed(la[dx]), qGreen(la[dx]), qBlue(la[dx]), qAlpha(la[dx])};
                    for (int k = 0; k < 4; ++k) {
                        lo[k] = std::min(lo[k], c[k]);
                        hi[k] = std::max(hi[k], c[k]);
                    }
                }
            }
            const int v[4] = {qRed(lb[x]), qGreen(lb[x]), qBlue(lb[x]), qAlpha(lb[x])};
            for (int k = 0; k < 4; ++k) {
                if (v[k] < lo[k] - slack || v[k] > hi[k] + slack) {
                    ++count;
                    break;
                }
            }
        }
    }
    return count;
}

int differentPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *la = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            count += la[x] != lb[x];
    }
    return count;
}

SvgLayerItem *layer(const MapScene &scene, const QString &id)
{
    for (QGraphicsSvgItem *item : scene.layerItems()) {
        if (item->elementId() == id)
            return dynamic_cast<SvgLayerItem *>(item);
    }
    return nullptr;
}

} // namespace

TEST(SvgLayers, ReplayMatchesQtSvgAtEveryZoomAndPixelRatio)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    ASSERT_FALSE(scene->layerItems().isEmpty());
    const QPointF citadel = scene->projection().toMap(QGeoCoordinate(36.1993, 37.1626));
    for (QGraphicsSvgItem *svgItem : scene->layerItems()) {
        auto *item = dynamic_cast<SvgLayerItem *>(svgItem);
        ASSERT_NE(item, nullptr) << "every layer is an SvgLayerItem";
        for (const double zoom : {0.3, 1.0, 8.0, 30.0}) {
            for (const double dpr : {1.0, 2.0}) {
                const QPointF centre = zoom < 0.5 ? scene->mapRect().center() : citadel;
                const QImage direct = paintLayer(item, zoom, centre, dpr, true);
                const QImage replayed = paintLayer(item, zoom, centre, dpr, false);
                EXPECT_TRUE(item->lastPaintReplayed()) << item->elementId().toStdString();
                // The same drawing to within a fraction of a pixel: the
                // replay composes transforms in another order, and fills halo
                // outlines stroked once, when recording, where QPainter
                // strokes them anew at each scale.
                EXPECT_EQ(pixelsBeyondOnePixel(direct, replayed), 0)
                    << item->elementId().toStdString() << " at zoom " << zoom << ", dpr " << dpr << " ("
                    << differentPixels(direct, replayed) << " pixels differ at all)";
                EXPECT_EQ(pixelsBeyondOnePixel(replayed, direct), 0)
                    << item->elementId().toStdString() << " at zoom " << zoom << ", dpr " << dpr;
            }
        }
        EXPECT_EQ(item->recordCount(), 1) << "recorded once (when built), replayed at every zoom and pixel ratio";
    }
}

TEST(SvgLayers, RecordedOnceWhenBuiltAndNeverPixmapCached)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    SvgLayerItem *labels = layer(*scene, QStringLiteral("labels"));
    ASSERT_NE(labels, nullptr);
    EXPECT_EQ(labels->cacheMode(), QGraphicsItem::NoCache);
    EXPECT_EQ(labels->recordCount(), 1) << "the scene reads the SVG once, when it is built";

    // A view at two zooms, a PNG export: all replay the one recording.
    MapView view;
    view.resize(900, 600);
    QString error;
    ASSERT_TRUE(view.setCampaign(MapTest::aleppo(), MapTest::aleppoTimeline(), &error)) << error.toStdString();
    auto *viewLabels = layer(*view.mapScene(), QStringLiteral("labels"));
    ASSERT_NE(viewLabels, nullptr);
    view.grab();
    EXPECT_TRUE(viewLabels->lastPaintReplayed());
    EXPECT_GT(viewLabels->lastReplayCount(), 0);
    const int all = viewLabels->lastReplayCount();
    view.setZoomFactor(view.fitZoomFactor() * 8);
    view.grab();
    EXPECT_TRUE(viewLabels->lastPaintReplayed());
    EXPECT_LT(viewLabels->lastReplayCount(), all) << "labels outside the window are skipped";
    MapRenderer::Options options;
    MapRenderer::renderImage(*view.mapScene(), options);
    EXPECT_TRUE(viewLabels->lastPaintReplayed());
    EXPECT_EQ(viewLabels->recordCount(), 1) << "recorded once, replayed at every zoom";
}

TEST(SvgLayers, BoundingRectCoversEverythingDrawn)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    for (QGraphicsSvgItem *svgItem : scene->layerItems()) {
        auto *item = dynamic_cast<SvgLayerItem *>(svgItem);
        ASSERT_NE(item, nullptr);
        // QtSvg straight onto a large image with room around the item.
        const QRectF svgBounds = item->QGraphicsSvgItem::boundingRect();
        const QRectF area = scene->mapRect().adjusted(-200, -200, 200, 200);
        QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHints(SvgLayerItem::kViewRenderHints);
        p.setWorldTransform(item->sceneTransform() * QTransform::fromTranslate(-area.left(), -area.top()));
        if (item->elementId().isEmpty())
            item->renderer()->render(&p, svgBounds);
        else
            item->renderer()->render(&p, item->elementId(), svgBounds);
        p.end();
        QRect inked;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(line[x]))
                    inked |= QRect(x, y, 1, 1);
            }
        }
        ASSERT_FALSE(inked.isEmpty()) << item->elementId().toStdString();
        const QRectF drawn = QRectF(inked).translated(area.topLeft());
        const QRectF bounds = item->sceneBoundingRect().adjusted(-1, -1, 1, 1);
        EXPECT_TRUE(bounds.contains(drawn)) << item->elementId().toStdString() << ": drawn " << drawn.left() << ","
                                            << drawn.top() << " " << drawn.width() << "x" << drawn.height();
    }
}

TEST(SvgLayers, VectorExportsPaintThroughQtSvg)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    SvgLayerItem *labels = layer(*scene, QStringLiteral("labels"));
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
    EXPECT_FALSE(labels->lastPaintReplayed()) << "an SVG export gets what QtSvg draws, not a replay";
    EXPECT_GT(buffer.size(), 1000);
}

TEST(SvgLayers, KeptFrameRepaintsWhatChanged)
{
    // A view painted whole again and again keeps its frame and paints again
    // only what changed: after a day step it shows what a new view shows.
    const auto paintWhole = [](MapView &view) {
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        static_cast<QWidget &>(view).render(&painter);
        painter.end();
        return image;
    };
    const auto makeView = [](QDate date) {
        auto view = std::make_unique<MapView>();
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->resize(900, 600);
        QString error;
        EXPECT_TRUE(view->setCampaign(MapTest::aleppo(), MapTest::aleppoTimeline(), &error)) << error.toStdString();
        view->setDate(date);
        view->show();
        QCoreApplication::processEvents();
        view->fitToWindow();
        return view;
    };
    const std::unique_ptr<MapView> kept = makeView(QDate(2016, 11, 25));
    for (int i = 0; i < 4; ++i)
        paintWhole(*kept); // from the third whole paint on, the frame is kept
    for (const QDate date : {QDate(2016, 11, 26), QDate(2016, 11, 27), QDate(2016, 12, 13)}) {
        kept->setDate(date);
        kept->setSelectedDistrict(QStringLiteral("hanano"));
        const QImage fromFrame = paintWhole(*kept);
        const std::unique_ptr<MapView> fresh = makeView(date);
        fresh->setSelectedDistrict(QStringLiteral("hanano"));
        const QImage direct = paintWhole(*fresh);
        EXPECT_EQ(pixelsBeyondOnePixel(direct, fromFrame), 0) << date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(pixelsBeyondOnePixel(fromFrame, direct), 0) << date.toString(Qt::ISODate).toStdString();
    }
}
