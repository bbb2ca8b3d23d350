// --stats and --diff on a synthetic campaign, against computations written the slow way
// from the package's own changes.
#include "campaignjson.h"
#include "campaignloader.h"
#include "controltimeline.h"
#include "districtareas.h"
#include "syntheticcampaign.h"
#include "territorystats.h"
#include "testpackage.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>

namespace {

const ControlChange *lastChange(const Campaign &c, const QString &district, QDate day)
{
    const ControlChange *best = nullptr;
    for (const ControlChange &ch : c.changes) {
        if (ch.district == district && ch.date <= day
            && (!best || ch.date > best->date || (ch.date == best->date && ch.order > best->order)))
            best = &ch;
    }
    return best;
}

class SyntheticStats : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(SyntheticCampaign::write(s_dir->path(), {60, 1500, 50, 11}).isEmpty());
        const CampaignLoadResult r = CampaignLoader::load(s_dir->path());
        ASSERT_TRUE(r.ok()) << r.errorString().left(1000).toStdString();
        s_campaign = r.campaign;
    }
    static void TearDownTestSuite()
    {
        s_campaign.reset();
        delete s_dir;
    }
    static QTemporaryDir *s_dir;
    static std::shared_ptr<const Campaign> s_campaign;
};
QTemporaryDir *SyntheticStats::s_dir = nullptr;
std::shared_ptr<const Campaign> SyntheticStats::s_campaign;

} // namespace

TEST_F(SyntheticStats, EveryDaysAreasAreTheSumOfTheDistrictsHeld)
{
    const Campaign &c = *s_campaign;
    const ControlTimeline t(s_campaign);
    const DistrictAreas areas = DistrictAreas::fromCampaign(c);
    ASSERT_TRUE(areas.isComplete());
    const QList<DayStats> stats = TerritoryStats::compute(t, areas, {}, {});
    ASSERT_EQ(stats.size(), int(c.start.daysTo(c.end)) + 1);
    for (const DayStats &s : stats) {
        QHash<QString, double> km2;
        QHash<QString, int> count;
        double total = 0.0;
        for (int i = 0; i < c.districts.size(); ++i) {
            const ControlChange *ch = lastChange(c, c.districts.at(i).id, s.date);
            ASSERT_NE(ch, nullptr);
            km2[ch->control] += areas.km2(i);
            ++count[ch->control];
            total += areas.km2(i);
        }
        for (const Side &side : c.sides) {
            EXPECT_NEAR(s.km2.value(side.id), km2.value(side.id), 1e-9) << side.id.toStdString();
            EXPECT_EQ(s.districts.value(side.id), count.value(side.id));
        }
        EXPECT_NEAR(s.contestedKm2, km2.value(kContested), 1e-9);
        EXPECT_EQ(s.contestedDistricts, count.value(kContested));
        double byBasis = 0.0;
        for (double v : s.km2ByBasis)
            byBasis += v;
        EXPECT_NEAR(byBasis, total, 1e-6);
        EXPECT_NEAR(s.baseHeld + s.baseTaken + s.baseContested, 1.0, 1e-9);
    }
    // --from/--to narrow the range and are clamped to the campaign.
    EXPECT_EQ(TerritoryStats::compute(t, areas, c.start.addDays(3), c.start.addDays(5)).size(), 3);
    EXPECT_EQ(TerritoryStats::compute(t, areas, c.start.addDays(-10), c.start).size(), 1);
}

TEST_F(SyntheticStats, DiffListsExactlyTheDistrictsWhoseLookChanged)
{
    const Campaign &c = *s_campaign;
    const ControlTimeline t(s_campaign);
    const QDate from = c.start.addDays(20);
    const QDate to = c.start.addDays(45);
    const QJsonObject diff = CampaignJson::diff(t, from, to);
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue &v : diff.value(QStringLiteral("changed")).toArray())
        listed.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    int returned = 0;
    for (const District &d : c.districts) {
        QStringList dates;
        const ControlChange *before = lastChange(c, d.id, from);
        const ControlChange *previous = before;
        for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
            const ControlChange *now = lastChange(c, d.id, day);
            if (now->control != previous->control || now->leading != previous->leading)
                dates.append(day.toString(Qt::ISODate));
            previous = now;
        }
        const ControlChange *after = lastChange(c, d.id, to);
        if (dates.isEmpty()) {
            EXPECT_FALSE(listed.contains(d.id)) << d.id.toStdString();
            continue;
        }
        ASSERT_TRUE(listed.contains(d.id)) << d.id.toStdString();
        const QJsonObject o = listed.value(d.id);
        QStringList got;
        for (const QJsonValue &v : o.value(QStringLiteral("dates")).toArray())
            got.append(v.toString());
        EXPECT_EQ(got, dates) << d.id.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("from")).toObject().value(QStringLiteral("control")).toString(),
                  before->control);
        EXPECT_EQ(o.value(QStringLiteral("to")).toObject().value(QStringLiteral("control")).toString(), after->control);
        const bool same = before->control == after->control && before->leading == after->leading;
        EXPECT_EQ(o.value(QStringLiteral("returned")).toBool(), same) << d.id.toStdString();
        returned += same ? 1 : 0;
        EXPECT_EQ(o.value(QStringLiteral("sources")).toArray().size(), dates.size()) << "one source per change here";
    }
    EXPECT_FALSE(listed.isEmpty());
    EXPECT_GT(returned, 0) << "the synthetic fronts move back and forth";
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        EXPECT_NE(c.district(it.key()), nullptr) << it.key().toStdString();
}

TEST(AleppoDiff, TwentyFifthToTwentyEighthNovemberNamesTheArticlesFourDistricts)
{
    const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
    ASSERT_TRUE(r.ok());
    for (const auto sources : {ControlTimeline::Sources::ArticleOnly, ControlTimeline::Sources::WithReports}) {
        const ControlTimeline t(r.campaign, sources);
        const QJsonObject diff = CampaignJson::diff(t, {2016, 11, 25}, {2016, 11, 28});
        QStringList ids;
        for (const QJsonValue &v : diff.value(QStringLiteral("changed")).toArray()) {
            const QJsonObject o = v.toObject();
            ids.append(o.value(QStringLiteral("id")).toString());
            EXPECT_FALSE(o.value(QStringLiteral("sources")).toArray().isEmpty());
        }
        for (const char *id : {"hanano", "jabal-badro", "ard-al-hamra", "ayn-al-tal"})
            EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
        if (sources == ControlTimeline::Sources::ArticleOnly)
            EXPECT_EQ(ids.size(), 4);
        else
            EXPECT_GT(ids.size(), 4) << "reports name more districts than the article";
    }
}
