#pragma once

#include "controlstate.h"
#include "districtappearance.h"
#include "side.h"

#include <QBrush>
#include <QColor>
#include <QList>
#include <QPen>
#include <QString>
#include <QStringList>

/**
 * @brief How one district is drawn: a pure function of its control state.
 *
 * The fill colour tells who holds the district (the sides' colours from the
 * campaign, a colour-blind-safe palette); the basis changes its strength:
 *
 * - stated: strong fill, solid outline;
 * - inferred: lighter fill, dashed outline;
 * - approximate: pale fill with a fine dot pattern, dotted outline.
 *
 * A contested district is hatched: the side holding most (when known) is the
 * base fill with narrow stripes of the other side; with no side known to hold
 * most the stripes are as wide as the gaps. A district that changed on the
 * current day gets a strong black outline; selection and keyboard focus get
 * blue outlines. All pens are cosmetic (widths in device-independent pixels),
 * so outlines stay crisp and equally thick at every zoom.
 */
struct DistrictStyle
{
    enum class Kind { Unknown, Held, Contested };
    enum class Texture { None, Stripes, Dots };

    Kind kind = Kind::Unknown;
    Basis basis = Basis::Approximate;
    QString control;      ///< side id, "contested", or empty when unknown
    QString baseSide;     ///< side whose colour fills the district (contested: the leading one)
    QString stripeSide;   ///< contested: the other side; empty when not recorded (grey stripes)
    bool leadingKnown = false;

    QBrush fill;          ///< base fill (solid, partly transparent so the map shows through a little)
    QPen outline;         ///< the district's boundary; its dash style tells the basis
    Texture texture = Texture::None;
    QColor textureColor;
    double textureSpacing = 0.0; ///< pixels between stripes or dots
    double textureWidth = 0.0;   ///< stripe width or dot size, in pixels

    bool changedToday = false;
    bool selected = false;
    bool focused = false;
    QPen emphasis;        ///< changed today: strong outline (Qt::NoPen otherwise)
    QPen selection;       ///< selected: selection outline (Qt::NoPen otherwise)
    QPen focus;           ///< keyboard focus outline (Qt::NoPen otherwise)

    /// The z value of the district item: changed, focused and selected districts are drawn last.
    double zValue() const;

    /**
     * @brief The style of a district on a day.
     * @param appearance  its look, from ControlTimeline::appearanceAt() (contestants leading side first)
     * @param sides       the campaign's sides (ids and colours; Side::colorOf() for the rest)
     */
    static DistrictStyle forState(const DistrictAppearance &appearance, const QList<Side> &sides,
                                  bool selected = false, bool focused = false);

    /**
     * @brief The style of a swatch that is no district on a day (the legend's).
     * @param state        the control it shows
     * @param contestants  for a contested state: the sides involved (the leading one is put first)
     */
    static DistrictStyle forState(const ControlState &state, const QList<Side> &sides,
                                  const QStringList &contestants = {}, bool changedToday = false,
                                  bool selected = false, bool focused = false);

    friend bool operator==(const DistrictStyle &a, const DistrictStyle &b);
    friend bool operator!=(const DistrictStyle &a, const DistrictStyle &b) { return !(a == b); }
};
