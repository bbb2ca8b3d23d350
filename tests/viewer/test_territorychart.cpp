#include "campaignloader.h"
#include "districtareas.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settingsstore.h"
#include "territorychart.h"
#include "territorymeasure.h"
#include "territorystats.h"
#include "testsupport.h"
#include "timelinecontroller.h"
#include "viewersession.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLineSeries>
#include <QMenu>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

namespace {

class TerritoryChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session.setCampaign(TestSupport::embeddedCampaign());
        chart = std::make_unique<TerritoryChart>(&session);
        chart->resize(1200, 480);
        chart->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(chart.get()));
        QApplication::processEvents();
        campaign = session.campaign();
        areas = DistrictAreas::fromCampaign(*campaign);
        expected = TerritoryStats::compute(*session.timeline(), areas, campaign->start, campaign->end);
    }

    template<typename T>
    T *series(const QString &name) const
    {
        for (QAbstractSeries *s : chart->chart()->series()) {
            if (s->objectName() == name)
                return qobject_cast<T *>(s);
        }
        return nullptr;
    }

    /// The bands from the bottom up.
    QList<QAreaSeries *> bands() const
    {
        QList<QAreaSeries *> out;
        for (QAbstractSeries *s : chart->chart()->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(s))
                out.append(area);
        }
        return out;
    }

    /// The chart's x for @p date, read from the series (the day's point of the bottom band).
    qreal xOf(QDate date) const { return bands().first()->upperSeries()->at(int(campaign->start.daysTo(date))).x(); }

    /// Where a user points to mean @p date at @p km2 on the plot, in the view's viewport.
    QPoint viewPosition(QDate date, double km2) const
    {
        QChart *c = chart->chart();
        const QPointF inChart = c->mapToPosition(QPointF(xOf(date), km2), bands().first());
        return chart->chartView()->mapFromScene(c->mapToScene(inChart));
    }

    QWidget *viewport() const { return chart->chartView()->viewport(); }

    ViewerSession session;
    std::unique_ptr<TerritoryChart> chart;
    std::shared_ptr<const Campaign> campaign;
    DistrictAreas areas;
    QList<DayStats> expected;
};

TEST_F(TerritoryChartTest, BandsStackEachSidesKm2AndTotalTheDaysTerritory)
{
    const QList<QAreaSeries *> stack = bands();
    // Every side and contested, the sources' measured side (the opposition) on the axis.
    ASSERT_EQ(stack.size(), campaign->sides.size() + 1);
    EXPECT_EQ(stack.first()->objectName(), QStringLiteral("opposition"));
    EXPECT_EQ(stack.at(1)->objectName(), QStringLiteral("contested"));
    ASSERT_EQ(expected.size(), campaign->start.daysTo(campaign->end) + 1);
    for (int i = 0; i < expected.size(); ++i) {
        const DayStats &day = expected.at(i);
        double total = day.contestedKm2;
        for (const Side &side : campaign->sides)
            total += day.km2.value(side.id);
        ASSERT_EQ(stack.last()->upperSeries()->count(), expected.size());
        EXPECT_NEAR(stack.last()->upperSeries()->at(i).y(), total, 1e-9)
            << day.date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(stack.first()->lowerSeries()->at(i).y(), 0.0);
        for (QAreaSeries *band : stack) {
            const double thickness = band->upperSeries()->at(i).y() - band->lowerSeries()->at(i).y();
            const double km2 = band->objectName() == QLatin1String("contested") ? day.contestedKm2
                                                                                : day.km2.value(band->objectName());
            EXPECT_NEAR(thickness, km2, 1e-9) << band->objectName().toStdString();
        }
    }
    // Days in order, one day apart.
    const QLineSeries *bottom = stack.first()->upperSeries();
    for (int i = 1; i < bottom->count(); ++i)
        EXPECT_NEAR(bottom->at(i).x() - bottom->at(i - 1).x(), 86400000.0, 3600000.0 + 1.0);

    const auto *share = series<QLineSeries>(QStringLiteral("shareTaken"));
    ASSERT_NE(share, nullptr);
    // The share taken as the figures' marks are measured (contested districts count half).
    const TerritoryMeasure measure(*session.timeline(), areas);
    ASSERT_EQ(share->count(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_NEAR(share->at(i).y(), *measure.takenShare(expected.at(i).date) * 100.0, 1e-9);
}

TEST_F(TerritoryChartTest, ClickingTheDatesPositionMovesTheTimelineThere)
{
    const QDate target(2016, 11, 28);
    ASSERT_NE(session.currentDate(), target);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPosition(target, 40.0));
    EXPECT_EQ(session.currentDate(), target);
    EXPECT_TRUE(chart->chartView()->hasFocus());

    const QDate other(2016, 10, 2);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPosition(other, 120.0));
    EXPECT_EQ(session.currentDate(), other);
}

TEST_F(TerritoryChartTest, DraggingMovesTheTimelineAndStopsAtTheLastDay)
{
    const QDate from(2016, 11, 1);
    const QDate to(2016, 12, 10);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, viewPosition(from, 60.0));
    EXPECT_EQ(session.currentDate(), from);
    QTest::mouseMove(viewport(), viewPosition(to, 60.0));
    EXPECT_EQ(session.currentDate(), to);
    // Past the plot's right edge: the campaign's last day, not beyond.
    QTest::mouseMove(viewport(), viewPosition(to, 60.0) + QPoint(chart->width(), 0));
    EXPECT_EQ(session.currentDate(), campaign->end);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, viewPosition(to, 60.0) + QPoint(chart->width(), 0));

    // Once released, moving over the plot leaves the date alone.
    QTest::mouseMove(viewport(), viewPosition(from, 60.0));
    EXPECT_EQ(session.currentDate(), campaign->end);
}

TEST_F(TerritoryChartTest, ClickOutsideThePlotLeavesTheDate)
{
    session.setCurrentDate(QDate(2016, 11, 15));
    // On the date axis's labels under the plot, and on the km² axis's left of it.
    const QRectF plot = chart->chart()->plotArea();
    for (const QPointF &outside :
         {QPointF(plot.center().x(), plot.bottom() + 8.0), QPointF(plot.left() - 20.0, plot.center().y())}) {
        ASSERT_TRUE(chart->chart()->rect().contains(outside));
        QTest::mouseClick(viewport(), Qt::LeftButton, {},
                          chart->chartView()->mapFromScene(chart->chart()->mapToScene(outside)));
        EXPECT_EQ(session.currentDate(), QDate(2016, 11, 15));
    }
}

TEST_F(TerritoryChartTest, CursorFollowsTheTimelinesDate)
{
    auto *cursor = series<QLineSeries>(QStringLiteral("cursor"));
    ASSERT_NE(cursor, nullptr);
    for (const QDate date : {QDate(2016, 9, 19), QDate(2016, 11, 28), QDate(2016, 12, 22)}) {
        session.controller()->setCurrentDate(date);
        ASSERT_EQ(cursor->count(), 2);
        EXPECT_EQ(cursor->at(0).x(), xOf(date));
        EXPECT_EQ(cursor->at(1).x(), xOf(date));
        // From the axis to the top of the plot.
        auto *km2Axis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical, cursor).value(0));
        ASSERT_NE(km2Axis, nullptr);
        EXPECT_EQ(cursor->at(0).y(), km2Axis->min());
        EXPECT_EQ(cursor->at(1).y(), km2Axis->max());
    }
}

TEST_F(TerritoryChartTest, MovingTheDateMovesTheCursorNotTheSeries)
{
    QSignalSpy rebuilt(chart.get(), &TerritoryChart::seriesRebuilt);
    const QList<QAbstractSeries *> before = chart->chart()->series();
    QList<int> counts;
    for (QAreaSeries *band : bands())
        counts.append(band->upperSeries()->count());
    auto *cursor = series<QLineSeries>(QStringLiteral("cursor"));
    ASSERT_NE(cursor, nullptr);

    for (int step = 0; step < 40; ++step) {
        session.controller()->stepDays(1);
        QApplication::processEvents();
        EXPECT_EQ(cursor->at(0).x(), xOf(session.currentDate()));
    }
    EXPECT_EQ(rebuilt.count(), 0);
    EXPECT_EQ(chart->chart()->series(), before);
    QList<int> after;
    for (QAreaSeries *band : bands())
        after.append(band->upperSeries()->count());
    EXPECT_EQ(after, counts);
}

TEST_F(TerritoryChartTest, ArticlesKm2FigureIsMarkedOn13DecemberBesideTheMapsValue)
{
    const QDate dec13(2016, 12, 13);
    auto *article = series<QScatterSeries>(QStringLiteral("articleKm2Figures"));
    ASSERT_NE(article, nullptr);
    bool found = false;
    for (const QPointF &p : article->points())
        found = found || (p.x() == xOf(dec13) && std::abs(p.y() - 3.5) < 1e-9);
    EXPECT_TRUE(found);

    // Every km² figure of the reports (about the whole pocket) has its mark, at its date and value.
    auto *reports = series<QScatterSeries>(QStringLiteral("reportKm2Figures"));
    ASSERT_NE(reports, nullptr);
    QList<QPointF> given;
    for (const Report &r : campaign->reports) {
        for (const ReportClaim &c : r.claims) {
            if (c.figure.present && c.figure.unit == FigureUnit::Km2 && c.figure.districts.isEmpty())
                given.append(QPointF(xOf(c.date), c.figure.value));
        }
    }
    ASSERT_FALSE(given.isEmpty());
    EXPECT_EQ(reports->points(), given);

    // The day's readout names the source, its figure and the map's own value for the same measure.
    session.setCurrentDate(dec13);
    const QString readout = chart->readout();
    const TerritoryMeasure measure(*session.timeline(), areas);
    Figure km2;
    km2.present = true;
    km2.unit = FigureUnit::Km2;
    const QString mapValue = QString::number(*measure.valueFor(km2, dec13), 'f', 1);
    EXPECT_TRUE(readout.contains(QStringLiteral("article ¶"))) << readout.toStdString();
    EXPECT_TRUE(readout.contains(QStringLiteral("about 3.5 km²"))) << readout.toStdString();
    EXPECT_TRUE(readout.contains(QStringLiteral("the map: %1 km²").arg(mapValue))) << readout.toStdString();
    EXPECT_TRUE(readout.contains(QStringLiteral("Interfax"))) << readout.toStdString();
}

TEST_F(TerritoryChartTest, HoveringAFiguresMarkShowsItsSourceAndTheMapsValue)
{
    // On the current day too: the cursor line passes under the mark.
    const QDate dec13(2016, 12, 13);
    session.setCurrentDate(dec13);
    const QPoint mark = viewPosition(dec13, 3.5);
    // The pointer rests beside the mark: the help event the application sends then.
    QHelpEvent rest(QEvent::ToolTip, mark + QPoint(2, -2), viewport()->mapToGlobal(mark + QPoint(2, -2)));
    QApplication::sendEvent(viewport(), &rest);
    ASSERT_TRUE(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    EXPECT_TRUE(tip.contains(QStringLiteral("13 December 2016"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("article ¶"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("about 3.5 km²"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("the map: "))) << tip.toStdString();
    // Nothing to say away from the marks.
    const QPoint empty = viewPosition(QDate(2016, 10, 10), 100.0);
    QHelpEvent elsewhere(QEvent::ToolTip, empty, viewport()->mapToGlobal(empty));
    QApplication::sendEvent(viewport(), &elsewhere);
    EXPECT_TRUE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000));
}

TEST_F(TerritoryChartTest, ShareFiguresOfTheWholePocketAreMarkedOnTheShareAxis)
{
    auto *article = series<QScatterSeries>(QStringLiteral("articleShareFigures"));
    ASSERT_NE(article, nullptr);
    // The article's "about 80% by 7 December" is there; its share of one district (Bustan al-Basha) is not.
    QList<QPointF> expectedPoints;
    for (const CampaignEvent &e : campaign->events) {
        if (e.figure.present && e.figure.unit == FigureUnit::Share && e.figure.districts.isEmpty())
            expectedPoints.append(QPointF(xOf(e.date), e.figure.value * 100.0));
    }
    ASSERT_FALSE(expectedPoints.isEmpty());
    EXPECT_EQ(article->points(), expectedPoints);
    auto *shareAxis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical, article).value(0));
    ASSERT_NE(shareAxis, nullptr);
    EXPECT_EQ(shareAxis->max(), 100.0);
}

TEST_F(TerritoryChartTest, KeysMoveTheDateWhenTheChartHasFocus)
{
    EXPECT_NE(chart->chartView()->focusPolicy() & Qt::TabFocus, 0);
    chart->chartView()->setFocus();
    session.setCurrentDate(QDate(2016, 11, 20));
    QTest::keyClick(chart->chartView(), Qt::Key_Right);
    EXPECT_EQ(session.currentDate(), QDate(2016, 11, 21));
    QTest::keyClick(chart->chartView(), Qt::Key_Left);
    QTest::keyClick(chart->chartView(), Qt::Key_Left);
    EXPECT_EQ(session.currentDate(), QDate(2016, 11, 19));
    QTest::keyClick(chart->chartView(), Qt::Key_End);
    EXPECT_EQ(session.currentDate(), campaign->end);
    QTest::keyClick(chart->chartView(), Qt::Key_Home);
    EXPECT_EQ(session.currentDate(), campaign->start);
}

TEST_F(TerritoryChartTest, HasAccessibleNames)
{
    EXPECT_FALSE(chart->accessibleName().isEmpty());
    EXPECT_FALSE(chart->chartView()->accessibleName().isEmpty());
    EXPECT_FALSE(chart->findChild<QWidget *>(QStringLiteral("territoryReadout"))->accessibleName().isEmpty());
    // The view describes the current day for a screen reader, as the readout shows it.
    session.setCurrentDate(QDate(2016, 12, 7));
    EXPECT_EQ(chart->chartView()->accessibleDescription(), chart->readout());
    EXPECT_TRUE(chart->readout().contains(QStringLiteral("7 December 2016")));
}

// Whether @p shown is @p words line by line, each line after its swatch, if any.
bool showsLineByLine(const QString &shown, const QString &words)
{
    const QStringList shownLines = shown.split(QLatin1Char('\n'));
    const QStringList wordLines = words.split(QLatin1Char('\n'));
    if (shownLines.size() != wordLines.size())
        return false;
    for (qsizetype i = 0; i < shownLines.size(); ++i) {
        if (!shownLines.at(i).endsWith(wordLines.at(i)))
            return false;
    }
    return true;
}

// The day's numbers scroll beside the plot: a day with many figures neither
// widens the readout nor narrows the plot, and its last line can be scrolled to.
TEST_F(TerritoryChartTest, TheDaysNumbersScrollBesideThePlotWhichKeepsItsWidth)
{
    auto *readout = chart->findChild<QTextBrowser *>(QStringLiteral("territoryReadout"));
    ASSERT_NE(readout, nullptr);
    chart->resize(1200, 220);
    session.controller()->setCurrentDate(QDate(2016, 9, 20));
    QApplication::processEvents();
    const int plotWidth = chart->chartView()->width();
    const int readoutWidth = readout->width();
    EXPECT_TRUE(showsLineByLine(readout->toPlainText(), chart->readout())) << readout->toPlainText().toStdString();

    // 7 December: the article's and the reports' figures, more lines than the panel is high.
    session.controller()->setCurrentDate(QDate(2016, 12, 7));
    QApplication::processEvents();
    EXPECT_TRUE(showsLineByLine(readout->toPlainText(), chart->readout())) << readout->toPlainText().toStdString();
    EXPECT_EQ(chart->chartView()->width(), plotWidth);
    EXPECT_EQ(readout->width(), readoutWidth);
    QScrollBar *bar = readout->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0) << "the day's lines are more than the panel shows";
    bar->setValue(bar->maximum());
    const QString last = chart->readout().split(QLatin1Char('\n')).last();
    const QTextCursor end = readout->document()->find(last);
    ASSERT_FALSE(end.isNull());
    EXPECT_TRUE(readout->viewport()->rect().contains(readout->cursorRect(end).center()))
        << "scrolled to the bottom, the last line is in view";
}

TEST(TerritoryChart, HiddenChartIsBuiltWhenShownAndOncePerCampaign)
{
    ViewerSession session;
    TerritoryChart chart(&session);
    QSignalSpy rebuilt(&chart, &TerritoryChart::seriesRebuilt);
    session.setCampaign(TestSupport::embeddedCampaign());
    session.setCurrentDate(QDate(2016, 12, 1));
    EXPECT_EQ(rebuilt.count(), 0);
    EXPECT_TRUE(chart.chart()->series().isEmpty());

    chart.resize(900, 400);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    EXPECT_EQ(rebuilt.count(), 1);
    EXPECT_FALSE(chart.chart()->series().isEmpty());

    // Another campaign while shown: one rebuild, however the date moves with it.
    ASSERT_TRUE(session.loadCampaign(CampaignLoader::embeddedPath()));
    EXPECT_EQ(rebuilt.count(), 2);
}

TEST(TerritoryChart, DockIsInViewPanelsHiddenAtFirstAndRemembered)
{
    ViewerSession session;
    ASSERT_TRUE(session.loadCampaign(CampaignLoader::embeddedPath()));
    LanguageManager language;
    QByteArray saved;
    {
        MainWindow window(&session, &language);
        window.resize(1500, 950);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("territoryDock"));
        ASSERT_NE(dock, nullptr);
        EXPECT_FALSE(dock->isVisible());
        EXPECT_EQ(dock->windowTitle(), QStringLiteral("Territory"));
        auto *panels = window.findChild<QMenu *>(QStringLiteral("panelsMenu"));
        ASSERT_NE(panels, nullptr);
        EXPECT_TRUE(panels->actions().contains(dock->toggleViewAction()));

        dock->toggleViewAction()->trigger();
        QApplication::processEvents();
        EXPECT_TRUE(dock->isVisible());
        auto *chart = dock->findChild<TerritoryChart *>();
        ASSERT_NE(chart, nullptr);
        EXPECT_FALSE(chart->chart()->series().isEmpty());
        saved = window.currentState().windowState;
    }
    MainWindow again(&session, &language);
    SettingsStore::State state;
    state.windowState = saved;
    again.applyState(state);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_TRUE(again.findChild<QDockWidget *>(QStringLiteral("territoryDock"))->isVisible());
}

} // namespace
