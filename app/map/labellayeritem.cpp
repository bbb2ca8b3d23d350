#include "labellayeritem.h"

#include <QHash>
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

QFont layoutFont(const MapLabel &label, const QString &family)
{
    QFont font;
    font.setFamilies({family});
    font.setPixelSize(int(kLayoutPixelSize));
    font.setWeight(label.weight);
    font.setItalic(label.italic);
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
/// the glyph itself, so the halo is drawn from the glyph images already in
/// Qt's glyph cache instead of rasterizing each glyph again per offset.
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

struct LabelShape
{
    QList<QGlyphRun> glyphs;
    QRectF bounds;
};

/// The label's glyph runs, positioned for its anchor and baseline, and their bounds.
LabelShape shapeLabel(const MapLabel &label)
{
    const QString text = label.text();
    const QString baseFamily = label.runs.isEmpty() ? QString() : label.runs.first().family;
    QTextLayout layout(text, layoutFont(label, baseFamily));
    QList<QTextLayout::FormatRange> formats;
    int start = 0;
    for (const MapLabel::Run &run : label.runs) {
        if (run.family != baseFamily) {
            QTextCharFormat f;
            f.setFont(layoutFont(label, run.family));
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
        glyphs.append(run);
    }
    return {glyphs, glyphBounds};
}

} // namespace

LabelLayerItem::LabelLayerItem(const QList<MapLabel> &labels, QSvgRenderer *renderer, const QString &elementId,
                               QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_labels(labels)
    , m_renderer(renderer)
    , m_elementId(elementId)
{
    // The exposed rect lets a paint skip the labels outside the painted area.
    setFlag(ItemUsesExtendedStyleOption, true);
    prepare();
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
        QString key = QString::number(int(label.weight)) + QLatin1Char(label.italic ? 'i' : 'n')
                      + QLatin1Char(char('0' + int(label.anchor)));
        for (const MapLabel::Run &run : label.runs)
            key += QLatin1Char('\x1f') + run.family + QLatin1Char('\x1e') + run.text;
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
        m_bounds |= p.bounds;
        m_prepared.append(p);
    }
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

void LabelLayerItem::paintLabel(QPainter *painter, int index)
{
    const MapLabel &label = m_labels.at(index);
    const Prepared &p = m_prepared.at(index);
    const QTransform world = painter->worldTransform();
    const QTransform toWorld = p.toItem * world;
    // Device pixels per layout unit (the device transform includes the pixel ratio).
    const QTransform toDevice = p.toItem * painter->deviceTransform();
    const double scale = std::sqrt(std::abs(toDevice.determinant()));
    const double ratio = toWorld.isIdentity() ? 1.0 : scale / std::sqrt(std::abs(toWorld.determinant()));
    const double haloPx = p.haloWidth / 2 * scale;
    const bool halo = p.haloWidth > 0;
    const bool offsets = toDevice.type() <= QTransform::TxScale && kLayoutPixelSize * scale <= kMaxCachedGlyphPx
                         && haloPx <= kMaxOffsetHaloPx
                         && (!halo || !label.fill.isValid() || label.fill == label.stroke);
    ++m_lastPaint.labels;
    if (offsets) {
        ++m_lastPaint.offset;
        if (halo) {
            painter->setPen(label.stroke);
            const QList<QPoint> offsets = discOffsets(haloPx);
            for (int pass = 0; pass < kHaloPasses; ++pass) {
                for (const QPoint &d : offsets) {
                    painter->setWorldTransform(toWorld * QTransform::fromTranslate(d.x() / ratio, d.y() / ratio));
                    for (const QGlyphRun &run : p.glyphs)
                        painter->drawGlyphRun(QPointF(), run);
                }
            }
            painter->setWorldTransform(toWorld);
            for (const QGlyphRun &run : p.glyphs)
                painter->drawGlyphRun(QPointF(), run);
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
    QList<int> visible;
    for (int i = 0; i < m_prepared.size(); ++i) {
        if (m_prepared.at(i).bounds.intersects(area))
            visible.append(i);
    }
    const QList<int> order = paintOrder(visible);
    painter->save();
    for (int i : order)
        paintLabel(painter, i);
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
