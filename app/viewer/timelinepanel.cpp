#include "timelinepanel.h"

#include "eventkindstyle.h"
#include "playbackicon.h"
#include "settingsstore.h"
#include "timelinecontroller.h"
#include "timelinewidget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/// @p text as HTML whose spaces do not break a line.
QString unbreakable(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

} // namespace

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_play(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_speedLabel(new QLabel(this))
    , m_date(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_timeline(new TimelineWidget(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_play->setAutoRaise(false);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    m_speedLabel->setBuddy(m_speed);
    m_date->setObjectName(QStringLiteral("currentDateLabel"));
    QFont dateFont = m_date->font();
    dateFont.setBold(true);
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.2);
    m_date->setFont(dateFont);
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    m_legend->setTextFormat(Qt::RichText);
    // Wraps onto a second line when the window is narrow, instead of cutting
    // the last kinds off.
    m_legend->setWordWrap(true);
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_speedLabel);
    controls->addWidget(m_speed);
    controls->addSpacing(12);
    controls->addWidget(m_date);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_timeline);
    layout->addWidget(m_legend);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    for (int speed : SettingsStore::speeds())
        m_speed->addItem(QString(), speed);

    connect(m_play, &QToolButton::clicked, this, [this] {
        if (m_controller)
            m_controller->togglePlaying();
    });
    connect(m_speed, &QComboBox::activated, this, [this](int index) {
        if (m_controller)
            m_controller->setSpeed(m_speed->itemData(index).toInt());
    });
    connect(m_timeline, &TimelineWidget::eventClicked, this, &TimelinePanel::eventClicked);
    retranslate();
}

void TimelinePanel::setController(TimelineController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_timeline->setController(controller);
    if (m_controller) {
        connect(m_controller, &TimelineController::currentDateChanged, this, &TimelinePanel::updateDate);
        connect(m_controller, &TimelineController::playingChanged, this, &TimelinePanel::updatePlaying);
        connect(m_controller, &TimelineController::speedChanged, this, [this](int speed) {
            const int index = m_speed->findData(speed);
            if (index >= 0)
                m_speed->setCurrentIndex(index);
        });
        const int index = m_speed->findData(m_controller->speed());
        m_speed->setCurrentIndex(qMax(0, index));
    }
    updateDate();
    updatePlaying();
}

void TimelinePanel::setCampaign(std::shared_ptr<const Campaign> campaign)
{
    m_campaign = campaign;
    m_timeline->setCampaign(std::move(campaign));
    retranslate();
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelinePanel::retranslate()
{
    setAccessibleName(tr("Timeline panel"));
    m_speedLabel->setText(tr("&Speed:"));
    m_speed->setAccessibleName(tr("Playback speed"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i,
                             (m_speed->itemData(i).toInt() == 1 ? tr("1 day/s")
                                                                : tr("%1 days/s").arg(m_speed->itemData(i).toInt())));
    m_date->setAccessibleName(tr("Current date"));
    m_legend->setAccessibleName(tr("Event kinds"));

    QStringList items;
    // The strip under the month names, which only a tooltip explained.
    items.append(
        QStringLiteral("<span style='color:%1'>&#9644;</span>&nbsp;%2")
            .arg(TimelineWidget::densityColor().name(), tr("strip: events per day, darker for more").toHtmlEscaped()));
    QList<EventKind> used;
    if (m_campaign) {
        for (const CampaignEvent &e : m_campaign->events) {
            if (!used.contains(e.kind))
                used.append(e.kind);
        }
    }
    for (EventKind kind : allEventKinds()) {
        if (!used.contains(kind))
            continue;
        items.append(QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2")
                         .arg(EventKindStyle::color(kind).name(), unbreakable(EventKindStyle::displayName(kind))));
    }
    // Lines break between items only.
    m_legend->setText(items.join(QStringLiteral("&nbsp;&nbsp; ")));
    updateDate();
    updatePlaying();
}

void TimelinePanel::updateDate()
{
    const QDate date = m_controller ? m_controller->currentDate() : QDate();
    if (!date.isValid()) {
        m_date->setText(tr("No date"));
        return;
    }
    m_date->setText(tr("%1 · %2").arg(date.toString(Qt::ISODate), QLocale().toString(date, QLocale::LongFormat)));
}

void TimelinePanel::updatePlaying()
{
    const bool playing = m_controller && m_controller->isPlaying();
    m_play->setIcon(
        PlaybackIconEngine::icon(playing ? PlaybackIconEngine::Symbol::Pause : PlaybackIconEngine::Symbol::Play));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setAccessibleName(playing ? tr("Pause playback") : tr("Play"));
    m_play->setToolTip(tr("Play or pause (Space)"));
}
