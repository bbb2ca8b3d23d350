#include "mapscene.h"

#include "districtitem.h"
#include "districtstackitem.h"
#include "labellayeritem.h"
#include "layerstackitem.h"
#include "svglayeritem.h"

#include <QGraphicsSvgItem>
#include <QSvgRenderer>

namespace {

struct Layer
{
    const char *id;
    double z;
    /// The layer's texts as the loader read them, for a layer of texts alone (else none):
    /// drawn from glyph runs laid out once when they could all be read.
    SvgLabelReader::Result MapSources::*texts = nullptr;
    LabelLayerItem::Sizing sizing = LabelLayerItem::Sizing::Placed;
};

// QtSvg 6.4 draws every text as filled glyph outlines (it gives each one a text
// outline pen), laid out again at every paint: the labels were most of the map's
// first frame that way, and the furniture's 25 texts cost 23 M instructions of it.
constexpr Layer kLayers[] = {
    {"base", MapScene::kBaseZ},
    {"graticule", MapScene::kGraticuleZ},
    {"river", MapScene::kOverlayZ},
    {"landmarks", MapScene::kOverlayZ},
    {MapScene::kLabelsLayer, MapScene::kLabelsZ, &MapSources::labels},
    {"furniture", MapScene::kFurnitureZ},
    {MapScene::kFurnitureTextLayer, MapScene::kFurnitureTextZ, &MapSources::furnitureText,
     LabelLayerItem::Sizing::MapSize},
};

} // namespace

MapScene::~MapScene()
{
    // The items use the shared renderer while they are destroyed: remove them first.
    clear();
}

MapSources MapScene::loadSources(const Campaign &campaign, const MapLoadResult *checkedMap)
{
    return MapSources::load(campaign, checkedMap);
}

std::unique_ptr<MapScene> MapScene::build(std::shared_ptr<const Campaign> campaign,
                                          std::shared_ptr<const ControlTimeline> timeline, QString *error, Use use)
{
    return build(std::move(campaign), std::move(timeline), nullptr, error, use);
}

std::unique_ptr<MapScene> MapScene::build(std::shared_ptr<const Campaign> campaign,
                                          std::shared_ptr<const ControlTimeline> timeline,
                                          std::shared_ptr<const MapSources> sources, QString *error, Use use)
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
    if (!sources || !sources->isFor(*campaign))
        sources = std::make_shared<const MapSources>(loadSources(*campaign));
    problems = sources->problems;
    const MapProjection &projection = sources->projection;
    const QHash<QString, QPainterPath> &paths = sources->paths;

    const std::shared_ptr<QSvgRenderer> renderer = sources->renderer;
    if (!problems.isEmpty())
        return fail();

    // Everything is loaded and checked: make the items, then hand them to the scene.
    std::vector<std::unique_ptr<QGraphicsItem>> items;
    QList<QGraphicsItem *> layerItems;
    if (renderer) {
        bool anyLayer = false;
        for (const Layer &layer : kLayers) {
            const QString id = QString::fromLatin1(layer.id);
            if (!sources->layerIds.contains(id))
                continue;
            anyLayer = true;
            std::unique_ptr<QGraphicsItem> item;
            if (layer.texts && ((*sources).*layer.texts).ok())
                item = std::make_unique<LabelLayerItem>(((*sources).*layer.texts).labels, renderer.get(), id,
                                                        layer.sizing);
            if (!item) {
                auto svgItem = std::make_unique<SvgLayerItem>();
                svgItem->setSharedRenderer(renderer.get());
                svgItem->setElementId(id);
                svgItem->setPos(renderer->boundsOnElement(id).topLeft());
                // QtSvg's own bounds miss transformed text (a labels layer the glyph runs cannot
                // draw): such a layer may draw anywhere on the map. The others keep to their own
                // bounds, with a few units for text hinted at other scales, so that Qt caches and
                // blits only that much of them (the river is a narrow band).
                const QRectF drawing = layer.texts ? QRectF(QPointF(0, 0), projection.size())
                                                   : renderer->boundsOnElement(id).adjusted(-4, -4, 4, 4);
                svgItem->setDrawingBounds(drawing.translated(-svgItem->pos()));
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
            layerItems.append(item.get());
            items.push_back(std::move(item));
        }
        for (QGraphicsItem *item : std::as_const(layerItems)) {
            item->setAcceptedMouseButtons(Qt::NoButton);
            item->setAcceptHoverEvents(false);
        }
    }
    // On screen the layers are what Qt keeps as pixels: the ones under the
    // districts, and those over them as one stack, so that a repaint blends
    // two images whatever the number of layers.
    QList<QGraphicsItem *> paintedLayers;
    QList<QGraphicsItem *> over;
    for (QGraphicsItem *item : std::as_const(layerItems))
        (use == Use::Screen && item->zValue() > kDistrictZ ? over : paintedLayers).append(item);
    if (over.size() == 1) {
        paintedLayers.append(over.constFirst());
    } else if (!over.isEmpty()) {
        auto stack = std::make_unique<LayerStackItem>(over);
        stack->setZValue(over.constFirst()->zValue());
        paintedLayers.append(stack.get());
        items.push_back(std::move(stack));
    }
    QList<DistrictItem *> districtItems;
    for (int i = 0; i < campaign->districts.size(); ++i) {
        const QString &id = campaign->districts.at(i).id;
        auto item = std::make_unique<DistrictItem>(id, i, paths.value(id));
        districtItems.append(item.get());
        items.push_back(std::move(item));
    }

    // On screen one item paints the districts: the scene's work per item is paid once.
    DistrictStackItem *districtStack = nullptr;
    if (use == Use::Screen && !districtItems.isEmpty()) {
        auto stack = std::make_unique<DistrictStackItem>(districtItems);
        stack->setZValue(kDistrictZ);
        districtStack = stack.get();
        items.push_back(std::move(stack));
    }

    std::unique_ptr<MapScene> scene(new MapScene());
    scene->m_campaign = std::move(campaign);
    scene->m_timeline = std::move(timeline);
    scene->m_projection = projection;
    scene->setSceneRect(scene->mapRect());
    scene->m_sources = sources;
    scene->m_renderer = renderer;
    scene->m_use = use;
    for (auto &item : items)
        scene->addItem(item.release());
    scene->m_layerItems = layerItems;
    scene->m_paintedLayers = paintedLayers;
    scene->setLayerCaching(use == Use::Screen);
    scene->m_districtItems = districtItems;
    scene->m_districtStack = districtStack;
    for (DistrictItem *item : std::as_const(districtItems)) {
        scene->m_byId.insert(item->id(), item);
        item->setSpritesEnabled(use == Use::Screen);
        // The exposed rect lets an export lay vector textures out only where they show; on
        // screen textures are tiles, and Qt would map every repainted item's exposed area for
        // nothing.
        item->setFlag(QGraphicsItem::ItemUsesExtendedStyleOption, use == Use::Export);
    }
    scene->setDate(scene->m_campaign->start);
    return scene;
}

QRectF MapScene::mapRect() const
{
    return QRectF(QPointF(0, 0), m_projection.size());
}

DistrictLook MapScene::lookFor(int districtIndex) const
{
    const QString &id = m_districtItems.at(districtIndex)->id();
    if (m_compareDate.isValid())
        return DistrictLook::forComparison(m_timeline->appearanceAt(districtIndex, m_date),
                                           m_timeline->appearanceAt(districtIndex, m_compareDate), m_campaign->sides,
                                           id == m_selected, id == m_focused);
    return DistrictLook::forState(m_timeline->appearanceAt(districtIndex, m_date), m_campaign->sides, id == m_selected,
                                  id == m_focused);
}

bool MapScene::restyle(int districtIndex)
{
    if (districtIndex < 0 || districtIndex >= m_districtItems.size())
        return false;
    DistrictItem *item = m_districtItems.at(districtIndex);
    const DistrictLook look = lookFor(districtIndex);
    if (item->look() == look)
        return false;
    item->setLook(look);
    return true;
}

int MapScene::setDate(QDate date)
{
    m_date = date;
    int count = 0;
    for (int i = 0; i < m_districtItems.size(); ++i)
        count += restyle(i) ? 1 : 0;
    return count;
}

int MapScene::setCompareDate(QDate date)
{
    if (date == m_compareDate)
        return 0;
    m_compareDate = date;
    int count = 0;
    for (int i = 0; i < m_districtItems.size(); ++i)
        count += restyle(i) ? 1 : 0;
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
        if (item->look().kind() == DistrictLook::Kind::Unknown)
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
    if (m_districtStack)
        m_districtStack->marginsChanged();
}

void MapScene::setLayerCaching(bool cache)
{
    // The layers do not change with the date: on screen Qt keeps their pixels
    // at the view's scale (drawn again at any other zoom, never scaled), so a
    // day step blits them around the restyled districts.
    const QGraphicsItem::CacheMode mode = cache && m_use == Use::Screen ? QGraphicsItem::DeviceCoordinateCache
                                                                        : QGraphicsItem::NoCache;
    for (QGraphicsItem *item : std::as_const(m_paintedLayers)) {
        if (item->cacheMode() != mode)
            item->setCacheMode(mode);
    }
}
