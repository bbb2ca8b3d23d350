// The viewer does not link FFmpeg: VideoEncoder loads its FFmpeg module the
// first time it writes a video (app/export/CMakeLists.txt says why).
#include "videoencoder.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

/// Whether a file whose name contains @p name is mapped into this process.
bool mapped(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(name);
}

} // namespace

TEST(VideoModule, FfmpegIsLoadedOnlyWhenAVideoIsWritten)
{
    if (!QFile::exists(QStringLiteral("/proc/self/maps")))
        GTEST_SKIP() << "no /proc/self/maps here";
    // ctest runs each test in a process of its own: nothing has written a video yet.
    if (!mapped("atlasffmpeg.so"))
        EXPECT_FALSE(mapped("libavcodec")) << "the program links FFmpeg";

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    VideoEncoder encoder;
    VideoEncoder::Settings settings;
    settings.format = VideoEncoder::Format::Mp4;
    settings.size = QSize(64, 48);
    settings.framesPerSecond = 4;
    const QString path = dir.filePath(QStringLiteral("clip.mp4"));
    ASSERT_TRUE(encoder.open(path, settings)) << encoder.errorString().toStdString();
    QImage frame(settings.size, QImage::Format_RGB32);
    for (int i = 0; i < 3; ++i) {
        frame.fill(QColor::fromHsv(i * 90, 200, 200));
        ASSERT_TRUE(encoder.addFrame(frame)) << encoder.errorString().toStdString();
    }
    ASSERT_TRUE(encoder.finish()) << encoder.errorString().toStdString();
    EXPECT_GT(QFile(path).size(), 0);
    EXPECT_TRUE(mapped("atlasffmpeg.so"));
    EXPECT_TRUE(mapped("libavcodec"));
}
