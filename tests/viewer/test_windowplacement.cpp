// Where the main window opens: never larger than the screen, never off it.
#include "mainwindow.h"
#include "windowplacement.h"

#include <QScreen>

#include <gtest/gtest.h>

TEST(WindowPlacement, FirstStartFitsALaptopScreenAndIsCentred)
{
    // 1366x768 with a 28 px panel: the window must fit, not open at 1500x950.
    const QRect laptop(0, 28, 1366, 740);
    const QRect first = WindowPlacement::firstGeometry(laptop);
    EXPECT_TRUE(laptop.contains(first)) << first.width() << "x" << first.height();
    EXPECT_LT(first.width(), WindowPlacement::kPreferredSize.width());
    EXPECT_LT(first.height(), WindowPlacement::kPreferredSize.height());
    EXPECT_GE(first.width(), laptop.width() - 40) << "the map still gets most of the screen";
    EXPECT_LE(std::abs(first.center().x() - laptop.center().x()), 1);
    EXPECT_LE(std::abs(first.center().y() - laptop.center().y()), 1);
    // A large screen gets the preferred size.
    const QRect desktop(0, 0, 2560, 1400);
    EXPECT_EQ(WindowPlacement::firstGeometry(desktop).size(), WindowPlacement::kPreferredSize);
    // A second screen to the right: the window opens on it.
    const QRect right(1920, 0, 1920, 1050);
    EXPECT_TRUE(right.contains(WindowPlacement::firstGeometry(right)));
}

TEST(WindowPlacement, RestoredGeometryIsBroughtBackOnScreen)
{
    const QRect laptop(0, 0, 1366, 740);
    // Saved on a larger monitor, partly beyond the laptop's edges.
    const QRect saved(900, 400, 1500, 950);
    const QRect clamped = WindowPlacement::clamped(saved, laptop);
    EXPECT_TRUE(laptop.contains(clamped));
    EXPECT_EQ(clamped.size(), QSize(1366, 740)) << "shrunk to the screen";
    // Saved on a screen to the left that is gone.
    const QRect gone(-1700, 100, 800, 600);
    const QRect back = WindowPlacement::clamped(gone, laptop);
    EXPECT_TRUE(laptop.contains(back));
    EXPECT_EQ(back.size(), QSize(800, 600)) << "a window that fits keeps its size";
    // Already on screen: unchanged.
    const QRect inside(100, 50, 800, 600);
    EXPECT_EQ(WindowPlacement::clamped(inside, laptop), inside);
}

TEST(MainWindowExport, ANameWithoutExtensionGetsTheChosenFiltersOne)
{
    EXPECT_EQ(MainWindow::withFilterExtension(QStringLiteral("/tmp/map"), QStringLiteral("SVG image (*.svg)")),
              QStringLiteral("/tmp/map.svg"));
    EXPECT_EQ(MainWindow::withFilterExtension(QStringLiteral("/tmp/map"), QStringLiteral("PDF document (*.pdf)")),
              QStringLiteral("/tmp/map.pdf"));
    EXPECT_EQ(MainWindow::withFilterExtension(QStringLiteral("/tmp/map.png"), QStringLiteral("PDF document (*.pdf)")),
              QStringLiteral("/tmp/map.png"))
        << "a typed extension wins";
    EXPECT_EQ(MainWindow::withFilterExtension(QStringLiteral("/tmp/a.b/map"), QStringLiteral("PNG image (*.png)")),
              QStringLiteral("/tmp/a.b/map.png"))
        << "a dot in a folder name is not an extension";
}
