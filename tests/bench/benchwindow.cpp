#include "benchwindow.h"

#include "eventpanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "timelinecontroller.h"
#include "viewersession.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <benchmark/benchmark.h>

namespace {

constexpr QSize kWindow(1600, 1000);

/// Counts paint events delivered anywhere in the application.
class PaintCounter : public QObject
{
public:
    int total = 0;
    int map = 0;
    QObject *mapViewport = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++total;
            if (watched == mapViewport)
                ++map;
        }
        return false;
    }
};

// Delivers what a day step posted (the update requests of the map, the
// timeline and the panels) until a pass paints nothing more: what the window
// system would do before the next input event. This is the path a user sees:
// Qt's backing store and the view's partial viewport updates decide what is
// repainted, not the benchmark.
void settle(PaintCounter &counter)
{
    for (int pass = 0; pass < 50; ++pass) {
        const int before = counter.total;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (counter.total == before && pass > 0)
            return;
    }
}

/// How the day steps come: back to back, as a scrub; or one at a time, as key presses.
enum class Pace {
    Scrub,
    LoneSteps,
};

// One day step in a shown, laid-out 1600x1000 main window (offscreen
// platform): the timeline controller steps, every widget bound to it reacts
// as in the viewer, and events are processed until the window has painted.
void BM_ScrubOnScreen(benchmark::State &state, const CampaignSource &source, bool analysisDocks, Pace pace)
{
    const std::shared_ptr<const Campaign> campaign = source();
    LanguageManager language;
    ViewerSession session;
    MainWindow window(&session, &language);
    session.setCampaign(campaign);
    window.resize(kWindow);
    // The analysis panels follow the date too: the Territory chart and the District strips.
    if (analysisDocks) {
        for (const char *name : {"territoryDock", "districtStripsDock"}) {
            if (auto *dock = window.findChild<QDockWidget *>(QLatin1String(name)))
                dock->show();
        }
    }
    window.show();
    PaintCounter counter;
    counter.mapViewport = window.mapView()->viewport();
    qApp->installEventFilter(&counter);
    // The first frames (fonts, labels, panels) are start-up, not scrubbing.
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    settle(counter);
    if (window.mapView()->viewport()->width() < 800) {
        state.SkipWithError("the map was not laid out");
        qApp->removeEventFilter(&counter);
        return;
    }
    TimelineController *controller = session.controller();
    const int paintsBefore = counter.total;
    const int mapPaintsBefore = counter.map;
    for (auto _ : state) {
        // A pause longer than a scrub's steps (untimed) before each step: On
        // this date then follows the step at once, as it does a key press.
        if (pace == Pace::LoneSteps) {
            state.PauseTiming();
            QElapsedTimer pause;
            pause.start();
            while (pause.elapsed() < EventPanel::kFollowIntervalMs + 10)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            state.ResumeTiming();
        }
        if (controller->currentDate() == controller->end())
            controller->setCurrentDate(controller->start());
        else
            controller->stepDays(1);
        settle(counter);
    }
    qApp->removeEventFilter(&counter);
    const double steps = double(state.iterations());
    state.counters["paints/step"] = double(counter.total - paintsBefore) / steps;
    state.counters["map paints/step"] = double(counter.map - mapPaintsBefore) / steps;
    state.counters["districts"] = double(campaign->districts.size());
}

} // namespace

void registerWindowBenchmarks(const CampaignSource &aleppo, const CampaignSource &large)
{
    benchmark::RegisterBenchmark("BM_ScrubOnScreen/aleppo", BM_ScrubOnScreen, aleppo, false, Pace::Scrub)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_ScrubOnScreen/aleppo/analysis-docks", BM_ScrubOnScreen, aleppo, true, Pace::Scrub)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_ScrubOnScreen/1000", BM_ScrubOnScreen, large, false, Pace::Scrub)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    // One step at a time (a pause before each): what a single key press costs.
    benchmark::RegisterBenchmark("BM_ScrubOnScreen/aleppo/lone-steps", BM_ScrubOnScreen, aleppo, false, Pace::LoneSteps)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(40);
    benchmark::RegisterBenchmark("BM_ScrubOnScreen/1000/lone-steps", BM_ScrubOnScreen, large, false, Pace::LoneSteps)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(40);
}
