// atlas-bench: the performance figures of the README, measured with Google Benchmark.
//
//   BM_LoadCampaign/aleppo       load the embedded package, article import included
//   BM_StateAt/<n>/<m>           control of every district at one date
//   BM_Stats/aleppo|<n>/<m>      territory of every day of the campaign (--stats)
//   BM_Diff/<n>/<m>              what changed between two dates (--diff's query, not its JSON), walking date pairs
//   BM_ScrubFrame/aleppo|1000    one day step, the whole view painted 1600x1000 (an animation frame)
//   BM_ScrubOnScreen/aleppo|1000 one day step in a shown 1600x1000 main window, until it has painted,
//                                steps back to back (a scrub); /lone-steps: a pause before each (key presses)
//   BM_RenderFull/aleppo         a full render of the map at 1600x1000
//   BM_ExportAnimation/aleppo    the whole campaign as a 1280x720 H.264 clip, 4 frames a day (frames/s)
//   BM_ExportAnimationInBackground/aleppo  the same in the viewer's worker thread: the UI thread's longest stall
//   BM_ExportGeoJson/1000/100000 File > Export Data… as GeoJSON: shapes read, periods built, file written
#include "benchexport.h"
#include "benchgisexport.h"
#include "benchscenes.h"
#include "benchwindow.h"
#include "campaignloader.h"
#include "controltimeline.h"
#include "districtareas.h"
#include "syntheticcampaign.h"
#include "territorystats.h"
#include "timelinediff.h"

#include <QApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

std::shared_ptr<const Campaign> loadOrDie(const QString &path)
{
    const CampaignLoadResult r = CampaignLoader::load(path);
    if (!r.ok())
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(r.errorString().left(2000)));
    return r.campaign;
}

// Synthetic packages are written once per process into a temporary folder.
std::shared_ptr<const Campaign> synthetic(int districts, int changes)
{
    static QTemporaryDir root;
    static QHash<QString, std::shared_ptr<const Campaign>> cache;
    const QString key = QStringLiteral("%1-%2").arg(districts).arg(changes);
    if (!cache.contains(key)) {
        const QString folder = root.path() + QLatin1Char('/') + key;
        const QString error = SyntheticCampaign::write(folder, {districts, changes, 500, 2016});
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        cache.insert(key, loadOrDie(folder));
    }
    return cache.value(key);
}

void BM_LoadCampaign(benchmark::State &state)
{
    for (auto _ : state) {
        const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
        benchmark::DoNotOptimize(r.campaign.get());
    }
}

void BM_StateAt(benchmark::State &state, const CampaignSource &source)
{
    const std::shared_ptr<const Campaign> campaign = source();
    const ControlTimeline timeline(campaign);
    const int days = int(campaign->start.daysTo(campaign->end)) + 1;
    int day = 0;
    for (auto _ : state) {
        // Walk the dates so that no single answer is cached by the CPU.
        const QList<ControlState> states = timeline.statesAt(campaign->start.addDays(day));
        benchmark::DoNotOptimize(states.constData());
        day = (day + 37) % days;
    }
    state.counters["districts"] = double(campaign->districts.size());
    state.counters["changes"] = double(campaign->changes.size());
}

void BM_Stats(benchmark::State &state, const CampaignSource &source)
{
    const std::shared_ptr<const Campaign> campaign = source();
    const ControlTimeline timeline(campaign);
    const DistrictAreas areas = DistrictAreas::fromCampaign(*campaign);
    for (auto _ : state) {
        const QList<DayStats> days = TerritoryStats::compute(timeline, areas, {}, {});
        benchmark::DoNotOptimize(days.constData());
    }
    state.counters["districts"] = double(campaign->districts.size());
}

void BM_Diff(benchmark::State &state, const CampaignSource &source)
{
    const std::shared_ptr<const Campaign> campaign = source();
    const ControlTimeline timeline(campaign);
    const int days = int(campaign->start.daysTo(campaign->end)) + 1;
    int a = 0;
    int b = days - 1;
    for (auto _ : state) {
        // Different pairs each time, the whole campaign among them.
        const QList<DistrictDiff> diff = TimelineDiff::compute(timeline, campaign->start.addDays(std::min(a, b)),
                                                               campaign->start.addDays(std::max(a, b)));
        benchmark::DoNotOptimize(diff.constData());
        a = (a + 17) % days;
        b = (b + 29) % days;
    }
}

void registerAll()
{
    benchmark::RegisterBenchmark("BM_LoadCampaign/aleppo", BM_LoadCampaign)->Unit(benchmark::kMillisecond);

    const auto aleppo = loadOrDie(CampaignLoader::embeddedPath());
    const QString aleppoName =
        QStringLiteral("BM_StateAt/%1/%2").arg(aleppo->districts.size()).arg(aleppo->changes.size());
    const CampaignSource aleppoSource = [aleppo] { return aleppo; };
    benchmark::RegisterBenchmark(aleppoName.toStdString().c_str(), BM_StateAt, aleppoSource)
        ->Unit(benchmark::kMicrosecond);
    // Synthetic packages are made on first use, so a filtered run (for
    // example under callgrind) does not pay for the ones it never measures.
    for (const auto &[n, m] : {std::pair{100, 10000}, std::pair{1000, 100000}}) {
        const QString name = QStringLiteral("BM_StateAt/%1/%2").arg(n).arg(m);
        const CampaignSource source = [n = n, m = m] { return synthetic(n, m); };
        benchmark::RegisterBenchmark(name.toStdString().c_str(), BM_StateAt, source)->Unit(benchmark::kMicrosecond);
    }
    const CampaignSource large = [] { return synthetic(1000, 100000); };
    benchmark::RegisterBenchmark("BM_Stats/aleppo", BM_Stats, aleppoSource)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_Stats/1000/100000", BM_Stats, large)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_Diff/1000/100000", BM_Diff, large)->Unit(benchmark::kMillisecond);
    registerSceneBenchmarks(aleppoSource, large);
    registerGisExportBenchmarks(large);
    registerWindowBenchmarks(aleppoSource, large);
    registerExportBenchmarks(aleppoSource);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    registerAll();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
