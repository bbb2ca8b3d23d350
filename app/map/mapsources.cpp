#include "mapsources.h"

#include "campaign.h"
#include "geojsonloader.h"
#include "maploader.h"

#include <QCoreApplication>
#include <QGeoPolygon>
#include <QPolygonF>
#include <QSet>
#include <QSvgRenderer>
#include <QThread>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

/// An equirectangular projection fitted around @p shapes, for packages without an SVG map.
MapProjection fitProjection(const QList<DistrictShape> &shapes)
{
    double west = std::numeric_limits<double>::max();
    double east = -west;
    double south = west;
    double north = -west;
    for (const DistrictShape &s : shapes) {
        for (const QGeoPolygon &p : s.polygons) {
            for (const QGeoCoordinate &c : p.perimeter()) {
                west = std::min(west, c.longitude());
                east = std::max(east, c.longitude());
                south = std::min(south, c.latitude());
                north = std::max(north, c.latitude());
            }
        }
    }
    if (west >= east || south >= north)
        return {};
    const double marginLon = (east - west) * 0.04;
    const double marginLat = (north - south) * 0.04;
    west = std::max(-180.0, west - marginLon);
    east = std::min(180.0, east + marginLon);
    south = std::max(-90.0, south - marginLat);
    north = std::min(90.0, north + marginLat);
    const double parallel = (south + north) / 2;
    constexpr double kHeight = 1000.0;
    const double width = kHeight * (east - west) * std::cos(qDegreesToRadians(parallel)) / (north - south);
    return MapProjection(QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east)),
                         QSizeF(width, kHeight), parallel);
}

QPainterPath shapePath(const DistrictShape &shape, const MapProjection &projection)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    auto addRing = [&](const QList<QGeoCoordinate> &ring) {
        QPolygonF poly;
        poly.reserve(ring.size() + 1);
        for (const QGeoCoordinate &c : ring)
            poly.append(projection.toMap(c));
        path.addPolygon(poly);
        path.closeSubpath();
    };
    for (const QGeoPolygon &p : shape.polygons) {
        addRing(p.perimeter());
        for (qsizetype h = 0; h < p.holesCount(); ++h)
            addRing(p.holePath(h));
    }
    return path;
}

} // namespace

bool MapSources::isFor(const Campaign &campaign) const
{
    return mapFile == campaign.mapFile && shapesFile == campaign.districtShapesFile;
}

MapSources MapSources::load(const Campaign &campaign, const MapLoadResult *checkedMap)
{
    MapSources s;
    s.mapFile = campaign.mapFile;
    s.shapesFile = campaign.districtShapesFile;
    QStringList &problems = s.problems;

    MapLoadResult map;
    if (!campaign.mapFile.isEmpty()) {
        if (checkedMap && checkedMap->ok() && !checkedMap->svg.isEmpty()) {
            map = *checkedMap;
        } else {
            // Without GeoJSON the districts are the map's elements, read in the same pass.
            QSet<QString> ids;
            if (campaign.districtShapesFile.isEmpty()) {
                for (const District &d : campaign.districts)
                    ids.insert(d.id);
            }
            map = MapLoader::load(campaign.mapFile, campaign.mapFile, ids);
        }
        for (const Diagnostic &d : std::as_const(map.problems))
            problems.append(d.toString());
        if (!map.ok())
            return s;
        s.svg = map.svg;
        s.projection = map.projection;
        s.layerIds = map.layerIds;
        s.labels = map.labels;
        s.furnitureText = map.furnitureText;
    }

    if (!campaign.districtShapesFile.isEmpty()) {
        const GeoJsonLoadResult shapes = GeoJsonLoader::load(campaign.districtShapesFile, campaign.districtShapesFile);
        for (const Diagnostic &d : shapes.problems)
            problems.append(d.toString());
        if (!shapes.ok())
            return s;
        if (!s.projection.isValid())
            s.projection = fitProjection(shapes.shapes);
        for (const DistrictShape &shape : shapes.shapes) {
            if (!campaign.district(shape.id)) {
                problems.append(
                    QCoreApplication::translate("MapScene", "%1: shape \"%2\" is not a district of campaign \"%3\"")
                        .arg(campaign.districtShapesFile, shape.id, campaign.id));
                continue;
            }
            s.paths.insert(shape.id, shapePath(shape, s.projection));
        }
    } else if (!s.svg.isEmpty()) {
        s.paths = map.districtPaths;
    } else {
        problems.append(
            QCoreApplication::translate("MapScene", "campaign \"%1\" has neither a map nor district shapes to draw")
                .arg(campaign.id));
        return s;
    }
    if (!s.projection.isValid()) {
        problems.append(QCoreApplication::translate("MapScene", "campaign \"%1\": cannot place the districts on a map")
                            .arg(campaign.id));
        return s;
    }
    for (const District &d : campaign.districts) {
        if (s.paths.value(d.id).isEmpty())
            problems.append(
                QCoreApplication::translate("MapScene", "no outline for district \"%1\" (%2)")
                    .arg(d.id, campaign.districtShapesFile.isEmpty() ? campaign.mapFile : campaign.districtShapesFile));
    }
    if (!s.svg.isEmpty()) {
        // The loader's QtSvg document of the map: QtSvg parses it once.
        if (!map.renderer || !map.renderer->isValid()) {
            problems.append(
                QCoreApplication::translate("MapScene", "%1: QtSvg cannot render this map").arg(campaign.mapFile));
        } else {
            // Read in a worker thread, drawn in the application's: the object follows.
            const QCoreApplication *app = QCoreApplication::instance();
            if (app && map.renderer->thread() == QThread::currentThread())
                map.renderer->moveToThread(app->thread());
            s.renderer = std::move(map.renderer);
        }
    }
    return s;
}
