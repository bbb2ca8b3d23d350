#include "coveragemask.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
/// channelsTimes() on 16-bit lanes that hold 8-bit values.
inline __m128i lanesTimes(__m128i x, __m128i a)
{
    const __m128i t = _mm_add_epi16(_mm_mullo_epi16(x, a), _mm_set1_epi16(0x80));
    return _mm_srli_epi16(_mm_add_epi16(t, _mm_srli_epi16(t, 8)), 8);
}

/// Four pixels of @p source, times four coverages, over four pixels at @p line: the same rounding as over().
inline void over4(quint32 *line, __m128i source, const uchar *coverage)
{
    const __m128i zero = _mm_setzero_si128();
    quint32 four = 0;
    std::memcpy(&four, coverage, sizeof four);
    __m128i c = _mm_cvtsi32_si128(int(four));
    c = _mm_unpacklo_epi8(c, c);
    c = _mm_unpacklo_epi16(c, c); // each coverage byte four times: one per channel
    const __m128i sLo = lanesTimes(_mm_unpacklo_epi8(source, zero), _mm_unpacklo_epi8(c, zero));
    const __m128i sHi = lanesTimes(_mm_unpackhi_epi8(source, zero), _mm_unpackhi_epi8(c, zero));
    // 255 - alpha of each source pixel, in all four of its lanes (alpha is the highest byte).
    const __m128i k255 = _mm_set1_epi16(255);
    const __m128i iaLo = _mm_sub_epi16(k255, _mm_shufflehi_epi16(_mm_shufflelo_epi16(sLo, 0xFF), 0xFF));
    const __m128i iaHi = _mm_sub_epi16(k255, _mm_shufflehi_epi16(_mm_shufflelo_epi16(sHi, 0xFF), 0xFF));
    const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i *>(line));
    const __m128i dLo = lanesTimes(_mm_unpacklo_epi8(d, zero), iaLo);
    const __m128i dHi = lanesTimes(_mm_unpackhi_epi8(d, zero), iaHi);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(line),
                     _mm_packus_epi16(_mm_add_epi16(sLo, dLo), _mm_add_epi16(sHi, dHi)));
}

/// Four fully covered pixels: @p source (four premultiplied pixels) over @p line, where
/// @p inverseAlpha holds 255 minus each source pixel's alpha in the 16-bit lanes of its channels.
inline void over4Covered(quint32 *line, __m128i source, __m128i inverseAlphaLo, __m128i inverseAlphaHi)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i *>(line));
    const __m128i dLo = lanesTimes(_mm_unpacklo_epi8(d, zero), inverseAlphaLo);
    const __m128i dHi = lanesTimes(_mm_unpackhi_epi8(d, zero), inverseAlphaHi);
    // Premultiplied: each channel of the source plus the scaled destination stays within 255.
    _mm_storeu_si128(reinterpret_cast<__m128i *>(line), _mm_add_epi8(_mm_packus_epi16(dLo, dHi), source));
}

/// 255 minus the alpha of each of four pixels, in the 16-bit lanes of its channels (low two pixels, high two).
inline std::pair<__m128i, __m128i> inverseAlphas(__m128i pixels)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i k255 = _mm_set1_epi16(255);
    const __m128i lo = _mm_unpacklo_epi8(pixels, zero);
    const __m128i hi = _mm_unpackhi_epi8(pixels, zero);
    return {_mm_sub_epi16(k255, _mm_shufflehi_epi16(_mm_shufflelo_epi16(lo, 0xFF), 0xFF)),
            _mm_sub_epi16(k255, _mm_shufflehi_epi16(_mm_shufflelo_epi16(hi, 0xFF), 0xFF))};
}

/// True when four coverage bytes are all 255.
inline bool fullyCovered(const uchar *coverage)
{
    quint32 four = 0;
    std::memcpy(&four, coverage, sizeof four);
    return four == 0xffffffffu;
}
#endif

/// @p color times each coverage, over line[begin, end).
void blendSolid(quint32 *line, const uchar *coverage, int begin, int end, quint32 color)
{
    int x = begin;
#if defined(__SSE2__)
    const __m128i source = _mm_set1_epi32(int(color));
    const auto [inverseLo, inverseHi] = inverseAlphas(source);
    for (; x + 4 <= end; x += 4) {
        // Most of a fill is inside the shape: the colour as it is.
        if (fullyCovered(coverage + x))
            over4Covered(line + x, source, inverseLo, inverseHi);
        else
            over4(line + x, source, coverage + x);
    }
#endif
    for (; x < end; ++x)
        line[x] = over(channelsTimes(color, coverage[x]), line[x]);
}

/// The pixels of @p pattern (one tile row, @p width long, from column @p tx on, repeating), times each
/// coverage, over line[begin, end).
void blendPattern(quint32 *line, const uchar *coverage, int begin, int end, const quint32 *pattern, int width,
                  int tx)
{
    int x = begin;
#if defined(__SSE2__)
    for (; x + 4 <= end; x += 4) {
        quint32 four[4];
        for (quint32 &p : four) {
            p = pattern[tx];
            if (++tx == width)
                tx = 0;
        }
        const __m128i source = _mm_loadu_si128(reinterpret_cast<const __m128i *>(four));
        if (fullyCovered(coverage + x)) {
            const auto [inverseLo, inverseHi] = inverseAlphas(source);
            over4Covered(line + x, source, inverseLo, inverseHi);
        } else {
            over4(line + x, source, coverage + x);
        }
    }
#endif
    for (; x < end; ++x) {
        line[x] = over(channelsTimes(pattern[tx], coverage[x]), line[x]);
        if (++tx == width)
            tx = 0;
    }
}

} // namespace

CoverageMask CoverageMask::render(const QRect &deviceBounds, qreal pixelRatio, const QTransform &toLogical,
                                  const std::function<void(QPainter *)> &draw)
{
    CoverageMask mask;
    if (deviceBounds.isEmpty() || !(pixelRatio > 0))
        return mask;
    QImage image(deviceBounds.size(), QImage::Format_Alpha8);
    image.fill(0);
    // The image has the target's pixel ratio, so Qt lays out cosmetic widths
    // and dashes as it does on the target.
    image.setDevicePixelRatio(pixelRatio);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setWorldTransform(toLogical
                              * QTransform::fromTranslate(-deviceBounds.left() / pixelRatio,
                                                          -deviceBounds.top() / pixelRatio));
    draw(&painter);
    painter.end();
    mask.m_rect = deviceBounds;
    mask.keepRuns(image);
    return mask;
}

void CoverageMask::keepRuns(const QImage &image)
{
    constexpr int kMaxGap = 8; // uncovered pixels a run may hold
    m_runs.clear();
    m_coverage.clear();
    const int w = image.width();
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const char *>(image.constScanLine(y));
        int x = 0;
        while (x < w) {
            while (x < w && line[x] == 0)
                ++x;
            if (x == w)
                break;
            const int begin = x;
            // A run goes on over short gaps (blending an uncovered pixel
            // changes nothing): fewer, longer runs.
            int end = x;
            while (x < w) {
                if (line[x] != 0) {
                    end = ++x;
                } else if (x - end < kMaxGap) {
                    ++x;
                } else {
                    break;
                }
            }
            x = end;
            m_runs.append({m_rect.top() + y, m_rect.left() + begin, m_rect.left() + end, int(m_coverage.size())});
            m_coverage.append(line + begin, end - begin);
        }
    }
    if (m_runs.isEmpty())
        m_rect = QRect(); // nothing covered: a null mask
    m_coverage.squeeze();
    m_runs.squeeze();
}

template<typename Source>
void CoverageMask::blendRuns(const Target &target, const QRect &clip, const Source &source) const
{
    const QRect area = rect() & clip & target.rect();
    if (area.isEmpty())
        return;
    auto run = std::lower_bound(m_runs.cbegin(), m_runs.cend(), area.top(),
                                [](const Run &r, int y) { return r.y < y; });
    const qsizetype stride = target.stride;
    uchar *const bits = target.bits;
    const auto *const coverage = reinterpret_cast<const uchar *>(m_coverage.constData());
    for (; run != m_runs.cend() && run->y <= area.bottom(); ++run) {
        const int begin = std::max(run->begin, area.left());
        const int end = std::min(run->end, area.right() + 1);
        if (begin >= end)
            continue;
        auto *pixels = reinterpret_cast<quint32 *>(bits + run->y * stride) + begin;
        source(pixels, coverage + run->offset + (begin - run->begin), end - begin, begin, run->y);
    }
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
    auto run = std::lower_bound(m_runs.cbegin(), m_runs.cend(), devicePixel.y(),
                                [](const Run &r, int y) { return r.y < y; });
    for (; run != m_runs.cend() && run->y == devicePixel.y(); ++run) {
        if (devicePixel.x() >= run->begin && devicePixel.x() < run->end)
            return uchar(m_coverage.at(run->offset + (devicePixel.x() - run->begin)));
    }
    return 0;
}

CoverageMask::Target CoverageMask::Target::of(QImage *image)
{
    if (!image || image->isNull() || image->format() != QImage::Format_ARGB32_Premultiplied)
        return {};
    return {image->bits(), image->bytesPerLine(), image->size()};
}

void CoverageMask::blend(QImage *target, QRgb color, const QRect &clip) const
{
    blend(Target::of(target), color, clip);
}

void CoverageMask::blendTiled(QImage *target, const QImage &tile, const QPoint &tileOrigin, const QRect &clip) const
{
    blendTiled(Target::of(target), tile, tileOrigin, clip);
}

void CoverageMask::blend(const Target &target, QRgb color, const QRect &clip) const
{
    if (isNull() || !target.bits || qAlpha(color) == 0)
        return;
    blendRuns(target, clip, [color](quint32 *pixels, const uchar *coverage, int count, int, int) {
        blendSolid(pixels, coverage, 0, count, color);
    });
}

void CoverageMask::blendTiled(const Target &target, const QImage &tile, const QPoint &tileOrigin,
                              const QRect &clip) const
{
    if (isNull() || !target.bits || tile.isNull() || tile.format() != QImage::Format_ARGB32_Premultiplied)
        return;
    const int tw = tile.width();
    const int th = tile.height();
    const auto wrap = [](int v, int n) { return ((v % n) + n) % n; };
    blendRuns(target, clip, [&](quint32 *pixels, const uchar *coverage, int count, int x, int y) {
        const auto *pattern = reinterpret_cast<const quint32 *>(tile.constScanLine(wrap(y - tileOrigin.y(), th)));
        blendPattern(pixels, coverage, 0, count, pattern, tw, wrap(x - tileOrigin.x(), tw));
    });
}
