#include "districtlook.h"

#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

/// Fill, texture, outline, and a halo and a pen for each of three highlights (a comparison's outline among them).
constexpr qsizetype kMostLayers = 9;

const QColor kUnknownColor = Side::colorOf({}, QString()); // the campaign's neutral grey
const QColor kOutlineColor(0x3A, 0x3A, 0x3A);
const QColor kPaleOutlineColor(0x6E, 0x6E, 0x6E);
const QColor kEmphasisColor(0x00, 0x00, 0x00);
const QColor kSelectionColor(0x00, 0x72, 0xB2); // Okabe-Ito blue: distinct from the side colours
const QColor kNoOpponentStripe(0x55, 0x55, 0x55);
const QColor kHaloColor(255, 255, 255, 255);
// Sources disagree: a reddish purple (Okabe-Ito) none of the sides uses.
const QColor kDisputedColor(0xCC, 0x79, 0xA7);
// Compare mode: the previous side's outline, wide enough to read its colour.
constexpr double kCompareOutlinePx = 4.0;
const QColor kCompareNoSideColor(0x55, 0x55, 0x55);
constexpr int kFillAlpha = 255;
constexpr double kHaloExtra = 2.5;       // a halo is this much wider than its pen
constexpr int kMaxTextureMarks = 200000; // per paint: bounds the work at extreme zoom

// Blends toward white: 0 keeps the colour, 1 gives white.
QColor tint(const QColor &c, double towardWhite, int alpha = 255)
{
    const auto mix = [&](int v) { return int(v + (255 - v) * towardWhite + 0.5); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()), alpha);
}

// How far each basis moves the side colour toward white.
double basisTint(Basis basis)
{
    switch (basis) {
    case Basis::Stated:
        return 0.08;
    case Basis::Reported:
        return 0.25;
    case Basis::Inferred:
        return 0.45;
    case Basis::Approximate:
        return 0.72;
    }
    return 0.0;
}

LookLayer fill(const QColor &color)
{
    return {LookLayer::Kind::Fill, color, 0.0, 0.0, Qt::SolidLine};
}

LookLayer stroke(const QColor &color, double width, Qt::PenStyle dash = Qt::SolidLine)
{
    return {LookLayer::Kind::Stroke, color, width, 0.0, dash};
}

/// A highlight outline: its white halo, then the pen over it.
void addHighlight(QList<LookLayer> &layers, const QColor &color, double width, Qt::PenStyle dash = Qt::SolidLine)
{
    layers.append(stroke(kHaloColor, width + kHaloExtra));
    layers.append(stroke(color, width, dash));
}

bool isVectorDevice(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return !engine || engine->type() != QPaintEngine::Raster;
}

// On screen and in PNG a pen is cosmetic: its width is in device-independent
// pixels at every zoom. SVG turns a cosmetic pen into
// "vector-effect: non-scaling-stroke", which several SVG renderers ignore,
// and PDF into a filled outline; an export's scale is fixed, so they get
// plain pens of the same width on the page.
QPen penFor(const QPainter *painter, const LookLayer &layer)
{
    // Bevel joins: round ones make Qt's stroker add an arc at every vertex of
    // every wide stroke, and mitre ones reach out twice the pen's width at
    // sharp corners, beyond the item's margin.
    QPen pen(layer.color, layer.width, layer.dash, Qt::RoundCap, Qt::BevelJoin);
    pen.setCosmetic(true);
    if (!isVectorDevice(painter))
        return pen;
    const double scale = std::sqrt(std::abs(painter->worldTransform().determinant()));
    if (scale > 0) {
        pen.setCosmetic(false);
        pen.setWidthF(layer.width / scale);
    }
    return pen;
}

/// The smallest tile (at most 8 periods) that @p period repeats in, in whole pixels.
int tileSize(double period, int *repeats)
{
    int best = 1;
    double bestError = 1e9;
    for (int k = 1; k <= 8; ++k) {
        const double error = std::abs(k * period - std::round(k * period)) / (k * period);
        if (error < bestError - 1e-9) {
            best = k;
            bestError = error;
        }
        if (error < 1e-6)
            break;
    }
    *repeats = best;
    return std::max(1, int(std::round(best * period)));
}

struct TileKey
{
    int kind = 0;
    QRgb color = 0;
    QRgb background = 0; ///< the fill under the marks, or transparent
    double width = 0;
    double spacing = 0;
    double scale = 0;
    QPoint phase; ///< in 1/64 pixel

    friend bool operator==(const TileKey &a, const TileKey &b)
    {
        return a.kind == b.kind && a.color == b.color && a.background == b.background && a.width == b.width
               && a.spacing == b.spacing && a.scale == b.scale && a.phase == b.phase;
    }
    friend size_t qHash(const TileKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.kind, k.color, k.background, k.width, k.spacing, k.scale, k.phase.x(), k.phase.y());
    }
};

/**
 * One tile of a texture's marks (on @p background between them), in device
 * pixels, laid out around the anchor at @p phase (0 <= phase < 1 pixel)
 * exactly as the vector marks are: stripes x + y = c, or rows of dots with
 * every other row shifted by half a step. @p scale is the device pixel
 * ratio. The period is rounded to whole pixels over a few repeats (12 px
 * stripes repeat every 16.97 px: a 17 px tile spaces them 12.02 px apart).
 */
QImage makeTile(const LookLayer &layer, const QColor &background, const QPointF &phase, double scale)
{
    const double s = layer.spacing * scale;
    QImage tile;
    if (layer.kind == LookLayer::Kind::Stripes) {
        int k = 1;
        const int size = tileSize(s * M_SQRT2, &k);
        const double step = double(size) / k; // along x + y, about s * sqrt(2)
        tile = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
        tile.fill(background);
        QPainter p(&tile);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(layer.color, layer.width * scale, Qt::SolidLine, Qt::FlatCap));
        const double c0 = phase.x() + phase.y();
        for (int j = -2 * k - 2; j <= 4 * k + 2; ++j) {
            const double c = c0 + j * step;
            p.drawLine(QLineF(-size, c + size, 2.0 * size, c - 2.0 * size));
        }
    } else {
        int kx = 1;
        const int width = tileSize(s, &kx);
        int ky = 1;
        const int height = tileSize(2 * s, &ky);
        const double stepX = double(width) / kx;
        const double stepY = double(height) / (2 * ky);
        tile = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
        tile.fill(background);
        QPainter p(&tile);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(layer.color);
        const double size = layer.width * scale;
        QList<QRectF> dots;
        for (int row = -2; row <= 2 * ky + 2; ++row) {
            const double shift = (row % 2 != 0) ? stepX / 2 : 0.0;
            for (int col = -2; col <= kx + 2; ++col) {
                const QPointF c(phase.x() + shift + col * stepX, phase.y() + row * stepY);
                dots.append(QRectF(c.x() - size / 2, c.y() - size / 2, size, size));
            }
        }
        p.drawRects(dots);
    }
    return tile;
}

QImage textureTile(const LookLayer &layer, const QColor &background, const QPointF &phase, double scale)
{
    // A handful of tiles serve the whole map (one per texture, colour and
    // phase), so they are kept; per thread, because a QImage must not be
    // painted into from two threads.
    thread_local QHash<TileKey, QImage> tiles;
    const QPoint q(int(std::round(phase.x() * 64)), int(std::round(phase.y() * 64)));
    const TileKey key{int(layer.kind), layer.color.rgba(), background.rgba(), layer.width, layer.spacing, scale, q};
    const auto it = tiles.constFind(key);
    if (it != tiles.constEnd())
        return *it;
    if (tiles.size() > 64)
        tiles.clear();
    return *tiles.insert(key, makeTile(layer, background, QPointF(q.x() / 64.0, q.y() / 64.0), scale));
}

// Stripes x + y = c in device space, cut to the inside of the polygons
// (odd-even rule) by intersecting each line with every edge: plain line
// segments in every paint engine, no clip path.
QList<QLineF> stripeSegments(const QList<QPolygonF> &polygons, const QRectF &area, double spacing,
                             const QPointF &anchor)
{
    QList<QLineF> lines;
    if (spacing <= 0 || area.isEmpty())
        return lines;
    // Lines x + y = c lie (c2 - c1) / sqrt(2) apart: step c so that the
    // stripes are @p spacing pixels apart, measured across them.
    spacing *= M_SQRT2;
    const double a0 = anchor.x() + anchor.y();
    const double cMin = area.left() + area.top();
    const double cMax = area.right() + area.bottom();
    const double first = a0 + std::ceil((cMin - a0) / spacing) * spacing;
    QList<double> xs;
    for (double c = first; c <= cMax && lines.size() < kMaxTextureMarks; c += spacing) {
        xs.clear();
        for (const QPolygonF &poly : polygons) {
            const int n = int(poly.size());
            for (int i = 0; i < n; ++i) {
                const QPointF p = poly.at(i);
                const QPointF q = poly.at((i + 1) % n);
                const double fp = p.x() + p.y() - c;
                const double fq = q.x() + q.y() - c;
                if ((fp < 0) == (fq < 0))
                    continue;
                const double t = fp / (fp - fq);
                xs.append(p.x() + t * (q.x() - p.x()));
            }
        }
        std::sort(xs.begin(), xs.end());
        for (int i = 0; i + 1 < xs.size(); i += 2) {
            const double x1 = std::max(xs.at(i), area.left() - spacing);
            const double x2 = std::min(xs.at(i + 1), area.right() + spacing);
            if (x2 > x1)
                lines.append(QLineF(x1, c - x1, x2, c - x2));
        }
    }
    return lines;
}

bool insideOddEven(const QList<QPolygonF> &polygons, const QPointF &p)
{
    bool inside = false;
    for (const QPolygonF &poly : polygons) {
        if (poly.containsPoint(p, Qt::OddEvenFill))
            inside = !inside;
    }
    return inside;
}

QList<QRectF> dotRects(const QList<QPolygonF> &polygons, const QRectF &area, double spacing, double size,
                       const QPointF &anchor)
{
    QList<QRectF> dots;
    if (spacing <= 0 || area.isEmpty())
        return dots;
    const double x0 = anchor.x() + std::ceil((area.left() - anchor.x()) / spacing) * spacing;
    const double y0 = anchor.y() + std::ceil((area.top() - anchor.y()) / spacing) * spacing;
    int row = 0;
    for (double y = y0; y <= area.bottom(); y += spacing, ++row) {
        // Every other row shifted by half a step: a lighter, less mechanical pattern.
        const double shift = (row % 2) ? spacing / 2 : 0.0;
        for (double x = x0 - spacing + shift; x <= area.right(); x += spacing) {
            if (x < area.left())
                continue;
            if (dots.size() >= kMaxTextureMarks)
                return dots;
            const QPointF p(x, y);
            if (insideOddEven(polygons, p))
                dots.append(QRectF(x - size / 2, y - size / 2, size, size));
        }
    }
    return dots;
}

/**
 * A texture as one fill of the path with a tile laid out in device pixels
 * (raster devices). @p background is the opaque fill under the marks, drawn
 * into the tile (or transparent: the tile is laid over what is there).
 */
void paintTiled(QPainter *painter, const QPainterPath &path, const LookLayer &layer, const QColor &background)
{
    const QTransform world = painter->worldTransform();
    const double ratio = DistrictLook::devicePixelRatio(painter);
    // The pattern is anchored at the device position of the map's origin, so
    // neighbouring districts' stripes meet and scrolling by whole pixels
    // keeps the same tile.
    const QPointF anchor = (world * QTransform::fromScale(ratio, ratio)).map(QPointF(0, 0));
    const QPointF whole(std::floor(anchor.x()), std::floor(anchor.y()));
    QBrush brush(textureTile(layer, background, anchor - whole, ratio));
    // Tile pixels land 1:1 on device pixels: logical = (tile + whole) / ratio.
    brush.setTransform(QTransform::fromScale(1.0 / ratio, 1.0 / ratio)
                       * QTransform::fromTranslate(whole.x() / ratio, whole.y() / ratio));
    painter->setWorldTransform(QTransform());
    painter->setPen(Qt::NoPen);
    painter->setBrush(brush);
    painter->drawPath(world.map(path));
    painter->setWorldTransform(world);
}

/// A texture as vector marks cut to the path (SVG, PDF and other non-raster devices).
void paintMarks(QPainter *painter, const QPainterPath &path, const LookLayer &layer, const QRectF &exposed)
{
    const QTransform world = painter->worldTransform();
    QList<QPolygonF> polygons = path.toSubpathPolygons();
    for (QPolygonF &p : polygons)
        p = world.map(p);
    QRectF area = world.mapRect(exposed.intersected(path.controlPointRect()));
    // Never lay marks out beyond what the painter can show.
    if (painter->hasClipping())
        area = area.intersected(world.mapRect(painter->clipBoundingRect()));
    const QPointF anchor = world.map(QPointF(0, 0));
    painter->setWorldTransform(QTransform());
    if (layer.kind == LookLayer::Kind::Stripes) {
        painter->setPen(QPen(layer.color, layer.width, Qt::SolidLine, Qt::FlatCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawLines(stripeSegments(polygons, area, layer.spacing, anchor));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(layer.color);
        painter->drawRects(dotRects(polygons, area, layer.spacing, layer.width, anchor));
    }
    painter->setWorldTransform(world);
}

} // namespace

DistrictLook DistrictLook::forState(const DistrictAppearance &appearance, const QList<Side> &sides, bool selected,
                                    bool focused)
{
    DistrictLook look;
    look.m_changedToday = appearance.changedToday;
    look.m_disputed = appearance.disputed && appearance.isKnown();
    look.m_selected = selected;
    look.m_focused = focused;
    QList<LookLayer> &layers = look.m_layers;
    // The most a look has: fill, texture, outline and three haloed highlights.
    // A day step makes a look per district, and growing the list one layer at
    // a time was a seventh of a 1,000-district restyle.
    layers.reserve(kMostLayers);

    if (!appearance.isKnown()) {
        look.m_kind = Kind::Unknown;
        layers.append(fill(tint(kUnknownColor, 0.4, 255)));
        layers.append(stroke(kPaleOutlineColor, 1.0, Qt::DotLine));
        look.m_overlayStart = layers.size();
    } else {
        look.m_basis = appearance.basis;
        look.m_control = appearance.control;
        const double t = basisTint(appearance.basis);
        if (appearance.isContested()) {
            look.m_kind = Kind::Contested;
            look.m_leadingKnown = !appearance.leading.isEmpty();
            look.m_baseSide = appearance.contestants.value(0);
            look.m_stripeSide = appearance.contestants.value(1);
            const QColor base = Side::colorOf(sides, look.m_baseSide);
            const QColor other = look.m_stripeSide.isEmpty() ? kNoOpponentStripe
                                                             : Side::colorOf(sides, look.m_stripeSide);
            layers.append(fill(tint(base, t, kFillAlpha)));
            // Leading side known: it dominates (narrow stripes of the other
            // side, under a fifth of the area); unknown: equal stripes. The
            // basis lightens both sides alike.
            layers.append({LookLayer::Kind::Stripes, tint(other, t, 255), look.m_leadingKnown ? 2.2 : 5.0,
                           look.m_leadingKnown ? 12.0 : 10.0, Qt::SolidLine});
        } else {
            look.m_kind = Kind::Held;
            look.m_baseSide = appearance.control;
            const QColor color = Side::colorOf(sides, appearance.control);
            layers.append(fill(tint(color, t, kFillAlpha)));
            if (appearance.basis == Basis::Approximate) {
                QColor dots = color.darker(125);
                dots.setAlpha(255);
                layers.append({LookLayer::Kind::Dots, dots, 1.5, 6.5, Qt::SolidLine});
            }
        }
        // One device pixel wide whatever the basis: the dash tells it.
        switch (appearance.basis) {
        case Basis::Stated:
            layers.append(stroke(kOutlineColor, 1.0, Qt::SolidLine));
            break;
        case Basis::Inferred:
            layers.append(stroke(kOutlineColor, 1.0, Qt::DashLine));
            break;
        case Basis::Reported:
            layers.append(stroke(kOutlineColor, 1.0, Qt::DashDotLine));
            break;
        case Basis::Approximate:
            layers.append(stroke(kOutlineColor, 1.0, Qt::DotLine));
            break;
        }
        look.m_overlayStart = layers.size();
        // Inside the outline, under the highlights: the side's fill stays visible.
        if (appearance.disputed)
            addHighlight(layers, kDisputedColor, 2.5, Qt::DashLine);
    }
    if (appearance.changedToday)
        addHighlight(layers, kEmphasisColor, 3.5);
    if (focused)
        addHighlight(layers, kSelectionColor, 2.0, Qt::DashLine);
    if (selected)
        addHighlight(layers, kSelectionColor, 4.5);
    // The wider outlines above cover the disagreement's: its dashes go on top
    // again (without a halo), so a selected or just-changed district still
    // shows that sources disagree.
    if (look.m_disputed && (selected || focused || appearance.changedToday))
        layers.append(stroke(kDisputedColor, 2.5, Qt::DashLine));
    return look;
}

DistrictLook DistrictLook::forComparison(const DistrictAppearance &now, const DistrictAppearance &then,
                                         const QList<Side> &sides, bool selected, bool focused)
{
    DistrictAppearance shown = now;
    shown.changedToday = false;
    DistrictLook look = forState(shown, sides, false, false);
    if (!now.isKnown())
        return forState(shown, sides, selected, focused);
    const bool changed = now.control != then.control || now.leading != then.leading;
    QList<LookLayer> &layers = look.m_layers;
    if (changed) {
        look.m_compareChanged = true;
        // The side that held it then, as a wide outline inside the new fill.
        // Contested or unknown before: a dark grey outline (no single side held it).
        const QString before = then.isKnown() && !then.isContested() ? then.control : QString();
        const QColor oldColor = before.isEmpty() ? kCompareNoSideColor : Side::colorOf(sides, before);
        addHighlight(layers, oldColor, kCompareOutlinePx);
    } else {
        look.m_compareMuted = true;
        for (LookLayer &layer : layers) {
            if (layer.kind != LookLayer::Kind::Stroke)
                layer.color = tint(layer.color, 0.6, layer.color.alpha());
        }
    }
    if (focused)
        addHighlight(layers, kSelectionColor, 2.0, Qt::DashLine);
    if (selected)
        addHighlight(layers, kSelectionColor, 4.5);
    look.m_selected = selected;
    look.m_focused = focused;
    return look;
}

double DistrictLook::zValue() const
{
    double z = 10.0;
    if (m_compareChanged)
        z += 0.15;
    if (m_disputed)
        z += 0.1;
    if (m_changedToday)
        z += 0.2;
    if (m_focused)
        z += 0.3;
    if (m_selected)
        z += 0.4;
    return z;
}

double DistrictLook::reach() const
{
    double widest = 0.0;
    for (const LookLayer &layer : m_layers) {
        if (layer.kind == LookLayer::Kind::Stroke)
            widest = std::max(widest, layer.width);
    }
    return widest / 2;
}

void DistrictLook::paint(QPainter *painter, const QPainterPath &path, const QRectF &exposed) const
{
    paintLayers(painter, path, exposed, 0, m_layers.size());
}

void DistrictLook::paintLayers(QPainter *painter, const QPainterPath &path, const QRectF &exposed, qsizetype from,
                               qsizetype to) const
{
    to = std::min(to, m_layers.size());
    // What the layers change, set back at the end: a saved state costs more
    // (QPainter::save() copies the painter's and the engine's whole state,
    // per district, and the view has saved it around the item already).
    const QPen pen = painter->pen();
    const QBrush brush = painter->brush();
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool vector = isVectorDevice(painter);
    for (qsizetype i = std::max<qsizetype>(from, 0); i < to; ++i) {
        const LookLayer &layer = m_layers.at(i);
        switch (layer.kind) {
        case LookLayer::Kind::Fill:
            painter->fillPath(path, layer.color);
            // A texture over an opaque fill: the fill goes into the texture's
            // tile, and the tile is laid over the inside without
            // anti-aliasing. The fill has already given the edge its
            // anti-aliased pixels, and an aliased fill of opaque pixels is one
            // span per row, which Qt's raster engine copies; an anti-aliased
            // texture fill has several spans per row, and Qt 6.4 hands every
            // fill of more than about a hundred spans to its thread pool and
            // waits, which cost more than the fill itself.
            if (!vector && layer.color.alpha() == 255 && i + 1 < to
                && m_layers.at(i + 1).kind != LookLayer::Kind::Stroke
                && m_layers.at(i + 1).kind != LookLayer::Kind::Fill) {
                painter->setRenderHint(QPainter::Antialiasing, false);
                paintTiled(painter, path, m_layers.at(i + 1), layer.color);
                painter->setRenderHint(QPainter::Antialiasing, true);
                ++i;
            }
            break;
        case LookLayer::Kind::Stripes:
        case LookLayer::Kind::Dots:
            if (vector)
                paintMarks(painter, path, layer, exposed);
            else
                paintTiled(painter, path, layer, Qt::transparent);
            break;
        case LookLayer::Kind::Stroke:
            painter->strokePath(path, penFor(painter, layer));
            break;
        }
    }
    painter->setPen(pen);
    painter->setBrush(brush);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

double DistrictLook::devicePixelRatio(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    const QPaintDevice *device = engine && engine->paintDevice() ? engine->paintDevice() : painter->device();
    return device ? device->devicePixelRatioF() : 1.0;
}

bool operator==(const DistrictLook &a, const DistrictLook &b)
{
    return a.m_kind == b.m_kind && a.m_basis == b.m_basis && a.m_control == b.m_control && a.m_baseSide == b.m_baseSide
           && a.m_stripeSide == b.m_stripeSide && a.m_leadingKnown == b.m_leadingKnown
           && a.m_changedToday == b.m_changedToday && a.m_disputed == b.m_disputed
           && a.m_compareChanged == b.m_compareChanged && a.m_compareMuted == b.m_compareMuted
           && a.m_selected == b.m_selected && a.m_focused == b.m_focused && a.m_layers == b.m_layers
           && a.m_overlayStart == b.m_overlayStart;
}
