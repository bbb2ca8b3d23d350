#include "districtitem.h"

#include "districtstackitem.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace {

// Larger districts (zoomed in) are few on screen and painted directly: a
// sprite would cost as much to make as to paint, and memory besides.
constexpr double kMaxSpritePixels = 512.0 * 512.0;
// Looks and highlights kept per district at one scale; a district rarely shows more.
constexpr int kMaxSprites = 8;
// Qt 6.4's raster engine hands a blend of 96 or more rows to a thread pool
// and waits for it; for a sprite the hand-off costs more than the blend.
constexpr int kBandRows = 64;

// Draws @p image with its top left at @p topLeft (logical pixels, identity
// transform) in bands short enough to be blended on the calling thread.
void blitInBands(QPainter *painter, const QPointF &topLeft, const QImage &image)
{
    const double ratio = image.devicePixelRatio();
    const int height = image.height();
    for (int y = 0; y < height; y += kBandRows) {
        const int rows = std::min(kBandRows, height - y);
        painter->drawImage(QPointF(topLeft.x(), topLeft.y() + y / ratio), image, QRectF(0, y, image.width(), rows));
    }
}

} // namespace

DistrictItem::DistrictItem(const QString &id, int districtIndex, const QPainterPath &path)
    : m_id(id)
    , m_districtIndex(districtIndex)
    , m_path(path)
{
    m_path.setFillRule(Qt::OddEvenFill);
    m_controlRect = m_path.controlPointRect();
    setAcceptedMouseButtons(Qt::NoButton);
    setData(0, id);
    setLook(DistrictLook::forState(DistrictAppearance(), {}));
}

void DistrictItem::setLook(const DistrictLook &look)
{
    m_look = look;
    m_lookHash = qHash(look);
    const QList<LookLayer> &layers = look.layers();
    // Seeded apart from whole looks' hashes: an overlay is a sprite of its own.
    m_overlayHash = qHashRange(layers.cbegin() + look.overlayStart(), layers.cend(), size_t(0x5eed0f0e));
    const bool reordered = look.zValue() != zValue();
    setZValue(look.zValue());
    if (m_stack)
        m_stack->districtChanged(this, reordered);
    else
        update();
}

void DistrictItem::setOutlineMargin(double sceneUnits)
{
    if (qFuzzyCompare(sceneUnits, m_margin))
        return;
    prepareGeometryChange();
    m_margin = sceneUnits;
}

QRectF DistrictItem::boundingRect() const
{
    return m_controlRect.adjusted(-m_margin, -m_margin, m_margin, m_margin);
}

QPainterPath DistrictItem::shape() const
{
    return m_path;
}

bool DistrictItem::contains(const QPointF &point) const
{
    return m_path.contains(point);
}

void DistrictItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option ? option->exposedRect : boundingRect();
    const QPaintEngine *engine = painter->paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    paintPlan(painter,
              plan(painter->worldTransform(), DistrictLook::devicePixelRatio(painter), painter->renderHints(), raster),
              exposed);
}

DistrictItem::Plan DistrictItem::plan(const QTransform &world, double ratio, QPainter::RenderHints hints, bool raster)
{
    Plan plan;
    if (!m_spritesEnabled || !raster)
        return plan;
    // A sprite is the whole district: the painter's clip keeps it to the exposed area.
    plan.sprite = sprite(world, ratio, hints, m_lookHash, 0, &plan.spriteAt);
    // A look shown for the first time: its fill and outline are painted, and
    // its highlights (the wide strokes, which cost the raster engine several
    // times a fill) come from a sprite of them, shared by every fill the
    // district shows them over.
    if (plan.sprite.isNull() && m_look.overlayStart() < m_look.layers().size())
        plan.overlay = sprite(world, ratio, hints, m_overlayHash, m_look.overlayStart(), &plan.overlayAt);
    return plan;
}

void DistrictItem::paintPlan(QPainter *painter, const Plan &plan, const QRectF &exposed) const
{
    // Only the transform changes for a blit: setting it back costs less than a saved state.
    const auto blit = [painter](const QImage &image, const QPointF &at) {
        const QTransform world = painter->worldTransform();
        painter->setWorldTransform(QTransform());
        blitInBands(painter, at, image);
        painter->setWorldTransform(world);
    };
    if (!plan.sprite.isNull()) {
        blit(plan.sprite, plan.spriteAt);
        return;
    }
    const qsizetype overlay = m_look.overlayStart();
    const qsizetype count = m_look.layers().size();
    m_look.paintLayers(painter, m_path, exposed, 0, overlay);
    if (overlay >= count)
        return;
    if (plan.overlay.isNull())
        m_look.paintLayers(painter, m_path, exposed, overlay, count);
    else
        blit(plan.overlay, plan.overlayAt);
}

QImage DistrictItem::sprite(const QTransform &world, double ratio, QPainter::RenderHints hints, size_t hash,
                            qsizetype fromLayer, QPointF *at)
{
    const QTransform toDevice = world * QTransform::fromScale(ratio, ratio);
    if (toDevice.type() > QTransform::TxScale)
        return {};
    const QRectF deviceBounds = toDevice.mapRect(m_controlRect);
    if (deviceBounds.width() * deviceBounds.height() > kMaxSpritePixels)
        return {};
    // Whole-pixel translations (scrolling) reuse a sprite; what is left, the
    // scale and the sub-pixel position, is what the sprite was painted for.
    const QPointF whole(std::floor(toDevice.dx()), std::floor(toDevice.dy()));
    const QTransform linear = toDevice * QTransform::fromTranslate(-whole.x(), -whole.y());

    QPixmap pixmap;
    const Sprite *found = nullptr;
    for (const Sprite &sprite : std::as_const(m_sprites)) {
        if (sprite.hash == hash && sprite.linear == linear && QPixmapCache::find(sprite.key, &pixmap)) {
            found = &sprite;
            break;
        }
    }
    QPoint offset;
    if (found) {
        offset = found->offset;
    } else {
        // Sprites of another scale will not be shown again at this one.
        if (!m_sprites.isEmpty() && m_sprites.constFirst().linear != linear) {
            for (const Sprite &sprite : std::as_const(m_sprites))
                QPixmapCache::remove(sprite.key);
            m_sprites.clear();
        }
        // A sprite costs a little more than painting the look once, and pays
        // only when the look is painted again: make one when the district is
        // painted with the look its last paint had (its neighbours changed,
        // the whole view is painted again, an animation's next frame), so
        // that a district whose look keeps changing (a campaign whose fronts
        // move every day) costs what painting it directly costs, and the
        // pixmap cache keeps the sprites that are used. Highlights are few
        // and shown over many fills: their sprite is made at once.
        if (fromLayer == 0 && m_lastPainted != hash) {
            m_lastPainted = hash;
            return {};
        }
        // The look's own reach, not the item's margin (set for one view's scale), bounds the sprite.
        const int reach = int(std::ceil(m_look.reach() * ratio)) + 2;
        const QRect rect = linear.mapRect(m_controlRect).toAlignedRect().adjusted(-reach, -reach, reach, reach);
        pixmap = QPixmap(rect.size());
        if (pixmap.isNull())
            return {};
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        {
            // Painted in logical pixels, as the device itself would be: Qt
            // applies the pixel ratio to the pixmap as it does to the device.
            QPainter p(&pixmap);
            p.setRenderHints(hints);
            p.setWorldTransform(linear * QTransform::fromTranslate(-rect.x(), -rect.y())
                                * QTransform::fromScale(1.0 / ratio, 1.0 / ratio));
            m_look.paintLayers(&p, m_path, m_controlRect, fromLayer, m_look.layers().size());
        }
        offset = rect.topLeft();
        if (m_sprites.size() >= kMaxSprites) {
            QPixmapCache::remove(m_sprites.constFirst().key);
            m_sprites.removeFirst();
        }
        m_sprites.append({hash, linear, QPixmapCache::insert(pixmap), offset});
    }
    *at = QPointF((whole.x() + offset.x()) / ratio, (whole.y() + offset.y()) / ratio);
    // A raster pixmap's image, shared, not copied: an image may be drawn on any thread.
    return pixmap.toImage();
}
