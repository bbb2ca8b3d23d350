// BM_ExportAnimation/aleppo: the whole campaign as a 1280x720 H.264 clip at 4
// frames per day, rendering and encoding together, as --export-animation does.
// BM_ExportAnimationInBackground/aleppo: the same clip written by the viewer's
// AnimationExportJob (a worker thread) while the UI thread runs its event
// loop: the longest the UI thread went without handling a 5 ms timer.
#include "benchexport.h"

#include "animationexporter.h"
#include "animationexportjob.h"
#include "controltimeline.h"
#include "mapscene.h"
#include "mapsources.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <benchmark/benchmark.h>

#include <algorithm>

namespace {

void BM_ExportAnimation(benchmark::State &state, const CampaignSource &source)
{
    const std::shared_ptr<const Campaign> campaign = source();
    auto timeline = std::make_shared<const ControlTimeline>(campaign);
    QTemporaryDir dir;
    AnimationExporter::Options options;
    options.from = campaign->start;
    options.to = campaign->end;
    options.framesPerDay = 4;
    options.size = QSize(1280, 720);
    const int frames = AnimationExporter::frameCount(options);
    // The renderer's scene is built once, as the command line builds it once.
    AnimationExporter exporter(campaign, timeline);
    for (auto _ : state) {
        if (!exporter.exportTo(dir.filePath(QStringLiteral("clip.mp4")), options)) {
            state.SkipWithError(exporter.errorString().toStdString().c_str());
            return;
        }
    }
    state.counters["frames"] = frames;
    state.counters["frames_per_second"] = benchmark::Counter(double(frames) * double(state.iterations()),
                                                             benchmark::Counter::kIsRate);
}

void BM_ExportAnimationInBackground(benchmark::State &state, const CampaignSource &source)
{
    const std::shared_ptr<const Campaign> campaign = source();
    auto timeline = std::make_shared<const ControlTimeline>(campaign);
    auto sources = std::make_shared<const MapSources>(MapScene::loadSources(*campaign));
    QTemporaryDir dir;
    AnimationExporter::Options options;
    options.from = campaign->start;
    options.to = campaign->end;
    options.size = QSize(1280, 720);
    qint64 longest = 0;
    for (auto _ : state) {
        AnimationExportJob job(campaign, timeline, sources);
        QEventLoop loop;
        QObject::connect(&job, &AnimationExportJob::finished, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        qint64 last = 0;
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        clock.start();
        tick.start();
        job.start(dir.filePath(QStringLiteral("clip.mp4")), options);
        loop.exec();
    }
    state.counters["ui_longest_stall_ms"] = double(longest);
    state.counters["frames_per_second"] = benchmark::Counter(double(AnimationExporter::frameCount(options))
                                                                 * double(state.iterations()),
                                                             benchmark::Counter::kIsRate);
}

} // namespace

void registerExportBenchmarks(const CampaignSource &aleppo)
{
    benchmark::RegisterBenchmark("BM_ExportAnimation/aleppo", BM_ExportAnimation, aleppo)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_ExportAnimationInBackground/aleppo", BM_ExportAnimationInBackground, aleppo)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
}
