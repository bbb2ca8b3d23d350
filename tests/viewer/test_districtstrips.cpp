#include "campaignloader.h"
#include "districtlook.h"
#include "districtstripmodel.h"
#include "districtstrips.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settingsstore.h"
#include "testsupport.h"
#include "timelinecontroller.h"
#include "viewersession.h"
#include "windowtest.h"
#include "wording.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace {

const QString kHanano = QStringLiteral("hanano");

class DistrictStripsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(session.loadCampaign(CampaignLoader::embeddedPath()));
        session.setCurrentDate(QDate(2016, 12, 7));
        strips = std::make_unique<DistrictStrips>(&session);
        strips->resize(1200, 700);
    }

    void show()
    {
        strips->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(strips.get()));
        QApplication::processEvents();
    }

    QListView *view() const { return strips->view(); }
    DistrictStripModel *model() const { return strips->model(); }

    /// The view's row of district @p id, scrolled into view.
    QModelIndex rowOf(const QString &id) const
    {
        const QAbstractItemModel *m = view()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(DistrictStripModel::IdRole).toString() == id) {
                view()->scrollTo(m->index(r, 0));
                return m->index(r, 0);
            }
        }
        return {};
    }

    int sourceRow(const QModelIndex &viewIndex) const
    {
        return qobject_cast<const QSortFilterProxyModel *>(view()->model())->mapToSource(viewIndex).row();
    }

    QPoint cellCentre(const QModelIndex &index, QDate date) const
    {
        return strips->cellRect(index, model()->dayOf(date)).center().toPoint();
    }

    QStringList idsInViewOrder() const
    {
        QStringList ids;
        for (int r = 0; r < view()->model()->rowCount(); ++r)
            ids.append(view()->model()->index(r, 0).data(DistrictStripModel::IdRole).toString());
        return ids;
    }

    /// The colour DistrictLook gives the run of @p day on @p index at @p pos, painted alone over the view's base.
    QColor expectedColour(const QModelIndex &index, int day, const QPoint &pos) const
    {
        const QRect viewport = view()->viewport()->rect();
        QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(view()->viewport()->palette().color(QPalette::Base));
        QPainter painter(&image);
        const QRectF band = strips->bandRect(view()->visualRect(index));
        for (const DistrictStripModel::Run &run : model()->runs(sourceRow(index))) {
            if (day < run.first || day > run.last)
                continue;
            QPainterPath path;
            path.addRect(QRectF(strips->dayEdge(run.first), band.top(),
                                strips->dayEdge(run.last + 1) - strips->dayEdge(run.first), band.height()));
            DistrictLook::forState(run.appearance, session.campaign()->sides).paint(&painter, path, viewport);
        }
        painter.end();
        return image.pixelColor(pos);
    }

    static bool near(const QColor &a, const QColor &b)
    {
        return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3
               && std::abs(a.blue() - b.blue()) <= 3;
    }

    ViewerSession session;
    std::unique_ptr<DistrictStrips> strips;
};

TEST_F(DistrictStripsTest, BuildsNothingUntilShown)
{
    EXPECT_EQ(model()->rowCount(), 0);
    show();
    EXPECT_EQ(model()->rowCount(), int(session.campaign()->districts.size()));
    EXPECT_EQ(model()->timeline(), session.timeline());
}

TEST_F(DistrictStripsTest, ClickingABandSelectsTheDistrictAndMovesToTheDay)
{
    show();
    const QModelIndex hanano = rowOf(kHanano);
    ASSERT_TRUE(hanano.isValid());
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cellCentre(hanano, QDate(2016, 11, 27)));
    EXPECT_EQ(session.selectedDistrict(), kHanano);
    EXPECT_EQ(session.currentDate(), QDate(2016, 11, 27));

    // The first and last days too, on another row.
    const QModelIndex other = view()->model()->index(0, 0);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cellCentre(other, session.campaign()->start));
    EXPECT_EQ(session.selectedDistrict(), strips->districtId(other));
    EXPECT_EQ(session.currentDate(), session.campaign()->start);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cellCentre(other, session.campaign()->end));
    EXPECT_EQ(session.currentDate(), session.campaign()->end);

    // A click on the name selects without moving the date.
    const QRect item = view()->visualRect(rowOf(kHanano));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(item.left() + 10, item.center().y()));
    EXPECT_EQ(session.selectedDistrict(), kHanano);
    EXPECT_EQ(session.currentDate(), session.campaign()->end);
}

TEST_F(DistrictStripsTest, DraggingAlongABandScrubsTheTimeline)
{
    show();
    const QModelIndex hanano = rowOf(kHanano);
    const QPoint from = cellCentre(hanano, QDate(2016, 11, 20));
    const QPoint to = cellCentre(hanano, QDate(2016, 11, 30));
    QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), view()->viewport()->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view()->viewport(), &move);
    EXPECT_EQ(session.currentDate(), QDate(2016, 11, 30));
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, to);
    EXPECT_EQ(session.currentDate(), QDate(2016, 11, 30));
}

TEST_F(DistrictStripsTest, KeysMoveRowsAndDaysAndEnterSelects)
{
    show();
    view()->setFocus();
    view()->setCurrentIndex(view()->model()->index(0, 0));
    QTest::keyClick(view(), Qt::Key_Down);
    QTest::keyClick(view(), Qt::Key_Down);
    EXPECT_EQ(view()->currentIndex().row(), 2);
    EXPECT_TRUE(session.selectedDistrict().isEmpty()) << "moving between rows does not select";
    QTest::keyClick(view(), Qt::Key_Return);
    EXPECT_EQ(session.selectedDistrict(), strips->districtId(view()->model()->index(2, 0)));

    QTest::keyClick(view(), Qt::Key_Right);
    EXPECT_EQ(session.currentDate(), QDate(2016, 12, 8));
    QTest::keyClick(view(), Qt::Key_Left);
    QTest::keyClick(view(), Qt::Key_Left);
    EXPECT_EQ(session.currentDate(), QDate(2016, 12, 6));
    EXPECT_EQ(view()->currentIndex().row(), 2) << "Left and Right keep the row";
}

TEST_F(DistrictStripsTest, SelectingOnTheMapMovesTheCurrentRow)
{
    show();
    session.setSelectedDistrict(kHanano);
    EXPECT_EQ(strips->districtId(view()->currentIndex()), kHanano);
    EXPECT_TRUE(view()->viewport()->rect().intersects(view()->visualRect(view()->currentIndex())));
}

TEST_F(DistrictStripsTest, SortsByNameFirstChangeAndAreaFromTheSortBox)
{
    show();
    QComboBox *box = strips->sortBox();
    const QAbstractItemModel *m = view()->model();
    // Chosen from the keyboard, as a user would.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    EXPECT_EQ(strips->sortKey(), DistrictStrips::SortKey::Name);
    for (int r = 1; r < m->rowCount(); ++r) {
        EXPECT_LE(QString::localeAwareCompare(m->index(r - 1, 0).data().toString(), m->index(r, 0).data().toString()),
                  0)
            << r;
    }

    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_EQ(strips->sortKey(), DistrictStrips::SortKey::FirstChange);
    bool neverSeen = false;
    QDate previous;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QVariant first = m->index(r, 0).data(DistrictStripModel::FirstChangeRole);
        if (!first.isValid()) {
            neverSeen = true;
            continue;
        }
        EXPECT_FALSE(neverSeen) << "districts that never change come last";
        EXPECT_LE(previous, first.toDate());
        previous = first.toDate();
        // The first change really is the first day whose look differs from the day before.
        const int row = sourceRow(m->index(r, 0));
        const int day = model()->dayOf(first.toDate());
        const DistrictAppearance before = model()->appearance(row, day - 1);
        const DistrictAppearance after = model()->appearance(row, day);
        EXPECT_TRUE(before.control != after.control || before.leading != after.leading);
    }

    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_EQ(strips->sortKey(), DistrictStrips::SortKey::Area);
    const DistrictAreas &areas = *model()->areas();
    for (int r = 1; r < m->rowCount(); ++r) {
        EXPECT_GE(areas.km2(sourceRow(m->index(r - 1, 0))), areas.km2(sourceRow(m->index(r, 0)))) << r;
    }
    EXPECT_NE(idsInViewOrder(), QStringList()) << "rows are shown";
}

TEST_F(DistrictStripsTest, EachCellIsPaintedAsTheMapDrawsTheDistrictThatDay)
{
    show();
    session.setCurrentDate(session.campaign()->end); // the date line out of the way
    const QModelIndex hanano = rowOf(kHanano);
    QApplication::processEvents();
    const QImage shot = view()->viewport()->grab().toImage();
    const int dpr = int(std::round(shot.devicePixelRatio()));
    ASSERT_EQ(dpr, 1);
    const auto shown = [&](const QPoint &p) { return shot.pixelColor(p); };

    int checked = 0;
    int disputed = 0;
    const QAbstractItemModel *m = view()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex index = m->index(r, 0);
        if (!view()->viewport()->rect().contains(view()->visualRect(index)) || strips->isSelected(index))
            continue;
        for (int day = 0; day < model()->dayCount() - 3; day += 3) {
            const QPoint centre = strips->cellRect(index, day).center().toPoint();
            const DistrictAppearance a = model()->appearance(sourceRow(index), day);
            disputed += a.disputed ? 1 : 0;
            ASSERT_TRUE(near(shown(centre), expectedColour(index, day, centre)))
                << strips->districtId(index).toStdString() << " day " << day << ": painted "
                << shown(centre).name().toStdString() << ", DistrictLook "
                << expectedColour(index, day, centre).name().toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 100);
    EXPECT_GT(disputed, 0) << "a disputed cell is among those checked";

    // Hanano before and after its recapture (26 November) are not the same colour.
    const QPoint before = cellCentre(hanano, QDate(2016, 11, 20));
    const QPoint after = cellCentre(hanano, QDate(2016, 12, 1));
    EXPECT_FALSE(near(shown(before), shown(after)));
}

TEST_F(DistrictStripsTest, TheDateLineMovesWithTheTimelineWithoutRebuildingTheRows)
{
    show();
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    const QModelIndex row = view()->model()->index(0, 0);
    const QColor ink = view()->viewport()->palette().color(QPalette::WindowText);
    const auto lineX = [&](QDate date) {
        const int day = model()->dayOf(date);
        return int((strips->dayEdge(day) + strips->dayEdge(day + 1)) / 2);
    };
    const int y = view()->visualRect(row).center().y();
    const QDate first(2016, 11, 1);
    const QDate second(2016, 11, 20);
    session.setCurrentDate(first);
    QApplication::processEvents();
    QImage shot = view()->viewport()->grab().toImage();
    EXPECT_TRUE(near(shot.pixelColor(lineX(first), y), ink));
    const QColor bandThere = expectedColour(row, model()->dayOf(second), QPoint(lineX(second), y));
    EXPECT_TRUE(near(shot.pixelColor(lineX(second), y), bandThere));

    for (int i = 0; i < 19; ++i)
        session.stepDays(1);
    ASSERT_EQ(session.currentDate(), second);
    QApplication::processEvents();
    shot = view()->viewport()->grab().toImage();
    EXPECT_TRUE(near(shot.pixelColor(lineX(second), y), ink));
    EXPECT_TRUE(
        near(shot.pixelColor(lineX(first), y), expectedColour(row, model()->dayOf(first), QPoint(lineX(first), y))));
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(DistrictStripsTest, ADateStepRepaintsOnlyTheOldAndTheNewDateLine)
{
    show();
    /// Collects the regions of the paint events a widget receives.
    class PaintSpy : public QObject
    {
    public:
        QRegion painted;

    protected:
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                painted += static_cast<QPaintEvent *>(event)->region();
            return false;
        }
    } spy;
    QApplication::processEvents();
    view()->viewport()->installEventFilter(&spy);
    session.stepDays(1);
    QApplication::processEvents();
    view()->viewport()->removeEventFilter(&spy);
    ASSERT_FALSE(spy.painted.isEmpty());
    const int day = model()->dayOf(session.currentDate());
    const double dayWidth = strips->dayEdge(day + 1) - strips->dayEdge(day);
    // Two days and a few pixels of margin, not the band.
    EXPECT_LE(spy.painted.boundingRect().width(), int(3 * dayWidth + 8));
    EXPECT_TRUE(spy.painted.boundingRect().contains(QPoint(int(strips->dayEdge(day)), 1)));
}

// After a step, which repaints only where the date line was and goes, the
// window shows what painting the rows whole shows: names, bands and the line.
TEST_F(DistrictStripsTest, ADateStepLeavesTheRowsAsAWholeRepaintPaintsThem)
{
    show();
    QWidget *viewport = view()->viewport();
    const auto shownViewport = [&] { return TestSupport::shownOnScreen(*viewport); };
    const QDate start = session.campaign()->start;
    const QImage first = shownViewport();
    for (const QDate &date :
         {start, start.addDays(1), QDate(2016, 11, 26), QDate(2016, 11, 27), session.campaign()->end}) {
        session.setCurrentDate(date);
        const QImage afterStep = shownViewport();
        viewport->update();
        const QImage whole = shownViewport();
        EXPECT_EQ(afterStep, whole) << date.toString(Qt::ISODate).toStdString();
    }
    EXPECT_NE(first, shownViewport()) << "the steps moved the date line";
}

TEST_F(DistrictStripsTest, FollowsANewCampaign)
{
    show();
    const auto before = session.timeline();
    const CampaignLoadResult again = CampaignLoader::load(CampaignLoader::embeddedPath());
    ASSERT_TRUE(again.ok());
    session.setCampaign(again.campaign);
    EXPECT_NE(session.timeline(), before);
    EXPECT_EQ(model()->timeline(), session.timeline());
    EXPECT_EQ(model()->rowCount(), int(again.campaign->districts.size()));
}

TEST_F(DistrictStripsTest, HoveringACellSaysWhoHeldItThatDayAndHow)
{
    show();
    const QModelIndex hanano = rowOf(kHanano);
    const QDate day(2016, 11, 27);
    const QPoint pos = cellCentre(hanano, day);
    QHelpEvent help(QEvent::ToolTip, pos, view()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view()->viewport(), &help);
    const QString text = QToolTip::text();
    const DistrictAppearance a = session.timeline()->appearanceAt(session.campaign()->districtIndex(kHanano), day);
    EXPECT_TRUE(text.contains(hanano.data().toString())) << text.toStdString();
    EXPECT_TRUE(text.contains(Wording::date(day, QStringLiteral("en")))) << text.toStdString();
    EXPECT_TRUE(text.contains(Wording::control(*session.campaign(), a, QStringLiteral("en")))) << text.toStdString();
    EXPECT_TRUE(text.contains(Wording::basis(a.basis))) << text.toStdString();
    EXPECT_FALSE(hanano.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
}

TEST_F(DistrictStripsTest, IsNamedForAssistiveTechnologyAndInTheUiLanguage)
{
    show();
    EXPECT_FALSE(view()->accessibleName().isEmpty());
    EXPECT_FALSE(view()->accessibleDescription().isEmpty());
    EXPECT_FALSE(strips->sortBox()->accessibleName().isEmpty());
    EXPECT_EQ(strips->windowTitle(), QStringLiteral("District Strips"));
    const QString english = rowOf(kHanano).data().toString();
    EXPECT_EQ(english, session.campaign()->district(kHanano)->name.en);
    // Sorted by name, the rows follow the names of the new language.
    strips->setLanguage(QStringLiteral("zh_TW"));
    const QString chinese = rowOf(kHanano).data().toString();
    EXPECT_EQ(chinese, session.campaign()->district(kHanano)->name.value(QStringLiteral("zh")));
    EXPECT_NE(chinese, english);
    const QAbstractItemModel *m = view()->model();
    for (int r = 1; r < m->rowCount(); ++r)
        EXPECT_LE(QString::localeAwareCompare(m->index(r - 1, 0).data().toString(), m->index(r, 0).data().toString()),
                  0);
}

/// The embedded campaign in a shown main window.
class DistrictStripsDock : public WindowTest
{ };

TEST_F(DistrictStripsDock, IsAPanelOfTheWindowReachedByF6WithItsVisibilityAndSizeRemembered)
{
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("districtStripsDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("District Strips"));
    auto *strips = qobject_cast<DistrictStrips *>(dock->widget());
    ASSERT_NE(strips, nullptr);
    // Hidden at first: nothing is built for it.
    EXPECT_FALSE(dock->isVisible());
    EXPECT_EQ(strips->model()->rowCount(), 0);

    // Shown from View > Panels.
    auto *panels = window->findChild<QMenu *>(QStringLiteral("panelsMenu"));
    ASSERT_NE(panels, nullptr);
    ASSERT_TRUE(panels->actions().contains(dock->toggleViewAction()));
    dock->toggleViewAction()->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(dock->isVisible());
    EXPECT_EQ(strips->model()->rowCount(), int(session->campaign()->districts.size()));
    bool reached = false;
    for (int i = 0; i < 9 && !reached; ++i) {
        QTest::keyClick(window.get(), Qt::Key_F6);
        reached = QApplication::focusWidget() == strips->view();
    }
    EXPECT_TRUE(reached);

    // Its visibility and height are there in the next session.
    window->resizeDocks({dock}, {320}, Qt::Vertical);
    QApplication::processEvents();
    const int height = dock->height();
    const SettingsStore::State saved = window->currentState();
    ViewerSession session2;
    ASSERT_TRUE(session2.loadCampaign(CampaignLoader::embeddedPath()));
    MainWindow window2(&session2, language.get());
    window2.resize(1500, 950);
    window2.applyState(saved);
    window2.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window2));
    QApplication::processEvents();
    auto *dock2 = window2.findChild<QDockWidget *>(QStringLiteral("districtStripsDock"));
    ASSERT_NE(dock2, nullptr);
    EXPECT_TRUE(dock2->isVisible());
    EXPECT_NEAR(dock2->height(), height, 4);

    // Closed, it stays closed.
    dock2->toggleViewAction()->trigger();
    const SettingsStore::State closed = window2.currentState();
    MainWindow window3(&session2, language.get());
    window3.applyState(closed);
    window3.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window3));
    EXPECT_TRUE(window3.findChild<QDockWidget *>(QStringLiteral("districtStripsDock"))->isHidden());
}

} // namespace
