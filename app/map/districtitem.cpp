#include "districtitem.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>
#include <cmath>

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

void strokeWithHalo(QPainter *painter, const QPainterPath &path, const QPen &pen)
{
    if (pen.style() == Qt::NoPen)
        return;
    QPen halo = pen;
    halo.setColor(QColor(255, 255, 255, 220));
    halo.setStyle(Qt::SolidLine);
    halo.setWidthF(pen.widthF() + 2.5);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(forDevice(painter, halo));
    painter->drawPath(path);
    painter->setPen(forDevice(painter, pen));
    painter->drawPath(path);
}

} // namespace

DistrictItem::DistrictItem(const QString &id, int districtIndex, const QPainterPath &path)
    : m_id(id)
    , m_districtIndex(districtIndex)
{
    QPainterPath p = path;
    p.setFillRule(Qt::OddEvenFill);
    setPath(p);
    m_polygons = p.toSubpathPolygons();
    setFlag(ItemUsesExtendedStyleOption, true);
    setAcceptedMouseButtons(Qt::NoButton);
    setData(0, id);
    applyStyle(DistrictStyle::forState(ControlState(), {}));
}

void DistrictItem::applyStyle(const DistrictStyle &style)
{
    m_style = style;
    setBrush(style.fill);
    setPen(style.outline);
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
    return path().controlPointRect().adjusted(-m_margin, -m_margin, m_margin, m_margin);
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
    const QRectF exposed = option ? option->exposedRect : boundingRect();
    paintStyled(painter, path(), m_polygons, m_style, exposed);
}

void DistrictItem::paintStyled(QPainter *painter, const QPainterPath &path, const QList<QPolygonF> &polygons,
                               const DistrictStyle &style, const QRectF &exposed)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.fill);
    painter->drawPath(path);

    if (style.texture != DistrictStyle::Texture::None && !polygons.isEmpty()) {
        const QTransform toDevice = painter->worldTransform();
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
