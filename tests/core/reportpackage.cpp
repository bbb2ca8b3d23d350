#include "reportpackage.h"

#include "testpackage.h"

namespace {

const char *kManifest = R"({
  "format": "aleppo-atlas-campaign",
  "format_version": 1,
  "id": "reports-test",
  "title": {"en": "Reports test"},
  "start": "2016-09-19",
  "end": "2016-09-30",
  "sides": [
    {"id": "government", "name": {"en": "Gov", "zh": "政府"}, "color": "#D55E00"},
    {"id": "opposition", "name": {"en": "Opp", "zh": "反對派"}, "color": "#009E73"}
  ],
  "files": {"article": "article.md", "districts": "districts.json", "events": "events.json",
            "control": "control.json", "reports": "reports.json"}
}
)";

const char *kDistricts = R"({"districts": [
  {"id": "alpha", "name": {"en": "Alpha", "zh": "甲區"}, "centroid": {"lat": 36.2, "lon": 37.1}},
  {"id": "beta", "name": {"en": "Beta", "zh": "乙區"}, "centroid": {"lat": 36.21, "lon": 37.12}},
  {"id": "gamma", "name": {"en": "Gamma", "zh": "丙區"}, "centroid": {"lat": 36.22, "lon": 37.14}}
]}
)";

const char *kEvents = R"({"events": [
  {"id": "alpha-taken", "date": "2016-09-20", "kind": "capture", "districts": ["alpha"], "paragraph": 1,
   "quote": "9月20日，甲區被攻佔。", "refs": [1], "summary": {"en": "Alpha taken."},
   "figure": {"unit": "share", "value": 0.3, "qualifier": "about", "of": {"en": "the opposition area"}}}
]}
)";

const char *kControl = R"({"changes": [
  {"district": "alpha", "date": "2016-09-19", "control": "opposition", "basis": "approximate"},
  {"district": "beta", "date": "2016-09-19", "control": "opposition", "basis": "approximate"},
  {"district": "gamma", "date": "2016-09-19", "control": "opposition", "basis": "approximate"},
  {"district": "alpha", "date": "2016-09-20", "control": "government", "basis": "stated", "sources": [{"paragraph": 1, "quote": "9月20日，甲區被攻佔。", "refs": [1]}]},
  {"district": "beta", "date": "2016-09-25", "control": "government", "basis": "inferred", "sources": [{"paragraph": 2, "quote": "9月25日，東部被肅清。", "refs": [2]}]}
]}
)";

const char *kArticle = "## 攻勢\n\n9月20日，甲區被攻佔。\\[1\\]\n\n9月25日，東部被肅清。\\[2\\]\n\n"
                       "## 參考文獻\n\n1.  [A](https://a.example/)\n2.\n";

// One claim per line, so that a test can find a problem's line by its text.
const char *kReports = R"({"reports": [
 {"id": "wire-1", "outlet": {"name": "Wire", "type": "news-agency"}, "url": "https://wire.example/1", "published": "2016-09-22",
  "claims": [
   {"id": "w1-beta", "date": "2016-09-22", "districts": ["beta"], "control": "government", "summary": {"en": "Wire: beta fell.", "zh": "乙區失守。"}},
   {"date": "2016-09-20", "districts": ["alpha"], "control": "contested", "summary": {"en": "Wire: fighting goes on in alpha."}}
  ]},
 {"id": "group-1", "outlet": {"name": "Rebel Group", "type": "armed-group"}, "url": "http://group.example/a?b=1", "published": "2016-09-23",
  "claims": [
   {"date": "2016-09-23", "districts": ["beta"], "denies": "w1-beta", "summary": {"en": "The group denies that beta fell."}},
   {"date": "2016-09-23", "districts": ["gamma"], "control": "government", "part": true, "places": ["Gamma North"], "summary": {"en": "The group says troops entered north Gamma."}}
  ]},
 {"id": "tv-1", "outlet": {"name": "Wire", "type": "news-agency"}, "url": "https://wire.example/2", "published": "2016-09-26",
  "claims": [
   {"date": "2016-09-26", "districts": ["gamma"], "control": "government", "said_by": {"name": "State TV", "type": "state-media"}, "summary": {"en": "State TV says gamma was taken."}}
  ]},
 {"id": "monitor-1", "outlet": {"name": "Monitor", "type": "monitor"}, "url": "https://monitor.example/y", "published": "2016-09-26",
  "claims": [
   {"date": "2016-09-26", "districts": ["gamma"], "control": "contested", "leading": "government", "summary": {"en": "The monitor says a third of gamma is still held."}},
   {"date": "2016-09-26", "districts": [], "figure": {"unit": "share", "value": 0.5, "qualifier": "about", "of": {"en": "the east"}}, "summary": {"en": "The monitor puts the share taken at half."}}
  ]}
]}
)";

} // namespace

ReportPackage::ReportPackage()
{
    m_path = m_dir.path();
    writeFile(file("campaign.json"), kManifest);
    writeFile(file("districts.json"), kDistricts);
    writeFile(file("events.json"), kEvents);
    writeFile(file("control.json"), kControl);
    writeFile(file("article.md"), kArticle);
    writeFile(file("reports.json"), kReports);
}

QString ReportPackage::file(const char *name) const
{
    return m_path + QLatin1Char('/') + QLatin1String(name);
}

void ReportPackage::replace(const char *name, const char *from, const char *to) const
{
    replaceInFile(file(name), QString::fromUtf8(from), QString::fromUtf8(to));
}

int ReportPackage::lineOf(const char *name, const char *needle) const
{
    const QStringList lines = QString::fromUtf8(readFile(file(name))).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(QString::fromUtf8(needle)))
            return i + 1;
    }
    return 0;
}
