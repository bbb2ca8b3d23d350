#pragma once

#include "campaign.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QToolButton;
class TimelineController;
class TimelineWidget;

/// The bottom panel: play/pause, playback speed, the current date, the timeline and its legend.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    void setController(TimelineController *controller);
    void setCampaign(std::shared_ptr<const Campaign> campaign);
    TimelineWidget *timeline() const { return m_timeline; }

signals:
    void eventClicked(const QString &eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDate();
    void updatePlaying();

    TimelineController *m_controller = nullptr;
    std::shared_ptr<const Campaign> m_campaign;
    QToolButton *m_play = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_legend = nullptr;
    TimelineWidget *m_timeline = nullptr;
};
