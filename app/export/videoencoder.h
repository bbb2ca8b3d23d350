#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRgb>
#include <QSize>
#include <QString>

#include <memory>

class VideoWriter;

/**
 * @brief Writes a clip, frame by frame: MP4 (H.264), WebM (VP9), GIF or a folder of PNG frames.
 *
 * The video formats are encoded and muxed by FFmpeg's libraries
 * (libavcodec, libavformat, libswscale) in a module loaded the first time a
 * video is written (VideoWriter): H.264 through libx264 in yuv420p,
 * VP9 through libvpx in yuv420p, GIF through libavcodec's GIF encoder from
 * frames mapped to the clip's one palette (Settings::palette) without
 * dithering, so a colour that does not change between frames keeps its
 * index and the encoder stores only the rectangle that changed.
 *
 * Nothing appears at the path until finish() succeeds: a file is written
 * through QSaveFile (a temporary file in the target folder, renamed on
 * commit; libavformat writes into it through a custom AVIOContext), a PNG
 * folder is filled under a temporary name beside it and renamed. cancel(),
 * any error, or destroying an unfinished encoder removes what was written.
 * Errors name the path the user asked for.
 *
 * One encoder lives in one thread; it makes no QObject visible to others.
 */
class VideoEncoder
{
    Q_DECLARE_TR_FUNCTIONS(VideoEncoder)

public:
    enum class Format {
        Mp4,       ///< .mp4: H.264 (libx264), yuv420p
        WebM,      ///< .webm: VP9 (libvpx-vp9), yuv420p
        Gif,       ///< .gif: one palette for the clip, no dithering, loops forever
        PngFrames, ///< a folder (a path without an extension): frame-00001.png, ...
    };

    struct Settings
    {
        Format format = Format::Mp4;
        QSize size{1280, 720}; ///< even width and height
        int framesPerSecond = 16;
        QList<QRgb> palette; ///< GIF: the clip's colours, at most 256
    };

    VideoEncoder();
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder &) = delete;
    VideoEncoder &operator=(const VideoEncoder &) = delete;

    /// The format a path asks for: .mp4, .webm, .gif (any case), or no extension for PNG frames.
    static bool formatForPath(const QString &path, Format *format);
    /// The words for the formats formatForPath() knows, for messages.
    static QString knownFormats();

    /// Starts the clip at @p path; false (see errorString()) when it cannot be written.
    bool open(const QString &path, const Settings &settings);
    /// Adds one frame (of Settings::size, any 32-bit RGB format).
    bool addFrame(const QImage &frame);
    /// Flushes the encoder, completes the file and moves it to its path.
    bool finish();
    /// Drops everything written so far; the path is left as it was.
    void cancel();

    QString errorString() const { return m_error; }
    int framesWritten() const { return m_frames; }

private:
    bool fail(const QString &message);
    bool openVideo(const QString &path);
    bool openFolder(const QString &path);
    void discard();

    Settings m_settings;
    QString m_path;
    QString m_error;
    QString m_folderPartial; ///< PNG frames: the temporary folder
    int m_frames = 0;
    bool m_open = false;
    std::unique_ptr<VideoWriter> m_writer; ///< the video formats' (FfmpegWriter, from the atlasffmpeg module)
};
