#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

/**
 * @brief The current date of the viewer, its range and playback.
 *
 * Widgets bind to it; it knows nothing about them. Every setter clamps its
 * input, returns early when nothing changes and emits exactly one signal.
 * Playback advances one day per tick at speed() days per second and stops on
 * the last day.
 */
class TimelineController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QDate currentDate READ currentDate WRITE setCurrentDate NOTIFY currentDateChanged)
    Q_PROPERTY(bool playing READ isPlaying WRITE setPlaying NOTIFY playingChanged)
    Q_PROPERTY(int speed READ speed WRITE setSpeed NOTIFY speedChanged)

public:
    static constexpr int kMinSpeed = 1;
    static constexpr int kMaxSpeed = 30;

    explicit TimelineController(QObject *parent = nullptr);

    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    QDate currentDate() const { return m_current; }
    bool isPlaying() const { return m_playing; }
    int speed() const { return m_speed; }
    /// Days from start() to currentDate().
    int dayIndex() const;
    int dayCount() const;

    /// Sets the range (swapped if reversed) and clamps the current date into it.
    void setRange(QDate start, QDate end);
    /// Clamps @p date into the range; invalid dates are ignored.
    void setCurrentDate(QDate date);
    void setDayIndex(int index);
    void stepDays(int days);
    void setPlaying(bool playing);
    void togglePlaying() { setPlaying(!m_playing); }
    /// Days per second, clamped to [kMinSpeed, kMaxSpeed].
    void setSpeed(int daysPerSecond);

signals:
    void rangeChanged(QDate start, QDate end);
    void currentDateChanged(QDate date);
    void playingChanged(bool playing);
    void speedChanged(int daysPerSecond);

private:
    void tick();
    QDate clamp(QDate date) const;

    QDate m_start;
    QDate m_end;
    QDate m_current;
    bool m_playing = false;
    int m_speed = 1;
    QTimer *m_timer = nullptr;
};
