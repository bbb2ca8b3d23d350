#pragma once

#include "maplabel.h"

#include <QGlyphRun>
#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPointer>
#include <QString>

class QSvgRenderer;

/**
 * @brief The map's label layer, drawn from shaped glyph runs.
 *
 * QtSvg draws a haloed label by laying its text out on every paint and
 * stroking the glyph outlines with a pen 0.25 em wide, which made the labels
 * the bulk of the map's start-up and repaint cost. This item lays every
 * label out once (prepare()) and paints it from Qt's glyph cache:
 *
 * - a label's text is its glyph runs in its fill colour;
 * - a halo (a stroke in the fill's own colour, as the map generator writes
 *   them) is the same glyphs drawn again, in the halo colour, offset to every
 *   point of a disc as wide as the stroke's half width in device pixels
 *   (rings one device pixel or less apart, points on a ring less than one
 *   pixel apart), which is the disc dilation a round-joined stroke makes.
 *
 * Offsets stay exact to within a pixel only while glyphs are small and halos
 * narrow; above kMaxOffsetHaloPx, above kMaxCachedGlyphPx, for halos of
 * another colour than the text and on devices other than raster ones (SVG
 * and PDF exports), labels are painted as vectors: the glyph outlines filled
 * and stroked (raster), or QtSvg's own drawing of the layer (exports). Every
 * zoom is painted again at that zoom; nothing shown is a scaled bitmap.
 *
 * On screen the scene has Qt keep the layer's pixels at the view's scale
 * (QGraphicsItem::DeviceCoordinateCache), so repainting a district under a
 * label does not draw the label again.
 */
class LabelLayerItem : public QGraphicsItem
{
public:
    /// Halos wider than this (half the stroke width, in device pixels) are stroked as vectors.
    static constexpr double kMaxOffsetHaloPx = 3.0;
    /// Glyphs larger than this (pixel size on the device) are filled as vectors.
    static constexpr double kMaxCachedGlyphPx = 48.0;

    /// How the last paint drew its labels (for tests).
    struct PaintStats
    {
        int labels = 0;   ///< labels painted (others were outside the exposed area)
        int offset = 0;   ///< of which from cached glyphs with offset halos
        int vector = 0;   ///< of which as filled and stroked glyph outlines
        bool svg = false; ///< the layer was painted by QtSvg (an export)
    };

    /**
     * @param labels the layer's labels, in document order (what overlaps is painted in that order)
     * @param renderer the map's renderer, for exports; the caller keeps it alive
     * @param elementId the layer's id in @p renderer
     */
    LabelLayerItem(const QList<MapLabel> &labels, QSvgRenderer *renderer, const QString &elementId,
                   QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;

    /// The labels as read.
    const QList<MapLabel> &labels() const { return m_labels; }
    /// The bounds of label @p index in item (map) coordinates, halo included.
    QRectF labelBounds(int index) const { return m_prepared.at(index).bounds; }
    /// What the last paint did (for tests).
    const PaintStats &lastPaint() const { return m_lastPaint; }
    /**
     * The order in which a paint draws the labels @p visible (indexes, in
     * document order): grouped by size, as far as the result allows.
     *
     * Qt's font engines keep glyph images for ten sizes at most, and map
     * labels come in many sizes, so document order loads the same glyphs from
     * the font again and again. Two labels keep their document order when
     * they overlap and swapping them could change a pixel: both halos or both
     * texts of one colour may swap (the union is the same), anything else
     * that overlaps may not.
     */
    QList<int> paintOrder(const QList<int> &visible) const;
    /// The layer's id in the SVG.
    const QString &elementId() const { return m_elementId; }
    /// The map's renderer, which exports paint the layer with.
    QSvgRenderer *renderer() const { return m_renderer; }

private:
    struct Prepared
    {
        QTransform toItem;            ///< layout coordinates (font at 100 px) to item coordinates
        QList<QGlyphRun> glyphs;      ///< positioned in layout coordinates
        QRectF bounds;                ///< item coordinates, halo included
        mutable QPainterPath outline; ///< glyph outlines in layout coordinates, made when first needed
        double haloWidth = 0;         ///< stroke width in layout coordinates (0: none)
    };

    void prepare();
    void paintLabels(QPainter *painter, const QRectF &area);
    void paintLabel(QPainter *painter, int index);
    const QPainterPath &outline(const Prepared &p) const;

    QList<MapLabel> m_labels;
    QList<Prepared> m_prepared;
    QRectF m_bounds;
    QPointer<QSvgRenderer> m_renderer;
    QString m_elementId;
    PaintStats m_lastPaint;
};
