#pragma once

#include "coveragemask.h"
#include "districtstyle.h"

#include <QGraphicsPathItem>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QString>

#include <utility>

/**
 * @brief One district on the map: its outline, shaded by a DistrictStyle.
 *
 * The path is in map (scene) units with an odd-even fill, so holes and
 * multi-part districts work. paint() draws style() (QGraphicsPathItem's own
 * pen and brush are not used): the fill, then the texture (hatch stripes or
 * dots), the outline and the emphasis, focus and selection outlines, all
 * measured in device pixels,
 * so the map stays crisp at every zoom and in SVG and PDF exports.
 *
 * Hit testing (shape()) is the filled area only, never the outline, so a
 * point belongs to exactly one district.
 *
 * For a view that keeps its frame (MapView), compose() paints the district
 * into that image from coverage masks kept at the view's geometry: its fill
 * and each outline are rasterized once per zoom, and a restyle only blends
 * new colours into the same pixels.
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
     * @brief Paints the district into @p frame as paint() would, from coverage masks.
     *
     * @p frame holds a Format_ARGB32_Premultiplied image's pixels;
     * @p toLogical maps item coordinates to its logical pixels (the view's
     * transform) and @p pixelRatio is its device pixel ratio; only device
     * pixels inside @p clip change. The masks are made on first use and kept
     * while @p toLogical and @p pixelRatio stay the same. Once they are made
     * (prepareMasks()), compose() only reads the item, so several threads
     * may compose it into disjoint clips of one frame. Returns false,
     * painting nothing, when @p frame is empty.
     */
    bool compose(const CoverageMask::Target &frame, const QTransform &toLogical, qreal pixelRatio,
                 const QRect &clip);
    /**
     * @brief Makes the coverage masks compose() needs for the current style, if missing.
     *
     * Touches nothing but this item's masks, so different items may prepare
     * their masks in different threads (never while the item is restyled or
     * composed). @p deviceBounds bounds the masks (the frame's rect).
     */
    void prepareMasks(const QTransform &toLogical, qreal pixelRatio, const QRect &deviceBounds);
    /// True when compose() at this geometry would have to make masks first.
    bool needsMasks(const QTransform &toLogical, qreal pixelRatio) const;
    /// Bytes held by the kept coverage masks.
    qsizetype maskBytes() const;
    /// Forgets the kept coverage masks.
    void dropMasks();

    /// One stroke compose() blends: its shape (the pen without colour) and its colour.
    struct Stroke
    {
        int shape = -1; ///< the same number for the same pen shape, in any item
        QPen pen;       ///< in black
        QRgb color = 0; ///< premultiplied
    };
    /// The strokes of @p style, bottom to top, halos included (as paintLayers() draws them).
    static QList<Stroke> strokesOf(const DistrictStyle &style);

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
    static void paintLayers(QPainter *painter, const QPainterPath &path, const QList<QPolygonF> &polygons,
                            const DistrictStyle &style, const QRectF &exposed);

    /// Coverage of the fill and of each stroke (by pen, colour ignored) at one geometry.
    struct Masks
    {
        QTransform toLogical;
        qreal pixelRatio = 0;
        CoverageMask fill;
        bool hasFill = false; ///< fill made (it may be null: nothing of it on the device)
        QList<std::pair<int, CoverageMask>> strokes; ///< a few at most: looked up by stroke shape
    };
    const CoverageMask *findStrokeMask(int shape) const;

    QString m_id;
    int m_districtIndex = -1;
    QRectF m_controlRect; ///< of the path, which never changes
    QList<QPolygonF> m_polygons;
    DistrictStyle m_style;
    QRgb m_fillColor = 0;    ///< premultiplied
    QList<Stroke> m_strokes; ///< of m_style
    Masks m_masks;
    double m_margin = 4.0;
};
