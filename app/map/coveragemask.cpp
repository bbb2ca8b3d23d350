#include "coveragemask.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

/// Each of the four 8-bit channels of @p x times @p a / 255, rounded (two channels per multiply).
inline quint32 channelsTimes(quint32 x, quint32 a)
{
    quint32 even = (x & 0x00ff00ffu) * a;
    even = ((even + ((even >> 8) & 0x00ff00ffu) + 0x00800080u) >> 8) & 0x00ff00ffu;
    quint32 odd = ((x >> 8) & 0x00ff00ffu) * a;
    odd = (odd + ((odd >> 8) & 0x00ff00ffu) + 0x00800080u) & 0xff00ff00u;
    return odd | even;
}

/// Source over destination, both premultiplied.
inline quint32 over(quint32 source, quint32 destination)
{
    const quint32 alpha = source >> 24;
    if (alpha == 255)
        return source;
    return source + channelsTimes(destination, 255 - alpha);
}

} // namespace

CoverageMask CoverageMask::render(const QRect &deviceBounds, qreal pixelRatio, const QTransform &toLogical,
                                  const std::function<void(QPainter *)> &draw)
{
    CoverageMask mask;
    if (deviceBounds.isEmpty() || !(pixelRatio > 0))
        return mask;
    mask.m_origin = deviceBounds.topLeft();
    mask.m_coverage = QImage(deviceBounds.size(), QImage::Format_Alpha8);
    mask.m_coverage.fill(0);
    // The mask has the target's pixel ratio, so Qt lays out cosmetic widths
    // and dashes as it does on the target.
    mask.m_coverage.setDevicePixelRatio(pixelRatio);
    QPainter painter(&mask.m_coverage);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setWorldTransform(toLogical
                              * QTransform::fromTranslate(-deviceBounds.left() / pixelRatio,
                                                          -deviceBounds.top() / pixelRatio));
    draw(&painter);
    painter.end();
    mask.m_coverage.setDevicePixelRatio(1.0);
    return mask;
}

CoverageMask CoverageMask::ofFill(const QPainterPath &path, const QTransform &toLogical, qreal pixelRatio,
                                  const QRect &deviceBounds)
{
    const QTransform toDevice = toLogical * QTransform::fromScale(pixelRatio, pixelRatio);
    const QRect painted = toDevice.mapRect(path.controlPointRect()).toAlignedRect().adjusted(-1, -1, 1, 1);
    return render(painted & deviceBounds, pixelRatio, toLogical, [&](QPainter *p) {
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawPath(path);
    });
}

CoverageMask CoverageMask::ofStroke(const QPainterPath &path, const QTransform &toLogical, qreal pixelRatio,
                                    const QPen &pen, const QRect &deviceBounds)
{
    if (pen.style() == Qt::NoPen)
        return {};
    const QTransform toDevice = toLogical * QTransform::fromScale(pixelRatio, pixelRatio);
    // Half the width (a mitre up to its limit) beyond the path, in device
    // pixels for a cosmetic pen, in path units otherwise.
    const double scale = pen.isCosmetic() ? pixelRatio : std::sqrt(std::abs(toDevice.determinant()));
    const double reach = pen.widthF() * scale * std::max(1.0, pen.miterLimit()) / 2.0;
    const int margin = int(std::ceil(reach)) + 2;
    const QRect painted =
        toDevice.mapRect(path.controlPointRect()).toAlignedRect().adjusted(-margin, -margin, margin, margin);
    QPen white = pen;
    white.setColor(Qt::white);
    return render(painted & deviceBounds, pixelRatio, toLogical, [&](QPainter *p) {
        p->setPen(white);
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    });
}

int CoverageMask::coverageAt(const QPoint &devicePixel) const
{
    const QPoint local = devicePixel - m_origin;
    if (!m_coverage.valid(local))
        return 0;
    return m_coverage.constScanLine(local.y())[local.x()];
}

void CoverageMask::blend(QImage *target, QRgb color, const QRect &clip) const
{
    if (isNull() || !target || target->format() != QImage::Format_ARGB32_Premultiplied || qAlpha(color) == 0)
        return;
    const QRect area = rect() & clip & target->rect();
    if (area.isEmpty())
        return;
    const qsizetype stride = target->bytesPerLine();
    uchar *const bits = target->bits();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *coverage = m_coverage.constScanLine(y - m_origin.y()) + (area.left() - m_origin.x());
        auto *line = reinterpret_cast<quint32 *>(bits + y * stride) + area.left();
        for (int x = 0; x < area.width(); ++x) {
            const quint32 c = coverage[x];
            if (c == 0)
                continue;
            line[x] = over(c == 255 ? color : channelsTimes(color, c), line[x]);
        }
    }
}

void CoverageMask::blendTiled(QImage *target, const QImage &tile, const QPoint &tileOrigin, const QRect &clip) const
{
    if (isNull() || !target || target->format() != QImage::Format_ARGB32_Premultiplied || tile.isNull()
        || tile.format() != QImage::Format_ARGB32_Premultiplied)
        return;
    const QRect area = rect() & clip & target->rect();
    if (area.isEmpty())
        return;
    const int tw = tile.width();
    const int th = tile.height();
    const auto wrap = [](int v, int n) { return ((v % n) + n) % n; };
    const qsizetype stride = target->bytesPerLine();
    uchar *const bits = target->bits();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *coverage = m_coverage.constScanLine(y - m_origin.y()) + (area.left() - m_origin.x());
        auto *line = reinterpret_cast<quint32 *>(bits + y * stride) + area.left();
        const auto *pattern = reinterpret_cast<const quint32 *>(tile.constScanLine(wrap(y - tileOrigin.y(), th)));
        int tx = wrap(area.left() - tileOrigin.x(), tw);
        for (int x = 0; x < area.width(); ++x, tx = (tx + 1 == tw) ? 0 : tx + 1) {
            const quint32 c = coverage[x];
            if (c == 0)
                continue;
            const quint32 source = pattern[tx];
            line[x] = over(c == 255 ? source : channelsTimes(source, c), line[x]);
        }
    }
}
