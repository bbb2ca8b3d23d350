#include "symbolicon.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>

#include <gtest/gtest.h>

namespace {

/// Pixels of @p image whose alpha is above half, and how many of them are @p colour.
struct Ink
{
    int covered = 0;
    int ofColour = 0;
    QRect bounds;
};

Ink inkOf(const QImage &image, const QColor &colour)
{
    Ink ink;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor c = argb.pixelColor(x, y);
            if (c.alpha() < 128)
                continue;
            ++ink.covered;
            ink.bounds |= QRect(x, y, 1, 1);
            if (c.alpha() == 255 && c.rgb() == colour.rgb())
                ++ink.ofColour;
        }
    }
    return ink;
}

/// Restores the application palette on scope exit.
class PaletteGuard
{
public:
    PaletteGuard()
        : m_saved(QApplication::palette())
    {
    }
    ~PaletteGuard() { QApplication::setPalette(m_saved); }

private:
    QPalette m_saved;
};

} // namespace

TEST(SymbolIcon, PlayIsATriangleAndPauseTwoBars)
{
    const QColor text = QApplication::palette().color(QPalette::Active, QPalette::ButtonText);
    const QImage play = SymbolIconEngine::icon(SymbolIconEngine::Symbol::Play).pixmap(QSize(40, 40), 1.0).toImage();
    const QImage pause = SymbolIconEngine::icon(SymbolIconEngine::Symbol::Pause).pixmap(QSize(40, 40), 1.0).toImage();
    ASSERT_EQ(play.size(), QSize(40, 40));
    ASSERT_EQ(pause.size(), QSize(40, 40));

    const Ink p = inkOf(play, text);
    const Ink b = inkOf(pause, text);
    ASSERT_GT(p.covered, 200);
    ASSERT_GT(b.covered, 200);
    EXPECT_GT(p.ofColour, p.covered / 2) << "drawn in the button text colour";
    EXPECT_GT(b.ofColour, b.covered / 2);

    // The triangle narrows to the right: its left column is full height, its right end a point.
    const auto columnHeight = [](const QImage &image, int x) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            n += qAlpha(image.pixel(x, y)) >= 128;
        return n;
    };
    const QImage pa = play.convertToFormat(QImage::Format_ARGB32);
    EXPECT_GT(columnHeight(pa, p.bounds.left() + 1), 20);
    EXPECT_LT(columnHeight(pa, p.bounds.right() - 1), 6);

    // The pause symbol has a gap between its bars along its middle row.
    const QImage ba = pause.convertToFormat(QImage::Format_ARGB32);
    const int row = b.bounds.center().y();
    int runs = 0;
    bool inRun = false;
    for (int x = 0; x < ba.width(); ++x) {
        const bool on = qAlpha(ba.pixel(x, row)) >= 128;
        if (on && !inRun)
            ++runs;
        inRun = on;
    }
    EXPECT_EQ(runs, 2);
}

TEST(SymbolIcon, BackIsAnArrowPointingLeft)
{
    const QImage back = SymbolIconEngine::icon(SymbolIconEngine::Symbol::Back)
                            .pixmap(QSize(40, 40), 1.0)
                            .toImage()
                            .convertToFormat(QImage::Format_ARGB32);
    ASSERT_EQ(back.size(), QSize(40, 40));
    const Ink ink = inkOf(back, QApplication::palette().color(QPalette::Active, QPalette::ButtonText));
    ASSERT_GT(ink.covered, 150);
    const auto columnHeight = [&back](int x) {
        int n = 0;
        for (int y = 0; y < back.height(); ++y)
            n += qAlpha(back.pixel(x, y)) >= 128;
        return n;
    };
    // The point on the left, the head's base the tallest column, the shaft narrower up to the right end.
    const int left = ink.bounds.left();
    const int right = ink.bounds.right();
    const int headBase = left + ink.bounds.width() / 2 - 1;
    EXPECT_LT(columnHeight(left + 1), 8);
    EXPECT_GT(columnHeight(headBase), 20);
    EXPECT_GT(columnHeight(right - 1), 4);
    EXPECT_LT(columnHeight(right - 1), columnHeight(headBase) / 2);
    // The tip is on the middle row.
    EXPECT_GE(qAlpha(back.pixel(left, ink.bounds.center().y())), 128);
}

TEST(SymbolIcon, ClearIsACross)
{
    const QImage clear = SymbolIconEngine::icon(SymbolIconEngine::Symbol::Clear)
                             .pixmap(QSize(40, 40), 1.0)
                             .toImage()
                             .convertToFormat(QImage::Format_ARGB32);
    const Ink ink = inkOf(clear, QApplication::palette().color(QPalette::Active, QPalette::ButtonText));
    ASSERT_GT(ink.covered, 60);
    // Ink on both diagonals, none in the middle of each side.
    const QRect b = ink.bounds;
    const auto on = [&clear](int x, int y) { return qAlpha(clear.pixel(x, y)) >= 128; };
    EXPECT_TRUE(on(b.center().x(), b.center().y()));
    EXPECT_TRUE(on(b.left() + 2, b.top() + 2));
    EXPECT_TRUE(on(b.right() - 2, b.top() + 2));
    EXPECT_TRUE(on(b.left() + 2, b.bottom() - 2));
    EXPECT_TRUE(on(b.right() - 2, b.bottom() - 2));
    EXPECT_FALSE(on(b.center().x(), b.top() + 1));
    EXPECT_FALSE(on(b.left() + 1, b.center().y()));
    EXPECT_LT(std::abs(b.width() - b.height()), 2) << "square";
}

TEST(SymbolIcon, FollowsThePaletteAndTheDisabledState)
{
    PaletteGuard guard;
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Active, QPalette::ButtonText, QColor(240, 240, 240));
    dark.setColor(QPalette::Inactive, QPalette::ButtonText, QColor(240, 240, 240));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(100, 100, 100));
    QApplication::setPalette(dark);

    const QIcon icon = SymbolIconEngine::icon(SymbolIconEngine::Symbol::Play);
    const Ink normal = inkOf(icon.pixmap(QSize(32, 32), 1.0, QIcon::Normal).toImage(), QColor(240, 240, 240));
    const Ink disabled = inkOf(icon.pixmap(QSize(32, 32), 1.0, QIcon::Disabled).toImage(), QColor(100, 100, 100));
    EXPECT_GT(normal.ofColour, normal.covered / 2);
    EXPECT_GT(disabled.ofColour, disabled.covered / 2);
}

TEST(SymbolIcon, IsDrawnAtTheDevicePixelRatioItIsAskedFor)
{
    const QIcon icon = SymbolIconEngine::icon(SymbolIconEngine::Symbol::Pause);
    EXPECT_FALSE(icon.isNull());
    const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
    EXPECT_EQ(sharp.size(), QSize(32, 32)) << "device pixels, not a scaled 16 px image";
    EXPECT_DOUBLE_EQ(sharp.devicePixelRatio(), 2.0);
    const Ink at1 = inkOf(icon.pixmap(QSize(16, 16), 1.0).toImage(), Qt::black);
    const Ink at2 = inkOf(sharp.toImage(), Qt::black);
    EXPECT_GT(at2.covered, at1.covered * 3);
}
