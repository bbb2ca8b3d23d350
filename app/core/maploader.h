#pragma once

#include <QCoreApplication>

#include "diagnostic.h"
#include "mapprojection.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <memory>
#include <optional>

class QSvgRenderer;

/// What MapLoader::load returns.
struct MapLoadResult
{
    QByteArray svg;
    MapProjection projection;
    QSet<QString> elementIds; ///< ids of all elements (districts are paths with their id)
    Diagnostics problems;
    /// QtSvg's document of svg, when this call parsed one to prove the map
    /// renderable (null when the answer came from the last-map cache). Drawing
    /// the map can use it instead of parsing the SVG again.
    std::shared_ptr<QSvgRenderer> renderer;

    bool ok() const { return problems.isEmpty(); }
};

/**
 * @brief Reads and validates a campaign's SVG base map.
 *
 * The root `<svg>` must carry the georeference in the `urn:aleppo-atlas:map:1`
 * namespace (projection, standard-parallel, west, east, south, north) and a
 * matching viewBox. Documents with a DTD are refused (no entity expansion),
 * and the map must be renderable by QtSvg.
 */
class MapLoader
{
    Q_DECLARE_TR_FUNCTIONS(MapLoader)

public:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    static MapLoadResult load(const QString &path, const QString &displayName);
    static MapLoadResult parse(const QByteArray &svg, const QString &displayName);
    /**
     * The same checks with QXmlStreamReader on every token: what parse() falls
     * back to whenever its quick scan is not sure, so every problem is found
     * and placed by this path. Public so that tests can compare the two.
     */
    static MapLoadResult parseWithXmlReader(const QByteArray &svg, const QString &displayName);

private:
    struct QuickScan
    {
        QSet<QString> elementIds;
        MapProjection projection;
    };
    static MapLoadResult validate(const QByteArray &svg, const QString &displayName);
    static std::optional<QuickScan> quickScan(const QByteArray &svg);
    /// The root's georeference and viewBox: the problems found, or none and @p out set.
    static QStringList readGeoreference(QStringView projection, const std::array<QStringView, 5> &bounds,
                                        QStringView viewBox, MapProjection *out);
};
