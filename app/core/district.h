#pragma once

#include "localizedtext.h"
#include "neighbourhood.h"

#include <QGeoCoordinate>
#include <QList>
#include <QString>

/// A named part of the city whose control the campaign tracks.
struct District
{
    QString id; ///< kebab-case English id, e.g. "old-city"
    LocalizedText name;
    QGeoCoordinate centroid; ///< a point inside the district (WGS84)
    /// The neighbourhoods merged into the district (optional; reports' part claims name them).
    QList<Neighbourhood> neighbourhoods;

    /// Index of member neighbourhood @p id, or -1.
    int neighbourhoodIndex(const QString &id) const
    {
        for (int i = 0; i < neighbourhoods.size(); ++i) {
            if (neighbourhoods.at(i).id == id)
                return i;
        }
        return -1;
    }
};
