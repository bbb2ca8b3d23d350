#include "timelinecontroller.h"

TimelineController::TimelineController(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(1000 / m_speed);
    connect(m_timer, &QTimer::timeout, this, &TimelineController::tick);
}

int TimelineController::dayIndex() const
{
    return m_start.isValid() && m_current.isValid() ? int(m_start.daysTo(m_current)) : 0;
}

int TimelineController::dayCount() const
{
    return m_start.isValid() && m_end.isValid() ? int(m_start.daysTo(m_end)) + 1 : 0;
}

QDate TimelineController::clamp(QDate date) const
{
    if (!m_start.isValid() || !m_end.isValid())
        return date;
    return qBound(m_start, date, m_end);
}

void TimelineController::setRange(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid())
        return;
    if (end < start)
        std::swap(start, end);
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    emit rangeChanged(m_start, m_end);
    // The old date may now be outside; an unset date starts at the beginning.
    const QDate clamped = m_current.isValid() ? clamp(m_current) : m_start;
    if (clamped != m_current) {
        m_current = clamped;
        emit currentDateChanged(m_current);
    }
}

void TimelineController::setCurrentDate(QDate date)
{
    if (!date.isValid())
        return;
    date = clamp(date);
    if (date == m_current)
        return;
    m_current = date;
    emit currentDateChanged(m_current);
    if (m_playing && m_current == m_end)
        setPlaying(false);
}

void TimelineController::setDayIndex(int index)
{
    if (m_start.isValid())
        setCurrentDate(m_start.addDays(index));
}

void TimelineController::stepDays(int days)
{
    if (m_current.isValid())
        setCurrentDate(m_current.addDays(days));
}

void TimelineController::setPlaying(bool playing)
{
    // Playing from the last day would stop at once: restart from the first.
    if (playing && m_current == m_end && m_start.isValid())
        setCurrentDate(m_start);
    if (playing == m_playing)
        return;
    m_playing = playing;
    if (m_playing)
        m_timer->start();
    else
        m_timer->stop();
    emit playingChanged(m_playing);
}

void TimelineController::setSpeed(int daysPerSecond)
{
    daysPerSecond = qBound(kMinSpeed, daysPerSecond, kMaxSpeed);
    if (daysPerSecond == m_speed)
        return;
    m_speed = daysPerSecond;
    m_timer->setInterval(1000 / m_speed);
    emit speedChanged(m_speed);
}

void TimelineController::tick()
{
    if (m_current >= m_end) {
        setPlaying(false);
        return;
    }
    setCurrentDate(m_current.addDays(1));
}
