#include "clipreader.h"

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace {

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

} // namespace

ClipInfo ClipInfo::read(const QString &path)
{
    ClipInfo info;
    AVFormatContext *format = nullptr;
    int rc = avformat_open_input(&format, QFile::encodeName(path).constData(), nullptr, nullptr);
    if (rc < 0) {
        info.error = avError(rc);
        return info;
    }
    AVCodecContext *decoder = nullptr;
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    auto done = [&] {
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&decoder);
        avformat_close_input(&format);
        return info;
    };
    if ((rc = avformat_find_stream_info(format, nullptr)) < 0) {
        info.error = avError(rc);
        return done();
    }
    const AVCodec *codec = nullptr;
    const int stream = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (stream < 0 || !codec) {
        info.error = QStringLiteral("no video stream");
        return done();
    }
    const AVStream *video = format->streams[stream];
    info.container = QString::fromUtf8(format->iformat->name);
    info.codec = QString::fromUtf8(avcodec_get_name(video->codecpar->codec_id));
    info.size = QSize(video->codecpar->width, video->codecpar->height);
    info.framesPerSecond = av_q2d(video->avg_frame_rate);
    decoder = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(decoder, video->codecpar);
    if ((rc = avcodec_open2(decoder, codec, nullptr)) < 0) {
        info.error = avError(rc);
        return done();
    }
    auto drain = [&] {
        while (avcodec_receive_frame(decoder, frame) == 0)
            ++info.frames;
    };
    while (av_read_frame(format, packet) >= 0) {
        if (packet->stream_index == stream && avcodec_send_packet(decoder, packet) >= 0)
            drain();
        av_packet_unref(packet);
    }
    avcodec_send_packet(decoder, nullptr);
    drain();
    return done();
}
