// CoverageMask: a shape rasterized once, blended again in any colour, must
// give what QPainter gives when it paints the shape in that colour.
#include "coveragemask.h"

#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <gtest/gtest.h>

#include <cstdlib>

namespace {

// Odd sizes: rows whose runs end between the four-pixel groups.
constexpr QSize kSize(157, 123);

/// A background with opaque, translucent and clear parts, so a blend meets every kind of destination.
QImage background(qreal pixelRatio = 1.0)
{
    QImage image((QSizeF(kSize) * pixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.fillRect(QRectF(0, 0, kSize.width() / 2.0, kSize.height()), QColor(0xF4, 0xF1, 0xEA));
    p.fillRect(QRectF(0, kSize.height() / 2.0, kSize.width(), kSize.height() / 4.0), QColor(20, 90, 200, 120));
    return image;
}

/// A concave district-like polygon with a hole (odd-even).
QPainterPath shape()
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.moveTo(10.3, 12.7);
    path.lineTo(140.2, 8.1);
    path.lineTo(120.6, 60.4);
    path.lineTo(150.9, 110.3);
    path.lineTo(60.5, 95.2);
    path.lineTo(20.1, 118.8);
    path.lineTo(40.4, 55.5);
    path.closeSubpath();
    path.addEllipse(QPointF(80.2, 45.7), 14.3, 9.6);
    return path;
}

/// The largest difference of any channel of any pixel.
int maxChannelDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *la = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            worst = std::max({worst, std::abs(qRed(la[x]) - qRed(lb[x])), std::abs(qGreen(la[x]) - qGreen(lb[x])),
                              std::abs(qBlue(la[x]) - qBlue(lb[x])), std::abs(qAlpha(la[x]) - qAlpha(lb[x]))});
        }
    }
    return worst;
}

QRgb premultiplied(const QColor &c)
{
    return c.rgba64().premultiplied().toArgb32();
}

} // namespace

TEST(CoverageMask, FillBlendsAsQPainterPaints)
{
    const QTransform toLogical = QTransform::fromScale(0.93, 1.04) * QTransform::fromTranslate(2.4, -1.7);
    for (const QColor &color : {QColor(213, 94, 0, 210), QColor(0, 114, 178), QColor(240, 228, 66, 40)}) {
        QImage expected = background();
        {
            QPainter p(&expected);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setTransform(toLogical);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawPath(shape());
        }
        const CoverageMask mask = CoverageMask::ofFill(shape(), toLogical, 1.0, expected.rect());
        ASSERT_FALSE(mask.isNull());
        QImage composed = background();
        mask.blend(&composed, premultiplied(color), composed.rect());
        EXPECT_LE(maxChannelDifference(expected, composed), 1) << color.name(QColor::HexArgb).toStdString();
        EXPECT_NE(composed, background()) << "something was painted";
    }
}

TEST(CoverageMask, StrokesBlendAsQPainterPaints)
{
    const QTransform toLogical = QTransform::fromTranslate(0.5, 0.25);
    for (const Qt::PenStyle style : {Qt::SolidLine, Qt::DashLine, Qt::DotLine}) {
        for (const double width : {1.0, 3.5, 6.0}) {
            QPen pen(QColor(58, 58, 58), width, style, Qt::RoundCap, Qt::MiterJoin);
            pen.setCosmetic(true);
            QImage expected = background();
            {
                QPainter p(&expected);
                p.setRenderHint(QPainter::Antialiasing, true);
                p.setTransform(toLogical);
                p.setPen(pen);
                p.setBrush(Qt::NoBrush);
                p.drawPath(shape());
            }
            QPen white = pen;
            white.setColor(Qt::red); // the mask ignores the pen's colour
            const CoverageMask mask = CoverageMask::ofStroke(shape(), toLogical, 1.0, white, expected.rect());
            QImage composed = background();
            mask.blend(&composed, premultiplied(pen.color()), composed.rect());
            // Qt's one-pixel cosmetic stroker blends each segment on its
            // own, so a corner pixel is blended twice; the mask holds the
            // corner's combined coverage and blends once: the same up to rounding.
            EXPECT_LE(maxChannelDifference(expected, composed), 2) << "style " << int(style) << " width " << width;
        }
    }
}

TEST(CoverageMask, TiledBlendAsATextureBrush)
{
    // A tile of translucent stripes, anchored off the image's origin.
    QImage tile(7, 5, QImage::Format_ARGB32_Premultiplied);
    tile.fill(QColor(0, 158, 115, 210));
    for (int y = 0; y < tile.height(); ++y)
        tile.setPixelColor((y * 2) % tile.width(), y, QColor(230, 159, 0, 235));
    const QPoint origin(-3, 11);
    QImage expected = background();
    {
        QPainter p(&expected);
        p.setRenderHint(QPainter::Antialiasing, true);
        QBrush brush(tile);
        brush.setTransform(QTransform::fromTranslate(origin.x(), origin.y()));
        p.setPen(Qt::NoPen);
        p.setBrush(brush);
        p.drawPath(shape());
    }
    const CoverageMask mask = CoverageMask::ofFill(shape(), QTransform(), 1.0, expected.rect());
    QImage composed = background();
    mask.blendTiled(&composed, tile, origin, composed.rect());
    EXPECT_LE(maxChannelDifference(expected, composed), 1);
}

TEST(CoverageMask, ChangesNothingOutsideTheClip)
{
    const CoverageMask mask = CoverageMask::ofFill(shape(), QTransform(), 1.0, QRect(QPoint(0, 0), kSize));
    const QRect clip(30, 20, 41, 37);
    QImage composed = background();
    mask.blend(&composed, premultiplied(QColor(213, 94, 0)), clip);
    const QImage before = background();
    int changedInside = 0;
    for (int y = 0; y < kSize.height(); ++y) {
        for (int x = 0; x < kSize.width(); ++x) {
            const bool changed = composed.pixel(x, y) != before.pixel(x, y);
            if (!clip.contains(x, y))
                ASSERT_FALSE(changed) << x << "," << y;
            changedInside += changed;
        }
    }
    EXPECT_GT(changedInside, 500);
}

TEST(CoverageMask, HonoursThePixelRatio)
{
    // At pixel ratio 2 the mask is in device pixels and a cosmetic pen is laid out as Qt does on the target.
    const QTransform toLogical = QTransform::fromScale(0.8, 0.8);
    QPen pen(Qt::black, 1.0, Qt::DashLine, Qt::RoundCap, Qt::MiterJoin);
    pen.setCosmetic(true);
    QImage expected = background(2.0);
    {
        QPainter p(&expected);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setTransform(toLogical);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(86, 180, 233, 210));
        p.drawPath(shape());
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape());
    }
    const QRect device = expected.rect();
    EXPECT_EQ(device.size(), kSize * 2);
    const CoverageMask fill = CoverageMask::ofFill(shape(), toLogical, 2.0, device);
    const CoverageMask stroke = CoverageMask::ofStroke(shape(), toLogical, 2.0, pen, device);
    EXPECT_GT(fill.rect().width(), int(kSize.width() * 0.8 * 2 * 0.8)) << "device pixels, not logical ones";
    QImage composed = background(2.0);
    fill.blend(&composed, premultiplied(QColor(86, 180, 233, 210)), device);
    stroke.blend(&composed, premultiplied(Qt::black), device);
    EXPECT_LE(maxChannelDifference(expected, composed), 1);
}

TEST(CoverageMask, KeepsOnlyWhatIsCovered)
{
    const CoverageMask mask = CoverageMask::ofFill(shape(), QTransform(), 1.0, QRect(0, 0, 400, 400));
    const QRectF bounds = shape().boundingRect();
    EXPECT_TRUE(QRectF(mask.rect()).contains(bounds));
    EXPECT_LE(mask.rect().width(), bounds.width() + 4);
    EXPECT_EQ(mask.coverageAt(QPoint(30, 30)), 255) << "inside";
    EXPECT_EQ(mask.coverageAt(QPoint(80, 45)), 0) << "in the hole";
    EXPECT_EQ(mask.coverageAt(QPoint(300, 300)), 0) << "outside the mask";
    // Cut to the bounds it is given; nothing at all when they miss the shape.
    const CoverageMask cut = CoverageMask::ofFill(shape(), QTransform(), 1.0, QRect(0, 0, 50, 50));
    EXPECT_LE(cut.rect().right(), 49);
    EXPECT_TRUE(CoverageMask::ofFill(shape(), QTransform(), 1.0, QRect(300, 300, 50, 50)).isNull());
    EXPECT_TRUE(CoverageMask::ofStroke(shape(), QTransform(), 1.0, QPen(Qt::NoPen), QRect(0, 0, 400, 400)).isNull());
    // A one-pixel outline, zoomed in, keeps its ring, not the rectangle around it.
    QPen hairline(Qt::black, 1.0);
    hairline.setCosmetic(true);
    const CoverageMask ring =
        CoverageMask::ofStroke(shape(), QTransform::fromScale(3, 3), 1.0, hairline, QRect(0, 0, 600, 600));
    const qint64 area = qint64(ring.rect().width()) * ring.rect().height();
    EXPECT_LT(ring.bytes(), area / 4) << "bytes " << ring.bytes() << " for a " << area << "-pixel rect";
    EXPECT_GT(ring.coverageAt(QPoint(225, 31)), 0) << "on the top edge";
    EXPECT_EQ(ring.coverageAt(QPoint(225, 120)), 0) << "inside the ring";
    // Blending into an image of another format does nothing.
    QImage rgb(kSize, QImage::Format_RGB888);
    rgb.fill(Qt::white);
    const QImage before = rgb;
    mask.blend(&rgb, premultiplied(Qt::black), rgb.rect());
    EXPECT_EQ(rgb, before);
}
