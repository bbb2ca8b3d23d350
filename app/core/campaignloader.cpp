#include "campaignloader.h"

#include "articleparser.h"
#include "filereader.h"
#include "jsonfile.h"
#include "maploader.h"
#include "reportsreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <future>
#include <optional>

namespace {

/**
 * Makes the changes' side and district ids the very strings of the sides and
 * districts they name. A day step copies each district's control, leading
 * side and contestants into its appearance: with one string per id those
 * copies touch a few shared cache lines instead of one string of its own per
 * change (a 1,000-district step spent a quarter of its restyling there).
 */
void shareIds(Campaign &campaign)
{
    QHash<QString, QString> ids;
    ids.insert(kContested, kContested);
    for (const Side &side : std::as_const(campaign.sides))
        ids.insert(side.id, side.id);
    for (const District &district : std::as_const(campaign.districts))
        ids.insert(district.id, district.id);
    const auto share = [&ids](QString &id) {
        const auto found = ids.constFind(id);
        if (found != ids.constEnd())
            id = *found;
    };
    for (ControlChange &change : campaign.changes) {
        share(change.district);
        share(change.control);
        share(change.leading);
        share(change.partSide);
        for (QString &side : change.contestants)
            share(side);
    }
}

QString joinRefs(const QList<int> &refs)
{
    QStringList parts;
    for (int r : refs)
        parts.append(QString::number(r));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// A quote with its paragraph and footnotes; validated against the article.
std::optional<Citation> readCitation(JsonFile &f, const QJsonObject &obj, const QString &pointer,
                                     const Article &article, bool articleOk)
{
    Citation c;
    bool ok = true;
    const QJsonValue pv = obj.value(QStringLiteral("paragraph"));
    if (!pv.isDouble() || pv.toDouble() != qFloor(pv.toDouble()) || pv.toDouble() < 1) {
        f.error(pv.isUndefined() ? pointer : pointer + QStringLiteral("/paragraph"),
                QCoreApplication::translate("CampaignLoader", "\"paragraph\" must be a positive integer"));
        ok = false;
    } else {
        c.paragraph = pv.toInt();
    }
    c.quote = f.string(obj, QStringLiteral("quote"), pointer);
    if (c.quote.isEmpty())
        ok = false;
    const QJsonArray refs = f.array(obj, QStringLiteral("refs"), pointer);
    if (!f.intList(refs, pointer + QStringLiteral("/refs"), &c.refs))
        ok = false;
    std::sort(c.refs.begin(), c.refs.end());
    if (!ok || !articleOk)
        return ok ? std::optional<Citation>(c) : std::nullopt;

    const Paragraph *p = article.paragraph(c.paragraph);
    if (!p) {
        f.error(pointer + QStringLiteral("/paragraph"),
                QCoreApplication::translate("CampaignLoader", "paragraph %1 does not exist (the article has %2)")
                    .arg(c.paragraph)
                    .arg(article.paragraphs.size()));
        return std::nullopt;
    }
    c.offset = int(p->text.indexOf(c.quote));
    if (c.offset < 0) {
        f.error(pointer + QStringLiteral("/quote"),
                QCoreApplication::translate("CampaignLoader", "quote does not occur in paragraph %1 of the article")
                    .arg(c.paragraph));
        return std::nullopt;
    }
    const QList<int> expected = p->refsBetween(c.offset, c.offset + int(c.quote.size()));
    if (expected != c.refs) {
        f.error(pointer + QStringLiteral("/refs"),
                QCoreApplication::translate("CampaignLoader",
                                            "refs %1 do not match the footnotes of the quoted text in paragraph %2: %3")
                    .arg(joinRefs(c.refs))
                    .arg(c.paragraph)
                    .arg(joinRefs(expected)));
        return std::nullopt;
    }
    return c;
}

QString resolveFile(const QString &packageDir, const QString &relative)
{
    return packageDir + QLatin1Char('/') + relative;
}

// Package-relative file names must stay inside the package.
bool safeRelativePath(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char(':'))
        || name.contains(QLatin1Char('\\')) || name.contains(QLatin1String("://")))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QString());
}

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLoader)

public:
    CampaignLoadResult run(const QString &path);

private:
    std::optional<QJsonObject> readJson(const QString &file, QByteArray *bytes);
    void readManifest(JsonFile &f, const QJsonObject &root);
    void readArticleRevision(JsonFile &f, const QJsonObject &article);
    void readDistricts(JsonFile &f, const QJsonObject &root);
    void readNeighbourhoods(JsonFile &f, const QJsonObject &district, const QString &at, District *d);
    void readEvents(JsonFile &f, const QJsonObject &root);
    void readChanges(JsonFile &f, const QJsonObject &root);
    bool inRange(QDate d) const { return d >= m_campaign.start && d <= m_campaign.end; }
    QString display(const QString &file) const { return resolveFile(m_dir, file); }

    Campaign m_campaign;
    QString m_dir;
    Diagnostics m_problems;
    MapLoadResult m_map;
    QHash<QString, QString> m_files;
    bool m_articleOk = false;
};

std::optional<QJsonObject> Loader::readJson(const QString &file, QByteArray *bytes)
{
    FileReadResult read = FileReader::read(resolveFile(m_dir, file), display(file), CampaignLoader::kMaxJsonBytes);
    if (!read.ok()) {
        m_problems.append(read.problems);
        return std::nullopt;
    }
    *bytes = read.bytes;
    return JsonFile::parse(display(file), read.bytes, &m_problems);
}

void Loader::readManifest(JsonFile &f, const QJsonObject &root)
{
    f.checkKeys(root, QString(),
                {QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("id"),
                 QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("sides"),
                 QStringLiteral("files"), QStringLiteral("article"), QStringLiteral("summary")});
    if (f.string(root, QStringLiteral("format"), QString()) != QLatin1String("aleppo-atlas-campaign"))
        f.error(QStringLiteral("/format"), tr("\"format\" must be \"aleppo-atlas-campaign\""));
    if (root.value(QStringLiteral("format_version")).toInt(-1) != 1)
        f.error(QStringLiteral("/format_version"), tr("unsupported format_version (this build reads 1)"));
    m_campaign.id = f.string(root, QStringLiteral("id"), QString());
    if (!m_campaign.id.isEmpty() && !JsonFile::idPattern().match(m_campaign.id).hasMatch())
        f.error(QStringLiteral("/id"), tr("id \"%1\" is not kebab-case").arg(m_campaign.id));
    m_campaign.title = f.localized(root, QStringLiteral("title"), QString(), {QStringLiteral("en")});
    // Optional, but a summary that is there must at least say it in English.
    if (root.contains(QStringLiteral("summary")))
        m_campaign.summary = f.localized(root, QStringLiteral("summary"), QString(), {QStringLiteral("en")});
    m_campaign.start = f.date(root, QStringLiteral("start"), QString());
    m_campaign.end = f.date(root, QStringLiteral("end"), QString());
    if (m_campaign.start.isValid() && m_campaign.end.isValid() && m_campaign.end < m_campaign.start)
        f.error(QStringLiteral("/end"),
                tr("the campaign ends (%1) before it starts (%2)")
                    .arg(m_campaign.end.toString(Qt::ISODate), m_campaign.start.toString(Qt::ISODate)));

    const QJsonArray sides = f.array(root, QStringLiteral("sides"), QString());
    for (int i = 0; i < sides.size(); ++i) {
        const QString at = QStringLiteral("/sides/%1").arg(i);
        const auto o = f.object(sides.at(i), at, tr("a side"));
        if (!o)
            continue;
        f.checkKeys(*o, at, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("color")});
        Side side;
        side.id = f.string(*o, QStringLiteral("id"), at);
        side.name = f.localized(*o, QStringLiteral("name"), at, {QStringLiteral("en"), QStringLiteral("zh")});
        const QString color = f.string(*o, QStringLiteral("color"), at);
        static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!color.isEmpty() && !hex.match(color).hasMatch())
            f.error(at + QStringLiteral("/color"), tr("color must be #RRGGBB, not \"%1\"").arg(color));
        side.color = QColor(color);
        if (side.id == kContested)
            f.error(at + QStringLiteral("/id"), tr("\"contested\" is reserved and cannot be a side id"));
        else if (!side.id.isEmpty() && !JsonFile::idPattern().match(side.id).hasMatch())
            f.error(at + QStringLiteral("/id"), tr("side id \"%1\" is not kebab-case").arg(side.id));
        else if (std::any_of(m_campaign.sides.cbegin(), m_campaign.sides.cend(),
                             [&](const Side &s) { return s.id == side.id; }))
            f.error(at + QStringLiteral("/id"), tr("duplicate side id \"%1\"").arg(side.id));
        m_campaign.sides.append(side);
    }
    if (sides.isEmpty() && root.contains(QStringLiteral("sides")))
        f.error(QStringLiteral("/sides"), tr("a campaign needs at least one side"));

    const auto files = f.object(root.value(QStringLiteral("files")), QStringLiteral("/files"),
                                QStringLiteral("\"files\""));
    if (files) {
        const QStringList required{QStringLiteral("districts"), QStringLiteral("events"), QStringLiteral("control"),
                                   QStringLiteral("article")};
        const QStringList optional{QStringLiteral("map"), QStringLiteral("district_shapes"), QStringLiteral("reports")};
        f.checkKeys(*files, QStringLiteral("/files"), required + optional);
        for (const QString &key : required + optional) {
            const QString name = f.string(*files, key, QStringLiteral("/files"), required.contains(key));
            if (name.isEmpty())
                continue;
            if (!safeRelativePath(name)) {
                f.error(QStringLiteral("/files/") + key,
                        tr("\"%1\" must be a relative path inside the package").arg(name));
                continue;
            }
            m_files.insert(key, name);
        }
    }
    const QJsonValue article = root.value(QStringLiteral("article"));
    if (!article.isUndefined()) {
        if (const auto o = f.object(article, QStringLiteral("/article"), QStringLiteral("\"article\""))) {
            f.checkKeys(*o, QStringLiteral("/article"),
                        {QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("license"),
                         QStringLiteral("attribution"), QStringLiteral("revision"), QStringLiteral("retrieved")});
            m_campaign.articleSource.title = f.string(*o, QStringLiteral("title"), QStringLiteral("/article"));
            m_campaign.articleSource.url = f.string(*o, QStringLiteral("url"), QStringLiteral("/article"));
            m_campaign.articleSource.license = f.string(*o, QStringLiteral("license"), QStringLiteral("/article"));
            m_campaign.articleSource.attribution = f.string(*o, QStringLiteral("attribution"),
                                                            QStringLiteral("/article"));
            readArticleRevision(f, *o);
        }
    }
}

void Loader::readArticleRevision(JsonFile &f, const QJsonObject &article)
{
    // Both are optional: a copy that does not record its revision says so by leaving it out.
    const QJsonValue revision = article.value(QStringLiteral("revision"));
    if (!revision.isUndefined()) {
        const double id = revision.toDouble(-1);
        if (!revision.isDouble() || id < 1 || id != std::floor(id) || id > 9007199254740991.0)
            f.error(QStringLiteral("/article/revision"),
                    tr("\"revision\" must be the revision's id on the wiki, a whole number from 1 (the oldid "
                       "of its permanent link)"));
        else
            m_campaign.articleSource.revision = qint64(id);
    }
    if (article.contains(QStringLiteral("retrieved")))
        m_campaign.articleSource.retrieved = f.date(article, QStringLiteral("retrieved"), QStringLiteral("/article"));
}

void Loader::readDistricts(JsonFile &f, const QJsonObject &root)
{
    f.checkKeys(root, QString(), {QStringLiteral("districts")});
    const QJsonArray list = f.array(root, QStringLiteral("districts"), QString());
    if (list.size() > CampaignLoader::kMaxDistricts) {
        f.error(QStringLiteral("/districts"),
                tr("%1 districts; the limit is %2").arg(list.size()).arg(CampaignLoader::kMaxDistricts));
        return;
    }
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("/districts/%1").arg(i);
        const auto o = f.object(list.at(i), at, tr("a district"));
        if (!o)
            continue;
        f.checkKeys(*o, at,
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("centroid"),
                     QStringLiteral("neighbourhoods")});
        District d;
        d.id = f.string(*o, QStringLiteral("id"), at);
        if (!d.id.isEmpty() && !JsonFile::idPattern().match(d.id).hasMatch())
            f.error(at + QStringLiteral("/id"), tr("district id \"%1\" is not kebab-case").arg(d.id));
        else if (seen.contains(d.id))
            f.error(at + QStringLiteral("/id"), tr("duplicate district id \"%1\"").arg(d.id));
        seen.insert(d.id);
        d.name = f.localized(*o, QStringLiteral("name"), at, {QStringLiteral("en"), QStringLiteral("zh")});
        const QString cat = at + QStringLiteral("/centroid");
        if (const auto c = f.object(o->value(QStringLiteral("centroid")), cat, QStringLiteral("\"centroid\""))) {
            f.checkKeys(*c, cat, {QStringLiteral("lat"), QStringLiteral("lon")});
            const QJsonValue lat = c->value(QStringLiteral("lat"));
            const QJsonValue lon = c->value(QStringLiteral("lon"));
            if (!lat.isDouble() || lat.toDouble() < -90 || lat.toDouble() > 90)
                f.error(lat.isUndefined() ? cat : cat + QStringLiteral("/lat"),
                        tr("latitude must be a number from -90 to 90"));
            else if (!lon.isDouble() || lon.toDouble() < -180 || lon.toDouble() > 180)
                f.error(lon.isUndefined() ? cat : cat + QStringLiteral("/lon"),
                        tr("longitude must be a number from -180 to 180"));
            else
                d.centroid = QGeoCoordinate(lat.toDouble(), lon.toDouble());
        }
        readNeighbourhoods(f, *o, at, &d);
        m_campaign.districts.append(d);
    }
}

void Loader::readNeighbourhoods(JsonFile &f, const QJsonObject &district, const QString &at, District *d)
{
    const QString nat = at + QStringLiteral("/neighbourhoods");
    const QJsonArray list = f.array(district, QStringLiteral("neighbourhoods"), at, false);
    for (int k = 0; k < list.size(); ++k) {
        const QString kat = nat + QStringLiteral("/%1").arg(k);
        const auto n = f.object(list.at(k), kat, tr("a neighbourhood"));
        if (!n)
            continue;
        f.checkKeys(*n, kat, {QStringLiteral("id"), QStringLiteral("name")});
        Neighbourhood member;
        member.id = f.string(*n, QStringLiteral("id"), kat);
        if (!member.id.isEmpty() && !JsonFile::idPattern().match(member.id).hasMatch())
            f.error(kat + QStringLiteral("/id"), tr("neighbourhood id \"%1\" is not kebab-case").arg(member.id));
        else if (d->neighbourhoodIndex(member.id) >= 0)
            f.error(kat + QStringLiteral("/id"), tr("duplicate neighbourhood id \"%1\"").arg(member.id));
        member.name = f.localized(*n, QStringLiteral("name"), kat, {QStringLiteral("en")});
        d->neighbourhoods.append(member);
    }
}

void Loader::readEvents(JsonFile &f, const QJsonObject &root)
{
    f.checkKeys(root, QString(), {QStringLiteral("events")});
    const QJsonArray list = f.array(root, QStringLiteral("events"), QString());
    if (list.size() > CampaignLoader::kMaxEvents) {
        f.error(QStringLiteral("/events"),
                tr("%1 events; the limit is %2").arg(list.size()).arg(CampaignLoader::kMaxEvents));
        return;
    }
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("/events/%1").arg(i);
        const auto o = f.object(list.at(i), at, tr("an event"));
        if (!o)
            continue;
        f.checkKeys(*o, at,
                    {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("end_date"),
                     QStringLiteral("date_from_context"), QStringLiteral("kind"), QStringLiteral("districts"),
                     QStringLiteral("paragraph"), QStringLiteral("quote"), QStringLiteral("refs"),
                     QStringLiteral("summary"), QStringLiteral("figure")});
        CampaignEvent e;
        bool ok = true;
        e.id = f.string(*o, QStringLiteral("id"), at);
        if (!e.id.isEmpty() && !JsonFile::idPattern().match(e.id).hasMatch()) {
            f.error(at + QStringLiteral("/id"), tr("event id \"%1\" is not kebab-case").arg(e.id));
            ok = false;
        } else if (seen.contains(e.id)) {
            f.error(at + QStringLiteral("/id"), tr("duplicate event id \"%1\"").arg(e.id));
            ok = false;
        }
        seen.insert(e.id);
        e.date = f.date(*o, QStringLiteral("date"), at);
        e.endDate = o->contains(QStringLiteral("end_date")) ? f.date(*o, QStringLiteral("end_date"), at) : e.date;
        if (e.date.isValid() && !inRange(e.date)) {
            f.error(at + QStringLiteral("/date"),
                    tr("date %1 is outside the campaign (%2 to %3)")
                        .arg(e.date.toString(Qt::ISODate), m_campaign.start.toString(Qt::ISODate),
                             m_campaign.end.toString(Qt::ISODate)));
            ok = false;
        }
        if (e.date.isValid() && e.endDate.isValid() && e.endDate < e.date) {
            f.error(
                at + QStringLiteral("/end_date"),
                tr("end_date %1 is before date %2").arg(e.endDate.toString(Qt::ISODate), e.date.toString(Qt::ISODate)));
            ok = false;
        } else if (o->contains(QStringLiteral("end_date")) && e.endDate.isValid() && !inRange(e.endDate)) {
            f.error(at + QStringLiteral("/end_date"),
                    tr("end_date %1 is outside the campaign").arg(e.endDate.toString(Qt::ISODate)));
            ok = false;
        }
        if (!e.date.isValid() || !e.endDate.isValid())
            ok = false;
        const QJsonValue ctx = o->value(QStringLiteral("date_from_context"));
        if (!ctx.isUndefined() && !ctx.isBool())
            f.error(at + QStringLiteral("/date_from_context"), tr("\"date_from_context\" must be true or false"));
        e.dateFromContext = ctx.toBool(false);
        const QString kind = f.string(*o, QStringLiteral("kind"), at);
        if (!kind.isEmpty() && !eventKindFromName(kind, &e.kind)) {
            QStringList names;
            for (EventKind k : allEventKinds())
                names.append(eventKindName(k));
            f.error(at + QStringLiteral("/kind"),
                    tr("unknown kind \"%1\" (one of: %2)").arg(kind, names.join(QStringLiteral(", "))));
            ok = false;
        }
        const QJsonArray districts = f.array(*o, QStringLiteral("districts"), at);
        for (int k = 0; k < districts.size(); ++k) {
            const QString id = districts.at(k).toString();
            if (!m_campaign.district(id)) {
                f.error(QStringLiteral("%1/districts/%2").arg(at).arg(k), tr("unknown district \"%1\"").arg(id));
                ok = false;
            } else {
                e.districts.append(id);
            }
        }
        e.summary = f.localized(*o, QStringLiteral("summary"), at, {QStringLiteral("en")});
        if (o->contains(QStringLiteral("figure"))) {
            e.figure = ReportsReader::readFigure(f, o->value(QStringLiteral("figure")), at + QStringLiteral("/figure"),
                                                 m_campaign, &ok);
        }
        const auto citation = readCitation(f, *o, at, m_campaign.article, m_articleOk);
        if (!citation)
            ok = false;
        else
            e.citation = *citation;
        if (ok)
            m_campaign.events.append(e);
    }
    std::stable_sort(m_campaign.events.begin(), m_campaign.events.end(),
                     [](const CampaignEvent &a, const CampaignEvent &b) { return a.date < b.date; });
}

void Loader::readChanges(JsonFile &f, const QJsonObject &root)
{
    f.checkKeys(root, QString(), {QStringLiteral("changes")});
    const QJsonArray list = f.array(root, QStringLiteral("changes"), QString());
    if (list.size() > CampaignLoader::kMaxChanges) {
        f.error(QStringLiteral("/changes"),
                tr("%1 changes; the limit is %2").arg(list.size()).arg(CampaignLoader::kMaxChanges));
        return;
    }
    QHash<QString, QDate> firstChange;
    QHash<QString, QString> firstChangeAt;
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("/changes/%1").arg(i);
        const auto o = f.object(list.at(i), at, tr("a change"));
        if (!o)
            continue;
        f.checkKeys(*o, at,
                    {QStringLiteral("district"), QStringLiteral("date"), QStringLiteral("control"),
                     QStringLiteral("leading"), QStringLiteral("contestants"), QStringLiteral("basis"),
                     QStringLiteral("sources"), QStringLiteral("event"), QStringLiteral("note")});
        ControlChange c;
        c.order = i;
        bool ok = true;
        c.district = f.string(*o, QStringLiteral("district"), at);
        if (!c.district.isEmpty() && !m_campaign.district(c.district)) {
            f.error(at + QStringLiteral("/district"), tr("unknown district \"%1\"").arg(c.district));
            ok = false;
        }
        c.date = f.date(*o, QStringLiteral("date"), at);
        if (!c.date.isValid()) {
            ok = false;
        } else if (!inRange(c.date)) {
            f.error(at + QStringLiteral("/date"),
                    tr("date %1 is outside the campaign (%2 to %3)")
                        .arg(c.date.toString(Qt::ISODate), m_campaign.start.toString(Qt::ISODate),
                             m_campaign.end.toString(Qt::ISODate)));
            ok = false;
        }
        c.control = f.string(*o, QStringLiteral("control"), at);
        if (!c.control.isEmpty() && c.control != kContested && !m_campaign.side(c.control)) {
            f.error(at + QStringLiteral("/control"),
                    tr("unknown control \"%1\" (a side id or \"contested\")").arg(c.control));
            ok = false;
        }
        c.leading = f.string(*o, QStringLiteral("leading"), at, false);
        if (!c.leading.isEmpty()) {
            if (c.control != kContested) {
                f.error(at + QStringLiteral("/leading"), tr("\"leading\" is only meaningful with \"contested\""));
                ok = false;
            } else if (!m_campaign.side(c.leading)) {
                f.error(at + QStringLiteral("/leading"), tr("unknown side \"%1\"").arg(c.leading));
                ok = false;
            }
        }
        if (o->contains(QStringLiteral("contestants"))) {
            const QJsonArray contestants = f.array(*o, QStringLiteral("contestants"), at);
            for (int k = 0; k < contestants.size(); ++k) {
                const QString side = contestants.at(k).toString();
                const QString kat = QStringLiteral("%1/contestants/%2").arg(at).arg(k);
                if (!m_campaign.side(side)) {
                    f.error(kat, tr("unknown side \"%1\"").arg(side));
                    ok = false;
                } else if (c.contestants.contains(side)) {
                    f.error(kat, tr("side \"%1\" is listed twice").arg(side));
                    ok = false;
                } else {
                    c.contestants.append(side);
                }
            }
            if (c.control != kContested) {
                f.error(at + QStringLiteral("/contestants"),
                        tr("\"contestants\" is only meaningful with \"contested\""));
                ok = false;
            } else if (ok && c.contestants.size() < 2) {
                f.error(at + QStringLiteral("/contestants"), tr("\"contestants\" needs at least two sides"));
                ok = false;
            } else if (ok && !c.leading.isEmpty() && !c.contestants.contains(c.leading)) {
                f.error(at + QStringLiteral("/contestants"),
                        tr("the leading side \"%1\" is not among the contestants").arg(c.leading));
                ok = false;
            }
        }
        const QString basis = f.string(*o, QStringLiteral("basis"), at);
        if (!basis.isEmpty() && (!basisFromName(basis, &c.basis) || c.basis == Basis::Reported)) {
            f.error(at + QStringLiteral("/basis"),
                    c.basis == Basis::Reported
                        ? tr("basis \"reported\" belongs to reports.json, not to the article's changes")
                        : tr("unknown basis \"%1\" (stated, inferred or approximate)").arg(basis));
            ok = false;
        }
        const QJsonArray sources = f.array(*o, QStringLiteral("sources"), at, false);
        for (int k = 0; k < sources.size(); ++k) {
            const QString sat = QStringLiteral("%1/sources/%2").arg(at).arg(k);
            const auto so = f.object(sources.at(k), sat, tr("a source"));
            if (!so) {
                ok = false;
                continue;
            }
            f.checkKeys(*so, sat, {QStringLiteral("paragraph"), QStringLiteral("quote"), QStringLiteral("refs")});
            if (const auto cit = readCitation(f, *so, sat, m_campaign.article, m_articleOk))
                c.sources.append(*cit);
            else
                ok = false;
        }
        if (c.basis != Basis::Approximate && sources.isEmpty() && !basis.isEmpty()) {
            f.error(at, tr("a %1 change needs at least one source in the article").arg(basis));
            ok = false;
        }
        c.event = f.string(*o, QStringLiteral("event"), at, false);
        if (!c.event.isEmpty() && !m_campaign.event(c.event)) {
            f.error(at + QStringLiteral("/event"), tr("unknown event \"%1\"").arg(c.event));
            ok = false;
        }
        c.note = f.localized(*o, QStringLiteral("note"), at, {});
        if (!ok)
            continue;
        if (!firstChange.contains(c.district) || c.date < firstChange.value(c.district)) {
            firstChange.insert(c.district, c.date);
            firstChangeAt.insert(c.district, at);
        }
        m_campaign.changes.append(c);
    }
    // A district without a state on the first day would be drawn from nothing.
    for (int i = 0; i < m_campaign.districts.size(); ++i) {
        const District &d = m_campaign.districts.at(i);
        if (!firstChange.contains(d.id)) {
            f.error(QStringLiteral("/changes"), tr("district \"%1\" has no control change; it needs a state on %2")
                                                    .arg(d.id, m_campaign.start.toString(Qt::ISODate)));
        } else if (firstChange.value(d.id) != m_campaign.start) {
            f.error(firstChangeAt.value(d.id) + QStringLiteral("/date"),
                    tr("district \"%1\" has no state on the campaign's first day %2 (its first change is %3)")
                        .arg(d.id, m_campaign.start.toString(Qt::ISODate),
                             firstChange.value(d.id).toString(Qt::ISODate)));
        }
    }
}

CampaignLoadResult Loader::run(const QString &path)
{
    const QFileInfo info(path);
    QString manifest = QStringLiteral("campaign.json");
    if (info.isDir()) {
        m_dir = path;
    } else {
        m_dir = info.path();
        manifest = info.fileName();
    }
    while (m_dir.size() > 1 && m_dir.endsWith(QLatin1Char('/')))
        m_dir.chop(1);
    m_campaign.packagePath = m_dir;

    CampaignLoadResult result;
    QByteArray bytes;
    const auto root = readJson(manifest, &bytes);
    if (!root) {
        result.problems = m_problems;
        return result;
    }
    {
        JsonFile f(display(manifest), bytes, &m_problems);
        readManifest(f, *root);
    }
    if (!m_problems.isEmpty() || m_files.size() < 4) {
        result.problems = m_problems;
        return result;
    }

    // A map whose districts have shapes of their own (GeoJSON) needs nothing
    // from the JSON files: it is parsed beside them (QtSvg's parse is
    // reentrant). It is most of a load's work, and a second core takes it.
    std::future<MapLoadResult> pendingMap;
    if (m_files.contains(QStringLiteral("map")) && m_files.contains(QStringLiteral("district_shapes"))) {
        const QString name = m_files.value(QStringLiteral("map"));
        pendingMap = std::async(std::launch::async, [file = resolveFile(m_dir, name), shown = display(name)] {
            MapLoadResult map = MapLoader::load(file, shown);
            // The renderer is drawn in the application's thread; only the thread that made it may send it there.
            if (map.renderer && QCoreApplication::instance())
                map.renderer->moveToThread(QCoreApplication::instance()->thread());
            return map;
        });
    }

    // The article first: events and changes quote it.
    const QString articleName = m_files.value(QStringLiteral("article"));
    FileReadResult article = FileReader::readText(resolveFile(m_dir, articleName), display(articleName),
                                                  CampaignLoader::kMaxArticleBytes);
    if (article.ok()) {
        ArticleParseResult parsed = ArticleParser::parse(article.text, display(articleName), m_campaign.start.year());
        m_problems.append(parsed.problems);
        m_campaign.article = parsed.article;
        m_articleOk = parsed.ok();
    } else {
        m_problems.append(article.problems);
    }

    if (const auto d = readJson(m_files.value(QStringLiteral("districts")), &bytes)) {
        JsonFile f(display(m_files.value(QStringLiteral("districts"))), bytes, &m_problems);
        readDistricts(f, *d);
    }
    m_campaign.buildIndex();
    if (const auto e = readJson(m_files.value(QStringLiteral("events")), &bytes)) {
        JsonFile f(display(m_files.value(QStringLiteral("events"))), bytes, &m_problems);
        readEvents(f, *e);
    }
    m_campaign.buildIndex();
    if (const auto c = readJson(m_files.value(QStringLiteral("control")), &bytes)) {
        JsonFile f(display(m_files.value(QStringLiteral("control"))), bytes, &m_problems);
        readChanges(f, *c);
    }
    // Reports come last: their claims name districts and sides, and become changes after the article's.
    if (m_files.contains(QStringLiteral("reports"))) {
        const QString name = m_files.value(QStringLiteral("reports"));
        if (const auto r = readJson(name, &bytes)) {
            JsonFile f(display(name), bytes, &m_problems);
            ReportsReader::read(f, *r, &m_campaign);
        }
    }

    if (m_files.contains(QStringLiteral("map"))) {
        const QString name = m_files.value(QStringLiteral("map"));
        // Without GeoJSON the districts are the map's elements: their outlines
        // are read (and checked) in the map's one pass.
        QSet<QString> districtIds;
        if (!m_files.contains(QStringLiteral("district_shapes"))) {
            for (const District &d : std::as_const(m_campaign.districts))
                districtIds.insert(d.id);
        }
        MapLoadResult map = pendingMap.valid() ? pendingMap.get()
                                               : MapLoader::load(resolveFile(m_dir, name), display(name), districtIds);
        m_problems.append(map.problems);
        if (map.ok()) {
            m_campaign.mapFile = resolveFile(m_dir, name);
            m_map = std::move(map);
            if (!m_files.contains(QStringLiteral("district_shapes"))) {
                for (const District &d : std::as_const(m_campaign.districts)) {
                    if (!m_map.elementIds.contains(d.id))
                        m_problems.append(
                            {display(name), 0, 0, tr("no element with id \"%1\" for district \"%1\"").arg(d.id)});
                }
            }
        }
    }
    if (m_files.contains(QStringLiteral("district_shapes"))) {
        const QString name = m_files.value(QStringLiteral("district_shapes"));
        if (!QFileInfo::exists(resolveFile(m_dir, name)))
            m_problems.append({display(name), 0, 0, tr("file not found")});
        else
            m_campaign.districtShapesFile = resolveFile(m_dir, name);
    }

    result.problems = m_problems;
    if (m_problems.isEmpty()) {
        shareIds(m_campaign);
        m_campaign.buildIndex();
        result.campaign = std::make_shared<const Campaign>(std::move(m_campaign));
        result.map = std::move(m_map);
    }
    return result;
}

} // namespace

QString CampaignLoadResult::errorString() const
{
    QStringList lines;
    for (const Diagnostic &d : problems)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

CampaignLoadResult CampaignLoader::load(const QString &path)
{
    if (path.isEmpty())
        return {nullptr, {{QString(), 0, 0, tr("no campaign path given")}}};
    if (!QFileInfo::exists(path))
        return {nullptr, {{path, 0, 0, tr("no such file or folder")}}};
    Loader loader;
    return loader.run(path);
}

QString CampaignLoader::embeddedPath()
{
    return QStringLiteral(":/campaigns/aleppo-2016");
}
