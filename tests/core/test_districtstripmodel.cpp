#include "campaignloader.h"
#include "districtstripmodel.h"
#include "testpackage.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

#include <cmath>

namespace {

const QString kGovernment = QStringLiteral("government");
const QString kOpposition = QStringLiteral("opposition");
const QDate kStart(2020, 1, 1);
const QDate kEnd(2020, 1, 20);

/**
 * Three districts, each a band of latitude 0.01° high and of a different
 * width (so of different areas: "wide" > "middle" > "narrow"), with names
 * whose order differs from both:
 * - "wide" (Bravo / 乙) opposition, taken by the government on 15 January;
 * - "middle" (Charlie / 丙) opposition, contested on 5 January (the government
 *   leading), a report that sources disagree on 8 January, taken on 10 January;
 * - "narrow" (Alpha / 甲) government throughout, restated on another basis on
 *   12 January (its look does not change).
 */
std::shared_ptr<const Campaign> smallCampaign()
{
    auto c = std::make_shared<Campaign>();
    c->start = kStart;
    c->end = kEnd;
    c->sides = {Side{kGovernment, {QStringLiteral("Government"), {}, {}}, Qt::red},
                Side{kOpposition, {QStringLiteral("Opposition"), {}, {}}, Qt::green}};
    const auto district = [&](const char *id, const char *en, const QString &zh) {
        c->districts.append(District{QLatin1String(id), {QLatin1String(en), zh, {}}, {}});
    };
    district("wide", "Bravo", QStringLiteral("乙"));
    district("middle", "Charlie", QStringLiteral("丙"));
    district("narrow", "Alpha", QStringLiteral("甲"));
    const auto change = [&](const char *d, QDate date, const QString &control, Basis basis) -> ControlChange & {
        ControlChange ch;
        ch.district = QLatin1String(d);
        ch.date = date;
        ch.control = control;
        ch.basis = basis;
        ch.order = int(c->changes.size());
        if (basis != Basis::Approximate)
            ch.sources = {Citation{1, QStringLiteral("…"), {1}, 0}};
        c->changes.append(ch);
        return c->changes.last();
    };
    change("wide", kStart, kOpposition, Basis::Approximate);
    change("middle", kStart, kOpposition, Basis::Approximate);
    change("narrow", kStart, kGovernment, Basis::Approximate);
    change("wide", QDate(2020, 1, 15), kGovernment, Basis::Stated);
    ControlChange &contested = change("middle", QDate(2020, 1, 5), kContested, Basis::Stated);
    contested.leading = kGovernment;
    contested.contestants = {kGovernment, kOpposition};
    change("middle", QDate(2020, 1, 10), kGovernment, Basis::Inferred);
    change("narrow", QDate(2020, 1, 12), kGovernment, Basis::Stated);
    c->buildIndex();
    return c;
}

std::shared_ptr<const DistrictAreas> bandAreas(const Campaign &campaign)
{
    const double widths[] = {0.03, 0.02, 0.01};
    QList<DistrictShape> shapes;
    for (int i = 0; i < 3; ++i) {
        const double south = 36.20 + 0.01 * i;
        const QList<QGeoCoordinate> ring{{south, 37.10},
                                         {south, 37.10 + widths[i]},
                                         {south + 0.01, 37.10 + widths[i]},
                                         {south + 0.01, 37.10}};
        shapes.append(DistrictShape{campaign.districts.at(i).id, {}, {QGeoPolygon(ring)}});
    }
    return std::make_shared<const DistrictAreas>(campaign, shapes);
}

QStringList idsInOrder(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, 0).data(DistrictStripModel::IdRole).toString());
    return ids;
}

/// Checks, day by day, that the runs give exactly the timeline's appearance (without "changed today").
void expectRunsMatchTimeline(const DistrictStripModel &model, const ControlTimeline &timeline)
{
    const Campaign &c = *timeline.campaign();
    ASSERT_EQ(model.rowCount(), int(c.districts.size()));
    ASSERT_EQ(model.dayCount(), int(c.start.daysTo(c.end)) + 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &runs = model.runs(row);
        ASSERT_FALSE(runs.isEmpty());
        EXPECT_EQ(runs.first().first, 0);
        EXPECT_EQ(runs.last().last, model.dayCount() - 1);
        for (int k = 1; k < runs.size(); ++k) {
            EXPECT_EQ(runs.at(k).first, runs.at(k - 1).last + 1) << "runs leave no gap";
            EXPECT_NE(runs.at(k).appearance, runs.at(k - 1).appearance) << "runs are as long as they can be";
        }
        for (int day = 0; day < model.dayCount(); ++day) {
            DistrictAppearance expected = timeline.appearanceAt(row, c.start.addDays(day));
            expected.changedToday = false;
            ASSERT_EQ(model.appearance(row, day), expected)
                << c.districts.at(row).id.toStdString() << " on day " << day;
        }
    }
}

TEST(DistrictStripModel, RowsGiveTheMapsAppearanceOnEveryDay)
{
    const auto campaign = smallCampaign();
    const auto timeline = std::make_shared<const ControlTimeline>(campaign);
    DistrictStripModel model;
    model.setTimeline(timeline, bandAreas(*campaign));
    expectRunsMatchTimeline(model, *timeline);
    // "middle": opposition, contested from the 5th, government from the 10th.
    const auto &runs = model.runs(1);
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(model.date(runs.at(1).first), QDate(2020, 1, 5));
    EXPECT_TRUE(runs.at(1).appearance.isContested());
    EXPECT_EQ(runs.at(1).appearance.leading, kGovernment);
    EXPECT_EQ(model.date(runs.at(2).first), QDate(2020, 1, 10));
    EXPECT_EQ(runs.at(2).appearance.basis, Basis::Inferred);
    // "narrow" is restated on another basis: a new run (its look differs), no change of control.
    EXPECT_EQ(model.runs(2).size(), 2);
    EXPECT_FALSE(model.index(2).data(DistrictStripModel::FirstChangeRole).isValid());
    EXPECT_FALSE(model.appearance(1, -1).isKnown());
    EXPECT_FALSE(model.appearance(1, model.dayCount()).isKnown());
}

TEST(DistrictStripModel, RolesGiveNameFirstChangeAndArea)
{
    const auto campaign = smallCampaign();
    const auto areas = bandAreas(*campaign);
    DistrictStripModel model;
    model.setTimeline(std::make_shared<const ControlTimeline>(campaign), areas);
    const QModelIndex wide = model.index(model.rowOf(QStringLiteral("wide")));
    EXPECT_EQ(wide.data(Qt::DisplayRole).toString(), QStringLiteral("Bravo"));
    EXPECT_EQ(wide.data(DistrictStripModel::FirstChangeRole).toDate(), QDate(2020, 1, 15));
    EXPECT_DOUBLE_EQ(wide.data(DistrictStripModel::AreaRole).toDouble(), areas->km2(0));
    EXPECT_EQ(model.index(1).data(DistrictStripModel::FirstChangeRole).toDate(), QDate(2020, 1, 5));
    EXPECT_EQ(model.rowOf(QStringLiteral("nowhere")), -1);
    // Read out with the name: the first change and the area.
    const QString description = wide.data(Qt::AccessibleDescriptionRole).toString();
    EXPECT_TRUE(description.contains(QStringLiteral("15 January 2020"))) << description.toStdString();
    EXPECT_TRUE(description.contains(QString::number(areas->km2(0), 'f', 2))) << description.toStdString();
    EXPECT_TRUE(
        model.index(2).data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("did not change")));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(QStringLiteral("zh_TW"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(wide.data(DistrictStripModel::NameRole).toString(), QStringLiteral("乙"));
}

TEST(DistrictStripModel, SortsByNameFirstChangeAndArea)
{
    const auto campaign = smallCampaign();
    DistrictStripModel model;
    model.setTimeline(std::make_shared<const ControlTimeline>(campaign), bandAreas(*campaign));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    proxy.setSortRole(DistrictStripModel::NameRole);
    proxy.sort(0);
    EXPECT_EQ(idsInOrder(proxy),
              (QStringList{QStringLiteral("narrow"), QStringLiteral("wide"), QStringLiteral("middle")}));

    // Never changed: last.
    proxy.setSortRole(DistrictStripModel::FirstChangeRole);
    proxy.sort(0);
    EXPECT_EQ(idsInOrder(proxy),
              (QStringList{QStringLiteral("middle"), QStringLiteral("wide"), QStringLiteral("narrow")}));

    proxy.setSortRole(DistrictStripModel::AreaRole);
    proxy.sort(0, Qt::DescendingOrder);
    EXPECT_EQ(idsInOrder(proxy),
              (QStringList{QStringLiteral("wide"), QStringLiteral("middle"), QStringLiteral("narrow")}));
}

TEST(DistrictStripModel, DateAndDayIndicesAreInverse)
{
    const auto campaign = smallCampaign();
    DistrictStripModel model;
    model.setTimeline(std::make_shared<const ControlTimeline>(campaign), bandAreas(*campaign));
    for (int day = 0; day < model.dayCount(); ++day)
        EXPECT_EQ(model.dayOf(model.date(day)), day);
    EXPECT_EQ(model.dayOf(kStart.addDays(-3)), 0);
    EXPECT_EQ(model.dayOf(kEnd.addDays(3)), model.dayCount() - 1);
    EXPECT_EQ(model.dayOf(QDate()), -1);

    model.setTimeline(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.dayCount(), 0);
    EXPECT_EQ(model.dayOf(kStart), -1);
    EXPECT_TRUE(model.runs(0).isEmpty());
}

TEST(DistrictStripModel, EmbeddedCampaignWithAndWithoutReports)
{
    const CampaignLoadResult loaded = CampaignLoader::load(CampaignLoader::embeddedPath());
    ASSERT_TRUE(loaded.ok());
    for (const auto sources : {ControlTimeline::Sources::WithReports, ControlTimeline::Sources::ArticleOnly}) {
        const auto timeline = std::make_shared<const ControlTimeline>(loaded.campaign, sources);
        DistrictStripModel model;
        model.setTimeline(timeline);
        expectRunsMatchTimeline(model, *timeline);
        EXPECT_TRUE(model.areas() && model.areas()->isComplete());
        // The first change, brute force: the first day whose control or leading side differs from the day before.
        bool anyDisputed = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            QDate expected;
            for (int day = 1; day < model.dayCount() && !expected.isValid(); ++day) {
                const DistrictAppearance before = timeline->appearanceAt(row, model.date(day - 1));
                const DistrictAppearance now = timeline->appearanceAt(row, model.date(day));
                if (before.control != now.control || before.leading != now.leading)
                    expected = model.date(day);
                anyDisputed = anyDisputed || now.disputed;
            }
            EXPECT_EQ(model.index(row).data(DistrictStripModel::FirstChangeRole).toDate(), expected)
                << loaded.campaign->districts.at(row).id.toStdString();
        }
        EXPECT_EQ(anyDisputed, sources == ControlTimeline::Sources::WithReports);
    }
}

} // namespace
