#include "timelinediff.h"

QList<DistrictDiff> TimelineDiff::compute(const ControlTimeline &timeline, QDate from, QDate to)
{
    QList<DistrictDiff> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    for (int i = 0; i < timeline.districtCount(); ++i) {
        auto changes = timeline.lookChanges(i, from, to);
        if (changes.isEmpty())
            continue;
        out.append({i, timeline.appearanceAt(i, from), timeline.appearanceAt(i, to), std::move(changes)});
    }
    return out;
}
