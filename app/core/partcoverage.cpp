#include "partcoverage.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

bool isNamedPart(const Campaign &campaign, const ControlChange &c)
{
    return c.isReported() && !c.partSide.isEmpty()
           && !campaign.reports.at(c.report).claims.at(c.claim).neighbourhoods.isEmpty();
}

// The explanation a reader sees beside the change, in both languages.
LocalizedText noteFor(const Campaign &campaign, const District &district, const QString &side,
                      const QList<int> &memberChange)
{
    QStringList en;
    QStringList zh;
    for (int i = 0; i < district.neighbourhoods.size(); ++i) {
        const QString name = district.neighbourhoods.at(i).name.en;
        const int k = memberChange.at(i);
        if (k < 0) {
            en.append(QStringLiteral("%1 (already held)").arg(name));
            zh.append(QStringLiteral("%1（此前已控制）").arg(name));
            continue;
        }
        const ControlChange &c = campaign.changes.at(k);
        const Report &r = campaign.reports.at(c.report);
        const QString when = c.date.toString(Qt::ISODate);
        en.append(QStringLiteral("%1 (%2, %3)").arg(name, r.outlet.name, when));
        zh.append(QStringLiteral("%1（%2，%3）").arg(name, r.outlet.name, when));
    }
    const Side *s = campaign.side(side);
    const LocalizedText sideName = s ? s->name : LocalizedText{side, side, {}};
    LocalizedText note;
    note.en = QStringLiteral("Every neighbourhood of %1 has now been reported held by %2: %3.")
                  .arg(district.name.en, sideName.en, en.join(QStringLiteral("; ")));
    note.zh = QStringLiteral("%1的每個街區均已有報導稱由%2控制：%3。")
                  .arg(district.name.value(QStringLiteral("zh")), sideName.value(QStringLiteral("zh")),
                       zh.join(QStringLiteral("；")));
    return note;
}

} // namespace

QList<ControlChange> PartCoverage::completions(const Campaign &campaign, int order)
{
    // Only districts that some part claim names neighbourhoods of need a walk.
    QHash<QString, QList<int>> byDistrict;
    QSet<QString> named;
    for (int k = 0; k < campaign.changes.size(); ++k) {
        const ControlChange &c = campaign.changes.at(k);
        byDistrict[c.district].append(k);
        if (isNamedPart(campaign, c))
            named.insert(c.district);
    }

    QList<ControlChange> out;
    for (const District &district : campaign.districts) {
        const int members = int(district.neighbourhoods.size());
        if (members < 2 || !named.contains(district.id))
            continue;
        QList<int> changes = byDistrict.value(district.id);
        // Date order; on one day part claims first, so that a whole change of that day has the last word.
        std::stable_sort(changes.begin(), changes.end(), [&](int a, int b) {
            const ControlChange &ca = campaign.changes.at(a);
            const ControlChange &cb = campaign.changes.at(b);
            if (ca.date != cb.date)
                return ca.date < cb.date;
            return !ca.partSide.isEmpty() && cb.partSide.isEmpty();
        });

        QStringList side(members);            // side each neighbourhood is held by, as last said
        QList<int> memberChange(members, -1); // the part change that said it; -1 for a whole change
        QString complete;                     // the side holding every neighbourhood, or empty
        for (int i = 0; i < changes.size();) {
            const QDate day = campaign.changes.at(changes.at(i)).date;
            int lastPart = -1;
            for (; i < changes.size() && campaign.changes.at(changes.at(i)).date == day; ++i) {
                const int k = changes.at(i);
                const ControlChange &c = campaign.changes.at(k);
                if (c.partSide.isEmpty()) {
                    const QString whole = c.control == kContested ? QString() : c.control;
                    side.fill(whole);
                    memberChange.fill(-1);
                    lastPart = -1;
                    continue;
                }
                if (!isNamedPart(campaign, c))
                    continue;
                for (const QString &id : campaign.reports.at(c.report).claims.at(c.claim).neighbourhoods) {
                    const int m = district.neighbourhoodIndex(id);
                    if (m < 0)
                        continue; // a neighbourhood of another district the claim names
                    side[m] = c.partSide;
                    memberChange[m] = k;
                    lastPart = k;
                }
            }
            const bool allOne = !side.first().isEmpty()
                                && std::all_of(side.cbegin(), side.cend(),
                                               [&](const QString &s) { return s == side.first(); });
            const QString now = allOne ? side.first() : QString();
            if (!now.isEmpty() && now != complete && lastPart >= 0) {
                const ControlChange &last = campaign.changes.at(lastPart);
                ControlChange c;
                c.district = district.id;
                c.date = day;
                c.control = now;
                c.basis = Basis::Reported;
                c.report = last.report;
                c.claim = last.claim;
                c.order = order++;
                c.note = noteFor(campaign, district, now, memberChange);
                for (int k : std::as_const(memberChange)) {
                    if (k >= 0 && !c.covering.contains(k))
                        c.covering.append(k);
                }
                out.append(c);
            }
            complete = now;
        }
    }
    return out;
}
