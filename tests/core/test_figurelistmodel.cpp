#include "campaignloader.h"
#include "figurelistmodel.h"
#include "territorymeasure.h"
#include "testpackage.h"

#include <QHash>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

#include <cmath>

namespace {

const QString kGovernment = QStringLiteral("government");
const QString kOpposition = QStringLiteral("opposition");
const QDate kStart(2020, 1, 1);
const QDate kQuiet(2020, 1, 5);
const QDate kFall(2020, 1, 10);

Figure figure(FigureUnit unit, FigureQualifier qualifier, double value, const QStringList &districts = {})
{
    Figure f;
    f.present = true;
    f.unit = unit;
    f.qualifier = qualifier;
    f.value = value;
    f.of.en = QStringLiteral("the test area");
    f.districts = districts;
    return f;
}

/**
 * Four districts of exactly the same area (the same square of latitude and
 * longitude, shifted east: a rotation about the Earth's axis), all opposition
 * on the first day. On 10 January the article has `a` taken and `c`
 * contested; a report has `b` taken too; `d` stays. So at the end of 10 January:
 * with the reports 2.5 of 4 areas taken (a, b, half of c) and 2 districts;
 * from the article alone 1.5 of 4 and 1 district.
 */
class SyntheticFigures
{
public:
    SyntheticFigures()
    {
        auto c = std::make_shared<Campaign>();
        c->start = kStart;
        c->end = QDate(2020, 1, 31);
        c->articleSource.url = QStringLiteral("https://example.org/article");
        c->sides = {Side{kGovernment, {QStringLiteral("Government"), {}, {}}, Qt::red},
                    Side{kOpposition, {QStringLiteral("Opposition"), {}, {}}, Qt::green}};
        for (const char *id : {"a", "b", "c", "d"})
            c->districts.append(District{QLatin1String(id), {QLatin1String(id), {}, {}}, {}});
        const auto change = [&](const char *d, QDate date, const QString &control, Basis basis) -> ControlChange & {
            ControlChange ch;
            ch.district = QLatin1String(d);
            ch.date = date;
            ch.control = control;
            ch.basis = basis;
            ch.order = int(c->changes.size());
            c->changes.append(ch);
            return c->changes.last();
        };
        for (const char *d : {"a", "b", "c", "d"})
            change(d, kStart, kOpposition, Basis::Approximate);
        change("a", kFall, kGovernment, Basis::Stated).sources = {Citation{15, QStringLiteral("…"), {35}, 0}};
        change("c", kFall, kContested, Basis::Stated).contestants = {kGovernment, kOpposition};
        ControlChange &reported = change("b", kFall, kGovernment, Basis::Reported);
        reported.report = 0;
        reported.claim = 0;

        CampaignEvent event;
        event.id = QStringLiteral("fall");
        event.date = event.endDate = kFall;
        event.citation = Citation{15, QStringLiteral("…"), {35}, 0};
        event.summary.en = QStringLiteral("The article's figure");
        event.figure = figure(FigureUnit::Share, FigureQualifier::About, 0.6);
        c->events = {event};

        Report agency;
        agency.id = QStringLiteral("agency");
        agency.outlet = Outlet{QStringLiteral("Agency"), QStringLiteral("news-agency")};
        agency.url = QStringLiteral("https://example.org/agency");
        agency.published = kFall;
        ReportClaim taken;
        taken.date = kFall;
        taken.districts = {QStringLiteral("b")};
        taken.control = kGovernment;
        taken.figure = figure(FigureUnit::Districts, FigureQualifier::Over, 2);
        taken.saidBy = Outlet{QStringLiteral("Monitor"), QStringLiteral("monitor")};
        taken.summary.en = QStringLiteral("The monitor counted the districts taken");
        agency.claims = {taken};

        Report paper;
        paper.id = QStringLiteral("paper");
        paper.outlet = Outlet{QStringLiteral("Paper"), QStringLiteral("newspaper")};
        paper.url = QStringLiteral("https://example.org/paper");
        paper.published = kFall;
        ReportClaim before;
        before.id = QStringLiteral("before");
        before.date = kQuiet;
        before.figure = figure(FigureUnit::Share, FigureQualifier::Exact, 0.0, {QStringLiteral("a")});
        ReportClaim left;
        left.date = kFall;
        left.figure = figure(FigureUnit::Km2, FigureQualifier::Under, 0.0); // set once the area is known
        ReportClaim ac;
        ac.date = kFall;
        ac.figure = figure(FigureUnit::Share, FigureQualifier::About, 0.75, {QStringLiteral("a"), QStringLiteral("c")});
        paper.claims = {before, left, ac};
        c->reports = {agency, paper};
        c->buildIndex();

        QList<DistrictShape> shapes;
        for (int i = 0; i < 4; ++i) {
            const double west = 37.10 + 0.01 * i;
            const QList<QGeoCoordinate> ring{{36.20, west}, {36.20, west + 0.01}, {36.21, west + 0.01}, {36.21, west}};
            shapes.append(DistrictShape{c->districts.at(i).id, {}, {QGeoPolygon(ring)}});
        }
        areas = std::make_shared<const DistrictAreas>(*c, shapes);
        unit = areas->km2(0);
        // "under 2 units of area": the map's 1.5 with the reports agrees, the article's 2.5 does not.
        c->reports[1].claims[1].figure.value = 2.0 * unit;
        campaign = c;
        withReports = std::make_shared<const ControlTimeline>(campaign, ControlTimeline::Sources::WithReports);
        articleOnly = std::make_shared<const ControlTimeline>(campaign, ControlTimeline::Sources::ArticleOnly);
    }

    std::shared_ptr<const Campaign> campaign;
    std::shared_ptr<const ControlTimeline> withReports;
    std::shared_ptr<const ControlTimeline> articleOnly;
    std::shared_ptr<const DistrictAreas> areas;
    double unit = 0.0; ///< the area of one district, km²
};

int rowWithId(const FigureListModel &model, const QString &id)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(FigureListModel::IdRole).toString() == id)
            return r;
    }
    return -1;
}

QVariant cell(const FigureListModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role);
}

FigureListModel::Agreement agreementOf(const QVariant &v)
{
    return FigureListModel::Agreement(v.toInt());
}

} // namespace

TEST(FigureListModel, SyntheticAreasAreEqual)
{
    // The hand computation below rests on it.
    const SyntheticFigures s;
    ASSERT_GT(s.unit, 0.5);
    ASSERT_LT(s.unit, 1.5);
    for (int i = 1; i < 4; ++i)
        EXPECT_NEAR(s.areas->km2(i), s.unit, s.unit * 1e-9);
}

TEST(FigureListModel, OneRowPerFigureInDateOrderArticleFirst)
{
    const SyntheticFigures s;
    FigureListModel model;
    model.setSources(s.withReports, s.articleOnly, s.areas);
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), int(FigureListModel::ColumnCount));
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(cell(model, r, 0, FigureListModel::IdRole).toString());
    // A claim without an id is named REPORT#N (1-based), as `--figures` names it.
    EXPECT_EQ(ids, (QStringList{QStringLiteral("before"), QStringLiteral("fall"), QStringLiteral("agency#1"),
                                QStringLiteral("paper#2"), QStringLiteral("paper#3")}));
}

TEST(FigureListModel, HandComputedValuesOnTheSyntheticCampaign)
{
    const SyntheticFigures s;
    FigureListModel model;
    model.setSources(s.withReports, s.articleOnly, s.areas);
    using M = FigureListModel;

    const int fall = rowWithId(model, QStringLiteral("fall"));
    ASSERT_GE(fall, 0);
    EXPECT_DOUBLE_EQ(cell(model, fall, 0, M::MapValueRole).toDouble(), 2.5 / 4);
    EXPECT_DOUBLE_EQ(cell(model, fall, 0, M::ArticleOnlyValueRole).toDouble(), 1.5 / 4);
    EXPECT_EQ(cell(model, fall, M::MapColumn), QStringLiteral("63%"));
    EXPECT_EQ(cell(model, fall, M::ArticleOnlyColumn), QStringLiteral("38%"));
    EXPECT_EQ(cell(model, fall, M::FigureColumn), QStringLiteral("about 60%"));
    EXPECT_EQ(cell(model, fall, M::SourceColumn), QStringLiteral("article ¶15 [35]"));
    EXPECT_EQ(cell(model, fall, M::OfColumn), QStringLiteral("the test area"));
    EXPECT_EQ(cell(model, fall, 0, M::UrlRole), QStringLiteral("https://example.org/article"));
    EXPECT_TRUE(cell(model, fall, 0, M::IsArticleRole).toBool());
    EXPECT_EQ(agreementOf(cell(model, fall, 0, M::MapAgreementRole)), M::Agreement::Agrees);
    EXPECT_EQ(agreementOf(cell(model, fall, 0, M::ArticleOnlyAgreementRole)), M::Agreement::Disagrees);
    EXPECT_EQ(cell(model, fall, M::MapAgreesColumn), QStringLiteral("agrees"));
    EXPECT_EQ(cell(model, fall, M::ArticleOnlyAgreesColumn), QStringLiteral("disagrees"));

    const int counted = rowWithId(model, QStringLiteral("agency#1"));
    EXPECT_EQ(cell(model, counted, 0, M::MapValueRole).toDouble(), 2.0);
    EXPECT_EQ(cell(model, counted, 0, M::ArticleOnlyValueRole).toDouble(), 1.0);
    EXPECT_EQ(cell(model, counted, M::FigureColumn), QStringLiteral("over 2 districts"));
    EXPECT_EQ(cell(model, counted, M::MapColumn), QStringLiteral("2 districts"));
    EXPECT_EQ(cell(model, counted, M::ArticleOnlyColumn), QStringLiteral("1 district"));
    EXPECT_EQ(cell(model, counted, M::SourceColumn), QStringLiteral("Monitor via Agency"));
    EXPECT_EQ(cell(model, counted, 0, M::SourceRole), QStringLiteral("Monitor via Agency, 10 January 2020"));
    EXPECT_EQ(cell(model, counted, 0, M::UrlRole), QStringLiteral("https://example.org/agency"));
    EXPECT_EQ(cell(model, counted, 0, M::SummaryRole), QStringLiteral("The monitor counted the districts taken"));
    EXPECT_EQ(agreementOf(cell(model, counted, 0, M::MapAgreementRole)), M::Agreement::Agrees) << "over: 2 >= 2";
    EXPECT_EQ(agreementOf(cell(model, counted, 0, M::ArticleOnlyAgreementRole)), M::Agreement::Disagrees);

    // The km² claim: opposition plus half of contested, c and d with the reports, b, c and d without.
    const int left = rowWithId(model, QStringLiteral("paper#2"));
    ASSERT_GE(left, 0);
    EXPECT_NEAR(cell(model, left, 0, M::MapValueRole).toDouble(), 1.5 * s.unit, 1e-9);
    EXPECT_NEAR(cell(model, left, 0, M::ArticleOnlyValueRole).toDouble(), 2.5 * s.unit, 1e-9);
    EXPECT_TRUE(cell(model, left, M::FigureColumn).toString().startsWith(QStringLiteral("under ")));
    EXPECT_TRUE(cell(model, left, M::FigureColumn).toString().endsWith(QStringLiteral(" km²")));
    EXPECT_EQ(agreementOf(cell(model, left, 0, M::MapAgreementRole)), M::Agreement::Agrees);
    EXPECT_EQ(agreementOf(cell(model, left, 0, M::ArticleOnlyAgreementRole)), M::Agreement::Disagrees);

    // Within districts a and c: a taken, c half, on both maps.
    const int ac = rowWithId(model, QStringLiteral("paper#3"));
    EXPECT_DOUBLE_EQ(cell(model, ac, 0, M::MapValueRole).toDouble(), 0.75);
    EXPECT_DOUBLE_EQ(cell(model, ac, 0, M::ArticleOnlyValueRole).toDouble(), 0.75);

    // Before anything fell.
    const int before = rowWithId(model, QStringLiteral("before"));
    EXPECT_EQ(cell(model, before, 0, M::MapValueRole).toDouble(), 0.0);
    EXPECT_EQ(cell(model, before, M::FigureColumn), QStringLiteral("0%"));
    EXPECT_EQ(agreementOf(cell(model, before, 0, M::MapAgreementRole)), M::Agreement::Agrees);
}

TEST(FigureListModel, AgreementRuleAtItsBounds)
{
    using M = FigureListModel;
    const Figure aboutShare = figure(FigureUnit::Share, FigureQualifier::About, 0.8);
    EXPECT_EQ(M::agreement(aboutShare, 0.7), M::Agreement::Agrees) << "10 points below";
    EXPECT_EQ(M::agreement(aboutShare, 0.9), M::Agreement::Agrees) << "10 points above";
    EXPECT_EQ(M::agreement(aboutShare, 0.69), M::Agreement::Disagrees);
    EXPECT_EQ(M::agreement(aboutShare, 0.91), M::Agreement::Disagrees);
    EXPECT_EQ(M::agreement(aboutShare, std::nullopt), M::Agreement::Unknown);

    const Figure exactShare = figure(FigureUnit::Share, FigureQualifier::Exact, 0.5);
    EXPECT_EQ(M::agreement(exactShare, 0.6), M::Agreement::Agrees) << "no qualifier reads as about";
    EXPECT_EQ(M::agreement(exactShare, 0.39), M::Agreement::Disagrees);

    const Figure aboutKm2 = figure(FigureUnit::Km2, FigureQualifier::About, 4.0);
    EXPECT_EQ(M::agreement(aboutKm2, 3.0), M::Agreement::Agrees) << "25% below";
    EXPECT_EQ(M::agreement(aboutKm2, 5.0), M::Agreement::Agrees) << "25% above";
    EXPECT_EQ(M::agreement(aboutKm2, 2.9), M::Agreement::Disagrees);
    EXPECT_EQ(M::agreement(aboutKm2, 5.1), M::Agreement::Disagrees);

    const Figure districts = figure(FigureUnit::Districts, FigureQualifier::Exact, 8);
    EXPECT_EQ(M::agreement(districts, 10), M::Agreement::Agrees);
    EXPECT_EQ(M::agreement(districts, 11), M::Agreement::Disagrees);

    const Figure over = figure(FigureUnit::Share, FigureQualifier::Over, 0.5);
    EXPECT_EQ(M::agreement(over, 0.5), M::Agreement::Agrees);
    EXPECT_EQ(M::agreement(over, 1.0), M::Agreement::Agrees) << "no upper bound";
    EXPECT_EQ(M::agreement(over, 0.49), M::Agreement::Disagrees) << "no tolerance below";

    const Figure under = figure(FigureUnit::Km2, FigureQualifier::Under, 3.0);
    EXPECT_EQ(M::agreement(under, 0.0), M::Agreement::Agrees);
    EXPECT_EQ(M::agreement(under, 3.01), M::Agreement::Disagrees);

    Figure absent = aboutShare;
    absent.present = false;
    EXPECT_EQ(M::agreement(absent, 0.8), M::Agreement::Unknown);
}

TEST(FigureListModel, FiguresAreWrittenAsTheSourceGivesThem)
{
    using M = FigureListModel;
    EXPECT_EQ(M::figureText(figure(FigureUnit::Share, FigureQualifier::About, 0.8)), QStringLiteral("about 80%"));
    EXPECT_EQ(M::figureText(figure(FigureUnit::Share, FigureQualifier::Over, 0.5)), QStringLiteral("over 50%"));
    EXPECT_EQ(M::figureText(figure(FigureUnit::Share, FigureQualifier::Exact, 1.0 / 3)), QStringLiteral("33.3%"));
    EXPECT_EQ(M::figureText(figure(FigureUnit::Km2, FigureQualifier::Under, 3)), QStringLiteral("under 3 km²"));
    EXPECT_EQ(M::figureText(figure(FigureUnit::Km2, FigureQualifier::About, 3.5)), QStringLiteral("about 3.5 km²"));
    EXPECT_EQ(M::figureText(figure(FigureUnit::Districts, FigureQualifier::Exact, 14)), QStringLiteral("14 districts"));
    EXPECT_EQ(M::valueText(FigureUnit::Km2, 2.2745), QStringLiteral("2.3 km²"));
    EXPECT_EQ(M::valueText(FigureUnit::Share, 0.2879), QStringLiteral("29%"));
}

TEST(FigureListModel, CurrentDateMarksItsRows)
{
    const SyntheticFigures s;
    FigureListModel model;
    model.setSources(s.withReports, s.articleOnly, s.areas);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCurrentDate(kFall);
    EXPECT_EQ(changed.count(), 4) << "the four rows of 10 January";
    QList<int> marked;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (cell(model, r, 0, FigureListModel::IsCurrentDateRole).toBool()) {
            marked.append(r);
            EXPECT_TRUE(cell(model, r, FigureListModel::MapColumn, Qt::FontRole).value<QFont>().bold());
        } else {
            EXPECT_FALSE(cell(model, r, FigureListModel::MapColumn, Qt::FontRole).isValid());
        }
    }
    EXPECT_EQ(marked, model.rowsOn(kFall));
    EXPECT_EQ(marked, (QList<int>{1, 2, 3, 4}));

    changed.clear();
    model.setCurrentDate(kQuiet);
    EXPECT_EQ(changed.count(), 5) << "four rows unmarked, one marked";
    EXPECT_TRUE(cell(model, 0, 0, FigureListModel::IsCurrentDateRole).toBool());
    EXPECT_FALSE(cell(model, 1, 0, FigureListModel::IsCurrentDateRole).toBool());
}

TEST(FigureListModel, SortsThroughAProxyByMeaning)
{
    const SyntheticFigures s;
    FigureListModel model;
    model.setSources(s.withReports, s.articleOnly, s.areas);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FigureListModel::SortRole);

    // By unit, then value, not by text: shares (0%, about 60%, about 75%), km², then districts.
    proxy.sort(FigureListModel::FigureColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order.append(proxy.index(r, 0).data(FigureListModel::IdRole).toString());
    EXPECT_EQ(order, (QStringList{QStringLiteral("before"), QStringLiteral("fall"), QStringLiteral("paper#3"),
                                  QStringLiteral("paper#2"), QStringLiteral("agency#1")}));
    proxy.sort(FigureListModel::MapColumn, Qt::DescendingOrder);
    order.clear();
    for (int r = 0; r < proxy.rowCount(); ++r)
        order.append(proxy.index(r, 0).data(FigureListModel::IdRole).toString());
    // Districts (2), km² (1.5 units), then shares 75%, 62.5%, 0%.
    EXPECT_EQ(order, (QStringList{QStringLiteral("agency#1"), QStringLiteral("paper#2"), QStringLiteral("paper#3"),
                                  QStringLiteral("fall"), QStringLiteral("before")}));
    proxy.sort(FigureListModel::DateColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(proxy.rowCount() - 1, 0).data(FigureListModel::IdRole), QStringLiteral("before"));
    proxy.sort(FigureListModel::ArticleOnlyAgreesColumn, Qt::AscendingOrder);
    EXPECT_EQ(agreementOf(proxy.index(0, 0).data(FigureListModel::ArticleOnlyAgreementRole)),
              FigureListModel::Agreement::Agrees);
    EXPECT_EQ(agreementOf(proxy.index(proxy.rowCount() - 1, 0).data(FigureListModel::ArticleOnlyAgreementRole)),
              FigureListModel::Agreement::Disagrees);
}

TEST(FigureListModel, WithoutAreasOnlyDistrictCountsHaveAValue)
{
    const SyntheticFigures s;
    FigureListModel model;
    model.setSources(s.withReports, s.articleOnly, std::make_shared<const DistrictAreas>());
    const int fall = rowWithId(model, QStringLiteral("fall"));
    EXPECT_FALSE(cell(model, fall, 0, FigureListModel::MapValueRole).isValid());
    EXPECT_EQ(agreementOf(cell(model, fall, 0, FigureListModel::MapAgreementRole)),
              FigureListModel::Agreement::Unknown);
    EXPECT_EQ(cell(model, fall, FigureListModel::MapAgreesColumn), QStringLiteral("no value"));
    const int counted = rowWithId(model, QStringLiteral("agency#1"));
    EXPECT_EQ(cell(model, counted, 0, FigureListModel::MapValueRole).toDouble(), 2.0);
}

TEST(FigureListModel, EmbeddedCampaignMatchesTerritoryMeasure)
{
    const CampaignLoadResult loaded = CampaignLoader::load(CampaignLoader::embeddedPath());
    ASSERT_TRUE(loaded.ok());
    const auto campaign = loaded.campaign;
    FigureListModel model;
    model.setCampaign(campaign);

    // Measured again here, apart from the model.
    const ControlTimeline withReports(campaign, ControlTimeline::Sources::WithReports);
    const ControlTimeline articleOnly(campaign, ControlTimeline::Sources::ArticleOnly);
    const DistrictAreas areas = DistrictAreas::fromCampaign(*campaign);
    ASSERT_TRUE(areas.isComplete());
    const TerritoryMeasure onMap(withReports, areas);
    const TerritoryMeasure onArticleMap(articleOnly, areas);
    struct Expected
    {
        QDate date;
        double withReports = 0.0;
        double articleOnly = 0.0;
    };
    QHash<QString, Expected> expected;
    for (const CampaignEvent &e : campaign->events) {
        if (e.figure.present)
            expected.insert(e.id,
                            {e.date, *onMap.valueFor(e.figure, e.date), *onArticleMap.valueFor(e.figure, e.date)});
    }
    for (const Report &r : campaign->reports) {
        for (int k = 0; k < r.claims.size(); ++k) {
            const ReportClaim &c = r.claims.at(k);
            if (!c.figure.present)
                continue;
            const QString id = c.id.isEmpty() ? QStringLiteral("%1#%2").arg(r.id).arg(k + 1) : c.id;
            expected.insert(id, {c.date, *onMap.valueFor(c.figure, c.date), *onArticleMap.valueFor(c.figure, c.date)});
        }
    }
    ASSERT_EQ(model.rowCount(), expected.size());
    ASSERT_GE(model.rowCount(), 3);
    QDate previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = cell(model, r, 0, FigureListModel::IdRole).toString();
        ASSERT_TRUE(expected.contains(id)) << id.toStdString();
        const Expected &e = expected.value(id);
        EXPECT_EQ(cell(model, r, 0, FigureListModel::DateRole).toDate(), e.date) << id.toStdString();
        EXPECT_DOUBLE_EQ(cell(model, r, 0, FigureListModel::MapValueRole).toDouble(), e.withReports)
            << id.toStdString();
        EXPECT_DOUBLE_EQ(cell(model, r, 0, FigureListModel::ArticleOnlyValueRole).toDouble(), e.articleOnly)
            << id.toStdString();
        EXPECT_TRUE(cell(model, r, 0, FigureListModel::UrlRole).toString().startsWith(QStringLiteral("http")));
        EXPECT_GE(e.date, previous) << "rows in date order";
        previous = e.date;
    }

    // The case: the article's "about 80%" on 7 December [35], which its own map does not reach.
    const QList<int> onSeventh = model.rowsOn(QDate(2016, 12, 7));
    int article = -1;
    for (int r : onSeventh) {
        if (cell(model, r, 0, FigureListModel::IsArticleRole).toBool())
            article = r;
    }
    ASSERT_GE(article, 0);
    EXPECT_EQ(cell(model, article, FigureListModel::SourceColumn), QStringLiteral("article ¶15 [35]"));
    EXPECT_EQ(cell(model, article, FigureListModel::FigureColumn), QStringLiteral("about 80%"));
    EXPECT_EQ(agreementOf(cell(model, article, 0, FigureListModel::ArticleOnlyAgreementRole)),
              FigureListModel::Agreement::Disagrees);
}
