#include "animationexportjob.h"

#include "mapsources.h"

#include <QThread>
#include <QTimer>

namespace {
constexpr int kProgressIntervalMs = 100;
} // namespace

AnimationExportJob::AnimationExportJob(std::shared_ptr<const Campaign> campaign,
                                       std::shared_ptr<const ControlTimeline> timeline,
                                       std::shared_ptr<const MapSources> sources, QObject *parent)
    : QObject(parent)
    , m_campaign(std::move(campaign))
    , m_timeline(std::move(timeline))
    , m_sources(std::move(sources))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kProgressIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &AnimationExportJob::reportProgress);
}

AnimationExportJob::~AnimationExportJob()
{
    stop();
}

void AnimationExportJob::stop()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->disconnect(this);
    m_thread->wait();
    m_thread.reset();
}

void AnimationExportJob::cancel()
{
    m_cancel = true;
}

bool AnimationExportJob::start(const QString &path, const AnimationExporter::Options &options)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_framesDone = 0;
    m_framesReported = 0;
    m_framesTotal = AnimationExporter::frameCount(options);
    m_thread.reset(
        QThread::create([this, path, options, campaign = m_campaign, timeline = m_timeline, sources = m_sources] {
            // Made in this thread: its scene, fonts and QtSvg document are this thread's alone.
            AnimationExporter exporter(campaign, timeline,
                                       sources ? AnimationExporter::sourcesForThread(*sources) : nullptr);
            const bool ok = exporter.exportTo(path, options, [this](int done, int) {
                m_framesDone = done;
                return !m_cancel.load();
            });
            const std::lock_guard<std::mutex> lock(m_outcomeMutex);
            m_ok = ok;
            m_canceled = exporter.wasCanceled();
            m_error = ok || m_canceled ? QString() : exporter.errorString();
        }));
    connect(m_thread.get(), &QThread::finished, this, &AnimationExportJob::threadFinished);
    m_thread->start();
    m_poll->start();
    return true;
}

void AnimationExportJob::reportProgress()
{
    const int done = m_framesDone.load();
    if (done == m_framesReported)
        return;
    m_framesReported = done;
    emit progressed(done, m_framesTotal);
}

void AnimationExportJob::threadFinished()
{
    m_poll->stop();
    reportProgress();
    m_thread->wait();
    m_thread.reset();
    bool ok = false;
    bool canceled = false;
    QString error;
    {
        const std::lock_guard<std::mutex> lock(m_outcomeMutex);
        ok = m_ok;
        canceled = m_canceled;
        error = m_error;
    }
    emit finished(ok, canceled, error);
}
