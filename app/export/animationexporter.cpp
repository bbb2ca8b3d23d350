#include "animationexporter.h"

#include "campaignloader.h"
#include "clicommands.h"
#include "clippalette.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "mapsources.h"
#include "videoencoder.h"
#include "wording.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kGifColours = 255; ///< the GIF encoder keeps one index for transparency
constexpr int kPaletteSampleDays = 8;
const QColor kCaptionColor(0x1E, 0x1E, 0x1E);

/// The caption band's font: the size of MapRenderer's date line for this frame.
QFont captionFont(const QSize &size)
{
    const double unit = std::min(size.width(), size.height()) / 100.0;
    QFont font = QApplication::font();
    font.setPixelSize(std::max(9, int(std::lround(2.4 * unit))));
    return font;
}

int captionHeight(const QSize &size)
{
    return int(std::ceil(QFontMetricsF(captionFont(size)).height() * 1.8));
}

/// @p current with its map area moved a share @p t of the way from @p previous; equal pixels stay exact.
QImage blend(const QImage &previous, const QImage &current, const QRect &area, double t)
{
    QImage out = current;
    const int weight = int(std::lround(t * 256));
    const QRect rect = area & out.rect();
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto *from = reinterpret_cast<const QRgb *>(previous.constScanLine(y));
        const auto *to = reinterpret_cast<const QRgb *>(current.constScanLine(y));
        QRgb *line = nullptr;
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (from[x] == to[x])
                continue;
            if (!line)
                line = reinterpret_cast<QRgb *>(out.scanLine(y)); // detaches once, on the first difference
            auto mix = [weight](int a, int b) { return (a * (256 - weight) + b * weight + 128) >> 8; };
            line[x] = qRgb(mix(qRed(from[x]), qRed(to[x])), mix(qGreen(from[x]), qGreen(to[x])),
                           mix(qBlue(from[x]), qBlue(to[x])));
        }
    }
    return out;
}

} // namespace

AnimationExporter::AnimationExporter(std::shared_ptr<const Campaign> campaign,
                                     std::shared_ptr<const ControlTimeline> timeline,
                                     std::shared_ptr<const MapSources> sources)
    : m_campaign(campaign)
    , m_renderer(std::make_unique<MapRenderer>(std::move(campaign), std::move(timeline), std::move(sources)))
{
}

AnimationExporter::~AnimationExporter() = default;

std::shared_ptr<const MapSources> AnimationExporter::sourcesForThread(const MapSources &sources)
{
    auto own = std::make_shared<MapSources>(sources);
    // QSvgRenderer is reentrant, not thread-safe: a document of this thread's own.
    if (!own->svg.isEmpty())
        own->renderer = std::make_shared<QSvgRenderer>(own->svg);
    return own;
}

int AnimationExporter::frameCount(const Options &options)
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from || options.framesPerDay < 1)
        return 0;
    return int(options.from.daysTo(options.to) + 1) * options.framesPerDay;
}

QString AnimationExporter::check(const Campaign &campaign, const QString &path, const Options &options)
{
    if (path.isEmpty())
        return tr("no file name for the animation");
    VideoEncoder::Format format;
    if (!VideoEncoder::formatForPath(path, &format))
        return tr("%1: unknown animation format \"%2\"; use %3")
            .arg(path, QFileInfo(path).suffix(), VideoEncoder::knownFormats());
    if (!options.from.isValid() || !options.to.isValid())
        return tr("%1: the clip needs a first and a last day").arg(path);
    if (options.to < options.from)
        return tr("%1: the last day %2 is before the first day %3")
            .arg(path, options.to.toString(Qt::ISODate), options.from.toString(Qt::ISODate));
    if (options.from < campaign.start || options.to > campaign.end)
        return tr("%1: %2 to %3 is not inside the campaign (%4 to %5)")
            .arg(path, options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate),
                 campaign.start.toString(Qt::ISODate), campaign.end.toString(Qt::ISODate));
    const QSize size = options.size;
    if (size.width() < kMinSize.width() || size.height() < kMinSize.height() || size.width() > kMaxSide
        || size.height() > kMaxSide || size.width() % 2 != 0 || size.height() % 2 != 0)
        return tr("%1: the frame size %2\u00D7%3 must be even, from %4\u00D7%5 (smaller is unreadable) to %6\u00D7%6")
            .arg(path)
            .arg(size.width())
            .arg(size.height())
            .arg(kMinSize.width())
            .arg(kMinSize.height())
            .arg(kMaxSide);
    if (options.daysPerSecond < 1 || options.daysPerSecond > kMaxDaysPerSecond)
        return tr("%1: days per second must be from 1 to %2, not %3")
            .arg(path)
            .arg(kMaxDaysPerSecond)
            .arg(options.daysPerSecond);
    if (options.framesPerDay < 1 || options.framesPerDay > kMaxFramesPerDay)
        return tr("%1: frames per day must be from 1 to %2, not %3")
            .arg(path)
            .arg(kMaxFramesPerDay)
            .arg(options.framesPerDay);
    if (options.daysPerSecond * options.framesPerDay > kMaxFramesPerSecond)
        return tr("%1: %2 days per second at %3 frames per day is %4 frames per second; at most %5")
            .arg(path)
            .arg(options.daysPerSecond)
            .arg(options.framesPerDay)
            .arg(options.daysPerSecond * options.framesPerDay)
            .arg(kMaxFramesPerSecond);
    if (options.language != QLatin1String("en") && options.language != QLatin1String("zh_TW"))
        return tr("%1: the language \"%2\" must be en or zh_TW").arg(path, options.language);
    return {};
}

QImage AnimationExporter::renderDay(QDate date, const Options &options, QRectF *mapArea)
{
    QImage image(options.size, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    MapRenderer::Options picture;
    picture.date = date;
    picture.language = options.language;
    picture.size = options.size;
    picture.outletsFrom = options.from;
    picture.outletsTo = options.to;
    if (options.caption)
        picture.size.rheight() -= captionHeight(options.size);
    QPainter painter(&image);
    m_renderer->paint(&painter, picture);
    *mapArea = m_renderer->mapArea(picture);
    if (options.caption) {
        QString text;
        const auto event = std::find_if(m_campaign->events.cbegin(), m_campaign->events.cend(),
                                        [date](const CampaignEvent &e) { return e.date == date; });
        if (event != m_campaign->events.cend())
            text = Wording::eventSummary(*event, options.language);
        const QFont font = captionFont(options.size);
        const double margin = std::max(6.0, 2.2 * std::min(options.size.width(), options.size.height()) / 100.0);
        const QRectF band(margin, picture.size.height(), options.size.width() - 2 * margin,
                          options.size.height() - picture.size.height());
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.setFont(font);
        painter.setPen(kCaptionColor);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         QFontMetricsF(font).elidedText(text, Qt::ElideRight, band.width()));
    }
    return image;
}

QList<QImage> AnimationExporter::paletteSamples(const Options &options)
{
    // Days spread over the clip, first and last included: its flat colours
    // all appear in them; fades and edges fall between them.
    const int days = int(options.from.daysTo(options.to)) + 1;
    const int count = std::min(days, kPaletteSampleDays);
    QList<QImage> samples;
    for (int i = 0; i < count; ++i) {
        const int day = count == 1 ? 0 : int(std::lround(double(i) * (days - 1) / (count - 1)));
        QRectF area;
        samples.append(renderDay(options.from.addDays(day), options, &area));
    }
    return samples;
}

bool AnimationExporter::exportTo(const QString &path, const Options &options, const Progress &progress)
{
    m_error.clear();
    m_canceled = false;
    m_error = check(*m_campaign, path, options);
    if (!m_error.isEmpty())
        return false;
    if (!m_renderer->isValid()) {
        m_error = tr("%1: cannot draw the map: %2").arg(path, m_renderer->errorString());
        return false;
    }
    VideoEncoder::Settings settings;
    VideoEncoder::formatForPath(path, &settings.format);
    settings.size = options.size;
    settings.framesPerSecond = options.daysPerSecond * options.framesPerDay;
    if (settings.format == VideoEncoder::Format::Gif)
        settings.palette = ClipPalette::fromImages(paletteSamples(options), kGifColours);

    VideoEncoder encoder;
    if (!encoder.open(path, settings)) {
        m_error = encoder.errorString();
        return false;
    }
    const int total = frameCount(options);
    int done = 0;
    QImage previous;
    QRectF previousArea;
    for (QDate day = options.from; day <= options.to; day = day.addDays(1)) {
        QRectF area;
        const QImage current = renderDay(day, options, &area);
        if (current.isNull()) {
            m_error = tr("%1: cannot allocate a %2\u00D7%3 frame")
                          .arg(path)
                          .arg(options.size.width())
                          .arg(options.size.height());
            return false;
        }
        // A layout that moved (the legend grew) cuts instead of fading.
        const bool fade = !previous.isNull() && area == previousArea;
        for (int k = 0; k < options.framesPerDay; ++k) {
            const bool last = k + 1 == options.framesPerDay;
            const QImage frame = fade && !last ? blend(previous, current, area.toAlignedRect(),
                                                       double(k + 1) / options.framesPerDay)
                                               : current;
            if (!encoder.addFrame(frame)) {
                m_error = encoder.errorString();
                return false;
            }
            ++done;
            if (progress && !progress(done, total)) {
                encoder.cancel();
                m_canceled = true;
                m_error = tr("%1: canceled; nothing was written").arg(path);
                return false;
            }
        }
        previous = current;
        previousArea = area;
    }
    if (!encoder.finish()) {
        m_error = encoder.errorString();
        return false;
    }
    return true;
}

int AnimationExporter::runCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    const auto failWith = [&err](const QString &message) { return CliCommands::fail(err, message); };
    if (!options.error.isEmpty())
        return failWith(options.error);
    if (options.mode != CommandLineOptions::Mode::ExportAnimation)
        return failWith(tr("internal error: not an --export-animation command"));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return failWith(tr("internal error: --export-animation needs a QApplication (use the offscreen platform)"));

    Options clip;
    QString error;
    clip.from = CommandLineOptions::parseDate(options.fromText, QStringLiteral("--from"), &error);
    if (error.isEmpty())
        clip.to = CommandLineOptions::parseDate(options.toText, QStringLiteral("--to"), &error);
    if (!error.isEmpty())
        return failWith(error);
    clip.size = options.size;
    clip.daysPerSecond = options.daysPerSecond;
    clip.framesPerDay = options.framesPerDay;
    clip.caption = options.caption;
    if (!options.language.isEmpty())
        clip.language = options.language;
    const std::optional<CliCommands::Loaded> command = CliCommands::loadCampaign(options, err);
    if (!command)
        return 1;
    const CampaignLoadResult &loaded = command->result;
    const QString problem = check(*loaded.campaign, options.exportPath, clip);
    if (!problem.isEmpty())
        return failWith(problem);
    const std::shared_ptr<const ControlTimeline> &timeline = command->timeline;
    AnimationExporter exporter(loaded.campaign, timeline,
                               std::make_shared<const MapSources>(
                                   MapScene::loadSources(*loaded.campaign, &loaded.map)));
    if (!exporter.exportTo(options.exportPath, clip))
        return failWith(exporter.errorString());
    out << tr("%1: wrote %2 frames, %3 to %4 (%5\u00D7%6, %7 frames per second)")
               .arg(options.exportPath)
               .arg(frameCount(clip))
               .arg(clip.from.toString(Qt::ISODate), clip.to.toString(Qt::ISODate))
               .arg(clip.size.width())
               .arg(clip.size.height())
               .arg(clip.daysPerSecond * clip.framesPerDay)
        << '\n';
    out.flush();
    return 0;
}
