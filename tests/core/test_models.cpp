#include "campaignloader.h"
#include "districthistorymodel.h"
#include "eventfilterproxymodel.h"
#include "eventlistmodel.h"
#include "testpackage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace {

std::shared_ptr<const Campaign> aleppo()
{
    static const auto campaign = CampaignLoader::load(CampaignLoader::embeddedPath()).campaign;
    return campaign;
}

QStringList ids(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, 0).data(EventListModel::IdRole).toString());
    return out;
}

} // namespace

TEST(EventListModel, ExposesEveryEventInDateOrderWithRoles)
{
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCampaign(aleppo());
    ASSERT_EQ(model.rowCount(), aleppo()->events.size());
    EXPECT_EQ(int(EventListModel::IdRole), Qt::UserRole + 1);
    QDate previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QDate d = model.index(r, 0).data(EventListModel::DateRole).toDate();
        EXPECT_TRUE(!previous.isValid() || previous <= d);
        previous = d;
    }
    const int row = int(ids(model).indexOf(QStringLiteral("northeast-recaptured")));
    ASSERT_GE(row, 0);
    const QModelIndex i = model.index(row, 0);
    EXPECT_EQ(i.data(EventListModel::KindRole).toString(), QStringLiteral("capture"));
    EXPECT_EQ(i.data(EventListModel::RefsRole).toList(), (QVariantList{33, 34}));
    EXPECT_EQ(i.data(EventListModel::ParagraphRole).toInt(), 14);
    EXPECT_EQ(i.data(EventListModel::DistrictsRole).toStringList().size(), 3);
    EXPECT_TRUE(i.data(EventListModel::QuoteRole).toString().startsWith(QStringLiteral("11月27日")));
    EXPECT_TRUE(model.roleNames().contains(EventListModel::SummaryRole));
}

TEST(EventFilterProxyModel, FiltersByOverlappingDateRange)
{
    EventListModel model;
    model.setCampaign(aleppo());
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setDateRange({2016, 11, 26}, {2016, 11, 27});
    EXPECT_EQ(ids(proxy), (QStringList{QStringLiteral("hanano-recaptured"), QStringLiteral("northeast-recaptured")}));
    // A range event (19-27 Sep) overlaps a window that starts inside it.
    proxy.setDateRange({2016, 9, 26}, {2016, 9, 26});
    EXPECT_TRUE(ids(proxy).contains(QStringLiteral("us-airstrike-count")));
    EXPECT_FALSE(ids(proxy).contains(QStringLiteral("farafira-recaptured")));
}

TEST(EventFilterProxyModel, FiltersByDistrictAndKind)
{
    EventListModel model;
    model.setCampaign(aleppo());
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setDistrict(QStringLiteral("handarat"));
    EXPECT_EQ(ids(proxy),
              (QStringList{QStringLiteral("handarat-part-taken"), QStringLiteral("handarat-taken-and-retaken"),
                           QStringLiteral("handarat-attacked-again"), QStringLiteral("handarat-captured")}));
    proxy.setKind(QStringLiteral("capture"));
    EXPECT_EQ(ids(proxy), (QStringList{QStringLiteral("handarat-part-taken"), QStringLiteral("handarat-captured")}));
    proxy.setDistrict(QString());
    proxy.setKind(QString());
    proxy.setDateRange({}, {});
    EXPECT_EQ(proxy.rowCount(), model.rowCount());
}

TEST(DistrictHistoryModel, ListsTheDistrictsChangesAndTheRowInForce)
{
    auto timeline = std::make_shared<const ControlTimeline>(aleppo(), ControlTimeline::Sources::ArticleOnly);
    DistrictHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTimeline(timeline);
    model.setDistrict(QStringLiteral("handarat"));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(int(DistrictHistoryModel::DateRole), Qt::UserRole + 1);
    EXPECT_EQ(model.index(0, 0).data(DistrictHistoryModel::BasisRole).toString(), QStringLiteral("inferred"));
    EXPECT_EQ(model.index(3, 0).data(DistrictHistoryModel::LeadingRole).toString(), QStringLiteral("opposition"));
    EXPECT_EQ(model.index(3, 0).data(DistrictHistoryModel::RefsRole).toList(), QVariantList{10});
    EXPECT_EQ(model.index(3, 0).data(DistrictHistoryModel::ParagraphRole).toInt(), 5);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCurrentDate({2016, 9, 24});
    EXPECT_EQ(model.currentRow(), 3) << "the last change of the day is in force";
    EXPECT_TRUE(model.index(3, 0).data(DistrictHistoryModel::IsCurrentRole).toBool());
    EXPECT_FALSE(model.index(2, 0).data(DistrictHistoryModel::IsCurrentRole).toBool());
    model.setCurrentDate({2016, 9, 25});
    EXPECT_EQ(model.currentRow(), 3);
    const int signalsBefore = int(changed.count());
    model.setCurrentDate({2016, 9, 29});
    EXPECT_EQ(model.currentRow(), 4);
    EXPECT_EQ(changed.count(), signalsBefore + 2) << "old and new current rows are refreshed";
}

TEST(DistrictHistoryModel, UnknownDistrictIsEmpty)
{
    DistrictHistoryModel model;
    model.setTimeline(std::make_shared<const ControlTimeline>(aleppo(), ControlTimeline::Sources::ArticleOnly));
    model.setDistrict(QStringLiteral("nowhere"));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.currentRow(), -1);
}
