#include "controltimeline.h"

#include <algorithm>

namespace {

// Two states that can both be true of one day: the same control (and no two
// different leading sides), or a report of part of a district beside a
// contested state or the side it names.
bool compatible(const ControlChange &a, const ControlChange &b)
{
    if (!a.partSide.isEmpty())
        return b.control == kContested || b.control == a.partSide || b.partSide == a.partSide;
    if (!b.partSide.isEmpty())
        return a.control == kContested || a.control == b.partSide;
    if (a.control != b.control)
        return false;
    return a.leading.isEmpty() || b.leading.isEmpty() || a.leading == b.leading;
}

/// The side each neighbourhood of a district is held by, as the changes in force last said.
class NeighbourhoodSides
{
public:
    NeighbourhoodSides(const Campaign &campaign, const District &district)
        : m_campaign(campaign)
        , m_district(district)
        , m_sides(district.neighbourhoods.size())
    {
    }

    /// Takes in change @p change when it is in force (@p shown: the change whose state is in force).
    void apply(int change, int shown, bool marker)
    {
        if (m_sides.size() < 2 || marker || shown != change)
            return;
        const ControlChange &c = m_campaign.changes.at(change);
        const ReportClaim *claim = c.isReported() ? &m_campaign.reports.at(c.report).claims.at(c.claim) : nullptr;
        if (!claim || !claim->part) {
            // A whole change: every neighbourhood is its side's, or nobody's known one when contested.
            m_sides.fill(c.control == kContested ? QString() : c.control);
            m_named = false;
            return;
        }
        // Part of the district contested says nothing of who holds which
        // neighbourhood. (PartCoverage, which asks whether one side holds
        // them all, takes such a claim as breaking the coverage instead.)
        if (c.partSide.isEmpty())
            return;
        for (const QString &id : claim->neighbourhoods) {
            const int m = m_district.neighbourhoodIndex(id);
            if (m >= 0) {
                m_sides[m] = c.partSide;
                m_named = true;
            }
        }
    }

    /**
     * The sides holding the neighbourhoods, when part claims named some and
     * every neighbourhood's side is known and they are not all one side's;
     * otherwise empty.
     */
    QStringList sides() const
    {
        QStringList out;
        if (!m_named)
            return out;
        for (const QString &side : m_sides) {
            if (side.isEmpty())
                return {};
            if (!out.contains(side))
                out.append(side);
        }
        return out.size() >= 2 ? out : QStringList();
    }

private:
    const Campaign &m_campaign;
    const District &m_district;
    QStringList m_sides;
    bool m_named = false;
};

// The article is one source; each report claim is a source of its own.
bool sameSource(const ControlChange &a, const ControlChange &b)
{
    return a.report == b.report && (a.report < 0 || a.claim == b.claim);
}

} // namespace

ControlTimeline::ControlTimeline(std::shared_ptr<const Campaign> campaign, Sources sources)
    : m_campaign(std::move(campaign))
    , m_sources(sources)
{
    if (!m_campaign)
        return;
    m_districts.resize(m_campaign->districts.size());
    const auto &changes = m_campaign->changes;
    const bool withReports = m_sources == Sources::WithReports;
    for (int i = 0; i < changes.size(); ++i) {
        if (changes.at(i).isReported() && !withReports)
            continue;
        const int d = m_campaign->districtIndex(changes.at(i).district);
        if (d >= 0)
            m_districts[d].push_back({changes.at(i).date.toJulianDay(), i, i});
    }
    for (size_t d = 0; d < m_districts.size(); ++d) {
        auto &entries = m_districts[d];
        if (withReports) {
            sortWithReports(entries);
            findConflicts(entries);
            addDenials(int(d), entries);
            keepStrongerSources(entries);
        } else {
            std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
                if (a.day != b.day)
                    return a.day < b.day;
                return changes.at(a.change).order < changes.at(b.change).order;
            });
        }
        // The side that held the district before each change and the one
        // that held it after: contested spells are ordered by them.
        const size_t n = entries.size();
        std::vector<QString> heldBefore(n);
        std::vector<QString> heldAfter(n);
        for (size_t k = 1; k < n; ++k) {
            const QString &c = changes.at(entries[k - 1].shown).control;
            heldBefore[k] = c != kContested ? c : heldBefore[k - 1];
        }
        for (size_t k = n; k > 1; --k) {
            const QString &c = changes.at(entries[k - 1].shown).control;
            heldAfter[k - 2] = c != kContested ? c : heldAfter[k - 1];
        }
        // Who holds each of a merged district's neighbourhoods, as last said:
        // a contested district split between sides that reports name
        // neighbourhood by neighbourhood is contested between those sides.
        NeighbourhoodSides held(*m_campaign, m_campaign->districts.at(int(d)));
        int lastOfPreviousDay = -1;
        for (size_t k = 0; k < n; ++k) {
            held.apply(entries[k].change, entries[k].shown, entries[k].marker);
            const ControlChange &c = changes.at(entries[k].shown);
            const ControlChange *prev = k > 0 ? &changes.at(entries[k - 1].shown) : nullptr;
            const bool continues = prev && prev->control == c.control && prev->leading == c.leading;
            entries[k].sinceDay = continues ? entries[k - 1].sinceDay : entries[k].day;
            if (k > 0 && entries[k].day != entries[k - 1].day)
                lastOfPreviousDay = int(k) - 1;
            if (lastOfPreviousDay >= 0) {
                const ControlChange &before = changes.at(entries[size_t(lastOfPreviousDay)].shown);
                entries[k].changesLook = before.control != c.control || before.leading != c.leading;
            }
            if (c.control == kContested) {
                // A report of part of a district names the side that took it:
                // it is a contestant whatever the history says.
                ControlChange named = c;
                if (named.contestants.isEmpty())
                    named.contestants = held.sides();
                if (!c.partSide.isEmpty() && named.contestants.isEmpty()) {
                    named.contestants = {c.partSide};
                    const QString other = heldBefore[k] != c.partSide ? heldBefore[k] : heldAfter[k];
                    if (!other.isEmpty() && other != c.partSide)
                        named.contestants.append(other);
                    if (named.contestants.size() < 2)
                        named.contestants.clear();
                }
                entries[k].contestants = contestantsOf(named, heldBefore[k], heldAfter[k]);
            }
        }
    }
}

bool ControlTimeline::isIndependentClaim(const ControlChange &change) const
{
    if (!change.isReported())
        return false;
    const Report &r = m_campaign->reports.at(change.report);
    const ReportClaim &c = r.claims.at(change.claim);
    // Who said it decides: a news agency relaying the army relays a party.
    return !Outlet::isParty(c.saidBy.isEmpty() ? r.outlet.type : c.saidBy.type);
}

void ControlTimeline::sortWithReports(std::vector<Entry> &entries) const
{
    const auto &changes = m_campaign->changes;
    const auto &reports = m_campaign->reports;
    // The article's changes of one day keep their own order (a "briefly taken,
    // then lost" day stays as the article tells it); reports go before them when
    // the article's last word that day is a statement, after them otherwise.
    QHash<qint64, bool> articleEndsStated;
    for (const Entry &e : entries) {
        const ControlChange &c = changes.at(e.change);
        if (!c.isReported())
            articleEndsStated.insert(e.day, c.basis == Basis::Stated); // entries are in file order here
    }
    const auto key = [&](const Entry &e) {
        const ControlChange &c = changes.at(e.change);
        if (!c.isReported())
            return articleEndsStated.value(e.day) ? 2 : 0;
        return 1;
    };
    const auto isDenial = [&](const ControlChange &c) {
        return c.isReported() && !reports.at(c.report).claims.at(c.claim).denies.isEmpty();
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        if (a.day != b.day)
            return a.day < b.day;
        const int ka = key(a);
        const int kb = key(b);
        if (ka != kb)
            return ka < kb;
        const ControlChange &ca = changes.at(a.change);
        const ControlChange &cb = changes.at(b.change);
        if (ka == 1) {
            // An independent outlet's or monitor's claim before a party's; a
            // denial never wins over the claim it disputes; then the most
            // recently published report is shown.
            const bool ia = isIndependentClaim(ca);
            const bool ib = isIndependentClaim(cb);
            if (ia != ib)
                return ib;
            if (isDenial(ca) != isDenial(cb))
                return isDenial(ca);
            // A report of part of a district is weaker than one about all of it.
            if (ca.partSide.isEmpty() != cb.partSide.isEmpty())
                return !ca.partSide.isEmpty();
            const QDate pa = reports.at(ca.report).published;
            const QDate pb = reports.at(cb.report).published;
            if (pa != pb)
                return pa < pb;
        }
        return ca.order < cb.order;
    });
}

void ControlTimeline::findConflicts(std::vector<Entry> &entries)
{
    const auto &changes = m_campaign->changes;
    size_t begin = 0;
    while (begin < entries.size()) {
        size_t end = begin;
        while (end + 1 < entries.size() && entries[end + 1].day == entries[begin].day)
            ++end;
        const ControlChange &shown = changes.at(entries[end].change);
        Dispute dispute;
        for (size_t k = begin; k < end; ++k) {
            const ControlChange &other = changes.at(entries[k].change);
            if (!sameSource(other, shown) && !compatible(other, shown))
                dispute.others.append(entries[k].change);
        }
        if (!dispute.others.isEmpty()) {
            bool anyReportOther = false;
            for (int o : std::as_const(dispute.others))
                anyReportOther = anyReportOther || changes.at(o).isReported();
            bool anyIndependentOther = false;
            for (int o : std::as_const(dispute.others))
                anyIndependentOther = anyIndependentOther
                                      || (changes.at(o).isReported() && isIndependentClaim(changes.at(o)));
            if (shown.basis == Basis::Stated)
                dispute.reason = Disagreement::Reason::ArticleFirst;
            else if (shown.isReported() && anyReportOther && isIndependentClaim(shown) && !anyIndependentOther)
                dispute.reason = Disagreement::Reason::IndependentOverParty;
            else if (shown.isReported() && anyReportOther)
                dispute.reason = Disagreement::Reason::LatestReport;
            else
                dispute.reason = Disagreement::Reason::ReportOverInference;
            entries[end].dispute = int(m_disputes.size());
            m_disputes.push_back(dispute);
        }
        begin = end + 1;
    }
}

void ControlTimeline::keepStrongerSources(std::vector<Entry> &entries) const
{
    const auto &changes = m_campaign->changes;
    const auto rank = [](Basis b) {
        switch (b) {
        case Basis::Approximate:
            return 0;
        case Basis::Inferred:
            return 1;
        case Basis::Reported:
            return 2;
        case Basis::Stated:
            return 3;
        }
        return 0;
    };
    // A later report that only repeats the state in force confirms it: the
    // article's statement keeps its basis (and an inference does not demote a
    // report). The repeat stays in the history. Article changes among
    // themselves are left as the article-only timeline has them.
    for (size_t k = 1; k < entries.size(); ++k) {
        Entry &e = entries[k];
        const Entry &prev = entries[k - 1];
        if (e.marker)
            continue;
        const ControlChange &c = changes.at(e.change);
        const ControlChange &inForce = changes.at(prev.shown);
        if (e.dispute >= 0 || !(c.isReported() || inForce.isReported()))
            continue;
        const bool repeats = c.control == inForce.control && c.leading == inForce.leading
                             && c.partSide == inForce.partSide && rank(c.basis) <= rank(inForce.basis);
        // "Part of it taken" by the side that already holds all of it adds nothing.
        const bool partOfWhole = !c.partSide.isEmpty() && inForce.control == c.partSide;
        if (repeats || partOfWhole)
            e.shown = prev.shown;
    }
}

void ControlTimeline::addDenials(int districtIndex, std::vector<Entry> &entries)
{
    const Campaign &c = *m_campaign;
    const QString &districtId = c.districts.at(districtIndex).id;
    for (int r = 0; r < c.reports.size(); ++r) {
        const QList<ReportClaim> &claims = c.reports.at(r).claims;
        for (int k = 0; k < claims.size(); ++k) {
            const ReportClaim &claim = claims.at(k);
            if (claim.denies.isEmpty() || !claim.districts.contains(districtId))
                continue;
            const qint64 day = claim.date.toJulianDay();
            const auto it = std::upper_bound(entries.begin(), entries.end(), day,
                                             [](qint64 d, const Entry &e) { return d < e.day; });
            if (it == entries.begin())
                continue; // nothing known yet to dispute
            auto at = it - 1;
            if (at->day != day) {
                // No change that day: a marker carries the state on, disputed.
                Entry marker = *at;
                marker.day = day;
                marker.marker = true;
                marker.dispute = -1;
                at = entries.insert(it, marker);
            }
            if (at->dispute < 0) {
                at->dispute = int(m_disputes.size());
                m_disputes.push_back({});
                m_disputes.back().reason = Disagreement::Reason::DenialDoesNotMove;
            }
            m_disputes[size_t(at->dispute)].denials.append({r, k});
        }
    }
}

QStringList ControlTimeline::contestantsOf(const ControlChange &change, const QString &heldBefore,
                                           const QString &heldAfter)
{
    QStringList out;
    auto add = [&](const QString &side) {
        if (!side.isEmpty() && side != kContested && !out.contains(side))
            out.append(side);
    };
    add(change.leading);
    // Who held the district before and after the contest orders the sides;
    // when the package names the contestants, only they are kept and any
    // the history does not show are added after.
    add(heldBefore);
    add(heldAfter);
    const QStringList &named = change.contestants;
    if (!named.isEmpty()) {
        out.erase(std::remove_if(out.begin(), out.end(), [&](const QString &side) { return !named.contains(side); }),
                  out.end());
        for (const QString &side : named)
            add(side);
    }
    return out;
}

int ControlTimeline::lastAtOrBefore(int districtIndex, qint64 day) const
{
    const auto &entries = m_districts[size_t(districtIndex)];
    const auto it = std::upper_bound(entries.begin(), entries.end(), day,
                                     [](qint64 d, const Entry &e) { return d < e.day; });
    return int(it - entries.begin()) - 1;
}

ControlState ControlTimeline::stateAt(int districtIndex, QDate date) const
{
    if (districtIndex < 0 || districtIndex >= districtCount() || !date.isValid())
        return {};
    const int k = lastAtOrBefore(districtIndex, date.toJulianDay());
    if (k < 0)
        return {};
    const Entry &e = m_districts[size_t(districtIndex)][size_t(k)];
    const ControlChange &c = m_campaign->changes.at(e.shown);
    return {c.control, c.leading, c.basis, QDate::fromJulianDay(e.sinceDay), &c};
}

QList<ControlState> ControlTimeline::statesAt(QDate date) const
{
    QList<ControlState> states;
    states.reserve(districtCount());
    for (int i = 0; i < districtCount(); ++i)
        states.append(stateAt(i, date));
    return states;
}

DistrictAppearance ControlTimeline::appearanceAt(int districtIndex, QDate date) const
{
    DistrictAppearance a;
    if (districtIndex < 0 || districtIndex >= districtCount() || !date.isValid())
        return a;
    const int k = lastAtOrBefore(districtIndex, date.toJulianDay());
    if (k < 0)
        return a;
    const Entry &e = m_districts[size_t(districtIndex)][size_t(k)];
    const ControlChange &c = m_campaign->changes.at(e.shown);
    a.control = c.control;
    a.leading = c.leading;
    a.basis = c.basis;
    a.changedToday = e.changesLook && e.day == date.toJulianDay();
    a.contestants = e.contestants;
    a.disputed = e.dispute >= 0;
    a.since = QDate::fromJulianDay(e.sinceDay);
    a.change = &c;
    return a;
}

QList<DistrictAppearance> ControlTimeline::appearancesAt(QDate date) const
{
    QList<DistrictAppearance> out;
    out.reserve(districtCount());
    for (int i = 0; i < districtCount(); ++i)
        out.append(appearanceAt(i, date));
    return out;
}

bool ControlTimeline::changedOn(int districtIndex, QDate date) const
{
    if (districtIndex < 0 || districtIndex >= districtCount() || !date.isValid())
        return false;
    const auto &entries = m_districts[size_t(districtIndex)];
    for (int k = lastAtOrBefore(districtIndex, date.toJulianDay()); k >= 0; --k) {
        if (entries[size_t(k)].day != date.toJulianDay())
            return false;
        if (!entries[size_t(k)].marker)
            return true;
    }
    return false;
}

Disagreement ControlTimeline::disagreementAt(int districtIndex, QDate date) const
{
    Disagreement out;
    if (districtIndex < 0 || districtIndex >= districtCount() || !date.isValid())
        return out;
    const int k = lastAtOrBefore(districtIndex, date.toJulianDay());
    if (k < 0)
        return out;
    const Entry &e = m_districts[size_t(districtIndex)][size_t(k)];
    if (e.dispute < 0)
        return out;
    const Dispute &d = m_disputes[size_t(e.dispute)];
    out.since = QDate::fromJulianDay(e.day);
    out.shown = &m_campaign->changes.at(e.shown);
    for (int o : d.others)
        out.others.append(&m_campaign->changes.at(o));
    out.denials = d.denials;
    out.reason = d.reason;
    return out;
}

QList<int> ControlTimeline::history(int districtIndex) const
{
    QList<int> out;
    if (districtIndex < 0 || districtIndex >= districtCount())
        return out;
    const auto &entries = m_districts[size_t(districtIndex)];
    out.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries) {
        if (!e.marker)
            out.append(e.change);
    }
    return out;
}

QList<QPair<QDate, const ControlChange *>> ControlTimeline::lookChanges(int districtIndex, QDate after,
                                                                        QDate upTo) const
{
    QList<QPair<QDate, const ControlChange *>> out;
    if (districtIndex < 0 || districtIndex >= districtCount() || !after.isValid() || !upTo.isValid())
        return out;
    const auto &entries = m_districts[size_t(districtIndex)];
    const qint64 first = after.toJulianDay() + 1;
    auto it = std::lower_bound(entries.begin(), entries.end(), first,
                               [](const Entry &e, qint64 d) { return e.day < d; });
    for (; it != entries.end() && it->day <= upTo.toJulianDay(); ++it) {
        // The last entry of a day is its end-of-day state.
        const auto next = it + 1;
        if (next != entries.end() && next->day == it->day)
            continue;
        if (it->changesLook)
            out.append({QDate::fromJulianDay(it->day), &m_campaign->changes.at(it->shown)});
    }
    return out;
}
