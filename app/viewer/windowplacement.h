#pragma once

#include <QRect>
#include <QSize>

/**
 * @brief Where the main window goes on a screen: first start and restored geometry.
 *
 * Pure geometry, so the rules are tested without a screen: the window never
 * opens larger than the screen's available area (a 1366x768 laptop gets a
 * window that fits, the map taking what the panels leave), and a restored
 * geometry from another screen setup is moved and shrunk back onto this one.
 */
class WindowPlacement
{
public:
    /// The size the window prefers on a screen with room for it.
    static constexpr QSize kPreferredSize{1500, 950};

    /// The first-start geometry on a screen whose available area is @p available: centred, fitting.
    static QRect firstGeometry(const QRect &available);
    /// @p geometry (a frame or client rect) moved, and shrunk if need be, to lie inside @p available.
    static QRect clamped(const QRect &geometry, const QRect &available);
};
