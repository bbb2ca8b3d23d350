#include "timelinepanel.h"

#include "eventfilterproxymodel.h"
#include "eventkindstyle.h"
#include "settingsstore.h"
#include "symbolicon.h"
#include "timelinecontroller.h"
#include "timelinewidget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// The day's mark before its count of events.
constexpr QChar kDot(0x25CF);

/// The legend's links: "kind:" and the kind's JSON name.
const QString kKindScheme = QStringLiteral("kind:");

/// @p text as HTML that never breaks a line: Chinese names break between any two characters otherwise.
QString unbreakable(const QString &text)
{
    QString joined;
    for (QChar c : text) {
        if (!joined.isEmpty())
            joined.append(QChar(0x2060)); // word joiner
        joined.append(c);
    }
    return joined.toHtmlEscaped()
        .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))
        .replace(QLatin1Char('-'), QStringLiteral("&#8209;"));
}

} // namespace

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_play(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_speedLabel(new QLabel(this))
    , m_date(new QLabel(this))
    , m_dayDot(new QLabel(this))
    , m_dayEvents(new QLabel(this))
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
    // Always one line: a second one (a narrow window, the longer Chinese
    // names) grew the label over the timeline's date handle. updateLegend()
    // shortens the legend to the width it has instead, the whole of it in the
    // tooltip.
    m_legend->setWordWrap(false);
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // Each kind is a link: a click, or Tab to it and Enter, hides or shows its events.
    m_legend->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_legend->setFocusPolicy(Qt::StrongFocus);
    m_dayEvents->setObjectName(QStringLiteral("dayEventsLabel"));
    // Plain text, the dot a label of its own in the strip's colour: a rich
    // text label lays its document out at its first paint and asks to be
    // painted again, a second repaint on every day step.
    m_dayEvents->setTextFormat(Qt::PlainText);
    m_dayDot->setObjectName(QStringLiteral("dayEventsDot"));
    m_dayDot->setTextFormat(Qt::PlainText);
    QPalette dotPalette = m_dayDot->palette();
    dotPalette.setColor(QPalette::WindowText, TimelineWidget::densityColor());
    m_dayDot->setPalette(dotPalette);

    // A step changes these three labels' text. A label that fills its own
    // background is opaque to Qt's repaint manager: the timeline panel, its
    // dock and the main window are then not repainted under it on every step.
    for (QLabel *label : {m_date, m_dayDot, m_dayEvents})
        label->setAutoFillBackground(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_speedLabel);
    controls->addWidget(m_speed);
    controls->addSpacing(12);
    controls->addWidget(m_date);
    controls->addSpacing(8);
    auto *mark = new QHBoxLayout;
    mark->setSpacing(4);
    mark->addWidget(m_dayDot);
    mark->addWidget(m_dayEvents);
    controls->addLayout(mark);
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
    connect(m_legend, &QLabel::linkActivated, this, &TimelinePanel::toggleKind);
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
        connect(m_controller, &TimelineController::rangeChanged, this, [this] {
            fitDateLabels();
            updateDate();
        });
        const int index = m_speed->findData(m_controller->speed());
        m_speed->setCurrentIndex(qMax(0, index));
    }
    fitDateLabels();
    updateDate();
    updatePlaying();
}

void TimelinePanel::setCampaign(std::shared_ptr<const Campaign> campaign)
{
    m_campaign = campaign;
    m_timeline->setCampaign(std::move(campaign));
    retranslate();
}

void TimelinePanel::setEventFilter(EventFilterProxyModel *filter)
{
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    // The timeline first: the day's count below reads its new layout.
    m_timeline->setEventFilter(filter);
    if (m_filter) {
        connect(m_filter, &EventFilterProxyModel::hiddenKindsChanged, this, [this] {
            updateLegend();
            fitDateLabels();
            updateDate();
        });
    }
    updateLegend();
    fitDateLabels();
    updateDate();
}

void TimelinePanel::toggleKind(const QString &link)
{
    EventKind kind = EventKind::Statement;
    if (!m_filter || !link.startsWith(kKindScheme) || !eventKindFromName(link.mid(kKindScheme.size()), &kind))
        return;
    m_filter->setKindShown(kind, !m_filter->isKindShown(kind));
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        fitDateLabels();
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

    updateLegend();
    fitDateLabels();
    updateDate();
    updatePlaying();
}

void TimelinePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The layout has given the legend its new width already.
    updateLegend();
}

void TimelinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateLegend();
}

void TimelinePanel::updateLegend()
{
    // Fitting measures the legend as rich text, up to a dozen times: not for a
    // width the layout has not given yet (hidden, the label has its default
    // size, the narrowest and so the dearest to fit), nor again for the same
    // text, font and width (resize events come for height changes too).
    if (!isVisible())
        return;
    QList<EventKind> used;
    if (m_campaign) {
        for (const CampaignEvent &e : m_campaign->events) {
            if (!used.contains(e.kind))
                used.append(e.kind);
        }
    }
    const QString ink = palette().color(QPalette::WindowText).name();
    const QString faint = palette().color(QPalette::PlaceholderText).name();
    const QFontMetrics metrics(m_legend->font());
    QStringList hiddenNames;
    QStringList names;
    QList<EventKind> kinds;
    for (EventKind kind : allEventKinds()) {
        if (!used.contains(kind))
            continue;
        kinds.append(kind);
        names.append(EventKindStyle::displayName(kind));
        if (m_filter && !m_filter->isKindShown(kind))
            hiddenNames.append(names.last());
    }
    // The legend with the strip's long or short explanation, each kind's name
    // cut to nameWidth pixels (-1: whole; 0: the swatch alone), items joined by @p separator.
    const auto compose = [&](bool shortStrip, int nameWidth, const QString &separator) {
        QStringList items;
        // The strip under the month names, which only a tooltip explained.
        items.append(QStringLiteral("<span style='color:%1'>&#9644;</span>&nbsp;%2")
                         .arg(TimelineWidget::densityColor().name(),
                              (shortStrip ? tr("events per day") : tr("strip: events per day, darker for more"))
                                  .toHtmlEscaped()));
        for (int i = 0; i < kinds.size(); ++i) {
            const EventKind kind = kinds.at(i);
            const bool shown = !m_filter || m_filter->isKindShown(kind);
            const QString name = nameWidth < 0    ? names.at(i)
                                 : nameWidth == 0 ? QString()
                                                  : metrics.elidedText(names.at(i), Qt::ElideRight, nameWidth);
            const QString text = name.isEmpty() ? QString() : unbreakable(name);
            const QString space = name.isEmpty() ? QString() : QStringLiteral("&nbsp;");
            // A hidden kind keeps its place, struck through with a hollow swatch, so it can be clicked back.
            items.append(
                shown ? QStringLiteral("<a href='%1%2' style='color:%3; text-decoration:none'>"
                                       "<span style='color:%4'>&#9632;</span>%5%6</a>")
                            .arg(kKindScheme, eventKindName(kind), ink, EventKindStyle::color(kind).name(), space, text)
                      : QStringLiteral("<a href='%1%2' style='color:%3'>&#9633;%4<s>%5</s></a>")
                            .arg(kKindScheme, eventKindName(kind), faint, space, text));
        }
        return items.join(separator);
    };
    const auto widthOf = [this](const QString &html) {
        QTextDocument document;
        document.setDefaultFont(m_legend->font());
        document.setDocumentMargin(0);
        document.setHtml(html);
        return document.idealWidth();
    };
    // Lines break between items only; the label is one line, so shorten it
    // until it fits: the strip's explanation first, then the kinds' names.
    const QString separator = QStringLiteral("&nbsp;&nbsp; ");
    const int available = m_legend->contentsRect().width();
    QString html = compose(false, -1, separator);
    const QString fitted = html + QLatin1Char('\n') + m_legend->font().key() + QLatin1Char('\n')
                           + QString::number(available) + QLatin1Char('\n') + hiddenNames.join(QLatin1Char(','));
    if (fitted == m_legendFitted)
        return;
    m_legendFitted = fitted;
    const bool fits = available <= 0 || widthOf(html) <= available;
    if (!fits) {
        html = compose(true, -1, separator);
        int longest = 0;
        for (const QString &name : std::as_const(names))
            longest = std::max(longest, metrics.horizontalAdvance(name));
        for (int width = longest; width > 0 && widthOf(html) > available;) {
            width = std::max(0, width - std::max(4, longest / 12));
            html = compose(true, width, separator);
        }
    }
    if (m_legend->text() != html)
        m_legend->setText(html);
    const QString hint = tr("Click a kind to hide or show its events on the timeline (also View › Event Kinds).")
                             .toHtmlEscaped();
    // Shortened, the tooltip has the whole legend, one item a line.
    m_legend->setToolTip(
        fits ? hint : QStringLiteral("<p>%1</p><p>%2</p>").arg(compose(false, -1, QStringLiteral("<br/>")), hint));
    m_legend->setAccessibleDescription(
        hiddenNames.isEmpty() ? tr("Every kind is shown. Enter on a kind hides it.")
                              : tr("Hidden: %1. Enter on a kind hides or shows it.").arg(hiddenNames.join(tr(", "))));
}

QString TimelinePanel::dateText(QDate date) const
{
    if (!date.isValid())
        return tr("No date");
    return tr("%1 · %2").arg(date.toString(Qt::ISODate), QLocale().toString(date, QLocale::LongFormat));
}

QString TimelinePanel::dayEventsText(int count) const
{
    if (count == 0)
        return {};
    return count == 1 ? tr("1 event") : tr("%1 events").arg(count);
}

void TimelinePanel::fitDateLabels()
{
    // The date line and the day's mark change their text on every step. A
    // label whose size can change asks the layouts above it to run again,
    // up to the main window's, which then repaints itself whole: fixed at
    // the widest text they can show (every day of the range, the busiest
    // day's count), they repaint only their own pixels.
    const QDate start = m_controller ? m_controller->start() : QDate();
    const QDate end = m_controller ? m_controller->end() : QDate();
    QStringList dates{dateText({})};
    int busiest = 0;
    for (QDate d = start; d.isValid() && d <= end; d = d.addDays(1)) {
        dates.append(dateText(d));
        busiest = std::max(busiest, m_timeline->eventCount(d));
    }
    // Measuring a text shapes it again each time: at start-up this ran twice
    // over the range, twice per day, 30 M instructions. The widest date
    // changes only with the texts or the font, so it is measured once for them.
    const QString measuredFor = m_date->font().key() + QChar(0x1f) + dates.join(QChar(0x1e));
    if (measuredFor != m_widestDateFor) {
        const QFontMetrics dateMetrics(m_date->font());
        int widest = -1;
        for (const QString &text : std::as_const(dates)) {
            const int width = dateMetrics.horizontalAdvance(text);
            if (width > widest) {
                widest = width;
                m_widestDate = text;
            }
        }
        m_widestDateFor = measuredFor;
    }
    // Sized for the widest text, then given back what it showed.
    const auto fixFor = [](QLabel *label, const QString &widest, int slack) {
        const QString shown = label->text();
        label->setMinimumSize(0, 0);
        label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        label->setText(widest);
        label->setFixedSize(label->sizeHint() + QSize(slack, 0));
        label->setText(shown);
    };
    fixFor(m_date, m_widestDate, 2);
    fixFor(m_dayEvents, dayEventsText(std::max(busiest, 1)), 2);
    fixFor(m_dayDot, QString(kDot), 0);
}

void TimelinePanel::updateDate()
{
    const QDate date = m_controller ? m_controller->currentDate() : QDate();
    m_date->setText(dateText(date));
    if (!date.isValid()) {
        m_dayDot->clear();
        m_dayEvents->clear();
        return;
    }
    // The date field's mark: a day with events says how many (of the kinds shown).
    const int count = m_timeline->eventCount(date);
    m_dayDot->setText(count == 0 ? QString() : QString(kDot));
    m_dayEvents->setText(dayEventsText(count));
    m_dayEvents->setAccessibleName(
        count == 0 ? tr("No events on this day")
                   : (count == 1 ? tr("1 event on this day") : tr("%1 events on this day").arg(count)));
}

void TimelinePanel::updatePlaying()
{
    const bool playing = m_controller && m_controller->isPlaying();
    m_play->setIcon(SymbolIconEngine::icon(playing ? SymbolIconEngine::Symbol::Pause : SymbolIconEngine::Symbol::Play));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setAccessibleName(playing ? tr("Pause playback") : tr("Play"));
    m_play->setToolTip(tr("Play or pause (Space)"));
}
