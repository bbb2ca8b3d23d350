#include "campaignloader.h"
#include "eventfilterproxymodel.h"
#include "eventkindstyle.h"
#include "gotodatedialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapview.h"
#include "settingsstore.h"
#include "testsupport.h"
#include "timelinepanel.h"
#include "timelinewidget.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

namespace {

class EventFilterTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        if (HasFatalFailure())
            return;
        legend = window->findChild<QLabel *>(QStringLiteral("timelineLegend"));
        ASSERT_NE(legend, nullptr);
    }

    /// Where the legend draws the link to @p href: laid out as the label lays out its text.
    QPoint linkPosition(const QString &href) const
    {
        QTextDocument document;
        document.setDefaultFont(legend->font());
        document.setDocumentMargin(0);
        document.setHtml(legend->text());
        document.setTextWidth(legend->contentsRect().width());
        const QSizeF size = document.documentLayout()->documentSize(); // lays the text out
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                // The middle of the link's second character (the first is the swatch).
                const int inBlock = fragment.position() - block.position() + 2;
                const QTextLine line = block.layout()->lineForTextPosition(inBlock);
                if (!line.isValid())
                    return {-1, -1};
                const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
                const qreal x = line.cursorToX(inBlock) + 3;
                const qreal y = blockRect.top() + line.y() + line.height() / 2;
                const int slack = (legend->contentsRect().height() - int(size.height())) / 2;
                return legend->contentsRect().topLeft() + QPoint(int(x), int(y) + qMax(0, slack));
            }
        }
        return {-1, -1};
    }

    QLabel *legend = nullptr;
};

QList<int> eventsOfKind(const Campaign &campaign, EventKind kind)
{
    QList<int> out;
    for (int i = 0; i < campaign.events.size(); ++i) {
        if (campaign.events.at(i).kind == kind)
            out.append(i);
    }
    return out;
}

} // namespace

TEST_F(EventFilterTest, ClickingAKindInTheLegendHidesItsTicksAndClickingAgainBringsThemBack)
{
    session->setCurrentDate(QDate(2016, 11, 26));
    TimelineWidget *timeline = window->timelinePanel()->timeline();
    EventFilterProxyModel *filter = window->eventFilter();
    const QList<int> captures = eventsOfKind(*session->campaign(), EventKind::Capture);
    ASSERT_FALSE(captures.isEmpty());
    const QRect tick = timeline->eventTickRect(captures.first());
    ASSERT_FALSE(tick.isEmpty());
    const QImage before = timeline->grab().toImage();
    const QColor capture = EventKindStyle::color(EventKind::Capture);
    EXPECT_EQ(QColor(before.pixel(tick.center())), capture);
    auto *dayEvents = window->findChild<QLabel *>(QStringLiteral("dayEventsLabel"));
    ASSERT_NE(dayEvents, nullptr);
    EXPECT_TRUE(dayEvents->text().contains(QStringLiteral("1 event"))) << "Hanano retaken on 26 November";

    const QPoint at = linkPosition(QStringLiteral("kind:capture"));
    ASSERT_TRUE(legend->rect().contains(at));
    QTest::mouseClick(legend, Qt::LeftButton, Qt::NoModifier, at);
    QApplication::processEvents();
    EXPECT_EQ(filter->hiddenKinds(), QList<EventKind>{EventKind::Capture});
    for (int i : captures)
        EXPECT_TRUE(timeline->eventTickRect(i).isEmpty()) << session->campaign()->events.at(i).id.toStdString();
    EXPECT_NE(QColor(timeline->grab().toImage().pixel(tick.center())), capture) << "the tick is gone";
    EXPECT_EQ(timeline->eventCount(QDate(2016, 11, 26)), 0) << "the strip counts the kinds shown";
    EXPECT_TRUE(dayEvents->text().isEmpty()) << dayEvents->text().toStdString();
    EXPECT_TRUE(legend->text().contains(QStringLiteral("<s>"))) << "the hidden kind is struck through";
    // Other kinds stay.
    const QList<int> ceasefires = eventsOfKind(*session->campaign(), EventKind::Ceasefire);
    ASSERT_FALSE(ceasefires.isEmpty());
    EXPECT_FALSE(timeline->eventTickRect(ceasefires.first()).isEmpty());

    QTest::mouseClick(legend, Qt::LeftButton, Qt::NoModifier, linkPosition(QStringLiteral("kind:capture")));
    QApplication::processEvents();
    EXPECT_TRUE(filter->hiddenKinds().isEmpty());
    EXPECT_EQ(timeline->eventTickRect(captures.first()), tick);
    EXPECT_EQ(timeline->grab().toImage(), before);
}

TEST_F(EventFilterTest, TheLegendWorksFromTheKeyboard)
{
    EventFilterProxyModel *filter = window->eventFilter();
    legend->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    ASSERT_TRUE(legend->hasFocus());
    // Tab to the second kind, Enter hides it.
    QTest::keyClick(legend, Qt::Key_Tab);
    QTest::keyClick(legend, Qt::Key_Return);
    QApplication::processEvents();
    ASSERT_EQ(filter->hiddenKinds().size(), 1);
    EXPECT_TRUE(legend->accessibleDescription().contains(EventKindStyle::displayName(filter->hiddenKinds().first())))
        << legend->accessibleDescription().toStdString();
}

TEST_F(EventFilterTest, TheViewMenuAndTheLegendChangeTheSameFilter)
{
    auto *viewMenu = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    auto *kinds = window->findChild<QMenu *>(QStringLiteral("eventKindMenu"));
    ASSERT_NE(viewMenu, nullptr);
    ASSERT_NE(kinds, nullptr);
    EXPECT_TRUE(viewMenu->actions().contains(kinds->menuAction()));
    auto *evacuation = kinds->findChild<QAction *>(QStringLiteral("actionEventKind-evacuation"));
    ASSERT_NE(evacuation, nullptr);
    EXPECT_TRUE(evacuation->isChecked());
    EXPECT_EQ(evacuation->text(), EventKindStyle::displayName(EventKind::Evacuation));
    evacuation->trigger();
    EXPECT_FALSE(window->eventFilter()->isKindShown(EventKind::Evacuation));
    // Word joiners keep each name on one line.
    const QString shown = QString(legend->text()).remove(QChar(0x2060));
    EXPECT_TRUE(shown.contains(QStringLiteral("<s>%1</s>").arg(EventKindStyle::displayName(EventKind::Evacuation))))
        << shown.toStdString();
    // The legend brings it back; the menu follows.
    QTest::mouseClick(legend, Qt::LeftButton, Qt::NoModifier, linkPosition(QStringLiteral("kind:evacuation")));
    EXPECT_TRUE(window->eventFilter()->isKindShown(EventKind::Evacuation));
    EXPECT_TRUE(evacuation->isChecked());
    // Show All Kinds.
    kinds->findChild<QAction *>(QStringLiteral("actionEventKind-capture"))->trigger();
    kinds->findChild<QAction *>(QStringLiteral("actionEventKind-statement"))->trigger();
    EXPECT_EQ(window->eventFilter()->hiddenKinds().size(), 2);
    QAction *all = kinds->findChild<QAction *>(QStringLiteral("actionShowAllEventKinds"));
    ASSERT_TRUE(all->isEnabled());
    all->trigger();
    EXPECT_TRUE(window->eventFilter()->hiddenKinds().isEmpty());
    EXPECT_FALSE(all->isEnabled());
}

TEST_F(EventFilterTest, TheGoToDateCalendarMarksTheDaysOfTheKindsShown)
{
    window->eventFilter()->setKindShown(EventKind::Evacuation, false);
    window->mapView()->setFocus();
    QTest::keyClick(window->mapView(), Qt::Key_G, Qt::ControlModifier);
    QApplication::processEvents();
    auto *dialog = window->findChild<GoToDateDialog *>(QStringLiteral("goToDateDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *calendar = dialog->findChild<QCalendarWidget *>(QStringLiteral("goToDateCalendar"));
    ASSERT_NE(calendar, nullptr);
    EXPECT_NE(calendar->dateTextFormat(QDate(2016, 12, 15)).fontWeight(), QFont::Bold) << "only an evacuation";
    EXPECT_EQ(calendar->dateTextFormat(QDate(2016, 12, 13)).fontWeight(), QFont::Bold) << "a capture too";
    dialog->reject();
    // Go › Compare With Date marks the same days.
    // The closed dialog hands the activation back to the window first.
    window->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->mapView()->setFocus();
    QTest::keyClick(window->mapView(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::processEvents();
    auto *compare = window->findChild<GoToDateDialog *>(QStringLiteral("compareDateDialog"));
    ASSERT_NE(compare, nullptr);
    calendar = compare->findChild<QCalendarWidget *>(QStringLiteral("goToDateCalendar"));
    EXPECT_NE(calendar->dateTextFormat(QDate(2016, 12, 15)).fontWeight(), QFont::Bold);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2016, 12, 13)).fontWeight(), QFont::Bold);
    compare->reject();
}

TEST_F(EventFilterTest, HiddenKindsAreRememberedAcrossRestarts)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("viewer.ini"));
    {
        SettingsStore store(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        window->setSettingsStore(&store);
        window->eventFilter()->setKindShown(EventKind::Casualties, false);
        window->eventFilter()->setKindShown(EventKind::Statement, false);
        window->close();
        window->setSettingsStore(nullptr);
    }
    window.reset();
    // A new start: the saved state is read and applied as viewer.cpp does.
    SettingsStore store(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    const SettingsStore::State saved = store.load(session->campaign().get());
    EXPECT_EQ(saved.hiddenEventKinds, (QList<EventKind>{EventKind::Casualties, EventKind::Statement}));
    window = TestSupport::showMainWindow(session.get(), language.get());
    ASSERT_NE(window, nullptr);
    window->applyState(saved);
    EXPECT_FALSE(window->eventFilter()->isKindShown(EventKind::Casualties));
    EXPECT_FALSE(window->eventFilter()->isKindShown(EventKind::Statement));
    EXPECT_TRUE(window->eventFilter()->isKindShown(EventKind::Capture));
    for (int i : eventsOfKind(*session->campaign(), EventKind::Casualties))
        EXPECT_TRUE(window->timelinePanel()->timeline()->eventTickRect(i).isEmpty());
    // A kind this version does not know is left out, the others kept.
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("viewer/hiddenEventKinds"), QStringLiteral("capture,dragons,,statement"));
    }
    EXPECT_EQ(SettingsStore(std::make_unique<QSettings>(ini, QSettings::IniFormat)).load(nullptr).hiddenEventKinds,
              (QList<EventKind>{EventKind::Capture, EventKind::Statement}));
}
