// reports.json: the loader's checks (every problem at its line, nothing loaded
// on error) and how the timeline merges reports with the article.
#include "campaignloader.h"
#include "controltimeline.h"
#include "reportpackage.h"
#include "testpackage.h"
#include "wording.h"

#include <gtest/gtest.h>

namespace {

const QString kGovernment = QStringLiteral("government");
const QString kOpposition = QStringLiteral("opposition");

class ReportsTest : public ::testing::Test
{
protected:
    QStringList problems() const
    {
        const CampaignLoadResult r = CampaignLoader::load(m_package.path());
        EXPECT_EQ(r.campaign, nullptr) << "a package with problems must not load";
        QStringList out;
        for (const Diagnostic &d : r.problems)
            out.append(d.toString().mid(m_package.path().size() + 1));
        return out;
    }
    // "reports.json:LINE:" where LINE is the line holding @p needle.
    QString at(const char *needle) const
    {
        const int line = m_package.lineOf("reports.json", needle);
        EXPECT_GT(line, 0) << needle;
        return QStringLiteral("reports.json:%1:").arg(line);
    }
    std::shared_ptr<const Campaign> load() const
    {
        const CampaignLoadResult r = CampaignLoader::load(m_package.path());
        EXPECT_TRUE(r.ok()) << r.errorString().toStdString();
        return r.campaign;
    }

    ReportPackage m_package;
};

void expectOneProblem(const QStringList &problems, const QString &where, const QString &message)
{
    ASSERT_EQ(problems.size(), 1) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.first().startsWith(where))
        << problems.first().toStdString() << " not at " << where.toStdString();
    EXPECT_TRUE(problems.first().contains(message)) << problems.first().toStdString();
}

} // namespace

TEST_F(ReportsTest, AValidPackageLoadsItsReportsAndTheirChanges)
{
    const auto c = load();
    ASSERT_NE(c, nullptr);
    ASSERT_EQ(c->reports.size(), 4);
    EXPECT_EQ(c->reports.at(0).outlet.type, QStringLiteral("news-agency"));
    EXPECT_EQ(c->reports.at(1).claims.at(1).places, QStringList{QStringLiteral("Gamma North")});
    EXPECT_TRUE(c->reports.at(3).claims.at(1).figure.present);
    EXPECT_TRUE(c->events.first().figure.present);
    // 5 article changes, then one per district of each claim with a control (the denial has none).
    ASSERT_EQ(c->changes.size(), 5 + 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_FALSE(c->changes.at(i).isReported());
    const ControlChange &part = c->changes.at(7);
    EXPECT_EQ(part.basis, Basis::Reported);
    EXPECT_EQ(part.control, kContested) << "part of a district is never a whole change";
    EXPECT_EQ(part.partSide, kGovernment);
    EXPECT_EQ(c->reports.at(part.report).id, QStringLiteral("group-1"));
    int r = -1;
    int k = -1;
    ASSERT_TRUE(c->findClaim(QStringLiteral("w1-beta"), &r, &k));
    EXPECT_EQ(r, 0);
    EXPECT_EQ(k, 0);
    EXPECT_EQ(c->reports.at(2).attribution(c->reports.at(2).claims.first()), QStringLiteral("State TV via Wire"));
}

TEST_F(ReportsTest, MalformedJsonNamesTheFileAndPosition)
{
    m_package.replace("reports.json", R"("outlet": {"name": "Monitor", "type": "monitor"},)",
                      R"("outlet": {"name": "Monitor", "type": "monitor"})");
    const QStringList p = problems();
    ASSERT_EQ(p.size(), 1);
    EXPECT_TRUE(p.first().startsWith(at(R"("name": "Monitor")"))) << p.first().toStdString();
    EXPECT_TRUE(p.first().contains(QStringLiteral("JSON syntax error"))) << p.first().toStdString();
}

TEST_F(ReportsTest, UnknownDistrictIsReportedAtTheClaim)
{
    m_package.replace("reports.json", R"("districts": ["alpha"], "control": "contested")",
                      R"("districts": ["delta"], "control": "contested")");
    expectOneProblem(problems(), at(R"(["delta"])"), QStringLiteral("unknown district \"delta\""));
}

TEST_F(ReportsTest, HostileAndNonWebUrlsAreRefused)
{
    for (const char *url : {"javascript:alert(1)", "file:///etc/passwd", "ftp://wire.example/1", "https://",
                            "https://wire.example/a b", "https://user:pw@wire.example/1"}) {
        ReportPackage package;
        package.replace("reports.json", "https://wire.example/1", url);
        const CampaignLoadResult r = CampaignLoader::load(package.path());
        ASSERT_EQ(r.campaign, nullptr) << url;
        ASSERT_EQ(r.problems.size(), 1) << url;
        EXPECT_EQ(r.problems.first().line, package.lineOf("reports.json", url)) << url;
        EXPECT_TRUE(r.problems.first().message.contains(QStringLiteral("http or https"))) << url;
    }
}

TEST_F(ReportsTest, ImpossibleDatesAndClaimsAfterPublicationAreRefused)
{
    m_package.replace("reports.json", R"("date": "2016-09-22", "districts": ["beta"])",
                      R"("date": "2016-09-31", "districts": ["beta"])");
    expectOneProblem(problems(), at("2016-09-31"), QStringLiteral("impossible date \"2016-09-31\""));

    ReportPackage later;
    later.replace("reports.json", R"("date": "2016-09-22", "districts": ["beta"])",
                  R"("date": "2016-09-24", "districts": ["beta"])");
    const CampaignLoadResult r = CampaignLoader::load(later.path());
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().line, later.lineOf("reports.json", "2016-09-24"));
    EXPECT_TRUE(r.problems.first().message.contains(QStringLiteral("after the report was published")));
}

TEST_F(ReportsTest, DenialsMustNameAClaimAboutTheSameDistrict)
{
    m_package.replace("reports.json", R"("denies": "w1-beta")", R"("denies": "w1-nothing")");
    expectOneProblem(problems(), at("w1-nothing"), QStringLiteral("\"denies\" names no claim: \"w1-nothing\""));

    ReportPackage elsewhere;
    elsewhere.replace("reports.json", R"("districts": ["beta"], "denies")", R"("districts": ["gamma"], "denies")");
    const CampaignLoadResult r = CampaignLoader::load(elsewhere.path());
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_TRUE(r.problems.first().message.contains(QStringLiteral("about none of this claim's districts")));
}

TEST_F(ReportsTest, FiguresAreChecked)
{
    m_package.replace("reports.json", R"("value": 0.5)", R"("value": 50)");
    expectOneProblem(problems(), at(R"("value": 50)"), QStringLiteral("a share is a number from 0 to 1"));
}

TEST_F(ReportsTest, EveryProblemIsReportedAtOnceAndNothingLoads)
{
    m_package.replace("reports.json", R"("type": "armed-group")", R"("type": "militia")");
    m_package.replace("reports.json", R"("control": "contested", "leading": "government")",
                      R"("control": "government", "leading": "government")");
    m_package.replace("reports.json", R"("control": "government", "part": true, "places")",
                      R"("part": true, "places")");
    m_package.replace("reports.json", R"("summary": {"en": "The monitor puts)",
                      R"("sumary": {"en": "The monitor puts)");
    const QStringList p = problems();
    const QString all = p.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("unknown outlet type \"militia\""))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("\"leading\" is only meaningful with \"contested\""))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("\"part\" needs a \"control\""))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("unknown key \"sumary\""))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("missing \"summary\""))) << all.toStdString();
    for (const QString &line : p)
        EXPECT_TRUE(line.startsWith(QStringLiteral("reports.json:"))) << line.toStdString();
}

TEST_F(ReportsTest, TheArticlesChangesCannotClaimTheReportedBasis)
{
    m_package.replace("control.json", R"("control": "government", "basis": "inferred")",
                      R"("control": "government", "basis": "reported")");
    const QStringList p = problems();
    ASSERT_EQ(p.size(), 1);
    EXPECT_TRUE(p.first().contains(QStringLiteral("belongs to reports.json"))) << p.first().toStdString();
}

TEST_F(ReportsTest, TheArticleIsShownOverASameDayReportThatDisagrees)
{
    const auto c = load();
    const ControlTimeline t(c);
    const int alpha = c->districtIndex(QStringLiteral("alpha"));
    const DistrictAppearance a = t.appearanceAt(alpha, {2016, 9, 20});
    EXPECT_EQ(a.control, kGovernment);
    EXPECT_EQ(a.basis, Basis::Stated);
    EXPECT_TRUE(a.disputed);
    const Disagreement d = t.disagreementAt(alpha, {2016, 9, 20});
    EXPECT_EQ(d.reason, Disagreement::Reason::ArticleFirst);
    EXPECT_EQ(d.since, QDate(2016, 9, 20));
    ASSERT_EQ(d.others.size(), 1);
    EXPECT_EQ(d.others.first()->control, kContested);
    EXPECT_TRUE(d.others.first()->isReported());
    // The disagreement stands until the district's next change; there is none.
    EXPECT_TRUE(t.appearanceAt(alpha, {2016, 9, 30}).disputed);
    EXPECT_FALSE(t.appearanceAt(alpha, {2016, 9, 19}).disputed);
}

TEST_F(ReportsTest, AReportFillsADayTheArticleLeavesEmptyAndADenialDoesNotMoveIt)
{
    const auto c = load();
    const ControlTimeline t(c);
    const int beta = c->districtIndex(QStringLiteral("beta"));
    const DistrictAppearance on22 = t.appearanceAt(beta, {2016, 9, 22});
    EXPECT_EQ(on22.control, kGovernment);
    EXPECT_EQ(on22.basis, Basis::Reported);
    EXPECT_TRUE(on22.changedToday);
    EXPECT_FALSE(on22.disputed);
    // The group's denial (no control of its own) marks the state; the map keeps it.
    const DistrictAppearance on23 = t.appearanceAt(beta, {2016, 9, 23});
    EXPECT_EQ(on23.control, kGovernment);
    EXPECT_EQ(on23.since, QDate(2016, 9, 22));
    EXPECT_FALSE(on23.changedToday);
    EXPECT_TRUE(on23.disputed);
    EXPECT_FALSE(t.changedOn(beta, {2016, 9, 23})) << "a denial is not a change";
    const Disagreement d = t.disagreementAt(beta, {2016, 9, 24});
    EXPECT_EQ(d.reason, Disagreement::Reason::DenialDoesNotMove);
    ASSERT_EQ(d.denials.size(), 1);
    EXPECT_EQ(c->reports.at(d.denials.first().first).id, QStringLiteral("group-1"));
    // The article's later inference agrees: the report stays the basis, and the dispute ends.
    const DistrictAppearance on25 = t.appearanceAt(beta, {2016, 9, 25});
    EXPECT_EQ(on25.basis, Basis::Reported);
    EXPECT_FALSE(on25.disputed);
    EXPECT_EQ(on25.since, QDate(2016, 9, 22));
    // The history lists the report and the article's inference, not the denial.
    QStringList history;
    for (int i : t.history(beta))
        history.append(basisName(c->changes.at(i).basis));
    EXPECT_EQ(history,
              (QStringList{QStringLiteral("approximate"), QStringLiteral("reported"), QStringLiteral("inferred")}));
}

TEST_F(ReportsTest, PartOfADistrictIsContestedAndAnIndependentSourceIsPreferredToAParty)
{
    const auto c = load();
    const ControlTimeline t(c);
    const int gamma = c->districtIndex(QStringLiteral("gamma"));
    const DistrictAppearance on23 = t.appearanceAt(gamma, {2016, 9, 23});
    EXPECT_TRUE(on23.isContested());
    // The side that held it first, then the side the report says took part of it.
    EXPECT_EQ(on23.contestants, (QStringList{kOpposition, kGovernment}));
    // State TV (relayed by a wire) says taken; the monitor says a third still held.
    const DistrictAppearance on26 = t.appearanceAt(gamma, {2016, 9, 26});
    EXPECT_TRUE(on26.isContested());
    EXPECT_EQ(on26.leading, kGovernment);
    EXPECT_TRUE(on26.disputed);
    const Disagreement d = t.disagreementAt(gamma, {2016, 9, 26});
    EXPECT_EQ(d.reason, Disagreement::Reason::IndependentOverParty);
    ASSERT_EQ(d.others.size(), 1);
    EXPECT_EQ(d.others.first()->control, kGovernment);
    EXPECT_EQ(c->reports.at(d.shown->report).id, QStringLiteral("monitor-1"));
    EXPECT_FALSE(Wording::disagreementReason(d.reason).isEmpty());
}

TEST_F(ReportsTest, OnlyArticleIgnoresEveryReport)
{
    const auto c = load();
    const ControlTimeline t(c, ControlTimeline::Sources::ArticleOnly);
    for (QDate d = c->start; d <= c->end; d = d.addDays(1)) {
        for (int i = 0; i < c->districts.size(); ++i) {
            const DistrictAppearance a = t.appearanceAt(i, d);
            EXPECT_FALSE(a.disputed);
            EXPECT_FALSE(a.change->isReported());
            EXPECT_TRUE(t.disagreementAt(i, d).isEmpty());
        }
    }
    EXPECT_EQ(t.appearanceAt(c->districtIndex(QStringLiteral("beta")), {2016, 9, 24}).control, kOpposition);
    EXPECT_EQ(t.appearanceAt(c->districtIndex(QStringLiteral("gamma")), {2016, 9, 30}).control, kOpposition);
}
