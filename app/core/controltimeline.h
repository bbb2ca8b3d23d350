#pragma once

#include "campaign.h"
#include "controlstate.h"
#include "districtappearance.h"

#include <QList>
#include <memory>
#include <vector>

/**
 * @brief Answers "who held each district at the end of day D".
 *
 * Built once per campaign: each district's changes are sorted by date (same
 * day: file order, so the last of the day wins) and the start of each run of
 * equal control is precomputed. A query is a binary search: O(log n) in the
 * district's number of changes, no allocation.
 */
class ControlTimeline
{
public:
    ControlTimeline() = default;
    explicit ControlTimeline(std::shared_ptr<const Campaign> campaign);

    const Campaign *campaign() const { return m_campaign.get(); }
    int districtCount() const { return int(m_districts.size()); }

    /// State of district @p districtIndex at the end of @p date (invalid before its first change).
    ControlState stateAt(int districtIndex, QDate date) const;
    /// States of every district, in the campaign's district order.
    QList<ControlState> statesAt(QDate date) const;
    /**
     * @brief How district @p districtIndex looks at the end of @p date.
     *
     * The one query for a district's look: control, leading side, basis,
     * changed today, contestants (see DistrictAppearance for each rule).
     * Unknown (DistrictAppearance::isKnown() false) before the district's
     * first change, for an invalid date or an index out of range. O(log n) in
     * the district's number of changes; the contestants are shared, not rebuilt.
     */
    DistrictAppearance appearanceAt(int districtIndex, QDate date) const;
    /// Appearances of every district at the end of @p date, in the campaign's district order.
    QList<DistrictAppearance> appearancesAt(QDate date) const;
    /// True when the district has a change dated @p date (even one that leaves its look as it was).
    bool changedOn(int districtIndex, QDate date) const;
    /// Indices into Campaign::changes of the district's changes, in the order they apply.
    QList<int> history(int districtIndex) const;

private:
    struct Entry
    {
        qint64 day = 0;           ///< Julian day
        int change = 0;           ///< index into Campaign::changes
        qint64 sinceDay = 0;      ///< Julian day the current control began
        bool changesLook = false; ///< control or leading differs from the end of the previous day
        QStringList contestants;  ///< contested: DistrictAppearance::contestants
    };
    static QStringList contestantsOf(const ControlChange &change, const QString &heldBefore, const QString &heldAfter);
    int lastAtOrBefore(int districtIndex, qint64 day) const;

    std::shared_ptr<const Campaign> m_campaign;
    std::vector<std::vector<Entry>> m_districts;
};
