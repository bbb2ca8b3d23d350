#pragma once

#include "campaign.h"
#include "figure.h"
#include "jsonfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

/**
 * @brief Reads and checks a package's reports.json (see FORMAT.md) into a Campaign.
 *
 * Every problem is recorded in the JsonFile at its value; a report with any
 * problem is left out (and the loader then refuses the package). Claims that
 * assert a control become Basis::Reported entries of Campaign::changes, after
 * the article's.
 */
class ReportsReader
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLoader)

public:
    static constexpr int kMaxReports = 100000;
    static constexpr int kMaxUrlLength = 2048;

    /// Reads @p root (the file's top-level object) into @p campaign, whose districts and sides are known.
    static void read(JsonFile &f, const QJsonObject &root, Campaign *campaign);
    /// Reads the figure object at @p pointer (its districts must be @p campaign's); sets @p ok to false on a problem.
    static Figure readFigure(JsonFile &f, const QJsonValue &value, const QString &pointer, const Campaign &campaign,
                             bool *ok);
    /// True for an absolute http(s) URL with a host and no spaces or control characters.
    static bool isWebUrl(const QString &url);
};
