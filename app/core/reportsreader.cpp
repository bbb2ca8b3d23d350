#include "reportsreader.h"

#include "partcoverage.h"

#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace {

Outlet readOutlet(JsonFile &f, const QJsonValue &value, const QString &pointer, const QString &what, bool *ok)
{
    Outlet outlet;
    const auto o = f.object(value, pointer, what);
    if (!o) {
        *ok = false;
        return outlet;
    }
    f.checkKeys(*o, pointer, {QStringLiteral("name"), QStringLiteral("type")});
    outlet.name = f.string(*o, QStringLiteral("name"), pointer);
    outlet.type = f.string(*o, QStringLiteral("type"), pointer);
    if (outlet.name.trimmed().isEmpty() || outlet.type.isEmpty())
        *ok = false;
    if (!outlet.type.isEmpty() && !Outlet::types().contains(outlet.type)) {
        f.error(pointer + QStringLiteral("/type"),
                QCoreApplication::translate("CampaignLoader", "unknown outlet type \"%1\" (one of: %2)")
                    .arg(outlet.type, Outlet::types().join(QStringLiteral(", "))));
        *ok = false;
    }
    return outlet;
}

} // namespace

bool ReportsReader::isWebUrl(const QString &url)
{
    if (url.isEmpty() || url.size() > kMaxUrlLength)
        return false;
    for (const QChar c : url) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    return u.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !u.host().isEmpty()
           && u.userInfo().isEmpty();
}

Figure ReportsReader::readFigure(JsonFile &f, const QJsonValue &value, const QString &pointer, const Campaign &campaign,
                                 bool *ok)
{
    Figure figure;
    const auto o = f.object(value, pointer, QStringLiteral("\"figure\""));
    if (!o) {
        *ok = false;
        return figure;
    }
    f.checkKeys(*o, pointer,
                {QStringLiteral("unit"), QStringLiteral("value"), QStringLiteral("qualifier"), QStringLiteral("of"),
                 QStringLiteral("districts")});
    const QString unit = f.string(*o, QStringLiteral("unit"), pointer);
    if (!unit.isEmpty() && !figureUnitFromName(unit, &figure.unit)) {
        f.error(pointer + QStringLiteral("/unit"),
                tr("unknown figure unit \"%1\" (share, km2 or districts)").arg(unit));
        *ok = false;
    } else if (unit.isEmpty()) {
        *ok = false;
    }
    const QJsonValue v = o->value(QStringLiteral("value"));
    const double number = v.toDouble(-1);
    if (!v.isDouble() || !std::isfinite(number) || number < 0) {
        f.error(v.isUndefined() ? pointer : pointer + QStringLiteral("/value"),
                tr("a figure's \"value\" must be a number of at least 0"));
        *ok = false;
    } else if (figure.unit == FigureUnit::Share && number > 1) {
        f.error(pointer + QStringLiteral("/value"),
                tr("a share is a number from 0 to 1 (80% is 0.8), not %1").arg(number));
        *ok = false;
    } else if (figure.unit == FigureUnit::Districts && number != std::floor(number)) {
        f.error(pointer + QStringLiteral("/value"), tr("a number of districts must be a whole number"));
        *ok = false;
    }
    figure.value = number;
    const QString qualifier = f.string(*o, QStringLiteral("qualifier"), pointer, false);
    if (!qualifier.isEmpty() && !figureQualifierFromName(qualifier, &figure.qualifier)) {
        f.error(pointer + QStringLiteral("/qualifier"),
                tr("unknown qualifier \"%1\" (about, over, under or exact)").arg(qualifier));
        *ok = false;
    }
    figure.of = f.localized(*o, QStringLiteral("of"), pointer, {QStringLiteral("en")});
    if (figure.of.en.isEmpty())
        *ok = false;
    const QJsonArray districts = f.array(*o, QStringLiteral("districts"), pointer, false);
    for (int d = 0; d < districts.size(); ++d) {
        const QString id = districts.at(d).toString();
        if (!campaign.district(id)) {
            f.error(QStringLiteral("%1/districts/%2").arg(pointer).arg(d), tr("unknown district \"%1\"").arg(id));
            *ok = false;
        } else {
            figure.districts.append(id);
        }
    }
    figure.present = true;
    return figure;
}

void ReportsReader::read(JsonFile &f, const QJsonObject &root, Campaign *campaign)
{
    f.checkKeys(root, QString(), {QStringLiteral("reports")});
    const QJsonArray list = f.array(root, QStringLiteral("reports"), QString());
    if (list.size() > kMaxReports) {
        f.error(QStringLiteral("/reports"), tr("%1 reports; the limit is %2").arg(list.size()).arg(kMaxReports));
        return;
    }
    const auto inRange = [&](QDate d) { return d >= campaign->start && d <= campaign->end; };
    QSet<QString> reportIds;
    QSet<QString> claimIds;
    // Denials are resolved once every claim id is known: a claim may deny one further down.
    struct Denial
    {
        QString target;        ///< the denied claim's id
        QString ownId;         ///< the denying claim's id (may be empty)
        QStringList districts; ///< the denying claim's districts
        QString pointer;
    };
    QList<Denial> denials;
    QList<Report> reports;
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("/reports/%1").arg(i);
        const auto o = f.object(list.at(i), at, tr("a report"));
        if (!o)
            continue;
        f.checkKeys(*o, at,
                    {QStringLiteral("id"), QStringLiteral("outlet"), QStringLiteral("url"), QStringLiteral("published"),
                     QStringLiteral("claims")});
        Report r;
        bool ok = true;
        r.id = f.string(*o, QStringLiteral("id"), at);
        if (r.id.isEmpty()) {
            ok = false;
        } else if (!JsonFile::idPattern().match(r.id).hasMatch()) {
            f.error(at + QStringLiteral("/id"), tr("report id \"%1\" is not kebab-case").arg(r.id));
            ok = false;
        } else if (reportIds.contains(r.id)) {
            f.error(at + QStringLiteral("/id"), tr("duplicate report id \"%1\"").arg(r.id));
            ok = false;
        }
        reportIds.insert(r.id);
        if (o->contains(QStringLiteral("outlet")))
            r.outlet = readOutlet(f, o->value(QStringLiteral("outlet")), at + QStringLiteral("/outlet"),
                                  QStringLiteral("\"outlet\""), &ok);
        else {
            f.error(at, tr("missing \"outlet\""));
            ok = false;
        }
        r.url = f.string(*o, QStringLiteral("url"), at);
        if (!r.url.isEmpty() && !isWebUrl(r.url)) {
            f.error(at + QStringLiteral("/url"),
                    tr("\"url\" must be an http or https address with a host, without spaces (at most %1 "
                       "characters)")
                        .arg(kMaxUrlLength));
            ok = false;
        } else if (r.url.isEmpty()) {
            ok = false;
        }
        r.published = f.date(*o, QStringLiteral("published"), at);
        if (!r.published.isValid()) {
            ok = false;
        } else if (r.published < campaign->start) {
            f.error(at + QStringLiteral("/published"),
                    tr("published %1, before the campaign starts (%2)")
                        .arg(r.published.toString(Qt::ISODate), campaign->start.toString(Qt::ISODate)));
            ok = false;
        }
        const QJsonArray claims = f.array(*o, QStringLiteral("claims"), at);
        if (claims.isEmpty() && o->contains(QStringLiteral("claims"))) {
            f.error(at + QStringLiteral("/claims"), tr("a report needs at least one claim"));
            ok = false;
        }
        for (int k = 0; k < claims.size(); ++k) {
            const QString cat = QStringLiteral("%1/claims/%2").arg(at).arg(k);
            const auto co = f.object(claims.at(k), cat, tr("a claim"));
            if (!co) {
                ok = false;
                continue;
            }
            f.checkKeys(*co, cat,
                        {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("districts"),
                         QStringLiteral("part"), QStringLiteral("places"), QStringLiteral("neighbourhoods"),
                         QStringLiteral("control"), QStringLiteral("leading"), QStringLiteral("denies"),
                         QStringLiteral("figure"), QStringLiteral("said_by"), QStringLiteral("summary")});
            ReportClaim c;
            c.id = f.string(*co, QStringLiteral("id"), cat, false);
            if (!c.id.isEmpty()) {
                if (!JsonFile::idPattern().match(c.id).hasMatch()) {
                    f.error(cat + QStringLiteral("/id"), tr("claim id \"%1\" is not kebab-case").arg(c.id));
                    ok = false;
                } else if (claimIds.contains(c.id)) {
                    f.error(cat + QStringLiteral("/id"), tr("duplicate claim id \"%1\"").arg(c.id));
                    ok = false;
                }
                claimIds.insert(c.id);
            }
            c.date = f.date(*co, QStringLiteral("date"), cat);
            if (!c.date.isValid()) {
                ok = false;
            } else if (!inRange(c.date)) {
                f.error(cat + QStringLiteral("/date"),
                        tr("date %1 is outside the campaign (%2 to %3)")
                            .arg(c.date.toString(Qt::ISODate), campaign->start.toString(Qt::ISODate),
                                 campaign->end.toString(Qt::ISODate)));
                ok = false;
            } else if (r.published.isValid() && c.date > r.published) {
                f.error(cat + QStringLiteral("/date"),
                        tr("the claim is about %1, after the report was published (%2)")
                            .arg(c.date.toString(Qt::ISODate), r.published.toString(Qt::ISODate)));
                ok = false;
            }
            const QJsonArray districts = f.array(*co, QStringLiteral("districts"), cat);
            for (int d = 0; d < districts.size(); ++d) {
                const QString id = districts.at(d).toString();
                const QString dat = QStringLiteral("%1/districts/%2").arg(cat).arg(d);
                if (!campaign->district(id)) {
                    f.error(dat, tr("unknown district \"%1\"").arg(id));
                    ok = false;
                } else if (c.districts.contains(id)) {
                    f.error(dat, tr("district \"%1\" is listed twice").arg(id));
                    ok = false;
                } else {
                    c.districts.append(id);
                }
            }
            const QJsonValue part = co->value(QStringLiteral("part"));
            if (!part.isUndefined() && !part.isBool()) {
                f.error(cat + QStringLiteral("/part"), tr("\"part\" must be true or false"));
                ok = false;
            }
            c.part = part.toBool(false);
            const QJsonArray places = f.array(*co, QStringLiteral("places"), cat, false);
            for (int p = 0; p < places.size(); ++p) {
                if (!places.at(p).isString() || places.at(p).toString().trimmed().isEmpty()) {
                    f.error(QStringLiteral("%1/places/%2").arg(cat).arg(p), tr("a place is a non-empty string"));
                    ok = false;
                } else {
                    c.places.append(places.at(p).toString());
                }
            }
            c.control = f.string(*co, QStringLiteral("control"), cat, false);
            if (!c.control.isEmpty() && c.control != kContested && !campaign->side(c.control)) {
                f.error(cat + QStringLiteral("/control"),
                        tr("unknown control \"%1\" (a side id or \"contested\")").arg(c.control));
                ok = false;
            }
            if (c.part && c.control.isEmpty()) {
                f.error(cat + QStringLiteral("/part"),
                        tr("\"part\" needs a \"control\": the side that holds the part, or \"contested\""));
                ok = false;
            }
            const QJsonArray members = f.array(*co, QStringLiteral("neighbourhoods"), cat, false);
            if (!members.isEmpty() && (!c.part || c.control.isEmpty() || c.control == kContested)) {
                f.error(cat + QStringLiteral("/neighbourhoods"),
                        tr("\"neighbourhoods\" needs \"part\": true and a side as \"control\""));
                ok = false;
            }
            for (int m = 0; m < members.size(); ++m) {
                const QString id = members.at(m).toString();
                const QString mat = QStringLiteral("%1/neighbourhoods/%2").arg(cat).arg(m);
                const bool member = std::any_of(c.districts.cbegin(), c.districts.cend(), [&](const QString &d) {
                    return campaign->district(d)->neighbourhoodIndex(id) >= 0;
                });
                if (!member) {
                    f.error(mat, tr("\"%1\" is not a neighbourhood of the claim's districts").arg(id));
                    ok = false;
                } else if (c.neighbourhoods.contains(id)) {
                    f.error(mat, tr("neighbourhood \"%1\" is listed twice").arg(id));
                    ok = false;
                } else {
                    c.neighbourhoods.append(id);
                }
            }
            c.leading = f.string(*co, QStringLiteral("leading"), cat, false);
            if (!c.leading.isEmpty()) {
                if (c.control != kContested) {
                    f.error(cat + QStringLiteral("/leading"), tr("\"leading\" is only meaningful with \"contested\""));
                    ok = false;
                } else if (!campaign->side(c.leading)) {
                    f.error(cat + QStringLiteral("/leading"), tr("unknown side \"%1\"").arg(c.leading));
                    ok = false;
                }
            }
            c.denies = f.string(*co, QStringLiteral("denies"), cat, false);
            if (!c.denies.isEmpty())
                denials.append({c.denies, c.id, c.districts, cat + QStringLiteral("/denies")});
            if (co->contains(QStringLiteral("figure")))
                c.figure = readFigure(f, co->value(QStringLiteral("figure")), cat + QStringLiteral("/figure"),
                                      *campaign, &ok);
            // A figure about the claim's districts unless it names its own.
            if (c.figure.present && c.figure.districts.isEmpty())
                c.figure.districts = c.districts;
            if (co->contains(QStringLiteral("said_by")))
                c.saidBy = readOutlet(f, co->value(QStringLiteral("said_by")), cat + QStringLiteral("/said_by"),
                                      QStringLiteral("\"said_by\""), &ok);
            c.summary = f.localized(*co, QStringLiteral("summary"), cat, {QStringLiteral("en")});
            if (c.summary.en.isEmpty())
                ok = false;
            if (c.control.isEmpty() && c.denies.isEmpty() && !c.figure.present) {
                f.error(cat, tr("a claim needs at least one of \"control\", \"denies\" or \"figure\""));
                ok = false;
            } else if (c.districts.isEmpty() && (!c.control.isEmpty() || !c.denies.isEmpty()) && districts.isEmpty()) {
                f.error(cat + QStringLiteral("/districts"),
                        tr("a claim about control or a denial needs at least one district"));
                ok = false;
            }
            r.claims.append(c);
        }
        if (ok)
            reports.append(r);
    }

    // Resolve denials against every claim read (including ones of reports with problems:
    // their own errors are already recorded, the package will not load).
    QHash<QString, QPair<int, int>> claimsById;
    for (int i = 0; i < reports.size(); ++i) {
        for (int k = 0; k < reports.at(i).claims.size(); ++k) {
            if (!reports.at(i).claims.at(k).id.isEmpty())
                claimsById.insert(reports.at(i).claims.at(k).id, {i, k});
        }
    }
    for (const Denial &d : std::as_const(denials)) {
        const QString &target = d.target;
        if (target == d.ownId) {
            f.error(d.pointer, tr("a claim cannot deny itself"));
            continue;
        }
        if (!claimIds.contains(target)) {
            f.error(d.pointer, tr("\"denies\" names no claim: \"%1\"").arg(target));
            continue;
        }
        const auto it = claimsById.constFind(target);
        if (it == claimsById.cend())
            continue; // the denied claim's report has problems of its own
        const ReportClaim &denied = reports.at(it->first).claims.at(it->second);
        const bool shares = std::any_of(d.districts.cbegin(), d.districts.cend(),
                                        [&](const QString &id) { return denied.districts.contains(id); });
        if (!shares)
            f.error(d.pointer, tr("the denied claim \"%1\" is about none of this claim's districts").arg(target));
    }

    // Claims that assert a control are changes of the timeline, after the article's.
    int order = int(campaign->changes.size());
    for (int i = 0; i < reports.size(); ++i) {
        const Report &r = reports.at(i);
        for (int k = 0; k < r.claims.size(); ++k) {
            const ReportClaim &c = r.claims.at(k);
            if (c.control.isEmpty())
                continue;
            for (const QString &district : c.districts) {
                ControlChange change;
                change.district = district;
                change.date = c.date;
                change.control = c.part ? kContested : c.control;
                change.leading = c.part && c.control != kContested ? QString() : c.leading;
                change.basis = Basis::Reported;
                change.report = int(campaign->reports.size()) + i;
                change.claim = k;
                change.partSide = c.part && c.control != kContested ? c.control : QString();
                change.order = order++;
                campaign->changes.append(change);
            }
        }
    }
    campaign->reports.append(reports);
    // Part claims that together name every neighbourhood of a district make a whole change.
    campaign->changes.append(PartCoverage::completions(*campaign, order));
}
