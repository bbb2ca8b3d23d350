#include "territorystats.h"

#include <cmath>

namespace {
const QString kOpposition = QStringLiteral("opposition");
} // namespace

QList<DayStats> TerritoryStats::compute(const ControlTimeline &timeline, const DistrictAreas &areas, QDate from,
                                        QDate to)
{
    QList<DayStats> out;
    const Campaign *campaign = timeline.campaign();
    if (!campaign)
        return out;
    from = std::max(from.isValid() ? from : campaign->start, campaign->start);
    to = std::min(to.isValid() ? to : campaign->end, campaign->end);
    const int n = timeline.districtCount();

    // The first day's opposition area: held wholly counts fully, contested with the opposition half.
    QList<double> baseWeight(n, 0.0);
    double base = 0.0;
    for (int i = 0; i < n; ++i) {
        const DistrictAppearance a = timeline.appearanceAt(i, campaign->start);
        const double km2 = areas.km2(i);
        if (std::isnan(km2))
            continue;
        if (a.control == kOpposition)
            baseWeight[i] = km2;
        else if (a.isContested() && a.contestants.contains(kOpposition))
            baseWeight[i] = km2 / 2;
        base += baseWeight[i];
    }

    for (QDate day = from; day <= to; day = day.addDays(1)) {
        DayStats s;
        s.date = day;
        for (const Side &side : campaign->sides) {
            s.km2.insert(side.id, 0.0);
            s.districts.insert(side.id, 0);
        }
        for (int i = 0; i < n; ++i) {
            const DistrictAppearance a = timeline.appearanceAt(i, day);
            if (!a.isKnown())
                continue;
            const double raw = areas.km2(i);
            const double km2 = std::isnan(raw) ? 0.0 : raw;
            s.km2ByBasis[size_t(a.basis)] += km2;
            if (a.isContested()) {
                s.contestedKm2 += km2;
                ++s.contestedDistricts;
                if (!a.leading.isEmpty())
                    s.contestedLeaningKm2[a.leading] += km2;
                s.baseContested += baseWeight[i];
            } else {
                s.km2[a.control] += km2;
                ++s.districts[a.control];
                if (a.control == kOpposition)
                    s.baseHeld += baseWeight[i];
                else
                    s.baseTaken += baseWeight[i];
            }
        }
        if (base > 0) {
            s.baseHeld /= base;
            s.baseTaken /= base;
            s.baseContested /= base;
        }
        out.append(s);
    }
    return out;
}
