#include "articlepanel.h"
#include "campaignloader.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "searchpanel.h"
#include "searchresultmodel.h"
#include "testsupport.h"
#include "timelinecontroller.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QApplication>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QTextBrowser>

#include <QAction>
#include <QToolButton>

#include <gtest/gtest.h>

namespace {

using Kind = SearchResultModel::ResultKind;

class SearchPanelTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        if (HasFatalFailure())
            return;
        panel = window->searchPanel();
        ASSERT_NE(panel, nullptr);
    }

    QDockWidget *dock(const char *name) const { return window->findChild<QDockWidget *>(QLatin1String(name)); }

    /// Ctrl+F from the map, as a user presses it.
    void openSearch()
    {
        window->mapView()->setFocus();
        QTest::keyClick(window->mapView(), Qt::Key_F, Qt::ControlModifier);
        QApplication::processEvents();
    }

    /// Text that a keyboard cannot type key by key (Chinese, Arabic) arrives as an input method's commit.
    void commit(const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(panel->field(), &event);
        QApplication::processEvents();
    }

    /// Moves down the list from the field until the current row is of @p kind; its row, or -1.
    int downTo(Kind kind)
    {
        QTest::keyClick(panel->field(), Qt::Key_Down);
        QListView *list = panel->results();
        for (int step = 0; step < list->model()->rowCount(); ++step) {
            if (list->currentIndex().data(SearchResultModel::KindRole).toInt() == int(kind))
                return list->currentIndex().row();
            QTest::keyClick(list, Qt::Key_Down);
        }
        return -1;
    }

    SearchPanel *panel = nullptr;
};

} // namespace

TEST_F(SearchPanelTest, CtrlFThenATypedNameAndEnterSelectsTheDistrict)
{
    session->setCurrentDate(QDate(2016, 11, 28));
    ASSERT_FALSE(dock("searchDock")->isVisible()) << "off until asked for";
    openSearch();
    EXPECT_TRUE(dock("searchDock")->isVisible());
    EXPECT_TRUE(panel->field()->hasFocus());
    // A space and arrows typed in the field stay there: they do not play or step the timeline.
    QTest::keyClicks(panel->field(), QStringLiteral("Al Sakhour"));
    QTest::keyClick(panel->field(), Qt::Key_Left);
    QTest::keyClick(panel->field(), Qt::Key_End);
    EXPECT_FALSE(session->controller()->isPlaying());
    EXPECT_EQ(session->currentDate(), QDate(2016, 11, 28));
    ASSERT_GE(panel->results()->model()->rowCount(), 1);
    EXPECT_TRUE(panel->statusText().contains(QStringLiteral("Districts: 1"))) << panel->statusText().toStdString();
    QTest::keyClick(panel->field(), Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(session->selectedDistrict(), QStringLiteral("sakhour"));
    EXPECT_EQ(window->mapView()->selectedDistrict(), QStringLiteral("sakhour"));
    EXPECT_TRUE(dock("districtDock")->isVisible());
    EXPECT_EQ(session->currentDate(), QDate(2016, 11, 28)) << "a district keeps the day";

    // Ctrl+F again selects what was typed: the next name replaces it. Arabic, as an input method sends it.
    openSearch();
    EXPECT_TRUE(panel->field()->hasSelectedText());
    commit(QStringLiteral("الحيدرية"));
    EXPECT_EQ(panel->field()->text(), QStringLiteral("الحيدرية"));
    QTest::keyClick(panel->field(), Qt::Key_Return);
    EXPECT_EQ(session->selectedDistrict(), QStringLiteral("haydariyeh"));
    // And Chinese.
    openSearch();
    commit(QStringLiteral("哈納諾"));
    QTest::keyClick(panel->field(), Qt::Key_Return);
    EXPECT_EQ(session->selectedDistrict(), QStringLiteral("hanano"));
}

TEST_F(SearchPanelTest, EnterOnAnEventGoesToItsDateAndHighlightsItsDistricts)
{
    session->setCurrentDate(QDate(2016, 9, 20));
    openSearch();
    QTest::keyClicks(panel->field(), QStringLiteral("recaptured hanano"));
    const int row = downTo(Kind::Event);
    ASSERT_GE(row, 0);
    QListView *list = panel->results();
    EXPECT_TRUE(list->hasFocus()) << "Down moves from the field into the list";
    const CampaignEvent *event = session->campaign()->event(
        list->currentIndex().data(SearchResultModel::IdRole).toString());
    ASSERT_NE(event, nullptr);
    EXPECT_TRUE(event->summary.en.contains(QStringLiteral("Hanano")));
    QTest::keyClick(list, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(session->currentDate(), event->date);
    EXPECT_EQ(session->highlightedDistricts(), event->districts);
    EXPECT_EQ(session->selectedDistrict(), event->districts.value(0));
    EXPECT_TRUE(dock("eventDock")->isVisible());
}

TEST_F(SearchPanelTest, DoubleClickingAChineseEventGoesToItsDate)
{
    session->setCurrentDate(QDate(2016, 9, 20));
    openSearch();
    commit(QStringLiteral("撤離"));
    QListView *list = panel->results();
    // The last event found, double-clicked where it is drawn.
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->index(r, 0).data(SearchResultModel::KindRole).toInt() == int(Kind::Event))
            row = r;
    }
    ASSERT_GE(row, 0);
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QApplication::processEvents();
    const QPoint at = list->visualRect(index).center();
    ASSERT_TRUE(list->viewport()->rect().contains(at));
    // A double click as the window system delivers it: a click, then the second press as a double click.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    EXPECT_EQ(session->currentDate(), QDate(2016, 9, 20)) << "one click only selects the row";
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QApplication::processEvents();
    const CampaignEvent *event = session->campaign()->event(index.data(SearchResultModel::IdRole).toString());
    ASSERT_NE(event, nullptr);
    EXPECT_TRUE(event->citation.quote.contains(QStringLiteral("撤離")));
    EXPECT_EQ(session->currentDate(), event->date);
}

TEST_F(SearchPanelTest, EnterOnAParagraphShowsItSelectedInTheArticle)
{
    const Paragraph &p = session->campaign()->article.paragraphs.at(11);
    // Words from the middle of the paragraph, clear of its footnote markers.
    int from = int(p.text.size()) / 2;
    const auto clear = [&p](int at) {
        for (const FootnoteMarker &m : p.markers) {
            if (m.offset > at && m.offset < at + 5)
                return false;
        }
        return !p.text.mid(at, 5).contains(QLatin1Char(' '));
    };
    while (from + 5 < p.text.size() && !clear(from))
        ++from;
    const QString phrase = p.text.mid(from, 5);
    openSearch();
    commit(phrase);
    const int row = downTo(Kind::Paragraph);
    ASSERT_GE(row, 0) << phrase.toStdString();
    QListView *list = panel->results();
    while (list->currentIndex().data(SearchResultModel::ParagraphRole).toInt() != p.number
           && list->currentIndex().row() < list->model()->rowCount() - 1)
        QTest::keyClick(list, Qt::Key_Down);
    ASSERT_EQ(list->currentIndex().data(SearchResultModel::ParagraphRole).toInt(), p.number);
    QTest::keyClick(list, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_TRUE(dock("articleDock")->isVisible());
    QTextBrowser *browser = window->articlePanel()->browser();
    EXPECT_EQ(browser->textCursor().selectedText(), phrase);
    // Still shown after the panel's own scroll to the day's sentence.
    QTest::qWait(200);
    EXPECT_EQ(browser->textCursor().selectedText(), phrase);
    const QRect at = browser->cursorRect(browser->textCursor());
    EXPECT_TRUE(browser->viewport()->rect().contains(at.center())) << "scrolled into view";
}

TEST_F(SearchPanelTest, ResultsAreWrittenInTheInterfaceLanguage)
{
    openSearch();
    QTest::keyClicks(panel->field(), QStringLiteral("hanano"));
    const QAbstractItemModel *model = panel->results()->model();
    ASSERT_GE(model->rowCount(), 1);
    EXPECT_TRUE(model->index(0, 0).data().toString().contains(QStringLiteral("Hanano (哈納諾)")));
    window->findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->trigger();
    QApplication::processEvents();
    const QString chinese = model->index(0, 0).data().toString();
    EXPECT_TRUE(chinese.contains(QStringLiteral("Hanano"))
                && chinese.indexOf(QStringLiteral("哈納諾")) < chinese.indexOf(QStringLiteral("Hanano")))
        << "the Chinese name first: " << chinese.toStdString();
    EXPECT_FALSE(panel->field()->accessibleName().isEmpty());
    EXPECT_FALSE(panel->results()->accessibleName().isEmpty());
    window->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"))->trigger();
    QApplication::processEvents();
    // Nothing found says so.
    QTest::keyClicks(panel->field(), QStringLiteral("zzzz"));
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(panel->statusText().contains(QStringLiteral("Nothing found"))) << panel->statusText().toStdString();
}

// The field's clear button shows once there is text; clicking it empties the field and the results.
TEST_F(SearchPanelTest, TheClearButtonEmptiesTheFieldAndTheResults)
{
    openSearch();
    auto *clear = panel->field()->findChild<QAction *>(QStringLiteral("searchClearAction"));
    ASSERT_NE(clear, nullptr);
    const auto clearButton = [this, clear]() -> QToolButton * {
        for (auto *button : panel->field()->findChildren<QToolButton *>()) {
            if (button->defaultAction() == clear)
                return button;
        }
        return nullptr;
    };
    ASSERT_NE(clearButton(), nullptr);
    EXPECT_FALSE(clearButton()->isVisible()) << "nothing to clear";
    QTest::keyClicks(panel->field(), QStringLiteral("hanano"));
    QApplication::processEvents();
    ASSERT_GE(panel->results()->model()->rowCount(), 1);
    QToolButton *button = clearButton();
    ASSERT_TRUE(button->isVisible());
    EXPECT_FALSE(clear->text().isEmpty()) << "named for assistive technology";
    EXPECT_TRUE(panel->field()->rect().contains(button->geometry().center())) << "inside the field";
    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(panel->field()->text().isEmpty());
    EXPECT_EQ(panel->results()->model()->rowCount(), 0);
    EXPECT_FALSE(button->isVisible());
}
