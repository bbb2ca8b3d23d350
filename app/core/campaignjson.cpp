#include "campaignjson.h"

#include "territorymeasure.h"
#include "territorystats.h"
#include "timelinediff.h"

#include <QJsonArray>

namespace {

QJsonArray refsArray(const QList<int> &refs)
{
    QJsonArray out;
    for (int r : refs)
        out.append(r);
    return out;
}

QJsonArray sourcesArray(const QList<Citation> &sources, bool withQuote)
{
    QJsonArray out;
    for (const Citation &s : sources) {
        QJsonObject o{{QStringLiteral("paragraph"), s.paragraph}, {QStringLiteral("refs"), refsArray(s.refs)}};
        if (withQuote)
            o.insert(QStringLiteral("quote"), s.quote);
        out.append(o);
    }
    return out;
}

QJsonObject reportSource(const Campaign &campaign, int report, int claim)
{
    const Report &r = campaign.reports.at(report);
    const ReportClaim &c = r.claims.at(claim);
    QJsonObject o{{QStringLiteral("report"), r.id},
                  {QStringLiteral("outlet"), r.outlet.name},
                  {QStringLiteral("url"), r.url},
                  {QStringLiteral("published"), r.published.toString(Qt::ISODate)}};
    if (!c.saidBy.isEmpty())
        o.insert(QStringLiteral("said_by"), c.saidBy.name);
    return o;
}

// The sources of one change: the article's citations, or the report that makes the claim.
QJsonArray changeSources(const Campaign &campaign, const ControlChange &change, bool withQuote)
{
    if (change.isReported() && !change.covering.isEmpty()) {
        QJsonArray out;
        for (int k : change.covering)
            out.append(reportSource(campaign, campaign.changes.at(k).report, campaign.changes.at(k).claim));
        return out;
    }
    if (change.isReported())
        return {reportSource(campaign, change.report, change.claim)};
    return sourcesArray(change.sources, withQuote);
}

QString reasonName(Disagreement::Reason reason)
{
    switch (reason) {
    case Disagreement::Reason::None:
        break;
    case Disagreement::Reason::ArticleFirst:
        return QStringLiteral("article-first");
    case Disagreement::Reason::ReportOverInference:
        return QStringLiteral("report-over-inference");
    case Disagreement::Reason::IndependentOverParty:
        return QStringLiteral("independent-over-party");
    case Disagreement::Reason::LatestReport:
        return QStringLiteral("latest-report");
    case Disagreement::Reason::DenialDoesNotMove:
        return QStringLiteral("denial-does-not-move");
    }
    return {};
}

QJsonObject claimOf(const Campaign &campaign, const ControlChange &change, bool shown)
{
    QJsonObject o{{QStringLiteral("date"), change.date.toString(Qt::ISODate)},
                  {QStringLiteral("control"), change.control},
                  {QStringLiteral("basis"), basisName(change.basis)},
                  {QStringLiteral("shown"), shown}};
    if (!change.leading.isEmpty())
        o.insert(QStringLiteral("leading"), change.leading);
    if (!change.partSide.isEmpty())
        o.insert(QStringLiteral("part"), change.partSide);
    o.insert(QStringLiteral("sources"), changeSources(campaign, change, false));
    if (change.isReported())
        o.insert(QStringLiteral("claim"), campaign.reports.at(change.report).claims.at(change.claim).summary.en);
    return o;
}

} // namespace

QJsonArray CampaignJson::disputed(const ControlTimeline &timeline, int districtIndex, QDate date, QString *shownBecause)
{
    const Campaign &campaign = *timeline.campaign();
    const Disagreement d = timeline.disagreementAt(districtIndex, date);
    QJsonArray out;
    if (d.isEmpty())
        return out;
    out.append(claimOf(campaign, *d.shown, true));
    for (const ControlChange *other : d.others)
        out.append(claimOf(campaign, *other, false));
    for (const auto &[report, claim] : d.denials) {
        const ReportClaim &c = campaign.reports.at(report).claims.at(claim);
        QJsonObject o{{QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                      {QStringLiteral("denies"), c.denies},
                      {QStringLiteral("shown"), false},
                      {QStringLiteral("sources"), QJsonArray{reportSource(campaign, report, claim)}},
                      {QStringLiteral("claim"), c.summary.en}};
        if (!c.control.isEmpty())
            o.insert(QStringLiteral("control"), c.control);
        out.append(o);
    }
    if (shownBecause)
        *shownBecause = reasonName(d.reason);
    return out;
}

QJsonObject CampaignJson::stateAt(const ControlTimeline &timeline, QDate date)
{
    const Campaign &campaign = *timeline.campaign();
    QJsonArray districts;
    for (int i = 0; i < campaign.districts.size(); ++i) {
        const District &d = campaign.districts.at(i);
        // The same query the map draws from, so the two cannot disagree.
        const DistrictAppearance a = timeline.appearanceAt(i, date);
        QJsonObject o{{QStringLiteral("id"), d.id},
                      {QStringLiteral("name"),
                       QJsonObject{{QStringLiteral("en"), d.name.en}, {QStringLiteral("zh"), d.name.zh}}}};
        if (!a.isKnown()) {
            o.insert(QStringLiteral("control"), QJsonValue::Null);
            districts.append(o);
            continue;
        }
        o.insert(QStringLiteral("control"), a.control);
        if (!a.leading.isEmpty())
            o.insert(QStringLiteral("leading"), a.leading);
        if (a.isContested())
            o.insert(QStringLiteral("contestants"), QJsonArray::fromStringList(a.contestants));
        o.insert(QStringLiteral("basis"), basisName(a.basis));
        o.insert(QStringLiteral("changed"), a.changedToday);
        o.insert(QStringLiteral("since"), a.since.toString(Qt::ISODate));
        o.insert(QStringLiteral("sources"), changeSources(campaign, *a.change, false));
        if (a.disputed) {
            QString because;
            o.insert(QStringLiteral("disputed"), disputed(timeline, i, date, &because));
            o.insert(QStringLiteral("shown_because"), because);
        }
        districts.append(o);
    }
    return {{QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("sources"), timeline.sources() == ControlTimeline::Sources::ArticleOnly
                                            ? QStringLiteral("article-only")
                                            : QStringLiteral("with-reports")},
            {QStringLiteral("districts"), districts}};
}

QJsonObject CampaignJson::history(const ControlTimeline &timeline, int districtIndex)
{
    const Campaign &campaign = *timeline.campaign();
    QJsonArray changes;
    for (int index : timeline.history(districtIndex)) {
        const ControlChange &c = campaign.changes.at(index);
        QJsonObject o{{QStringLiteral("date"), c.date.toString(Qt::ISODate)}, {QStringLiteral("control"), c.control}};
        if (!c.leading.isEmpty())
            o.insert(QStringLiteral("leading"), c.leading);
        if (!c.contestants.isEmpty())
            o.insert(QStringLiteral("contestants"), QJsonArray::fromStringList(c.contestants));
        o.insert(QStringLiteral("basis"), basisName(c.basis));
        o.insert(QStringLiteral("sources"), changeSources(campaign, c, true));
        if (!c.partSide.isEmpty())
            o.insert(QStringLiteral("part"), c.partSide);
        if (c.isReported())
            o.insert(QStringLiteral("claim"), campaign.reports.at(c.report).claims.at(c.claim).summary.en);
        if (!c.note.en.isEmpty())
            o.insert(QStringLiteral("note"), c.note.en);
        changes.append(o);
    }
    return {{QStringLiteral("id"), campaign.districts.at(districtIndex).id}, {QStringLiteral("changes"), changes}};
}

QJsonObject CampaignJson::events(const Campaign &campaign, QDate from, QDate to)
{
    QJsonArray events;
    for (const CampaignEvent &e : campaign.events) {
        if ((from.isValid() && e.endDate < from) || (to.isValid() && e.date > to))
            continue;
        QJsonObject o{{QStringLiteral("id"), e.id}, {QStringLiteral("date"), e.date.toString(Qt::ISODate)}};
        if (e.isRange())
            o.insert(QStringLiteral("end_date"), e.endDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("kind"), eventKindName(e.kind));
        o.insert(QStringLiteral("districts"), QJsonArray::fromStringList(e.districts));
        o.insert(QStringLiteral("refs"), refsArray(e.citation.refs));
        o.insert(QStringLiteral("paragraph"), e.citation.paragraph);
        if (e.dateFromContext)
            o.insert(QStringLiteral("date_from_context"), true);
        o.insert(QStringLiteral("text"),
                 QJsonObject{{QStringLiteral("zh"), e.citation.quote}, {QStringLiteral("en"), e.summary.en}});
        events.append(o);
    }
    return {{QStringLiteral("events"), events}};
}

QJsonObject CampaignJson::figures(const ControlTimeline &withReports, const ControlTimeline &articleOnly,
                                  const DistrictAreas &areas)
{
    const Campaign &campaign = *withReports.campaign();
    const TerritoryMeasure onMap(withReports, areas);
    const TerritoryMeasure onArticleMap(articleOnly, areas);
    const auto number = [](std::optional<double> v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    const auto entry = [&](const QString &id, QDate date, const QJsonObject &source, const LocalizedText &claim,
                           const Figure &figure) {
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("date"), date.toString(Qt::ISODate)},
                      {QStringLiteral("source"), source},
                      {QStringLiteral("claim"),
                       QJsonObject{{QStringLiteral("en"), claim.en}, {QStringLiteral("zh"), claim.zh}}},
                      {QStringLiteral("value"), figure.value},
                      {QStringLiteral("unit"), figureUnitName(figure.unit)},
                      {QStringLiteral("qualifier"), figureQualifierName(figure.qualifier)},
                      {QStringLiteral("of"), figure.of.en},
                      {QStringLiteral("map"),
                       QJsonObject{{QStringLiteral("with_reports"), number(onMap.valueFor(figure, date))},
                                   {QStringLiteral("article_only"), number(onArticleMap.valueFor(figure, date))}}}};
        if (!figure.districts.isEmpty())
            o.insert(QStringLiteral("districts"), QJsonArray::fromStringList(figure.districts));
        return o;
    };
    QJsonArray out;
    for (const CampaignEvent &e : campaign.events) {
        if (!e.figure.present)
            continue;
        const QJsonObject source{
            {QStringLiteral("article"), QJsonObject{{QStringLiteral("paragraph"), e.citation.paragraph},
                                                    {QStringLiteral("refs"), refsArray(e.citation.refs)}}}};
        out.append(entry(e.id, e.date, source, LocalizedText{e.summary.en, e.citation.quote, {}}, e.figure));
    }
    // The article's picture alone (--only-article) leaves the reports' figures out too.
    const int reports = withReports.sources() == ControlTimeline::Sources::ArticleOnly ? 0
                                                                                       : int(campaign.reports.size());
    for (int r = 0; r < reports; ++r) {
        const Report &report = campaign.reports.at(r);
        for (int k = 0; k < report.claims.size(); ++k) {
            const ReportClaim &c = report.claims.at(k);
            if (!c.figure.present)
                continue;
            const QString id = c.id.isEmpty() ? QStringLiteral("%1#%2").arg(report.id).arg(k + 1) : c.id;
            out.append(entry(id, c.date, reportSource(campaign, r, k), c.summary, c.figure));
        }
    }
    return {{QStringLiteral("unit_note"),
             QStringLiteral("share: of the opposition's area on the campaign's first day, taken by the government; "
                            "km2: opposition-held (contested counts half); districts: first-day opposition districts "
                            "the government holds")},
            {QStringLiteral("figures"), out}};
}

namespace {

QString sourcesName(const ControlTimeline &timeline)
{
    return timeline.sources() == ControlTimeline::Sources::ArticleOnly ? QStringLiteral("article-only")
                                                                       : QStringLiteral("with-reports");
}

QJsonObject stateObject(const DistrictAppearance &a)
{
    QJsonObject o{{QStringLiteral("control"), a.isKnown() ? QJsonValue(a.control) : QJsonValue(QJsonValue::Null)}};
    if (!a.leading.isEmpty())
        o.insert(QStringLiteral("leading"), a.leading);
    if (a.isKnown())
        o.insert(QStringLiteral("basis"), basisName(a.basis));
    return o;
}

} // namespace

QJsonObject CampaignJson::stats(const ControlTimeline &timeline, const DistrictAreas &areas, QDate from, QDate to)
{
    const Campaign &campaign = *timeline.campaign();
    QJsonArray days;
    for (const DayStats &s : TerritoryStats::compute(timeline, areas, from, to)) {
        QJsonObject area;
        QJsonObject districts;
        for (const Side &side : campaign.sides) {
            area.insert(side.id, s.km2.value(side.id));
            districts.insert(side.id, s.districts.value(side.id));
        }
        area.insert(kContested, s.contestedKm2);
        districts.insert(kContested, s.contestedDistricts);
        QJsonObject leaning;
        for (auto it = s.contestedLeaningKm2.cbegin(); it != s.contestedLeaningKm2.cend(); ++it)
            leaning.insert(it.key(), it.value());
        QJsonObject byBasis;
        for (Basis b : {Basis::Stated, Basis::Inferred, Basis::Reported, Basis::Approximate})
            byBasis.insert(basisName(b), s.km2ByBasis[size_t(b)]);
        days.append(QJsonObject{{QStringLiteral("date"), s.date.toString(Qt::ISODate)},
                                {QStringLiteral("area"), area},
                                {QStringLiteral("districts"), districts},
                                {QStringLiteral("contested_leaning"), leaning},
                                {QStringLiteral("by_basis"), byBasis},
                                {QStringLiteral("first_day_opposition_area"),
                                 QJsonObject{{QStringLiteral("held"), s.baseHeld},
                                             {QStringLiteral("taken"), s.baseTaken},
                                             {QStringLiteral("contested"), s.baseContested}}}});
    }
    return {{QStringLiteral("unit"), QStringLiteral("km2")},
            {QStringLiteral("sources"), sourcesName(timeline)},
            {QStringLiteral("areas"), areas.isComplete()
                                          ? QStringLiteral("geodesic, WGS84; approximate boundaries")
                                          : QStringLiteral("incomplete: some districts have no outline")},
            {QStringLiteral("days"), days}};
}

QJsonObject CampaignJson::diff(const ControlTimeline &timeline, QDate from, QDate to)
{
    const Campaign &campaign = *timeline.campaign();
    QJsonArray changed;
    for (const DistrictDiff &diff : TimelineDiff::compute(timeline, from, to)) {
        const District &d = campaign.districts.at(diff.district);
        QJsonArray dates;
        QJsonArray sources;
        for (const auto &[date, change] : diff.changes) {
            dates.append(date.toString(Qt::ISODate));
            for (const QJsonValue &v : changeSources(campaign, *change, false)) {
                QJsonObject o = v.toObject();
                o.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
                sources.append(o);
            }
        }
        QJsonObject o{{QStringLiteral("id"), d.id},
                      {QStringLiteral("name"),
                       QJsonObject{{QStringLiteral("en"), d.name.en}, {QStringLiteral("zh"), d.name.zh}}},
                      {QStringLiteral("from"), stateObject(diff.from)},
                      {QStringLiteral("to"), stateObject(diff.to)},
                      {QStringLiteral("dates"), dates},
                      {QStringLiteral("sources"), sources}};
        if (diff.returned())
            o.insert(QStringLiteral("returned"), true);
        changed.append(o);
    }
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("sources"), sourcesName(timeline)},
            {QStringLiteral("changed"), changed}};
}
