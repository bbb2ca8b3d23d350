#include "districtitem.h"

#include <QHash>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <deque>

namespace {

constexpr int kMaxTextureMarks = 200000; // per paint: bounds the work at extreme zoom

// Stripes x + y = c in device space, cut to the inside of the polygons
// (odd-even rule) by intersecting each line with every edge. No clip path is
// needed, so the stripes are plain line segments in every paint engine.
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
        // Offset every other row by half a step: a lighter, less mechanical pattern.
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

// Exports: in SVG a cosmetic pen becomes "vector-effect: non-scaling-stroke",
// which several SVG renderers ignore, and in PDF an outline converted to a
// filled shape. An export's scale is fixed, so write plain strokes of the same
// on-page width instead.
QPen forDevice(const QPainter *painter, const QPen &pen)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!pen.isCosmetic() || pen.style() == Qt::NoPen || !engine
        || (engine->type() != QPaintEngine::SVG && engine->type() != QPaintEngine::Pdf))
        return pen;
    const double scale = std::sqrt(std::abs(painter->worldTransform().determinant()));
    if (!(scale > 0))
        return pen;
    QPen plain = pen;
    plain.setCosmetic(false);
    plain.setWidthF(pen.widthF() / scale);
    return plain;
}

QPen haloOf(const QPen &pen);

void strokeWithHalo(QPainter *painter, const QPainterPath &path, const QPen &pen)
{
    if (pen.style() == Qt::NoPen)
        return;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(forDevice(painter, haloOf(pen)));
    painter->drawPath(path);
    painter->setPen(forDevice(painter, pen));
    painter->drawPath(path);
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

/**
 * One tile of a district's fill with its texture over it, in device pixels,
 * the pattern anchored at @p phase (0 <= phase < 1 pixel): stripes x + y = c, or rows of dots with
 * every other row shifted by half a step, exactly as the texture is laid out
 * around the anchor. @p scale is the device pixel ratio: the texture's
 * spacing and width are in logical pixels. The period is rounded to whole
 * pixels over a few repeats (12 pixel stripes repeat every 16.97 px: a 17 px
 * tile spaces them 12.02 px apart). Tiles are kept for reuse.
 */
/// What a texture tile depends on.
struct TileKey
{
    QRgb fill = 0;
    QRgb texture = 0;
    int kind = 0;
    double spacing = 0;
    double width = 0;
    double scale = 0;
    QPoint phase; ///< in 1/64 pixel

    friend bool operator==(const TileKey &a, const TileKey &b)
    {
        return a.fill == b.fill && a.texture == b.texture && a.kind == b.kind && a.spacing == b.spacing
               && a.width == b.width && a.scale == b.scale && a.phase == b.phase;
    }
    friend size_t qHash(const TileKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.fill, k.texture, k.kind, k.spacing, k.width, k.scale, k.phase.x(), k.phase.y());
    }
};

QImage textureTile(const DistrictStyle &style, const QPointF &phase, double scale = 1.0)
{
    // Asked for from the threads that compose a frame's bands.
    static QMutex mutex;
    static QHash<TileKey, QImage> tiles;
    const QPoint q(int(std::round(phase.x() * 64)), int(std::round(phase.y() * 64)));
    const TileKey key{style.fill.color().rgba(), style.textureColor.rgba(), int(style.texture), style.textureSpacing,
                      style.textureWidth, scale, q};
    const QMutexLocker lock(&mutex);
    auto it = tiles.constFind(key);
    if (it != tiles.constEnd())
        return *it;
    if (tiles.size() > 64)
        tiles.clear();
    const QPointF origin(q.x() / 64.0, q.y() / 64.0);
    const double s = style.textureSpacing * scale;
    QImage tile;
    if (style.texture == DistrictStyle::Texture::Stripes) {
        int k = 1;
        const int size = tileSize(s * M_SQRT2, &k);
        const double step = double(size) / k; // along x + y, about s * sqrt(2)
        tile = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
        tile.fill(style.fill.color());
        QPainter p(&tile);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(style.textureColor, style.textureWidth * scale, Qt::SolidLine, Qt::FlatCap));
        const double c0 = origin.x() + origin.y();
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
        tile.fill(style.fill.color());
        QPainter p(&tile);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(style.textureColor);
        const double size = style.textureWidth * scale;
        QList<QRectF> dots;
        for (int row = -2; row <= 2 * ky + 2; ++row) {
            const double shift = (row % 2 != 0) ? stepX / 2 : 0.0;
            for (int col = -2; col <= kx + 2; ++col) {
                const QPointF c(origin.x() + shift + col * stepX, origin.y() + row * stepY);
                dots.append(QRectF(c.x() - size / 2, c.y() - size / 2, size, size));
            }
        }
        p.drawRects(dots);
    }
    return *tiles.insert(key, tile);
}

/// A pen's halo (strokeWithHalo()): white, solid, wider.
QPen haloOf(const QPen &pen)
{
    QPen halo = pen;
    halo.setColor(QColor(255, 255, 255, 220));
    halo.setStyle(Qt::SolidLine);
    halo.setWidthF(pen.widthF() + 2.5);
    return halo;
}

/// A pen's strokes as compose() blends them: the pen itself and its halo.
struct PenStrokes
{
    QPen pen;
    DistrictItem::Stroke self;
    DistrictItem::Stroke halo;
};

QRgb premultiplied(const QColor &color);

/**
 * The strokes of @p pen, with a small number for each stroke shape (a pen
 * without its colour): masks are kept by shape, so the dashed outline of
 * every side is one mask, and found by comparing numbers. Styles share their
 * pens (DistrictStyle), so there are a handful in all and finding one is
 * mostly a pointer comparison. Restyling happens in the GUI thread only.
 */
const PenStrokes &penStrokes(const QPen &pen)
{
    static std::deque<PenStrokes> known; // stable addresses
    static QList<QPen> shapes;           // in black
    for (const PenStrokes &k : known) {
        if (k.pen == pen)
            return k;
    }
    const auto strokeOf = [](const QPen &p) {
        QPen black = p;
        black.setColor(Qt::black);
        qsizetype shape = shapes.indexOf(black);
        if (shape < 0) {
            shapes.append(black);
            shape = shapes.size() - 1;
        }
        return DistrictItem::Stroke{int(shape), black, premultiplied(p.color())};
    };
    known.push_back({pen, strokeOf(pen), strokeOf(haloOf(pen))});
    return known.back();
}

QRgb premultiplied(const QColor &color)
{
    return color.rgba64().premultiplied().toArgb32();
}

} // namespace

DistrictItem::DistrictItem(const QString &id, int districtIndex, const QPainterPath &path)
    : m_id(id)
    , m_districtIndex(districtIndex)
{
    QPainterPath p = path;
    p.setFillRule(Qt::OddEvenFill);
    setPath(p);
    m_controlRect = p.controlPointRect();
    m_polygons = p.toSubpathPolygons();
    setFlag(ItemUsesExtendedStyleOption, true);
    setAcceptedMouseButtons(Qt::NoButton);
    setData(0, id);
    applyStyle(DistrictStyle::forState(ControlState(), {}));
}

void DistrictItem::applyStyle(const DistrictStyle &style)
{
    // The item's own pen and brush stay unset: paint() draws the style, and
    // QAbstractGraphicsShapeItem::setPen() would move the item in the
    // scene's index at every restyle.
    m_style = style;
    m_fillColor = premultiplied(style.fill.color());
    m_strokes = strokesOf(style);
    setZValue(style.zValue());
    update();
}

void DistrictItem::setOutlineMargin(double sceneUnits)
{
    if (qFuzzyCompare(sceneUnits, m_margin))
        return;
    prepareGeometryChange();
    m_margin = sceneUnits;
}

QRectF DistrictItem::boundingRect() const
{
    return m_controlRect.adjusted(-m_margin, -m_margin, m_margin, m_margin);
}

QPainterPath DistrictItem::shape() const
{
    return path();
}

bool DistrictItem::contains(const QPointF &point) const
{
    return path().contains(point);
}

void DistrictItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    paintStyled(painter, path(), m_polygons, m_style, option ? option->exposedRect : boundingRect());
}

qsizetype DistrictItem::maskBytes() const
{
    qsizetype bytes = m_masks.fill.bytes();
    for (const auto &stroke : m_masks.strokes)
        bytes += stroke.second.bytes();
    return bytes;
}

void DistrictItem::dropMasks()
{
    m_masks = Masks();
}

QList<DistrictItem::Stroke> DistrictItem::strokesOf(const DistrictStyle &style)
{
    QList<Stroke> strokes;
    strokes.reserve(7);
    if (style.outline.style() != Qt::NoPen)
        strokes.append(penStrokes(style.outline).self);
    for (const QPen *pen : {&style.emphasis, &style.focus, &style.selection}) {
        if (pen->style() == Qt::NoPen)
            continue;
        const PenStrokes &known = penStrokes(*pen);
        strokes.append(known.halo);
        strokes.append(known.self);
    }
    return strokes;
}

const CoverageMask *DistrictItem::findStrokeMask(int shape) const
{
    for (const auto &stroke : m_masks.strokes) {
        if (stroke.first == shape)
            return &stroke.second;
    }
    return nullptr;
}

bool DistrictItem::needsMasks(const QTransform &toLogical, qreal pixelRatio) const
{
    if (m_masks.toLogical != toLogical || m_masks.pixelRatio != pixelRatio || !m_masks.hasFill)
        return true;
    return std::any_of(m_strokes.cbegin(), m_strokes.cend(),
                       [this](const Stroke &stroke) { return !findStrokeMask(stroke.shape); });
}

void DistrictItem::prepareMasks(const QTransform &toLogical, qreal pixelRatio, const QRect &deviceBounds)
{
    if (m_masks.toLogical != toLogical || m_masks.pixelRatio != pixelRatio)
        m_masks = Masks{toLogical, pixelRatio, {}, false, {}};
    if (!m_masks.hasFill) {
        m_masks.fill = CoverageMask::ofFill(path(), toLogical, pixelRatio, deviceBounds);
        m_masks.hasFill = true;
    }
    for (const Stroke &stroke : std::as_const(m_strokes)) {
        if (!findStrokeMask(stroke.shape))
            m_masks.strokes.append(
                {stroke.shape, CoverageMask::ofStroke(path(), toLogical, pixelRatio, stroke.pen, deviceBounds)});
    }
}

bool DistrictItem::compose(const CoverageMask::Target &frame, const QTransform &toLogical, qreal pixelRatio,
                          const QRect &clip)
{
    if (!frame.bits || !(pixelRatio > 0))
        return false;
    const QTransform toDevice = toLogical * QTransform::fromScale(pixelRatio, pixelRatio);
    if (!(toDevice.mapRect(boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1) & clip).isValid())
        return true; // nothing of the district lies in the clip
    prepareMasks(toLogical, pixelRatio, frame.rect());

    // The same layers, in the same order, as paintLayers(): fill (with its
    // texture), outline, then the emphasis, focus and selection outlines
    // over their white halos.
    if (m_style.texture == DistrictStyle::Texture::None) {
        m_masks.fill.blend(frame, m_fillColor, clip);
    } else {
        const QPointF anchor = toDevice.map(QPointF(0, 0));
        const QPointF whole(std::floor(anchor.x()), std::floor(anchor.y()));
        m_masks.fill.blendTiled(frame, textureTile(m_style, anchor - whole, pixelRatio), whole.toPoint(), clip);
    }
    for (const Stroke &stroke : std::as_const(m_strokes)) {
        if (const CoverageMask *mask = findStrokeMask(stroke.shape))
            mask->blend(frame, stroke.color, clip);
    }
    return true;
}

void DistrictItem::paintStyled(QPainter *painter, const QPainterPath &path, const QList<QPolygonF> &polygons,
                               const DistrictStyle &style, const QRectF &exposed)
{
    paintLayers(painter, path, polygons, style, exposed);
}

void DistrictItem::paintLayers(QPainter *painter, const QPainterPath &path, const QList<QPolygonF> &polygons,
                               const DistrictStyle &style, const QRectF &exposed)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    // On screen and in PNG a textured district is one fill with a tile of its
    // fill and texture, laid out in device pixels around the same anchor as
    // the vector texture drawn below for SVG and PDF.
    const QPaintEngine *engine = painter->paintEngine();
    const bool tiled = style.texture != DistrictStyle::Texture::None && engine
                       && engine->type() == QPaintEngine::Raster && painter->device()
                       && painter->device()->devicePixelRatio() == 1.0;
    const QTransform toDevice = painter->worldTransform();
    QPainterPath devicePath;
    if (tiled) {
        const QPointF anchor = toDevice.map(QPointF(0, 0));
        const QPointF whole(std::floor(anchor.x()), std::floor(anchor.y()));
        QBrush brush(textureTile(style, anchor - whole));
        brush.setTransform(QTransform::fromTranslate(whole.x(), whole.y()));
        painter->setWorldTransform(QTransform());
        painter->setBrush(brush);
        devicePath = toDevice.map(path);
    } else {
        painter->setBrush(style.fill);
    }
    painter->drawPath(tiled ? devicePath : path);
    painter->setWorldTransform(toDevice);

    if (!tiled && style.texture != DistrictStyle::Texture::None && !polygons.isEmpty()) {
        QList<QPolygonF> devicePolys;
        devicePolys.reserve(polygons.size());
        for (const QPolygonF &p : polygons)
            devicePolys.append(toDevice.map(p));
        QRectF area = toDevice.mapRect(exposed.intersected(path.controlPointRect()));
        // Never work outside what the painter can show.
        if (painter->hasClipping())
            area = area.intersected(toDevice.mapRect(painter->clipBoundingRect()));
        const QPointF anchor = toDevice.map(QPointF(0, 0));
        painter->setWorldTransform(QTransform());
        if (style.texture == DistrictStyle::Texture::Stripes) {
            const QList<QLineF> lines = stripeSegments(devicePolys, area, style.textureSpacing, anchor);
            // Drawn in device space (identity transform): the width is in pixels.
            QPen pen(style.textureColor, style.textureWidth, Qt::SolidLine, Qt::FlatCap);
            painter->setPen(pen);
            painter->drawLines(lines);
        } else {
            const QList<QRectF> dots =
                dotRects(devicePolys, area, style.textureSpacing, style.textureWidth, anchor);
            painter->setPen(Qt::NoPen);
            painter->setBrush(style.textureColor);
            painter->drawRects(dots);
        }
        painter->setWorldTransform(toDevice);
    }

    painter->setBrush(Qt::NoBrush);
    painter->setPen(forDevice(painter, style.outline));
    painter->drawPath(path);
    strokeWithHalo(painter, path, style.emphasis);
    strokeWithHalo(painter, path, style.focus);
    strokeWithHalo(painter, path, style.selection);
    painter->restore();
}
