// Event kinds must not wear the sides' colours, for normal and red-green
// colour-blind vision, and must stay apart from each other.
#include "eventkindstyle.h"
#include "testsupport.h"

#include <QColor>

#include <array>
#include <cmath>

#include <gtest/gtest.h>

namespace {

using Rgb = std::array<double, 3>; ///< linear RGB, 0..1

double toLinear(int c)
{
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

Rgb linear(const QColor &c)
{
    return {toLinear(c.red()), toLinear(c.green()), toLinear(c.blue())};
}

/// Viénot, Brettel and Mollon (1999) in linear RGB: what a dichromat sees.
Rgb simulate(const Rgb &c, int vision)
{
    static constexpr double kDeutan[3][3] = {{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0}, {-0.02234, 0.02234, 1}};
    static constexpr double kProtan[3][3] = {{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0}, {0.00401, -0.00401, 1}};
    if (vision == 0)
        return c;
    const auto &m = vision == 1 ? kDeutan : kProtan;
    Rgb out{};
    for (int i = 0; i < 3; ++i)
        out[size_t(i)] = std::clamp(m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2], 0.0, 1.0);
    return out;
}

/// CIE 1976 L*a*b* (D65) of a linear RGB colour.
Rgb lab(const Rgb &c)
{
    const double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
    const double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    const double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

/// The smallest colour difference (CIE76) between @p a and @p b for normal, deuteranope and protanope vision.
double worstDifference(const QColor &a, const QColor &b)
{
    double worst = 1e9;
    for (int vision = 0; vision < 3; ++vision) {
        const Rgb la = lab(simulate(linear(a), vision));
        const Rgb lb = lab(simulate(linear(b), vision));
        worst = std::min(worst, std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]));
    }
    return worst;
}

const QList<EventKind> kKinds{EventKind::Airstrikes,    EventKind::GroundAttack, EventKind::Capture,
                              EventKind::Counterattack, EventKind::Casualties,   EventKind::Humanitarian,
                              EventKind::Ceasefire,     EventKind::Evacuation,   EventKind::Statement};

} // namespace

TEST(EventKindStyle, NoKindWearsASidesColour)
{
    const auto campaign = TestSupport::embeddedCampaign();
    ASSERT_TRUE(campaign);
    ASSERT_GE(campaign->sides.size(), 3);
    for (const EventKind kind : kKinds) {
        for (const Side &side : campaign->sides) {
            // The old palette gave "ground attack" the government's exact colour (difference 0).
            EXPECT_GE(worstDifference(EventKindStyle::color(kind), side.color), 12.0)
                << EventKindStyle::displayName(kind).toStdString() << " against " << side.id.toStdString();
        }
    }
}

TEST(EventKindStyle, KindsStayApartForColourBlindReaders)
{
    for (int i = 0; i < kKinds.size(); ++i) {
        for (int j = i + 1; j < kKinds.size(); ++j) {
            EXPECT_GE(worstDifference(EventKindStyle::color(kKinds.at(i)), EventKindStyle::color(kKinds.at(j))), 10.0)
                << EventKindStyle::displayName(kKinds.at(i)).toStdString() << " against "
                << EventKindStyle::displayName(kKinds.at(j)).toStdString();
        }
    }
}
