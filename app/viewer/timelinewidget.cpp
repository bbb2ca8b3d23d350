#include "timelinewidget.h"

#include "eventfilterproxymodel.h"
#include "eventkindstyle.h"
#include "timelinecontroller.h"
#include "wording.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kSideMargin = 14;
constexpr int kMonthTop = 2;
constexpr int kMonthHeight = 16;
constexpr int kDensityTop = 22;
constexpr int kDensityHeight = 8;
constexpr int kTicksTop = 34;
constexpr int kTicksBottom = 72;
constexpr int kAxisY = 74;
constexpr int kKnobTop = 84;
constexpr int kKnobHeight = 18;
constexpr int kTickHeight = 8;
constexpr int kTickGap = 1;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineWidget"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // paintEvent() fills everything it is asked to repaint: a day step then
    // repaints the handle's two places here only, not the panel, the dock and
    // the main window under them.
    setAttribute(Qt::WA_OpaquePaintEvent, true);
    updateAccessibleText();
}

void TimelineWidget::setController(TimelineController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &TimelineController::currentDateChanged, this, [this] {
            updateAccessibleText();
            // A day step moves only the handle: repaint where it was and where
            // it goes, not the month names, the strip and every event's chip.
            if (m_handleDate.isValid() && current().isValid())
                update(handleRect(m_handleDate) | handleRect(current()));
            else
                update();
        });
        connect(m_controller, &TimelineController::rangeChanged, this, [this] {
            relayout();
            update();
        });
    }
    relayout();
    update();
}

void TimelineWidget::setCampaign(std::shared_ptr<const Campaign> campaign)
{
    m_campaign = std::move(campaign);
    m_hoverEvent = -1;
    relayout();
    updateAccessibleText();
    update();
}

void TimelineWidget::setEventFilter(EventFilterProxyModel *filter)
{
    if (m_filter == filter)
        return;
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter) {
        connect(m_filter, &EventFilterProxyModel::hiddenKindsChanged, this, [this] {
            m_hoverEvent = -1;
            relayout();
            updateAccessibleText();
            update();
        });
    }
    relayout();
    updateAccessibleText();
    update();
}

bool TimelineWidget::isShown(const CampaignEvent &event) const
{
    return !m_filter || m_filter->isKindShown(event.kind);
}

int TimelineWidget::eventCount(QDate date) const
{
    if (!date.isValid() || dayCount() <= 0)
        return 0;
    return m_density.value(int(start().daysTo(date)));
}

QDate TimelineWidget::start() const
{
    return m_controller ? m_controller->start() : QDate();
}

QDate TimelineWidget::end() const
{
    return m_controller ? m_controller->end() : QDate();
}

QDate TimelineWidget::current() const
{
    return m_controller ? m_controller->currentDate() : QDate();
}

int TimelineWidget::dayCount() const
{
    return m_controller ? m_controller->dayCount() : 0;
}

QRect TimelineWidget::trackRect() const
{
    return QRect(kSideMargin, 0, qMax(1, width() - 2 * kSideMargin), height());
}

double TimelineWidget::dayWidth() const
{
    const int days = dayCount();
    return days > 0 ? double(trackRect().width()) / days : 0.0;
}

QColor TimelineWidget::densityColor()
{
    return QColor(0x3C, 0x3C, 0x5A);
}

QDate TimelineWidget::dateAt(int x) const
{
    const int days = dayCount();
    if (days <= 0)
        return {};
    const int index = qBound(0, int((x - trackRect().left()) / dayWidth()), days - 1);
    return start().addDays(index);
}

int TimelineWidget::xForDate(QDate date) const
{
    if (dayCount() <= 0 || !date.isValid())
        return trackRect().left();
    return trackRect().left() + int((start().daysTo(date) + 0.5) * dayWidth());
}

int TimelineWidget::eventAt(const QPoint &pos) const
{
    // Exact hit first, then a few pixels of slack for thin ticks.
    for (const Tick &t : m_ticks) {
        if (t.rect.contains(pos))
            return t.event;
    }
    int best = -1;
    int bestDistance = 5;
    for (const Tick &t : m_ticks) {
        const QRect slack = t.rect.adjusted(-3, -1, 3, 1);
        if (!slack.contains(pos))
            continue;
        const int d = qAbs(t.rect.center().x() - pos.x());
        if (d < bestDistance) {
            best = t.event;
            bestDistance = d;
        }
    }
    return best;
}

QRect TimelineWidget::eventTickRect(int eventIndex) const
{
    for (const Tick &t : m_ticks) {
        if (t.event == eventIndex)
            return t.rect;
    }
    return {};
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(900, kKnobTop + kKnobHeight + 4);
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(200, kKnobTop + kKnobHeight + 4);
}

void TimelineWidget::relayout()
{
    m_ticks.clear();
    m_density.clear();
    m_maxDensity = 0;
    const int days = dayCount();
    if (!m_campaign || days <= 0)
        return;
    m_density.fill(0, days);
    QList<quint32> occupied(days, 0); // bit n set: level n is taken on that day
    const double w = dayWidth();
    const int tickWidth = qMax(3, int(w) - 1);
    const auto &events = m_campaign->events;
    int maxLevel = 0;
    for (int i = 0; i < events.size(); ++i) {
        const CampaignEvent &e = events.at(i);
        if (!isShown(e))
            continue;
        const int first = int(start().daysTo(e.date));
        const int last = int(start().daysTo(e.endDate.isValid() ? e.endDate : e.date));
        for (int d = qMax(0, first); d <= qMin(days - 1, last); ++d)
            m_density[d] += 1;
        if (first < 0 || first >= days)
            continue;
        const int lastDay = qBound(first, last, days - 1);
        quint32 taken = 0;
        for (int d = first; d <= lastDay; ++d)
            taken |= occupied.at(d);
        int level = 0;
        while (level < 31 && (taken & (1u << level)))
            ++level;
        for (int d = first; d <= lastDay; ++d)
            occupied[d] |= (1u << level);
        Tick t;
        t.event = i;
        // A range gets a bar to its last day; a tick stays at least tickWidth wide.
        const int x = xForDate(e.date) - tickWidth / 2;
        const int rangeRight = xForDate(start().addDays(lastDay)) + tickWidth / 2;
        t.rect = QRect(x, level, qMax(tickWidth, rangeRight - x), 0); // y holds the level until below
        m_ticks.append(t);
        maxLevel = qMax(maxLevel, level);
    }
    // Shrink the ticks when a busy day stacks more than fit.
    const int pitch = qMax(3, qMin(kTickHeight + kTickGap, (kTicksBottom - kTicksTop) / (maxLevel + 1)));
    for (Tick &t : m_ticks) {
        const int level = t.rect.top();
        t.rect = QRect(t.rect.left(), kTicksBottom - (level + 1) * pitch, t.rect.width(), pitch - kTickGap);
    }
    for (int d : m_density)
        m_maxDensity = qMax(m_maxDensity, d);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        updateAccessibleText();
        update();
    }
    QWidget::changeEvent(event);
}

TimelineWidget::Handle TimelineWidget::handleOf(QDate date) const
{
    Handle h;
    h.x = xForDate(date);
    h.day = QRectF(trackRect().left() + start().daysTo(date) * dayWidth(), kDensityTop - 2, qMax(2.0, dayWidth()),
                   kAxisY - kDensityTop + 4);
    h.label = date.toString(Qt::ISODate);
    QFont knobFont = font();
    knobFont.setBold(true);
    const int textWidth = QFontMetrics(knobFont).horizontalAdvance(h.label) + 14;
    h.knob = QRect(h.x - textWidth / 2, kKnobTop, textWidth, kKnobHeight);
    if (h.knob.left() < 0)
        h.knob.moveLeft(0);
    if (h.knob.right() > width() - 1)
        h.knob.moveRight(width() - 1);
    return h;
}

QRect TimelineWidget::handleRect(QDate date) const
{
    if (!date.isValid() || dayCount() <= 0)
        return {};
    const Handle h = handleOf(date);
    const QRect line(h.x - 2, kDensityTop - 3, 5, kKnobTop - kDensityTop + 4);
    // Room for anti-aliasing; the quieter hover tag where the handle was is narrower than the knob.
    return (h.day.toAlignedRect() | line | h.knob).adjusted(-3, -3, 3, 3);
}

void TimelineWidget::updateAccessibleText()
{
    setAccessibleName(tr("Timeline"));
    const QDate date = current();
    if (!date.isValid()) {
        setAccessibleDescription(tr("No campaign loaded."));
        return;
    }
    const int count = eventCount(date);
    setAccessibleDescription(tr("Current date %1 (day %2 of %3), events on this day: %4. "
                                "Left and Right move by a day, Page Up and Page Down by event.")
                                 .arg(date.toString(Qt::ISODate))
                                 .arg(m_controller->dayIndex() + 1)
                                 .arg(dayCount())
                                 .arg(count));
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = eventAt(help->pos());
        if (index >= 0 && m_campaign) {
            const CampaignEvent &e = m_campaign->events.at(index);
            QString when = e.date.toString(Qt::ISODate);
            if (e.isRange())
                when = tr("%1 to %2").arg(when, e.endDate.toString(Qt::ISODate));
            // The interface language is the default locale (LanguageManager sets it), as for the axis.
            const QString summary = Wording::eventSummary(e, QLocale().name());
            const QString html = QStringLiteral("<p style='white-space:normal'><b>%1</b> · %2<br>%3</p>")
                                     .arg(when, EventKindStyle::displayName(e.kind).toHtmlEscaped(),
                                          summary.toHtmlEscaped());
            QToolTip::showText(help->globalPos(), html, this, eventTickRect(index));
        } else if (dayCount() > 0) {
            const QDate date = dateAt(help->pos().x());
            const int count = m_density.value(int(start().daysTo(date)));
            QToolTip::showText(help->globalPos(),
                               (count == 1 ? tr("%1 — one event").arg(date.toString(Qt::ISODate))
                                           : tr("%1 — %2 events").arg(date.toString(Qt::ISODate)).arg(count)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    // A day step repaints the handle's two places only (see setController):
    // what lies wholly outside them is not drawn at all, not merely clipped.
    const QRect exposed = event->rect();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));

    const int days = dayCount();
    if (days <= 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No campaign loaded"));
        return;
    }
    const QRect track = trackRect();
    const double w = dayWidth();
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.35);

    // Month boundaries and labels.
    QFont monthFont = font();
    monthFont.setBold(true);
    p.setFont(monthFont);
    const QLocale locale;
    for (QDate d = start(); d <= end(); d = d.addDays(1)) {
        if (d != start() && d.day() != 1)
            continue;
        const int x = track.left() + int(start().daysTo(d) * w);
        if (d.day() == 1 && exposed.intersects(QRect(x, kMonthTop, 1, kAxisY + 9 - kMonthTop))) {
            p.setPen(QPen(faint, 1));
            p.drawLine(QPointF(x + 0.5, kMonthTop), QPointF(x + 0.5, kAxisY + 8));
        }
        // The longest label that fits before the next month's line: the year only where a
        // year starts (or the timeline does), short month names when months are narrow.
        const QDate next = QDate(d.year(), d.month(), 1).addMonths(1);
        const int nextX = next > end() ? track.right() : track.left() + int(start().daysTo(next) * w);
        const int room = nextX - x - 8;
        // The label stays inside its box (drawText clips to it): a box the repaint
        // does not reach is neither measured nor laid out.
        const QRect box(x + 4, kMonthTop, std::max(0, room + 4), kMonthHeight);
        if (!exposed.intersects(box))
            continue;
        const bool withYear = d == start() || d.month() == 1;
        QStringList candidates;
        for (QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat}) {
            const QString name = locale.standaloneMonthName(d.month(), format);
            if (withYear)
                candidates.append(tr("%1 %2", "month name, year").arg(name).arg(d.year()));
            candidates.append(name);
        }
        const QFontMetrics metrics(monthFont);
        QString label;
        for (const QString &candidate : std::as_const(candidates)) {
            if (metrics.horizontalAdvance(candidate) <= room) {
                label = candidate;
                break;
            }
        }
        p.setPen(text);
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    // Event density: darker where more happened. Slate, not a side's colour:
    // the strip counts events, it does not say who held what.
    const QColor low = pal.color(QPalette::AlternateBase);
    const QColor high = TimelineWidget::densityColor();
    for (int i = 0; i < days; ++i) {
        const int count = m_density.value(i);
        QColor c = low;
        if (count > 0 && m_maxDensity > 0) {
            const double t = 0.3 + 0.7 * double(count) / m_maxDensity;
            c = QColor::fromRgbF(low.redF() + (high.redF() - low.redF()) * t,
                                 low.greenF() + (high.greenF() - low.greenF()) * t,
                                 low.blueF() + (high.blueF() - low.blueF()) * t);
        }
        const int x0 = track.left() + int(i * w);
        const int x1 = track.left() + int((i + 1) * w);
        const QRect cell(x0, kDensityTop, qMax(1, x1 - x0), kDensityHeight);
        if (cell.intersects(exposed))
            p.fillRect(cell, c);
    }

    // Axis with a tick per day, taller on Mondays.
    p.setPen(QPen(text, 1));
    p.drawLine(QPointF(track.left(), kAxisY + 0.5), QPointF(track.right(), kAxisY + 0.5));
    for (int i = 0; i < days; ++i) {
        const QDate d = start().addDays(i);
        const double x = track.left() + (i + 0.5) * w;
        const int len = d.dayOfWeek() == 1 ? 6 : 3;
        // An anti-aliased line one pixel wide touches the two pixels around x at most.
        if (!exposed.intersects(QRect(int(std::floor(x)) - 1, kAxisY, 3, len + 1)))
            continue;
        p.setPen(QPen(d.dayOfWeek() == 1 ? text : faint, 1));
        p.drawLine(QPointF(x, kAxisY), QPointF(x, kAxisY + len));
    }

    // Event ticks.
    if (m_campaign) {
        for (const Tick &t : m_ticks) {
            if (!t.rect.adjusted(-2, -2, 2, 2).intersects(exposed))
                continue;
            const CampaignEvent &e = m_campaign->events.at(t.event);
            QColor c = EventKindStyle::color(e.kind);
            p.setPen(t.event == m_hoverEvent ? QPen(text, 1.5) : QPen(c.darker(140), 0.8));
            p.setBrush(c);
            p.drawRoundedRect(QRectF(t.rect).adjusted(0.5, 0.5, -0.5, -0.5), 1.5, 1.5);
        }
    }

    // The day under the pointer: a thin line and its date, quieter than the handle.
    if (m_hoverDate.isValid() && m_hoverDate != current()) {
        const int x = xForDate(m_hoverDate);
        const QColor ink = pal.color(QPalette::WindowText);
        QColor line = ink;
        line.setAlphaF(0.55);
        p.setPen(QPen(line, 1, Qt::DashLine));
        p.drawLine(QPointF(x + 0.5, kDensityTop - 2), QPointF(x + 0.5, kAxisY + 4));
        const QString label = m_hoverDate.toString(Qt::ISODate);
        const QFontMetrics metrics(font());
        QRect tag(x - metrics.horizontalAdvance(label) / 2 - 5, kKnobTop, metrics.horizontalAdvance(label) + 10,
                  kKnobHeight);
        if (tag.left() < 0)
            tag.moveLeft(0);
        if (tag.right() > width() - 1)
            tag.moveRight(width() - 1);
        p.setFont(font());
        p.setPen(QPen(line, 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(tag, 4, 4);
        p.setPen(ink);
        p.drawText(tag, Qt::AlignCenter, label);
    }

    // The current-date handle: a line through the strip and a knob with the date.
    const QDate cur = current();
    m_handleDate = cur;
    if (cur.isValid()) {
        const Handle h = handleOf(cur);
        const QColor accent = pal.color(QPalette::Highlight);
        QColor band = accent;
        band.setAlphaF(0.18);
        p.fillRect(h.day, band);
        p.setPen(QPen(accent, 2));
        p.drawLine(QPointF(h.x, kDensityTop - 2), QPointF(h.x, kKnobTop));
        QFont knobFont = font();
        knobFont.setBold(true);
        p.setFont(knobFont);
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawRoundedRect(h.knob, 4, 4);
        p.setPen(pal.color(QPalette::HighlightedText));
        p.drawText(h.knob, Qt::AlignCenter, h.label);
    }

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void TimelineWidget::scrubTo(int x)
{
    const QDate date = dateAt(x);
    if (date.isValid() && m_controller)
        m_controller->setCurrentDate(date);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_controller || dayCount() <= 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int index = eventAt(event->position().toPoint());
    if (index >= 0 && m_campaign) {
        const CampaignEvent &e = m_campaign->events.at(index);
        m_controller->setPlaying(false);
        m_controller->setCurrentDate(e.date);
        emit eventClicked(e.id);
        event->accept();
        return;
    }
    m_controller->setPlaying(false);
    m_scrubbing = true;
    scrubTo(event->position().toPoint().x());
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_scrubbing) {
        scrubTo(pos.x());
        event->accept();
        return;
    }
    const int hover = eventAt(pos);
    if (hover != m_hoverEvent) {
        m_hoverEvent = hover;
        setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    // The day a click would go to, shown before the click.
    const QDate day = trackRect().adjusted(-4, 0, 4, 0).contains(QPoint(pos.x(), trackRect().center().y()))
                          ? dateAt(pos.x())
                          : QDate();
    if (day != m_hoverDate) {
        m_hoverDate = day;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    if (m_hoverDate.isValid() || m_hoverEvent >= 0) {
        m_hoverDate = QDate();
        m_hoverEvent = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_scrubbing && event->button() == Qt::LeftButton) {
        scrubTo(event->position().toPoint().x());
        m_scrubbing = false;
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}
