#pragma once

#include "districtappearance.h"
#include "side.h"

#include <QColor>
#include <QHashFunctions>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

/**
 * @brief One layer of a district's look: a fill, a texture or a stroke.
 *
 * Sizes are in device-independent pixels, whatever the zoom: outlines and
 * textures stay equally fine at every scale and in every export.
 */
struct LookLayer
{
    enum class Kind {
        Fill,    ///< the district's area in color
        Stripes, ///< diagonal stripes (x + y = c in device space), width wide, spacing apart
        Dots,    ///< square dots of side width, spacing apart, every other row shifted by half a step
        Stroke,  ///< the outline: a pen of width, in color, with dash
    };

    Kind kind = Kind::Fill;
    QColor color;
    double width = 0.0;
    double spacing = 0.0;
    Qt::PenStyle dash = Qt::SolidLine;

    friend bool operator==(const LookLayer &a, const LookLayer &b)
    {
        return a.kind == b.kind && a.color == b.color && a.width == b.width && a.spacing == b.spacing
               && a.dash == b.dash;
    }
    friend bool operator!=(const LookLayer &a, const LookLayer &b) { return !(a == b); }
    friend size_t qHash(const LookLayer &l, size_t seed = 0)
    {
        return qHashMulti(seed, int(l.kind), l.color.rgba(), l.width, l.spacing, int(l.dash));
    }
};

/**
 * @brief How one district is drawn: an ordered list of layers, and what they mean.
 *
 * The single description of a district's look. It is made once per restyle
 * by forState() — the only place where control, basis and highlights turn
 * into colours, textures and pens — and every target walks the same list
 * with paint(): the map on screen, the legend's swatches, PNG, SVG and PDF
 * exports. Adding a look is an edit of forState() (and its test).
 *
 * The fill colour tells who holds the district (the sides' colours from the
 * campaign); the basis changes its strength:
 *
 * - stated: strong fill, solid outline;
 * - inferred: lighter fill, dashed outline;
 * - reported (not in the article, said by a report): fill between the two, dash-dot outline;
 * - approximate: pale fill with a fine dot pattern, dotted outline.
 *
 * Where sources disagree, a dashed reddish-purple outline over a white halo
 * marks the district without hiding the side shown; its dashes are drawn
 * again over the highlight outlines of a changed, focused or selected district.
 *
 * A contested district is striped: the side holding most (when known) is the
 * base fill with narrow stripes of the other side; with no side known to
 * hold most the stripes are as wide as the gaps. A district that changed on
 * the current day gets a strong black outline, selection and keyboard focus
 * blue ones, each over a white halo.
 */
class DistrictLook
{
public:
    enum class Kind { Unknown, Held, Contested };

    /**
     * @brief The look of a district.
     * @param appearance its control at the end of the day, as the core tells it
     *                   (ControlTimeline::appearanceAt()): control, leading side,
     *                   basis, contestants (leading side first), changed today
     * @param sides      the campaign's sides (ids and colours)
     * @param selected   the selected district
     * @param focused    the district with the keyboard focus
     */
    static DistrictLook forState(const DistrictAppearance &appearance, const QList<Side> &sides, bool selected = false,
                                 bool focused = false);
    /**
     * @brief The look of a district in compare mode: what changed from the end of one day to another.
     *
     * A district whose control or leading side differs between @p then and @p now has its look
     * at @p now (the new side's fill) with a wide outline in the colour of the side that held it
     * then (dark grey when it was contested or unknown then); an unchanged one is muted
     * toward white. "Changed today" is not drawn: the comparison is the change.
     */
    static DistrictLook forComparison(const DistrictAppearance &now, const DistrictAppearance &then,
                                      const QList<Side> &sides, bool selected = false, bool focused = false);

    /// The layers, bottom to top.
    const QList<LookLayer> &layers() const { return m_layers; }
    /**
     * @brief The index of the first highlight layer (disputed, changed today, compared,
     * focus, selection), or layers().size() when there is none.
     *
     * The layers from there on are outlines that do not depend on who holds the
     * district, so a district shows the same few of them under many fills.
     */
    qsizetype overlayStart() const { return m_overlayStart; }

    Kind kind() const { return m_kind; }
    Basis basis() const { return m_basis; }
    /// Side id, "contested", or empty when unknown.
    const QString &control() const { return m_control; }
    /// The side whose colour fills the district (contested: the leading one, when known).
    const QString &baseSide() const { return m_baseSide; }
    /// Contested: the other side, whose colour the stripes have; empty when not recorded.
    const QString &stripeSide() const { return m_stripeSide; }
    bool leadingKnown() const { return m_leadingKnown; }
    bool changedToday() const { return m_changedToday; }
    /// Sources disagree about the district (a dashed reddish-purple outline).
    bool disputed() const { return m_disputed; }
    /// Compare mode: the district changed between the two dates (forComparison()).
    bool compareChanged() const { return m_compareChanged; }
    /// Compare mode: the district is unchanged and drawn muted.
    bool compareMuted() const { return m_compareMuted; }
    bool selected() const { return m_selected; }
    bool focused() const { return m_focused; }

    /// The z value of the district item: changed, focused and selected districts are drawn last.
    double zValue() const;
    /// How far the look draws outside the district's outline, in device-independent pixels.
    double reach() const;

    /**
     * @brief Paints the layers over @p path with @p painter's current transform.
     *
     * @p path is in the painter's user space (odd-even filled); @p exposed is
     * the part of that space that needs painting (textures are laid out only
     * there). On raster devices a texture is a fill with a tile laid out in
     * device pixels; on others (SVG, PDF) it is vector marks cut to the path,
     * and strokes are plain pens of the same width on the page.
     */
    void paint(QPainter *painter, const QPainterPath &path, const QRectF &exposed) const;
    /// Paints the layers [@p from, @p to) only, as paint() paints them.
    void paintLayers(QPainter *painter, const QPainterPath &path, const QRectF &exposed, qsizetype from,
                     qsizetype to) const;

    /**
     * @brief The pixel ratio of the pixels @p painter writes.
     *
     * That of its paint engine's device: for a widget, the window's backing
     * store, which holds its ratio as a number, where the widget works it
     * out from its window and screen at every call (per district, a few
     * percent of a 1,000-district day step).
     */
    static double devicePixelRatio(const QPainter *painter);

    friend bool operator==(const DistrictLook &a, const DistrictLook &b);
    friend bool operator!=(const DistrictLook &a, const DistrictLook &b) { return !(a == b); }
    /// A hash of what paint() draws (the layers).
    friend size_t qHash(const DistrictLook &look, size_t seed = 0)
    {
        return qHashRange(look.m_layers.cbegin(), look.m_layers.cend(), seed);
    }

private:
    QList<LookLayer> m_layers;
    qsizetype m_overlayStart = 0;
    Kind m_kind = Kind::Unknown;
    Basis m_basis = Basis::Approximate;
    QString m_control;
    QString m_baseSide;
    QString m_stripeSide;
    bool m_leadingKnown = false;
    bool m_changedToday = false;
    bool m_disputed = false;
    bool m_compareChanged = false;
    bool m_compareMuted = false;
    bool m_selected = false;
    bool m_focused = false;
};
