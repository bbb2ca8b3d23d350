#pragma once

#include "campaign.h"
#include "controlchange.h"

#include <QList>

/**
 * @brief Whole-district changes that reports make together, one neighbourhood at a time.
 *
 * A report that names some of a merged district's neighbourhoods speaks of part
 * of it, and the map shows the district contested. When the part claims in
 * force (ReportClaim::neighbourhoods) name every one of its neighbourhoods as
 * held by one side, the district is that side's: completions() adds a reported
 * whole-district change on the day the last one is named, whose
 * ControlChange::covering lists the part changes it rests on.
 *
 * Per district, changes apply in date order; on one day, part claims first,
 * then whole changes (which set every neighbourhood to their side, or clear
 * them when contested). A neighbourhood named by a later claim takes that
 * claim's side. The article's own changes count as whole changes, so a
 * district the article already gives to a side is not "completed" again.
 */
class PartCoverage
{
public:
    /**
     * @brief The whole-district changes completed by part claims among @p campaign's changes.
     *
     * @p order is the ControlChange::order of the first one returned (later ones count up).
     * Districts with fewer than two neighbourhoods are skipped.
     */
    static QList<ControlChange> completions(const Campaign &campaign, int order);
};
