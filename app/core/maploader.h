#pragma once

#include <QCoreApplication>

#include "diagnostic.h"
#include "mapprojection.h"
#include "svglabelreader.h"

#include <QByteArray>
#include <QHash>
#include <QPainterPath>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <memory>

class QSvgRenderer;

/// What MapLoader::load returns: everything the app needs from the map, or every problem found.
struct MapLoadResult
{
    QByteArray svg; ///< empty when there are problems
    MapProjection projection;
    QSet<QString> elementIds; ///< ids of all elements
    QStringList layerIds;     ///< ids of the root's child elements (the map's layers), in document order
    /// Outlines of the district elements asked for, by id, in the map's user units
    /// (empty when none were asked for: the districts come from GeoJSON).
    QHash<QString, QPainterPath> districtPaths;
    SvgLabelReader::Result labels; ///< the labels layer (MapLoader::kLabelsLayer) read as text labels
    /// The furniture's texts (MapLoader::kFurnitureTextLayer), read as text labels drawn at the map's size.
    SvgLabelReader::Result furnitureText;
    /// QtSvg's document of svg, made to prove the map renderable, in the thread
    /// that loaded it: drawing the map uses it instead of parsing the SVG again.
    std::shared_ptr<QSvgRenderer> renderer;
    Diagnostics problems;

    bool ok() const { return problems.isEmpty(); }
};

/**
 * @brief Reads and validates a campaign's SVG base map, and reads what the app needs from it, in one pass.
 *
 * The root `<svg>` must carry the georeference in the `urn:aleppo-atlas:map:1`
 * namespace (projection, standard-parallel, west, east, south, north) and a
 * matching viewBox. Documents with a DTD are refused (no entity expansion),
 * and the map must be renderable by QtSvg.
 *
 * One QXmlStreamReader pass checks the document and, on the way, collects the
 * element and layer ids, the outlines of the district elements asked for
 * (SvgDistrictReader) and the text labels of the labels layer and of the
 * furniture's texts (SvgLabelReader).
 * QtSvg's own parse, for drawing, is the only other one. Every problem is
 * reported as `FILE:LINE:COLUMN: message`, at the start of the element.
 */
class MapLoader
{
    Q_DECLARE_TR_FUNCTIONS(MapLoader)

public:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    /// The top-level group whose text labels are read (FORMAT.md).
    static constexpr char kLabelsLayer[] = "labels";
    /// The top-level group of the furniture's texts (FORMAT.md), read as labels too.
    static constexpr char kFurnitureTextLayer[] = "furniture-text";

    /// Reads @p path (size limit) and parses it; problems name @p displayName.
    static MapLoadResult load(const QString &path, const QString &displayName, const QSet<QString> &districtIds = {});
    /**
     * Parses and checks @p svg.
     * @param districtIds the districts whose outlines are read from the map's
     *        elements (each must be a `<path>`, `<polygon>` or `<rect>`); none
     *        when the districts come from elsewhere
     */
    static MapLoadResult parse(const QByteArray &svg, const QString &displayName,
                               const QSet<QString> &districtIds = {});

private:
    /// The root's georeference and viewBox: the problems found, or none and @p out set.
    static QStringList readGeoreference(QStringView projection, const std::array<QStringView, 5> &bounds,
                                        QStringView viewBox, MapProjection *out);
};
