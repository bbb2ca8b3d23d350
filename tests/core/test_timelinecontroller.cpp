#include "testpackage.h"
#include "timelinecontroller.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace {
const QDate kStart(2016, 9, 19);
const QDate kEnd(2016, 12, 22);
} // namespace

TEST(TimelineController, SetRangeStartsAtTheFirstDay)
{
    TimelineController c;
    QSignalSpy range(&c, &TimelineController::rangeChanged);
    QSignalSpy date(&c, &TimelineController::currentDateChanged);
    c.setRange(kStart, kEnd);
    EXPECT_EQ(range.count(), 1);
    EXPECT_EQ(date.count(), 1);
    EXPECT_EQ(c.currentDate(), kStart);
    EXPECT_EQ(c.dayCount(), 95);
    c.setRange(kStart, kEnd);
    EXPECT_EQ(range.count(), 1) << "an unchanged range emits nothing";
}

TEST(TimelineController, SetCurrentDateClampsAndEmitsOnce)
{
    TimelineController c;
    c.setRange(kStart, kEnd);
    QSignalSpy spy(&c, &TimelineController::currentDateChanged);
    c.setCurrentDate({2016, 11, 27});
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toDate(), QDate(2016, 11, 27));
    c.setCurrentDate({2016, 11, 27});
    EXPECT_EQ(spy.count(), 1) << "same date: no signal";
    c.setCurrentDate({2017, 5, 1});
    EXPECT_EQ(c.currentDate(), kEnd);
    c.setCurrentDate({2015, 1, 1});
    EXPECT_EQ(c.currentDate(), kStart);
    EXPECT_EQ(spy.count(), 3);
    c.setCurrentDate(QDate());
    EXPECT_EQ(c.currentDate(), kStart) << "an invalid date is ignored";
    EXPECT_EQ(spy.count(), 3);
}

TEST(TimelineController, NarrowingTheRangeClampsTheCurrentDate)
{
    TimelineController c;
    c.setRange(kStart, kEnd);
    c.setCurrentDate({2016, 12, 20});
    QSignalSpy spy(&c, &TimelineController::currentDateChanged);
    c.setRange({2016, 12, 1}, {2016, 12, 10});
    EXPECT_EQ(c.currentDate(), QDate(2016, 12, 10));
    EXPECT_EQ(spy.count(), 1);
    c.setRange({2016, 12, 31}, {2016, 12, 25}); // reversed: swapped
    EXPECT_EQ(c.start(), QDate(2016, 12, 25));
    EXPECT_EQ(c.currentDate(), QDate(2016, 12, 25));
}

TEST(TimelineController, StepAndDayIndex)
{
    TimelineController c;
    c.setRange(kStart, kEnd);
    c.stepDays(3);
    EXPECT_EQ(c.currentDate(), QDate(2016, 9, 22));
    EXPECT_EQ(c.dayIndex(), 3);
    c.setDayIndex(94);
    EXPECT_EQ(c.currentDate(), kEnd);
    c.stepDays(1);
    EXPECT_EQ(c.currentDate(), kEnd);
    c.setDayIndex(-5);
    EXPECT_EQ(c.currentDate(), kStart);
}

TEST(TimelineController, SpeedIsClampedAndSignalledOnce)
{
    TimelineController c;
    QSignalSpy spy(&c, &TimelineController::speedChanged);
    c.setSpeed(10);
    c.setSpeed(10);
    EXPECT_EQ(spy.count(), 1);
    c.setSpeed(1000);
    EXPECT_EQ(c.speed(), TimelineController::kMaxSpeed);
    c.setSpeed(0);
    EXPECT_EQ(c.speed(), TimelineController::kMinSpeed);
}

TEST(TimelineController, PlaybackAdvancesDayByDayAndStopsAtTheEnd)
{
    TimelineController c;
    c.setRange({2016, 12, 18}, kEnd);
    c.setSpeed(TimelineController::kMaxSpeed);
    QSignalSpy dates(&c, &TimelineController::currentDateChanged);
    QSignalSpy playing(&c, &TimelineController::playingChanged);
    c.setPlaying(true);
    EXPECT_TRUE(c.isPlaying());
    ASSERT_TRUE(playing.wait(5000)) << "playback never stopped";
    EXPECT_FALSE(c.isPlaying());
    EXPECT_EQ(c.currentDate(), kEnd);
    ASSERT_EQ(dates.count(), 4);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(dates.at(i).at(0).toDate(), QDate(2016, 12, 19 + i));
}

TEST(TimelineController, PlayingFromTheLastDayRestartsAtTheFirst)
{
    TimelineController c;
    c.setRange(kStart, kEnd);
    c.setCurrentDate(kEnd);
    c.setPlaying(true);
    EXPECT_EQ(c.currentDate(), kStart);
    EXPECT_TRUE(c.isPlaying());
    c.togglePlaying();
    EXPECT_FALSE(c.isPlaying());
}
