#pragma once

#include "localizedtext.h"

#include <QGeoCoordinate>
#include <QString>

/// A named part of the city whose control the campaign tracks.
struct District
{
    QString id; ///< kebab-case English id, e.g. "old-city"
    LocalizedText name;
    QGeoCoordinate centroid; ///< a point inside the district (WGS84)
};
