#pragma once

#include "maploader.h"
#include "mapprojection.h"
#include "svglabelreader.h"

#include <QByteArray>
#include <QHash>
#include <QPainterPath>
#include <QString>
#include <QStringList>

#include <memory>

class Campaign;
class QSvgRenderer;

/**
 * @brief What a campaign's map is made of, read from its files and checked.
 *
 * The map's SVG, projection and layer ids, each district's outline (from the
 * package's GeoJSON, or else from the SVG), the SVG's text labels and QtSvg's
 * document of the SVG. Everything from the SVG comes from one MapLoader pass
 * (and QtSvg's own parse): the campaign loader's, handed over, or else one
 * made here. Reading needs no widgets and no fonts (QSvgRenderer is
 * reentrant), so it can run in any thread: the viewer reads the sources while
 * it builds its window, and MapScene::build() makes the scene from them.
 * Problems are collected, all of them, in problems; the sources are usable
 * only when ok().
 */
struct MapSources
{
    /// The campaign files these were read from (Campaign::mapFile, Campaign::districtShapesFile).
    QString mapFile;
    QString shapesFile;

    QByteArray svg;                       ///< the map's SVG (empty without one)
    MapProjection projection;             ///< the SVG's, or fitted to the shapes without an SVG
    QStringList layerIds;                 ///< ids of the SVG's top-level elements, in document order
    QHash<QString, QPainterPath> paths;   ///< district outlines in map units, by district id
    SvgLabelReader::Result labels;        ///< the SVG's labels layer, read as text labels
    SvgLabelReader::Result furnitureText; ///< the SVG's furniture texts, read as text labels
    /// QtSvg's document of svg (null without an SVG), living in the application's
    /// thread: the scenes built from these sources draw their layers with it.
    std::shared_ptr<QSvgRenderer> renderer;
    QStringList problems; ///< every problem found, one per entry

    bool ok() const { return problems.isEmpty(); }
    /// True when these were read from @p campaign's files.
    bool isFor(const Campaign &campaign) const;

    /**
     * Reads and checks @p campaign's map files; thread-safe.
     * @param checkedMap the campaign's map as the campaign loader read it
     *        (CampaignLoadResult::map): taken as it is, never parsed again
     */
    static MapSources load(const Campaign &campaign, const MapLoadResult *checkedMap = nullptr);
};
