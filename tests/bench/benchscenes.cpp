#include "benchscenes.h"

#include "controltimeline.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "mapview.h"
#include "timelinecontroller.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>

namespace {

constexpr QSize kFrame(1600, 1000);

// One day step as the viewer does it: the controller's date changes, the view
// (bound to the controller exactly as MainWindow binds it) restyles what
// changed, and the whole view is painted into a 1600x1000 image offscreen.
//
// The view is shown (never on screen), as in the viewer: a hidden widget is
// not laid out, so its viewport would keep its default size and the fitted
// map would not be centred in it. QWidget::render paints it the way the
// window system does (QGraphicsView::paintEvent with the view's render hints,
// then the legend and the zoom buttons); QGraphicsView::render, which
// `view.render()` would call, draws the scene without them.
void BM_ScrubFrame(benchmark::State &state, const CampaignSource &source)
{
    const std::shared_ptr<const Campaign> campaign = source();
    auto timeline = std::make_shared<const ControlTimeline>(campaign);
    MapView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(kFrame);
    QString error;
    if (!view.setCampaign(campaign, timeline, &error)) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    TimelineController controller;
    QObject::connect(&controller, &TimelineController::currentDateChanged, &view, &MapView::setDate);
    controller.setRange(campaign->start, campaign->end);
    view.show();
    QCoreApplication::processEvents();
    view.fitToWindow();
    if (view.viewport()->size() != kFrame) {
        state.SkipWithError("the view was not laid out at 1600x1000");
        return;
    }
    QWidget &widget = view;
    QImage image(kFrame, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        if (controller.currentDate() == controller.end())
            controller.setCurrentDate(controller.start());
        else
            controller.stepDays(1);
        QPainter painter(&image);
        widget.render(&painter);
        painter.end();

        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["districts"] = double(campaign->districts.size());
}

void BM_RenderFull(benchmark::State &state, const CampaignSource &source)
{
    const std::shared_ptr<const Campaign> campaign = source();
    auto timeline = std::make_shared<const ControlTimeline>(campaign);
    MapView view; // builds the scene exactly as the viewer does
    QString error;
    if (!view.setCampaign(campaign, timeline, &error)) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    view.setDate(QDate(2016, 11, 27));
    MapRenderer::Options options;
    options.date = view.date();
    options.size = kFrame;
    for (auto _ : state) {
        const QImage image = MapRenderer::renderImage(*view.mapScene(), options);
        benchmark::DoNotOptimize(image.constBits());
    }
}

} // namespace

void registerSceneBenchmarks(const CampaignSource &aleppo, const CampaignSource &large)
{
    benchmark::RegisterBenchmark("BM_ScrubFrame/aleppo", BM_ScrubFrame, aleppo)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_ScrubFrame/1000", BM_ScrubFrame, large)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_RenderFull/aleppo", BM_RenderFull, aleppo)->Unit(benchmark::kMillisecond);
}
