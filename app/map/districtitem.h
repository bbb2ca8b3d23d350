#pragma once

#include "devicecache.h"
#include "districtstyle.h"

#include <QGraphicsPathItem>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QString>

/**
 * @brief One district on the map: its outline, shaded by a DistrictStyle.
 *
 * The path is in map (scene) units with an odd-even fill, so holes and
 * multi-part districts work. brush() and pen() are the style's fill and
 * outline; the texture (hatch stripes or dots) and the emphasis, focus and
 * selection outlines are painted on top as vectors measured in device pixels,
 * so the map stays crisp at every zoom and in SVG and PDF exports.
 *
 * Hit testing (shape()) is the filled area only, never the outline, so a
 * point belongs to exactly one district.
 *
 * A district whose look keeps changing from one paint to the next (a scrub
 * through a campaign where most districts change every day) keeps its
 * pixels in a DeviceCache and those of its outline strokes by pen, at the
 * view's current scale and device pixel ratio only (rendered again from the
 * vectors at any other zoom, never scaled); other districts paint their
 * vectors.
 */
class DistrictItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 1701 };

    DistrictItem(const QString &id, int districtIndex, const QPainterPath &path);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    int districtIndex() const { return m_districtIndex; }

    const DistrictStyle &style() const { return m_style; }
    /// Applies @p style (brush, pen, z value) and schedules a repaint.
    void applyStyle(const DistrictStyle &style);

    /// Extra room around the path for the widest cosmetic outline, in scene units.
    void setOutlineMargin(double sceneUnits);
    double outlineMargin() const { return m_margin; }

    /// The pixels shown in the view (for tests).
    const DeviceCache &deviceCache() const { return m_cache; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;

    /**
     * @brief Paints @p path in @p style with @p painter's current transform.
     *
     * Shared by the map items, the legend swatches and the exports.
     * @p polygons are the path's subpath polygons (for the texture), @p exposed
     * the part of the path's coordinate system that needs painting.
     */
    static void paintStyled(QPainter *painter, const QPainterPath &path, const QList<QPolygonF> &polygons,
                            const DistrictStyle &style, const QRectF &exposed);

private:
    static constexpr int kHot = 3; ///< restyled at this many paints in a row (net): keep pixels

    /// Paints into a DeviceCache buffer (transparent where it paints).
    void renderCached(QPainter *painter, const QRectF &exposed);
    static void paintLayers(QPainter *painter, const QPainterPath &path, const QList<QPolygonF> &polygons,
                            const DistrictStyle &style, const QRectF &exposed, bool clearedBelow, bool strokes);

    /// Pixels of the outline and emphasis strokes, by pen, at one device geometry.
    struct StrokeLayers
    {
        QTransform world;
        QSize size;
        qreal pixelRatio = 0;
        struct Layer
        {
            int role = 0; ///< 0 outline, 1 emphasis
            QPen pen;
            QImage image;
        };
        QList<Layer> images; ///< a few at most: looked up by pen, which is cheap to compare
    };

    QString m_id;
    int m_districtIndex = -1;
    QList<QPolygonF> m_polygons;
    DistrictStyle m_style;
    DeviceCache m_cache;
    StrokeLayers m_strokeLayers;
    int m_hotness = 0;               ///< grows with each paint that follows a restyle, shrinks otherwise
    bool m_restyledSincePaint = false;
    double m_margin = 4.0;
};
