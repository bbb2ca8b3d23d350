#pragma once

#include "districtstyle.h"

#include <QGraphicsPathItem>
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
    QString m_id;
    int m_districtIndex = -1;
    QList<QPolygonF> m_polygons;
    DistrictStyle m_style;
    double m_margin = 4.0;
};
