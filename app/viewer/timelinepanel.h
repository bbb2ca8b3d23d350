#pragma once

#include "campaign.h"

#include <QWidget>

#include <memory>

class EventFilterProxyModel;
class QComboBox;
class QLabel;
class QToolButton;
class TimelineController;
class TimelineWidget;

/**
 * The bottom panel: play/pause, playback speed, the current date and how many
 * events it has, the timeline and its legend. A click on a kind in the legend
 * (or Enter on it, after Tab) hides or shows that kind's events. The legend
 * is one line, shortened to the panel's width (the strip's explanation, then
 * the kinds' names elided), the whole of it in its tooltip.
 */
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    void setController(TimelineController *controller);
    void setCampaign(std::shared_ptr<const Campaign> campaign);
    /// The kinds shown: the legend toggles them, the timeline and the day's count follow.
    void setEventFilter(EventFilterProxyModel *filter);
    TimelineWidget *timeline() const { return m_timeline; }

signals:
    void eventClicked(const QString &eventId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateDate();
    /// The current date line as shown, for @p date (invalid: no date).
    QString dateText(QDate date) const;
    /// The day's event mark as shown, for @p count events (empty for none).
    QString dayEventsText(int count) const;
    void fitDateLabels();
    void updatePlaying();
    void updateLegend();
    void toggleKind(const QString &link);

    TimelineController *m_controller = nullptr;
    std::shared_ptr<const Campaign> m_campaign;
    QToolButton *m_play = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_dayDot = nullptr;    ///< the strip's colour, beside a day with events
    QLabel *m_dayEvents = nullptr; ///< the current day's events, beside the date
    QLabel *m_legend = nullptr;
    EventFilterProxyModel *m_filter = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QString m_legendFitted;  ///< what the legend was last fitted for: its whole text, font and width
    QString m_widestDate;    ///< the widest date line of the range, in the date's font
    QString m_widestDateFor; ///< what m_widestDate was measured for: the font and every date line
};
