#pragma once

#include "localizedtext.h"

#include <QGeoPolygon>
#include <QList>
#include <QString>

/**
 * @brief The outline of one district in WGS84, as read from a GeoJSON file.
 *
 * A district may consist of several polygons (a GeoJSON MultiPolygon); each
 * QGeoPolygon's perimeter is the exterior ring and its holes are the interior
 * rings (QGeoPolygon::addHole). Rings are stored without the repeated closing
 * position: a QGeoPolygon is implicitly closed.
 */
struct DistrictShape
{
    QString id;         ///< the district id the shape belongs to
    LocalizedText name; ///< names from the file (may be empty)
    QList<QGeoPolygon> polygons;
};
