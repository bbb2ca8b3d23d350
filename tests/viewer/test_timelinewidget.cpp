// The timeline strip on screen: a day step repaints only where the handle was
// and where it goes, and the window then shows what a whole repaint draws.
#include "campaignloader.h"
#include "pixelcount.h"
#include "testsupport.h"
#include "timelinecontroller.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QTest>

#include <gtest/gtest.h>

namespace {

/// The widget painted whole, now.
QImage repaintedWhole(QWidget &widget)
{
    return widget.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

TEST(TimelineWidgetOnScreen, ADayStepLeavesNoTraceOfTheOldHandle)
{
    const CampaignLoadResult loaded = CampaignLoader::load(CampaignLoader::embeddedPath());
    ASSERT_TRUE(loaded.ok());
    TimelineController controller;
    controller.setRange(loaded.campaign->start, loaded.campaign->end);
    QWidget window;
    auto *timeline = new TimelineWidget(&window);
    timeline->setController(&controller);
    timeline->setCampaign(loaded.campaign);
    timeline->setGeometry(10, 10, 900, timeline->sizeHint().height());
    window.resize(920, timeline->sizeHint().height() + 20);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QImage first = TestSupport::shownOnScreen(*timeline);
    ASSERT_EQ(PixelCount::differing(first, repaintedWhole(*timeline)), 0);

    // Single days, a jump, both ends (where the knob is pushed inside the strip), and back.
    const QDate start = controller.start();
    const QList<QDate> dates{start.addDays(1),
                             start.addDays(2),
                             start.addDays(40),
                             start.addDays(41),
                             controller.end(),
                             controller.end().addDays(-1),
                             start,
                             start.addDays(1)};
    for (const QDate &date : dates) {
        controller.setCurrentDate(date);
        const QImage onScreen = TestSupport::shownOnScreen(*timeline);
        EXPECT_EQ(PixelCount::differing(onScreen, repaintedWhole(*timeline)), 0)
            << date.toString(Qt::ISODate).toStdString();
    }
    // The step changed the picture at all (the test would pass on a frozen widget otherwise).
    EXPECT_GT(PixelCount::differing(first, TestSupport::shownOnScreen(*timeline)), 0);
}
