#include "paintrecording.h"

#include <QPaintDevice>
#include <QPaintEngine>

#include <cmath>
#include <limits>

namespace {

enum class Kind { Path, Polygon, Polyline, Rects, Lines, Ellipse, Points };

struct PaintState
{
    QPen pen;
    QBrush brush;
    QPointF brushOrigin;
    QBrush background;
    Qt::BGMode backgroundMode = Qt::TransparentMode;
    QPainter::RenderHints hints;    ///< as recorded
    QPainter::RenderHints hintsOn;  ///< set by the drawing (not by the recording painter's start)
    QPainter::RenderHints hintsOff; ///< cleared by the drawing
    qreal opacity = 1.0;
};

struct Operation
{
    Kind kind = Kind::Path;
    int state = 0;             ///< index into Data::states
    int transform = 0;         ///< index into Data::transforms
    Qt::FillRule fillRule = Qt::OddEvenFill; ///< polygons
    QRectF bounds;             ///< in the recording's user space, strokes included
    double cosmeticMargin = 0; ///< extra margin in device pixels (cosmetic pens)
    QPainterPath path;         ///< Path
    QPolygonF points;          ///< Polygon, Polyline, Points
    QList<QRectF> rects;       ///< Rects; Ellipse: one rect
    QList<QLineF> lines;       ///< Lines
};

} // namespace

struct PaintRecording::Data
{
    bool valid = true;
    PaintRecording::Target target;
    QList<PaintState> states;
    QList<QTransform> transforms;
    QList<Operation> operations;
    QRectF bounds;
    qsizetype complexity = 0;
};

namespace {

/// A copy of @p path holding no spare capacity (recordings are kept for the scene's life).
QPainterPath compact(const QPainterPath &path)
{
    QPainterPath out;
    out.reserve(path.elementCount());
    out.setFillRule(path.fillRule());
    out.addPath(path);
    return out;
}

/// The subpaths of @p path grouped into parts whose control rects do not overlap.
QList<QPainterPath> separateParts(const QPainterPath &path)
{
    QList<QPainterPath> subpaths;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            subpaths.append(QPainterPath());
            subpaths.last().setFillRule(path.fillRule());
            subpaths.last().moveTo(e);
            break;
        case QPainterPath::LineToElement:
            if (subpaths.isEmpty())
                return {path};
            subpaths.last().lineTo(e);
            break;
        case QPainterPath::CurveToElement:
            if (subpaths.isEmpty() || i + 2 >= path.elementCount())
                return {path};
            subpaths.last().cubicTo(e, path.elementAt(i + 1), path.elementAt(i + 2));
            i += 2;
            break;
        case QPainterPath::CurveToDataElement:
            return {path};
        }
    }
    // Merge subpaths that overlap or come close (a glyph's outline and its
    // holes, the letters of a word): closer than half the tallest glyph, so
    // that no two parts share a pixel at any zoom of the view (no seam where
    // two antialiased edges would blend twice) and no part's stroke reaches
    // another's fill.
    double tallest = 0;
    for (const QPainterPath &sub : std::as_const(subpaths))
        tallest = std::max(tallest, sub.controlPointRect().height());
    const double gap = tallest / 2;
    QList<QPainterPath> parts;
    QList<QRectF> rects;
    for (const QPainterPath &sub : std::as_const(subpaths)) {
        QPainterPath part = sub;
        QRectF rect = sub.controlPointRect().adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
        for (bool merged = true; merged;) {
            merged = false;
            for (int j = 0; j < parts.size(); ++j) {
                if (rects.at(j).intersects(rect) || rects.at(j).contains(rect) || rect.contains(rects.at(j))) {
                    QPainterPath joined = parts.at(j);
                    joined.addPath(part);
                    part = joined;
                    rect |= rects.at(j);
                    parts.removeAt(j);
                    rects.removeAt(j);
                    merged = true;
                    break;
                }
            }
        }
        parts.append(part);
        rects.append(rect);
    }
    return parts;
}

/// Receives QPainter's output and appends it to a PaintRecording::Data.
class RecordingEngine : public QPaintEngine
{
public:
    explicit RecordingEngine(PaintRecording::Data *data)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_data(data)
    {
    }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &s) override
    {
        const DirtyFlags f = s.state();
        if (f & (DirtyPen | DirtyBrush | DirtyBrushOrigin | DirtyBackground | DirtyBackgroundMode | DirtyHints
                 | DirtyOpacity))
            m_stateDirty = true;
        if (f & DirtyPen)
            m_state.pen = s.pen();
        if (f & DirtyBrush)
            m_state.brush = s.brush();
        if (f & DirtyBrushOrigin)
            m_state.brushOrigin = s.brushOrigin();
        if (f & DirtyBackground)
            m_state.background = s.backgroundBrush();
        if (f & DirtyBackgroundMode)
            m_state.backgroundMode = s.backgroundMode();
        if (f & DirtyHints)
            m_state.hints = s.renderHints();
        if (f & DirtyOpacity)
            m_state.opacity = s.opacity();
        if (f & DirtyTransform) {
            m_transform = s.transform();
            m_transformDirty = true;
        }
        if (f & DirtyCompositionMode && s.compositionMode() != QPainter::CompositionMode_SourceOver)
            m_data->valid = false;
        if ((f & (DirtyClipPath | DirtyClipRegion | DirtyClipEnabled)) && painter() && painter()->hasClipping())
            m_data->valid = false;
    }

    void drawPath(const QPainterPath &path) override
    {
        // A label is one path of many glyphs; drawn in parts that do not
        // overlap, a repaint of a small area draws only the glyphs there.
        // Only with opaque paint: overlapping translucent strokes of parts
        // would blend twice.
        const bool opaque = (m_state.brush.style() == Qt::NoBrush || m_state.brush.isOpaque())
                            && (m_state.pen.style() == Qt::NoPen || m_state.pen.brush().isOpaque())
                            && m_state.opacity >= 1.0;
        if (opaque && path.elementCount() > 64) {
            const QList<QPainterPath> parts = separateParts(path);
            if (parts.size() > 1) {
                for (const QPainterPath &part : parts) {
                    Operation op;
                    op.kind = Kind::Path;
                    op.path = compact(part);
                    add(std::move(op), part.controlPointRect(), true);
                }
                return;
            }
        }
        Operation op;
        op.kind = Kind::Path;
        op.path = compact(path);
        add(std::move(op), path.controlPointRect(), true);
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        Operation op;
        op.points = QPolygonF(QList<QPointF>(points, points + count));
        if (mode == PolylineMode) {
            op.kind = Kind::Polyline;
        } else {
            op.kind = Kind::Polygon;
            op.fillRule = mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill;
        }
        const QRectF r = op.points.boundingRect();
        add(std::move(op), r, mode != PolylineMode);
    }

    void drawRects(const QRectF *rects, int count) override
    {
        Operation op;
        op.kind = Kind::Rects;
        op.rects = QList<QRectF>(rects, rects + count);
        QRectF r;
        for (const QRectF &rect : std::as_const(op.rects))
            r |= rect.normalized();
        add(std::move(op), r, true);
    }

    void drawLines(const QLineF *lines, int count) override
    {
        Operation op;
        op.kind = Kind::Lines;
        op.lines = QList<QLineF>(lines, lines + count);
        QRectF r;
        for (const QLineF &l : std::as_const(op.lines))
            r |= QRectF(l.p1(), l.p2()).normalized();
        add(std::move(op), r, false);
    }

    void drawEllipse(const QRectF &rect) override
    {
        Operation op;
        op.kind = Kind::Ellipse;
        op.rects = {rect};
        add(std::move(op), rect.normalized(), true);
    }

    void drawPoints(const QPointF *points, int count) override
    {
        Operation op;
        op.kind = Kind::Points;
        op.points = QPolygonF(QList<QPointF>(points, points + count));
        const QRectF r = op.points.boundingRect();
        add(std::move(op), r, false);
    }

    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { m_data->valid = false; }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override
    {
        m_data->valid = false;
    }
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override { m_data->valid = false; }
    // drawTextItem: QPaintEngine's own turns the glyphs into outlines and fills
    // them through the painter, which lands in drawPath() above.

private:
    void add(Operation op, QRectF localBounds, bool fills)
    {
        if (m_stateDirty || m_data->states.isEmpty()) {
            PaintState state = m_state;
            state.hintsOn = state.hints & ~m_data->target.hints;
            state.hintsOff = m_data->target.hints & ~state.hints;
            m_data->states.append(state);
            m_stateDirty = false;
        }
        if (m_transformDirty || m_data->transforms.isEmpty()) {
            m_data->transforms.append(m_transform);
            m_transformDirty = false;
        }
        const PaintState &state = m_data->states.constLast();
        const bool strokes = state.pen.style() != Qt::NoPen;
        if (!strokes && (!fills || state.brush.style() == Qt::NoBrush))
            return; // draws nothing
        if (strokes) {
            if (state.pen.isCosmetic()) {
                op.cosmeticMargin = std::max(1.0, state.pen.widthF()) + 1.0;
            } else {
                // Miter joins can reach past half the width: allow the miter limit.
                const double w = std::max(1.0, state.pen.widthF());
                const double reach = state.pen.joinStyle() == Qt::MiterJoin || state.pen.joinStyle() == Qt::SvgMiterJoin
                                         ? w * std::max(0.5, state.pen.miterLimit())
                                         : w;
                localBounds.adjust(-reach, -reach, reach, reach);
            }
        }
        op.state = int(m_data->states.size()) - 1;
        op.transform = int(m_data->transforms.size()) - 1;
        op.bounds = m_data->transforms.constLast().mapRect(localBounds);
        m_data->bounds |= op.bounds;
        m_data->complexity += op.path.elementCount() + op.points.size() + op.rects.size() + op.lines.size();
        m_data->operations.append(std::move(op));
    }

    PaintRecording::Data *m_data;
    PaintState m_state;
    QTransform m_transform;
    bool m_stateDirty = true;
    bool m_transformDirty = true;
};

/// The device the recording painter draws on: the resolution of the device it stands in for.
class RecordingDevice : public QPaintDevice
{
public:
    RecordingDevice(PaintRecording::Data *data)
        : m_engine(data)
        , m_data(data)
    {
    }
    ~RecordingDevice() override = default;
    QPaintEngine *paintEngine() const override { return const_cast<RecordingEngine *>(&m_engine); }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        constexpr int kSide = 1 << 20;
        switch (m) {
        case PdmWidth:
        case PdmHeight: return kSide;
        case PdmWidthMM: return int(kSide * 25.4 / std::max(1, m_data->target.logicalDpiX));
        case PdmHeightMM: return int(kSide * 25.4 / std::max(1, m_data->target.logicalDpiY));
        case PdmNumColors: return std::numeric_limits<int>::max();
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmPhysicalDpiX: return m_data->target.logicalDpiX;
        case PdmDpiY:
        case PdmPhysicalDpiY: return m_data->target.logicalDpiY;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    RecordingEngine m_engine;
    PaintRecording::Data *m_data;
};

void applyState(QPainter *painter, const PaintState &s, qreal baseOpacity, QPainter::RenderHints baseHints)
{
    painter->setPen(s.pen);
    painter->setBrush(s.brush);
    painter->setBrushOrigin(s.brushOrigin);
    painter->setBackground(s.background);
    painter->setBackgroundMode(s.backgroundMode);
    // The hints the drawing set or cleared itself, on top of the replaying painter's own.
    const QPainter::RenderHints wanted = (baseHints | s.hintsOn) & ~s.hintsOff;
    const QPainter::RenderHints current = painter->renderHints();
    if (current != wanted) {
        painter->setRenderHints(current & ~wanted, false);
        painter->setRenderHints(wanted, true);
    }
    painter->setOpacity(baseOpacity * s.opacity);
}

void drawShape(QPainter *painter, const Operation &op)
{
    switch (op.kind) {
    case Kind::Path: painter->drawPath(op.path); break;
    case Kind::Polygon: painter->drawPolygon(op.points, op.fillRule); break;
    case Kind::Polyline: painter->drawPolyline(op.points); break;
    case Kind::Rects: painter->drawRects(op.rects); break;
    case Kind::Lines: painter->drawLines(op.lines); break;
    case Kind::Ellipse: painter->drawEllipse(op.rects.constFirst()); break;
    case Kind::Points: painter->drawPoints(op.points); break;
    }
}

} // namespace

PaintRecording::PaintRecording()
    : d(std::make_unique<Data>())
{
    d->valid = false;
}

PaintRecording::~PaintRecording() = default;
PaintRecording::PaintRecording(PaintRecording &&) noexcept = default;
PaintRecording &PaintRecording::operator=(PaintRecording &&) noexcept = default;

PaintRecording::Target PaintRecording::Target::of(const QPainter *painter)
{
    Target t;
    if (!painter)
        return t;
    t.font = painter->font();
    t.hints = painter->renderHints();
    if (const QPaintDevice *device = painter->device()) {
        t.logicalDpiX = device->logicalDpiX();
        t.logicalDpiY = device->logicalDpiY();
    }
    return t;
}

PaintRecording PaintRecording::record(const std::function<void(QPainter *)> &paint, const Target &target)
{
    PaintRecording r;
    r.d->valid = true;
    r.d->target = target;
    RecordingDevice recorder(r.d.get());
    QPainter painter;
    if (!painter.begin(&recorder)) {
        r.d->valid = false;
        return r;
    }
    painter.setFont(target.font);
    painter.setRenderHints(QPainter::RenderHints::fromInt(~0), false);
    painter.setRenderHints(target.hints, true);
    paint(&painter);
    painter.end();
    if (!r.d->valid) {
        r.d->operations.clear();
        r.d->states.clear();
        r.d->transforms.clear();
        r.d->bounds = QRectF();
        r.d->complexity = 0;
    }
    return r;
}

bool PaintRecording::isValid() const
{
    return d && d->valid;
}

const PaintRecording::Target &PaintRecording::target() const
{
    return d->target;
}

bool PaintRecording::isRecordedFor(const QPainter *painter) const
{
    return isValid() && painter && Target::of(painter) == d->target;
}

int PaintRecording::operationCount() const
{
    return d ? int(d->operations.size()) : 0;
}

qsizetype PaintRecording::complexity() const
{
    return d ? d->complexity : 0;
}

QRectF PaintRecording::bounds() const
{
    return d ? d->bounds : QRectF();
}

int PaintRecording::replay(QPainter *painter, const QRectF &area) const
{
    if (!isValid() || d->operations.isEmpty())
        return 0;
    const QTransform base = painter->worldTransform();
    const qreal baseOpacity = painter->opacity();
    const QPainter::RenderHints baseHints = painter->renderHints();
    // Device-independent pixels per user unit, to turn cosmetic margins into user units.
    const double baseScale = std::sqrt(std::abs(base.determinant()));
    const double perPixel = baseScale > 0 ? 1.0 / baseScale : 0.0;
    painter->save();
    int state = -1;
    int transform = -1;
    int drawn = 0;
    for (const Operation &op : std::as_const(d->operations)) {
        if (!area.isNull()) {
            const double m = op.cosmeticMargin * perPixel;
            if (!op.bounds.adjusted(-m, -m, m, m).intersects(area))
                continue;
        }
        if (op.state != state) {
            state = op.state;
            applyState(painter, d->states.at(state), baseOpacity, baseHints);
        }
        if (op.transform != transform) {
            transform = op.transform;
            painter->setWorldTransform(d->transforms.at(transform) * base);
        }
        drawShape(painter, op);
        ++drawn;
    }
    painter->restore();
    return drawn;
}
