#include "mapprojection.h"

#include <QtMath>

MapProjection::MapProjection(const QGeoRectangle &bounds, const QSizeF &size, double standardParallel)
    : m_bounds(bounds)
    , m_size(size)
    , m_standardParallel(standardParallel)
    , m_west(bounds.topLeft().longitude())
    , m_north(bounds.topLeft().latitude())
    , m_lonSpan(bounds.width())
    , m_latSpan(bounds.height())
{
}

bool MapProjection::isValid() const
{
    return m_bounds.isValid() && m_size.width() > 0 && m_size.height() > 0 && m_bounds.width() > 0
           && m_bounds.height() > 0;
}

QPointF MapProjection::toMap(const QGeoCoordinate &c) const
{
    return {(c.longitude() - m_west) / m_lonSpan * m_size.width(),
            (m_north - c.latitude()) / m_latSpan * m_size.height()};
}

QGeoCoordinate MapProjection::toGeo(const QPointF &p) const
{
    return {m_north - p.y() / m_size.height() * m_latSpan, m_west + p.x() / m_size.width() * m_lonSpan};
}

double MapProjection::unitsPerKm() const
{
    constexpr double kKmPerDegree = 111.32;
    const double kmWide = m_bounds.width() * kKmPerDegree * qCos(qDegreesToRadians(m_standardParallel));
    return kmWide > 0 ? m_size.width() / kmWide : 0.0;
}
