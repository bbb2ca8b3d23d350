// Large synthetic campaigns still load and answer exactly like a linear scan.
#include "campaignloader.h"
#include "controltimeline.h"
#include "syntheticcampaign.h"
#include "testpackage.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

// The definition of "state at the end of day D", written the slow way.
const ControlChange *bruteForce(const Campaign &c, const QString &district, QDate day)
{
    const ControlChange *best = nullptr;
    for (const ControlChange &ch : c.changes) {
        if (ch.district != district || ch.date > day)
            continue;
        if (!best || ch.date > best->date || (ch.date == best->date && ch.order > best->order))
            best = &ch;
    }
    return best;
}

void checkAgainstBruteForce(int districts, int changes)
{
    QTemporaryDir dir;
    const QString error = SyntheticCampaign::write(dir.path(), {districts, changes, 300, 7});
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const CampaignLoadResult r = CampaignLoader::load(dir.path());
    ASSERT_TRUE(r.ok()) << r.errorString().left(2000).toStdString();
    EXPECT_EQ(r.campaign->districts.size(), districts);
    EXPECT_EQ(r.campaign->changes.size(), changes);
    EXPECT_EQ(r.campaign->events.size(), 300);
    const ControlTimeline t(r.campaign);
    QRandomGenerator rng(99);
    for (int k = 0; k < 400; ++k) {
        const int i = int(rng.bounded(districts));
        const QDate day = r.campaign->start.addDays(rng.bounded(95));
        const ControlState s = t.stateAt(i, day);
        EXPECT_EQ(s.change, bruteForce(*r.campaign, r.campaign->districts.at(i).id, day));
    }
}

} // namespace

TEST(SyntheticCampaign, HundredDistrictsTenThousandChanges)
{
    checkAgainstBruteForce(100, 10000);
}

TEST(SyntheticCampaign, ThousandDistrictsHundredThousandChanges)
{
    checkAgainstBruteForce(1000, 100000);
}

TEST(SyntheticCampaign, IsDeterministic)
{
    QTemporaryDir a;
    QTemporaryDir b;
    ASSERT_TRUE(SyntheticCampaign::write(a.path(), {50, 500, 20, 3}).isEmpty());
    ASSERT_TRUE(SyntheticCampaign::write(b.path(), {50, 500, 20, 3}).isEmpty());
    for (const char *f : {"control.json", "districts.geojson", "map.svg", "article.md"})
        EXPECT_EQ(readFile(a.path() + QLatin1Char('/') + QLatin1String(f)),
                  readFile(b.path() + QLatin1Char('/') + QLatin1String(f)))
            << f;
}
