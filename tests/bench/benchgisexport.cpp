#include "benchgisexport.h"

#include "controltimeline.h"
#include "gisexport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

/// The whole File > Export Data… (GeoJSON) path: the district shapes read, one feature per
/// control period built and serialised, the file written and renamed into place.
void BM_ExportGeoJson(benchmark::State &state, const CampaignSource &source)
{
    const std::shared_ptr<const Campaign> campaign = source();
    const ControlTimeline timeline(campaign);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("periods.geojson"));
    QString error;
    for (auto _ : state) {
        if (!GisExport::writeFile(timeline, GisExport::Format::GeoJson, path, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    state.counters["periods"] = double(GisExport::periods(timeline).size());
    state.counters["MB"] = double(QFileInfo(path).size()) / 1e6;
}

} // namespace

void registerGisExportBenchmarks(const CampaignSource &large)
{
    benchmark::RegisterBenchmark("BM_ExportGeoJson/1000/100000", BM_ExportGeoJson, large)
        ->Unit(benchmark::kMillisecond);
}
