#pragma once

#include <QImage>
#include <QList>
#include <QRgb>

/**
 * @brief The colours of a GIF clip: one palette for every frame.
 *
 * A map frame is mostly a few flat colours (sides, land, water, text) with
 * anti-aliased edges between them. The colours that cover a noticeable part
 * of the sample frames are kept exactly; the rest (edges, fades) are shared
 * among the remaining entries by median cut, weighted by how many pixels
 * use them. Frames are then mapped to the nearest entry without dithering,
 * so a pixel that does not change between frames keeps its index.
 */
class ClipPalette
{
public:
    /// At most @p colours (1 to 256) opaque colours for frames like @p samples (32-bit RGB images).
    static QList<QRgb> fromImages(const QList<QImage> &samples, int colours);
};
