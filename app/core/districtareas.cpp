#include "districtareas.h"

#include "geojsonloader.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>

#include <QHash>

#include <cmath>
#include <limits>

namespace {

double ringKm2(const QList<QGeoCoordinate> &ring)
{
    if (ring.size() < 3)
        return 0.0;
    GeographicLib::PolygonArea polygon(GeographicLib::Geodesic::WGS84());
    for (const QGeoCoordinate &c : ring)
        polygon.AddPoint(c.latitude(), c.longitude());
    double perimeter = 0.0;
    double area = 0.0;
    // Signed, then its magnitude: the file's ring orientation must not matter.
    polygon.Compute(false, true, perimeter, area);
    return std::abs(area) / 1.0e6;
}

} // namespace

double DistrictAreas::polygonKm2(const QGeoPolygon &polygon)
{
    double km2 = ringKm2(polygon.perimeter());
    for (int h = 0; h < polygon.holesCount(); ++h)
        km2 -= ringKm2(polygon.holePath(h));
    return std::max(0.0, km2);
}

DistrictAreas::DistrictAreas(const Campaign &campaign, const QList<DistrictShape> &shapes)
{
    QHash<QString, double> byId;
    for (const DistrictShape &shape : shapes) {
        double km2 = 0.0;
        for (const QGeoPolygon &polygon : shape.polygons)
            km2 += polygonKm2(polygon);
        byId[shape.id] += km2;
    }
    m_km2.reserve(campaign.districts.size());
    for (const District &d : campaign.districts)
        m_km2.append(byId.value(d.id, std::numeric_limits<double>::quiet_NaN()));
}

DistrictAreas DistrictAreas::fromCampaign(const Campaign &campaign)
{
    if (campaign.districtShapesFile.isEmpty())
        return {};
    const GeoJsonLoadResult shapes = GeoJsonLoader::load(campaign.districtShapesFile, campaign.districtShapesFile);
    if (!shapes.ok())
        return {};
    return DistrictAreas(campaign, shapes.shapes);
}

double DistrictAreas::km2(int index) const
{
    if (index < 0 || index >= m_km2.size())
        return std::numeric_limits<double>::quiet_NaN();
    return m_km2.at(index);
}

bool DistrictAreas::isComplete() const
{
    return !m_km2.isEmpty() && std::none_of(m_km2.cbegin(), m_km2.cend(), [](double a) { return std::isnan(a); });
}
