#pragma once

#include "campaign.h"
#include "controlstate.h"
#include "disagreement.h"
#include "districtappearance.h"

#include <QList>

#include <memory>
#include <vector>

/**
 * @brief Answers "who held each district at the end of day D", and "who says so".
 *
 * Built once per campaign: each district's changes are sorted by date and the
 * start of each run of equal control is precomputed. A query is a binary
 * search: O(log n) in the district's number of changes, no allocation.
 *
 * With Sources::WithReports the reports' claims (Basis::Reported) are merged
 * with the article's changes. A later-dated change supersedes an earlier one;
 * on one day the precedence decides which the map shows: the article's stated
 * changes, then reports, then what is inferred from the article, then the
 * approximate reference front line. Among one day's reports an independent
 * outlet's or monitor's claim is preferred to a party's (state media, the
 * military, an armed group), a claim about a whole district to one about part
 * of it, then the most recently published.
 * Incompatible states of one day from different sources, and denials, are
 * recorded as a Disagreement. Sources::ArticleOnly gives the article's picture
 * alone, exactly as without any reports.
 */
class ControlTimeline
{
public:
    /// Which sources the timeline merges.
    enum class Sources { ArticleOnly, WithReports };

    ControlTimeline() = default;
    explicit ControlTimeline(std::shared_ptr<const Campaign> campaign, Sources sources = Sources::WithReports);

    const Campaign *campaign() const { return m_campaign.get(); }
    /// The campaign as shared by its owner.
    const std::shared_ptr<const Campaign> &sharedCampaign() const { return m_campaign; }
    Sources sources() const { return m_sources; }
    int districtCount() const { return int(m_districts.size()); }

    /// State of district @p districtIndex at the end of @p date (invalid before its first change).
    ControlState stateAt(int districtIndex, QDate date) const;
    /// States of every district, in the campaign's district order.
    QList<ControlState> statesAt(QDate date) const;
    /**
     * @brief How district @p districtIndex looks at the end of @p date.
     *
     * The one query for a district's look: control, leading side, basis,
     * changed today, contestants, disputed (see DistrictAppearance for each
     * rule). Unknown (DistrictAppearance::isKnown() false) before the
     * district's first change, for an invalid date or an index out of range.
     * O(log n) in the district's number of changes; the contestants are
     * shared, not rebuilt.
     */
    DistrictAppearance appearanceAt(int districtIndex, QDate date) const;
    /// Appearances of every district at the end of @p date, in the campaign's district order.
    QList<DistrictAppearance> appearancesAt(QDate date) const;
    /// The disagreement in force for the district at the end of @p date (empty when sources agree).
    Disagreement disagreementAt(int districtIndex, QDate date) const;
    /// True when the district has a change dated @p date (even one that leaves its look as it was).
    bool changedOn(int districtIndex, QDate date) const;
    /// Indices into Campaign::changes of the district's changes, in the order they apply.
    QList<int> history(int districtIndex) const;
    /**
     * @brief The days in (@p after, @p upTo] at whose end the district's look (control or
     * leading side) differs from the day before, each with the change then in force.
     *
     * O(log n + k) for k entries in the range.
     */
    QList<QPair<QDate, const ControlChange *>> lookChanges(int districtIndex, QDate after, QDate upTo) const;

private:
    struct Entry
    {
        qint64 day = 0;           ///< Julian day
        int change = 0;           ///< index into Campaign::changes: the change listed in the history
        int shown = 0;            ///< the change whose state (and basis) is in force: change, or an earlier
                                  ///< one this entry only confirms
        qint64 sinceDay = 0;      ///< Julian day the current control began
        bool changesLook = false; ///< control or leading differs from the end of the previous day
        bool marker = false;      ///< no change: carries a denial on a day without one
        int dispute = -1;         ///< index into m_disputes, or -1
        QStringList contestants;  ///< contested: DistrictAppearance::contestants
    };
    struct Dispute
    {
        QList<int> others;              ///< change indices
        QList<QPair<int, int>> denials; ///< (report, claim)
        Disagreement::Reason reason = Disagreement::Reason::None;
    };

    static QStringList contestantsOf(const ControlChange &change, const QString &heldBefore, const QString &heldAfter);
    bool isIndependentClaim(const ControlChange &change) const;
    void sortWithReports(std::vector<Entry> &entries) const;
    void findConflicts(std::vector<Entry> &entries);
    void addDenials(int districtIndex, std::vector<Entry> &entries);
    void keepStrongerSources(std::vector<Entry> &entries) const;
    int lastAtOrBefore(int districtIndex, qint64 day) const;

    std::shared_ptr<const Campaign> m_campaign;
    Sources m_sources = Sources::WithReports;
    std::vector<std::vector<Entry>> m_districts;
    std::vector<Dispute> m_disputes;
};
