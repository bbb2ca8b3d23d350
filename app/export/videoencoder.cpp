#include "videoencoder.h"

#include "videowriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QLibrary>
#include <QTemporaryDir>

#include <filesystem>
#include <memory>
#include <mutex>
#include <system_error>

namespace {

constexpr int kGifColours = 255; ///< one index stays free for the GIF encoder's transparency

#ifdef Q_OS_WIN
constexpr char kModuleName[] = "atlasffmpeg.dll";
#else
constexpr char kModuleName[] = "atlasffmpeg.so";
#endif

/**
 * The FFmpeg module's factory, loaded once per process: from beside the
 * program, or from ATLAS_MODULE_DIR (lib/<multiarch>/aleppo-atlas on Debian)
 * in the program's folder or up to three folders above it (installed:
 * /usr/bin and /usr/lib/x86_64-linux-gnu/aleppo-atlas; in a build tree: any
 * executable under it and build/lib/x86_64-linux-gnu/aleppo-atlas). Only
 * that relative folder is compiled in, no path of the build. @p error says
 * what was tried when it fails.
 */
CreateVideoWriter videoWriterFactory(QString *error)
{
    static std::mutex mutex;
    // Kept until the program ends (QLibrary's destructor does not unload it): writers made by
    // the module may live that long.
    static std::unique_ptr<QLibrary> module;
    static CreateVideoWriter factory = nullptr;
    static QString failure;
    const std::lock_guard<std::mutex> lock(mutex);
    if (factory || !failure.isEmpty()) {
        *error = failure;
        return factory;
    }
    QStringList tried;
    QDir dir(QCoreApplication::applicationDirPath());
    QStringList candidates = {dir.filePath(QString::fromLatin1(kModuleName))};
    for (int up = 0; up <= 3; ++up) {
        candidates.append(dir.filePath(QStringLiteral(ATLAS_MODULE_DIR "/") + QString::fromLatin1(kModuleName)));
        if (!dir.cdUp())
            break;
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (!QFileInfo::exists(candidate))
            continue;
        auto library = std::make_unique<QLibrary>(candidate);
        library->setLoadHints(QLibrary::PreventUnloadHint);
        factory = reinterpret_cast<CreateVideoWriter>(library->resolve(kCreateVideoWriterSymbol));
        if (factory) {
            module = std::move(library);
            return factory;
        }
        tried.append(library->errorString());
    }
    failure = VideoEncoder::tr("video export is not available: its FFmpeg module (%1) was not found or could not be "
                               "loaded (%2)")
                  .arg(QString::fromLatin1(kModuleName),
                       tried.isEmpty() ? VideoEncoder::tr("looked in %1").arg(candidates.join(QStringLiteral(", ")))
                                       : tried.join(QStringLiteral("; ")));
    *error = failure;
    return nullptr;
}

} // namespace

VideoEncoder::VideoEncoder() = default;

VideoEncoder::~VideoEncoder()
{
    discard();
}

bool VideoEncoder::formatForPath(const QString &path, Format *format)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (path.endsWith(QLatin1Char('/')) || suffix.isEmpty())
        *format = Format::PngFrames;
    else if (suffix == QLatin1String("mp4"))
        *format = Format::Mp4;
    else if (suffix == QLatin1String("webm"))
        *format = Format::WebM;
    else if (suffix == QLatin1String("gif"))
        *format = Format::Gif;
    else
        return false;
    return true;
}

QString VideoEncoder::knownFormats()
{
    return tr(".mp4, .webm, .gif, or a folder name without an extension for PNG frames");
}

bool VideoEncoder::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    discard();
    return false;
}

void VideoEncoder::discard()
{
    // A writer destroyed before it finished removes its temporary file.
    m_writer.reset();
    if (!m_folderPartial.isEmpty())
        QDir(m_folderPartial).removeRecursively();
    m_folderPartial.clear();
    m_open = false;
}

void VideoEncoder::cancel()
{
    discard();
}

bool VideoEncoder::open(const QString &path, const Settings &settings)
{
    discard();
    m_error.clear();
    m_frames = 0;
    m_path = path;
    m_settings = settings;
    if (settings.size.width() < 2 || settings.size.height() < 2 || settings.size.width() % 2 != 0
        || settings.size.height() % 2 != 0)
        return fail(tr("%1: the frame size %2\u00D7%3 must be even on both sides")
                        .arg(path)
                        .arg(settings.size.width())
                        .arg(settings.size.height()));
    if (settings.framesPerSecond < 1)
        return fail(tr("%1: the frame rate must be at least 1 frame per second").arg(path));
    if (settings.format == Format::Gif && (settings.palette.isEmpty() || settings.palette.size() > kGifColours))
        return fail(tr("%1: a GIF needs a palette of 1 to %2 colours").arg(path).arg(kGifColours));
    const bool ok = settings.format == Format::PngFrames ? openFolder(path) : openVideo(path);
    m_open = ok;
    return ok;
}

bool VideoEncoder::openFolder(const QString &path)
{
    QString target = QDir::cleanPath(path);
    const QFileInfo info(target);
    if (info.exists()
        && (!info.isDir() || !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return fail(tr("%1: already exists; PNG frames go into a new or empty folder").arg(path));
    const QString parent = info.absolutePath();
    if (!QFileInfo(parent).isDir())
        return fail(tr("%1: cannot write: the folder %2 does not exist").arg(path, parent));
    QTemporaryDir partial(parent + QLatin1String("/.") + info.fileName() + QLatin1String(".partial-XXXXXX"));
    if (!partial.isValid())
        return fail(tr("%1: cannot write in %2: %3").arg(path, parent, partial.errorString()));
    partial.setAutoRemove(false);
    m_folderPartial = partial.path();
    return true;
}

bool VideoEncoder::openVideo(const QString &path)
{
    QString error;
    const CreateVideoWriter create = videoWriterFactory(&error);
    if (!create)
        return fail(path + QStringLiteral(": ") + error);
    m_writer.reset(create());
    if (!m_writer)
        return fail(tr("%1: out of memory").arg(path));
    error = m_writer->open(path, m_settings);
    return error.isEmpty() || fail(error);
}

bool VideoEncoder::addFrame(const QImage &image)
{
    if (!m_open)
        return fail(tr("%1: the clip is not open").arg(m_path));
    if (image.size() != m_settings.size)
        return fail(tr("%1: frame %2 is %3\u00D7%4, not %5\u00D7%6")
                        .arg(m_path)
                        .arg(m_frames + 1)
                        .arg(image.width())
                        .arg(image.height())
                        .arg(m_settings.size.width())
                        .arg(m_settings.size.height()));
    if (m_settings.format == Format::PngFrames) {
        const QString name = QStringLiteral("frame-%1.png").arg(m_frames + 1, 5, 10, QLatin1Char('0'));
        QImageWriter writer(m_folderPartial + QLatin1Char('/') + name, "png");
        if (!writer.write(image))
            return fail(tr("%1: cannot write %2: %3").arg(m_path, name, writer.errorString()));
        ++m_frames;
        return true;
    }

    if (const QString error = m_writer->addFrame(image, m_frames); !error.isEmpty())
        return fail(error);
    ++m_frames;
    return true;
}

bool VideoEncoder::finish()
{
    if (!m_open)
        return fail(tr("%1: the clip is not open").arg(m_path));
    if (m_frames == 0)
        return fail(tr("%1: a clip needs at least one frame").arg(m_path));
    if (m_settings.format == Format::PngFrames) {
        // rename(2): the folder appears whole, and replaces an empty one.
        std::error_code error;
        std::filesystem::rename(QFile::encodeName(m_folderPartial).constData(),
                                QFile::encodeName(QDir::cleanPath(m_path)).constData(), error);
        if (error)
            return fail(tr("%1: cannot save: %2").arg(m_path, QString::fromLocal8Bit(error.message().c_str())));
        m_folderPartial.clear();
        m_open = false;
        return true;
    }
    if (const QString error = m_writer->finish(); !error.isEmpty())
        return fail(error);
    m_writer.reset();
    m_open = false;
    return true;
}
