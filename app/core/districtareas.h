#pragma once

#include "campaign.h"
#include "districtshape.h"

#include <QList>

/**
 * @brief Geodesic areas of a campaign's districts, in km², on the WGS84 ellipsoid.
 *
 * Computed once from the district outlines with GeographicLib's PolygonArea
 * (exterior rings minus holes, every polygon of a MultiPolygon). A district
 * without an outline has no area (NaN), and measures leave it out.
 */
class DistrictAreas
{
public:
    DistrictAreas() = default;
    /// Areas of @p campaign's districts from @p shapes (matched by district id).
    DistrictAreas(const Campaign &campaign, const QList<DistrictShape> &shapes);
    /// Reads the campaign's district_shapes file; no areas when it has none or it cannot be read.
    static DistrictAreas fromCampaign(const Campaign &campaign);

    /// Geodesic area in km² of one polygon's exterior ring minus its holes.
    static double polygonKm2(const QGeoPolygon &polygon);

    /// Area of district @p index in km² (NaN when unknown).
    double km2(int index) const;
    /// True when every district has an area.
    bool isComplete() const;
    bool isEmpty() const { return m_km2.isEmpty(); }
    int count() const { return int(m_km2.size()); }

private:
    QList<double> m_km2;
};
