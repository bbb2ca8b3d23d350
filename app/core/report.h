#pragma once

#include "outlet.h"
#include "reportclaim.h"

#include <QDate>
#include <QList>
#include <QString>

/**
 * @brief A public report of the time (a news story, a monitor's statement)
 * that the package cites beside the article, from reports.json.
 */
struct Report
{
    QString id;
    Outlet outlet;   ///< where it was published
    QString url;     ///< http or https
    QDate published; ///< the day it was published
    QList<ReportClaim> claims;

    /// Who a claim comes from: the outlet, or "SAID_BY via OUTLET" when relayed.
    QString attribution(const ReportClaim &claim) const;
};
