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
        for (size_t k = 0; k < entries.size(); ++k) {
            const ControlChange &c = changes.at(entries[k].change);
            const ControlChange *prev = k > 0 ? &changes.at(entries[k - 1].change) : nullptr;
            const bool continues = prev && prev->control == c.control && prev->leading == c.leading;
            entries[k].sinceDay = continues ? entries[k - 1].sinceDay : entries[k].day;
        }
    }
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
