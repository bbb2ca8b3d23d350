// Part claims that name a merged district's neighbourhoods: the loader's checks,
// and the whole-district change they make together (PartCoverage).
#include "campaignloader.h"
#include "controltimeline.h"
#include "reportpackage.h"

#include <gtest/gtest.h>

namespace {

const QString kGovernment = QStringLiteral("government");
const QString kOpposition = QStringLiteral("opposition");

constexpr const char
    *kGamma = R"({"id": "gamma", "name": {"en": "Gamma", "zh": "丙區"}, "centroid": {"lat": 36.22, "lon": 37.14}})";
constexpr const char *kGammaWithMembers =
    R"({"id": "gamma", "name": {"en": "Gamma", "zh": "丙區"}, "centroid": {"lat": 36.22, "lon": 37.14},
   "neighbourhoods": [{"id": "gamma-north", "name": {"en": "Gamma North"}}, {"id": "gamma-south", "name": {"en": "Gamma South", "ar": "جنوب"}}]})";
constexpr const char *kNorthClaim = R"("places": ["Gamma North"], )";
constexpr const char *kNorthNamed = R"("places": ["Gamma North"], "neighbourhoods": ["gamma-north"], )";

class PartCoverageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_package.replace("districts.json", kGamma, kGammaWithMembers);
        m_package.replace("reports.json", kNorthClaim, kNorthNamed);
    }
    // Adds a report published on @p day with one claim line @p claim, before the monitor's.
    void addReport(const char *id, const char *day, const QString &claim) const
    {
        const QString report =
            QStringLiteral(
                R"({"id": "%1", "outlet": {"name": "Paper %1", "type": "newspaper"}, "url": "https://paper.example/%1", "published": "%2",
  "claims": [
   %3
  ]},
 {"id": "monitor-1")")
                .arg(QLatin1String(id), QLatin1String(day), claim);
        m_package.replace("reports.json", R"({"id": "monitor-1")", report.toUtf8().constData());
    }
    static QString partClaim(const char *day, const char *control, const char *members)
    {
        return QStringLiteral(
                   R"({"date": "%1", "districts": ["gamma"], "control": "%2", "part": true, "places": ["x"], "neighbourhoods": [%3], "summary": {"en": "Part of gamma."}})")
            .arg(QLatin1String(day), QLatin1String(control), QLatin1String(members));
    }
    std::shared_ptr<const Campaign> load() const
    {
        const CampaignLoadResult r = CampaignLoader::load(m_package.path());
        EXPECT_TRUE(r.ok()) << r.errorString().toStdString();
        return r.campaign;
    }
    QStringList problems() const
    {
        const CampaignLoadResult r = CampaignLoader::load(m_package.path());
        EXPECT_EQ(r.campaign, nullptr) << "a package with problems must not load";
        QStringList out;
        for (const Diagnostic &d : r.problems)
            out.append(d.toString().mid(m_package.path().size() + 1));
        return out;
    }

    ReportPackage m_package;
};

} // namespace

TEST_F(PartCoverageTest, DistrictsListTheirNeighbourhoods)
{
    const auto c = load();
    ASSERT_NE(c, nullptr);
    const District *gamma = c->district(QStringLiteral("gamma"));
    ASSERT_EQ(gamma->neighbourhoods.size(), 2);
    EXPECT_EQ(gamma->neighbourhoods.at(1).id, QStringLiteral("gamma-south"));
    EXPECT_EQ(gamma->neighbourhoods.at(1).name.ar, QStringLiteral("جنوب"));
    EXPECT_EQ(gamma->neighbourhoodIndex(QStringLiteral("gamma-north")), 0);
    EXPECT_EQ(c->district(QStringLiteral("alpha"))->neighbourhoods.size(), 0);
}

TEST_F(PartCoverageTest, BadNeighbourhoodsAreRefusedWhereTheyStand)
{
    m_package.replace("districts.json", R"("gamma-south", "name": {"en": "Gamma South", "ar": "جنوب"}})",
                      R"("gamma-north", "name": {"en": "Gamma South"}})");
    const QStringList p = problems();
    ASSERT_EQ(p.size(), 1) << p.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(p.first().startsWith(
        QStringLiteral("districts.json:%1:").arg(m_package.lineOf("districts.json", "Gamma South"))))
        << p.first().toStdString();
    EXPECT_TRUE(p.first().contains(QStringLiteral("duplicate neighbourhood id \"gamma-north\"")))
        << p.first().toStdString();
}

TEST_F(PartCoverageTest, AClaimNamesOnlyNeighbourhoodsOfItsDistrictsAndOnlyWithPartAndASide)
{
    addReport("bad-1", "2016-09-24", partClaim("2016-09-24", "government", R"("gamma-west")"));
    addReport(
        "bad-2", "2016-09-24",
        QStringLiteral(
            R"({"date": "2016-09-24", "districts": ["gamma"], "control": "government", "neighbourhoods": ["gamma-south"], "summary": {"en": "Whole."}})"));
    addReport("bad-3", "2016-09-24", partClaim("2016-09-24", "contested", R"("gamma-south")"));
    const QStringList p = problems();
    ASSERT_EQ(p.size(), 3) << p.join(QLatin1Char('\n')).toStdString();
    const auto lineOf = [&](const char *report) {
        return QStringLiteral("reports.json:%1:").arg(m_package.lineOf("reports.json", report) + 2);
    };
    const QString all = p.join(QLatin1Char('\n'));
    EXPECT_EQ(p.filter(QStringLiteral("\"gamma-west\" is not a neighbourhood of the claim's districts")).size(), 1)
        << all.toStdString();
    EXPECT_EQ(p.filter(QStringLiteral("needs \"part\": true and a side")).size(), 2) << all.toStdString();
    for (const char *report : {"\"bad-1\"", "\"bad-2\"", "\"bad-3\""})
        EXPECT_EQ(p.filter(lineOf(report)).size(), 1) << report << '\n' << all.toStdString();
}

TEST_F(PartCoverageTest, EveryNeighbourhoodNamedForOneSideMakesTheDistrictThatSides)
{
    // 23 Sep: the group says north Gamma was entered; 24 Sep: a paper names the south.
    addReport("paper-1", "2016-09-24", partClaim("2016-09-24", "government", R"("gamma-south")"));
    const auto c = load();
    ASSERT_NE(c, nullptr);
    const ControlTimeline t(c);
    const int gamma = c->districtIndex(QStringLiteral("gamma"));
    EXPECT_TRUE(t.appearanceAt(gamma, {2016, 9, 23}).isContested());
    const DistrictAppearance on24 = t.appearanceAt(gamma, {2016, 9, 24});
    EXPECT_EQ(on24.control, kGovernment);
    EXPECT_EQ(on24.basis, Basis::Reported);
    ASSERT_NE(on24.change, nullptr);
    EXPECT_TRUE(on24.change->partSide.isEmpty());
    // It rests on both part claims, and says so in both languages.
    ASSERT_EQ(on24.change->covering.size(), 2);
    QStringList reports;
    for (int k : on24.change->covering)
        reports.append(c->reports.at(c->changes.at(k).report).id);
    reports.sort();
    EXPECT_EQ(reports, (QStringList{QStringLiteral("group-1"), QStringLiteral("paper-1")}));
    EXPECT_TRUE(on24.change->note.en.contains(QStringLiteral("Gamma South (Paper paper-1, 2016-09-24)")))
        << on24.change->note.en.toStdString();
    EXPECT_FALSE(on24.change->note.zh.isEmpty());
    // The article alone never sees it.
    const ControlTimeline article(c, ControlTimeline::Sources::ArticleOnly);
    EXPECT_EQ(article.appearanceAt(gamma, {2016, 9, 24}).control, kOpposition);
}

TEST_F(PartCoverageTest, ALaterClaimForTheOtherSideUndoesTheCoverage)
{
    addReport("paper-1", "2016-09-24", partClaim("2016-09-24", "government", R"("gamma-south")"));
    addReport("paper-2", "2016-09-25", partClaim("2016-09-25", "opposition", R"("gamma-north")"));
    const auto c = load();
    ASSERT_NE(c, nullptr);
    const ControlTimeline t(c);
    const int gamma = c->districtIndex(QStringLiteral("gamma"));
    EXPECT_EQ(t.appearanceAt(gamma, {2016, 9, 24}).control, kGovernment);
    const DistrictAppearance on25 = t.appearanceAt(gamma, {2016, 9, 25});
    EXPECT_TRUE(on25.isContested());
    EXPECT_TRUE(on25.contestants.contains(kOpposition));
}

TEST_F(PartCoverageTest, NamingSomeNeighbourhoodsLeavesTheDistrictContested)
{
    // The north twice, by two papers: the south is never named.
    addReport("paper-1", "2016-09-24", partClaim("2016-09-24", "government", R"("gamma-north")"));
    const auto c = load();
    ASSERT_NE(c, nullptr);
    const ControlTimeline t(c);
    const int gamma = c->districtIndex(QStringLiteral("gamma"));
    for (const QDate day : {QDate(2016, 9, 23), QDate(2016, 9, 24), QDate(2016, 9, 25)})
        EXPECT_TRUE(t.appearanceAt(gamma, day).isContested()) << day.toString(Qt::ISODate).toStdString();
    for (const ControlChange &change : c->changes)
        EXPECT_TRUE(change.covering.isEmpty());
}

TEST_F(PartCoverageTest, ADistrictSplitNeighbourhoodByNeighbourhoodIsContestedBetweenTheSidesHoldingThem)
{
    // As Hellok and Sheikh Fares in late November 2016: one neighbourhood
    // reported taken by the government, the other by Kurdish forces.
    const QString kurdish = QStringLiteral("kurdish");
    m_package.replace(
        "campaign.json", R"("color": "#009E73"})",
        R"("color": "#009E73"}, {"id": "kurdish", "name": {"en": "Kurds", "zh": "庫爾德"}, "color": "#CC79A7"})");
    addReport("paper-1", "2016-09-24", partClaim("2016-09-24", "kurdish", R"("gamma-south")"));
    const auto c = load();
    ASSERT_NE(c, nullptr);
    const ControlTimeline t(c);
    const int gamma = c->districtIndex(QStringLiteral("gamma"));

    // The north reported the government's, the south not named: the opposition still holds it.
    const DistrictAppearance on23 = t.appearanceAt(gamma, {2016, 9, 23});
    ASSERT_TRUE(on23.isContested());
    EXPECT_EQ(on23.contestants, (QStringList{kOpposition, kGovernment}));

    // Both named, for two sides: contested between those two, and nobody else.
    const DistrictAppearance on24 = t.appearanceAt(gamma, {2016, 9, 24});
    ASSERT_TRUE(on24.isContested());
    EXPECT_EQ(on24.contestants.size(), 2);
    EXPECT_TRUE(on24.contestants.contains(kGovernment));
    EXPECT_TRUE(on24.contestants.contains(kurdish));
    EXPECT_FALSE(on24.contestants.contains(kOpposition)) << "no neighbourhood is said to be the opposition's";

    // The article alone knows nothing of it.
    const ControlTimeline article(c, ControlTimeline::Sources::ArticleOnly);
    EXPECT_EQ(article.appearanceAt(gamma, {2016, 9, 24}).control, kOpposition);
}
