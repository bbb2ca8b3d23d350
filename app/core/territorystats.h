#pragma once

#include "controltimeline.h"
#include "districtareas.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

/**
 * @brief Territory on one day: km² and districts per side, contested, by basis,
 * and what became of the first day's opposition area.
 *
 * A district counts wholly in one bucket: its side, or contested (with the
 * leading side, when known, in @ref contestedLeaningKm2). Districts without an
 * area count in the district numbers only.
 */
struct DayStats
{
    QDate date;
    QHash<QString, double> km2;    ///< side id -> km² held wholly
    QHash<QString, int> districts; ///< side id -> districts held wholly
    double contestedKm2 = 0.0;
    int contestedDistricts = 0;
    QHash<QString, double> contestedLeaningKm2; ///< leading side -> km² of contested districts it mostly holds
    std::array<double, 4> km2ByBasis{};         ///< indexed by int(Basis)
    /// Shares (0..1) of the first day's opposition area that the opposition still holds,
    /// that another side holds, and that is contested; 0 when there is no such area.
    double baseHeld = 0.0;
    double baseTaken = 0.0;
    double baseContested = 0.0;
};

/**
 * @brief Territory over time: DayStats for every day of a range.
 *
 * O(days × districts × log changes): each day asks ControlTimeline::appearanceAt
 * for every district, the same answer the map draws.
 */
class TerritoryStats
{
public:
    /// Stats for every day from @p from to @p to (inclusive; clamped to the campaign).
    static QList<DayStats> compute(const ControlTimeline &timeline, const DistrictAreas &areas, QDate from, QDate to);
};
