#include "mapscene.h"

#include "districtitem.h"
#include "geojsonloader.h"
#include "labellayeritem.h"
#include "maploader.h"
#include "svgdistrictreader.h"
#include "svglabelreader.h"
#include "svglayeritem.h"

#include <QGraphicsSvgItem>
#include <QSet>
#include <QSvgRenderer>
#include <QtMath>

#include <cmath>
#include <limits>

namespace {

struct Layer
{
    const char *id;
    double z;
};

constexpr Layer kLayers[] = {
    {"base", MapScene::kBaseZ},          {"river", MapScene::kOverlayZ},     {"landmarks", MapScene::kOverlayZ},
    {"labels", MapScene::kLabelsZ},      {"furniture", MapScene::kFurnitureZ},
};

// Widest outline a district can get (selection with its halo), in device pixels.
constexpr double kWidestOutlinePx = 7.0;

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

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

MapScene::~MapScene()
{
    // The items use the shared renderer while they are destroyed: remove them first.
    clear();
}

std::unique_ptr<MapScene> MapScene::build(std::shared_ptr<const Campaign> campaign,
                                          std::shared_ptr<const ControlTimeline> timeline, QString *error,
                                          QObject *parent)
{
    QStringList problems;
    auto fail = [&]() -> std::unique_ptr<MapScene> {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return nullptr;
    };
    if (!campaign) {
        problems.append(tr("no campaign to draw"));
        return fail();
    }
    if (!timeline || timeline->campaign() != campaign.get()) {
        problems.append(tr("the control timeline does not belong to campaign \"%1\"").arg(campaign->id));
        return fail();
    }

    QByteArray svg;
    MapProjection projection;
    if (!campaign->mapFile.isEmpty()) {
        const MapLoadResult map = MapLoader::load(campaign->mapFile, campaign->mapFile);
        for (const Diagnostic &d : map.problems)
            problems.append(d.toString());
        if (!map.ok())
            return fail();
        svg = map.svg;
        projection = map.projection;
    }

    QHash<QString, QPainterPath> paths;
    if (!campaign->districtShapesFile.isEmpty()) {
        const GeoJsonLoadResult shapes = GeoJsonLoader::load(campaign->districtShapesFile, campaign->districtShapesFile);
        for (const Diagnostic &d : shapes.problems)
            problems.append(d.toString());
        if (!shapes.ok())
            return fail();
        if (!projection.isValid())
            projection = fitProjection(shapes.shapes);
        for (const DistrictShape &shape : shapes.shapes) {
            if (!campaign->district(shape.id)) {
                problems.append(tr("%1: shape \"%2\" is not a district of campaign \"%3\"")
                                    .arg(campaign->districtShapesFile, shape.id, campaign->id));
                continue;
            }
            paths.insert(shape.id, shapePath(shape, projection));
        }
    } else if (!svg.isEmpty()) {
        QSet<QString> ids;
        for (const District &d : campaign->districts)
            ids.insert(d.id);
        QStringList readErrors;
        paths = SvgDistrictReader::read(svg, ids, &readErrors);
        for (const QString &e : std::as_const(readErrors))
            problems.append(campaign->mapFile + QLatin1Char(':') + e);
    } else {
        problems.append(tr("campaign \"%1\" has neither a map nor district shapes to draw").arg(campaign->id));
        return fail();
    }
    if (!projection.isValid()) {
        problems.append(tr("campaign \"%1\": cannot place the districts on a map").arg(campaign->id));
        return fail();
    }
    for (const District &d : campaign->districts) {
        if (paths.value(d.id).isEmpty())
            problems.append(tr("no outline for district \"%1\" (%2)")
                                .arg(d.id, campaign->districtShapesFile.isEmpty() ? campaign->mapFile
                                                                                   : campaign->districtShapesFile));
    }

    std::unique_ptr<QSvgRenderer> renderer;
    if (!svg.isEmpty()) {
        renderer = std::make_unique<QSvgRenderer>(svg);
        if (!renderer->isValid())
            problems.append(tr("%1: QtSvg cannot render this map").arg(campaign->mapFile));
    }
    if (!problems.isEmpty())
        return fail();

    // Everything is loaded and checked: make the items, then hand them to the scene.
    std::vector<std::unique_ptr<QGraphicsItem>> items;
    QList<QGraphicsItem *> layerItems;
    if (renderer) {
        bool anyLayer = false;
        for (const Layer &layer : kLayers) {
            const QString id = QString::fromLatin1(layer.id);
            if (!renderer->elementExists(id))
                continue;
            anyLayer = true;
            std::unique_ptr<QGraphicsItem> item;
            if (layer.z == kLabelsZ) {
                // Text only, as the generator writes it: laid out once, drawn from glyph runs.
                const SvgLabelReader::Result labels = SvgLabelReader::read(svg, id);
                if (labels.ok())
                    item = std::make_unique<LabelLayerItem>(labels.labels, renderer.get(), id);
            }
            if (!item) {
                auto svgItem = std::make_unique<SvgLayerItem>();
                svgItem->setSharedRenderer(renderer.get());
                svgItem->setElementId(id);
                svgItem->setPos(renderer->boundsOnElement(id).topLeft());
                // Interpret the SVG once: painting replays the recorded vectors.
                svgItem->prepare();
                item = std::move(svgItem);
            }
            item->setZValue(layer.z);
            item->setData(0, id);
            layerItems.append(item.get());
            items.push_back(std::move(item));
        }
        if (!anyLayer) {
            // A map without the layer groups: the whole drawing is the base.
            auto item = std::make_unique<SvgLayerItem>();
            item->setSharedRenderer(renderer.get());
            const QSizeF size = renderer->defaultSize();
            if (size.width() > 0 && size.height() > 0)
                item->setTransform(QTransform::fromScale(projection.size().width() / size.width(),
                                                         projection.size().height() / size.height()));
            item->setZValue(kBaseZ);
            item->prepare();
            layerItems.append(item.get());
            items.push_back(std::move(item));
        }
        for (QGraphicsItem *item : std::as_const(layerItems)) {
            item->setCacheMode(QGraphicsItem::NoCache); // vector-crisp at every zoom
            item->setAcceptedMouseButtons(Qt::NoButton);
            item->setAcceptHoverEvents(false);
        }
    }
    QList<DistrictItem *> districtItems;
    for (int i = 0; i < campaign->districts.size(); ++i) {
        const QString &id = campaign->districts.at(i).id;
        auto item = std::make_unique<DistrictItem>(id, i, paths.value(id));
        districtItems.append(item.get());
        items.push_back(std::move(item));
    }

    std::unique_ptr<MapScene> scene(new MapScene(parent));
    scene->m_campaign = std::move(campaign);
    scene->m_timeline = std::move(timeline);
    scene->m_projection = projection;
    scene->setSceneRect(scene->mapRect());
    if (renderer) {
        renderer->setParent(scene.get());
        scene->m_renderer = renderer.release();
    }
    for (auto &item : items)
        scene->addItem(item.release());
    scene->m_layerItems = layerItems;
    scene->m_districtItems = districtItems;
    for (DistrictItem *item : std::as_const(districtItems))
        scene->m_byId.insert(item->id(), item);
    scene->setDate(scene->m_campaign->start);
    return scene;
}

QRectF MapScene::mapRect() const
{
    return QRectF(QPointF(0, 0), m_projection.size());
}

DistrictStyle MapScene::styleFor(int districtIndex) const
{
    const ControlState state = m_timeline->stateAt(districtIndex, m_date);
    // Outlined as changed: the control (or the side holding most) differs from
    // the end of the previous day. The campaign's initial states are not changes.
    bool changed = false;
    if (state.isValid() && m_timeline->changedOn(districtIndex, m_date)) {
        const ControlState before = m_timeline->stateAt(districtIndex, m_date.addDays(-1));
        changed = before.isValid() && (before.control != state.control || before.leading != state.leading);
    }
    const QStringList contestants = state.control == kContested
                                        ? DistrictStyle::contestants(*m_timeline, districtIndex, m_date)
                                        : QStringList();
    const QString &id = m_districtItems.at(districtIndex)->id();
    return DistrictStyle::forState(state, m_campaign->sides, contestants, changed, id == m_selected,
                                   id == m_focused);
}

bool MapScene::restyle(int districtIndex)
{
    if (districtIndex < 0 || districtIndex >= m_districtItems.size())
        return false;
    DistrictItem *item = m_districtItems.at(districtIndex);
    const DistrictStyle style = styleFor(districtIndex);
    if (item->style() == style)
        return false;
    item->applyStyle(style);
    emit districtRestyled(item->sceneBoundingRect());
    return true;
}

int MapScene::setDate(QDate date)
{
    m_date = date;
    int count = 0;
    for (int i = 0; i < m_districtItems.size(); ++i)
        count += restyle(i) ? 1 : 0;
    m_lastRestyleCount = count;
    return count;
}

bool MapScene::setSelectedDistrict(const QString &id)
{
    if (!id.isEmpty() && !m_byId.contains(id))
        return false;
    if (id == m_selected)
        return true;
    const QString old = m_selected;
    m_selected = id;
    if (DistrictItem *item = m_byId.value(old))
        restyle(item->districtIndex());
    if (DistrictItem *item = m_byId.value(id))
        restyle(item->districtIndex());
    return true;
}

bool MapScene::setFocusedDistrict(const QString &id)
{
    if (!id.isEmpty() && !m_byId.contains(id))
        return false;
    if (id == m_focused)
        return true;
    const QString old = m_focused;
    m_focused = id;
    if (DistrictItem *item = m_byId.value(old))
        restyle(item->districtIndex());
    if (DistrictItem *item = m_byId.value(id))
        restyle(item->districtIndex());
    return true;
}

DistrictItem *MapScene::districtItem(const QString &id) const
{
    return m_byId.value(id);
}

QString MapScene::districtAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == DistrictItem::Type)
            return static_cast<DistrictItem *>(item)->id();
    }
    return {};
}

bool MapScene::hasUnknownDistricts() const
{
    for (const DistrictItem *item : m_districtItems) {
        if (item->style().kind == DistrictStyle::Kind::Unknown)
            return true;
    }
    return false;
}

void MapScene::setViewScale(double pixelsPerUnit)
{
    if (!(pixelsPerUnit > 0))
        return;
    const double margin = (kWidestOutlinePx / 2 + 2) / pixelsPerUnit;
    for (DistrictItem *item : std::as_const(m_districtItems))
        item->setOutlineMargin(margin);
}
