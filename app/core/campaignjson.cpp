#include "campaignjson.h"

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

} // namespace

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
        o.insert(QStringLiteral("sources"), sourcesArray(a.change->sources, false));
        districts.append(o);
    }
    return {{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("districts"), districts}};
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
        o.insert(QStringLiteral("sources"), sourcesArray(c.sources, true));
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
