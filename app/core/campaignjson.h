#pragma once

#include "controltimeline.h"
#include "districtareas.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

/**
 * @brief The JSON documents of the command line (`--state-at`, `--history`, `--events`).
 *
 * The shapes are a public contract (see the README); tests run the real
 * executable against them.
 */
class CampaignJson
{
public:
    /// `{"date", "districts": [{"id", "name", "control", "leading"?, "contestants"?, "basis", "changed", "since",
    /// "sources"}]}`, from ControlTimeline::appearanceAt(); `contestants` with every contested control.
    static QJsonObject stateAt(const ControlTimeline &timeline, QDate date);
    /// `{"id", "changes": [{"date", "control", "leading"?, "basis", "sources": [{"paragraph", "refs", "quote"}]}]}`
    static QJsonObject history(const ControlTimeline &timeline, int districtIndex);
    /**
     * @brief The claims where sources disagree about a district at the end of @p date: the shown
     * one first (`"shown": true`), then the others and the denials, each with its sources.
     * @p shownBecause receives why the map shows the first ("article-first", "latest-report", ...).
     */
    static QJsonArray disputed(const ControlTimeline &timeline, int districtIndex, QDate date,
                               QString *shownBecause = nullptr);
    /// `{"figures": [{"id", "date", "source", "claim": {"en", "zh"}, "value", "unit", "qualifier", "of",
    /// "districts"?, "map": {"with_reports", "article_only"}}]}`: every figure of the article and the reports
    /// (the article's alone when @p withReports is itself an article-only timeline).
    static QJsonObject figures(const ControlTimeline &withReports, const ControlTimeline &articleOnly,
                               const DistrictAreas &areas);
    /**
     * @brief `{"unit": "km2", "sources", "days": [{"date", "area": {SIDE…, "contested"}, "districts": {…},
     * "contested_leaning": {SIDE: km2}, "by_basis": {"stated", "inferred", "reported", "approximate"},
     * "first_day_opposition_area": {"held", "taken", "contested"}}]}` for every day of [from, to].
     */
    static QJsonObject stats(const ControlTimeline &timeline, const DistrictAreas &areas, QDate from, QDate to);
    /**
     * @brief `{"from", "to", "sources", "changed": [{"id", "name", "from": {"control", "leading"?, "basis"},
     * "to": {…}, "dates": [...], "sources": [...], "returned"?: true}]}`: every district whose look
     * changed in (from, to]; "returned" when it ended as it began.
     */
    static QJsonObject diff(const ControlTimeline &timeline, QDate from, QDate to);
    /// `{"events": [...]}` for events overlapping [from, to] (invalid bounds are open).
    static QJsonObject events(const Campaign &campaign, QDate from, QDate to);
};
