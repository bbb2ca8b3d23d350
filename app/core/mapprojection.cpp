#include "mapprojection.h"

#include <QtMath>

MapProjection::MapProjection(const QGeoRectangle &bounds, const QSizeF &size, double standardParallel)
    : m_bounds(bounds)
    , m_size(size)
    , m_standardParallel(standardParallel)
{
}

bool MapProjection::isValid() const
{
    return m_bounds.isValid() && m_size.width() > 0 && m_size.height() > 0 && m_bounds.width() > 0
           && m_bounds.height() > 0;
}

QPointF MapProjection::toMap(const QGeoCoordinate &c) const
{
    const double west = m_bounds.topLeft().longitude();
    const double north = m_bounds.topLeft().latitude();
    return {(c.longitude() - west) / m_bounds.width() * m_size.width(),
            (north - c.latitude()) / m_bounds.height() * m_size.height()};
}

QGeoCoordinate MapProjection::toGeo(const QPointF &p) const
{
    const double west = m_bounds.topLeft().longitude();
    const double north = m_bounds.topLeft().latitude();
    return {north - p.y() / m_size.height() * m_bounds.height(), west + p.x() / m_size.width() * m_bounds.width()};
}

double MapProjection::unitsPerKm() const
{
    constexpr double kKmPerDegree = 111.32;
    const double kmWide = m_bounds.width() * kKmPerDegree * qCos(qDegreesToRadians(m_standardParallel));
    return kmWide > 0 ? m_size.width() / kmWide : 0.0;
}
