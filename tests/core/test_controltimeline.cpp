#include "campaignloader.h"
#include "controltimeline.h"
#include "testpackage.h"

#include <gtest/gtest.h>

namespace {

// A two-district campaign built in code, so the semantics are tested apart
// from the shipped data.
std::shared_ptr<Campaign> synthetic()
{
    auto c = std::make_shared<Campaign>();
    c->start = QDate(2020, 1, 1);
    c->end = QDate(2020, 1, 31);
    c->sides = {Side{QStringLiteral("red"), {}, Qt::red}, Side{QStringLiteral("blue"), {}, Qt::blue}};
    c->districts = {District{QStringLiteral("a"), {}, {}}, District{QStringLiteral("b"), {}, {}}};
    auto change = [&](const char *d, QDate date, const char *control, Basis basis, const char *leading = "") {
        ControlChange ch;
        ch.district = QLatin1String(d);
        ch.date = date;
        ch.control = QLatin1String(control);
        ch.leading = QLatin1String(leading);
        ch.basis = basis;
        ch.order = int(c->changes.size());
        c->changes.append(ch);
    };
    // Deliberately out of date order in the file; same-day changes in file order.
    change("a", {2020, 1, 10}, "blue", Basis::Stated);
    change("a", {2020, 1, 1}, "red", Basis::Approximate);
    change("a", {2020, 1, 10}, "contested", Basis::Stated, "red");
    change("a", {2020, 1, 20}, "contested", Basis::Inferred, "red");
    change("a", {2020, 1, 25}, "blue", Basis::Inferred);
    change("b", {2020, 1, 5}, "blue", Basis::Stated);
    c->buildIndex();
    return c;
}

} // namespace

TEST(ControlTimeline, StateIsTheLastChangeAtTheEndOfTheDay)
{
    const ControlTimeline t(synthetic());
    EXPECT_EQ(t.stateAt(0, {2020, 1, 9}).control, QStringLiteral("red"));
    // Both 10 Jan changes apply, in file order: the day ends contested.
    const ControlState s = t.stateAt(0, {2020, 1, 10});
    EXPECT_EQ(s.control, QStringLiteral("contested"));
    EXPECT_EQ(s.leading, QStringLiteral("red"));
    EXPECT_EQ(t.stateAt(0, {2020, 1, 31}).control, QStringLiteral("blue"));
}

TEST(ControlTimeline, BeforeTheFirstChangeTheStateIsUnknown)
{
    const ControlTimeline t(synthetic());
    EXPECT_FALSE(t.stateAt(1, {2020, 1, 4}).isValid());
    EXPECT_TRUE(t.stateAt(1, {2020, 1, 5}).isValid());
    EXPECT_FALSE(t.stateAt(0, {2019, 12, 31}).isValid());
    EXPECT_FALSE(t.stateAt(7, {2020, 1, 10}).isValid());
    EXPECT_FALSE(t.stateAt(0, QDate()).isValid());
}

TEST(ControlTimeline, SinceSpansChangesOfTheSameControl)
{
    const ControlTimeline t(synthetic());
    // 20 Jan re-states "contested, red leading" on another basis: still since 10 Jan.
    const ControlState s = t.stateAt(0, {2020, 1, 22});
    EXPECT_EQ(s.since, QDate(2020, 1, 10));
    EXPECT_EQ(s.basis, Basis::Inferred);
    EXPECT_EQ(t.stateAt(0, {2020, 1, 26}).since, QDate(2020, 1, 25));
}

TEST(ControlTimeline, HistoryListsChangesInTheOrderTheyApply)
{
    const auto c = synthetic();
    const ControlTimeline t(c);
    QStringList controls;
    for (int i : t.history(0))
        controls.append(c->changes.at(i).control);
    EXPECT_EQ(controls, (QStringList{QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("contested"),
                                     QStringLiteral("contested"), QStringLiteral("blue")}));
}

TEST(ControlTimeline, ChangedOnIsTrueOnlyOnAChangeDay)
{
    const ControlTimeline t(synthetic());
    EXPECT_TRUE(t.changedOn(0, {2020, 1, 10}));
    EXPECT_FALSE(t.changedOn(0, {2020, 1, 11}));
    EXPECT_TRUE(t.changedOn(1, {2020, 1, 5}));
    EXPECT_FALSE(t.changedOn(5, {2020, 1, 5}));
}

TEST(ControlTimeline, HandaratOnTwentyFourthSeptemberEndsContestedAfterBriefGovernmentControl)
{
    const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
    ASSERT_TRUE(r.ok());
    const ControlTimeline t(r.campaign, ControlTimeline::Sources::ArticleOnly);
    const int h = r.campaign->districtIndex(QStringLiteral("handarat"));
    const QList<int> history = t.history(h);
    ASSERT_EQ(history.size(), 5);
    const ControlChange &brief = r.campaign->changes.at(history.at(2));
    const ControlChange &night = r.campaign->changes.at(history.at(3));
    EXPECT_EQ(brief.date, QDate(2016, 9, 24));
    // "一度" (briefly): the whole camp was held for a while, which is never plain control.
    EXPECT_EQ(brief.control, kContested);
    EXPECT_EQ(brief.leading, QStringLiteral("government"));
    EXPECT_EQ(night.leading, QStringLiteral("opposition"));
    EXPECT_EQ(night.date, QDate(2016, 9, 24));
    EXPECT_EQ(night.control, kContested);
    const ControlState s = t.stateAt(h, {2016, 9, 24});
    EXPECT_EQ(s.change, &night);
    EXPECT_EQ(s.since, QDate(2016, 9, 24));
    EXPECT_EQ(t.stateAt(h, {2016, 9, 28}).since, QDate(2016, 9, 24));
    EXPECT_EQ(t.stateAt(h, {2016, 9, 29}).control, QStringLiteral("government"));
    EXPECT_EQ(t.stateAt(h, {2016, 9, 19}).basis, Basis::Inferred);
}

TEST(ControlTimeline, StatesAtCoversEveryDistrictInOrder)
{
    const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
    ASSERT_TRUE(r.ok());
    const ControlTimeline t(r.campaign, ControlTimeline::Sources::ArticleOnly);
    const QList<ControlState> states = t.statesAt({2016, 11, 27});
    ASSERT_EQ(states.size(), r.campaign->districts.size());
    const int hanano = r.campaign->districtIndex(QStringLiteral("hanano"));
    EXPECT_EQ(states.at(hanano).control, QStringLiteral("government"));
    EXPECT_EQ(states.at(hanano).since, QDate(2016, 11, 26));
}
