#include "campaignloader.h"
#include "eventpanel.h"
#include "linkpolicy.h"
#include "testsupport.h"
#include "viewersession.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLocale>
#include <QMainWindow>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

#include <algorithm>
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

    /// The panel's heading (the day, and what is shown for it) as plain text.
    QString heading() const
    {
        const QTextDocument *document = panel->browser()->document();
        return document->firstBlock().text() + QLatin1Char('\n') + document->firstBlock().next().text();
    }

    /// Unfolds the day's report claims with a click on their Show link.
    bool unfoldReports()
    {
        const bool clicked = TestSupport::clickAnchor(panel->browser(), [](const QString &href) {
            return href == QLatin1String("atlas:reports/show");
        });
        QApplication::processEvents();
        return clicked && panel->reportsShown();
    }

    /// Shows the panel on screen at @p date.
    bool showOn(QDate date)
    {
        session.setCurrentDate(date);
        host->show();
        const bool exposed = QTest::qWaitForWindowExposed(host.get());
        QApplication::processEvents();
        return exposed && panel->hasContent();
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
    EXPECT_TRUE(heading().contains(longDate(QDate(2016, 9, 19)))) << heading().toStdString();
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
    EXPECT_TRUE(heading().contains(longDate(QDate(2016, 11, 28))));

    // On screen, a lone step (not part of a scrub) is followed at once.
    QTest::qWait(EventPanel::kFollowIntervalMs);
    session.setCurrentDate(QDate(2016, 12, 13));
    EXPECT_TRUE(panel->hasContent());
    EXPECT_TRUE(heading().contains(longDate(QDate(2016, 12, 13))));
}

TEST_F(EventPanelTest, AScrubIsFollowedTenTimesASecondAndEndsOnItsLastDate)
{
    ASSERT_TRUE(showOn(QDate(2016, 11, 20)));
    QTest::qWait(EventPanel::kFollowIntervalMs);
    int builds = 0;
    QObject::connect(panel->browser()->document(), &QTextDocument::contentsChanged, [&builds] { ++builds; });

    // The first step of a scrub is shown at once; the next ones, less than the
    // interval apart, leave the document as it is (no event is processed in
    // between, so the follow timer cannot fire, however slow the machine).
    session.setCurrentDate(QDate(2016, 11, 21));
    QElapsedTimer scrub;
    scrub.start();
    ASSERT_TRUE(panel->hasContent());
    EXPECT_TRUE(heading().contains(longDate(QDate(2016, 11, 21))));
    const int afterFirst = builds;
    EXPECT_GT(afterFirst, 0);
    for (int day = 22; day <= 26; ++day)
        session.setCurrentDate(QDate(2016, 11, day));
    ASSERT_LT(scrub.elapsed(), EventPanel::kFollowIntervalMs) << "the machine was too slow to scrub";
    EXPECT_FALSE(panel->hasContent());
    EXPECT_EQ(builds, afterFirst);
    EXPECT_TRUE(heading().contains(longDate(QDate(2016, 11, 21))));

    // When the dates stop, the document catches up with the last one.
    ASSERT_TRUE(QTest::qWaitFor([this] { return panel->hasContent(); }, 2000));
    EXPECT_GE(scrub.elapsed(), EventPanel::kFollowIntervalMs);
    EXPECT_TRUE(heading().contains(longDate(QDate(2016, 11, 26)))) << heading().toStdString();
    EventPanel fresh(&session, &links);
    fresh.resize(panel->size());
    fresh.ensureContent();
    EXPECT_EQ(panel->browser()->document()->toHtml(), fresh.browser()->document()->toHtml());
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

namespace {

/// (report, claim) of every claim about @p date.
QList<QPair<int, int>> claimsAbout(const Campaign &campaign, QDate date)
{
    QList<QPair<int, int>> out;
    for (int r = 0; r < campaign.reports.size(); ++r) {
        for (int k = 0; k < campaign.reports.at(r).claims.size(); ++k) {
            if (campaign.reports.at(r).claims.at(k).date == date)
                out.append({r, k});
        }
    }
    return out;
}

} // namespace

// After the article's events of the day come the reports' claims about it,
// each with its source and the package's paraphrase.
TEST_F(EventPanelTest, TheDaysReportsFollowTheArticlesEvents)
{
    const QDate day(2016, 11, 27);
    ASSERT_TRUE(showOn(day));
    ASSERT_TRUE(unfoldReports());
    const auto campaign = session.campaign();
    const QList<QPair<int, int>> claims = claimsAbout(*campaign, day);
    ASSERT_GE(claims.size(), 2);
    const QList<int> events = session.eventsForDay(day);
    ASSERT_FALSE(events.isEmpty());

    const QString text = panel->browser()->toPlainText();
    const qsizetype heading = text.lastIndexOf(QStringLiteral("%1 report claims about this day").arg(claims.size()));
    ASSERT_GE(heading, 0) << text.toStdString();
    for (int e : events)
        EXPECT_LT(text.indexOf(campaign->events.at(e).summary.en), heading) << "the article comes first";
    for (const auto &[r, k] : claims) {
        const Report &report = campaign->reports.at(r);
        const ReportClaim &claim = report.claims.at(k);
        EXPECT_GT(text.indexOf(report.attribution(claim)), heading) << report.id.toStdString();
        EXPECT_GT(text.indexOf(claim.summary.en), heading) << report.id.toStdString();
    }
}

TEST_F(EventPanelTest, AReportsLinkOpensThroughTheLinkPolicy)
{
    QList<QUrl> opened;
    links.setOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    const QDate day(2016, 11, 28);
    ASSERT_TRUE(showOn(day));
    ASSERT_TRUE(unfoldReports());
    const auto campaign = session.campaign();
    const QPair<int, int> first = claimsAbout(*campaign, day).value(0, {-1, -1});
    ASSERT_GE(first.first, 0);
    const QString url = campaign->reports.at(first.first).url;
    ASSERT_TRUE(TestSupport::clickAnchor(panel->browser(), [&url](const QString &href) { return href == url; }));
    QApplication::processEvents();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl(url));
    EXPECT_EQ(session.currentDate(), day);
}

// The article's picture alone hides the reports, and says so.
TEST_F(EventPanelTest, ArticleOnlyHidesTheReports)
{
    const QDate day(2016, 12, 7);
    ASSERT_TRUE(showOn(day));
    ASSERT_TRUE(unfoldReports());
    const auto campaign = session.campaign();
    const QList<QPair<int, int>> claims = claimsAbout(*campaign, day);
    ASSERT_FALSE(claims.isEmpty());
    const ReportClaim &claim = campaign->reports.at(claims.first().first).claims.at(claims.first().second);
    EXPECT_TRUE(panel->browser()->toPlainText().contains(claim.summary.en));

    session.setArticleOnly(true);
    QApplication::processEvents();
    const QString text = panel->browser()->toPlainText();
    EXPECT_FALSE(text.contains(claim.summary.en));
    EXPECT_TRUE(text.contains(QStringLiteral("%1 report claims about this day are hidden").arg(claims.size())))
        << text.toStdString();
    for (int e : session.eventsForDay(day))
        EXPECT_TRUE(text.contains(campaign->events.at(e).summary.en)) << "the article's events stay";
}

// A link at the top says how many report claims follow, unfolds them and scrolls to them.
TEST_F(EventPanelTest, ALinkAtTheTopLeadsToTheDaysReports)
{
    ASSERT_TRUE(showOn(QDate(2016, 11, 28)));
    const QList<QPair<int, int>> claims = claimsAbout(*session.campaign(), QDate(2016, 11, 28));
    ASSERT_GE(claims.size(), 10);
    QScrollBar *bar = panel->browser()->verticalScrollBar();
    ASSERT_EQ(bar->value(), 0);
    const QString text = panel->browser()->toPlainText();
    EXPECT_LT(text.indexOf(QStringLiteral("%1 report claims about this day, after the article").arg(claims.size())),
              text.indexOf(QStringLiteral("References")))
        << "the pointer comes before the article's events";
    ASSERT_TRUE(TestSupport::clickAnchor(panel->browser(), [](const QString &href) {
        return href == QLatin1String("atlas:reports/show");
    }));
    QApplication::processEvents();
    EXPECT_TRUE(panel->reportsShown());
    EXPECT_GT(bar->value(), 0) << "scrolled down to the reports";

    // Unfolded, the link at the top scrolls to them.
    bar->setValue(0);
    ASSERT_TRUE(TestSupport::clickAnchor(panel->browser(),
                                         [](const QString &href) { return href == QLatin1String("#reports"); }));
    QApplication::processEvents();
    EXPECT_GT(bar->value(), 0) << "scrolled down to the reports";
}

// A day that adds nothing (no event of its own, no report) leaves the events
// where the reader had scrolled them; only the heading follows the date.
TEST_F(EventPanelTest, ADayWithNothingNewKeepsTheReadingPlace)
{
    const auto campaign = session.campaign();
    QDate quiet;
    for (QDate d = campaign->start; d < campaign->end && !quiet.isValid(); d = d.addDays(1)) {
        bool earlierToday = false;
        bool earlierNext = false;
        const QList<int> today = session.eventsForDay(d, &earlierToday);
        const QList<int> next = session.eventsForDay(d.addDays(1), &earlierNext);
        if (earlierToday && earlierNext && today == next && today.size() >= 2 && claimsAbout(*campaign, d).isEmpty()
            && claimsAbout(*campaign, d.addDays(1)).isEmpty())
            quiet = d;
    }
    ASSERT_TRUE(quiet.isValid()) << "two quiet days in a row after a day of several events";
    ASSERT_TRUE(showOn(quiet));
    host->resize(1200, 400);
    QApplication::processEvents();
    QScrollBar *bar = panel->browser()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    bar->setValue(bar->maximum() / 2);
    const int place = bar->value();

    // Single steps, as a reader takes them: not a scrub, followed at once.
    QTest::qWait(EventPanel::kFollowIntervalMs);
    session.setCurrentDate(quiet.addDays(1));
    QApplication::processEvents();
    EXPECT_TRUE(heading().contains(longDate(quiet.addDays(1)))) << heading().toStdString();
    EXPECT_EQ(bar->value(), place);

    // A day with news starts from the top.
    QTest::qWait(EventPanel::kFollowIntervalMs);
    session.setCurrentDate(QDate(2016, 11, 26));
    QApplication::processEvents();
    EXPECT_EQ(bar->value(), 0);
}

// A reference's number hangs in the margin: its text, and every line of it
// after the first, start at one x, as the number's column of a table would.
TEST_F(EventPanelTest, AReferencesLinesStartWhereItsTextDoes)
{
    ASSERT_TRUE(showOn(QDate(2016, 11, 26)));
    const QTextDocument *document = panel->browser()->document();
    int checked = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        static const QRegularExpression number(QStringLiteral("^\\[\\d+\\] "));
        const QRegularExpressionMatch match = number.match(block.text());
        if (!match.hasMatch())
            continue;
        const QTextLayout *layout = block.layout();
        ASSERT_GE(layout->lineCount(), 2) << "an empty reference says where to look it up, on a line of its own";
        const qreal textStart = layout->lineAt(0).cursorToX(int(match.capturedLength()));
        const qreal numberStart = layout->lineAt(0).cursorToX(0);
        EXPECT_GT(textStart, numberStart + 10) << "the number before the text";
        for (int l = 1; l < layout->lineCount(); ++l)
            EXPECT_NEAR(layout->lineAt(l).cursorToX(layout->lineAt(l).textStart()), textStart, 1.0)
                << "line " << l << " of " << block.text().toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 1) << "the day's event cites a reference";
}

// A day step keeps what the panel already shows where it can (the events,
// when only the heading changes), and the result is always the document a
// panel opened on that day shows: every day, forward and back, in both
// languages, with the report claims folded and unfolded, and with the
// reports hidden.
TEST_F(EventPanelTest, ADayStepShowsTheDocumentAFreshPanelShows)
{
    ASSERT_TRUE(showOn(QDate(2016, 9, 19)));
    const auto campaign = session.campaign();
    QList<QDate> days;
    for (QDate d = campaign->start; d <= campaign->end; d = d.addDays(1))
        days.append(d);
    for (qsizetype i = days.size() - 1; i >= 0; i -= 3) // back, in longer steps
        days.append(days.at(i));

    struct Mode
    {
        const char *name;
        QString language;
        bool unfolded;
        bool articleOnly;
    };
    const Mode modes[] = {{"en", QStringLiteral("en"), false, false},
                          {"zh_TW, unfolded", QStringLiteral("zh_TW"), true, false},
                          {"article only", QStringLiteral("en"), false, true}};
    const QTextDocument *document = panel->browser()->document();
    int largestInsert = 0;
    QObject::connect(document, &QTextDocument::contentsChange,
                     [&largestInsert](int, int, int added) { largestInsert = std::max(largestInsert, added); });
    int kept = 0;
    for (const Mode &mode : modes) {
        panel->setLanguage(mode.language);
        panel->setReportsShown(mode.unfolded);
        session.setArticleOnly(mode.articleOnly);
        for (QDate day : days) {
            largestInsert = 0;
            session.setCurrentDate(day);
            // The steps come faster than a reader's: the panel would follow them
            // ten times a second; built now, it is what the step's document is.
            panel->ensureContent();
            QApplication::processEvents();

            EventPanel fresh(&session, &links);
            fresh.setLanguage(mode.language);
            fresh.setReportsShown(mode.unfolded);
            fresh.resize(panel->size());
            fresh.ensureContent();
            ASSERT_EQ(document->toHtml(), fresh.browser()->document()->toHtml())
                << mode.name << ", " << day.toString(Qt::ISODate).toStdString();
            if (largestInsert < document->characterCount() / 2)
                ++kept;
        }
    }
    // Many steps kept the document, so the check above is not only of a document set whole against another.
    EXPECT_GT(kept, 50);
}
