#pragma once

#include "campaign.h"
#include "controltimeline.h"
#include "districtlook.h"
#include "mapprojection.h"
#include "mapsources.h"

#include <QDate>
#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class DistrictItem;
class DistrictStackItem;
class QGraphicsSvgItem;
class QSvgRenderer;

/**
 * @brief The map of one campaign as a QGraphicsScene, in map (SVG user) units.
 *
 * Layers, bottom to top: the SVG base (z 0), one DistrictItem per district
 * (z 10 and a little more for highlighted ones), the graticule (z 15: the
 * districts are opaque, see DistrictLook), river and landmarks (z 20),
 * labels (z 30), furniture (z 40) and the furniture's texts (z 41). The SVG
 * layers are QGraphicsSvgItems (SvgLayerItem) sharing one QSvgRenderer, each
 * showing one top-level group (setElementId). A labels or furniture-text
 * layer that holds only text labels (what the map generator writes) is a
 * LabelLayerItem instead, drawn from glyph runs laid out once (the furniture's
 * texts at their size on the map: LabelLayerItem::Sizing::MapSize); any other
 * such layer stays an SvgLayerItem, which QtSvg draws.
 *
 * The layers do not change with the date. A scene built for the screen
 * (Use::Screen) lets Qt keep the layers' pixels at the view's scale and
 * device pixel ratio (QGraphicsItem::DeviceCoordinateCache; drawn again from
 * the vectors at any other zoom), so a day step repaints only the restyled
 * districts and blits the layers over and under them. There the layers over
 * the districts are painted, in order, by one LayerStackItem (they stay in
 * the scene, hidden), so Qt keeps them as one pixmap and a repaint blends
 * two images, not six. A scene built for an
 * export (Use::Export) caches nothing: every item paints its vectors onto
 * the export's device. Both draw the districts with DistrictItem::paint():
 * an export scene item by item, as Qt paints items; a screen scene through
 * one DistrictStackItem (z 10), which paints them all in the scene's order,
 * the districts staying in the scene without contents of their own for hit
 * testing and hovering.
 *
 * District outlines come from the package's GeoJSON (projected with the map's
 * projection) or, without GeoJSON, from the SVG's district paths. A package
 * with GeoJSON but no SVG gets a projection fitted to the shapes.
 *
 * build() loads and checks everything before creating the scene, so a failed
 * build leaves no half-made scene. setDate() restyles only the districts whose
 * look changed; nothing is reparsed or rebuilt. An export builds a second
 * scene from the same sources (sources()), never touching the one on screen.
 */
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /// Layer z values.
    static constexpr double kBaseZ = 0;
    static constexpr double kDistrictZ = 10;
    /// Above every district look (whose z values stay under 11): the districts are opaque.
    static constexpr double kGraticuleZ = 15;
    static constexpr double kOverlayZ = 20;
    static constexpr double kLabelsZ = 30;
    static constexpr double kFurnitureZ = 40;
    static constexpr double kFurnitureTextZ = 41;

    /// The SVG group that holds the map's text labels: the one the loader reads them from.
    static constexpr const auto &kLabelsLayer = MapLoader::kLabelsLayer;
    /// The SVG group that holds the furniture's texts: the one the loader reads them from.
    static constexpr const auto &kFurnitureTextLayer = MapLoader::kFurnitureTextLayer;

    /// What a scene is built for.
    enum class Use {
        Screen, ///< shown in a MapView: the layers keep their pixels at the view's scale
        Export, ///< painted once onto an image, SVG or PDF: nothing cached
    };

    /// Builds the scene, or returns null and sets @p error (every problem, one per line).
    static std::unique_ptr<MapScene> build(std::shared_ptr<const Campaign> campaign,
                                           std::shared_ptr<const ControlTimeline> timeline, QString *error,
                                           Use use = Use::Screen);
    /**
     * Builds the scene from @p sources read beforehand (see loadSources()).
     * Sources that are null or were read from other files than @p campaign's
     * are read again here.
     */
    static std::unique_ptr<MapScene> build(std::shared_ptr<const Campaign> campaign,
                                           std::shared_ptr<const ControlTimeline> timeline,
                                           std::shared_ptr<const MapSources> sources, QString *error,
                                           Use use = Use::Screen);
    /**
     * Reads and checks what build() needs from @p campaign's files. Thread-safe:
     * no widgets, no fonts. @p checkedMap: the map as the campaign loader checked it.
     */
    static MapSources loadSources(const Campaign &campaign, const MapLoadResult *checkedMap = nullptr);
    ~MapScene() override;

    const Campaign &campaign() const { return *m_campaign; }
    std::shared_ptr<const Campaign> campaignPtr() const { return m_campaign; }
    const ControlTimeline &timeline() const { return *m_timeline; }
    std::shared_ptr<const ControlTimeline> timelinePtr() const { return m_timeline; }
    /// The map files the scene was built from (shared with every scene built from them).
    std::shared_ptr<const MapSources> sources() const { return m_sources; }
    const MapProjection &projection() const { return m_projection; }
    /// The map's extent in scene units: (0, 0, width, height) of the projection.
    QRectF mapRect() const;
    /// True when the scene has an SVG base map (false: districts only).
    bool hasBaseMap() const { return m_renderer != nullptr; }

    /// Restyles the districts for the end of @p date; returns how many items changed their look.
    int setDate(QDate date);
    QDate date() const { return m_date; }
    /**
     * @brief Compare mode: districts are drawn as changed or unchanged between the end of
     * @p date and the end of date() (DistrictLook::forComparison()); an invalid date leaves it.
     * @return how many districts were restyled
     */
    int setCompareDate(QDate date);
    /// The date compared with, or invalid when compare mode is off.
    QDate compareDate() const { return m_compareDate; }

    bool setSelectedDistrict(const QString &id);
    QString selectedDistrict() const { return m_selected; }
    bool setFocusedDistrict(const QString &id);
    QString focusedDistrict() const { return m_focused; }

    DistrictItem *districtItem(const QString &id) const;
    /// District items in the campaign's district order.
    const QList<DistrictItem *> &districtItems() const { return m_districtItems; }
    /// The SVG layer items (base, graticule, river, landmarks, labels, furniture), bottom to top;
    /// each has its layer id as data(0). SvgLayerItems, and a LabelLayerItem for the labels.
    /// On screen those over the districts are hidden: a LayerStackItem paints them.
    const QList<QGraphicsItem *> &layerItems() const { return m_layerItems; }
    /// Id of the district whose filled area contains @p scenePos, or empty.
    QString districtAt(const QPointF &scenePos) const;
    /// True when some district has no control information at the current date.
    bool hasUnknownDistricts() const;

    /// Tells the items how many device pixels one scene unit spans (for their outline margins).
    void setViewScale(double pixelsPerUnit);
    /**
     * @brief Whether a view's date-independent layers are kept as pixels (Use::Screen only).
     *
     * Qt keeps a cached item whole at the view's scale, not only its visible
     * part, so a view caches them while the whole map at its scale is not
     * much larger than its viewport and paints them directly when zoomed in.
     */
    void setLayerCaching(bool cache);

    /// The widest a district's look draws outside its outline, in device pixels.
    static constexpr double kWidestOutlinePx = 7.0;

private:
    MapScene() = default;
    DistrictLook lookFor(int districtIndex) const;
    bool restyle(int districtIndex);

    std::shared_ptr<const Campaign> m_campaign;
    std::shared_ptr<const ControlTimeline> m_timeline;
    MapProjection m_projection;
    std::shared_ptr<const MapSources> m_sources;
    std::shared_ptr<QSvgRenderer> m_renderer; ///< the sources' renderer
    Use m_use = Use::Screen;
    QList<DistrictItem *> m_districtItems;
    DistrictStackItem *m_districtStack = nullptr; ///< on screen: paints the districts
    QHash<QString, DistrictItem *> m_byId;
    QList<QGraphicsItem *> m_layerItems;
    /// The items that paint the layers: layer items, and on screen one stack of those above the districts.
    QList<QGraphicsItem *> m_paintedLayers;
    QDate m_date;
    QDate m_compareDate;
    QString m_selected;
    QString m_focused;
};
