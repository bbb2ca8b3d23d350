#pragma once

#include "controlchange.h"

#include <QDate>
#include <QString>
#include <QStringList>

/**
 * @brief What a district looks like at the end of one day: the one answer the
 * map, the panels, the exports and the command line all draw or print.
 *
 * Built by ControlTimeline::appearanceAt(). Two appearances compare equal when
 * they look the same (control, leading side, basis, changed today,
 * contestants, disputed); @ref since and @ref change say where the look comes
 * from and are not part of it.
 */
struct DistrictAppearance
{
    /// Side id, @ref kContested, or empty when nothing is known (before the district's first change).
    QString control;
    /// With a contested control: the side holding most, when recorded; empty otherwise.
    QString leading;
    /// How the control is known. Meaningless while the control is unknown.
    Basis basis = Basis::Approximate;
    /**
     * @brief The control or the leading side changed on this very day.
     *
     * True when a change is dated that day and the state at its end differs
     * (control or leading side) from the end of the day before. The
     * campaign's initial states are not changes, and neither is a change that
     * only restates the same control on another basis.
     */
    bool changedToday = false;
    /**
     * @brief With a contested control: the sides fighting over the district.
     *
     * The leading side (when recorded) first; then, when the change names its
     * `contestants`, those sides, ordered by who held the district before and
     * after the contest; otherwise the side that held it before the contest
     * and the one that held it after, without repeats. May hold fewer than two
     * sides when the history does not say. Empty when not contested.
     */
    QStringList contestants;
    /**
     * @brief The sources disagree about the district's state at the end of this day.
     *
     * Set from the day two sources give incompatible states (or a report denies
     * a claim) until the district's next change; ControlTimeline::disagreementAt()
     * gives the claims and which one is shown. Always false article-only.
     */
    bool disputed = false;
    /// First day of the run of changes with this control and leading side; invalid when unknown.
    QDate since;
    /// The change in force (owned by the Campaign; its `sources` cite the article); null when unknown.
    const ControlChange *change = nullptr;

    /// True when the control at the end of the day is known.
    bool isKnown() const { return change != nullptr && !control.isEmpty(); }
    /// True when several sides hold parts of the district.
    bool isContested() const { return control == kContested; }

    /// Same look: everything except @ref since and @ref change.
    friend bool operator==(const DistrictAppearance &a, const DistrictAppearance &b);
    friend bool operator!=(const DistrictAppearance &a, const DistrictAppearance &b) { return !(a == b); }
};
