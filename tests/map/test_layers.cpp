// The SVG layers: painted from a vector recording, identical to what QtSvg
// draws directly, at every zoom and device pixel ratio.
#include "campaignloader.h"
#include "labellayeritem.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "mapview.h"
#include "maptestsupport.h"
#include "svglayeritem.h"
#include "syntheticcampaign.h"

#include <QBuffer>
#include <QFile>
#include <QXmlStreamReader>
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

QGraphicsItem *layerItem(const MapScene &scene, const QString &id)
{
    for (QGraphicsItem *item : scene.layerItems()) {
        if (item->data(0).toString() == id)
            return item;
    }
    return nullptr;
}

SvgLayerItem *layer(const MapScene &scene, const QString &id)
{
    return dynamic_cast<SvgLayerItem *>(layerItem(scene, id));
}

} // namespace

TEST(SvgLayers, ReplayMatchesQtSvgAtEveryZoomAndPixelRatio)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    ASSERT_FALSE(scene->layerItems().isEmpty());
    const QPointF citadel = scene->projection().toMap(QGeoCoordinate(36.1993, 37.1626));
    int replayedLayers = 0;
    for (QGraphicsItem *layerItem : scene->layerItems()) {
        auto *item = dynamic_cast<SvgLayerItem *>(layerItem);
        if (!item) {
            // The labels are drawn from glyph runs (test_labels.cpp compares them with QtSvg).
            EXPECT_NE(dynamic_cast<LabelLayerItem *>(layerItem), nullptr);
            EXPECT_EQ(layerItem->data(0).toString(), QStringLiteral("labels"));
            continue;
        }
        ++replayedLayers;
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
                EXPECT_EQ(MapTest::pixelsBeyondOnePixel(direct, replayed), 0)
                    << item->elementId().toStdString() << " at zoom " << zoom << ", dpr " << dpr << " ("
                    << MapTest::differentPixels(direct, replayed) << " pixels differ at all)";
                EXPECT_EQ(MapTest::pixelsBeyondOnePixel(replayed, direct), 0)
                    << item->elementId().toStdString() << " at zoom " << zoom << ", dpr " << dpr;
            }
        }
        EXPECT_EQ(item->recordCount(), 1) << "recorded once (when built), replayed at every zoom and pixel ratio";
    }
    EXPECT_EQ(replayedLayers, 4) << "base, river, landmarks and furniture";
}

/// The anchor points (x, y attributes) of the texts in the top-level group @p layer of the embedded map.
QList<QPointF> textAnchors(const QString &layer)
{
    QFile file(MapTest::sourcePath(QStringLiteral("resources/campaigns/aleppo-2016/map.svg")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QPointF> anchors;
    QXmlStreamReader xml(&file);
    int depth = 0;
    int inLayer = -1; // depth of the layer's group while inside it
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("g") && xml.attributes().value(QLatin1String("id")) == layer)
                inLayer = depth;
            else if (inLayer > 0 && xml.name() == QLatin1String("text"))
                anchors.append(QPointF(xml.attributes().value(QLatin1String("x")).toDouble(),
                                       xml.attributes().value(QLatin1String("y")).toDouble()));
        } else if (xml.isEndElement()) {
            if (depth == inLayer)
                inLayer = -1;
            --depth;
        }
    }
    return anchors;
}

TEST(SvgLayers, TextIsReplayedAsQtSvgDrawsIt)
{
    // The graticule's degrees, the scale bar and the credits are QtSvg text,
    // which Qt 6.4's QtSvg draws as glyph outlines (its text format always
    // carries an outline pen) and the recording keeps as paths. The test
    // above sees them only at sizes of a few pixels; here each is looked at
    // from close up, 10 to 80 pixels tall, where text drawn elsewhere, at
    // another size or not at all differs by more than a pixel's shift.
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    int looked = 0;
    for (const QString &id : {QStringLiteral("base"), QStringLiteral("furniture")}) {
        SvgLayerItem *item = layer(*scene, id);
        ASSERT_NE(item, nullptr) << id.toStdString();
        const QList<QPointF> anchors = textAnchors(id);
        ASSERT_GE(anchors.size(), 5) << id.toStdString();
        for (const QPointF &anchor : anchors) {
            const QPointF centre = item->sceneTransform().map(anchor + QPointF(0, -4));
            for (const double zoom : {1.0, 3.0, 8.0}) {
                for (const double dpr : {1.0, 2.0}) {
                    const QImage direct = paintLayer(item, zoom, centre, dpr, true);
                    const QImage replayed = paintLayer(item, zoom, centre, dpr, false);
                    ASSERT_TRUE(item->lastPaintReplayed());
                    EXPECT_EQ(MapTest::pixelsBeyondOnePixel(direct, replayed), 0)
                        << id.toStdString() << " text at " << anchor.x() << "," << anchor.y() << ", zoom " << zoom
                        << ", dpr " << dpr << " (" << MapTest::differentPixels(direct, replayed) << " pixels differ)";
                    EXPECT_EQ(MapTest::pixelsBeyondOnePixel(replayed, direct), 0)
                        << id.toStdString() << " text at " << anchor.x() << "," << anchor.y() << ", zoom " << zoom
                        << ", dpr " << dpr;
                    ++looked;
                }
            }
        }
    }
    EXPECT_GE(looked, 6 * 25);
}

TEST(SvgLayers, RecordedOnceWhenBuiltAndNeverPixmapCached)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    SvgLayerItem *base = layer(*scene, QStringLiteral("base"));
    ASSERT_NE(base, nullptr);
    EXPECT_EQ(base->cacheMode(), QGraphicsItem::NoCache);
    EXPECT_EQ(base->recordCount(), 1) << "the scene reads the SVG once, when it is built";

    // A view at two zooms, a PNG export: all replay the one recording.
    MapView view;
    view.resize(900, 600);
    QString error;
    ASSERT_TRUE(view.setCampaign(MapTest::aleppo(), MapTest::aleppoTimeline(), &error)) << error.toStdString();
    auto *viewLabels = layer(*view.mapScene(), QStringLiteral("base"));
    ASSERT_NE(viewLabels, nullptr);
    view.grab();
    EXPECT_TRUE(viewLabels->lastPaintReplayed());
    EXPECT_GT(viewLabels->lastReplayCount(), 0);
    const int all = viewLabels->lastReplayCount();
    view.setZoomFactor(view.fitZoomFactor() * 8);
    view.grab();
    EXPECT_TRUE(viewLabels->lastPaintReplayed());
    EXPECT_LT(viewLabels->lastReplayCount(), all) << "graticule lines and degrees outside the window are skipped";
    MapRenderer::Options options;
    MapRenderer::renderImage(*view.mapScene(), options);
    EXPECT_TRUE(viewLabels->lastPaintReplayed());
    EXPECT_EQ(viewLabels->recordCount(), 1) << "recorded once, replayed at every zoom";
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
        p.setRenderHints(SvgLayerItem::kViewRenderHints);
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
        EXPECT_TRUE(bounds.contains(drawn)) << id.toStdString() << ": drawn " << drawn.left() << ","
                                            << drawn.top() << " " << drawn.width() << "x" << drawn.height();
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

namespace {

/// The whole view painted as the window system paints it.
QImage paintWhole(MapView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    static_cast<QWidget &>(view).render(&painter);
    painter.end();
    return image;
}

} // namespace

TEST(SvgLayers, KeptFrameRepaintsWhatChanged)
{
    // A view painted whole again and again keeps its frame and paints again
    // only what changed: after a day step it shows what a new view shows.
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
    paintWhole(*kept);
    kept->zoomIn();
    paintWhole(*kept);
    EXPECT_TRUE(kept->keptFrame().isNull()) << "the first paint at a geometry paints the vectors";
    paintWhole(*kept);
    ASSERT_FALSE(kept->keptFrame().isNull()) << "the second keeps the frame";
    const qint64 wholeFrame = qint64(kept->keptFrame().image().width()) * kept->keptFrame().image().height();
    EXPECT_EQ(kept->keptFrame().lastPaintedPixels(), wholeFrame);
    paintWhole(*kept);
    EXPECT_EQ(kept->keptFrame().lastPaintedPixels(), 0) << "nothing changed: nothing painted again";
    kept->fitToWindow();
    paintWhole(*kept);
    EXPECT_TRUE(kept->keptFrame().isNull()) << "a zoom drops the frame";
    paintWhole(*kept);
    ASSERT_FALSE(kept->keptFrame().isNull());
    EXPECT_EQ(kept->keptFrame().lastPaintedPixels(), wholeFrame);
    for (const QDate date : {QDate(2016, 11, 26), QDate(2016, 11, 27), QDate(2016, 12, 13)}) {
        kept->setDate(date);
        kept->setSelectedDistrict(QStringLiteral("hanano"));
        const QImage fromFrame = paintWhole(*kept);
        EXPECT_GT(kept->keptFrame().lastPaintedPixels(), 0) << "the restyled districts were painted again";
        if (date != QDate(2016, 12, 13)) // the 13th restyles most of the map
            EXPECT_LT(kept->keptFrame().lastPaintedPixels(), wholeFrame / 2) << "but not the whole map";
        const std::unique_ptr<MapView> fresh = makeView(date);
        fresh->setSelectedDistrict(QStringLiteral("hanano"));
        const QImage direct = paintWhole(*fresh);
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(direct, fromFrame), 0) << date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(fromFrame, direct), 0) << date.toString(Qt::ISODate).toStdString();
    }
}

TEST(SvgLayers, KeptFrameOfALargeCampaignMatchesFreshPaints)
{
    // 300 districts whose control keeps changing: contested stripes, dots,
    // emphasis outlines and most of the map restyled every day, composed in
    // bands on several threads. Each day the kept frame must show what a
    // new view shows.
    const QString folder = MapTest::tempDir() + QStringLiteral("/kept-frame-300");
    const QString error = SyntheticCampaign::write(folder, {300, 6000, 50, 7});
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const CampaignLoadResult loaded = CampaignLoader::load(folder);
    ASSERT_TRUE(loaded.ok()) << loaded.errorString().left(500).toStdString();
    const auto timeline = std::make_shared<const ControlTimeline>(loaded.campaign);
    const auto makeView = [&](QDate date) {
        auto view = std::make_unique<MapView>();
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->resize(1000, 700);
        QString message;
        EXPECT_TRUE(view->setCampaign(loaded.campaign, timeline, &message)) << message.toStdString();
        view->setDate(date);
        view->show();
        QCoreApplication::processEvents();
        view->fitToWindow();
        return view;
    };
    const QDate start = loaded.campaign->start.addDays(20);
    const std::unique_ptr<MapView> kept = makeView(start);
    paintWhole(*kept);
    paintWhole(*kept);
    ASSERT_FALSE(kept->keptFrame().isNull());
    int restyled = 0;
    for (int day = 1; day <= 6; ++day) {
        const QDate date = start.addDays(day);
        kept->setDate(date);
        restyled += kept->lastRestyleCount();
        if (day == 4)
            kept->setSelectedDistrict(loaded.campaign->districts.at(17).id);
        const QImage fromFrame = paintWhole(*kept);
        EXPECT_GT(kept->keptFrame().lastPaintedPixels(), 0);
        const std::unique_ptr<MapView> fresh = makeView(date);
        if (day >= 4)
            fresh->setSelectedDistrict(loaded.campaign->districts.at(17).id);
        const QImage direct = paintWhole(*fresh);
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(direct, fromFrame), 0) << date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(fromFrame, direct), 0) << date.toString(Qt::ISODate).toStdString();
    }
    EXPECT_GT(restyled, 6 * 50) << "the days restyle much of the map";
}
