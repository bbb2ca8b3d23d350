#include "report.h"

#include <QCoreApplication>

QString Report::attribution(const ReportClaim &claim) const
{
    if (claim.saidBy.isEmpty() || claim.saidBy.name == outlet.name)
        return outlet.name;
    return QCoreApplication::translate("Report", "%1 via %2").arg(claim.saidBy.name, outlet.name);
}
