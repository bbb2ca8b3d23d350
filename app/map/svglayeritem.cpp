#include "svglayeritem.h"

#include <QGuiApplication>
#include <QPaintEngine>
#include <QScreen>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <cmath>

SvgLayerItem::SvgLayerItem(QGraphicsItem *parent)
    : QGraphicsSvgItem(parent)
{
    // The exposed rect lets a replay skip what lies outside the painted area.
    setFlag(ItemUsesExtendedStyleOption, true);
}

PaintRecording::Target SvgLayerItem::defaultTarget()
{
    PaintRecording::Target t;
    t.font = QGuiApplication::font();
    t.hints = kViewRenderHints;
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        t.logicalDpiX = int(std::lround(screen->logicalDotsPerInchX()));
        t.logicalDpiY = int(std::lround(screen->logicalDotsPerInchY()));
    }
    return t;
}

void SvgLayerItem::renderDirect(QPainter *painter) const
{
    // QtSvg maps the element's own bounds onto this rect: it must be QtSvg's, not boundingRect().
    const QRectF svgBounds = QGraphicsSvgItem::boundingRect();
    QSvgRenderer *svg = renderer();
    if (elementId().isEmpty())
        svg->render(painter, svgBounds);
    else
        svg->render(painter, elementId(), svgBounds);
}

void SvgLayerItem::record(const PaintRecording::Target &target)
{
    m_cache.invalidate();
    m_recording = PaintRecording::record([this](QPainter *p) { renderDirect(p); }, target);
    m_unrecordable = !m_recording.isValid();
    ++m_recordCount;
}

void SvgLayerItem::prepare(const PaintRecording::Target &target)
{
    m_cache.clear();
    m_recording = PaintRecording();
    m_unrecordable = false;
    QRectF drawn;
    if (renderer() && renderer()->isValid()) {
        record(target);
        drawn = m_recording.bounds();
    }
    const QRectF bounds = QGraphicsSvgItem::boundingRect() | drawn;
    if (bounds != boundingRect()) {
        prepareGeometryChange();
        m_drawnBounds = bounds;
    }
}

QRectF SvgLayerItem::boundingRect() const
{
    return m_drawnBounds.isNull() ? QGraphicsSvgItem::boundingRect() : m_drawnBounds;
}

void SvgLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    m_lastPaintReplayed = false;
    m_lastReplayCount = 0;
    const QPaintEngine *engine = painter->paintEngine();
    if (!renderer() || !renderer()->isValid() || !engine || engine->type() != QPaintEngine::Raster) {
        QGraphicsSvgItem::paint(painter, option, widget);
        return;
    }
    if (!m_unrecordable && !m_recording.isRecordedFor(painter))
        record(PaintRecording::Target::of(painter));
    if (m_unrecordable) {
        QGraphicsSvgItem::paint(painter, option, widget);
        return;
    }
    const QRectF exposed = option ? option->exposedRect : boundingRect();
    m_lastPaintReplayed = true;
    const auto replay = [this](QPainter *p, const QRectF &area) { m_lastReplayCount = m_recording.replay(p, area); };
    // A layer that costs much to rasterize (the labels: strokes of glyph
    // outlines) keeps its pixels at the view's scale, so repainting a part of
    // the view (a restyled district under a label) does not stroke the
    // labels again.
    if (m_recording.complexity() < kCachedComplexity || !m_cache.paint(painter, boundingRect(), exposed, widget, replay))
        replay(painter, exposed);
}
