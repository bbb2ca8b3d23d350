// On this date and the next/previous event keys follow the event-kind filter
// (View › Event Kinds, the timeline's legend), driven as a user drives them.
#include "articlepanel.h"
#include "campaignloader.h"
#include "eventfilterproxymodel.h"
#include "eventpanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "testsupport.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

namespace {

class FilteredDay : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        if (HasFatalFailure())
            return;
        kinds = window->findChild<QMenu *>(QStringLiteral("eventKindMenu"));
        ASSERT_NE(kinds, nullptr);
    }

    /// Unchecks (or checks) @p kind in View › Event Kinds.
    void toggleKind(const QString &kind)
    {
        auto *action = kinds->findChild<QAction *>(QStringLiteral("actionEventKind-%1").arg(kind));
        ASSERT_NE(action, nullptr) << kind.toStdString();
        action->trigger();
        QApplication::processEvents();
    }

    QString onThisDate() const { return window->eventPanel()->browser()->toPlainText(); }

    void press(Qt::Key key)
    {
        window->mapView()->setFocus();
        QTest::keyClick(window->mapView(), key, Qt::ControlModifier);
        QApplication::processEvents();
    }

    QMenu *kinds = nullptr;
};

} // namespace

TEST_F(FilteredDay, OnThisDateLeavesOutTheHiddenKindsAndSaysHowManyAreHidden)
{
    session->setCurrentDate(QDate(2016, 12, 13));
    QApplication::processEvents();
    ASSERT_TRUE(onThisDate().contains(QStringLiteral("3 events on this day."))) << onThisDate().toStdString();
    ASSERT_TRUE(onThisDate().contains(QStringLiteral("accepted a ceasefire brokered")));
    EXPECT_FALSE(onThisDate().contains(QStringLiteral("hidden by the kind filter")));

    toggleKind(QStringLiteral("ceasefire"));
    toggleKind(QStringLiteral("evacuation"));
    const QString text = onThisDate();
    EXPECT_TRUE(text.contains(QStringLiteral("One event on this day."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2 events of this day are hidden by the kind filter. Show all kinds")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("accepted a ceasefire brokered"))) << "the ceasefire is left out";
    EXPECT_FALSE(text.contains(QStringLiteral("civilians were to leave first"))) << "the evacuation too";
    EXPECT_TRUE(text.contains(QStringLiteral("cleared from everything east of the river")));

    // The link shows every kind again; the menu follows.
    ASSERT_TRUE(TestSupport::clickAnchor(window->eventPanel()->browser(), [](const QString &href) {
        return href == QLatin1String("atlas:kinds/showall");
    }));
    QApplication::processEvents();
    EXPECT_TRUE(session->eventFilter()->hiddenKinds().isEmpty());
    EXPECT_TRUE(kinds->findChild<QAction *>(QStringLiteral("actionEventKind-ceasefire"))->isChecked());
    EXPECT_TRUE(onThisDate().contains(QStringLiteral("3 events on this day."))) << onThisDate().toStdString();
    EXPECT_FALSE(onThisDate().contains(QStringLiteral("hidden by the kind filter")));
}

TEST_F(FilteredDay, ADayWhoseEventsAreAllHiddenShowsTheLatestShownOneAndSaysSo)
{
    session->setCurrentDate(QDate(2016, 11, 26));
    toggleKind(QStringLiteral("capture"));
    const QString text = onThisDate();
    EXPECT_TRUE(text.contains(QStringLiteral("No event of the kinds shown is dated 2016-11-26. Showing the latest "
                                             "earlier one(s), from 2016-11-12.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 event of this day is hidden by the kind filter.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Hanano")));
}

TEST_F(FilteredDay, NextAndPreviousEventSkipDaysWhoseEventsAreAllHidden)
{
    session->setCurrentDate(QDate(2016, 11, 26));
    press(Qt::Key_Right);
    ASSERT_EQ(session->currentDate(), QDate(2016, 11, 27)) << "a capture, shown";

    session->setCurrentDate(QDate(2016, 11, 26));
    toggleKind(QStringLiteral("capture"));
    press(Qt::Key_Right);
    EXPECT_EQ(session->currentDate(), QDate(2016, 12, 13)) << "27 Nov and 7 Dec had captures only";
    press(Qt::Key_Left);
    EXPECT_EQ(session->currentDate(), QDate(2016, 11, 12));
    // Evacuations hidden too: 13 December still has its ceasefire, 14 and 15 nothing else.
    toggleKind(QStringLiteral("evacuation"));
    session->setCurrentDate(QDate(2016, 12, 13));
    press(Qt::Key_Right);
    EXPECT_EQ(session->currentDate(), QDate(2016, 12, 13)) << "no later day has a kind shown";
}

TEST_F(FilteredDay, TheArticleHighlightsTheSentencesOfTheKindsShownOnly)
{
    session->setCurrentDate(QDate(2016, 12, 13));
    ArticlePanel *article = window->articlePanel();
    const int ceasefire = session->campaign()->eventIndex(QStringLiteral("ceasefire-accepted"));
    const int capture = session->campaign()->eventIndex(QStringLiteral("east-bank-cleared"));
    ASSERT_TRUE(article->highlightedEvents().contains(ceasefire));
    toggleKind(QStringLiteral("ceasefire"));
    EXPECT_FALSE(article->highlightedEvents().contains(ceasefire));
    EXPECT_TRUE(article->highlightedEvents().contains(capture));
}
