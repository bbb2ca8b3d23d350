#include "articlepanel.h"
#include "campaignloader.h"
#include "commandlineoptions.h"
#include "districthistorydelegate.h"
#include "districthistorytextmodel.h"
#include "districtitem.h"
#include "districtlook.h"
#include "districtpanel.h"
#include "eventpanel.h"
#include "figurespanel.h"
#include "gotodatedialog.h"
#include "languagemanager.h"
#include "linkpolicy.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "mapview.h"
#include "problemsdialog.h"
#include "settingsstore.h"
#include "testsupport.h"
#include "timelinecontroller.h"
#include "timelinepanel.h"
#include "timelinewidget.h"
#include "viewer.h"
#include "viewersession.h"
#include "windowtest.h"
#include "wording.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGlyphRun>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRawFont>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <gtest/gtest.h>

#include <iostream>

namespace {

class MainWindowTest : public WindowTest
{
protected:
    QDockWidget *dock(const char *name) const { return window->findChild<QDockWidget *>(QLatin1String(name)); }

    /// Sends @p key to @p target the way a keyboard would (shortcut override first).
    /// Goes to @p date and clicks the first web link of "On this date" to a cited source
    /// (not to the article itself, which an empty reference points to).
    bool clickFirstWebLinkOn(QDate date)
    {
        session->setCurrentDate(date);
        QApplication::processEvents();
        const bool clicked = TestSupport::clickAnchor(window->eventPanel()->browser(), [](const QString &href) {
            return href.startsWith(QLatin1String("http")) && !href.contains(QLatin1String("wikipedia.org"));
        });
        QApplication::processEvents();
        return clicked;
    }

    void press(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target, key, modifiers);
        QApplication::processEvents();
    }
};

} // namespace

TEST_F(MainWindowTest, TitleShowsTheCurrentDate)
{
    session->setCurrentDate(QDate(2016, 11, 27));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Aleppo Atlas — 2016-11-27"));
}

TEST_F(MainWindowTest, TimeShortcutsMoveTheDateWhateverHasFocus)
{
    session->setSelectedDistrict(QStringLiteral("hanano"));
    dock("districtDock")->raise();
    QApplication::processEvents();
    const QList<QWidget *> targets{
        window->mapView(),
        window->timelinePanel()->timeline(),
        window->findChild<QComboBox *>(QStringLiteral("speedCombo")),
        window->findChild<QToolButton *>(QStringLiteral("playButton")),
        window->eventPanel()->browser(),
        window->districtPanel()->historyView(),
    };
    for (QWidget *target : targets) {
        ASSERT_NE(target, nullptr);
        SCOPED_TRACE(target->objectName().toStdString());
        target->setFocus(Qt::OtherFocusReason);
        QApplication::processEvents();
        ASSERT_TRUE(target->hasFocus());

        const QDate start(2016, 10, 1);
        session->setCurrentDate(start);
        press(target, Qt::Key_Right);
        EXPECT_EQ(session->currentDate(), start.addDays(1));
        press(target, Qt::Key_Left);
        EXPECT_EQ(session->currentDate(), start);

        press(target, Qt::Key_Right, Qt::ControlModifier);
        EXPECT_EQ(session->currentDate(), session->nextEventDate(start));
        press(target, Qt::Key_Left, Qt::ControlModifier);
        EXPECT_EQ(session->currentDate(), session->previousEventDate(session->nextEventDate(start)));
        session->setCurrentDate(start);
        press(target, Qt::Key_PageDown);
        EXPECT_EQ(session->currentDate(), session->nextEventDate(start));
        press(target, Qt::Key_PageUp);
        EXPECT_EQ(session->currentDate(), session->previousEventDate(session->nextEventDate(start)));

        press(target, Qt::Key_End);
        EXPECT_EQ(session->currentDate(), QDate(2016, 12, 22));
        press(target, Qt::Key_Home);
        EXPECT_EQ(session->currentDate(), QDate(2016, 9, 19));

        press(target, Qt::Key_Space);
        EXPECT_TRUE(session->controller()->isPlaying());
        press(target, Qt::Key_Space);
        EXPECT_FALSE(session->controller()->isPlaying());
        EXPECT_TRUE(target->hasFocus()) << "a shortcut does not steal the focus";
    }

    // Ctrl+G opens the Go to Date dialog.
    window->mapView()->setFocus();
    press(window->mapView(), Qt::Key_G, Qt::ControlModifier);
    auto *dialog = window->findChild<QDialog *>(QStringLiteral("goToDateDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("goToDateEdit"));
    ASSERT_NE(edit, nullptr);
    auto *calendar = dialog->findChild<QCalendarWidget *>(QStringLiteral("goToDateCalendar"));
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(calendar->minimumDate(), QDate(2016, 9, 19));
    EXPECT_EQ(calendar->maximumDate(), QDate(2016, 12, 22));
    // Event days are marked in the calendar; days without events are not.
    EXPECT_EQ(calendar->dateTextFormat(QDate(2016, 11, 27)).fontWeight(), QFont::Bold) << "Hanano's neighbours retaken";
    EXPECT_NE(calendar->dateTextFormat(QDate(2016, 10, 2)).fontWeight(), QFont::Bold) << "no event on 2 October";
    // A date typed right away replaces the shown one (it opens selected).
    QTest::keyClicks(edit, QStringLiteral("2016-12-07"));
    QTest::keyClick(edit, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(session->currentDate(), QDate(2016, 12, 7));
}

TEST_F(MainWindowTest, GoToDateTakesTypedDatesWholeAndRefusesBadOnes)
{
    session->setCurrentDate(QDate(2016, 9, 20));
    window->mapView()->setFocus();
    const auto open = [&] {
        // The closed dialog hands the activation back to the window first.
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->mapView()->setFocus();
        QTest::keyClick(window->mapView(), Qt::Key_G, Qt::ControlModifier);
        QApplication::processEvents();
        auto *dialog = window->findChild<GoToDateDialog *>(QStringLiteral("goToDateDialog"));
        EXPECT_NE(dialog, nullptr);
        EXPECT_TRUE(dialog && dialog->isVisible());
        return dialog;
    };
    const auto type = [](GoToDateDialog *dialog, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("goToDateEdit"));
        EXPECT_TRUE(edit->hasSelectedText() || edit->text().isEmpty()) << "typing replaces the shown date";
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        QApplication::processEvents();
    };
    // YYYYMMDD, typed at once.
    GoToDateDialog *dialog = open();
    type(dialog, QStringLiteral("20161213"));
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(session->currentDate(), QDate(2016, 12, 13));
    // The two dates the old dialog got wrong.
    dialog = open();
    type(dialog, QStringLiteral("2016-11-27"));
    EXPECT_EQ(session->currentDate(), QDate(2016, 11, 27));
    // Refused, with a message in the dialog, which stays open; the date does not move.
    for (const auto &[text, message] : {std::pair{QStringLiteral("2016-13-01"), QStringLiteral("not a date")},
                                        std::pair{QStringLiteral("2016-02-30"), QStringLiteral("not a date")},
                                        std::pair{QStringLiteral("27/11/2016"), QStringLiteral("YYYY-MM-DD")},
                                        std::pair{QStringLiteral("2016-08-01"), QStringLiteral("outside the campaign")},
                                        std::pair{QStringLiteral("2017-01-01"), QStringLiteral("2016-12-22")}}) {
        dialog = open();
        type(dialog, text);
        EXPECT_TRUE(dialog->isVisible()) << text.toStdString();
        EXPECT_TRUE(dialog->errorText().contains(message))
            << text.toStdString() << ": " << dialog->errorText().toStdString();
        EXPECT_EQ(session->currentDate(), QDate(2016, 11, 27)) << text.toStdString();
        // The field is selected again: the next try replaces the wrong text.
        type(dialog, QStringLiteral("2016-11-26"));
        EXPECT_FALSE(dialog->isVisible());
        EXPECT_EQ(session->currentDate(), QDate(2016, 11, 26));
        session->setCurrentDate(QDate(2016, 11, 27));
    }
}

TEST_F(MainWindowTest, ClickOnADistrictCentroidSelectsItAndFillsItsHistory)
{
    session->setCurrentDate(QDate(2016, 11, 27));
    MapView *map = window->mapView();
    const District *hanano = session->campaign()->district(QStringLiteral("hanano"));
    ASSERT_NE(hanano, nullptr);
    const QPoint pos = map->viewPosOf(hanano->centroid);
    ASSERT_TRUE(map->viewport()->rect().contains(pos));
    EXPECT_FALSE(window->districtPanel()->isShowingDistrict());

    QTest::mouseClick(map->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    QApplication::processEvents();

    EXPECT_EQ(session->selectedDistrict(), QStringLiteral("hanano"));
    EXPECT_EQ(map->selectedDistrict(), QStringLiteral("hanano"));
    EXPECT_TRUE(window->districtPanel()->isShowingDistrict());
    EXPECT_TRUE(window->districtPanel()->isVisible());
    EXPECT_GE(window->districtPanel()->historyModel()->rowCount(), 2);
    EXPECT_TRUE(window->districtPanel()->headerText().contains(QStringLiteral("Hanano")));
    EXPECT_TRUE(window->districtPanel()->headerText().contains(QStringLiteral("Syrian government")));
    EXPECT_GE(window->districtPanel()->historyModel()->currentRow(), 0);
}

TEST_F(MainWindowTest, ClickingAHistoryRowMovesTheTimeline)
{
    session->setCurrentDate(QDate(2016, 12, 20));
    ASSERT_TRUE(session->setSelectedDistrict(QStringLiteral("hanano")));
    dock("districtDock")->raise();
    QApplication::processEvents();
    QListView *view = window->districtPanel()->historyView();
    ASSERT_TRUE(view->isVisible());
    DistrictHistoryTextModel *model = window->districtPanel()->historyModel();
    ASSERT_EQ(view->model(), model);
    ASSERT_GE(model->rowCount(), 2);
    ASSERT_GT(model->currentRow(), 0);
    EXPECT_LE(model->index(model->currentRow()).data(DistrictHistoryTextModel::DateRole).toDate(), QDate(2016, 12, 20));

    const QModelIndex first = view->model()->index(0, 0);
    view->scrollTo(first);
    const QRect rect = view->visualRect(first);
    ASSERT_FALSE(rect.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QApplication::processEvents();

    EXPECT_EQ(session->currentDate(), first.data(DistrictHistoryTextModel::DateRole).toDate());
    EXPECT_EQ(model->currentRow(), 0);
    EXPECT_TRUE(first.data(DistrictHistoryTextModel::IsCurrentRole).toBool());
    // Screen readers get the row in words.
    const QString spoken = first.data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("Opposition"))) << spoken.toStdString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("inferred from the article"))) << spoken.toStdString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("in force"))) << spoken.toStdString();
}

TEST_F(MainWindowTest, ClickingAnEventTickJumpsToItsDate)
{
    TimelineWidget *timeline = window->timelinePanel()->timeline();
    const auto campaign = session->campaign();
    session->setCurrentDate(QDate(2016, 9, 19));
    QSignalSpy clicked(timeline, &TimelineWidget::eventClicked);
    for (const char *id : {"old-city-recaptured", "handarat-part-taken"}) {
        const int index = campaign->eventIndex(QString::fromLatin1(id));
        if (index < 0)
            continue;
        const QRect tick = timeline->eventTickRect(index);
        ASSERT_FALSE(tick.isEmpty()) << id;
        QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, tick.center());
        QApplication::processEvents();
        EXPECT_EQ(session->currentDate(), campaign->events.at(index).date) << id;
        ASSERT_FALSE(clicked.isEmpty());
        EXPECT_EQ(clicked.takeLast().at(0).toString(), QString::fromLatin1(id));
    }
    EXPECT_TRUE(campaign->eventIndex(QStringLiteral("handarat-part-taken")) >= 0);
}

TEST_F(MainWindowTest, HoveringATickShowsTheEventSummary)
{
    TimelineWidget *timeline = window->timelinePanel()->timeline();
    const auto campaign = session->campaign();
    const int index = campaign->eventIndex(QStringLiteral("offensive-announced"));
    ASSERT_GE(index, 0);
    const QPoint pos = timeline->eventTickRect(index).center();
    QHelpEvent help(QEvent::ToolTip, pos, timeline->mapToGlobal(pos));
    QApplication::sendEvent(timeline, &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("resuming its offensive"))) << QToolTip::text().toStdString();
    QToolTip::hideText();
}

TEST_F(MainWindowTest, DraggingOnTheTimelineScrubsLive)
{
    TimelineWidget *timeline = window->timelinePanel()->timeline();
    session->setCurrentDate(QDate(2016, 9, 19));
    // A spot of the axis row, below the event ticks.
    const int y = timeline->height() - 4;
    const QPoint from(timeline->xForDate(QDate(2016, 10, 1)), y);
    const QPoint via(timeline->xForDate(QDate(2016, 10, 20)), y);
    const QPoint to(timeline->xForDate(QDate(2016, 11, 15)), y);
    QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, from);
    EXPECT_EQ(session->currentDate(), QDate(2016, 10, 1));
    QTest::mouseMove(timeline, via);
    QApplication::processEvents();
    EXPECT_EQ(session->currentDate(), QDate(2016, 10, 20));
    EXPECT_EQ(window->mapView()->date(), QDate(2016, 10, 20)) << "the map follows while dragging";
    QTest::mouseMove(timeline, to);
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier, to);
    EXPECT_EQ(session->currentDate(), QDate(2016, 11, 15));
}

TEST_F(MainWindowTest, PlaybackAdvancesAndStopsAtTheEnd)
{
    session->setCurrentDate(QDate(2016, 12, 19));
    session->controller()->setSpeed(10);
    QTest::keyClick(window->mapView(), Qt::Key_Space);
    EXPECT_TRUE(session->controller()->isPlaying());
    EXPECT_TRUE(QTest::qWaitFor([this] { return !session->controller()->isPlaying(); }, 3000));
    EXPECT_EQ(session->currentDate(), QDate(2016, 12, 22));
}

TEST_F(MainWindowTest, ABrokenCampaignShowsItsProblemsAndKeepsTheCurrentOne)
{
    session->setCurrentDate(QDate(2016, 11, 27));
    session->setSelectedDistrict(QStringLiteral("hanano"));
    const auto before = session->campaign();
    QTemporaryDir dir;
    ASSERT_TRUE(TestSupport::copyEmbeddedPackage(dir));
    ASSERT_TRUE(TestSupport::editPackageFile(dir, QStringLiteral("control.json"),
                                             QStringLiteral("\"date\": \"2016-09-19\""),
                                             QStringLiteral("\"date\": \"2016-02-30\"")));

    EXPECT_FALSE(window->openCampaign(dir.path()));
    QApplication::processEvents();
    ProblemsDialog *problems = window->problemsDialog();
    EXPECT_TRUE(problems->isVisible());
    // Long lines wrap: nothing to read sideways.
    auto *list = problems->findChild<QPlainTextEdit *>(QStringLiteral("problemsList"));
    ASSERT_NE(list, nullptr);
    EXPECT_GT(problems->problemsText().section(QLatin1Char('\n'), 0, 0).size(), 60) << "a line longer than the view";
    EXPECT_EQ(list->horizontalScrollBar()->maximum(), 0);
    EXPECT_TRUE(problems->problemsText().contains(QStringLiteral("control.json:")))
        << problems->problemsText().toStdString();
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral(R"(control\.json:\d+:\d+: )")).match(problems->problemsText()).hasMatch());
    problems->reject();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    EXPECT_EQ(session->campaign(), before);
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Aleppo Atlas — 2016-11-27"));
    EXPECT_TRUE(window->centralMessage().isEmpty()) << "the map stays";
    // Still usable.
    QTest::keyClick(window->mapView(), Qt::Key_Right);
    EXPECT_EQ(session->currentDate(), QDate(2016, 11, 28));
    EXPECT_EQ(session->selectedDistrict(), QStringLiteral("hanano"));
}

TEST_F(MainWindowTest, SwitchingLanguageRetranslatesTheWindow)
{
    auto *fileMenu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    ASSERT_NE(fileMenu, nullptr);
    EXPECT_EQ(fileMenu->title(), QStringLiteral("&File"));
    session->setCurrentDate(QDate(2016, 11, 27));

    window->findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->trigger();
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_EQ(language->language(), QStringLiteral("zh_TW"));
    EXPECT_NE(fileMenu->title(), QStringLiteral("&File"));
    EXPECT_TRUE(fileMenu->title().contains(QStringLiteral("檔案"))) << fileMenu->title().toStdString();
    EXPECT_EQ(dock("eventDock")->windowTitle(), QStringLiteral("當日事件"));
    EXPECT_EQ(window->eventPanel()->accessibleName(), QStringLiteral("當日事件")) << "read out in the new language too";
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("阿勒頗"))) << window->windowTitle().toStdString();
    EXPECT_TRUE(window->findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->isChecked());
    // Someone who switched by mistake finds the way back: the menu says Language too.
    auto *languageMenu = window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    ASSERT_NE(languageMenu, nullptr);
    EXPECT_TRUE(languageMenu->title().contains(QStringLiteral("語言"))) << languageMenu->title().toStdString();
    EXPECT_TRUE(languageMenu->title().contains(QStringLiteral("Language"))) << languageMenu->title().toStdString();
    EXPECT_EQ(window->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"))->text(), QStringLiteral("English"))
        << "each language is named in itself";

    window->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"))->trigger();
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_EQ(fileMenu->title(), QStringLiteral("&File"));
    EXPECT_EQ(languageMenu->title(), QStringLiteral("&Language"));
    EXPECT_EQ(window->findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->text(),
              QStringLiteral("繁體中文"));
    EXPECT_EQ(dock("eventDock")->windowTitle(), QStringLiteral("On This Date"));
    EXPECT_EQ(window->eventPanel()->accessibleName(), QStringLiteral("On this date"));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Aleppo Atlas — 2016-11-27"));
}

TEST_F(MainWindowTest, WebLinksOpenThroughTheInjectedOpener)
{
    ASSERT_TRUE(clickFirstWebLinkOn(QDate(2016, 9, 22)));
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().scheme(), QStringLiteral("http"));
    EXPECT_TRUE(opened.first().host().contains(QStringLiteral("chinanews")));
}

TEST_F(MainWindowTest, ALinkNoBrowserOpensIsReportedAndCanBeCopied)
{
    window->linkPolicy()->setOpener([](const QUrl &) { return false; }); // no browser on this machine
    ASSERT_TRUE(clickFirstWebLinkOn(QDate(2016, 9, 22)));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("chinanews")))
        << window->statusBar()->currentMessage().toStdString();
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("linkFailedMessage"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    auto *copy = box->findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
    ASSERT_NE(copy, nullptr);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("http://www.chinanews.com/")))
        << QGuiApplication::clipboard()->text().toStdString();
}

TEST_F(MainWindowTest, NonWebLinksAreShownButRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(TestSupport::copyEmbeddedPackage(dir));
    ASSERT_TRUE(TestSupport::editPackageFile(dir, QStringLiteral("article.md"),
                                             QStringLiteral("http://www.chinanews.com/gj/2016/09-23/8013036.shtml"),
                                             QStringLiteral("file:///etc/passwd")));
    ASSERT_TRUE(window->openCampaign(dir.path())) << window->problemsDialog()->problemsText().toStdString();
    session->setCurrentDate(QDate(2016, 9, 22));
    QApplication::processEvents();
    QTextBrowser *browser = window->eventPanel()->browser();
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("file:///etc/passwd"))) << "shown";
    ASSERT_TRUE(
        TestSupport::clickAnchor(browser, [](const QString &href) { return href.startsWith(QLatin1String("file:")); }));
    QApplication::processEvents();
    EXPECT_TRUE(opened.isEmpty()) << "refused";
    auto *message = window->findChild<QMessageBox *>(QStringLiteral("linkRefusedMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("file:///etc/passwd")));
    message->close();
}

TEST_F(MainWindowTest, FootnoteSuperscriptsAreLinks)
{
    session->setCurrentDate(QDate(2016, 9, 24));
    QApplication::processEvents();
    QTextBrowser *browser = window->eventPanel()->browser();
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("[7]")));
    EXPECT_TRUE(
        TestSupport::clickAnchor(browser, [](const QString &href) { return href.startsWith(QLatin1Char('#')); }));
    QApplication::processEvents();
    EXPECT_TRUE(opened.isEmpty()) << "footnotes stay inside the panel";
}

TEST_F(MainWindowTest, ClickingADatedSentenceMovesTheTimelineAndHighlightsItsDistricts)
{
    session->setCurrentDate(QDate(2016, 12, 20));
    dock("articleDock")->show();
    dock("articleDock")->raise();
    ArticlePanel *article = window->articlePanel();
    // Let the dock tab get its size and the pending scroll to the current date settle.
    ASSERT_TRUE(QTest::qWaitFor([article] { return article->browser()->viewport()->width() > 150; }, 2000));
    QTest::qWait(100);
    const QString href = article->sentenceHref(QStringLiteral("handarat-part-taken"));
    ASSERT_FALSE(href.isEmpty());
    ASSERT_TRUE(TestSupport::clickAnchor(article->browser(), [&href](const QString &h) { return h == href; }));
    QApplication::processEvents();
    EXPECT_EQ(session->currentDate(), QDate(2016, 9, 23));
    EXPECT_TRUE(session->highlightedDistricts().contains(QStringLiteral("handarat")));
    EXPECT_EQ(session->selectedDistrict(), QStringLiteral("handarat"));
    const int index = session->campaign()->eventIndex(QStringLiteral("handarat-part-taken"));
    EXPECT_TRUE(article->highlightedEvents().contains(index));
}

TEST_F(MainWindowTest, CorruptSavedWindowStateFallsBackWithoutACrash)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("viewer.ini")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[window]\ngeometry=@ByteArray(\\x1\\x2garbage)\nstate=@ByteArray(\\xff\\xff\\xff)\n"
               "[viewer]\ndate=2016-13-45\nzoom=-7\nlanguage=xx\nspeed=1000\ndistrict=../../etc\n");
    file.close();
    SettingsStore store(std::make_unique<QSettings>(dir.filePath(QStringLiteral("viewer.ini")), QSettings::IniFormat));
    SettingsStore::State state = store.load(session->campaign().get());
    state.geometry = QByteArray("\x01\x02 not a geometry");
    state.windowState = QByteArray("\xff\xfe not a state");
    window->applyState(state);
    QApplication::processEvents();
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(dock("timelineDock")->isVisible());
    EXPECT_TRUE(dock("eventDock")->isVisible());
    EXPECT_EQ(session->controller()->speed(), 1);
    EXPECT_EQ(language->language(), QStringLiteral("en"));

    // Saving and restoring a real state works.
    window->setSettingsStore(&store);
    dock("eventDock")->hide();
    const SettingsStore::State saved = window->currentState();
    dock("eventDock")->show();
    window->applyState(saved);
    EXPECT_FALSE(dock("eventDock")->isVisible());
    window->setSettingsStore(nullptr);
}

TEST(RunViewer, QuitAfterStartupExitsZeroOnceTheMapHasPainted)
{
    CommandLineOptions options;
    options.quitAfterStartup = true;
    options.dateText = QStringLiteral("2016-11-27");
    options.districtId = QStringLiteral("hanano");
    EXPECT_EQ(runViewer(*qApp, options), 0);
}

TEST(RunViewer, ShowsHanCharactersInATraditionalChineseFace)
{
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK TC")))
        GTEST_SKIP() << "no Traditional Chinese face installed";
    const QFont before = QApplication::font();
    const auto faces = [](const QFont &font) {
        QTextLayout layout(QStringLiteral("Aleppo 阿勒頗"), font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        QStringList families;
        for (const QGlyphRun &run : layout.glyphRuns())
            families.append(run.rawFont().familyName());
        families.sort();
        return families;
    };
    // Start from the default face alone (an earlier runViewer() may have set the application font).
    QFont plain = before;
    plain.setFamilies({QFontInfo(before).family()});
    QApplication::setFont(plain);
    if (faces(plain).contains(QStringLiteral("Noto Sans CJK TC"))) {
        QApplication::setFont(before);
        GTEST_SKIP() << "fontconfig's own fallback is the Traditional Chinese face here (a Chinese locale)";
    }

    CommandLineOptions options;
    options.quitAfterStartup = true;
    ASSERT_EQ(runViewer(*qApp, options), 0);
    const QStringList shown = faces(QApplication::font());
    QApplication::setFont(before);
    // The Latin text keeps the default face; the Han text is not in a Japanese
    // (or Korean, or Simplified) face, as fontconfig's fallback for an English locale gives.
    EXPECT_TRUE(shown.contains(QFontInfo(before).family())) << shown.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Noto Sans CJK TC"))) << shown.join(QLatin1Char(',')).toStdString();
}

TEST(RunViewer, RejectsABrokenCampaignAnUnknownDistrictAndADateOutsideTheCampaign)
{
    QTemporaryDir dir;
    ASSERT_TRUE(TestSupport::copyEmbeddedPackage(dir));
    ASSERT_TRUE(TestSupport::editPackageFile(dir, QStringLiteral("events.json"),
                                             QStringLiteral("\"kind\": \"statement\""),
                                             QStringLiteral("\"kind\": statement")));
    CommandLineOptions options;
    options.quitAfterStartup = true;
    options.campaignPath = dir.path();
    EXPECT_EQ(runViewer(*qApp, options), 1);

    options = CommandLineOptions();
    options.quitAfterStartup = true;
    options.districtId = QStringLiteral("atlantis");
    EXPECT_EQ(runViewer(*qApp, options), 1);

    options = CommandLineOptions();
    options.quitAfterStartup = true;
    options.dateText = QStringLiteral("2016-08-01");
    EXPECT_EQ(runViewer(*qApp, options), 1);
}

TEST_F(MainWindowTest, DistrictsCanBeChosenFromTheKeyboard)
{
    MapView *map = window->mapView();
    map->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    ASSERT_TRUE(map->hasFocus());
    QTest::keyClick(map, Qt::Key_Tab);
    QTest::keyClick(map, Qt::Key_Tab);
    QApplication::processEvents();
    const QString focused = map->focusedDistrict();
    ASSERT_FALSE(focused.isEmpty());
    EXPECT_TRUE(map->hasFocus()) << "Tab moves through the districts, not out of the map";
    QTest::keyClick(map, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(session->selectedDistrict(), focused);
    EXPECT_TRUE(window->districtPanel()->isShowingDistrict());
    EXPECT_TRUE(window->districtPanel()->isVisible());
}

TEST_F(MainWindowTest, ExportsTheMapImageThroughTheMapRenderer)
{
    session->setCurrentDate(QDate(2016, 12, 13));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    QString error;
    ASSERT_TRUE(window->exportMapImageTo(path, &error)) << error.toStdString();
    QImage image(path);
    EXPECT_EQ(image.size(), QSize(1600, 1000));
}

TEST_F(MainWindowTest, PanelsHaveAccessibleNames)
{
    EXPECT_FALSE(window->mapView()->accessibleName().isEmpty());
    EXPECT_FALSE(window->timelinePanel()->timeline()->accessibleName().isEmpty());
    EXPECT_FALSE(window->timelinePanel()->timeline()->accessibleDescription().isEmpty());
    EXPECT_FALSE(window->eventPanel()->accessibleName().isEmpty());
    EXPECT_FALSE(window->districtPanel()->accessibleName().isEmpty());
    EXPECT_FALSE(window->articlePanel()->accessibleName().isEmpty());
    EXPECT_FALSE(window->districtPanel()->historyView()->accessibleName().isEmpty());
}

TEST_F(MainWindowTest, ClosingSavesDateSelectionZoomLanguageAndLayout)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("viewer.ini"));
    SettingsStore store(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    window->setSettingsStore(&store);
    session->setCurrentDate(QDate(2016, 12, 13));
    session->setSelectedDistrict(QStringLiteral("old-city"));
    window->mapView()->setZoomFactor(window->mapView()->fitZoomFactor() * 2.0);
    const double zoom = window->mapView()->zoomFactor();
    dock("articleDock")->hide();
    window->close();

    const SettingsStore::State saved = SettingsStore(std::make_unique<QSettings>(ini, QSettings::IniFormat))
                                           .load(session->campaign().get());
    EXPECT_EQ(saved.date, QDate(2016, 12, 13));
    EXPECT_EQ(saved.district, QStringLiteral("old-city"));
    EXPECT_NEAR(saved.zoom, zoom, 1e-6);
    EXPECT_EQ(saved.language, QStringLiteral("en"));
    EXPECT_FALSE(saved.windowState.isEmpty());

    // A new window restores the layout and, once the map has painted, the zoom.
    ViewerSession session2;
    ASSERT_TRUE(session2.loadCampaign(CampaignLoader::embeddedPath()));
    MainWindow window2(&session2, language.get());
    window2.applyState(saved);
    window2.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window2));
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(window2.mapView()->zoomFactor() - zoom) < 1e-6; }, 3000));
    EXPECT_FALSE(window2.findChild<QDockWidget *>(QStringLiteral("articleDock"))->isVisible());
    EXPECT_TRUE(window2.findChild<QDockWidget *>(QStringLiteral("eventDock"))->isVisible());
}

TEST_F(MainWindowTest, AboutNamesTheVersionTheArticleLicenceAndTheMapCaveats)
{
    window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    auto *about = window->findChild<QDialog *>(QStringLiteral("aboutDialog"));
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    const QString text = about->findChild<QTextBrowser *>()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral(ATLAS_VERSION)));
    EXPECT_TRUE(text.contains(QStringLiteral("CC BY-SA 4.0")));
    EXPECT_TRUE(text.contains(QStringLiteral("阿勒頗攻勢")));
    EXPECT_TRUE(text.contains(QStringLiteral("approximate")));
    about->reject();
}

TEST_F(MainWindowTest, DraggingTheTimelineScrubsEveryDay)
{
    // Speed is measured by atlas-bench (BM_ScrubFrame), not asserted here.
    session->setSelectedDistrict(QStringLiteral("hanano"));
    dock("articleDock")->show();
    QApplication::processEvents();
    TimelineWidget *timeline = window->timelinePanel()->timeline();
    const int y = timeline->height() - 4;
    QList<QDate> seen;
    QObject::connect(session.get(), &ViewerSession::currentDateChanged, session.get(),
                     [&](QDate d) { seen.append(d); });
    QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, QPoint(timeline->xForDate(QDate(2016, 9, 19)), y));
    for (QDate d(2016, 9, 20); d <= QDate(2016, 12, 22); d = d.addDays(1)) {
        QTest::mouseMove(timeline, QPoint(timeline->xForDate(d), y));
        window->repaint(); // paint every frame, as a screen would
    }
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier, QPoint(timeline->xForDate(QDate(2016, 12, 22)), y));
    EXPECT_EQ(session->currentDate(), QDate(2016, 12, 22));
    ASSERT_EQ(seen.size(), 94) << "every day passed once while dragging";
    EXPECT_EQ(seen.first(), QDate(2016, 9, 20));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Aleppo Atlas — 2016-12-22"));
}

namespace {
// Records whether a widget had what it shows when it first painted.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *watched, std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
        watched->installEventFilter(this);
    }
    bool painted = false;
    bool readyAtFirstPaint = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            readyAtFirstPaint = m_ready();
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
};
} // namespace

// The article (the whole text, costly to lay out) is built when its dock tab
// comes on screen, not at start-up behind the District tab; it is complete
// before it first paints, and catches up with what changed while it was hidden.
TEST_F(MainWindowTest, ArticleIsBuiltWhenItsTabComesOnScreen)
{
    ArticlePanel *article = window->articlePanel();
    EXPECT_FALSE(article->hasContent()) << "behind the District tab, the article is not built";
    EXPECT_TRUE(article->browser()->document()->isEmpty());

    const QDate date(2016, 11, 27);
    session->setCurrentDate(date);
    bool earlier = false;
    const QList<int> expected = session->eventsForDay(date, &earlier);
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_FALSE(article->hasContent());

    const QString title = session->campaign()->articleSource.title;
    FirstPaintProbe probe(article->browser()->viewport(), [article, &title] {
        return article->hasContent() && article->browser()->toPlainText().contains(title);
    });
    dock("articleDock")->raise();
    ASSERT_TRUE(QTest::qWaitFor([&probe] { return probe.painted; }, 3000));
    EXPECT_TRUE(probe.readyAtFirstPaint) << "the article must be complete in its first frame";
    EXPECT_TRUE(article->hasContent());
    EXPECT_EQ(article->highlightedEvents(), expected);
    EXPECT_FALSE(article->browser()->extraSelections().isEmpty()) << "the day's sentences are highlighted";

    // A language change while the tab is hidden is applied when it comes back.
    dock("districtDock")->raise();
    QApplication::processEvents();
    window->findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->trigger();
    QApplication::processEvents();
    EXPECT_FALSE(article->hasContent());
    dock("articleDock")->raise();
    QApplication::processEvents();
    EXPECT_TRUE(article->hasContent());
    EXPECT_TRUE(article->browser()->toPlainText().contains(title));
    EXPECT_EQ(article->accessibleName(), QStringLiteral("條目")) << article->accessibleName().toStdString();
    window->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"))->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(article->hasContent()) << "on screen, it is rebuilt at once";
    EXPECT_TRUE(article->browser()->toPlainText().contains(QStringLiteral("From Chinese Wikipedia")));
}

// Like the article, the figures (and the district areas they need) are
// measured when their tab comes on screen, not at start-up behind another tab.
TEST_F(MainWindowTest, FiguresAreMeasuredWhenTheirTabComesOnScreen)
{
    auto *figures = window->findChild<FiguresPanel *>();
    ASSERT_NE(figures, nullptr);
    EXPECT_FALSE(figures->hasContent()) << "behind the District tab, the figures are not measured";
    EXPECT_EQ(figures->table()->model()->rowCount(), 0);
    dock("figuresDock")->raise();
    QApplication::processEvents();
    EXPECT_TRUE(figures->hasContent());
    EXPECT_GT(figures->table()->model()->rowCount(), 0);
}

// The dialogs are made on first use; they work as before.
TEST_F(MainWindowTest, DialogsAreMadeWhenFirstOpened)
{
    EXPECT_EQ(window->findChild<QDialog *>(QStringLiteral("shortcutsDialog")), nullptr);
    EXPECT_EQ(window->findChild<QDialog *>(QStringLiteral("aboutDialog")), nullptr);
    window->findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
    auto *shortcuts = window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    ASSERT_NE(shortcuts, nullptr);
    EXPECT_TRUE(shortcuts->isVisible());
    auto *table = shortcuts->findChild<QTableWidget *>();
    ASSERT_NE(table, nullptr);
    bool listsGoToDate = false;
    for (int row = 0; row < table->rowCount(); ++row)
        listsGoToDate = listsGoToDate
                        || table->item(row, 1)->text()
                               == QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText);
    EXPECT_TRUE(listsGoToDate);
    shortcuts->reject();
}

// The history is laid out when its panel is shown, for the width it is shown
// at; the row in force is then centred, as when it is selected on screen.
TEST_F(MainWindowTest, HistorySelectedWhileHiddenIsCentredWhenShown)
{
    dock("districtDock")->hide();
    QApplication::processEvents();
    session->setCurrentDate(QDate(2016, 12, 13));
    session->setSelectedDistrict(QStringLiteral("hanano"));
    QApplication::processEvents();
    QListView *view = window->districtPanel()->historyView();
    EXPECT_FALSE(view->isVisible());

    dock("districtDock")->show();
    dock("districtDock")->raise();
    ASSERT_TRUE(QTest::qWaitFor([view] { return view->isVisible() && view->viewport()->width() > 150; }, 2000));
    QApplication::processEvents();
    const int row = window->districtPanel()->historyModel()->currentRow();
    ASSERT_GE(row, 0);
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    EXPECT_TRUE(view->viewport()->rect().intersects(rect)) << "the row in force is in view";
    EXPECT_TRUE(window->districtPanel()->headerText().contains(QStringLiteral("Hanano")));
}

// Row sizes are cached by width and content, and measured again in another font.
TEST_F(MainWindowTest, HistoryRowSizesFollowTheFont)
{
    session->setSelectedDistrict(QStringLiteral("hanano"));
    dock("districtDock")->raise();
    QApplication::processEvents();
    QListView *view = window->districtPanel()->historyView();
    const QModelIndex first = view->model()->index(0, 0);
    ASSERT_TRUE(first.isValid());
    const QSize before = view->itemDelegate()->sizeHint(QStyleOptionViewItem(), first);
    EXPECT_EQ(view->itemDelegate()->sizeHint(QStyleOptionViewItem(), first), before);
    QFont font = view->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    view->setFont(font);
    const QSize after = view->itemDelegate()->sizeHint(QStyleOptionViewItem(), first);
    EXPECT_GT(after.height(), before.height());
}

namespace {

void chooseLanguage(MainWindow *window, const char *action)
{
    window->findChild<QAction *>(QLatin1String(action))->trigger();
    QApplication::processEvents();
    QApplication::processEvents();
}

} // namespace

TEST_F(MainWindowTest, TooltipAndDistrictPanelUseTheSameWords)
{
    session->setCurrentDate(QDate(2016, 11, 27));
    ASSERT_TRUE(session->setSelectedDistrict(QStringLiteral("hanano")));
    dock("districtDock")->raise();
    QApplication::processEvents();
    struct Words
    {
        const char *action;
        QString control;
        QString since;
        QString basis;
    };
    const auto campaign = session->campaign();
    const Side *government = campaign->side(QStringLiteral("government"));
    for (const Words &w : {Words{"actionLanguageEnglish", government->name.en, QStringLiteral("26 November 2016"),
                                 QStringLiteral("stated (article)")},
                           Words{"actionLanguageChinese", government->name.zh, QStringLiteral("2016年11月26日"),
                                 QStringLiteral("明言（條目）")}}) {
        chooseLanguage(window.get(), w.action);
        const QString tip = QTextDocumentFragment::fromHtml(window->mapView()->toolTipFor(QStringLiteral("hanano")))
                                .toPlainText();
        const QString panel = window->districtPanel()->headerText();
        for (const QString &words : {w.control, w.since, w.basis}) {
            EXPECT_TRUE(tip.contains(words)) << w.action << ": " << tip.toStdString();
            EXPECT_TRUE(panel.contains(words)) << w.action << ": " << panel.toStdString();
        }
    }

    // A contested district that changed that day: the same words for both, too.
    chooseLanguage(window.get(), "actionLanguageEnglish");
    session->setCurrentDate(QDate(2016, 9, 24));
    ASSERT_TRUE(session->setSelectedDistrict(QStringLiteral("handarat")));
    QApplication::processEvents();
    const QString tip = QTextDocumentFragment::fromHtml(window->mapView()->toolTipFor(QStringLiteral("handarat")))
                            .toPlainText();
    const QString panel = window->districtPanel()->headerText();
    const QString contested = QStringLiteral("contested, mostly held by %1")
                                  .arg(campaign->side(QStringLiteral("opposition"))->name.en);
    for (const QString &words : {contested, QStringLiteral("Changed on this day")}) {
        EXPECT_TRUE(tip.contains(words)) << tip.toStdString();
        EXPECT_TRUE(panel.contains(words)) << panel.toStdString();
    }
}

TEST_F(MainWindowTest, EventStatusMessageFollowsTheLanguage)
{
    TimelineWidget *timeline = window->timelinePanel()->timeline();
    const auto campaign = session->campaign();
    const int index = campaign->eventIndex(QStringLiteral("offensive-announced"));
    ASSERT_GE(index, 0);
    const CampaignEvent &event = campaign->events.at(index);
    auto clickTick = [&] {
        QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, timeline->eventTickRect(index).center());
        QApplication::processEvents();
        return window->statusBar()->currentMessage();
    };
    EXPECT_EQ(clickTick(), event.summary.en);

    chooseLanguage(window.get(), "actionLanguageChinese");
    const QString zh = clickTick();
    EXPECT_NE(zh, event.summary.en);
    EXPECT_EQ(zh, event.citation.quote) << "no Chinese summary: the article's own sentence";
    EXPECT_TRUE(zh.contains(QStringLiteral("敘利亞"))) << zh.toStdString();
}

TEST_F(MainWindowTest, TheMapHasOneAccessibleNameInEachLanguage)
{
    EXPECT_EQ(window->mapView()->accessibleName(), QStringLiteral("Map of Aleppo"));
    chooseLanguage(window.get(), "actionLanguageChinese");
    EXPECT_EQ(window->mapView()->accessibleName(), QStringLiteral("阿勒頗地圖"));
    chooseLanguage(window.get(), "actionLanguageEnglish");
    EXPECT_EQ(window->mapView()->accessibleName(), QStringLiteral("Map of Aleppo"));
}

TEST_F(MainWindowTest, HoveringTheTimelineShowsTheDateBeforeAClick)
{
    session->setCurrentDate(QDate(2016, 9, 25));
    TimelineWidget *timeline = window->timelinePanel()->timeline();
    QApplication::processEvents();
    const QImage before = timeline->grab().toImage();
    const QDate target(2016, 11, 3);
    const QPoint at(timeline->xForDate(target), timeline->height() / 2);
    QTest::mouseMove(timeline, at);
    QApplication::processEvents();
    EXPECT_EQ(timeline->hoveredDate(), target);
    EXPECT_EQ(session->currentDate(), QDate(2016, 9, 25)) << "hovering does not move the date";
    const QImage hovered = timeline->grab().toImage();
    // Something is drawn at the hovered day (its line and date tag), nothing moves elsewhere.
    int changedNear = 0;
    int changedFar = 0;
    for (int y = 0; y < hovered.height(); ++y) {
        for (int x = 0; x < hovered.width(); ++x) {
            if (hovered.pixel(x, y) == before.pixel(x, y))
                continue;
            (std::abs(x - at.x()) <= 60 ? changedNear : changedFar) += 1;
        }
    }
    EXPECT_GT(changedNear, 50);
    EXPECT_EQ(changedFar, 0);
    // Leaving the timeline takes the marker away.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(timeline, &leave);
    EXPECT_FALSE(timeline->hoveredDate().isValid());
}

TEST_F(MainWindowTest, TheKindLegendExplainsTheDensityStrip)
{
    auto *legend = window->findChild<QLabel *>(QStringLiteral("timelineLegend"));
    ASSERT_NE(legend, nullptr);
    EXPECT_TRUE(legend->text().contains(QStringLiteral("events per day"))) << legend->text().toStdString();
    EXPECT_TRUE(legend->text().contains(TimelineWidget::densityColor().name())) << "in the strip's own colour";
    for (const Side &side : session->campaign()->sides)
        EXPECT_FALSE(legend->text().contains(side.color.name(), Qt::CaseInsensitive))
            << "no kind or strip wears " << side.id.toStdString() << "'s colour";
}

// View › Article Only rebuilds the picture from the article alone: the map,
// the title, the status bar and the District panel follow, and it comes back.
TEST_F(MainWindowTest, ArticleOnlyToggleShowsTheArticlesPictureAndBack)
{
    session->setCurrentDate(QDate(2016, 11, 28));
    window->selectDistrict(QStringLiteral("sakhour"));
    QApplication::processEvents();
    MapView *map = window->mapView();
    const auto lookOf = [map] { return map->mapScene()->districtItem(QStringLiteral("sakhour"))->look(); };
    const DistrictLook withReports = lookOf();
    const QString tooltipWithReports = map->toolTipFor(QStringLiteral("sakhour"));
    const QString headerWithReports = window->districtPanel()->headerText();
    auto *label = window->findChild<QLabel *>(QStringLiteral("sourcesLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("reports"))) << label->text().toStdString();
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("article only")));
    ASSERT_TRUE(withReports.disputed()) << "state TV and rebel officials disagree about Sakhour on 28 November";

    QAction *toggle = window->findChild<QAction *>(QStringLiteral("actionArticleOnly"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_FALSE(toggle->isChecked());
    auto *viewMenu = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    ASSERT_NE(viewMenu, nullptr);
    EXPECT_TRUE(viewMenu->actions().contains(toggle));
    press(map, Qt::Key_R, Qt::ControlModifier);

    EXPECT_TRUE(toggle->isChecked());
    EXPECT_TRUE(session->isArticleOnly());
    EXPECT_EQ(session->timeline()->sources(), ControlTimeline::Sources::ArticleOnly);
    EXPECT_EQ(session->currentDate(), QDate(2016, 11, 28));
    EXPECT_EQ(map->selectedDistrict(), QStringLiteral("sakhour"));
    const DistrictLook articleOnly = lookOf();
    EXPECT_NE(articleOnly, withReports);
    EXPECT_FALSE(articleOnly.disputed());
    // The map draws what the article-only timeline says.
    const ControlTimeline article(session->campaign(), ControlTimeline::Sources::ArticleOnly);
    const int sakhour = session->campaign()->districtIndex(QStringLiteral("sakhour"));
    EXPECT_EQ(articleOnly, DistrictLook::forState(article.appearanceAt(sakhour, QDate(2016, 11, 28)),
                                                  session->campaign()->sides, true));
    EXPECT_NE(map->toolTipFor(QStringLiteral("sakhour")), tooltipWithReports);
    EXPECT_NE(window->districtPanel()->headerText(), headerWithReports);
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("article only"))) << window->windowTitle().toStdString();
    EXPECT_TRUE(label->text().contains(QStringLiteral("hidden"))) << label->text().toStdString();

    toggle->trigger();
    EXPECT_FALSE(session->isArticleOnly());
    EXPECT_EQ(lookOf(), withReports);
    EXPECT_EQ(window->districtPanel()->headerText(), headerWithReports);
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("article only")));
}

// A zoomed-in map keeps its zoom when the sources change.
TEST_F(MainWindowTest, ArticleOnlyToggleKeepsTheZoom)
{
    MapView *map = window->mapView();
    map->setZoomFactor(map->fitZoomFactor() * 3.0);
    const double zoom = map->zoomFactor();
    window->findChild<QAction *>(QStringLiteral("actionArticleOnly"))->trigger();
    QApplication::processEvents();
    EXPECT_NEAR(map->zoomFactor(), zoom, zoom * 1e-6);
}

TEST_F(MainWindowTest, ClosingSavesTheArticleOnlyChoice)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("viewer.ini"));
    SettingsStore store(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    window->setSettingsStore(&store);
    window->findChild<QAction *>(QStringLiteral("actionArticleOnly"))->trigger();
    window->close();
    EXPECT_TRUE(SettingsStore(std::make_unique<QSettings>(ini, QSettings::IniFormat)).load(nullptr).articleOnly);
}

// --only-article opens the viewer on the article's picture.
TEST(RunViewer, OnlyArticleOpensTheArticlesPicture)
{
    CommandLineOptions options;
    options.quitAfterStartup = true;
    options.onlyArticle = true;
    options.dateText = QStringLiteral("2016-11-28");
    QStringList titles;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&titles] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(w); window && window->isVisible())
                titles.append(window->windowTitle());
        }
    });
    probe.start(0);
    ASSERT_EQ(runViewer(*qApp, options), 0);
    probe.stop();
    ASSERT_FALSE(titles.isEmpty());
    EXPECT_EQ(titles.last(), QStringLiteral("Aleppo Atlas — 2016-11-28 — article only"));
}

// A disputed district's tooltip says that sources disagree, which claim the
// map shows and why; the legend explains the outline.
TEST_F(MainWindowTest, DisputedDistrictTooltipSaysWhichClaimTheMapShows)
{
    session->setCurrentDate(QDate(2016, 11, 28));
    QApplication::processEvents();
    const auto campaign = session->campaign();
    const int sakhour = campaign->districtIndex(QStringLiteral("sakhour"));
    const Disagreement d = session->timeline()->disagreementAt(sakhour, QDate(2016, 11, 28));
    ASSERT_FALSE(d.isEmpty());
    ASSERT_NE(d.shown, nullptr);
    const QString tip = QTextDocumentFragment::fromHtml(window->mapView()->toolTipFor(QStringLiteral("sakhour")))
                            .toPlainText();
    EXPECT_TRUE(tip.contains(QStringLiteral("Sources disagree"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(Wording::source(*campaign, *d.shown, QStringLiteral("en")))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(Wording::disagreementReason(d.reason))) << tip.toStdString();

    // A district the sources agree about says nothing of the kind.
    const QString calm = QTextDocumentFragment::fromHtml(window->mapView()->toolTipFor(QStringLiteral("old-city")))
                             .toPlainText();
    ASSERT_FALSE(session->timeline()
                     ->appearanceAt(campaign->districtIndex(QStringLiteral("old-city")), QDate(2016, 11, 28))
                     .disputed);
    EXPECT_FALSE(calm.contains(QStringLiteral("Sources disagree"))) << calm.toStdString();
}

namespace {

/// Reported changes of @p district dated @p date, in the campaign's order.
QList<const ControlChange *> reportedChanges(const Campaign &campaign, const QString &district, QDate date)
{
    QList<const ControlChange *> out;
    for (const ControlChange &c : campaign.changes) {
        if (c.isReported() && c.district == district && c.date == date)
            out.append(&c);
    }
    return out;
}

/// A point of the history view where a link is drawn in row @p row, or (-1, -1).
QPoint linkPointIn(DistrictPanel *panel, int row)
{
    QListView *view = panel->historyView();
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index, QAbstractItemView::PositionAtTop);
    const QRect rect = view->visualRect(index);
    for (int y = rect.top(); y < std::min(rect.bottom(), view->viewport()->height()); y += 2) {
        for (int x = rect.left(); x < rect.right(); x += 3) {
            if (!panel->historyDelegate()->anchorAt(index, rect, QPoint(x, y)).isEmpty())
                return QPoint(x, y);
        }
    }
    return QPoint(-1, -1);
}

} // namespace

// Sakhour on 28 November: state TV and the Observatory say it fell, rebel
// officials deny it. The history pairs the claims in one row, says which one
// the map shows and why, and names every source.
TEST_F(MainWindowTest, HistoryPairsTheClaimsWhereSourcesDisagree)
{
    const QDate day(2016, 11, 28);
    session->setCurrentDate(day);
    window->selectDistrict(QStringLiteral("sakhour"));
    QApplication::processEvents();
    const auto campaign = session->campaign();
    DistrictHistoryTextModel *model = window->districtPanel()->historyModel();
    ASSERT_GT(model->rowCount(), 2);

    QDate previous;
    int disputedRow = -1;
    bool article = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r);
        const QDate date = index.data(DistrictHistoryTextModel::DateRole).toDate();
        EXPECT_LE(previous, date) << "rows in date order";
        previous = date;
        const auto kind = DistrictHistoryTextModel::Kind(index.data(DistrictHistoryTextModel::KindRole).toInt());
        article = article || kind == DistrictHistoryTextModel::Kind::Article;
        if (kind == DistrictHistoryTextModel::Kind::Disagreement && date == day)
            disputedRow = r;
    }
    EXPECT_TRUE(article) << "the article's entries stay in the history";
    ASSERT_GE(disputedRow, 0);
    EXPECT_EQ(model->currentRow(), disputedRow);

    const QModelIndex row = model->index(disputedRow);
    const QString text = row.data(Qt::AccessibleTextRole).toString();
    const Disagreement d = session->timeline()->disagreementAt(campaign->districtIndex(QStringLiteral("sakhour")), day);
    ASSERT_NE(d.shown, nullptr);
    ASSERT_FALSE(d.others.isEmpty());
    // Every claim of the day is there with its source; the shown claim's side comes first, marked.
    const QList<const ControlChange *> claims = reportedChanges(*campaign, QStringLiteral("sakhour"), day);
    ASSERT_GE(claims.size(), 3);
    EXPECT_EQ(row.data(DistrictHistoryTextModel::ClaimsRole).toInt(), claims.size());
    for (const ControlChange *c : claims)
        EXPECT_TRUE(text.contains(Wording::source(*campaign, *c, QStringLiteral("en")))) << text.toStdString();
    const QString shownSide = Wording::control(*campaign, d.shown->control, d.shown->leading, QStringLiteral("en"));
    const QString otherSide = Wording::control(*campaign, d.others.first()->control, d.others.first()->leading,
                                               QStringLiteral("en"));
    ASSERT_NE(shownSide, otherSide);
    const qsizetype shownAt = text.indexOf(QStringLiteral("Shown on the map: %1").arg(shownSide));
    const qsizetype otherAt = text.indexOf(QStringLiteral("Not shown: %1").arg(otherSide));
    EXPECT_GE(shownAt, 0) << text.toStdString();
    EXPECT_GT(otherAt, shownAt) << text.toStdString();
    EXPECT_TRUE(text.contains(Wording::disagreementReason(d.reason))) << text.toStdString();
    // The other side's claims are listed under it, after the shown side's.
    EXPECT_GT(text.indexOf(Wording::source(*campaign, *d.others.first(), QStringLiteral("en"))), otherAt);

    // The header says so too.
    const QString header = window->districtPanel()->headerText();
    EXPECT_TRUE(header.contains(QStringLiteral("Sources disagree"))) << header.toStdString();
    EXPECT_TRUE(header.contains(Wording::source(*campaign, *d.shown, QStringLiteral("en")))) << header.toStdString();
}

// Reports of one day that claim the same control are one row naming each outlet.
TEST_F(MainWindowTest, HistoryGroupsTheReportsThatAgree)
{
    const auto campaign = session->campaign();
    DistrictHistoryTextModel *model = window->districtPanel()->historyModel();
    bool found = false;
    for (const District &district : campaign->districts) {
        window->selectDistrict(district.id);
        for (int r = 0; r < model->rowCount() && !found; ++r) {
            const QModelIndex index = model->index(r);
            if (DistrictHistoryTextModel::Kind(index.data(DistrictHistoryTextModel::KindRole).toInt())
                    != DistrictHistoryTextModel::Kind::Reports
                || index.data(DistrictHistoryTextModel::ClaimsRole).toInt() < 2)
                continue;
            found = true;
            const QDate date = index.data(DistrictHistoryTextModel::DateRole).toDate();
            const int claims = index.data(DistrictHistoryTextModel::ClaimsRole).toInt();
            const QString text = index.data(Qt::AccessibleTextRole).toString();
            EXPECT_TRUE(text.contains(QStringLiteral("%1 reports agree").arg(claims))) << text.toStdString();
            // One row per claimed state: every report of the day with this control is in this row.
            QString control;
            int listed = 0;
            for (const ControlChange *c : reportedChanges(*campaign, district.id, date)) {
                if (!text.contains(Wording::source(*campaign, *c, QStringLiteral("en"))))
                    continue;
                ++listed;
                EXPECT_TRUE(control.isEmpty() || control == c->control);
                control = c->control;
                const Report &report = campaign->reports.at(c->report);
                EXPECT_TRUE(index.data(DistrictHistoryTextModel::HtmlRole).toString().contains(report.url));
            }
            EXPECT_EQ(listed, claims) << text.toStdString();
        }
        if (found)
            break;
    }
    EXPECT_TRUE(found) << "some day has several reports that agree about a district";
}

// A report's link opens in the browser (through the link policy); a click
// beside it still moves the timeline.
TEST_F(MainWindowTest, ClickingAReportLinkInTheHistoryOpensIt)
{
    session->setCurrentDate(QDate(2016, 12, 20));
    window->selectDistrict(QStringLiteral("sakhour"));
    dock("districtDock")->raise();
    QApplication::processEvents();
    DistrictPanel *panel = window->districtPanel();
    DistrictHistoryTextModel *model = panel->historyModel();
    int reportRow = -1;
    for (int r = 0; r < model->rowCount() && reportRow < 0; ++r) {
        if (DistrictHistoryTextModel::Kind(model->index(r).data(DistrictHistoryTextModel::KindRole).toInt())
            != DistrictHistoryTextModel::Kind::Article)
            reportRow = r;
    }
    ASSERT_GE(reportRow, 0);
    QApplication::processEvents();
    const QPoint link = linkPointIn(panel, reportRow);
    ASSERT_GE(link.x(), 0) << "a report row shows a link";
    const QString href = panel->historyDelegate()->anchorAt(model->index(reportRow),
                                                            panel->historyView()->visualRect(model->index(reportRow)),
                                                            link);

    QTest::mouseClick(panel->historyView()->viewport(), Qt::LeftButton, Qt::NoModifier, link);
    QApplication::processEvents();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl(href));
    EXPECT_TRUE(href.startsWith(QLatin1String("http"))) << href.toStdString();
    EXPECT_EQ(session->currentDate(), QDate(2016, 12, 20)) << "a link is not a date";
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(href)) << "the status bar says what was opened";

    // The row's date line is no link: a click there moves the timeline.
    const QRect rect = panel->historyView()->visualRect(model->index(reportRow));
    QTest::mouseClick(panel->historyView()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.topLeft() + QPoint(12, 8));
    QApplication::processEvents();
    EXPECT_EQ(opened.size(), 1);
    EXPECT_EQ(session->currentDate(), model->index(reportRow).data(DistrictHistoryTextModel::DateRole).toDate());
}

// The paraphrases follow the interface language.
TEST_F(MainWindowTest, HistoryParaphrasesFollowTheLanguage)
{
    const QDate day(2016, 11, 28);
    session->setCurrentDate(day);
    window->selectDistrict(QStringLiteral("sakhour"));
    const auto campaign = session->campaign();
    const QList<const ControlChange *> claims = reportedChanges(*campaign, QStringLiteral("sakhour"), day);
    ASSERT_FALSE(claims.isEmpty());
    const ReportClaim &claim = campaign->reports.at(claims.first()->report).claims.at(claims.first()->claim);
    ASSERT_FALSE(claim.summary.zh.isEmpty());
    DistrictHistoryTextModel *model = window->districtPanel()->historyModel();
    const auto rowText = [model] { return model->index(model->currentRow()).data(Qt::AccessibleTextRole).toString(); };
    EXPECT_TRUE(rowText().contains(claim.summary.en));
    window->findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(rowText().contains(claim.summary.zh)) << rowText().toStdString();
    EXPECT_FALSE(rowText().contains(claim.summary.en));
}

// Article only: the history is the article's alone.
TEST_F(MainWindowTest, HistoryHasNoReportsInTheArticleOnlyPicture)
{
    window->selectDistrict(QStringLiteral("sakhour"));
    DistrictHistoryTextModel *model = window->districtPanel()->historyModel();
    const int withReports = model->rowCount();
    window->findChild<QAction *>(QStringLiteral("actionArticleOnly"))->trigger();
    QApplication::processEvents();
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_LT(model->rowCount(), withReports);
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_EQ(DistrictHistoryTextModel::Kind(model->index(r).data(DistrictHistoryTextModel::KindRole).toInt()),
                  DistrictHistoryTextModel::Kind::Article);
}

// The reports' links are reached from the keyboard: the context menu of the
// current row offers its date and each report's page.
TEST_F(MainWindowTest, HistoryRowMenuOpensItsReportsFromTheKeyboard)
{
    session->setCurrentDate(QDate(2016, 11, 28));
    window->selectDistrict(QStringLiteral("sakhour"));
    dock("districtDock")->raise();
    QApplication::processEvents();
    DistrictPanel *panel = window->districtPanel();
    QListView *view = panel->historyView();
    const QModelIndex row = panel->historyModel()->index(panel->historyModel()->currentRow());
    ASSERT_TRUE(row.isValid());
    const QStringList links = row.data(DistrictHistoryTextModel::LinksRole).toStringList();
    ASSERT_GE(links.size(), 3);
    view->setFocus();
    view->setCurrentIndex(row);

    const QPoint at = view->visualRect(row).topLeft() + QPoint(4, 4);
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &menuKey);
    QApplication::processEvents();
    auto *menu = window->findChild<QMenu *>(QStringLiteral("historyLinkMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([menu] { return menu->isVisible(); }, 2000));
    QStringList offered;
    QAction *last = nullptr;
    for (QAction *a : menu->actions()) {
        if (!a->data().toString().isEmpty()) {
            offered.append(a->data().toString());
            last = a;
        }
    }
    EXPECT_EQ(offered, links);
    ASSERT_NE(last, nullptr);
    last->trigger();
    menu->close();
    QApplication::processEvents();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl(links.last()));
    EXPECT_EQ(session->currentDate(), QDate(2016, 11, 28));
}

// Selecting a disputed district keeps the map's sign that sources disagree.
TEST_F(MainWindowTest, ASelectedDisputedDistrictStillShowsTheDisagreement)
{
    session->setCurrentDate(QDate(2016, 11, 28));
    QApplication::processEvents();
    MapView *map = window->mapView();
    DistrictItem *item = map->mapScene()->districtItem(QStringLiteral("sakhour"));
    ASSERT_TRUE(item->look().disputed());
    const QRect area = map->mapFromScene(item->sceneBoundingRect()).boundingRect().adjusted(-4, -4, 4, 4);
    const auto purplePixels = [map, &area] {
        const QImage image = map->viewport()->grab(area).toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - 0xCC) < 20 && qAbs(c.green() - 0x79) < 20 && qAbs(c.blue() - 0xA7) < 20)
                    ++count;
            }
        }
        return count;
    };
    ASSERT_GT(purplePixels(), 10);
    window->selectDistrict(QStringLiteral("sakhour"));
    QApplication::processEvents();
    ASSERT_TRUE(item->look().selected());
    EXPECT_GT(purplePixels(), 10);
}
