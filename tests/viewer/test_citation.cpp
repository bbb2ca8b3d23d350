// Edit › Copy Citation driven by the keyboard, read back from the clipboard.
#include "campaignloader.h"
#include "districthistorytextmodel.h"
#include "districtpanel.h"
#include "eventpanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "settingsstore.h"
#include "testsupport.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace {

class CopyCitation : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        if (HasFatalFailure())
            return;
        QGuiApplication::clipboard()->clear();
    }

    /// Presses Ctrl+Shift+C where the focus is, as a user would.
    void pressCopy()
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
        QTest::keyClick(target, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QApplication::processEvents();
    }

    QAction *menuAction(const QString &objectName) const { return window->findChild<QAction *>(objectName); }
};

} // namespace

TEST_F(CopyCitation, TheSelectedDistrictsStateGoesToTheClipboardAsTextAndHtml)
{
    session->setCurrentDate(QDate(2016, 11, 27));
    window->selectDistrict(QStringLiteral("hanano"));
    window->mapView()->setFocus();
    QApplication::processEvents();
    pressCopy();

    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    ASSERT_TRUE(mime->hasText());
    ASSERT_TRUE(mime->hasHtml());
    EXPECT_TRUE(mime->text().startsWith(QStringLiteral("Hanano (哈納諾), at the end of November 27, 2016: Syrian "
                                                       "government and allies; stated (article). Source: paragraph "
                                                       "14, footnote [32]")))
        << mime->text().toStdString();
    // Chicago by default: the article title in quotes, the access date before the URL.
    EXPECT_TRUE(mime->text().contains(
        QStringLiteral("\u201C阿勒頗攻勢 (2016年9月－12月),\u201D Chinese Wikipedia, revision not recorded, accessed "
                       "November 25, 2026, https://zh.wikipedia.org/wiki/")));
    EXPECT_TRUE(mime->html().contains(QStringLiteral("<a href=\"https://zh.wikipedia.org/wiki/")));
}

TEST_F(CopyCitation, TheStyleChosenInTheEditMenuIsUsedAndRemembered)
{
    session->setCurrentDate(QDate(2016, 11, 27));
    window->selectDistrict(QStringLiteral("hanano"));
    QAction *apa = menuAction(QStringLiteral("actionCitationApa"));
    ASSERT_NE(apa, nullptr);
    apa->trigger();
    window->mapView()->setFocus();
    pressCopy();
    const QString text = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(text.endsWith(QStringLiteral("阿勒頗攻勢 (2016年9月－12月). (n.d.). In Chinese Wikipedia (revision not "
                                             "recorded). Retrieved November 25, 2026, from "
                                             "https://zh.wikipedia.org/wiki/阿勒頗攻勢_(2016年9月－12月)")))
        << text.toStdString();
    EXPECT_TRUE(
        QGuiApplication::clipboard()->mimeData()->html().contains(QStringLiteral("In <i>Chinese Wikipedia</i>")));

    // Saved with the window's state, and a new window comes back in APA.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("viewer.ini"));
    SettingsStore store(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    store.save(window->currentState());
    window.reset();
    window = TestSupport::showMainWindow(session.get(), language.get());
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(menuAction(QStringLiteral("actionCitationChicago"))->isChecked());
    window->applyState(SettingsStore(std::make_unique<QSettings>(ini, QSettings::IniFormat)).load(nullptr));
    EXPECT_TRUE(menuAction(QStringLiteral("actionCitationApa"))->isChecked());
    QGuiApplication::clipboard()->clear();
    window->mapView()->setFocus();
    pressCopy();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral(". (n.d.). In Chinese Wikipedia")));
}

TEST_F(CopyCitation, AHistoryRowWithTheFocusIsCitedFromItsOwnDay)
{
    session->setCurrentDate(QDate(2016, 12, 10));
    window->selectDistrict(QStringLiteral("hanano"));
    QApplication::processEvents();
    QListView *history = window->districtPanel()->historyView();
    ASSERT_GT(history->model()->rowCount(), 1);
    history->setFocus();
    history->setCurrentIndex(history->model()->index(0, 0));
    const QDate firstDay = history->model()->index(0, 0).data(DistrictHistoryTextModel::DateRole).toDate();
    ASSERT_EQ(firstDay, QDate(2016, 9, 19));
    pressCopy();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("Hanano (哈納諾), from the end of September 19, 2016: Opposition (rebel) forces; inferred "
                       "from the article.")))
        << QGuiApplication::clipboard()->text().toStdString();
}

TEST_F(CopyCitation, OnThisDateWithTheFocusCitesTheDaysEvent)
{
    session->setCurrentDate(QDate(2016, 11, 26));
    window->selectDistrict(QStringLiteral("hanano"));
    window->eventPanel()->browser()->setFocus();
    QApplication::processEvents();
    pressCopy();
    const QString text = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Event of November 26, 2016: Government forces recaptured the Hanano "
                                             "district of eastern Aleppo. Source: paragraph 14, footnote [32]")))
        << text.toStdString();
    EXPECT_FALSE(text.startsWith(QStringLiteral("Hanano")));
}

TEST_F(CopyCitation, OnThisDateCitesTheEventClickedInAndTheWholeDayFromItsHeading)
{
    session->setCurrentDate(QDate(2016, 12, 13));
    QTextBrowser *browser = window->eventPanel()->browser();
    browser->setFocus();
    QApplication::processEvents();
    // A click in the ceasefire's summary puts the text cursor there.
    const QTextCursor found = browser->document()->find(QStringLiteral("accepted a ceasefire brokered"));
    ASSERT_FALSE(found.isNull());
    QTextCursor at(browser->document());
    at.setPosition(found.selectionStart() + 3);
    QScrollBar *bar = browser->verticalScrollBar();
    bar->setValue(bar->value() + browser->cursorRect(at).top() - 40);
    const QPoint click = browser->cursorRect(at).center();
    ASSERT_TRUE(browser->viewport()->rect().contains(click));
    ASSERT_EQ(window->eventPanel()->currentEvent(), -1) << "the text cursor is still on the heading";
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, click);
    QApplication::processEvents();
    ASSERT_EQ(window->eventPanel()->currentEvent(),
              session->campaign()->eventIndex(QStringLiteral("ceasefire-accepted")));
    pressCopy();
    QString text = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("accepted a ceasefire brokered"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("cleared from everything east of the river"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("civilians were to leave first"))) << text.toStdString();

    // The day's heading: every event of the day.
    const QTextCursor heading(browser->document());
    bar->setValue(0);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, browser->cursorRect(heading).center());
    QApplication::processEvents();
    EXPECT_EQ(window->eventPanel()->currentEvent(), -1);
    QGuiApplication::clipboard()->clear();
    pressCopy();
    text = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("accepted a ceasefire brokered"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("cleared from everything east of the river"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("civilians were to leave first"))) << text.toStdString();
}
