#pragma once

#include "article.h"
#include "campaignevent.h"
#include "controlchange.h"
#include "district.h"
#include "localizedtext.h"
#include "report.h"
#include "side.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

/// Where the cited article comes from and under which licence it is shipped.
struct ArticleSource
{
    QString title;
    QString url;
    QString license;
    QString attribution;
    /// The copied revision's id on the wiki (`oldid`), or 0 when the copy does not record it.
    qint64 revision = 0;
    /// The day the copy was taken from the wiki (the citations' access date); invalid when unknown.
    QDate retrieved;

    /// A link to exactly the copied revision when its id is known, else the article's URL.
    QString revisionUrl() const;
};

/**
 * @brief A loaded campaign package: everything the viewer shows.
 *
 * A plain value (copyable, no QObject); CampaignLoader builds it and checks
 * every cross-reference, so code that receives a Campaign can rely on ids
 * resolving. Call buildIndex() after changing the lists by hand.
 */
struct Campaign
{
    QString id;
    LocalizedText title;
    /// What happened, a paragraph per language, from campaign.json's optional "summary" (empty without one).
    LocalizedText summary;
    QDate start;
    QDate end;
    QList<Side> sides;
    QList<District> districts;
    QList<CampaignEvent> events; ///< sorted by date, then file order
    /// The article's changes in file order, then the reports' (Basis::Reported, see ControlChange::report).
    QList<ControlChange> changes;
    QList<Report> reports; ///< from reports.json, in file order (empty without one)
    Article article;
    ArticleSource articleSource;
    QString packagePath;        ///< directory (or ":/..." resource path)
    QString mapFile;            ///< absolute path of the SVG base map, or empty
    QString districtShapesFile; ///< absolute path of the GeoJSON shapes, or empty

    const Side *side(const QString &sideId) const;
    const District *district(const QString &districtId) const;
    int districtIndex(const QString &districtId) const;
    const CampaignEvent *event(const QString &eventId) const;
    /// Index of the event with @p eventId in @ref events, or -1.
    int eventIndex(const QString &eventId) const;
    /// The report with @p reportId, or null.
    const Report *report(const QString &reportId) const;
    /// Report and claim index of the claim with @p claimId; false when no claim has that id.
    bool findClaim(const QString &claimId, int *report, int *claim) const;
    /// True when the package has reports.
    bool hasReports() const { return !reports.isEmpty(); }

    void buildIndex();

private:
    QHash<QString, int> m_sideIndex;
    QHash<QString, int> m_districtIndex;
    QHash<QString, int> m_eventIndex;
    QHash<QString, int> m_reportIndex;
    QHash<QString, QPair<int, int>> m_claimIndex;
};
