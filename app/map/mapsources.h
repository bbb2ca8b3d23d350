#pragma once

#include "mapprojection.h"
#include "svglabelreader.h"

#include <QByteArray>
#include <QHash>
#include <QPainterPath>
#include <QString>
#include <QStringList>

class Campaign;

/**
 * @brief What a campaign's map is made of, read from its files and checked.
 *
 * The map's SVG and projection, each district's outline (from the package's
 * GeoJSON, or else from the SVG) and the SVG's text labels. Reading them
 * needs no GUI objects, so it can run in any thread: the viewer reads them
 * while it builds its window, and MapScene::build() makes the scene from them.
 * Problems are collected, all of them, in problems; the sources are usable
 * only when ok().
 */
struct MapSources
{
    /// The campaign files these were read from (Campaign::mapFile, Campaign::districtShapesFile).
    QString mapFile;
    QString shapesFile;

    QByteArray svg;                      ///< the map's SVG (empty without one)
    MapProjection projection;            ///< the SVG's, or fitted to the shapes without an SVG
    QHash<QString, QPainterPath> paths;  ///< district outlines in map units, by district id
    SvgLabelReader::Result labels;       ///< the SVG's labels layer, read as text labels
    QStringList problems;                ///< every problem found, one per entry

    bool ok() const { return problems.isEmpty(); }
    /// True when these were read from @p campaign's files.
    bool isFor(const Campaign &campaign) const;

    /**
     * Reads and checks @p campaign's map files; thread-safe.
     * @param labelsLayerId the SVG group whose text labels are read
     */
    static MapSources load(const Campaign &campaign, const QString &labelsLayerId);
};
