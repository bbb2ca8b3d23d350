#pragma once

#include "controltimeline.h"

#include <QDate>
#include <QList>
#include <QPair>

/// One district that changed between two dates (see TimelineDiff).
struct DistrictDiff
{
    int district = -1;       ///< index into Campaign::districts
    DistrictAppearance from; ///< at the end of the first date
    DistrictAppearance to;   ///< at the end of the second date
    /// Every day in (first, second] whose end differs from the day before, with the change then in force.
    QList<QPair<QDate, const ControlChange *>> changes;
    /// The district ended as it began (control and leading side) but changed in between.
    bool returned() const { return from.control == to.control && from.leading == to.leading; }
};

/**
 * @brief What changed between the end of one day and the end of a later one.
 *
 * Every district whose look (control or leading side) changed on some day of
 * (from, to], in the campaign's district order. O(districts × log changes + k)
 * for k changes in the range.
 */
class TimelineDiff
{
public:
    static QList<DistrictDiff> compute(const ControlTimeline &timeline, QDate from, QDate to);
};
