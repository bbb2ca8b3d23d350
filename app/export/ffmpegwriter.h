#pragma once

#include "videowriter.h"

#include <QSaveFile>

#include <memory>

struct AVFormatContext;
struct AVIOContext;
struct AVCodecContext;
struct AVStream;
struct AVFrame;
struct AVPacket;
struct SwsContext;

/**
 * @brief VideoWriter through libavcodec, libavformat and libswscale.
 *
 * H.264 through libx264 in yuv420p, VP9 through libvpx in yuv420p, GIF
 * through libavcodec's GIF encoder from frames mapped to the clip's one
 * palette without dithering. libavformat writes into a QSaveFile through a
 * custom AVIOContext. Built into the atlasffmpeg module, the only code that
 * links FFmpeg.
 */
class FfmpegWriter final : public VideoWriter
{
public:
    FfmpegWriter() = default;
    ~FfmpegWriter() override;
    FfmpegWriter(const FfmpegWriter &) = delete;
    FfmpegWriter &operator=(const FfmpegWriter &) = delete;

    QString open(const QString &path, const VideoEncoder::Settings &settings) override;
    QString addFrame(const QImage &image, int index) override;
    QString finish() override;

private:
    QString encode(bool flush);
    void close();

    friend struct FfmpegIo; // libavformat's write and seek callbacks

    VideoEncoder::Settings m_settings;
    QString m_path;
    QSaveFile m_file;
    QString m_ioError; ///< the file's error when a write or seek failed
    AVFormatContext *m_format = nullptr;
    AVIOContext *m_io = nullptr;
    AVCodecContext *m_codec = nullptr;
    AVStream *m_stream = nullptr;
    AVFrame *m_frame = nullptr;
    AVPacket *m_packet = nullptr;
    SwsContext *m_scaler = nullptr;
    qint64 m_converted = 0; ///< QImage::cacheKey() of the picture in m_frame, 0: none
    bool m_headerWritten = false;
    bool m_trailerWritten = false;
};
