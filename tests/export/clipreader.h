#pragma once

#include <QSize>
#include <QString>

/// What FFmpeg's libraries read back from a clip: its first video stream, every frame decoded.
struct ClipInfo
{
    QString error;     ///< non-empty when the file cannot be read
    QString codec;     ///< FFmpeg's codec name: "h264", "vp9", "gif"
    QString container; ///< FFmpeg's demuxer name
    QSize size;
    int frames = 0; ///< frames decoded, the way ffprobe -count_frames counts them
    double framesPerSecond = 0;

    static ClipInfo read(const QString &path);
};
