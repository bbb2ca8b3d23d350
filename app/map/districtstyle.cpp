#include "districtstyle.h"

namespace {

// Blends toward white: 0 keeps the colour, 1 gives white.
QColor tint(const QColor &c, double towardWhite, int alpha = 255)
{
    const auto mix = [&](int v) { return int(v + (255 - v) * towardWhite + 0.5); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()), alpha);
}

QPen cosmeticPen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    // Mitre joins: district outlines are polygons, and round joins make Qt's
    // stroker add an arc at every vertex of every wide stroke (the emphasis
    // and its halo), the largest part of repainting many restyled districts.
    QPen pen(color, width, style, Qt::RoundCap, Qt::MiterJoin);
    pen.setCosmetic(true);
    return pen;
}

// The pens are made once and shared: every district's style holds the same
// few, so comparing two styles' pens is a pointer comparison.
struct Pens
{
    QPen emphasis, selection, focus, unknown, stated, inferred, approximate;
};
const Pens &pens();

const QColor kUnknownColor = Side::neutralColor();
const QColor kOutlineColor(0x3A, 0x3A, 0x3A);
const QColor kPaleOutlineColor(0x6E, 0x6E, 0x6E);
const QColor kEmphasisColor(0x00, 0x00, 0x00);
const QColor kSelectionColor(0x00, 0x72, 0xB2); // Okabe-Ito blue: distinct from the side colours
const QColor kNoOpponentStripe(0x55, 0x55, 0x55);
constexpr int kFillAlpha = 210;

// How far each basis moves the side colour toward white.
double basisTint(Basis basis)
{
    switch (basis) {
    case Basis::Stated: return 0.08;
    case Basis::Inferred: return 0.45;
    case Basis::Approximate: return 0.72;
    }
    return 0.0;
}

const Pens &pens()
{
    static const Pens shared{cosmeticPen(kEmphasisColor, 3.5),
                             cosmeticPen(kSelectionColor, 4.5),
                             cosmeticPen(kSelectionColor, 2.0, Qt::DashLine),
                             cosmeticPen(kPaleOutlineColor, 1.0, Qt::DotLine),
                             // One device pixel, like the dashed and dotted outlines: Qt's cosmetic stroker.
                             cosmeticPen(kOutlineColor, 1.0, Qt::SolidLine),
                             cosmeticPen(kOutlineColor, 1.0, Qt::DashLine),
                             cosmeticPen(kOutlineColor, 1.0, Qt::DotLine)};
    return shared;
}

} // namespace

double DistrictStyle::zValue() const
{
    double z = 10.0;
    if (changedToday)
        z += 0.2;
    if (focused)
        z += 0.3;
    if (selected)
        z += 0.4;
    return z;
}

DistrictStyle DistrictStyle::forState(const ControlState &state, const QList<Side> &sides,
                                      const QStringList &contestants, bool changedToday, bool selected,
                                      bool focused)
{
    DistrictAppearance a;
    if (state.isValid()) {
        a.control = state.control;
        a.leading = state.leading;
        a.basis = state.basis;
        a.since = state.since;
        a.change = state.change;
    }
    a.changedToday = changedToday;
    if (a.isContested()) {
        a.contestants = contestants;
        if (!a.leading.isEmpty()) {
            a.contestants.removeAll(a.leading);
            a.contestants.prepend(a.leading);
        }
    }
    return forState(a, sides, selected, focused);
}

DistrictStyle DistrictStyle::forState(const DistrictAppearance &appearance, const QList<Side> &sides, bool selected,
                                      bool focused)
{
    const bool changedToday = appearance.changedToday;
    DistrictStyle s;
    s.changedToday = changedToday;
    s.selected = selected;
    s.focused = focused;
    const Pens &p = pens();
    s.emphasis = changedToday ? p.emphasis : QPen(Qt::NoPen);
    s.selection = selected ? p.selection : QPen(Qt::NoPen);
    s.focus = focused ? p.focus : QPen(Qt::NoPen);

    if (!appearance.isKnown()) {
        s.kind = Kind::Unknown;
        s.fill = QBrush(tint(kUnknownColor, 0.4, 170));
        s.outline = p.unknown;
        return s;
    }

    s.basis = appearance.basis;
    s.control = appearance.control;
    const double t = basisTint(appearance.basis);
    switch (appearance.basis) {
    case Basis::Stated:
        s.outline = p.stated;
        break;
    case Basis::Inferred:
        s.outline = p.inferred;
        break;
    case Basis::Approximate:
        s.outline = p.approximate;
        break;
    }

    if (appearance.isContested()) {
        s.kind = Kind::Contested;
        s.leadingKnown = !appearance.leading.isEmpty();
        s.baseSide = appearance.contestants.value(0);
        s.stripeSide = appearance.contestants.value(1);
        const QColor base = Side::colorOf(sides, s.baseSide);
        const QColor stripe = s.stripeSide.isEmpty() ? kNoOpponentStripe : Side::colorOf(sides, s.stripeSide);
        s.fill = QBrush(tint(base, t, kFillAlpha));
        s.texture = Texture::Stripes;
        // The two sides at the same strength: the basis lightens both alike.
        s.textureColor = tint(stripe, t, 235);
        // Leading side known: it dominates (narrow stripes of the other side,
        // under a fifth of the area); unknown: the two sides in equal stripes.
        s.textureSpacing = s.leadingKnown ? 12.0 : 10.0;
        s.textureWidth = s.leadingKnown ? 2.2 : 5.0;
        return s;
    }

    s.kind = Kind::Held;
    s.baseSide = appearance.control;
    const QColor color = Side::colorOf(sides, appearance.control);
    s.fill = QBrush(tint(color, t, kFillAlpha));
    if (appearance.basis == Basis::Approximate) {
        s.texture = Texture::Dots;
        s.textureColor = color.darker(125);
        s.textureColor.setAlpha(175);
        s.textureSpacing = 6.5;
        s.textureWidth = 1.5;
    }
    return s;
}

bool operator==(const DistrictStyle &a, const DistrictStyle &b)
{
    return a.kind == b.kind && a.basis == b.basis && a.control == b.control && a.baseSide == b.baseSide
           && a.stripeSide == b.stripeSide && a.leadingKnown == b.leadingKnown && a.fill == b.fill
           && a.outline == b.outline && a.texture == b.texture && a.textureColor == b.textureColor
           && a.textureSpacing == b.textureSpacing && a.textureWidth == b.textureWidth
           && a.changedToday == b.changedToday && a.selected == b.selected && a.focused == b.focused
           && a.emphasis == b.emphasis && a.selection == b.selection && a.focus == b.focus;
}
