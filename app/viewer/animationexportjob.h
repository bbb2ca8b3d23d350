#pragma once

#include "animationexporter.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

struct MapSources;
class QThread;

/**
 * @brief Runs one AnimationExporter in a worker thread and reports to the thread that made it.
 *
 * The worker builds the exporter (its own scene, and its own QtSvg document
 * through AnimationExporter::sourcesForThread()), so nothing it draws is
 * shared with the window; the campaign and timeline it reads are immutable.
 * Progress and the end arrive as queued signals. cancel() is seen after the
 * frame being made; destroying a running job cancels it and waits for it.
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

    std::shared_ptr<const Campaign> m_campaign;
    std::shared_ptr<const ControlTimeline> m_timeline;
    std::shared_ptr<const MapSources> m_sources;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
};
