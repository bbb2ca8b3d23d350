#pragma once

#include "campaign.h"

#include <QColor>
#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>

class EventFilterProxyModel;
class TimelineController;

/**
 * @brief The campaign's days as a scrubbable strip.
 *
 * One step per day across the campaign's range, month labels, an
 * event-density strip, a tick for every event coloured by kind (stacked when
 * several fall on one day) and the current-date handle. Hovering a tick shows
 * the event's summary; clicking it jumps to the event; pressing anywhere else
 * and dragging scrubs live. The widget only binds to a TimelineController:
 * it reads the range and date from it and writes the date back. With an
 * event filter (setEventFilter()), the ticks and the strip leave out the
 * kinds the reader hid.
 */
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setController(TimelineController *controller);
    void setCampaign(std::shared_ptr<const Campaign> campaign);
    /// The kinds the reader chose to see (may be nullptr: every kind).
    void setEventFilter(EventFilterProxyModel *filter);

    /// The colour of the busiest day in the strip of events per day (fewer: lighter).
    static QColor densityColor();
    /// The date under x (clamped to the range), or an invalid date without a range.
    QDate dateAt(int x) const;
    /// The x of the middle of @p date's step.
    int xForDate(QDate date) const;
    /// Index into Campaign::events of the tick under @p pos, or -1.
    int eventAt(const QPoint &pos) const;
    /// Where the tick of event @p eventIndex is drawn (empty when it is not drawn).
    QRect eventTickRect(int eventIndex) const;
    /// The day under the pointer, marked with its date before a click; invalid when the pointer is elsewhere.
    QDate hoveredDate() const { return m_hoverDate; }
    /// Events shown (not hidden by the filter) that cover @p date.
    int eventCount(QDate date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user clicked the tick of an event (the date has already moved to it).
    void eventClicked(const QString &eventId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Tick
    {
        int event = -1;
        QRect rect;
    };

    void relayout();
    void updateAccessibleText();
    QRect trackRect() const;
    /// The current-date handle of a date: its day band, the line at x, the knob with the date.
    struct Handle
    {
        QRectF day;
        int x = 0;
        QRect knob; ///< kept inside the widget at the timeline's ends
        QString label;
    };
    Handle handleOf(QDate date) const;
    /// Everything the handle of @p date draws on, with room for anti-aliasing: a day step repaints this.
    QRect handleRect(QDate date) const;
    int dayCount() const;
    double dayWidth() const;
    QDate start() const;
    QDate end() const;
    QDate current() const;
    void scrubTo(int x);

    bool isShown(const CampaignEvent &event) const;

    QPointer<TimelineController> m_controller;
    QPointer<EventFilterProxyModel> m_filter;
    std::shared_ptr<const Campaign> m_campaign;
    QList<Tick> m_ticks;
    QList<int> m_density; ///< events covering each day
    int m_maxDensity = 0;
    bool m_scrubbing = false;
    int m_hoverEvent = -1;
    QDate m_hoverDate;
    QDate m_handleDate; ///< the date whose handle was last painted
};
