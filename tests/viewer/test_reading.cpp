// Reading the evidence as a newcomer does (issue 19): the English beside the
// article's Chinese, the reader's language first, footnotes that lead to their
// reference and back, and a start-here overview on the first start.
#include "articlepanel.h"
#include "campaignloader.h"
#include "districthistorytextmodel.h"
#include "districtpanel.h"
#include "eventpanel.h"
#include "languagemanager.h"
#include "linkpolicy.h"
#include "mainwindow.h"
#include "overviewdialog.h"
#include "settingsstore.h"
#include "testsupport.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

class ReadingTest : public WindowTest
{
protected:
    QDockWidget *dock(const char *name) const { return window->findChild<QDockWidget *>(QLatin1String(name)); }

    void setChinese(bool chinese)
    {
        window
            ->findChild<QAction *>(chinese ? QStringLiteral("actionLanguageChinese")
                                           : QStringLiteral("actionLanguageEnglish"))
            ->trigger();
        QApplication::processEvents();
    }

    /// The article panel on screen, laid out, its pending scroll to the day settled.
    ArticlePanel *showArticle()
    {
        dock("articleDock")->show();
        dock("articleDock")->raise();
        ArticlePanel *article = window->articlePanel();
        if (!QTest::qWaitFor([article] { return article->browser()->viewport()->width() > 150; }, 2000))
            return nullptr;
        QTest::qWait(100);
        return article;
    }
};

/// The article's words of @p quote up to its first footnote or 12 characters: what a plain-text view shows whole.
QString quoteStart(const QString &quote)
{
    return quote.left(12);
}

/// The English summary of the event quoting the sentence @p change cites.
QString summaryOf(const Campaign &campaign, const ControlChange &change)
{
    for (const CampaignEvent &e : campaign.events) {
        if (e.citation.paragraph == change.sources.first().paragraph
            && e.citation.quote == change.sources.first().quote)
            return e.summary.en;
    }
    return {};
}

/// A document position inside the first link of @p browser whose href satisfies @p match, or -1.
int anchorPosition(QTextBrowser *browser, const std::function<bool(const QString &)> &match)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && match(fragment.charFormat().anchorHref()))
                return fragment.position() + fragment.length() / 2;
        }
    }
    return -1;
}

bool isVisibleIn(QTextBrowser *browser, int position)
{
    QTextCursor cursor(browser->document());
    cursor.setPosition(position);
    return browser->viewport()->rect().contains(browser->cursorRect(cursor).center());
}

bool isHighlighted(QTextBrowser *browser, int position)
{
    for (const QTextEdit::ExtraSelection &s : browser->extraSelections()) {
        if (s.cursor.selectionStart() <= position && position < s.cursor.selectionEnd())
            return true;
    }
    return false;
}

} // namespace

// Every quote of the article in a district's history has the English summary
// of its sentence under it, in both interfaces.
TEST_F(ReadingTest, DistrictHistoryGivesTheEnglishUnderEachQuote)
{
    const auto campaign = session->campaign();
    DistrictHistoryTextModel *model = window->districtPanel()->historyModel();
    int checked = 0;
    for (const bool chinese : {false, true}) {
        setChinese(chinese);
        for (const QString district : {QStringLiteral("hanano"), QStringLiteral("handarat")}) {
            window->selectDistrict(district);
            QApplication::processEvents();
            for (const ControlChange &c : campaign->changes) {
                if (c.district != district || c.isReported() || c.sources.isEmpty())
                    continue;
                const QString summary = summaryOf(*campaign, c);
                ASSERT_FALSE(summary.isEmpty()) << c.sources.first().quote.toStdString();
                bool found = false;
                for (int r = 0; r < model->rowCount() && !found; ++r) {
                    const QString html = model->index(r).data(DistrictHistoryTextModel::HtmlRole).toString();
                    const QString text = model->index(r).data(Qt::AccessibleTextRole).toString();
                    const qsizetype quote = text.indexOf(quoteStart(c.sources.first().quote));
                    if (quote < 0)
                        continue;
                    found = true;
                    EXPECT_GT(text.indexOf(summary), quote) << "under the quote: " << text.toStdString();
                    EXPECT_TRUE(html.contains(summary.toHtmlEscaped())) << "and drawn in the row";
                }
                EXPECT_TRUE(found) << district.toStdString() << ' ' << c.date.toString(Qt::ISODate).toStdString();
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 6);
}

// A note the package gives in Chinese is the one the Chinese interface shows.
TEST_F(ReadingTest, TheChineseInterfaceShowsTheChineseNote)
{
    // The shipped package gives every note in both languages; Handarat's first state has one.
    const auto campaign = session->campaign();
    const auto first = std::find_if(campaign->changes.cbegin(), campaign->changes.cend(),
                                    [](const ControlChange &c) { return c.district == QLatin1String("handarat"); });
    ASSERT_NE(first, campaign->changes.cend());
    const QString en = first->note.en;
    const QString zh = first->note.zh;
    ASSERT_FALSE(en.isEmpty());
    ASSERT_FALSE(zh.isEmpty());
    session->setCurrentDate(QDate(2016, 9, 20));
    window->selectDistrict(QStringLiteral("handarat"));
    DistrictHistoryTextModel *model = window->districtPanel()->historyModel();
    const auto rowText = [model] { return model->index(model->currentRow()).data(Qt::AccessibleTextRole).toString(); };
    EXPECT_TRUE(rowText().contains(en)) << rowText().toStdString();
    EXPECT_FALSE(rowText().contains(zh));
    setChinese(true);
    EXPECT_TRUE(rowText().contains(zh)) << rowText().toStdString();
    EXPECT_FALSE(rowText().contains(en));
}

// On this date leads with the interface's language and keeps the other one after it.
TEST_F(ReadingTest, OnThisDateLeadsWithTheReadersLanguage)
{
    const QDate day(2016, 11, 26);
    session->setCurrentDate(day);
    QApplication::processEvents();
    const auto campaign = session->campaign();
    const QList<int> events = session->eventsForDay(day);
    ASSERT_FALSE(events.isEmpty());
    QTextBrowser *browser = window->eventPanel()->browser();
    for (const bool chinese : {false, true}) {
        setChinese(chinese);
        const QString text = browser->toPlainText();
        for (int e : events) {
            const CampaignEvent &event = campaign->events.at(e);
            const qsizetype summary = text.indexOf(event.summary.en);
            const qsizetype quote = text.indexOf(quoteStart(event.citation.quote));
            ASSERT_GE(summary, 0) << "both languages are there: " << text.toStdString();
            ASSERT_GE(quote, 0) << text.toStdString();
            if (chinese)
                EXPECT_LT(quote, summary) << "the article's sentence first";
            else
                EXPECT_LT(summary, quote) << "the English summary first";
        }
    }
}

// A day's report claims are folded behind one link and unfolded by a click;
// the choice holds as the days go by, and Hide folds them again.
TEST_F(ReadingTest, ReportClaimsAreFoldedUntilTheReaderUnfoldsThem)
{
    const QDate day(2016, 11, 28);
    session->setCurrentDate(day);
    QApplication::processEvents();
    const auto campaign = session->campaign();
    QList<const ReportClaim *> claims;
    for (const Report &r : campaign->reports) {
        for (const ReportClaim &c : r.claims) {
            if (c.date == day)
                claims.append(&c);
        }
    }
    ASSERT_GE(claims.size(), 10);
    QTextBrowser *browser = window->eventPanel()->browser();
    QString text = browser->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Show the %1 report claims").arg(claims.size()))) << text.toStdString();
    for (const ReportClaim *c : claims)
        EXPECT_FALSE(text.contains(c->summary.en)) << "folded";

    ASSERT_TRUE(
        TestSupport::clickAnchor(browser, [](const QString &h) { return h == QLatin1String("atlas:reports/show"); }));
    QApplication::processEvents();
    text = browser->toPlainText();
    for (const ReportClaim *c : claims)
        EXPECT_TRUE(text.contains(c->summary.en)) << c->summary.en.toStdString();
    EXPECT_GT(browser->verticalScrollBar()->value(), 0) << "scrolled to the claims";

    session->setCurrentDate(QDate(2016, 12, 7));
    QApplication::processEvents();
    EXPECT_TRUE(window->eventPanel()->reportsShown());
    EXPECT_FALSE(browser->toPlainText().contains(QStringLiteral("Show the"))) << "still unfolded the next day";

    ASSERT_TRUE(
        TestSupport::clickAnchor(browser, [](const QString &h) { return h == QLatin1String("atlas:reports/hide"); }));
    QApplication::processEvents();
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Show the"))) << browser->toPlainText().toStdString();
    EXPECT_TRUE(opened.isEmpty()) << "folding opens nothing";
}

// A footnote click brings its reference into view, highlighted; Back (the
// tool bar's button or Alt+Left) returns to the sentence and marks the footnote.
TEST_F(ReadingTest, FootnotesLeadToTheirReferenceAndBack)
{
    session->setCurrentDate(QDate(2016, 9, 19));
    ArticlePanel *article = showArticle();
    ASSERT_NE(article, nullptr);
    QTextBrowser *browser = article->browser();
    EXPECT_FALSE(article->backAction()->isEnabled()) << "nothing to go back to yet";

    // [2] in the second paragraph: an empty reference in this copy.
    const auto campaign = session->campaign();
    const Reference *second = campaign->article.reference(2);
    ASSERT_NE(second, nullptr);
    ASSERT_TRUE(second->isEmpty());
    const auto isFootnote2 = [](const QString &h) { return h.startsWith(QLatin1String("atlas:footnote/2/")); };
    ASSERT_TRUE(TestSupport::clickAnchor(browser, isFootnote2));
    QApplication::processEvents();
    const int marker = anchorPosition(browser, isFootnote2);
    ASSERT_GE(marker, 0);
    EXPECT_EQ(article->followedReference(), 2);
    const QPair<int, int> range = article->referenceRange(2);
    ASSERT_GE(range.first, 0);
    EXPECT_TRUE(isVisibleIn(browser, range.first)) << "the reference is in view";
    EXPECT_TRUE(isHighlighted(browser, range.first)) << "and highlighted";
    EXPECT_FALSE(isVisibleIn(browser, marker)) << "the footnote's sentence is out of view";
    EXPECT_TRUE(opened.isEmpty());

    // Where to read an empty reference: the article on Chinese Wikipedia and its history.
    QTextCursor cursor(browser->document());
    cursor.setPosition(range.first);
    cursor.setPosition(range.second, QTextCursor::KeepAnchor);
    const QString reference = cursor.selectedText();
    EXPECT_TRUE(reference.contains(QStringLiteral("Look it up in the article on Chinese Wikipedia")))
        << reference.toStdString();
    EXPECT_TRUE(reference.contains(campaign->articleSource.url)) << reference.toStdString();

    // Back with Alt+Left.
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier);
    QApplication::processEvents();
    EXPECT_EQ(article->followedReference(), -1);
    EXPECT_TRUE(isVisibleIn(browser, marker)) << "back at the sentence";
    EXPECT_TRUE(isHighlighted(browser, marker)) << "the footnote followed is marked";
    EXPECT_FALSE(article->backAction()->isEnabled());
    EXPECT_EQ(session->currentDate(), QDate(2016, 9, 19)) << "Alt+Left is not a day step";

    // Again, and Back with the button over the text.
    ASSERT_TRUE(TestSupport::clickAnchor(browser, isFootnote2));
    QApplication::processEvents();
    EXPECT_EQ(article->followedReference(), 2);
    auto *button = article->findChild<QToolButton *>(QStringLiteral("articleBackButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->defaultAction(), article->backAction());
    ASSERT_TRUE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(article->followedReference(), -1);
    EXPECT_TRUE(isVisibleIn(browser, marker));
}

// On this date says where an empty reference can be read, too.
TEST_F(ReadingTest, OnThisDateSaysWhereAnEmptyReferenceCanBeRead)
{
    session->setCurrentDate(QDate(2016, 9, 19));
    QApplication::processEvents();
    const QString text = window->eventPanel()->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Look it up in the article on Chinese Wikipedia"))) << text.toStdString();
    EXPECT_TRUE(text.contains(session->campaign()->articleSource.url));
}

// The first start shows a short overview; once closed it stays away, and
// Help › Start Here brings it back.
TEST_F(ReadingTest, StartHereOpensOnTheFirstStartOnlyAndFromTheHelpMenu)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("viewer.ini"));
    SettingsStore store(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    window->setSettingsStore(&store);
    ASSERT_TRUE(window->showOverviewAtFirstStart());
    QApplication::processEvents();
    auto *overview = window->findChild<OverviewDialog *>(QStringLiteral("overviewDialog"));
    ASSERT_NE(overview, nullptr);
    EXPECT_TRUE(overview->isVisible());
    EXPECT_FALSE(overview->isModal()) << "the map stays usable behind it";
    EXPECT_LT(overview->width(), window->width());

    const QString text = overview->text();
    const auto campaign = session->campaign();
    EXPECT_TRUE(text.contains(campaign->title.en)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("19 September 2016"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("22 December 2016")));
    const qsizetype english = text.indexOf(QStringLiteral("Hanano"));
    const qsizetype chinese = text.indexOf(QStringLiteral("哈納諾"));
    EXPECT_GE(english, 0);
    EXPECT_GT(chinese, english) << "both languages, the interface's first";
    for (const Side &side : campaign->sides)
        EXPECT_TRUE(text.contains(side.name.en)) << "the colours are explained: " << side.id.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Stripes")));

    // Closed with its button: not shown at the next start.
    QPushButton *close = overview->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QTest::mouseClick(close, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_FALSE(overview->isVisible());
    EXPECT_FALSE(SettingsStore(std::make_unique<QSettings>(ini, QSettings::IniFormat)).showOverviewAtStart());
    EXPECT_FALSE(window->showOverviewAtFirstStart());
    EXPECT_FALSE(overview->isVisible());

    // Help › Start Here, in Chinese: the Chinese first.
    setChinese(true);
    window->findChild<QAction *>(QStringLiteral("actionStartHere"))->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(overview->isVisible());
    const QString zh = overview->text();
    EXPECT_TRUE(zh.contains(campaign->title.zh)) << zh.toStdString();
    EXPECT_LT(zh.indexOf(QStringLiteral("哈納諾")), zh.indexOf(QStringLiteral("Hanano")));

    // Asked to come back at every start: it does.
    overview->showAtStartBox()->click();
    overview->reject();
    EXPECT_TRUE(SettingsStore(std::make_unique<QSettings>(ini, QSettings::IniFormat)).showOverviewAtStart());
}

// A window made without a settings store (the tests', a --quit-after-startup run) opens no overview.
TEST_F(ReadingTest, NoOverviewWithoutASettingsStore)
{
    EXPECT_FALSE(window->showOverviewAtFirstStart());
    EXPECT_EQ(QApplication::activeWindow(), window.get());
}
