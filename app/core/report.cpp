#include "report.h"

#include <QCoreApplication>

QString Report::attribution(const ReportClaim &claim) const
{
    // "X (via Y)" outlets already name who they relay.
    if (claim.saidBy.isEmpty() || outlet.name.startsWith(claim.saidBy.name))
        return outlet.name;
    return QCoreApplication::translate("Report", "%1 via %2").arg(claim.saidBy.name, outlet.name);
}
