#include "controltimeline.h"

#include <algorithm>

ControlTimeline::ControlTimeline(std::shared_ptr<const Campaign> campaign)
    : m_campaign(std::move(campaign))
{
    if (!m_campaign)
        return;
    m_districts.resize(m_campaign->districts.size());
    const auto &changes = m_campaign->changes;
    for (int i = 0; i < changes.size(); ++i) {
        const int d = m_campaign->districtIndex(changes.at(i).district);
        if (d >= 0)
            m_districts[d].push_back({changes.at(i).date.toJulianDay(), i, 0});
    }
    for (auto &entries : m_districts) {
        std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
            if (a.day != b.day)
                return a.day < b.day;
            return changes.at(a.change).order < changes.at(b.change).order;
        });
        // The side that held the district before each change and the one
        // that held it after: contested spells are ordered by them.
        const size_t n = entries.size();
        std::vector<QString> heldBefore(n);
        std::vector<QString> heldAfter(n);
        for (size_t k = 1; k < n; ++k) {
            const QString &c = changes.at(entries[k - 1].change).control;
            heldBefore[k] = c != kContested ? c : heldBefore[k - 1];
        }
        for (size_t k = n; k > 1; --k) {
            const QString &c = changes.at(entries[k - 1].change).control;
            heldAfter[k - 2] = c != kContested ? c : heldAfter[k - 1];
        }
        int lastOfPreviousDay = -1;
        for (size_t k = 0; k < n; ++k) {
            const ControlChange &c = changes.at(entries[k].change);
            const ControlChange *prev = k > 0 ? &changes.at(entries[k - 1].change) : nullptr;
            const bool continues = prev && prev->control == c.control && prev->leading == c.leading;
            entries[k].sinceDay = continues ? entries[k - 1].sinceDay : entries[k].day;
            if (k > 0 && entries[k].day != entries[k - 1].day)
                lastOfPreviousDay = int(k) - 1;
            if (lastOfPreviousDay >= 0) {
                const ControlChange &before = changes.at(entries[size_t(lastOfPreviousDay)].change);
                entries[k].changesLook = before.control != c.control || before.leading != c.leading;
            }
            if (c.control == kContested)
                entries[k].contestants = contestantsOf(c, heldBefore[k], heldAfter[k]);
        }
    }
}

QStringList ControlTimeline::contestantsOf(const ControlChange &change, const QString &heldBefore,
                                           const QString &heldAfter)
{
    QStringList out;
    auto add = [&](const QString &side) {
        if (!side.isEmpty() && side != kContested && !out.contains(side))
            out.append(side);
    };
    add(change.leading);
    // Who held the district before and after the contest orders the sides;
    // when the package names the contestants, only they are kept and any
    // the history does not show are added after.
    add(heldBefore);
    add(heldAfter);
    const QStringList &named = change.contestants;
    if (!named.isEmpty()) {
        out.erase(std::remove_if(out.begin(), out.end(), [&](const QString &side) { return !named.contains(side); }),
                  out.end());
        for (const QString &side : named)
            add(side);
    }
    return out;
}

int ControlTimeline::lastAtOrBefore(int districtIndex, qint64 day) const
{
    const auto &entries = m_districts[size_t(districtIndex)];
    const auto it = std::upper_bound(entries.begin(), entries.end(), day,
                                     [](qint64 d, const Entry &e) { return d < e.day; });
    return int(it - entries.begin()) - 1;
}

ControlState ControlTimeline::stateAt(int districtIndex, QDate date) const
{
    if (districtIndex < 0 || districtIndex >= districtCount() || !date.isValid())
        return {};
    const int k = lastAtOrBefore(districtIndex, date.toJulianDay());
    if (k < 0)
        return {};
    const Entry &e = m_districts[size_t(districtIndex)][size_t(k)];
    const ControlChange &c = m_campaign->changes.at(e.change);
    return {c.control, c.leading, c.basis, QDate::fromJulianDay(e.sinceDay), &c};
}

QList<ControlState> ControlTimeline::statesAt(QDate date) const
{
    QList<ControlState> states;
    states.reserve(districtCount());
    for (int i = 0; i < districtCount(); ++i)
        states.append(stateAt(i, date));
    return states;
}

DistrictAppearance ControlTimeline::appearanceAt(int districtIndex, QDate date) const
{
    DistrictAppearance a;
    if (districtIndex < 0 || districtIndex >= districtCount() || !date.isValid())
        return a;
    const int k = lastAtOrBefore(districtIndex, date.toJulianDay());
    if (k < 0)
        return a;
    const Entry &e = m_districts[size_t(districtIndex)][size_t(k)];
    const ControlChange &c = m_campaign->changes.at(e.change);
    a.control = c.control;
    a.leading = c.leading;
    a.basis = c.basis;
    a.changedToday = e.changesLook && e.day == date.toJulianDay();
    a.contestants = e.contestants;
    a.since = QDate::fromJulianDay(e.sinceDay);
    a.change = &c;
    return a;
}

QList<DistrictAppearance> ControlTimeline::appearancesAt(QDate date) const
{
    QList<DistrictAppearance> out;
    out.reserve(districtCount());
    for (int i = 0; i < districtCount(); ++i)
        out.append(appearanceAt(i, date));
    return out;
}

bool ControlTimeline::changedOn(int districtIndex, QDate date) const
{
    if (districtIndex < 0 || districtIndex >= districtCount() || !date.isValid())
        return false;
    const int k = lastAtOrBefore(districtIndex, date.toJulianDay());
    return k >= 0 && m_districts[size_t(districtIndex)][size_t(k)].day == date.toJulianDay();
}

QList<int> ControlTimeline::history(int districtIndex) const
{
    QList<int> out;
    if (districtIndex < 0 || districtIndex >= districtCount())
        return out;
    const auto &entries = m_districts[size_t(districtIndex)];
    out.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        out.append(e.change);
    return out;
}
