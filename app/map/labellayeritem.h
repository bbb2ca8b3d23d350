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
 * @brief A layer of the map's texts, drawn from shaped glyph runs: its labels (names), or its
 * furniture's texts (Sizing::MapSize).
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
 *   pixel apart), which is the disc dilation a round-joined stroke makes;
 *   each copy twice (a glyph image's edge pixels are only partly covered).
 *   The copies are not blitted one by one: the glyphs are drawn once into a
 *   coverage mask, the copies' coverage is combined in memory as blending
 *   them over one another would, and the halo is blended once.
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
 *
 * **Which labels show, and how large** (placement(); the screen and every
 * export call it with their own scale, in logical pixels per item unit):
 *
 * - the labels are grouped into places: a name's lines (English over
 *   Chinese, as the map generator stacks them: one x, one anchor, baselines
 *   less than two sizes apart, consecutive in the layer) and the halos drawn
 *   under them (same transform, position and text);
 * - a place is drawn at max(its map size × scale, the minimum): each line's
 *   glyphs are at least kMinLatinPx (kMinHanPx for a line with Han text) high,
 *   all lines of a place enlarged by one factor about the place's centre, so
 *   the lines keep their stacking;
 * - places are taken by importance: the larger map font first (the generator
 *   sizes a district's name by the district's area), of one size the smaller
 *   box first (it crowds out fewer neighbours, so more names show);
 *   a place shows from the smallest scale at which its boxes (each line's
 *   ink, halo included, kLabelGapPx around it) meet no glyph of a more
 *   important place shown at that scale, and its glyphs no such box (a halo
 *   may touch a halo: white on white), and it stays inside the layer's
 *   bounding rect. Boxes only shrink on
 *   the map as the scale grows, so a place once shown stays shown when
 *   zooming in: more labels show, never fewer, and none ever overlap.
 *
 * These scales are worked out once, when the item is made; placement() only
 * keeps those places whose scale is reached.
 *
 * A layer made with Sizing::MapSize (the map's furniture texts: coordinates,
 * scale bar, captions) has none of this: every text shows at every scale, at
 * its size on the map, as QtSvg would draw it.
 */
class LabelLayerItem : public QGraphicsItem
{
public:
    /// Halos wider than this (half the stroke width, in device pixels) are stroked as vectors.
    static constexpr double kMaxOffsetHaloPx = 3.0;
    /// Glyphs larger than this (pixel size on the device) are filled as vectors.
    static constexpr double kMaxCachedGlyphPx = 48.0;

    /// Smallest height of Latin text on screen or in an export, in logical pixels.
    static constexpr double kMinLatinPx = 11.0;
    /// Smallest height of text with Han characters, in logical pixels.
    static constexpr double kMinHanPx = 12.0;
    /// Room kept free around every shown place, in logical pixels.
    static constexpr double kLabelGapPx = 2.0;

    /// The labels shown at one scale (see the class comment).
    struct Placement
    {
        double scale = 0;           ///< logical pixels per item unit this placement is for
        QList<int> labels;          ///< the shown labels' indexes, in document order
        QList<int> places;          ///< for each shown label, the place it belongs to (-1: Sizing::MapSize)
        QList<QTransform> enlarged; ///< for each shown label, item coordinates to where it is drawn
        QList<double> pixelSize;    ///< for each shown label, its font's size in logical pixels
    };

    /// Which labels show, and how large.
    enum class Sizing {
        Placed, ///< names: a minimum size, and fewer of them where they would not fit (the class comment)
        MapSize ///< every text, always, at its size on the map
    };

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
     * @param sizing which labels show, and how large
     */
    LabelLayerItem(const QList<MapLabel> &labels, QSvgRenderer *renderer, const QString &elementId,
                   Sizing sizing = Sizing::Placed, QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;

    /// The labels as read.
    const QList<MapLabel> &labels() const { return m_labels; }
    /**
     * The labels shown, and how large, at @p scale logical pixels (device
     * pixels over the device pixel ratio; an export's pixels) per item unit.
     * The last answer is kept, so a paint at the same scale does not ask again.
     */
    const Placement &placement(double scale) const;
    /// The labels placement() shows at @p scale, each with its transform enlarged as drawn (vector exports).
    QList<MapLabel> placedLabels(double scale) const;
    /// The bounds of label @p index in item (map) coordinates, halo included.
    QRectF labelBounds(int index) const { return m_prepared.at(index).bounds; }
    /// The bounds of label @p index's ink in item coordinates: its glyphs and halo, what placement keeps apart.
    QRectF inkBounds(int index) const { return m_prepared.at(index).ink; }
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
        QRectF ink;                   ///< item coordinates: the glyphs' own bounds and the halo
        mutable QPainterPath outline; ///< glyph outlines in layout coordinates, made when first needed
        double haloWidth = 0;         ///< stroke width in layout coordinates (0: none)
    };

    /// Labels that are drawn as one: a name's lines and their halos.
    struct Place
    {
        QList<int> labels;     ///< indexes, document order
        QRectF box;            ///< item coordinates, unenlarged: its labels' ink
        QList<QRectF> inks;    ///< each label's ink (halos with their halo)
        QList<QRectF> glyphs;  ///< each text's ink
        QPointF centre;        ///< what enlarging keeps in place
        double fullScale = 0;  ///< from this scale on, every line has its minimum size unenlarged
        double importance = 0; ///< the largest line's map size
        double reveal = 0;     ///< smallest scale at which the place shows
    };

    void prepare();
    void groupPlaces();
    void computeReveals();
    /// Where @p box (of @p place, unenlarged) is drawn at @p scale, with @p gapPx around it.
    static QRectF placeBox(const Place &place, const QRectF &box, double scale, double gapPx);
    /// Whether the glyphs of one place would come within kLabelGapPx of the other's ink at @p scale.
    static bool collide(const Place &a, const Place &b, double scale);
    void paintLabels(QPainter *painter, const QRectF &area);
    /// Paints label @p index, enlarged by @p enlarged; a halo writes no pixel outside @p deviceArea.
    void paintLabel(QPainter *painter, int index, const QTransform &enlarged, const QRect &deviceArea);
    const QPainterPath &outline(const Prepared &p) const;

    QList<MapLabel> m_labels;
    Sizing m_sizing = Sizing::Placed;
    QList<Prepared> m_prepared;
    QRectF m_bounds;
    QList<Place> m_places;
    QList<int> m_placeOf; ///< each label's place
    mutable Placement m_placement;
    QPointer<QSvgRenderer> m_renderer;
    QString m_elementId;
    PaintStats m_lastPaint;
};
