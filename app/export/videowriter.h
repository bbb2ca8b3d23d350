#pragma once

#include "videoencoder.h"

#include <QImage>
#include <QString>

/**
 * @brief A video file (MP4, WebM or GIF) being written by FFmpeg's libraries.
 *
 * The one interface between VideoEncoder and the module that links FFmpeg
 * (atlasffmpeg, loaded by VideoEncoder the first time a video is written):
 * FFmpeg and its codecs are some hundred shared libraries, which a program
 * linking them maps and relocates at every start, video or not. Each call
 * returns an empty string on success, or a message naming the path and why
 * it failed. Destroying an unfinished writer removes what it wrote.
 */
class VideoWriter
{
public:
    virtual ~VideoWriter() = default;
    /// Starts the file at @p path (through a QSaveFile: nothing appears there before finish()).
    virtual QString open(const QString &path, const VideoEncoder::Settings &settings) = 0;
    /// Encodes frame @p index (0-based) of Settings::size.
    virtual QString addFrame(const QImage &image, int index) = 0;
    /// Flushes the encoder, completes the file and moves it to its path.
    virtual QString finish() = 0;
};

/// The module's one exported function: a new writer, owned by the caller.
using CreateVideoWriter = VideoWriter *(*)();

/// The name of the function the module exports (extern "C").
constexpr char kCreateVideoWriterSymbol[] = "atlasCreateVideoWriter";
