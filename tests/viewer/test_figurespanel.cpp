#include "campaignloader.h"
#include "figurelistmodel.h"
#include "figurespanel.h"
#include "languagemanager.h"
#include "linkpolicy.h"
#include "mainwindow.h"
#include "territorymeasure.h"
#include "testsupport.h"
#include "timelinecontroller.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

class FiguresPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(session.loadCampaign(CampaignLoader::embeddedPath()));
        session.setCurrentDate(QDate(2016, 9, 19));
        links.setOpener([this](const QUrl &url) {
            opened.append(url);
            return true;
        });
        host = std::make_unique<QMainWindow>();
        host->setCentralWidget(new QWidget(host.get()));
        auto *dock = new QDockWidget(QStringLiteral("Figures"), host.get());
        panel = new FiguresPanel(&session, &links, dock);
        dock->setWidget(panel);
        host->addDockWidget(Qt::RightDockWidgetArea, dock);
        host->resize(1400, 900);
    }

    void show()
    {
        host->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(host.get()));
        QApplication::processEvents();
    }

    QTableView *table() const { return panel->table(); }

    /// The first row (in view order) that satisfies @p match, or an invalid index.
    QModelIndex findRow(const std::function<bool(const QModelIndex &)> &match) const
    {
        const QAbstractItemModel *m = table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (match(m->index(r, 0)))
                return m->index(r, 0);
        }
        return {};
    }

    void click(const QModelIndex &index, int column = FigureListModel::FigureColumn)
    {
        const QModelIndex cell = index.siblingAtColumn(column);
        table()->scrollTo(cell);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(cell).center());
    }

    ViewerSession session;
    LinkPolicy links;
    QList<QUrl> opened;
    std::unique_ptr<QMainWindow> host;
    FiguresPanel *panel = nullptr;
};

QDate dateOf(const QModelIndex &index)
{
    return index.data(FigureListModel::DateRole).toDate();
}

} // namespace

TEST_F(FiguresPanelTest, MeasuresNothingUntilShown)
{
    EXPECT_FALSE(panel->hasContent());
    EXPECT_EQ(table()->model()->rowCount(), 0);
    show();
    EXPECT_TRUE(panel->hasContent());
    EXPECT_GT(table()->model()->rowCount(), 0);
}

TEST_F(FiguresPanelTest, ClickingARowMovesTheTimelineToItsDate)
{
    show();
    const QModelIndex row = findRow([](const QModelIndex &i) { return dateOf(i) == QDate(2016, 12, 7); });
    ASSERT_TRUE(row.isValid());
    click(row);
    EXPECT_EQ(session.controller()->currentDate(), QDate(2016, 12, 7));
    EXPECT_EQ(session.currentDate(), QDate(2016, 12, 7));

    // The rows of that date, and only they, are highlighted.
    const QAbstractItemModel *m = table()->model();
    int highlighted = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, FigureListModel::MapColumn);
        const bool bold = i.data(Qt::FontRole).value<QFont>().bold() && i.data(Qt::FontRole).isValid();
        EXPECT_EQ(bold, dateOf(i) == QDate(2016, 12, 7)) << r;
        highlighted += bold ? 1 : 0;
    }
    EXPECT_GE(highlighted, 1);
}

TEST_F(FiguresPanelTest, EnterOnARowMovesTheTimeline)
{
    show();
    table()->setFocus();
    const QModelIndex first = table()->model()->index(0, 0);
    table()->setCurrentIndex(first);
    // Down to the first row of another day than the current one, then Enter.
    QModelIndex target;
    for (int r = 1; r < table()->model()->rowCount(); ++r) {
        QTest::keyClick(table(), Qt::Key_Down);
        if (dateOf(table()->currentIndex()) != session.currentDate()
            && dateOf(table()->currentIndex()) > QDate(2016, 10, 1)) {
            target = table()->currentIndex();
            break;
        }
    }
    ASSERT_TRUE(target.isValid());
    EXPECT_NE(session.currentDate(), dateOf(target)) << "moving the cursor alone does not move the timeline";
    QTest::keyClick(table(), Qt::Key_Return);
    EXPECT_EQ(session.currentDate(), dateOf(target));
}

TEST_F(FiguresPanelTest, ValuesAreTheMapsMeasure)
{
    show();
    const auto campaign = session.campaign();
    const ControlTimeline withReports(campaign, ControlTimeline::Sources::WithReports);
    const ControlTimeline articleOnly(campaign, ControlTimeline::Sources::ArticleOnly);
    const DistrictAreas areas = DistrictAreas::fromCampaign(*campaign);
    const TerritoryMeasure onMap(withReports, areas);
    const TerritoryMeasure onArticleMap(articleOnly, areas);
    // The article's "about 80%" of 7 December [35].
    const CampaignEvent *event = nullptr;
    for (const CampaignEvent &e : campaign->events) {
        if (e.figure.present && e.date == QDate(2016, 12, 7))
            event = &e;
    }
    ASSERT_NE(event, nullptr);
    const QModelIndex row = findRow(
        [&](const QModelIndex &i) { return i.data(FigureListModel::IdRole).toString() == event->id; });
    ASSERT_TRUE(row.isValid());
    EXPECT_DOUBLE_EQ(row.data(FigureListModel::MapValueRole).toDouble(), *onMap.valueFor(event->figure, event->date));
    EXPECT_DOUBLE_EQ(row.data(FigureListModel::ArticleOnlyValueRole).toDouble(),
                     *onArticleMap.valueFor(event->figure, event->date));
    const QString shown = row.siblingAtColumn(FigureListModel::ArticleOnlyColumn).data().toString();
    EXPECT_EQ(shown, QStringLiteral("%1%").arg(qRound(*onArticleMap.valueFor(event->figure, event->date) * 100)));
    EXPECT_EQ(row.siblingAtColumn(FigureListModel::FigureColumn).data().toString(), QStringLiteral("about 80%"));
}

TEST_F(FiguresPanelTest, ClickingAHeaderSortsByValue)
{
    show();
    QHeaderView *header = table()->horizontalHeader();
    const int x = header->sectionViewportPosition(FigureListModel::MapColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    EXPECT_EQ(header->sortIndicatorSection(), int(FigureListModel::MapColumn));
    const QAbstractItemModel *m = table()->model();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    // Grouped by unit (shares, km², districts), each group by value.
    const QStringList units{QStringLiteral("share"), QStringLiteral("km2"), QStringLiteral("districts")};
    int previousUnit = order == Qt::AscendingOrder ? 0 : 2;
    double previous = order == Qt::AscendingOrder ? -1.0 : 1e9;
    int checked = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QVariant v = m->index(r, 0).data(FigureListModel::MapValueRole);
        if (!v.isValid())
            continue;
        const int unit = int(units.indexOf(m->index(r, 0).data(FigureListModel::UnitRole).toString()));
        if (unit != previousUnit) {
            EXPECT_EQ(unit > previousUnit, order == Qt::AscendingOrder) << r;
            previousUnit = unit;
            previous = order == Qt::AscendingOrder ? -1.0 : 1e9;
        }
        if (order == Qt::AscendingOrder)
            EXPECT_GE(v.toDouble(), previous) << r;
        else
            EXPECT_LE(v.toDouble(), previous) << r;
        previous = v.toDouble();
        ++checked;
    }
    EXPECT_GT(checked, 10);
}

TEST_F(FiguresPanelTest, TheDetailsLinkOpensTheReportThroughTheLinkPolicy)
{
    show();
    const QModelIndex report = findRow(
        [](const QModelIndex &i) { return !i.data(FigureListModel::IsArticleRole).toBool(); });
    ASSERT_TRUE(report.isValid());
    click(report);
    const QString url = report.data(FigureListModel::UrlRole).toString();
    EXPECT_TRUE(panel->details()->text().contains(url.toHtmlEscaped()));
    EXPECT_TRUE(
        panel->details()->text().contains(report.data(FigureListModel::SummaryRole).toString().toHtmlEscaped()));

    // Tab from the table reaches the details, Tab again their link (as in any Qt label); Enter opens it.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), panel->details());
    EXPECT_TRUE(opened.isEmpty());
    QTest::keyClick(panel->details(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), panel->details()) << "the link, not the next widget";
    QTest::keyClick(panel->details(), Qt::Key_Return);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl(url));
}

TEST_F(FiguresPanelTest, IsNamedForAssistiveTechnology)
{
    show();
    EXPECT_FALSE(panel->accessibleName().isEmpty());
    EXPECT_FALSE(table()->accessibleName().isEmpty());
    EXPECT_FALSE(table()->accessibleDescription().isEmpty());
    EXPECT_FALSE(panel->details()->accessibleName().isEmpty());
    EXPECT_EQ(panel->windowTitle(), QStringLiteral("Figures"));
}

TEST_F(FiguresPanelTest, ACampaignChangeIsMeasuredAgain)
{
    show();
    const auto rowOf = [this](const QString &figureText) {
        return findRow([&](const QModelIndex &i) {
            return i.data(FigureListModel::IsArticleRole).toBool()
                   && i.siblingAtColumn(FigureListModel::FigureColumn).data().toString() == figureText;
        });
    };
    ASSERT_TRUE(rowOf(QStringLiteral("about 3.5 km²")).isValid());
    // Another package whose article gives 13 December's area as about 4.5 km².
    QTemporaryDir dir;
    ASSERT_TRUE(TestSupport::copyEmbeddedPackage(dir));
    ASSERT_TRUE(TestSupport::editPackageFile(dir, QStringLiteral("events.json"), QStringLiteral("\"value\": 3.5,"),
                                             QStringLiteral("\"value\": 4.5,")));
    ASSERT_TRUE(session.loadCampaign(dir.path()));
    EXPECT_TRUE(panel->hasContent()) << "a panel on screen measures the new campaign at once";
    EXPECT_FALSE(rowOf(QStringLiteral("about 3.5 km²")).isValid());
    EXPECT_TRUE(rowOf(QStringLiteral("about 4.5 km²")).isValid());
}

TEST_F(FiguresPanelTest, AClickedRowStaysInViewWhenItsDayHasManyRows)
{
    show();
    host->resize(1400, 400); // fewer rows fit than 7 December has
    QApplication::processEvents();
    const QList<QModelIndex> rows = [this] {
        QList<QModelIndex> out;
        for (int r = 0; r < table()->model()->rowCount(); ++r) {
            if (dateOf(table()->model()->index(r, 0)) == QDate(2016, 12, 7))
                out.append(table()->model()->index(r, 0));
        }
        return out;
    }();
    ASSERT_GT(rows.size() * table()->verticalHeader()->defaultSectionSize(), table()->viewport()->height());
    click(rows.last());
    EXPECT_EQ(session.currentDate(), QDate(2016, 12, 7));
    EXPECT_TRUE(table()->viewport()->rect().contains(table()->visualRect(rows.last()).center()));
}

/// The embedded campaign in a shown main window.
class FiguresDock : public WindowTest
{ };

TEST_F(FiguresDock, IsAPanelOfTheWindowReachedByF6AndItsVisibilityIsRemembered)
{
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("figuresDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Figures"));
    auto *panels = window->findChild<QMenu *>(QStringLiteral("panelsMenu"));
    ASSERT_NE(panels, nullptr);
    EXPECT_TRUE(panels->actions().contains(dock->toggleViewAction()));

    // Brought to the front, its table is one of the panels F6 cycles through.
    dock->raise();
    QApplication::processEvents();
    auto *panel = qobject_cast<FiguresPanel *>(dock->widget());
    ASSERT_NE(panel, nullptr);
    EXPECT_GT(panel->table()->model()->rowCount(), 0);
    bool reached = false;
    for (int i = 0; i < 8 && !reached; ++i) {
        QTest::keyClick(window.get(), Qt::Key_F6);
        reached = QApplication::focusWidget() == panel->table();
    }
    EXPECT_TRUE(reached);

    // Closed from View > Panels, it stays closed in the next session.
    dock->toggleViewAction()->trigger();
    EXPECT_FALSE(dock->isVisible());
    const SettingsStore::State saved = window->currentState();
    ViewerSession session2;
    ASSERT_TRUE(session2.loadCampaign(CampaignLoader::embeddedPath()));
    MainWindow window2(&session2, language.get());
    window2.applyState(saved);
    window2.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window2));
    auto *dock2 = window2.findChild<QDockWidget *>(QStringLiteral("figuresDock"));
    ASSERT_NE(dock2, nullptr);
    EXPECT_TRUE(dock2->isHidden());
    EXPECT_FALSE(dock2->toggleViewAction()->isChecked());
}
