#pragma once

#include "districtlook.h"

#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QString>
#include <QTransform>

class DistrictStackItem;

/**
 * @brief One district on the map: its outline, painted in its DistrictLook.
 *
 * The path is in map (scene) units with an odd-even fill, so holes and
 * multi-part districts work. paint() walks the look's layers (fill,
 * texture, outline, highlights), measured in device pixels, so the map
 * stays crisp at every zoom and in every export.
 *
 * Hit testing (shape()) is the filled area only, never the outline, so a
 * point belongs to exactly one district.
 *
 * On a raster device, a district that is small on the device is drawn from
 * a sprite when it is painted again with the look its last paint had (a
 * neighbour changed, the whole view or an animation's next frame is
 * painted): the look painted into a pixmap at the device's exact scale,
 * pixel ratio and sub-pixel position, kept in QPixmapCache under the look.
 * A look painted for the first time has its fill and outline painted and
 * its highlights (DistrictLook::overlayStart(): wide strokes, which cost the
 * raster engine several times a fill) drawn from a sprite of their own,
 * made at once, since a district shows the same few highlights over many
 * fills. A sprite is the layers painted onto transparency and then blended
 * over the map, which is the same as painting them onto the map
 * (source-over is associative). Exports and large districts are painted
 * directly.
 *
 * paint() is plan() (which sprites, looked up or made on the GUI thread)
 * then paintPlan() (the drawing, on any thread). On screen one
 * DistrictStackItem paints every district that way (the item then has no
 * contents of its own for the scene), so the scene's work per item is paid
 * once and bands of the map can be painted side by side; an export scene
 * paints each item as Qt does.
 */
class DistrictItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1701 };

    DistrictItem(const QString &id, int districtIndex, const QPainterPath &path);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    int districtIndex() const { return m_districtIndex; }
    const QPainterPath &path() const { return m_path; }

    const DistrictLook &look() const { return m_look; }
    /// Shows @p look (layers and z value) and schedules a repaint.
    void setLook(const DistrictLook &look);

    /// Whether a look shown again is drawn from a cached sprite (the screen) or painted anew every
    /// time (exports: exact, and a worker thread must not touch QPixmap). On by default.
    void setSpritesEnabled(bool enabled) { m_spritesEnabled = enabled; }
    /// The item painting this district instead of the scene (on screen), or null.
    void setStack(DistrictStackItem *stack) { m_stack = stack; }

    /// Room around the path for the widest outline, in scene units.
    void setOutlineMargin(double sceneUnits);
    double outlineMargin() const { return m_margin; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;

    /**
     * @brief How the district is drawn on one raster device, decided on the GUI thread.
     *
     * The sprites live in QPixmapCache, which only the GUI thread may use:
     * plan() looks them up (and makes them); paintPlan() draws on any
     * thread, so that a DistrictStackItem can paint bands of the map side by
     * side.
     */
    struct Plan
    {
        QImage sprite;    ///< the whole look, when it is drawn from a sprite
        QPointF spriteAt; ///< the sprite's top left, in logical pixels under an identity transform
        QImage overlay;   ///< otherwise the highlight layers' sprite, when they have one
        QPointF overlayAt;
    };
    /**
     * The plan for painting with @p world (item to logical pixels), pixel
     * ratio @p ratio and @p hints on a raster device (@p raster) or another
     * one: sprites only on a raster device with sprites enabled. GUI thread
     * only.
     */
    Plan plan(const QTransform &world, double ratio, QPainter::RenderHints hints, bool raster);
    /// Paints the district as @p plan says, @p exposed being what needs painting (item coordinates).
    /// Reads the item only: two threads may paint it at once with painters of their own.
    void paintPlan(QPainter *painter, const Plan &plan, const QRectF &exposed) const;

private:
    /**
     * The sprite of the look's layers from @p fromLayer on (keyed by @p hash)
     * for @p world and @p ratio, and at @p at where it goes; null when the
     * transform or the district's size does not allow one, or (whole looks)
     * at a look's first showing.
     */
    QImage sprite(const QTransform &world, double ratio, QPainter::RenderHints hints, size_t hash, qsizetype fromLayer,
                  QPointF *at);

    /// A sprite kept in QPixmapCache: the look and the device geometry it was painted for.
    struct Sprite
    {
        size_t hash = 0;   ///< of the look, or of its highlights
        QTransform linear; ///< the item-to-device transform without its whole-pixel translation
        QPixmapCache::Key key;
        QPoint offset; ///< the sprite's top-left, relative to the whole-pixel translation
    };

    QString m_id;
    int m_districtIndex = -1;
    bool m_spritesEnabled = true;
    DistrictStackItem *m_stack = nullptr;
    QPainterPath m_path;
    QRectF m_controlRect; ///< of the path, which never changes
    DistrictLook m_look;
    size_t m_lookHash = 0;
    size_t m_overlayHash = 0; ///< of the look's highlight layers (DistrictLook::overlayStart())
    QList<Sprite> m_sprites;  ///< a few at most: one per look shown again at the current scale
    size_t m_lastPainted = 0; ///< the look the district's last paint without a sprite had
    double m_margin = 4.0;
};
