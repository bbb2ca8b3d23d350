#include "campaignloader.h"
#include "eventpanel.h"
#include "linkpolicy.h"
#include "viewersession.h"

#include <QApplication>
#include <QDockWidget>
#include <QLocale>
#include <QMainWindow>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <memory>

namespace {

/// The panel's heading for @p date (in the test's locale).
QString longDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

class EventPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(session.loadCampaign(CampaignLoader::embeddedPath()));
        session.setCurrentDate(QDate(2016, 9, 19));
        // Docked in a main window, as the viewer has it: a dock's content is
        // sized by layouts that run only once the window is shown.
        host = std::make_unique<QMainWindow>();
        host->setCentralWidget(new QWidget(host.get()));
        auto *dock = new QDockWidget(QStringLiteral("On This Date"), host.get());
        panel = new EventPanel(&session, &links, dock);
        dock->setWidget(panel);
        host->addDockWidget(Qt::RightDockWidgetArea, dock);
        host->resize(1200, 800);
    }

    ViewerSession session;
    LinkPolicy links;
    std::unique_ptr<QMainWindow> host;
    EventPanel *panel = nullptr;
};

} // namespace

TEST_F(EventPanelTest, FillsItsDocumentWhenShown)
{
    EXPECT_FALSE(panel->hasContent()) << "nothing is laid out for a panel not on screen";
    host->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(host.get()));
    QApplication::processEvents();

    ASSERT_TRUE(panel->hasContent());
    const QString text = panel->browser()->toPlainText();
    EXPECT_TRUE(text.contains(longDate(QDate(2016, 9, 19)))) << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("敘利亞空軍"))) << "the article's sentence";
}

TEST_F(EventPanelTest, AHiddenPanelCatchesUpWhenShownAgain)
{
    host->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(host.get()));
    QApplication::processEvents();
    ASSERT_TRUE(panel->hasContent());

    panel->hide();
    session.setCurrentDate(QDate(2016, 11, 28));
    EXPECT_FALSE(panel->hasContent()) << "a hidden panel does not lay out every day scrubbed past";

    panel->show();
    QApplication::processEvents();
    ASSERT_TRUE(panel->hasContent());
    EXPECT_TRUE(panel->browser()->toPlainText().contains(longDate(QDate(2016, 11, 28))));

    // On screen, it follows the date at once.
    session.setCurrentDate(QDate(2016, 12, 13));
    EXPECT_TRUE(panel->hasContent());
    EXPECT_TRUE(panel->browser()->toPlainText().contains(longDate(QDate(2016, 12, 13))));
}

TEST_F(EventPanelTest, TheTextKeepsItsWidthFromDayToDay)
{
    // A scroll bar that came and went with the day's length would rewrap the
    // text each time the date moves between a short day and a long one.
    host->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(host.get()));
    QApplication::processEvents();
    const int width = panel->browser()->viewport()->width();
    EXPECT_TRUE(panel->browser()->verticalScrollBar()->isVisible());
    for (const QDate day : {QDate(2016, 9, 20), QDate(2016, 12, 22), QDate(2016, 10, 1)}) {
        session.setCurrentDate(day);
        QApplication::processEvents();
        EXPECT_EQ(panel->browser()->viewport()->width(), width) << day.toString(Qt::ISODate).toStdString();
    }
}
