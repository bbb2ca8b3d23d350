#include "windowplacement.h"

#include <algorithm>

namespace {

// Room left for the window frame and the desktop's panels the available area may not count.
constexpr int kFrameMargin = 24;

} // namespace

QRect WindowPlacement::firstGeometry(const QRect &available)
{
    if (available.isEmpty())
        return QRect(QPoint(0, 0), kPreferredSize);
    const QSize room(std::max(1, available.width() - kFrameMargin), std::max(1, available.height() - 2 * kFrameMargin));
    const QSize size = kPreferredSize.boundedTo(room);
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(available.center());
    return rect;
}

QRect WindowPlacement::clamped(const QRect &geometry, const QRect &available)
{
    if (available.isEmpty() || geometry.isEmpty())
        return geometry;
    QRect rect = geometry;
    rect.setSize(rect.size().boundedTo(available.size()));
    if (rect.right() > available.right())
        rect.moveRight(available.right());
    if (rect.bottom() > available.bottom())
        rect.moveBottom(available.bottom());
    if (rect.left() < available.left())
        rect.moveLeft(available.left());
    if (rect.top() < available.top())
        rect.moveTop(available.top());
    return rect;
}
