#pragma once

class QImage;

namespace PixelCount {

/// How many pixels of @p a and @p b differ (every pixel when their sizes differ); both ARGB32 or ARGB32_Premultiplied.
int differing(const QImage &a, const QImage &b);

} // namespace PixelCount
