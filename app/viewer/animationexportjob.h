#pragma once

#include "animationexporter.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

struct MapSources;
class QThread;
class QTimer;

/**
 * @brief Runs one AnimationExporter in a worker thread and reports to the thread that made it.
 *
 * The worker builds the exporter (its own scene, and its own QtSvg document
 * through AnimationExporter::sourcesForThread()), so nothing it draws is
 * shared with the window; the campaign and timeline it reads are immutable.
 * The worker only stores: frames done in an atomic, the outcome under a
 * mutex. The job's thread reads the count on a timer and the outcome when
 * QThread::finished arrives, so no data travels inside a queued event (Qt's
 * event queue locks with futexes ThreadSanitizer cannot see). cancel() is
 * seen after the frame being made; destroying a running job cancels it and
 * waits for it.
 */
class AnimationExportJob : public QObject
{
    Q_OBJECT

public:
    AnimationExportJob(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const ControlTimeline> timeline,
                       std::shared_ptr<const MapSources> sources, QObject *parent = nullptr);
    ~AnimationExportJob() override;

    /// Starts writing @p path; false when a job is already running.
    bool start(const QString &path, const AnimationExporter::Options &options);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progressed(int framesDone, int framesTotal);
    /// The clip was written (@p ok), canceled (@p canceled) or failed (@p error names the file).
    void finished(bool ok, bool canceled, const QString &error);

private:
    void stop();
    void reportProgress();
    void threadFinished();

    std::shared_ptr<const Campaign> m_campaign;
    std::shared_ptr<const ControlTimeline> m_timeline;
    std::shared_ptr<const MapSources> m_sources;
    std::unique_ptr<QThread> m_thread;
    QTimer *m_poll = nullptr;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_framesDone{0};
    int m_framesTotal = 0;
    int m_framesReported = 0;
    /// The worker's outcome, written once at its end.
    std::mutex m_outcomeMutex;
    bool m_ok = false;
    bool m_canceled = false;
    QString m_error;
};
