#pragma once

#include "campaign.h"

#include <QString>

/**
 * @brief Deterministic synthetic campaigns for benchmarks and scale tests.
 *
 * N districts tessellate a rectangle around Aleppo as a grid of hexagons;
 * M control changes follow a realistic mix: every district starts with an
 * approximate state, then fronts move with stated captures, contested spells
 * (with and without a leading side), inferred changes and same-day pairs.
 * Every stated or inferred change quotes a generated article paragraph, so a
 * written package passes the same validation as a real one.
 */
class SyntheticCampaign
{
public:
    struct Options
    {
        int districts = 100;
        int changes = 10000; ///< total, including one initial change per district
        int events = 200;
        quint32 seed = 2016;
    };

    /// Writes a complete package (manifest, article, districts, GeoJSON shapes,
    /// SVG base map, events, control) into @p folder. Returns an error or empty.
    static QString write(const QString &folder, const Options &options);
};
