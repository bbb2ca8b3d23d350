#include "districtitem.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace {

// Larger districts (zoomed in) are few on screen and painted directly: a
// sprite would cost as much to make as to paint, and memory besides.
constexpr double kMaxSpritePixels = 512.0 * 512.0;
// Looks kept per district at one scale; a district rarely shows more.
constexpr int kMaxSprites = 6;
// Looks remembered (without pixels) to find the ones shown again.
constexpr int kMaxSeen = 12;

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
    setZValue(look.zValue());
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
    // A sprite is the whole district: the painter's clip keeps it to the exposed area.
    if (!paintSprite(painter))
        m_look.paint(painter, m_path, option ? option->exposedRect : boundingRect());
}

bool DistrictItem::paintSprite(QPainter *painter)
{
    if (!m_spritesEnabled)
        return false;
    const QPaintEngine *engine = painter->paintEngine();
    const QPaintDevice *device = painter->device();
    if (!engine || engine->type() != QPaintEngine::Raster || !device)
        return false;
    const double ratio = device->devicePixelRatioF();
    const QTransform toDevice = painter->worldTransform() * QTransform::fromScale(ratio, ratio);
    if (toDevice.type() > QTransform::TxScale)
        return false;
    const QRectF deviceBounds = toDevice.mapRect(m_controlRect);
    if (deviceBounds.width() * deviceBounds.height() > kMaxSpritePixels)
        return false;
    // Whole-pixel translations (scrolling) reuse a sprite; what is left, the
    // scale and the sub-pixel position, is what the sprite was painted for.
    const QPointF whole(std::floor(toDevice.dx()), std::floor(toDevice.dy()));
    const QTransform linear = toDevice * QTransform::fromTranslate(-whole.x(), -whole.y());

    QPixmap pixmap;
    const Sprite *found = nullptr;
    for (const Sprite &sprite : std::as_const(m_sprites)) {
        if (sprite.lookHash == m_lookHash && sprite.linear == linear && QPixmapCache::find(sprite.key, &pixmap)) {
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
            m_seen.clear();
        }
        // A sprite costs a little more than painting the look once, and pays
        // only when the look is shown again: make one at a look's second
        // showing, so that a district cycling through many looks (a campaign
        // whose fronts move every day) costs what painting it directly costs.
        if (!m_seen.contains(m_lookHash)) {
            if (m_seen.size() >= kMaxSeen)
                m_seen.removeFirst();
            m_seen.append(m_lookHash);
            return false;
        }
        // The look's own reach, not the item's margin (set for one view's scale), bounds the sprite.
        const int reach = int(std::ceil(m_look.reach() * ratio)) + 2;
        const QRect rect = linear.mapRect(m_controlRect).toAlignedRect().adjusted(-reach, -reach, reach, reach);
        pixmap = QPixmap(rect.size());
        if (pixmap.isNull())
            return false;
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        {
            // Painted in logical pixels, as the device itself would be: Qt
            // applies the pixel ratio to the pixmap as it does to the device.
            QPainter p(&pixmap);
            p.setRenderHints(painter->renderHints());
            p.setWorldTransform(linear * QTransform::fromTranslate(-rect.x(), -rect.y())
                                * QTransform::fromScale(1.0 / ratio, 1.0 / ratio));
            m_look.paint(&p, m_path, m_controlRect);
        }
        offset = rect.topLeft();
        if (m_sprites.size() >= kMaxSprites) {
            QPixmapCache::remove(m_sprites.constFirst().key);
            m_sprites.removeFirst();
        }
        m_sprites.append({m_lookHash, linear, QPixmapCache::insert(pixmap), offset});
    }
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawPixmap(QPointF((whole.x() + offset.x()) / ratio, (whole.y() + offset.y()) / ratio), pixmap);
    painter->restore();
    return true;
}
