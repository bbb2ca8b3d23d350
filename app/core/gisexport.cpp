#include "gisexport.h"

#include "geojsonloader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QJsonArray ring(const QList<QGeoCoordinate> &coordinates)
{
    QJsonArray out;
    for (const QGeoCoordinate &c : coordinates)
        out.append(QJsonArray{c.longitude(), c.latitude()});
    if (!coordinates.isEmpty()) // RFC 7946 rings are closed
        out.append(QJsonArray{coordinates.first().longitude(), coordinates.first().latitude()});
    return out;
}

QJsonValue geometry(const DistrictShape *shape)
{
    if (!shape || shape->polygons.isEmpty())
        return QJsonValue::Null;
    QJsonArray polygons;
    for (const QGeoPolygon &p : shape->polygons) {
        QJsonArray rings{ring(p.perimeter())};
        for (int h = 0; h < p.holesCount(); ++h)
            rings.append(ring(p.holePath(h)));
        polygons.append(rings);
    }
    if (polygons.size() == 1)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                           {QStringLiteral("coordinates"), polygons.first()}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("MultiPolygon")},
                       {QStringLiteral("coordinates"), polygons}};
}

QString refsText(const QList<int> &refs)
{
    QString out;
    for (int r : refs)
        out += QStringLiteral("[%1]").arg(r);
    return out;
}

// Sources of a change as JSON objects and as one line of text.
QJsonArray sourcesOf(const Campaign &c, const ControlChange &change, QStringList *text)
{
    QJsonArray out;
    if (change.isReported()) {
        const Report &r = c.reports.at(change.report);
        const ReportClaim &claim = r.claims.at(change.claim);
        QJsonObject o{{QStringLiteral("report"), r.id},
                      {QStringLiteral("outlet"), r.outlet.name},
                      {QStringLiteral("url"), r.url},
                      {QStringLiteral("published"), r.published.toString(Qt::ISODate)}};
        if (!claim.saidBy.isEmpty())
            o.insert(QStringLiteral("said_by"), claim.saidBy.name);
        out.append(o);
        text->append(QStringLiteral("%1, %2, %3").arg(r.attribution(claim), r.published.toString(Qt::ISODate), r.url));
        return out;
    }
    for (const Citation &s : change.sources) {
        QJsonArray refs;
        for (int n : s.refs)
            refs.append(n);
        out.append(QJsonObject{{QStringLiteral("paragraph"), s.paragraph}, {QStringLiteral("refs"), refs}});
        text->append(QStringLiteral("article paragraph %1 %2").arg(s.paragraph).arg(refsText(s.refs)).trimmed());
    }
    if (change.sources.isEmpty())
        text->append(QStringLiteral("approximate: not from the article"));
    return out;
}

} // namespace

QList<ControlPeriod> GisExport::periods(const ControlTimeline &timeline)
{
    QList<ControlPeriod> out;
    const Campaign *c = timeline.campaign();
    if (!c)
        return out;
    for (int i = 0; i < timeline.districtCount(); ++i) {
        ControlPeriod current;
        for (QDate day = c->start; day <= c->end; day = day.addDays(1)) {
            const DistrictAppearance a = timeline.appearanceAt(i, day);
            // A new period when the look or the change it rests on (its sources) differs.
            const bool same = current.district >= 0 && a.control == current.appearance.control
                              && a.leading == current.appearance.leading && a.basis == current.appearance.basis
                              && a.disputed == current.appearance.disputed && a.change == current.appearance.change;
            if (same)
                continue;
            if (current.district >= 0) {
                current.end = day;
                out.append(current);
            }
            current = {i, day, {}, a};
            if (!a.isKnown())
                current.district = -1; // no period before the first change
        }
        if (current.district >= 0) {
            current.end = c->end.addDays(1);
            out.append(current);
        }
    }
    return out;
}

QByteArray GisExport::geoJson(const ControlTimeline &timeline, const QList<DistrictShape> &shapes)
{
    const Campaign &c = *timeline.campaign();
    QHash<QString, const DistrictShape *> byId;
    for (const DistrictShape &s : shapes)
        byId.insert(s.id, &s);
    QJsonArray features;
    for (const ControlPeriod &p : periods(timeline)) {
        const District &d = c.districts.at(p.district);
        QStringList text;
        const QJsonArray sources = sourcesOf(c, *p.appearance.change, &text);
        const QJsonObject properties{
            {QStringLiteral("district"), d.id},
            {QStringLiteral("name_en"), d.name.en},
            {QStringLiteral("name_zh"), d.name.zh},
            {QStringLiteral("control"), p.appearance.control},
            {QStringLiteral("leading"),
             p.appearance.leading.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.appearance.leading)},
            {QStringLiteral("basis"), basisName(p.appearance.basis)},
            {QStringLiteral("disputed"), p.appearance.disputed},
            {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), p.end.toString(Qt::ISODate)},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("sources_text"), text.join(QStringLiteral("; "))},
        };
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("geometry"), geometry(byId.value(d.id))},
                                    {QStringLiteral("properties"), properties}});
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Compact);
}

QString GisExport::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray GisExport::csv(const ControlTimeline &timeline)
{
    const Campaign &c = *timeline.campaign();
    QStringList lines;
    const QStringList header{QStringLiteral("record"),    QStringLiteral("date"),    QStringLiteral("end_date"),
                             QStringLiteral("district"),  QStringLiteral("control"), QStringLiteral("leading"),
                             QStringLiteral("part"),      QStringLiteral("basis"),   QStringLiteral("kind"),
                             QStringLiteral("id"),        QStringLiteral("text_en"), QStringLiteral("text_zh"),
                             QStringLiteral("paragraph"), QStringLiteral("refs"),    QStringLiteral("outlet"),
                             QStringLiteral("url"),       QStringLiteral("report")};
    lines.append(header.join(QLatin1Char(',')));
    const auto row = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        lines.append(quoted.join(QLatin1Char(',')));
    };
    for (int i = 0; i < timeline.districtCount(); ++i) {
        for (int index : timeline.history(i)) {
            const ControlChange &ch = c.changes.at(index);
            QString paragraph;
            QString refs;
            QString outlet;
            QString url;
            QString report;
            QString en = ch.note.en;
            QString zh;
            if (ch.isReported()) {
                const Report &r = c.reports.at(ch.report);
                const ReportClaim &claim = r.claims.at(ch.claim);
                outlet = r.attribution(claim);
                url = r.url;
                report = r.id;
                en = claim.summary.en;
                zh = claim.summary.zh;
            } else {
                QStringList ps;
                QStringList rs;
                QStringList quotes;
                for (const Citation &s : ch.sources) {
                    ps.append(QString::number(s.paragraph));
                    rs.append(refsText(s.refs));
                    quotes.append(s.quote);
                }
                paragraph = ps.join(QLatin1Char(';'));
                refs = rs.join(QLatin1Char(';'));
                zh = quotes.join(QLatin1Char(' '));
            }
            row({QStringLiteral("change"), ch.date.toString(Qt::ISODate), QString(), ch.district, ch.control,
                 ch.leading, ch.partSide, basisName(ch.basis), QString(), ch.event, en, zh, paragraph, refs, outlet,
                 url, report});
        }
    }
    for (const CampaignEvent &e : c.events) {
        row({QStringLiteral("event"), e.date.toString(Qt::ISODate),
             e.isRange() ? e.endDate.toString(Qt::ISODate) : QString(), e.districts.join(QLatin1Char(';')), QString(),
             QString(), QString(), QString(), eventKindName(e.kind), e.id, e.summary.en, e.citation.quote,
             QString::number(e.citation.paragraph), refsText(e.citation.refs), QString(), QString(), QString()});
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString GisExport::extension(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("geojson");
}

bool GisExport::writeFile(const ControlTimeline &timeline, Format format, const QString &path, QString *error,
                          qint64 *bytes)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = tr("%1: %2").arg(path, message);
        return false;
    };
    QByteArray data;
    if (format == Format::Csv) {
        data = csv(timeline);
    } else {
        QList<DistrictShape> shapes;
        const Campaign &campaign = *timeline.campaign();
        if (!campaign.districtShapesFile.isEmpty()) {
            const GeoJsonLoadResult loaded = GeoJsonLoader::load(campaign.districtShapesFile,
                                                                 campaign.districtShapesFile);
            if (!loaded.ok())
                return fail(tr("cannot read the district shapes: %1").arg(loaded.problems.first().toString()));
            shapes = loaded.shapes;
        }
        data = geoJson(timeline, shapes);
    }
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("is a folder, not a file"));
    if (!info.absoluteDir().exists())
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    // QSaveFile writes a temporary file beside the target and renames it on commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write in this folder (%1)").arg(file.errorString()));
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(tr("cannot write (%1); nothing was saved").arg(why));
    }
    if (!file.commit())
        return fail(tr("cannot save (%1); nothing was saved").arg(file.errorString()));
    if (bytes)
        *bytes = data.size();
    return true;
}
