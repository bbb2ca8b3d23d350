// libFuzzer target: the campaign package loader (manifest, districts, events,
// control, article and reports). The first input byte picks which file of a small valid
// package the rest of the input replaces; the package lives in a private
// temporary folder that is rewritten for each input.
#include "campaignloader.h"
#include "controltimeline.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

const char *const kFiles[] = {"campaign.json", "districts.json", "events.json",
                              "control.json",  "article.md",     "reports.json"};
constexpr int kFileCount = int(sizeof(kFiles) / sizeof(kFiles[0]));

const char *const kValid[] = {
    R"({"format": "aleppo-atlas-campaign", "format_version": 1, "id": "fuzz", "title": {"en": "Fuzz"},
 "start": "2016-09-19", "end": "2016-09-30",
 "sides": [{"id": "government", "name": {"en": "G", "zh": "政"}, "color": "#D55E00"},
           {"id": "opposition", "name": {"en": "O", "zh": "反"}, "color": "#009E73"}],
 "files": {"article": "article.md", "districts": "districts.json", "events": "events.json", "control": "control.json",
           "reports": "reports.json"}})",
    R"({"districts": [{"id": "alpha", "name": {"en": "Alpha", "zh": "甲區"}, "centroid": {"lat": 36.2, "lon": 37.1}}]})",
    R"({"events": [{"id": "a", "date": "2016-09-20", "kind": "capture", "districts": ["alpha"], "paragraph": 1,
 "quote": "9月20日，甲區被攻佔。", "refs": [1], "summary": {"en": "A"}}]})",
    R"({"changes": [{"district": "alpha", "date": "2016-09-19", "control": "opposition", "basis": "approximate"},
 {"district": "alpha", "date": "2016-09-20", "control": "contested", "leading": "government", "basis": "stated",
  "sources": [{"paragraph": 1, "quote": "9月20日，甲區被攻佔。", "refs": [1]}]}]})",
    "## 攻勢\n\n9月20日，甲區被攻佔。\\[1\\]\n\n## 參考文獻\n\n1.  [A](https://a.example/)\n",
    R"({"reports": [{"id": "r", "outlet": {"name": "Wire", "type": "news-agency"}, "url": "https://w.example/1",
 "published": "2016-09-21", "claims": [
  {"id": "c1", "date": "2016-09-21", "districts": ["alpha"], "control": "government", "summary": {"en": "Taken."}},
  {"date": "2016-09-21", "districts": ["alpha"], "denies": "c1", "part": true, "control": "opposition",
   "summary": {"en": "Denied."}},
  {"date": "2016-09-21", "districts": [], "figure": {"unit": "share", "value": 0.5, "qualifier": "about",
   "of": {"en": "the east"}}, "summary": {"en": "Half."}}]}]})",
};
static_assert(sizeof(kValid) / sizeof(kValid[0]) == sizeof(kFiles) / sizeof(kFiles[0]));

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    if (size == 0)
        return 0;
    const int which = data[0] % kFileCount;
    for (int i = 0; i < kFileCount; ++i) {
        const QString path = dir.path() + QLatin1Char('/') + QLatin1String(kFiles[i]);
        if (i == which)
            write(path, QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
        else
            write(path, QByteArray(kValid[i]));
    }
    const CampaignLoadResult r = CampaignLoader::load(dir.path());
    // A loaded campaign's reports must be safe to merge and query.
    if (r.campaign) {
        const ControlTimeline timeline(r.campaign);
        for (QDate d = r.campaign->start; d <= r.campaign->end; d = d.addDays(1)) {
            for (int i = 0; i < timeline.districtCount(); ++i)
                (void)timeline.disagreementAt(i, d);
        }
    }
    // Never a partial load: a campaign comes with no problems, problems with no campaign.
    if ((r.campaign != nullptr) == !r.problems.isEmpty())
        __builtin_trap();
    return 0;
}
