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
    // Written by hand rather than through QJsonDocument: a large campaign has tens of thousands
    // of periods, and each district's geometry and each change's sources are the same in all of
    // its periods, so they are serialised once (BM_ExportGeoJson: 1000 districts, 62,000 periods).
    const Campaign &c = *timeline.campaign();
    QHash<QString, const DistrictShape *> byId;
    for (const DistrictShape &s : shapes)
        byId.insert(s.id, &s);
    const auto compact = [](const QJsonValue &v) {
        if (v.isObject())
            return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        if (v.isArray())
            return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        return QByteArray("null");
    };
    QList<QByteArray> districtHead; // {"type":"Feature","geometry":…,"properties":{"district":…,"name_zh":…
    districtHead.reserve(c.districts.size());
    for (const District &d : c.districts) {
        QByteArray head = R"({"type":"Feature","geometry":)";
        head += compact(geometry(byId.value(d.id)));
        head += R"(,"properties":{"district":)" + jsonString(d.id) + R"(,"name_en":)" + jsonString(d.name.en)
                + R"(,"name_zh":)" + jsonString(d.name.zh);
        districtHead.append(head);
    }
    QHash<const ControlChange *, QByteArray> sourcesJson;
    const QList<ControlPeriod> all = periods(timeline);
    qsizetype estimate = 64;
    for (const ControlPeriod &p : all)
        estimate += districtHead.at(p.district).size() + 256;
    QByteArray out;
    out.reserve(estimate);
    out += R"({"type":"FeatureCollection","features":[)";
    bool first = true;
    for (const ControlPeriod &p : all) {
        auto cached = sourcesJson.constFind(p.appearance.change);
        if (cached == sourcesJson.constEnd()) {
            QStringList text;
            const QJsonArray sources = sourcesOf(c, *p.appearance.change, &text);
            cached = sourcesJson.insert(p.appearance.change, R"(,"sources":)" + compact(sources) + R"(,"sources_text":)"
                                                                 + jsonString(text.join(QStringLiteral("; "))));
        }
        if (!first)
            out += ',';
        first = false;
        out += districtHead.at(p.district);
        out += R"(,"control":)" + jsonString(p.appearance.control);
        out += R"(,"leading":)"
               + (p.appearance.leading.isEmpty() ? QByteArray("null") : jsonString(p.appearance.leading));
        out += R"(,"basis":)" + jsonString(basisName(p.appearance.basis));
        out += p.appearance.disputed ? R"(,"disputed":true)" : R"(,"disputed":false)";
        out += R"(,"start":")" + p.start.toString(Qt::ISODate).toLatin1() + R"(","end":")"
               + p.end.toString(Qt::ISODate).toLatin1() + '"';
        out += *cached;
        out += "}}";
    }
    out += "]}";
    return out;
}

QByteArray GisExport::jsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char ch : utf8) {
        const auto u = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        } else {
            out += ch;
        }
    }
    out += '"';
    return out;
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
