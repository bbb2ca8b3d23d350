#include "clippalette.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdint>

namespace {

/// A colour's share of the samples above which it is kept exactly (1 in 2000 pixels).
constexpr int kExactShareDivisor = 2000;
/// Sampled pixels at most: enough for the histogram, bounded for large frames.
constexpr qint64 kMaxSamplePixels = 4'000'000;

struct Weighted
{
    QRgb colour = 0;
    qint64 count = 0;
};

/// One median-cut box: a run of colours and the channel it is widest in.
struct Box
{
    int begin = 0;
    int end = 0;
    qint64 weight = 0;

    int widestChannel(const QList<Weighted> &colours, int *range) const
    {
        std::array<int, 3> low{255, 255, 255};
        std::array<int, 3> high{0, 0, 0};
        for (int i = begin; i < end; ++i) {
            const QRgb c = colours.at(i).colour;
            const std::array<int, 3> v{qRed(c), qGreen(c), qBlue(c)};
            for (int k = 0; k < 3; ++k) {
                low[k] = std::min(low[k], v[k]);
                high[k] = std::max(high[k], v[k]);
            }
        }
        int best = 0;
        for (int k = 1; k < 3; ++k) {
            if (high[k] - low[k] > high[best] - low[best])
                best = k;
        }
        *range = high[best] - low[best];
        return best;
    }
};

int channel(QRgb c, int k)
{
    return k == 0 ? qRed(c) : k == 1 ? qGreen(c) : qBlue(c);
}

QRgb average(const QList<Weighted> &colours, const Box &box)
{
    qint64 r = 0;
    qint64 g = 0;
    qint64 b = 0;
    qint64 n = 0;
    for (int i = box.begin; i < box.end; ++i) {
        const Weighted &w = colours.at(i);
        r += qRed(w.colour) * w.count;
        g += qGreen(w.colour) * w.count;
        b += qBlue(w.colour) * w.count;
        n += w.count;
    }
    n = std::max<qint64>(1, n);
    return qRgb(int((r + n / 2) / n), int((g + n / 2) / n), int((b + n / 2) / n));
}

} // namespace

QList<QRgb> ClipPalette::fromImages(const QList<QImage> &samples, int colours)
{
    colours = std::clamp(colours, 1, 256);
    qint64 pixels = 0;
    for (const QImage &image : samples)
        pixels += qint64(image.width()) * image.height();
    // Every step-th row of large samples: rows keep each colour exact.
    const int step = int(std::max<qint64>(1, (pixels + kMaxSamplePixels - 1) / kMaxSamplePixels));
    QHash<QRgb, qint64> histogram;
    qint64 total = 0;
    for (const QImage &sample : samples) {
        const QImage image = sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < image.height(); y += step) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                ++histogram[line[x] | 0xFF000000U];
            total += image.width();
        }
    }
    QList<Weighted> all;
    all.reserve(histogram.size());
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
        all.append({it.key(), it.value()});
    // Most used first; ties by colour, so the palette does not depend on hashing.
    std::sort(all.begin(), all.end(), [](const Weighted &a, const Weighted &b) {
        return a.count != b.count ? a.count > b.count : a.colour < b.colour;
    });
    if (all.size() <= colours) {
        QList<QRgb> palette;
        for (const Weighted &w : std::as_const(all))
            palette.append(w.colour);
        return palette;
    }

    // The flat colours, exactly; at most half the palette.
    QList<QRgb> palette;
    int exact = 0;
    while (exact < all.size() && exact < colours / 2 && all.at(exact).count * kExactShareDivisor >= total)
        palette.append(all.at(exact++).colour);
    QList<Weighted> rest = all.mid(exact);
    const int boxesWanted = colours - exact;
    qint64 restWeight = 0;
    for (const Weighted &w : std::as_const(rest))
        restWeight += w.count;
    QList<Box> boxes{{0, int(rest.size()), restWeight}};
    // Splits the heaviest box that still has more than one colour, at its weighted median.
    while (boxes.size() < boxesWanted) {
        int pick = -1;
        for (int i = 0; i < boxes.size(); ++i) {
            if (boxes.at(i).end - boxes.at(i).begin > 1 && (pick < 0 || boxes.at(i).weight > boxes.at(pick).weight))
                pick = i;
        }
        if (pick < 0)
            break;
        Box box = boxes.at(pick);
        int range = 0;
        const int k = box.widestChannel(rest, &range);
        std::sort(rest.begin() + box.begin, rest.begin() + box.end,
                  [k](const Weighted &a, const Weighted &b) { return channel(a.colour, k) < channel(b.colour, k); });
        qint64 weight = 0;
        for (int i = box.begin; i < box.end; ++i)
            weight += rest.at(i).count;
        qint64 half = 0;
        int cut = box.begin;
        while (cut < box.end - 1 && half + rest.at(cut).count <= weight / 2)
            half += rest.at(cut++).count;
        cut = std::max(cut, box.begin + 1);
        half = 0;
        for (int i = box.begin; i < cut; ++i)
            half += rest.at(i).count;
        boxes[pick] = {box.begin, cut, half};
        boxes.append({cut, box.end, weight - half});
    }
    for (const Box &box : std::as_const(boxes))
        palette.append(average(rest, box));
    return palette;
}
