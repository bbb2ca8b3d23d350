#pragma once

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>
#include <QSizeF>
#include <QtNumeric>

/**
 * @brief Equirectangular projection between WGS84 and map (SVG user) units.
 *
 * x grows east and y grows south, both linear in longitude and latitude, so
 * toMap() and toGeo() are exact inverses. A map is georeferenced by its
 * bounds and its size; the standard parallel only documents the aspect ratio
 * (width / height = Δlon·cos φ0 / Δlat), which loaders check.
 */
class MapProjection
{
public:
    MapProjection() = default;
    MapProjection(const QGeoRectangle &bounds, const QSizeF &size, double standardParallel);

    bool isValid() const;
    QPointF toMap(const QGeoCoordinate &coordinate) const;
    QGeoCoordinate toGeo(const QPointF &point) const;
    /// Map units per kilometre east-west at the standard parallel.
    double unitsPerKm() const;

    QGeoRectangle bounds() const { return m_bounds; }
    QSizeF size() const { return m_size; }
    double standardParallel() const { return m_standardParallel; }

private:
    QGeoRectangle m_bounds;
    QSizeF m_size;
    double m_standardParallel = 0.0;
    // The bounds' numbers, read once: QGeoRectangle's accessors check and copy the
    // shape on every call, and a load projects every position of every district.
    double m_west = qQNaN();
    double m_north = qQNaN();
    double m_lonSpan = qQNaN(); ///< m_bounds.width(): degrees east, across the antimeridian too
    double m_latSpan = qQNaN(); ///< m_bounds.height()
};
