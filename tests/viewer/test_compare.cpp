// Compare mode in the window, driven as a user would: Go › Compare With Date…, a typed date,
// Enter; the map, the legend, the Changes panel and the title follow; Esc leaves.
#include "campaignloader.h"
#include "comparepanel.h"
#include "districtitem.h"
#include "languagemanager.h"
#include "linkpolicy.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "testsupport.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <gtest/gtest.h>

namespace {

class CompareTest : public WindowTest
{
protected:
    void beforeShow() override { session->setCurrentDate(QDate(2016, 11, 28)); }
    // Opens Go › Compare With Date…, types @p date and presses Enter.
    void compareWith(const char *date)
    {
        QTimer::singleShot(0, window.get(), [&] {
            auto *dialog = window->findChild<QDialog *>(QStringLiteral("compareDateDialog"));
            ASSERT_NE(dialog, nullptr);
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("goToDateEdit"));
            ASSERT_NE(edit, nullptr);
            edit->selectAll();
            QTest::keyClicks(edit, QLatin1String(date));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        window->findChild<QAction *>(QStringLiteral("actionCompareWithDate"))->trigger();
        for (int i = 0; i < 20 && !session->compareDate().isValid(); ++i)
            QTest::qWait(20);
        // The dialog has closed: the main window is the active one again, as on a desktop.
        QApplication::setActiveWindow(window.get());
        QApplication::processEvents();
    }
    MapScene *scene() const { return static_cast<MapScene *>(window->mapView()->scene()); }
};

} // namespace

TEST_F(CompareTest, ComparingShowsWhatChangedAndEscapeLeaves)
{
    EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("actionLeaveCompare"))->isEnabled());
    compareWith("2016-11-25");
    ASSERT_EQ(session->compareDate(), QDate(2016, 11, 25));
    EXPECT_EQ(scene()->compareDate(), QDate(2016, 11, 25));
    // The article's four districts of 26-27 November changed; the Kurdish district did not.
    for (const char *id : {"hanano", "jabal-badro", "ard-al-hamra", "ayn-al-tal"})
        EXPECT_TRUE(scene()->districtItem(QLatin1String(id))->look().compareChanged()) << id;
    EXPECT_TRUE(scene()->districtItem(QStringLiteral("sheikh-maqsoud"))->look().compareMuted());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("compared with 2016-11-25")))
        << window->windowTitle().toStdString();

    auto *panel = window->findChild<ComparePanel *>(QStringLiteral("comparePanel"));
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(window->findChild<QDockWidget *>(QStringLiteral("compareDock"))->isVisible());
    EXPECT_GE(panel->changedCount(), 4);
    const QString text = panel->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Hanano"))) << text.toStdString();
    // Clicking a district in the list selects it.
    ASSERT_TRUE(TestSupport::clickAnchor(panel->browser(), [](const QString &href) {
        return href == QLatin1String("district:jabal-badro");
    }));
    EXPECT_EQ(session->selectedDistrict(), QStringLiteral("jabal-badro"));

    // The timeline still moves; the comparison follows it.
    session->setCurrentDate(QDate(2016, 11, 26));
    QApplication::processEvents();
    EXPECT_FALSE(scene()->districtItem(QStringLiteral("ayn-al-tal"))->look().compareChanged()) << "changed on the 27th";
    EXPECT_TRUE(scene()->districtItem(QStringLiteral("hanano"))->look().compareChanged());

    // Esc leaves compare mode.
    ASSERT_TRUE(window->findChild<QAction *>(QStringLiteral("actionLeaveCompare"))->isEnabled());
    QTest::keyClick(window->mapView(), Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_FALSE(session->compareDate().isValid());
    EXPECT_FALSE(scene()->compareDate().isValid());
    EXPECT_FALSE(scene()->districtItem(QStringLiteral("hanano"))->look().compareChanged());
    EXPECT_FALSE(window->findChild<QAction *>(QStringLiteral("actionLeaveCompare"))->isEnabled());
    EXPECT_EQ(panel->changedCount(), 0);
}

TEST_F(CompareTest, AnotherCampaignLeavesCompareMode)
{
    compareWith("2016-11-20");
    ASSERT_TRUE(session->compareDate().isValid());
    ASSERT_TRUE(session->loadCampaign(CampaignLoader::embeddedPath()));
    QApplication::processEvents();
    EXPECT_FALSE(session->compareDate().isValid());
    EXPECT_FALSE(scene()->compareDate().isValid());
}
