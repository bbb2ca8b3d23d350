#pragma once

#include "campaign.h"
#include "commandlineoptions.h"
#include "controltimeline.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

class MapRenderer;
struct MapSources;

/**
 * @brief Exports a date range of the map as a clip: MP4, WebM, GIF or PNG frames.
 *
 * Every frame is MapRenderer's picture (title, date line, map, legend,
 * attribution) drawn by one renderer that steps through the days, so a clip
 * shows what a still export of the same day shows. With several frames per
 * day, a day's first frames fade from the previous day's map to its own: two
 * rendered pictures blended inside the map's area only, so the title, the
 * date line and the legend never blend. An optional caption under the
 * picture gives the day's first event in the clip's language
 * (Wording::eventSummary()).
 *
 * The command line (`--export-animation`) and the viewer's Export Animation
 * dialog both run exportTo(). An exporter draws from a scene of its own and
 * must be used in the thread that made it: the dialog makes one in its worker
 * thread, with sourcesForThread() so that no QtSvg document is shared.
 */
class AnimationExporter
{
    Q_DECLARE_TR_FUNCTIONS(AnimationExporter)

public:
    /// Smaller and the title and legend cannot be read.
    static constexpr QSize kMinSize = CommandLineOptions::kMinAnimationSize;
    static constexpr int kMaxSide = CommandLineOptions::kMaxAnimationSide; ///< widest and tallest frame
    static constexpr int kMaxDaysPerSecond = 30;
    static constexpr int kMaxFramesPerDay = 30;
    static constexpr int kMaxFramesPerSecond = 60; ///< days per second times frames per day

    struct Options
    {
        QDate from;            ///< first day shown
        QDate to;              ///< last day shown
        int daysPerSecond = 4; ///< how fast the clip walks the days
        int framesPerDay = 4;  ///< more than 1: a change fades in over the day's frames
        QSize size = CommandLineOptions::kDefaultAnimationSize; ///< in pixels, even sides
        QString language = QStringLiteral("en");                ///< "en" or "zh_TW"
        bool caption = false;                                   ///< the day's first event under the picture
    };

    /// Called after each frame; return false to cancel the export.
    using Progress = std::function<bool(int framesDone, int framesTotal)>;

    /// An exporter of @p campaign's map (its files read from @p sources, or read here when null).
    AnimationExporter(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const ControlTimeline> timeline,
                      std::shared_ptr<const MapSources> sources = nullptr);
    ~AnimationExporter();
    AnimationExporter(const AnimationExporter &) = delete;
    AnimationExporter &operator=(const AnimationExporter &) = delete;

    /// Sources like @p sources with a QtSvg document of their own, for a renderer in the calling thread.
    static std::shared_ptr<const MapSources> sourcesForThread(const MapSources &sources);

    /// What is wrong with exporting @p options to @p path for @p campaign, one message naming the problem; empty:
    /// nothing.
    static QString check(const Campaign &campaign, const QString &path, const Options &options);
    /// How many frames @p options make.
    static int frameCount(const Options &options);

    /**
     * @brief Renders and writes the clip; false when it was canceled or failed (errorString()).
     *
     * Nothing appears at @p path unless the whole clip was written.
     */
    bool exportTo(const QString &path, const Options &options, const Progress &progress = {});
    QString errorString() const { return m_error; }
    bool wasCanceled() const { return m_canceled; }

    /**
     * @brief `aleppo-atlas --export-animation FILE --from D --to D [--size WxH] [--days-per-second N]
     * [--frames-per-day N] [--language en|zh_TW] [--caption] [--campaign PATH] [--only-article]`.
     *
     * Checks the options, loads the campaign, exports; problems go to @p err,
     * one line each, naming the file; returns the exit code (0 or 1). The
     * language's translation must be installed by the caller; needs a
     * QApplication (the offscreen platform is enough).
     */
    static int runCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

private:
    /// The picture of the end of @p date with its caption band; @p mapArea: where its map is.
    QImage renderDay(QDate date, const Options &options, QRectF *mapArea);
    QList<QImage> paletteSamples(const Options &options);

    std::shared_ptr<const Campaign> m_campaign;
    std::unique_ptr<MapRenderer> m_renderer;
    QString m_error;
    bool m_canceled = false;
};
