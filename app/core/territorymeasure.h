#pragma once

#include "controltimeline.h"
#include "districtareas.h"
#include "figure.h"

#include <QDate>
#include <QStringList>

#include <optional>

/**
 * @brief The map's own value of the measures sources give figures for.
 *
 * Areas are geodesic (DistrictAreas). A district counts wholly for the side
 * that holds it and half for each side of a contested district that the
 * timeline names among its contestants — "opposition plus half of contested".
 * The base of every share is the opposition's area at the end of the
 * campaign's first day (its 19-September area for Aleppo), each district
 * weighted as above.
 */
class TerritoryMeasure
{
public:
    TerritoryMeasure(const ControlTimeline &timeline, const DistrictAreas &areas);

    /// How much of district @p index side @p side holds at the end of @p date: 1, 0.5 (contested) or 0.
    double weight(int index, const QString &side, QDate date) const;
    /// km² held by @p side at the end of @p date, over @p districts (empty: all).
    double km2Held(const QString &side, QDate date, const QStringList &districts = {}) const;
    /// Share (0..1) of the first day's opposition area, within @p districts (empty: all),
    /// that the government holds at the end of @p date; nullopt when the base is empty.
    std::optional<double> takenShare(QDate date, const QStringList &districts = {}) const;
    /// Districts wholly opposition-held on the first day (within @p districts) that the government holds.
    int districtsTaken(QDate date, const QStringList &districts = {}) const;
    /**
     * @brief The map's value for @p figure's measure at the end of @p date.
     *
     * share: takenShare(); km2: the opposition's km² (opposition plus half of
     * contested); districts: districtsTaken(). nullopt when the areas are
     * unknown (a package without district outlines) or the base is empty.
     */
    std::optional<double> valueFor(const Figure &figure, QDate date) const;

private:
    QList<int> indices(const QStringList &districts) const;

    const ControlTimeline &m_timeline;
    const DistrictAreas &m_areas;
};
