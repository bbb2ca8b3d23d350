// A district's appearance on a day: the one query the map, the panels and the
// command line share. Checked on the Aleppo package, on small campaigns built
// in code, and against a slow definition on large synthetic campaigns.
#include "campaignloader.h"
#include "controltimeline.h"
#include "syntheticcampaign.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString kGovernment = QStringLiteral("government");
const QString kOpposition = QStringLiteral("opposition");

class AleppoAppearance : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
        ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
        s_timeline = new ControlTimeline(r.campaign, ControlTimeline::Sources::ArticleOnly);
    }
    static void TearDownTestSuite()
    {
        delete s_timeline;
        s_timeline = nullptr;
    }
    static DistrictAppearance at(const char *id, QDate date)
    {
        const int index = s_timeline->campaign()->districtIndex(QLatin1String(id));
        EXPECT_GE(index, 0) << id;
        return s_timeline->appearanceAt(index, date);
    }
    static const ControlTimeline *s_timeline;
};
const ControlTimeline *AleppoAppearance::s_timeline = nullptr;

struct Change
{
    const char *district;
    QDate date;
    const char *control;
    Basis basis;
    const char *leading = "";
    QStringList contestants = {};
};

std::shared_ptr<Campaign> campaignOf(const QList<Change> &list)
{
    auto c = std::make_shared<Campaign>();
    c->start = QDate(2020, 1, 1);
    c->end = QDate(2020, 1, 31);
    c->sides = {Side{QStringLiteral("red"), {}, Qt::red}, Side{QStringLiteral("blue"), {}, Qt::blue},
                Side{QStringLiteral("green"), {}, Qt::green}};
    c->districts = {District{QStringLiteral("a"), {}, {}}, District{QStringLiteral("b"), {}, {}}};
    for (const Change &x : list) {
        ControlChange ch;
        ch.district = QLatin1String(x.district);
        ch.date = x.date;
        ch.control = QLatin1String(x.control);
        ch.leading = QLatin1String(x.leading);
        ch.basis = x.basis;
        ch.contestants = x.contestants;
        ch.order = int(c->changes.size());
        c->changes.append(ch);
    }
    c->buildIndex();
    return c;
}

// The rules written the slow way, from the district's history: the reference
// the timeline's precomputed answers are checked against.
QStringList slowContestants(const ControlTimeline &t, int district, QDate date)
{
    const ControlState state = t.stateAt(district, date);
    QStringList out;
    if (!state.isValid() || state.control != kContested)
        return out;
    const auto &changes = t.campaign()->changes;
    const QList<int> history = t.history(district);
    int k = 0;
    while (&changes.at(history.at(k)) != state.change)
        ++k;
    auto add = [&](const QString &side) {
        if (!side.isEmpty() && side != kContested && !out.contains(side))
            out.append(side);
    };
    add(state.leading);
    for (int i = k - 1; i >= 0; --i) {
        if (changes.at(history.at(i)).control != kContested) {
            add(changes.at(history.at(i)).control);
            break;
        }
    }
    for (int i = k + 1; i < history.size(); ++i) {
        if (changes.at(history.at(i)).control != kContested) {
            add(changes.at(history.at(i)).control);
            break;
        }
    }
    const QStringList &named = state.change->contestants;
    if (!named.isEmpty()) {
        QStringList kept;
        for (const QString &side : out) {
            if (named.contains(side))
                kept.append(side);
        }
        out = kept;
        for (const QString &side : named)
            add(side);
    }
    return out;
}

bool slowChangedToday(const ControlTimeline &t, int district, QDate date)
{
    const ControlState on = t.stateAt(district, date);
    const ControlState before = t.stateAt(district, date.addDays(-1));
    return t.changedOn(district, date) && before.isValid()
           && (before.control != on.control || before.leading != on.leading);
}

} // namespace

TEST_F(AleppoAppearance, HananoOn26NovemberChangedTodayAndStated)
{
    const DistrictAppearance a = at("hanano", {2016, 11, 26});
    ASSERT_TRUE(a.isKnown());
    EXPECT_EQ(a.control, kGovernment);
    EXPECT_EQ(a.basis, Basis::Stated);
    EXPECT_TRUE(a.changedToday);
    EXPECT_EQ(a.since, QDate(2016, 11, 26));
    ASSERT_NE(a.change, nullptr);
    EXPECT_FALSE(a.change->sources.isEmpty()) << "a stated change cites the article";
    EXPECT_FALSE(a.isContested());
    EXPECT_TRUE(a.contestants.isEmpty());
    EXPECT_FALSE(a.disputed) << "reserved: no data produces it yet";

    const DistrictAppearance next = at("hanano", {2016, 11, 27});
    EXPECT_FALSE(next.changedToday);
    EXPECT_EQ(next.since, QDate(2016, 11, 26));
    EXPECT_EQ(next.change, a.change);
    const DistrictAppearance before = at("hanano", {2016, 11, 25});
    EXPECT_EQ(before.control, kOpposition);
    EXPECT_EQ(before.basis, Basis::Inferred);
}

TEST_F(AleppoAppearance, HandaratOn24SeptemberContestedWithTheRecordedLeadingSide)
{
    const DistrictAppearance a = at("handarat", {2016, 9, 24});
    EXPECT_TRUE(a.isContested());
    EXPECT_EQ(a.leading, kOpposition) << "control.json: \"leading\": \"opposition\"";
    EXPECT_EQ(a.basis, Basis::Stated);
    EXPECT_EQ(a.contestants, (QStringList{kOpposition, kGovernment})) << "the leading side first";
    // Contested without a leader the day before: the look changed.
    EXPECT_TRUE(a.changedToday);
    EXPECT_EQ(a.change->leading, kOpposition);
}

TEST_F(AleppoAppearance, HandaratOn23SeptemberContestantsInTheOrderTheyHeldIt)
{
    // control.json names ["government", "opposition"]; the opposition held it
    // before, the government took it after: that order wins.
    const DistrictAppearance a = at("handarat", {2016, 9, 23});
    EXPECT_TRUE(a.isContested());
    EXPECT_TRUE(a.leading.isEmpty());
    EXPECT_EQ(a.contestants, (QStringList{kOpposition, kGovernment}));
    EXPECT_EQ(a.change->contestants, (QStringList{kGovernment, kOpposition}));
}

TEST_F(AleppoAppearance, HousingProjectContestantsOnlyThePackageNames)
{
    // Government before and after: only the change's own "contestants" bring the opposition in.
    const DistrictAppearance a = at("housing-1070", {2016, 11, 1});
    EXPECT_TRUE(a.isContested());
    EXPECT_EQ(a.contestants, (QStringList{kGovernment, kOpposition}));
    // The article never says when the project was lost: the date is a guess, so approximate.
    EXPECT_EQ(a.basis, Basis::Approximate);
    EXPECT_FALSE(a.changedToday);
    EXPECT_EQ(a.since, QDate(2016, 10, 28));
}

TEST_F(AleppoAppearance, UnknownBeforeTheFirstChangeAndInitialStatesAreNotChanges)
{
    for (const DistrictAppearance &a : s_timeline->appearancesAt({2016, 9, 18})) {
        EXPECT_FALSE(a.isKnown());
        EXPECT_TRUE(a.control.isEmpty());
        EXPECT_FALSE(a.since.isValid());
        EXPECT_EQ(a, DistrictAppearance()) << "all unknown districts look alike";
    }
    for (const DistrictAppearance &a : s_timeline->appearancesAt({2016, 9, 19})) {
        EXPECT_TRUE(a.isKnown());
        EXPECT_FALSE(a.changedToday);
    }
}

TEST_F(AleppoAppearance, ChangedOn27NovemberExactlyTheDistrictsTheArticleNames)
{
    const QList<DistrictAppearance> all = s_timeline->appearancesAt({2016, 11, 27});
    ASSERT_EQ(all.size(), s_timeline->campaign()->districts.size());
    QStringList changed;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).changedToday)
            changed.append(s_timeline->campaign()->districts.at(i).id);
    }
    changed.sort();
    EXPECT_EQ(changed, (QStringList{QStringLiteral("ard-al-hamra"), QStringLiteral("ayn-al-tal"),
                                    QStringLiteral("jabal-badro")}));
}

TEST(DistrictAppearance, ARestatementOnAnotherBasisIsNotAChangeButLooksDifferent)
{
    const ControlTimeline t(campaignOf({{"a", {2020, 1, 1}, "red", Basis::Approximate},
                                        {"a", {2020, 1, 5}, "red", Basis::Stated},
                                        {"a", {2020, 1, 9}, "blue", Basis::Stated}}));
    const DistrictAppearance restated = t.appearanceAt(0, {2020, 1, 5});
    EXPECT_TRUE(t.changedOn(0, {2020, 1, 5}));
    EXPECT_FALSE(restated.changedToday) << "same control: no change to outline";
    EXPECT_EQ(restated.since, QDate(2020, 1, 1));
    EXPECT_NE(restated, t.appearanceAt(0, {2020, 1, 4})) << "the basis is part of the look";
    EXPECT_EQ(t.appearanceAt(0, {2020, 1, 6}), t.appearanceAt(0, {2020, 1, 8})) << "same look, though the dates differ";
    EXPECT_TRUE(t.appearanceAt(0, {2020, 1, 9}).changedToday);
    EXPECT_NE(t.appearanceAt(0, {2020, 1, 9}), t.appearanceAt(0, {2020, 1, 10})) << "changed today is part of the look";
}

TEST(DistrictAppearance, SameDayChangesBackToTheSameControlAreNotAChange)
{
    const ControlTimeline t(campaignOf({{"a", {2020, 1, 1}, "red", Basis::Stated},
                                        {"a", {2020, 1, 4}, "blue", Basis::Stated},
                                        {"a", {2020, 1, 4}, "red", Basis::Stated}}));
    EXPECT_FALSE(t.appearanceAt(0, {2020, 1, 4}).changedToday) << "the day ends as it began";
    EXPECT_EQ(t.appearanceAt(0, {2020, 1, 4}).control, QStringLiteral("red"));
}

TEST(DistrictAppearance, ContestantsLeadingFirstThenBeforeAndAfter)
{
    const ControlTimeline t(campaignOf({{"a", {2020, 1, 1}, "red", Basis::Stated},
                                        {"a", {2020, 1, 3}, "contested", Basis::Stated},
                                        {"a", {2020, 1, 5}, "contested", Basis::Stated, "blue"},
                                        {"a", {2020, 1, 7}, "blue", Basis::Stated},
                                        {"b", {2020, 1, 2}, "contested", Basis::Inferred},
                                        {"b", {2020, 1, 6}, "green", Basis::Inferred}}));
    const QString red = QStringLiteral("red");
    const QString blue = QStringLiteral("blue");
    EXPECT_EQ(t.appearanceAt(0, {2020, 1, 3}).contestants, (QStringList{red, blue}));
    EXPECT_EQ(t.appearanceAt(0, {2020, 1, 5}).contestants, (QStringList{blue, red}));
    EXPECT_TRUE(t.appearanceAt(0, {2020, 1, 7}).contestants.isEmpty()) << "not contested";
    // Nothing before the contest: only the side that took it after is known.
    EXPECT_EQ(t.appearanceAt(1, {2020, 1, 2}).contestants, QStringList{QStringLiteral("green")});
}

TEST(DistrictAppearance, NamedContestantsReplaceTheSidesTheHistorySuggests)
{
    const ControlTimeline t(campaignOf(
        {{"a", {2020, 1, 1}, "red", Basis::Stated},
         {"a", {2020, 1, 3}, "contested", Basis::Stated, "", {QStringLiteral("green"), QStringLiteral("blue")}},
         {"a", {2020, 1, 7}, "blue", Basis::Stated}}));
    EXPECT_EQ(t.appearanceAt(0, {2020, 1, 4}).contestants,
              (QStringList{QStringLiteral("blue"), QStringLiteral("green")}))
        << "red is not named; blue (held after) before green (named only)";
}

TEST(DistrictAppearance, OutOfRangeQueriesAreUnknown)
{
    const ControlTimeline t(campaignOf({{"a", {2020, 1, 1}, "red", Basis::Stated}}));
    EXPECT_FALSE(t.appearanceAt(-1, {2020, 1, 2}).isKnown());
    EXPECT_FALSE(t.appearanceAt(2, {2020, 1, 2}).isKnown());
    EXPECT_FALSE(t.appearanceAt(0, QDate()).isKnown());
    EXPECT_FALSE(t.appearanceAt(1, {2020, 1, 2}).isKnown()) << "no change for b";
    EXPECT_FALSE(ControlTimeline().appearanceAt(0, {2020, 1, 2}).isKnown());
    EXPECT_TRUE(ControlTimeline().appearancesAt({2020, 1, 2}).isEmpty());
}

TEST(DistrictAppearance, SyntheticCampaignAgreesWithTheSlowDefinition)
{
    QTemporaryDir dir;
    ASSERT_TRUE(SyntheticCampaign::write(dir.path(), {200, 4000, 50, 11}).isEmpty());
    const CampaignLoadResult r = CampaignLoader::load(dir.path());
    ASSERT_TRUE(r.ok()) << r.errorString().left(2000).toStdString();
    const ControlTimeline t(r.campaign, ControlTimeline::Sources::ArticleOnly);
    int contested = 0;
    int changed = 0;
    for (QDate day = r.campaign->start; day <= r.campaign->end; day = day.addDays(1)) {
        const QList<DistrictAppearance> all = t.appearancesAt(day);
        for (int i = 0; i < t.districtCount(); ++i) {
            const DistrictAppearance &a = all.at(i);
            const ControlState s = t.stateAt(i, day);
            ASSERT_EQ(a.change, s.change);
            ASSERT_EQ(a.control, s.control);
            ASSERT_EQ(a.leading, s.leading);
            ASSERT_EQ(a.since, s.since);
            const std::string where = std::to_string(i) + " " + day.toString(Qt::ISODate).toStdString();
            ASSERT_EQ(a.contestants, slowContestants(t, i, day)) << where;
            ASSERT_EQ(a.changedToday, slowChangedToday(t, i, day)) << where;
            contested += a.isContested() ? 1 : 0;
            changed += a.changedToday ? 1 : 0;
        }
    }
    EXPECT_GT(contested, 0) << "the generator makes contested spells";
    EXPECT_GT(changed, 0);
}
