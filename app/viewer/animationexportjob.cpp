#include "animationexportjob.h"

#include "mapsources.h"

#include <QThread>

AnimationExportJob::AnimationExportJob(std::shared_ptr<const Campaign> campaign,
                                       std::shared_ptr<const ControlTimeline> timeline,
                                       std::shared_ptr<const MapSources> sources, QObject *parent)
    : QObject(parent)
    , m_campaign(std::move(campaign))
    , m_timeline(std::move(timeline))
    , m_sources(std::move(sources))
{
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
    m_thread.reset(QThread::create([this, path, options, campaign = m_campaign, timeline = m_timeline,
                                    sources = m_sources] {
        // Made in this thread: its scene, fonts and QtSvg document are this thread's alone.
        AnimationExporter exporter(campaign, timeline,
                                   sources ? AnimationExporter::sourcesForThread(*sources) : nullptr);
        const bool ok = exporter.exportTo(path, options, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        const bool canceled = exporter.wasCanceled();
        const QString error = ok || canceled ? QString() : exporter.errorString();
        QMetaObject::invokeMethod(
            this,
            [this, ok, canceled, error] {
                // The worker has returned by now, or is returning: joined before anyone hears the end.
                if (m_thread) {
                    m_thread->wait();
                    m_thread.reset();
                }
                emit finished(ok, canceled, error);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
    return true;
}
