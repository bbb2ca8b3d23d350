// District styles: the pure function, and the styles the scene gives the
// Aleppo districts on the days the article describes.
#include "districtitem.h"
#include "districtstyle.h"
#include "mapscene.h"
#include "maptestsupport.h"

#include <gtest/gtest.h>

namespace {

const QColor kGovernment(0xD5, 0x5E, 0x00);
const QColor kOpposition(0x00, 0x9E, 0x73);
const QColor kKurdish(0xF0, 0xE4, 0x42);

/// The colour tinted toward white by the fraction @p t (0 = the colour itself).
bool isTintOf(const QColor &c, const QColor &base, double *t)
{
    // Solve c = base + (255 - base) * t on the channel with the most room.
    const int channels[3][2] = {{c.red(), base.red()}, {c.green(), base.green()}, {c.blue(), base.blue()}};
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (255 - channels[i][1] > 255 - channels[best][1])
            best = i;
    }
    const double room = 255 - channels[best][1];
    *t = room > 0 ? (channels[best][0] - channels[best][1]) / room : 0.0;
    for (const auto &ch : channels) {
        if (std::abs(ch[1] + (255 - ch[1]) * *t - ch[0]) > 2.0)
            return false;
    }
    return true;
}

double tintOf(const QColor &c, const QColor &base)
{
    double t = -1;
    EXPECT_TRUE(isTintOf(c, base, &t)) << c.name().toStdString() << " is not a tint of " << base.name().toStdString();
    return t;
}

class StyleAtDate : public ::testing::Test
{
protected:
    void SetUp() override
    {
        scene = MapTest::aleppoScene();
        ASSERT_TRUE(scene);
    }
    const DistrictStyle &style(const QString &id, QDate date)
    {
        scene->setDate(date);
        const DistrictItem *item = scene->districtItem(id);
        EXPECT_NE(item, nullptr) << id.toStdString();
        return item->style();
    }
    const DistrictItem *item(const QString &id) { return scene->districtItem(id); }

    std::unique_ptr<MapScene> scene;
};

} // namespace

TEST_F(StyleAtDate, HandaratContestedLeadingOppositionOn24September)
{
    const DistrictStyle &s = style(QStringLiteral("handarat"), QDate(2016, 9, 24));
    EXPECT_EQ(s.kind, DistrictStyle::Kind::Contested);
    EXPECT_TRUE(s.leadingKnown);
    EXPECT_EQ(s.baseSide, QStringLiteral("opposition"));
    EXPECT_EQ(s.stripeSide, QStringLiteral("government"));
    EXPECT_EQ(s.basis, Basis::Stated);
    EXPECT_EQ(s.texture, DistrictStyle::Texture::Stripes);
    // Leading side as the base fill (full strength: stated), narrow stripes of the other.
    EXPECT_LT(tintOf(s.fill.color(), kOpposition), 0.15) << "full strength (stated)";
    EXPECT_LT(tintOf(s.textureColor, kGovernment), 0.15) << "full strength (stated)";
    EXPECT_LT(s.textureWidth, s.textureSpacing / 2);
    EXPECT_EQ(s.outline.style(), Qt::SolidLine);
    // The same day it was briefly taken by the government: it changed since the 23rd.
    EXPECT_TRUE(s.changedToday);
}

TEST_F(StyleAtDate, HandaratContestedWithoutLeaderOn23September)
{
    const DistrictStyle &s = style(QStringLiteral("handarat"), QDate(2016, 9, 23));
    EXPECT_EQ(s.kind, DistrictStyle::Kind::Contested);
    EXPECT_FALSE(s.leadingKnown);
    EXPECT_EQ(s.baseSide, QStringLiteral("opposition")) << "the side that held it before";
    EXPECT_EQ(s.stripeSide, QStringLiteral("government")) << "the side that took it after";
    EXPECT_DOUBLE_EQ(s.textureWidth, s.textureSpacing / 2) << "equal stripes of the two sides";
}

TEST_F(StyleAtDate, HousingProjectContestedBetweenTheSidesThePackageNames)
{
    // Government before and after: only the package's "contestants" say who fought over it.
    const DistrictStyle &s = style(QStringLiteral("housing-1070"), QDate(2016, 11, 1));
    EXPECT_EQ(s.kind, DistrictStyle::Kind::Contested);
    EXPECT_EQ(s.baseSide, QStringLiteral("government"));
    EXPECT_EQ(s.stripeSide, QStringLiteral("opposition"));
}

TEST_F(StyleAtDate, HandaratGovernmentOn29September)
{
    const DistrictStyle &s = style(QStringLiteral("handarat"), QDate(2016, 9, 29));
    EXPECT_EQ(s.kind, DistrictStyle::Kind::Held);
    EXPECT_EQ(s.control, QStringLiteral("government"));
    EXPECT_EQ(s.basis, Basis::Stated);
    EXPECT_EQ(s.texture, DistrictStyle::Texture::None);
    EXPECT_LT(tintOf(s.fill.color(), kGovernment), 0.15) << "full strength (stated)";
    EXPECT_GE(s.fill.color().alpha(), 200) << "stated: a strong fill";
    EXPECT_EQ(s.outline.style(), Qt::SolidLine);
    EXPECT_TRUE(s.changedToday);
}

TEST_F(StyleAtDate, BustanAlBashaContestedLeadingGovernmentOn6October)
{
    const DistrictStyle &s = style(QStringLiteral("bustan-al-basha"), QDate(2016, 10, 6));
    EXPECT_EQ(s.kind, DistrictStyle::Kind::Contested);
    EXPECT_TRUE(s.leadingKnown);
    EXPECT_EQ(s.baseSide, QStringLiteral("government"));
    EXPECT_EQ(s.stripeSide, QStringLiteral("opposition"));
    EXPECT_LT(tintOf(s.fill.color(), kGovernment), 0.15) << "full strength (stated)";
    EXPECT_LT(tintOf(s.textureColor, kOpposition), 0.15) << "full strength (stated)";
    EXPECT_TRUE(s.changedToday);
    const DistrictStyle &later = style(QStringLiteral("bustan-al-basha"), QDate(2016, 10, 7));
    EXPECT_EQ(later.kind, DistrictStyle::Kind::Contested);
    EXPECT_FALSE(later.changedToday);
}

TEST_F(StyleAtDate, HananoGovernmentStatedOn26November)
{
    const DistrictStyle before = style(QStringLiteral("hanano"), QDate(2016, 11, 25));
    EXPECT_EQ(before.control, QStringLiteral("opposition"));
    EXPECT_EQ(before.basis, Basis::Inferred);
    const DistrictStyle &s = style(QStringLiteral("hanano"), QDate(2016, 11, 26));
    EXPECT_EQ(s.kind, DistrictStyle::Kind::Held);
    EXPECT_EQ(s.control, QStringLiteral("government"));
    EXPECT_EQ(s.basis, Basis::Stated);
    EXPECT_LT(tintOf(s.fill.color(), kGovernment), 0.15) << "full strength (stated)";
    EXPECT_EQ(s.outline.style(), Qt::SolidLine);
    EXPECT_TRUE(s.changedToday);
    EXPECT_EQ(s.emphasis.style(), Qt::SolidLine);
}

TEST_F(StyleAtDate, InferredOn13DecemberIsLighterWithDashedOutline)
{
    // al-Sakhour: opposition (approximate) until the article's 13 December
    // summary implies the government took it.
    const DistrictStyle &s = style(QStringLiteral("sakhour"), QDate(2016, 12, 13));
    EXPECT_EQ(s.control, QStringLiteral("government"));
    EXPECT_EQ(s.basis, Basis::Inferred);
    EXPECT_EQ(s.outline.style(), Qt::DashLine);
    EXPECT_EQ(s.texture, DistrictStyle::Texture::None);
    const double t = tintOf(s.fill.color(), kGovernment);
    EXPECT_GT(t, 0.3) << "lighter than stated";
    EXPECT_LT(t, 0.6) << "but not as pale as approximate";
}

TEST_F(StyleAtDate, ApproximateIsPaleWithFineDots)
{
    const DistrictStyle &s = style(QStringLiteral("sheikh-maqsoud"), QDate(2016, 11, 1));
    EXPECT_EQ(s.control, QStringLiteral("kurdish"));
    EXPECT_EQ(s.basis, Basis::Approximate);
    EXPECT_EQ(s.texture, DistrictStyle::Texture::Dots);
    EXPECT_LE(s.textureSpacing, 8.0) << "a fine pattern";
    EXPECT_EQ(s.outline.style(), Qt::DotLine);
    EXPECT_GT(tintOf(s.fill.color(), kKurdish), 0.6) << "pale";
    const DistrictStyle &citadel = style(QStringLiteral("citadel"), QDate(2016, 11, 1));
    EXPECT_EQ(citadel.basis, Basis::Approximate);
    EXPECT_GT(tintOf(citadel.fill.color(), kGovernment), 0.6);
    EXPECT_EQ(citadel.outline.style(), Qt::DotLine);
}

TEST_F(StyleAtDate, ContestedInferredWithoutLeaderOn13December)
{
    const DistrictStyle &s = style(QStringLiteral("bustan-al-qasr"), QDate(2016, 12, 13));
    EXPECT_EQ(s.kind, DistrictStyle::Kind::Contested);
    EXPECT_EQ(s.basis, Basis::Inferred);
    EXPECT_FALSE(s.leadingKnown);
    EXPECT_EQ(s.outline.style(), Qt::DashLine);
    EXPECT_EQ(s.texture, DistrictStyle::Texture::Stripes);
}

TEST_F(StyleAtDate, ChangedTodayOutlineOn27NovemberOnly)
{
    const QStringList changed{QStringLiteral("ard-al-hamra"), QStringLiteral("jabal-badro"),
                              QStringLiteral("ayn-al-tal")};
    scene->setDate(QDate(2016, 11, 27));
    for (const DistrictItem *item : scene->districtItems()) {
        const bool expected = changed.contains(item->id());
        EXPECT_EQ(item->style().changedToday, expected) << item->id().toStdString();
        if (expected) {
            EXPECT_EQ(item->style().emphasis.style(), Qt::SolidLine);
            EXPECT_GE(item->style().emphasis.widthF(), 3.0) << "a strong outline";
            EXPECT_TRUE(item->style().emphasis.isCosmetic());
            EXPECT_GT(item->zValue(), MapScene::kDistrictZ) << "drawn above its neighbours";
        } else {
            EXPECT_EQ(item->style().emphasis.style(), Qt::NoPen);
        }
    }
    scene->setDate(QDate(2016, 11, 28));
    for (const QString &id : changed) {
        EXPECT_FALSE(scene->districtItem(id)->style().changedToday) << id.toStdString();
        EXPECT_EQ(scene->districtItem(id)->style().emphasis.style(), Qt::NoPen);
        EXPECT_EQ(scene->districtItem(id)->style().control, QStringLiteral("government"));
    }
}

TEST_F(StyleAtDate, InitialStatesAreNotChanges)
{
    scene->setDate(QDate(2016, 9, 19));
    for (const DistrictItem *item : scene->districtItems())
        EXPECT_FALSE(item->style().changedToday) << item->id().toStdString();
}

TEST_F(StyleAtDate, BeforeTheCampaignNothingIsKnown)
{
    scene->setDate(QDate(2016, 9, 18));
    for (const DistrictItem *item : scene->districtItems())
        EXPECT_EQ(item->style().kind, DistrictStyle::Kind::Unknown) << item->id().toStdString();
    EXPECT_TRUE(scene->hasUnknownDistricts());
}

TEST(DistrictStyle, EveryPenIsCosmetic)
{
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    for (const QString &control : {QStringLiteral("government"), QStringLiteral("opposition"), kContested}) {
        for (Basis basis : {Basis::Stated, Basis::Inferred, Basis::Approximate}) {
            ControlState state;
            state.control = control;
            state.basis = basis;
            state.change = &change;
            const DistrictStyle s = DistrictStyle::forState(
                state, campaign->sides, {QStringLiteral("government"), QStringLiteral("opposition")}, true, true, true);
            for (const QPen &pen : {s.outline, s.emphasis, s.selection, s.focus}) {
                EXPECT_TRUE(pen.isCosmetic());
                EXPECT_NE(pen.style(), Qt::NoPen);
            }
        }
    }
}

TEST(DistrictStyle, BasesLookDifferent)
{
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    auto styleOf = [&](Basis basis) {
        ControlState state;
        state.control = QStringLiteral("opposition");
        state.basis = basis;
        state.change = &change;
        return DistrictStyle::forState(state, campaign->sides);
    };
    const DistrictStyle stated = styleOf(Basis::Stated);
    const DistrictStyle inferred = styleOf(Basis::Inferred);
    const DistrictStyle approximate = styleOf(Basis::Approximate);
    EXPECT_NE(stated.fill, inferred.fill);
    EXPECT_NE(inferred.fill, approximate.fill);
    EXPECT_EQ(stated.outline.style(), Qt::SolidLine);
    EXPECT_EQ(inferred.outline.style(), Qt::DashLine);
    EXPECT_EQ(approximate.outline.style(), Qt::DotLine);
    EXPECT_LT(tintOf(stated.fill.color(), kOpposition), tintOf(inferred.fill.color(), kOpposition));
    EXPECT_LT(tintOf(inferred.fill.color(), kOpposition), tintOf(approximate.fill.color(), kOpposition));
    EXPECT_EQ(approximate.texture, DistrictStyle::Texture::Dots);
    EXPECT_EQ(stated.texture, DistrictStyle::Texture::None);
}

TEST(DistrictStyle, SelectionAndFocusOutlines)
{
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    ControlState state;
    state.control = QStringLiteral("government");
    state.basis = Basis::Stated;
    state.change = &change;
    const DistrictStyle plain = DistrictStyle::forState(state, campaign->sides);
    const DistrictStyle selected = DistrictStyle::forState(state, campaign->sides, {}, false, true);
    const DistrictStyle focused = DistrictStyle::forState(state, campaign->sides, {}, false, false, true);
    EXPECT_EQ(plain.selection.style(), Qt::NoPen);
    EXPECT_EQ(selected.selection.style(), Qt::SolidLine);
    EXPECT_GE(selected.selection.widthF(), 4.0);
    EXPECT_NE(selected.selection.color(), selected.emphasis.color());
    EXPECT_EQ(focused.focus.style(), Qt::DashLine);
    EXPECT_NE(plain, selected);
    EXPECT_GT(selected.zValue(), focused.zValue());
    EXPECT_GT(focused.zValue(), plain.zValue());
}

TEST(DistrictStyle, ContestedStripesFollowTheAppearancesContestants)
{
    const auto campaign = MapTest::aleppo();
    ASSERT_TRUE(campaign);
    static const ControlChange change;
    DistrictAppearance a;
    a.control = kContested;
    a.basis = Basis::Stated;
    a.change = &change;
    a.contestants = {QStringLiteral("kurdish"), QStringLiteral("government")};
    const DistrictStyle s = DistrictStyle::forState(a, campaign->sides);
    EXPECT_EQ(s.kind, DistrictStyle::Kind::Contested);
    EXPECT_EQ(s.baseSide, QStringLiteral("kurdish")) << "the first contestant is the base fill";
    EXPECT_EQ(s.stripeSide, QStringLiteral("government"));
    EXPECT_LT(tintOf(s.fill.color(), kKurdish), 0.15);
    EXPECT_FALSE(s.changedToday);

    a.changedToday = true;
    EXPECT_TRUE(DistrictStyle::forState(a, campaign->sides).changedToday);
    EXPECT_EQ(DistrictStyle::forState(a, campaign->sides).emphasis.style(), Qt::SolidLine);

    // The legend's overload builds the same appearance, the leading side put first.
    ControlState state;
    state.control = kContested;
    state.leading = QStringLiteral("kurdish");
    state.basis = Basis::Stated;
    state.change = &change;
    EXPECT_EQ(DistrictStyle::forState(state, campaign->sides, {QStringLiteral("government"), QStringLiteral("kurdish")},
                                      true),
              DistrictStyle::forState([&] {
                  DistrictAppearance leading = a;
                  leading.leading = QStringLiteral("kurdish");
                  return leading;
              }(), campaign->sides));
}

TEST(DistrictStyle, UnknownSidesFallBackToTheOneNeutralGrey)
{
    static const ControlChange change;
    DistrictAppearance a;
    a.control = QStringLiteral("nobody");
    a.basis = Basis::Stated;
    a.change = &change;
    const DistrictStyle s = DistrictStyle::forState(a, {});
    EXPECT_LT(tintOf(s.fill.color(), Side::neutralColor()), 0.15);
}
