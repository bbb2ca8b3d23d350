#pragma once

#include "controlchange.h"

#include <QDate>
#include <QList>
#include <QPair>

/**
 * @brief Where sources disagree about a district: every claim, which one the map shows, and why.
 *
 * Built by ControlTimeline::disagreementAt(). A disagreement arises on @ref
 * since (two sources give incompatible states for the same day, or a report
 * denies a claim) and lasts until the district's next change.
 */
struct Disagreement
{
    /// Why the map shows @ref shown rather than the others.
    enum class Reason {
        None,                 ///< no disagreement
        ArticleFirst,         ///< the article's own statement takes precedence over reports
        ReportOverInference,  ///< a report's dated claim is preferred to what is only inferred from the article
        IndependentOverParty, ///< an independent outlet's or monitor's claim is preferred to a party's
        LatestReport,         ///< among reports, the most recently published (then the last listed) is shown
        DenialDoesNotMove,    ///< a denial marks the claim disputed but does not move the map
    };

    QDate since;                          ///< the day the disagreement arose
    const ControlChange *shown = nullptr; ///< the change the map shows (owned by the Campaign)
    QList<const ControlChange *> others;  ///< the same day's incompatible changes from other sources
    QList<QPair<int, int>> denials;       ///< (report, claim) indices of claims that deny the state
    Reason reason = Reason::None;

    bool isEmpty() const { return reason == Reason::None; }
};
