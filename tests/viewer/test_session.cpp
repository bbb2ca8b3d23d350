#include "campaignloader.h"
#include "testsupport.h"
#include "timelinecontroller.h"
#include "viewersession.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(ViewerSession, LoadsTheEmbeddedCampaignAtItsFirstDay)
{
    ViewerSession session;
    ASSERT_TRUE(session.loadCampaign(CampaignLoader::embeddedPath()));
    EXPECT_EQ(session.currentDate(), QDate(2016, 9, 19));
    EXPECT_EQ(session.controller()->start(), QDate(2016, 9, 19));
    EXPECT_EQ(session.controller()->end(), QDate(2016, 12, 22));
}

TEST(ViewerSession, BrokenPackageKeepsTheCurrentCampaignDateAndSelection)
{
    ViewerSession session;
    ASSERT_TRUE(session.loadCampaign(CampaignLoader::embeddedPath()));
    session.setCurrentDate(QDate(2016, 11, 27));
    ASSERT_TRUE(session.setSelectedDistrict(QStringLiteral("hanano")));
    const auto before = session.campaign();

    QTemporaryDir dir;
    ASSERT_TRUE(TestSupport::copyEmbeddedPackage(dir));
    ASSERT_TRUE(TestSupport::editPackageFile(dir, QStringLiteral("events.json"),
                                             QStringLiteral("\"kind\": \"statement\""),
                                             QStringLiteral("\"kind\": statement")));
    QSignalSpy changed(&session, &ViewerSession::campaignChanged);
    Diagnostics problems;
    EXPECT_FALSE(session.loadCampaign(dir.path(), &problems));
    ASSERT_FALSE(problems.isEmpty());
    const QRegularExpression position(QStringLiteral(R"(events\.json:\d+:\d+: )"));
    EXPECT_TRUE(position.match(problems.first().toString()).hasMatch()) << problems.first().toString().toStdString();

    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(session.campaign(), before);
    EXPECT_EQ(session.currentDate(), QDate(2016, 11, 27));
    EXPECT_EQ(session.selectedDistrict(), QStringLiteral("hanano"));
    EXPECT_FALSE(session.timeline()->history(before->districtIndex(QStringLiteral("hanano"))).isEmpty());
}

TEST(ViewerSession, EventsForDayFallsBackToTheLatestEarlierDay)
{
    ViewerSession session;
    ASSERT_TRUE(session.loadCampaign(CampaignLoader::embeddedPath()));
    const auto campaign = session.campaign();

    bool earlier = true;
    const QList<int> onDay = session.eventsForDay(QDate(2016, 9, 22), &earlier);
    EXPECT_FALSE(earlier);
    ASSERT_FALSE(onDay.isEmpty());
    for (int i : onDay)
        EXPECT_TRUE(campaign->events.at(i).covers(QDate(2016, 9, 22)));

    // Find a day without events and check the fallback is the latest earlier one.
    QDate empty;
    for (QDate d = campaign->start.addDays(1); d <= campaign->end && !empty.isValid(); d = d.addDays(1)) {
        bool any = false;
        for (const CampaignEvent &e : campaign->events)
            any = any || e.covers(d);
        if (!any)
            empty = d;
    }
    ASSERT_TRUE(empty.isValid());
    const QList<int> fallback = session.eventsForDay(empty, &earlier);
    EXPECT_TRUE(earlier);
    ASSERT_FALSE(fallback.isEmpty());
    const CampaignEvent &shown = campaign->events.at(fallback.first());
    EXPECT_LT(shown.date, empty);
    for (const CampaignEvent &e : campaign->events) {
        const QDate last = e.endDate.isValid() ? e.endDate : e.date;
        if (last < empty) {
            EXPECT_LE(last, shown.isRange() ? shown.endDate : shown.date);
        }
    }
}

TEST(ViewerSession, StepsBetweenEventsAndToTheEnds)
{
    ViewerSession session;
    ASSERT_TRUE(session.loadCampaign(CampaignLoader::embeddedPath()));
    session.setCurrentDate(QDate(2016, 9, 19));
    session.goToNextEvent();
    EXPECT_EQ(session.currentDate(), QDate(2016, 9, 22));
    session.goToPreviousEvent();
    EXPECT_EQ(session.currentDate(), QDate(2016, 9, 19));
    session.goToLastDay();
    EXPECT_EQ(session.currentDate(), QDate(2016, 12, 22));
    session.goToNextEvent();
    EXPECT_EQ(session.currentDate(), QDate(2016, 12, 22)) << "no event after the last day";
    session.goToFirstDay();
    EXPECT_EQ(session.currentDate(), QDate(2016, 9, 19));
    EXPECT_FALSE(session.setSelectedDistrict(QStringLiteral("atlantis")));
    EXPECT_TRUE(session.selectedDistrict().isEmpty());
}
