#include "labellayeritem.h"

#include "districtlook.h"

#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRawFont>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <vector>

namespace {

// Labels are laid out with the font at this pixel size and scaled, as QtSvg
// does: glyph positions then do not depend on the zoom, and the halo's width
// (0.25 em is 25 units) means the same at every size.
constexpr double kLayoutPixelSize = 100.0;

// A stroke covers its pixels solidly, where a small glyph's image is mostly
// anti-aliased, partly covered pixels. Each offset copy is drawn twice, so a
// pixel a copy covers by a covers 1 - (1 - a)^2: measured against QtSvg's
// strokes (test_labels.cpp), this halves the pixels that differ at the
// fitting zoom; more passes make the halo heavier than the stroke.
constexpr int kHaloPasses = 2;

// Enlarged labels may reach this far (item units) beyond the labels' own
// bounds: the layer's bounding rect, so a name at the map's edge can still
// grow, and Qt's item cache still holds everything painted.
constexpr double kEdgeRoom = 40.0;

// The scales between which placement looks for where places part: far beyond
// any zoom of the view (0.05x to 100x of the map) or any export size.
constexpr double kLowestScale = 1e-3;
constexpr double kHighestScale = 1e3;
// Halving a range of 1e6 in the logarithm: 24 steps find the scale to within
// one part in a million, far below a zoom step (48 took 12 M instructions at
// start-up and found it to a part in 1e13).
constexpr int kScaleSteps = 24;

/// The smallest scale in [@p from, kHighestScale] at which @p ok holds (it
/// holds from some scale on): @p from itself when it holds there, infinity
/// when it does not hold at the highest.
template<typename Ok>
double firstScaleWhere(const Ok &ok, double from = kLowestScale)
{
    if (ok(from))
        return from;
    if (!ok(kHighestScale))
        return std::numeric_limits<double>::infinity();
    double lo = std::log(from);
    double hi = std::log(kHighestScale);
    for (int i = 0; i < kScaleSteps; ++i) {
        const double mid = (lo + hi) / 2;
        if (ok(std::exp(mid)))
            hi = mid;
        else
            lo = mid;
    }
    // The upper end: there the condition is known to hold.
    return std::exp(hi);
}

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

/// The label's glyph size on the map (item units).
double mapSize(const MapLabel &label)
{
    return label.fontSize * std::sqrt(std::abs(label.transform.determinant()));
}

/// A halo: a stroke in the text's own colour (or none), drawn under the same text.
bool isHalo(const MapLabel &label)
{
    return label.stroke.isValid() && (!label.fill.isValid() || label.fill == label.stroke);
}

QFont layoutFont(const MapLabel::Run &run)
{
    QFont font;
    font.setFamilies({run.family});
    font.setPixelSize(int(kLayoutPixelSize));
    font.setWeight(run.weight);
    font.setItalic(run.italic);
    // No hinting preference of its own: the font is then the one QtSvg makes for
    // the map's other text at 100 px, and Qt's engine cache shares the engines
    // (each new one costs ~2 M instructions of fontconfig matching at start-up).
    // Hinting does not move the glyphs: positions come from the 100 px layout,
    // and the comparison with QtSvg's rendering (test_labels.cpp) is unchanged.
    return font;
}

/// Whole device-pixel offsets that cover a disc of @p radius device pixels.
///
/// Whole pixels keep every copy of a glyph on the same sub-pixel position as
/// the glyph itself, so each copy is the glyphs' one coverage mask shifted.
QList<QPoint> discOffsets(double radius)
{
    QList<QPoint> offsets;
    if (radius < 0.35)
        return offsets;
    const double reach = radius + 0.5;
    const int n = int(std::floor(reach));
    for (int dy = -n; dy <= n; ++dy) {
        for (int dx = -n; dx <= n; ++dx) {
            if ((dx != 0 || dy != 0) && dx * dx + dy * dy <= reach * reach)
                offsets.append(QPoint(dx, dy));
        }
    }
    return offsets;
}

/**
 * Paints a halo, @p glyphs drawn in @p colour at each of @p offsets (whole
 * device pixels) twice and once in place, as one image: the glyphs are drawn
 * once into a coverage mask, each pixel's coverage is combined over the
 * offsets in memory (copies of coverage a_i over one another leave
 * 1 - prod(1 - a_i) uncovered), and the result is blended once. Drawing the
 * glyphs at every offset was most of a first frame's label cost (47 M
 * instructions of glyph blending at start-up). @p out is the pixels written
 * (device coordinates): the halo's and no more. @p onDevice, as the painter's
 * world transform, puts its coordinates on the device's pixels.
 */
void paintHaloMask(QPainter *painter, const QList<QGlyphRun> &glyphs, const QTransform &toDevice,
                   const QTransform &onDevice, const QList<QPoint> &offsets, const QColor &colour, int passes,
                   const QRect &out)
{
    if (out.isEmpty())
        return;
    int reach = 0;
    for (const QPoint &d : offsets)
        reach = std::max({reach, std::abs(d.x()), std::abs(d.y())});
    const QRect maskRect = out.adjusted(-reach, -reach, reach, reach);
    QImage mask(maskRect.size(), QImage::Format_Alpha8);
    mask.fill(0);
    {
        QPainter maskPainter(&mask);
        maskPainter.setRenderHints(painter->renderHints());
        maskPainter.setPen(QColor(0, 0, 0));
        maskPainter.setWorldTransform(toDevice * QTransform::fromTranslate(-maskRect.x(), -maskRect.y()));
        for (const QGlyphRun &run : glyphs)
            maskPainter.drawGlyphRun(QPointF(), run);
    }
    // What a copy of coverage v (0-255) leaves uncovered, at the colour's and
    // the painter's opacity: once in place, squared for the passes at each offset.
    const double opacity = colour.alphaF() * painter->opacity();
    float once[256];
    float repeated[256];
    for (int v = 0; v < 256; ++v) {
        once[v] = float(1.0 - opacity * v / 255.0);
        repeated[v] = float(std::pow(double(once[v]), passes));
    }
    QImage halo(out.size(), QImage::Format_ARGB32_Premultiplied);
    const int width = out.width();
    std::vector<float> uncovered(size_t(width), 1.0f);
    const QRgb rgb = colour.rgb();
    for (int y = 0; y < out.height(); ++y) {
        const uchar *centre = mask.constScanLine(y + reach) + reach;
        for (int x = 0; x < width; ++x)
            uncovered[size_t(x)] = once[centre[x]];
        // A copy drawn at +d covers pixel p with the mask's pixel p - d.
        for (const QPoint &d : offsets) {
            const uchar *row = mask.constScanLine(y + reach - d.y()) + reach - d.x();
            for (int x = 0; x < width; ++x)
                uncovered[size_t(x)] *= repeated[row[x]];
        }
        auto *line = reinterpret_cast<QRgb *>(halo.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int alpha = qRound(255.0f * (1.0f - uncovered[size_t(x)]));
            line[x] = qPremultiply(qRgba(qRed(rgb), qGreen(rgb), qBlue(rgb), alpha));
        }
    }
    painter->save();
    painter->setWorldTransform(onDevice);
    painter->setOpacity(1.0);
    painter->drawImage(out.topLeft(), halo);
    painter->restore();
}

struct LabelShape
{
    QList<QGlyphRun> glyphs;
    QRectF bounds; ///< the line's
    QRectF ink;    ///< the glyphs' own
};

/// The label's glyph runs, positioned for its anchor and baseline, and their bounds.
LabelShape shapeLabel(const MapLabel &label)
{
    const QString text = label.text();
    const MapLabel::Run base = label.runs.isEmpty() ? MapLabel::Run() : label.runs.first();
    QTextLayout layout(text, layoutFont(base));
    QList<QTextLayout::FormatRange> formats;
    int start = 0;
    for (const MapLabel::Run &run : label.runs) {
        if (run.family != base.family || run.weight != base.weight || run.italic != base.italic) {
            QTextCharFormat f;
            f.setFont(layoutFont(run));
            formats.append({start, int(run.text.size()), f});
        }
        start += int(run.text.size());
    }
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    double width = 0;
    double ascent = 0;
    if (line.isValid()) {
        line.setLineWidth(std::numeric_limits<int>::max() / 256.0);
        width = line.naturalTextWidth();
        ascent = line.ascent();
    }
    layout.endLayout();
    double dx = 0;
    if (label.anchor == MapLabel::Anchor::Middle)
        dx = -width / 2;
    else if (label.anchor == MapLabel::Anchor::End)
        dx = -width;
    // Glyph positions are relative to the line's top; the label's y is its baseline.
    const QPointF shift(dx, -ascent);
    QRectF glyphBounds;
    QRectF ink;
    QList<QGlyphRun> glyphs;
    for (QGlyphRun run : layout.glyphRuns()) {
        // The layout gives each run its bounding rect; it moves with the glyphs.
        const QRectF runBounds = run.boundingRect().translated(shift);
        QList<QPointF> positions = run.positions();
        for (QPointF &pt : positions)
            pt += shift;
        run.setPositions(positions);
        run.setBoundingRect(runBounds);
        glyphBounds |= runBounds;
        // The line's bounds hold the font's whole ascent and descent: names
        // stacked or set side by side would collide long before their glyphs do.
        const QRawFont font = run.rawFont();
        const QList<quint32> indexes = run.glyphIndexes();
        for (qsizetype i = 0; i < indexes.size() && i < positions.size(); ++i)
            ink |= font.boundingRect(indexes.at(i)).translated(positions.at(i));
        glyphs.append(run);
    }
    return {glyphs, glyphBounds, ink};
}

} // namespace

LabelLayerItem::LabelLayerItem(const QList<MapLabel> &labels, QSvgRenderer *renderer, const QString &elementId,
                               Sizing sizing, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_labels(labels)
    , m_sizing(sizing)
    , m_renderer(renderer)
    , m_elementId(elementId)
{
    // The exposed rect lets a paint skip the labels outside the painted area.
    setFlag(ItemUsesExtendedStyleOption, true);
    prepare();
    if (m_sizing == Sizing::Placed) {
        groupPlaces();
        computeReveals();
    }
}

void LabelLayerItem::prepare()
{
    m_prepared.clear();
    m_prepared.reserve(m_labels.size());
    m_bounds = QRectF();
    // A halo and the text drawn on it are the same text in the same font: lay it out once.
    QHash<QString, LabelShape> shaped;
    for (const MapLabel &label : std::as_const(m_labels)) {
        Prepared p;
        QString key(QLatin1Char(char('0' + int(label.anchor))));
        for (const MapLabel::Run &run : label.runs)
            key += QLatin1Char('\x1f') + QString::number(int(run.weight)) + QLatin1Char(run.italic ? 'i' : 'n')
                   + run.family + QLatin1Char('\x1e') + run.text;
        auto found = shaped.constFind(key);
        if (found == shaped.constEnd())
            found = shaped.insert(key, shapeLabel(label));
        p.glyphs = found->glyphs;
        const QRectF glyphBounds = found->bounds;
        const double k = label.fontSize / kLayoutPixelSize;
        p.toItem = QTransform::fromScale(k, k) * QTransform::fromTranslate(label.position.x(), label.position.y())
                   * label.transform;
        p.haloWidth = label.stroke.isValid() ? label.strokeWidth / k : 0.0;
        // Room for the halo and for anti-aliasing.
        const double margin = p.haloWidth / 2 + 2;
        p.bounds = p.toItem.mapRect(glyphBounds.adjusted(-margin, -margin, margin, margin));
        const double halo = p.haloWidth / 2;
        p.ink = p.toItem.mapRect(found->ink.adjusted(-halo, -halo, halo, halo));
        m_bounds |= p.bounds;
        m_prepared.append(p);
    }
    if (!m_bounds.isEmpty())
        m_bounds.adjust(-kEdgeRoom, -kEdgeRoom, kEdgeRoom, kEdgeRoom);
}

void LabelLayerItem::groupPlaces()
{
    m_places.clear();
    m_placeOf = QList<int>(m_labels.size(), -1);
    const auto anchorOf = [this](int i) {
        const MapLabel &l = m_labels.at(i);
        return l.transform.map(l.position);
    };
    // The texts: a line continues the place of the text before it when it
    // stands under it on the same anchor, as the generator stacks a name.
    int previous = -1;
    for (int i = 0; i < m_labels.size(); ++i) {
        const MapLabel &label = m_labels.at(i);
        if (isHalo(label))
            continue;
        bool continues = false;
        if (previous >= 0) {
            const MapLabel &before = m_labels.at(previous);
            const QPointF a = anchorOf(previous);
            const QPointF b = anchorOf(i);
            continues = before.anchor == label.anchor && std::abs(a.x() - b.x()) < 0.01 && b.y() > a.y()
                        && b.y() - a.y() < 2 * std::max(mapSize(before), mapSize(label));
        }
        if (!continues)
            m_places.append(Place());
        m_places.last().labels.append(i);
        m_placeOf[i] = int(m_places.size()) - 1;
        previous = i;
    }
    // Each halo goes with the text drawn on it; a halo without one is a place of its own.
    for (int i = 0; i < m_labels.size(); ++i) {
        const MapLabel &halo = m_labels.at(i);
        if (!isHalo(halo))
            continue;
        for (int j = 0; j < m_labels.size() && m_placeOf.at(i) < 0; ++j) {
            const MapLabel &text = m_labels.at(j);
            if (j != i && !isHalo(text) && text.transform == halo.transform && text.position == halo.position
                && text.text() == halo.text())
                m_placeOf[i] = m_placeOf.at(j);
        }
        if (m_placeOf.at(i) < 0) {
            m_places.append(Place());
            m_placeOf[i] = int(m_places.size()) - 1;
        }
        m_places[m_placeOf.at(i)].labels.append(i);
    }
    for (Place &place : m_places) {
        std::sort(place.labels.begin(), place.labels.end());
        for (int i : std::as_const(place.labels)) {
            const MapLabel &label = m_labels.at(i);
            const QRectF &ink = m_prepared.at(i).ink;
            place.box |= ink;
            place.inks.append(ink);
            if (!isHalo(label))
                place.glyphs.append(ink);
            const double size = mapSize(label);
            if (size > 0) {
                const double minimum = hasHan(label.text()) ? kMinHanPx : kMinLatinPx;
                place.fullScale = std::max(place.fullScale, minimum / size);
            }
            place.importance = std::max(place.importance, size);
        }
        place.centre = place.box.center();
    }
}

QRectF LabelLayerItem::placeBox(const Place &place, const QRectF &box, double scale, double gapPx)
{
    const double k = std::max(1.0, place.fullScale / scale);
    const QPointF &c = place.centre;
    const double g = gapPx / scale;
    return QRectF(c + (box.topLeft() - c) * k, c + (box.bottomRight() - c) * k).adjusted(-g, -g, g, g);
}

bool LabelLayerItem::collide(const Place &a, const Place &b, double scale)
{
    // Every glyph and ink box lies in its place's box, and a place box grows with the same
    // centre and factor: two places whose whole boxes are a gap apart cannot collide.
    if (!placeBox(a, a.box, scale, kLabelGapPx).intersects(placeBox(b, b.box, scale, kLabelGapPx)))
        return false;
    // Glyphs of one against the other's ink with the gap: halos may touch halos (white on
    // white), but never cover the other's glyphs.
    const auto covers = [scale](const Place &glyphs, const Place &ink) {
        for (const QRectF &g : glyphs.glyphs) {
            const QRectF drawn = placeBox(glyphs, g, scale, 0);
            for (const QRectF &i : ink.inks) {
                if (drawn.intersects(placeBox(ink, i, scale, kLabelGapPx)))
                    return true;
            }
        }
        return false;
    };
    return covers(a, b) || covers(b, a);
}

void LabelLayerItem::computeReveals()
{
    QList<int> order;
    for (int i = 0; i < m_places.size(); ++i)
        order.append(i);
    // Most important first; of one importance, the smaller box first: it
    // crowds out fewer neighbours, so more names show.
    const auto area = [](const Place &p) { return p.box.width() * p.box.height(); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Place &pa = m_places.at(a);
        const Place &pb = m_places.at(b);
        if (pa.importance != pb.importance)
            return pa.importance > pb.importance;
        return area(pa) < area(pb);
    });
    for (int k = 0; k < order.size(); ++k) {
        Place &place = m_places[order.at(k)];
        // Inside the layer's bounds; then clear of every more important place
        // from the scale at which that one shows: a place shown before another
        // appears over it would have to go again.
        double reveal = firstScaleWhere([&](double s) { return m_bounds.contains(placeBox(place, place.box, s, 0)); });
        for (int j = 0; j < k; ++j) {
            const Place &other = m_places.at(order.at(j));
            // Only a collision above both scales can move this one's; most
            // places are far apart, and one test says so.
            const double from = std::max(reveal, other.reveal);
            if (std::isinf(from) || !collide(place, other, from))
                continue;
            reveal = firstScaleWhere([&](double s) { return !collide(place, other, s); }, from);
        }
        place.reveal = reveal;
    }
}

const LabelLayerItem::Placement &LabelLayerItem::placement(double scale) const
{
    if (m_placement.scale == scale && scale > 0)
        return m_placement;
    m_placement = {};
    m_placement.scale = scale;
    if (!(scale > 0))
        return m_placement;
    if (m_sizing == Sizing::MapSize) {
        for (int i = 0; i < m_labels.size(); ++i) {
            m_placement.labels.append(i);
            m_placement.places.append(-1);
            m_placement.enlarged.append(QTransform());
            m_placement.pixelSize.append(mapSize(m_labels.at(i)) * scale);
        }
        return m_placement;
    }
    for (int i = 0; i < m_labels.size(); ++i) {
        const int placeIndex = m_placeOf.at(i);
        const Place &place = m_places.at(placeIndex);
        if (place.reveal > scale)
            continue;
        const double k = std::max(1.0, place.fullScale / scale);
        m_placement.labels.append(i);
        m_placement.places.append(placeIndex);
        m_placement.enlarged.append(QTransform::fromTranslate(-place.centre.x(), -place.centre.y())
                                    * QTransform::fromScale(k, k)
                                    * QTransform::fromTranslate(place.centre.x(), place.centre.y()));
        m_placement.pixelSize.append(mapSize(m_labels.at(i)) * k * scale);
    }
    return m_placement;
}

QList<MapLabel> LabelLayerItem::placedLabels(double scale) const
{
    const Placement &shown = placement(scale);
    QList<MapLabel> labels;
    labels.reserve(shown.labels.size());
    for (int k = 0; k < shown.labels.size(); ++k) {
        MapLabel label = m_labels.at(shown.labels.at(k));
        label.transform = label.transform * shown.enlarged.at(k);
        labels.append(label);
    }
    return labels;
}

QRectF LabelLayerItem::boundingRect() const
{
    return m_bounds;
}

const QPainterPath &LabelLayerItem::outline(const Prepared &p) const
{
    if (p.outline.isEmpty()) {
        QPainterPath path;
        for (const QGlyphRun &run : p.glyphs) {
            const QRawFont font = run.rawFont();
            const QList<quint32> indexes = run.glyphIndexes();
            const QList<QPointF> positions = run.positions();
            for (qsizetype i = 0; i < indexes.size() && i < positions.size(); ++i)
                path.addPath(font.pathForGlyph(indexes.at(i)).translated(positions.at(i)));
        }
        path.setFillRule(Qt::WindingFill);
        p.outline = path;
    }
    return p.outline;
}

void LabelLayerItem::paintLabel(QPainter *painter, int index, const QTransform &enlarged, const QRect &deviceArea)
{
    const MapLabel &label = m_labels.at(index);
    const Prepared &p = m_prepared.at(index);
    const QTransform world = painter->worldTransform();
    const QTransform toItem = p.toItem * enlarged;
    const QTransform toWorld = toItem * world;
    // Device pixels per layout unit (the device transform includes the pixel ratio).
    const QTransform toDevice = toItem * painter->deviceTransform();
    const double scale = std::sqrt(std::abs(toDevice.determinant()));
    const double haloPx = p.haloWidth / 2 * scale;
    const bool halo = p.haloWidth > 0;
    // A halo is blended in device pixels: the world transform that undoes what
    // follows it on the way to the device (the pixel ratio).
    const QTransform afterWorld = world.inverted() * painter->deviceTransform();
    const QTransform onDevice = afterWorld.inverted();
    const bool offsets = toDevice.type() <= QTransform::TxScale && kLayoutPixelSize * scale <= kMaxCachedGlyphPx
                         && haloPx <= kMaxOffsetHaloPx && (!halo || !label.fill.isValid() || label.fill == label.stroke)
                         && (!halo || (onDevice * afterWorld).isIdentity());
    ++m_lastPaint.labels;
    if (offsets) {
        ++m_lastPaint.offset;
        if (halo) {
            // The glyphs' ink (which may reach past the line's box) and the halo,
            // with two pixels for the half pixel the disc reaches further and anti-aliasing.
            const QRect labelArea =
                (enlarged * painter->deviceTransform()).mapRect(p.bounds | p.ink).toAlignedRect().adjusted(-2, -2, 2, 2)
                & deviceArea;
            paintHaloMask(painter, p.glyphs, toDevice, onDevice, discOffsets(haloPx), label.stroke, kHaloPasses,
                          labelArea);
        } else if (label.fill.isValid()) {
            painter->setWorldTransform(toWorld);
            painter->setPen(label.fill);
            for (const QGlyphRun &run : p.glyphs)
                painter->drawGlyphRun(QPointF(), run);
        }
    } else {
        ++m_lastPaint.vector;
        painter->setWorldTransform(toWorld);
        const QPainterPath &path = outline(p);
        // SVG paints the fill, then the stroke over it.
        if (label.fill.isValid())
            painter->fillPath(path, label.fill);
        if (halo) {
            QPen pen(label.stroke, p.haloWidth, Qt::SolidLine, Qt::FlatCap, label.strokeJoin);
            painter->strokePath(path, pen);
        }
    }
    painter->setWorldTransform(world);
}

QList<int> LabelLayerItem::paintOrder(const QList<int> &visible) const
{
    enum class Ink { Other, Halo, Text };
    const auto inkOf = [this](int i) {
        const MapLabel &l = m_labels.at(i);
        if (l.stroke.isValid())
            return l.fill == l.stroke ? Ink::Halo : Ink::Other;
        return l.fill.isValid() ? Ink::Text : Ink::Other;
    };
    const qsizetype n = visible.size();
    std::vector<Ink> ink(size_t(n), Ink::Other);
    std::vector<QRgb> colour(size_t(n), 0);
    for (qsizetype k = 0; k < n; ++k) {
        const MapLabel &l = m_labels.at(visible.at(k));
        ink[size_t(k)] = inkOf(visible.at(k));
        colour[size_t(k)] = (ink[size_t(k)] == Ink::Halo ? l.stroke : l.fill).rgba();
    }
    // Edges from each label to the later ones it must stay under.
    std::vector<std::vector<qsizetype>> later{size_t(n)};
    std::vector<int> earlier(size_t(n), 0);
    for (qsizetype a = 0; a < n; ++a) {
        const QRectF &boundsA = m_prepared.at(visible.at(a)).bounds;
        for (qsizetype b = a + 1; b < n; ++b) {
            const bool commute = ink[size_t(a)] != Ink::Other && ink[size_t(a)] == ink[size_t(b)]
                                 && colour[size_t(a)] == colour[size_t(b)];
            if (!commute && boundsA.intersects(m_prepared.at(visible.at(b)).bounds)) {
                later[size_t(a)].push_back(b);
                ++earlier[size_t(b)];
            }
        }
    }
    // Of the labels free to go: the size just painted while one has it, else
    // the smallest size; then document order. So the sizes mostly go up, each
    // size's glyphs are loaded once, and a halo and its text, the same
    // glyphs, go close together.
    std::vector<double> size(size_t(n), 0.0);
    for (qsizetype k = 0; k < n; ++k)
        size[size_t(k)] = std::sqrt(std::abs(m_prepared.at(visible.at(k)).toItem.determinant()));
    const auto before = [&size](qsizetype x, qsizetype y) {
        return size[size_t(x)] != size[size_t(y)] ? size[size_t(x)] < size[size_t(y)] : x < y;
    };
    std::set<qsizetype, decltype(before)> ready(before);
    for (qsizetype k = 0; k < n; ++k) {
        if (earlier[size_t(k)] == 0)
            ready.insert(k);
    }
    QList<int> order;
    order.reserve(n);
    double current = -1;
    while (!ready.empty()) {
        auto it = ready.begin();
        if (size[size_t(*it)] != current) {
            // The first ready label of the current size, if any: sizes come before indexes.
            const auto same = std::find_if(ready.begin(), ready.end(),
                                           [&](qsizetype k) { return size[size_t(k)] >= current; });
            if (same != ready.end() && size[size_t(*same)] == current)
                it = same;
        }
        const qsizetype k = *it;
        current = size[size_t(k)];
        ready.erase(it);
        order.append(visible.at(k));
        for (qsizetype next : later[size_t(k)]) {
            if (--earlier[size_t(next)] == 0)
                ready.insert(next);
        }
    }
    return order;
}

void LabelLayerItem::paintLabels(QPainter *painter, const QRectF &area)
{
    // The rule is in logical pixels: a pixel ratio of 2 shows the same labels, twice as sharp.
    const double ratio = DistrictLook::devicePixelRatio(painter);
    const double scale = std::sqrt(std::abs(painter->deviceTransform().determinant())) / ratio;
    const Placement &shown = placement(scale);
    QList<int> visible;
    QHash<int, QTransform> enlarged;
    for (int k = 0; k < shown.labels.size(); ++k) {
        const int i = shown.labels.at(k);
        if (shown.enlarged.at(k).mapRect(m_prepared.at(i).bounds).intersects(area)) {
            visible.append(i);
            enlarged.insert(i, shown.enlarged.at(k));
        }
    }
    const QList<int> order = paintOrder(visible);
    // The exposed area on the device, a pixel larger: what a halo may write.
    const QRect deviceArea = painter->deviceTransform().mapRect(area).toAlignedRect().adjusted(-1, -1, 1, 1);
    painter->save();
    for (int i : order)
        paintLabel(painter, i, enlarged.value(i), deviceArea);
    painter->restore();
}

void LabelLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    m_lastPaint = {};
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster) {
        // Exports (SVG, PDF) get the SVG's own text and strokes.
        if (m_renderer && m_renderer->isValid()) {
            m_lastPaint.svg = true;
            m_renderer->render(painter, m_elementId, m_renderer->boundsOnElement(m_elementId));
        }
        return;
    }
    paintLabels(painter, option ? option->exposedRect : boundingRect());
}
