// The event-kind legend under the timeline, laid out for the width it has.
#include "testsupport.h"
#include "timelinecontroller.h"
#include "timelinewidget.h"
#include "viewersession.h"
#include "windowtest.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QTest>

namespace {

class TimelineLegendTest : public WindowTest
{
protected:
    QLabel *legend() const { return window->findChild<QLabel *>(QStringLiteral("timelineLegend")); }
    TimelineWidget *timeline() const { return window->findChild<TimelineWidget *>(); }

    /// @p widget's rectangle in the window's coordinates.
    QRect inWindow(const QWidget *widget) const
    {
        return QRect(widget->mapTo(window.get(), QPoint(0, 0)), widget->size());
    }

    void resizeTo(const QSize &size)
    {
        window->resize(size);
        QApplication::processEvents();
        QApplication::processEvents();
    }
};

/// Counts the paint events each watched widget receives.
class PaintCount : public QObject
{
public:
    QHash<QObject *, int> paints;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints[watched];
        }
        return false;
    }
};

} // namespace

TEST_F(TimelineLegendTest, NeverCoversTheTimelineAtSmallSizesInEitherLanguage)
{
    ASSERT_NE(legend(), nullptr);
    ASSERT_NE(timeline(), nullptr);
    for (const QString &lang : {QStringLiteral("zh_TW"), QStringLiteral("en")}) {
        ASSERT_TRUE(language->setLanguage(lang));
        for (const QSize size : {QSize(1024, 700), QSize(800, 600), QSize(1600, 1000)}) {
            resizeTo(size);
            const QRect legendRect = inWindow(legend());
            const QRect track = inWindow(timeline());
            const std::string where = lang.toStdString() + " " + std::to_string(size.width()) + "x"
                                      + std::to_string(size.height());
            ASSERT_TRUE(legend()->isVisible()) << where;
            EXPECT_FALSE(legendRect.intersects(track)) << where << ": the legend covers the timeline";
            // One line, all of it inside the label: nothing cut off, nothing wrapped under the timeline.
            EXPECT_LE(legend()->sizeHint().width(), legend()->width()) << where;
            EXPECT_GE(legend()->height(), legend()->sizeHint().height()) << where;
            EXPECT_LT(legend()->sizeHint().height(), 2 * legend()->fontMetrics().height()) << where;
            EXPECT_GE(timeline()->height(), timeline()->minimumSizeHint().height()) << where << ": timeline squeezed";
            // And the legend stays in the panel, on the screen.
            EXPECT_TRUE(window->rect().contains(legendRect)) << where;
        }
    }
}

TEST_F(TimelineLegendTest, ShortenedLegendKeepsEveryKindClickableAndTellsAllInItsTooltip)
{
    ASSERT_TRUE(language->setLanguage(QStringLiteral("zh_TW")));
    resizeTo(QSize(1600, 1000));
    const QString wide = legend()->text();
    const int kinds = int(wide.count(QStringLiteral("href='kind:")));
    ASSERT_GT(kinds, 3);
    resizeTo(QSize(1024, 700));
    resizeTo(QSize(700, 600));
    const QString narrow = legend()->text();
    EXPECT_NE(narrow, wide) << "a narrow window gets a shorter legend";
    EXPECT_EQ(narrow.count(QStringLiteral("href='kind:")), kinds) << "every kind is still there to click";
    // The tooltip has every kind's whole name.
    EXPECT_EQ(legend()->toolTip().count(QStringLiteral("href='kind:")), kinds);
    EXPECT_GE(legend()->toolTip().count(QStringLiteral("<br/>")), kinds);
    // Wide again, the whole legend comes back.
    resizeTo(QSize(1600, 1000));
    EXPECT_EQ(legend()->text(), wide);
}

// The date line and the day's mark keep one size through the whole campaign,
// in either language, with every day's text whole inside them: a step changes
// their pixels, never the layout around them.
TEST_F(TimelineLegendTest, TheDateLineKeepsItsSizeAndShowsEveryDayWhole)
{
    auto *date = window->findChild<QLabel *>(QStringLiteral("currentDateLabel"));
    auto *mark = window->findChild<QLabel *>(QStringLiteral("dayEventsLabel"));
    ASSERT_NE(date, nullptr);
    ASSERT_NE(mark, nullptr);
    TimelineController *controller = session->controller();
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_TW")}) {
        ASSERT_TRUE(language->setLanguage(lang));
        resizeTo(QSize(1600, 1000));
        const QRect dateAt = inWindow(date);
        const QRect markAt = inWindow(mark);
        int marked = 0;
        for (QDate d = controller->start(); d <= controller->end(); d = d.addDays(1)) {
            controller->setCurrentDate(d);
            QApplication::processEvents();
            const std::string where = lang.toStdString() + " " + d.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(inWindow(date), dateAt) << where;
            EXPECT_EQ(inWindow(mark), markAt) << where;
            EXPECT_LE(date->sizeHint().width(), date->width()) << where << ": " << date->text().toStdString();
            EXPECT_LE(date->sizeHint().height(), date->height()) << where;
            EXPECT_LE(mark->sizeHint().width(), mark->width()) << where << ": " << mark->text().toStdString();
            EXPECT_TRUE(date->text().contains(d.toString(Qt::ISODate))) << where;
            marked += mark->text().isEmpty() ? 0 : 1;
        }
        EXPECT_GT(marked, 20) << "days with events carry the mark";
    }
}

// A day step repaints the date line and the day's mark themselves, not the
// panel, the dock and the main window under them, and the window then shows
// what the panel painted whole shows.
TEST_F(TimelineLegendTest, ADayStepRepaintsTheDateLineAloneAndShowsWhatAWholeRepaintShows)
{
    auto *date = window->findChild<QLabel *>(QStringLiteral("currentDateLabel"));
    auto *panel = window->findChild<QWidget *>(QStringLiteral("timelinePanel"));
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    ASSERT_NE(date, nullptr);
    ASSERT_NE(panel, nullptr);
    ASSERT_NE(dock, nullptr);
    resizeTo(QSize(1600, 1000));
    TimelineController *controller = session->controller();
    controller->setCurrentDate(QDate(2016, 11, 20));
    QApplication::processEvents();
    QApplication::processEvents();

    const auto shownPanel = [&] { return TestSupport::shownOnScreen(*panel); };
    const QImage before = shownPanel();
    // Days with and without events, so that the day's mark changes too.
    const QList<QDate> days{QDate(2016, 11, 21), QDate(2016, 11, 26), QDate(2016, 11, 27), QDate(2016, 11, 28)};
    PaintCount count;
    for (QObject *o : std::initializer_list<QObject *>{window.get(), dock, panel, date})
        o->installEventFilter(&count);
    for (const QDate &d : days) {
        controller->setCurrentDate(d);
        QApplication::processEvents();
        QApplication::processEvents();
    }
    for (QObject *o : std::initializer_list<QObject *>{window.get(), dock, panel, date})
        o->removeEventFilter(&count);
    EXPECT_GE(count.paints.value(date), int(days.size())) << "the date line repaints on every step";
    EXPECT_EQ(count.paints.value(panel), 0);
    EXPECT_EQ(count.paints.value(dock), 0);
    EXPECT_EQ(count.paints.value(window.get()), 0);
    // What the window shows after each step is what the panel painted whole shows.
    for (const QDate &d : days) {
        controller->setCurrentDate(d.addDays(-1));
        QApplication::processEvents();
        controller->setCurrentDate(d);
        const QImage onScreen = shownPanel();
        const QImage whole = panel->grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        EXPECT_EQ(onScreen, whole) << d.toString(Qt::ISODate).toStdString();
    }
    EXPECT_NE(before, shownPanel()) << "the steps changed what the panel shows";
}
