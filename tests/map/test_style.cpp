// District looks: the rules (DistrictLook::forState), what the scene gives
// the Aleppo districts on the days the article describes, and the layers
// every target paints.
#include "districtitem.h"
#include "districtlook.h"

#include "mapscene.h"
#include "maptestsupport.h"
#include <QPainter>

#include <algorithm>
#include <cmath>

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

enum class Texture { None, Stripes, Dots };

/// What a look's layers say, read back from them for the assertions below.
struct Style
{
    DistrictLook::Kind kind = DistrictLook::Kind::Unknown;
    Basis basis = Basis::Approximate;
    QString control, baseSide, stripeSide;
    bool leadingKnown = false;
    bool changedToday = false;
    QColor fill; ///< the fill layer's colour
    Texture texture = Texture::None;
    QColor textureColor;
    double textureWidth = 0, textureSpacing = 0;
    Qt::PenStyle outline = Qt::NoPen;  ///< the district's own outline (the first stroke)
    Qt::PenStyle emphasis = Qt::NoPen; ///< the black "changed today" outline
    double emphasisWidth = 0;
};

Style styleOf(const DistrictLook &look)
{
    Style s;
    s.kind = look.kind();
    s.basis = look.basis();
    s.control = look.control();
    s.baseSide = look.baseSide();
    s.stripeSide = look.stripeSide();
    s.leadingKnown = look.leadingKnown();
    s.changedToday = look.changedToday();
    bool outlineSeen = false;
    for (const LookLayer &layer : look.layers()) {
        switch (layer.kind) {
        case LookLayer::Kind::Fill:
            s.fill = layer.color;
            break;
        case LookLayer::Kind::Stripes:
        case LookLayer::Kind::Dots:
            s.texture = layer.kind == LookLayer::Kind::Stripes ? Texture::Stripes : Texture::Dots;
            s.textureColor = layer.color;
            s.textureWidth = layer.width;
            s.textureSpacing = layer.spacing;
            break;
        case LookLayer::Kind::Stroke:
            if (!outlineSeen) {
                s.outline = layer.dash;
                outlineSeen = true;
            } else if (layer.color == Qt::black) {
                s.emphasis = layer.dash;
                s.emphasisWidth = layer.width;
            }
            break;
        }
    }
    return s;
}

class StyleAtDate : public ::testing::Test
{
protected:
    void SetUp() override
    {
        scene = MapTest::aleppoScene();
        ASSERT_TRUE(scene);
    }
    Style style(const QString &id, QDate date)
    {
        scene->setDate(date);
        const DistrictItem *item = scene->districtItem(id);
        EXPECT_NE(item, nullptr) << id.toStdString();
        return item ? styleOf(item->look()) : Style();
    }
    const DistrictItem *item(const QString &id) { return scene->districtItem(id); }

    std::unique_ptr<MapScene> scene;
};

} // namespace

TEST_F(StyleAtDate, HandaratContestedLeadingOppositionOn24September)
{
    const Style s = style(QStringLiteral("handarat"), QDate(2016, 9, 24));
    EXPECT_EQ(s.kind, DistrictLook::Kind::Contested);
    EXPECT_TRUE(s.leadingKnown);
    EXPECT_EQ(s.baseSide, QStringLiteral("opposition"));
    EXPECT_EQ(s.stripeSide, QStringLiteral("government"));
    EXPECT_EQ(s.basis, Basis::Stated);
    EXPECT_EQ(s.texture, Texture::Stripes);
    // Leading side as the base fill (full strength: stated), narrow stripes of the other.
    EXPECT_LT(tintOf(s.fill, kOpposition), 0.15) << "full strength (stated)";
    EXPECT_LT(tintOf(s.textureColor, kGovernment), 0.15) << "full strength (stated)";
    EXPECT_LT(s.textureWidth, s.textureSpacing / 2);
    EXPECT_EQ(s.outline, Qt::SolidLine);
    // The same day it was briefly taken by the government: it changed since the 23rd.
    EXPECT_TRUE(s.changedToday);
}

TEST_F(StyleAtDate, HandaratContestedWithoutLeaderOn23September)
{
    const Style s = style(QStringLiteral("handarat"), QDate(2016, 9, 23));
    EXPECT_EQ(s.kind, DistrictLook::Kind::Contested);
    EXPECT_FALSE(s.leadingKnown);
    EXPECT_EQ(s.baseSide, QStringLiteral("opposition")) << "the side that held it before";
    EXPECT_EQ(s.stripeSide, QStringLiteral("government")) << "the side that took it after";
    EXPECT_DOUBLE_EQ(s.textureWidth, s.textureSpacing / 2) << "equal stripes of the two sides";
}

TEST_F(StyleAtDate, HousingProjectContestedBetweenTheSidesThePackageNames)
{
    // Government before and after: only the package's "contestants" say who fought over it.
    const Style s = style(QStringLiteral("housing-1070"), QDate(2016, 11, 1));
    EXPECT_EQ(s.kind, DistrictLook::Kind::Contested);
    EXPECT_EQ(s.baseSide, QStringLiteral("government"));
    EXPECT_EQ(s.stripeSide, QStringLiteral("opposition"));
}

TEST_F(StyleAtDate, HandaratGovernmentOn29September)
{
    const Style s = style(QStringLiteral("handarat"), QDate(2016, 9, 29));
    EXPECT_EQ(s.kind, DistrictLook::Kind::Held);
    EXPECT_EQ(s.control, QStringLiteral("government"));
    EXPECT_EQ(s.basis, Basis::Stated);
    EXPECT_EQ(s.texture, Texture::None);
    EXPECT_LT(tintOf(s.fill, kGovernment), 0.15) << "full strength (stated)";
    EXPECT_GE(s.fill.alpha(), 200) << "stated: a strong fill";
    EXPECT_EQ(s.outline, Qt::SolidLine);
    EXPECT_TRUE(s.changedToday);
}

TEST_F(StyleAtDate, BustanAlBashaContestedLeadingGovernmentOn6October)
{
    const Style s = style(QStringLiteral("bustan-al-basha"), QDate(2016, 10, 6));
    EXPECT_EQ(s.kind, DistrictLook::Kind::Contested);
    EXPECT_TRUE(s.leadingKnown);
    EXPECT_EQ(s.baseSide, QStringLiteral("government"));
    EXPECT_EQ(s.stripeSide, QStringLiteral("opposition"));
    EXPECT_LT(tintOf(s.fill, kGovernment), 0.15) << "full strength (stated)";
    EXPECT_LT(tintOf(s.textureColor, kOpposition), 0.15) << "full strength (stated)";
    EXPECT_TRUE(s.changedToday);
    const Style later = style(QStringLiteral("bustan-al-basha"), QDate(2016, 10, 7));
    EXPECT_EQ(later.kind, DistrictLook::Kind::Contested);
    EXPECT_FALSE(later.changedToday);
}

TEST_F(StyleAtDate, HananoGovernmentStatedOn26November)
{
    const Style before = style(QStringLiteral("hanano"), QDate(2016, 11, 25));
    EXPECT_EQ(before.control, QStringLiteral("opposition"));
    EXPECT_EQ(before.basis, Basis::Inferred);
    const Style s = style(QStringLiteral("hanano"), QDate(2016, 11, 26));
    EXPECT_EQ(s.kind, DistrictLook::Kind::Held);
    EXPECT_EQ(s.control, QStringLiteral("government"));
    EXPECT_EQ(s.basis, Basis::Stated);
    EXPECT_LT(tintOf(s.fill, kGovernment), 0.15) << "full strength (stated)";
    EXPECT_EQ(s.outline, Qt::SolidLine);
    EXPECT_TRUE(s.changedToday);
    EXPECT_EQ(s.emphasis, Qt::SolidLine);
}

TEST_F(StyleAtDate, InferredOn13DecemberIsLighterWithDashedOutline)
{
    // al-Sakhour: opposition (approximate) until the article's 13 December
    // summary implies the government took it.
    const Style s = style(QStringLiteral("sakhour"), QDate(2016, 12, 13));
    EXPECT_EQ(s.control, QStringLiteral("government"));
    EXPECT_EQ(s.basis, Basis::Inferred);
    EXPECT_EQ(s.outline, Qt::DashLine);
    EXPECT_EQ(s.texture, Texture::None);
    const double t = tintOf(s.fill, kGovernment);
    EXPECT_GT(t, 0.3) << "lighter than stated";
    EXPECT_LT(t, 0.6) << "but not as pale as approximate";
}

TEST_F(StyleAtDate, ApproximateIsPaleWithFineDots)
{
    const Style s = style(QStringLiteral("sheikh-maqsoud"), QDate(2016, 11, 1));
    EXPECT_EQ(s.control, QStringLiteral("kurdish"));
    EXPECT_EQ(s.basis, Basis::Approximate);
    EXPECT_EQ(s.texture, Texture::Dots);
    EXPECT_LE(s.textureSpacing, 8.0) << "a fine pattern";
    EXPECT_EQ(s.outline, Qt::DotLine);
    EXPECT_GT(tintOf(s.fill, kKurdish), 0.6) << "pale";
    const Style citadel = style(QStringLiteral("citadel"), QDate(2016, 11, 1));
    EXPECT_EQ(citadel.basis, Basis::Approximate);
    EXPECT_GT(tintOf(citadel.fill, kGovernment), 0.6);
    EXPECT_EQ(citadel.outline, Qt::DotLine);
}

TEST_F(StyleAtDate, ContestedInferredWithoutLeaderOn13December)
{
    const Style s = style(QStringLiteral("bustan-al-qasr"), QDate(2016, 12, 13));
    EXPECT_EQ(s.kind, DistrictLook::Kind::Contested);
    EXPECT_EQ(s.basis, Basis::Inferred);
    EXPECT_FALSE(s.leadingKnown);
    EXPECT_EQ(s.outline, Qt::DashLine);
    EXPECT_EQ(s.texture, Texture::Stripes);
}

TEST_F(StyleAtDate, ChangedTodayOutlineOn27NovemberOnly)
{
    const QStringList changed{QStringLiteral("ard-al-hamra"), QStringLiteral("jabal-badro"),
                              QStringLiteral("ayn-al-tal")};
    scene->setDate(QDate(2016, 11, 27));
    for (const DistrictItem *item : scene->districtItems()) {
        const bool expected = changed.contains(item->id());
        EXPECT_EQ(styleOf(item->look()).changedToday, expected) << item->id().toStdString();
        if (expected) {
            EXPECT_EQ(styleOf(item->look()).emphasis, Qt::SolidLine);
            EXPECT_GE(styleOf(item->look()).emphasisWidth, 3.0) << "a strong outline";
            EXPECT_GT(item->zValue(), MapScene::kDistrictZ) << "drawn above its neighbours";
        } else {
            EXPECT_EQ(styleOf(item->look()).emphasis, Qt::NoPen);
        }
    }
    scene->setDate(QDate(2016, 11, 28));
    for (const QString &id : changed) {
        EXPECT_FALSE(styleOf(scene->districtItem(id)->look()).changedToday) << id.toStdString();
        EXPECT_EQ(styleOf(scene->districtItem(id)->look()).emphasis, Qt::NoPen);
        EXPECT_EQ(styleOf(scene->districtItem(id)->look()).control, QStringLiteral("government"));
    }
}

TEST_F(StyleAtDate, InitialStatesAreNotChanges)
{
    scene->setDate(QDate(2016, 9, 19));
    for (const DistrictItem *item : scene->districtItems())
        EXPECT_FALSE(styleOf(item->look()).changedToday) << item->id().toStdString();
}

TEST_F(StyleAtDate, BeforeTheCampaignNothingIsKnown)
{
    scene->setDate(QDate(2016, 9, 18));
    for (const DistrictItem *item : scene->districtItems())
        EXPECT_EQ(styleOf(item->look()).kind, DistrictLook::Kind::Unknown) << item->id().toStdString();
    EXPECT_TRUE(scene->hasUnknownDistricts());
}

TEST(DistrictLook, HighlightsAreHaloedOutlinesOverTheDistrictsOwn)
{
    // Every look ends with its outline, then each highlight over a white halo
    // wider than its pen: the outline of a changed, focused, selected district
    // shows on any fill.
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    for (const QString &control : {QStringLiteral("government"), QStringLiteral("opposition"), kContested}) {
        for (Basis basis : {Basis::Stated, Basis::Inferred, Basis::Approximate}) {
            DistrictAppearance state;
            state.control = control;
            state.basis = basis;
            state.change = &change;
            state.changedToday = true;
            if (control == kContested)
                state.contestants = {QStringLiteral("government"), QStringLiteral("opposition")};
            const DistrictLook look = DistrictLook::forState(state, campaign->sides, true, true);
            const QList<LookLayer> &layers = look.layers();
            ASSERT_GE(layers.size(), 8);
            EXPECT_EQ(layers.first().kind, LookLayer::Kind::Fill);
            const QList<LookLayer> strokes = layers.mid(layers.size() - 7);
            for (const LookLayer &l : strokes)
                EXPECT_EQ(l.kind, LookLayer::Kind::Stroke);
            for (int h = 1; h < 7; h += 2) {
                EXPECT_EQ(strokes.at(h).color, QColor(Qt::white)) << "a white halo";
                EXPECT_GT(strokes.at(h).width, strokes.at(h + 1).width) << "wider than its pen";
            }
            EXPECT_LE(look.reach(), MapScene::kWidestOutlinePx / 2) << "item margins cover the widest outline";
        }
    }
}

TEST(DistrictLook, BasesLookDifferent)
{
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    auto lookOf = [&](Basis basis) {
        DistrictAppearance state;
        state.control = QStringLiteral("opposition");
        state.basis = basis;
        state.change = &change;
        return styleOf(DistrictLook::forState(state, campaign->sides));
    };
    const Style stated = lookOf(Basis::Stated);
    const Style inferred = lookOf(Basis::Inferred);
    const Style approximate = lookOf(Basis::Approximate);
    EXPECT_NE(stated.fill, inferred.fill);
    EXPECT_NE(inferred.fill, approximate.fill);
    EXPECT_EQ(stated.outline, Qt::SolidLine);
    EXPECT_EQ(inferred.outline, Qt::DashLine);
    EXPECT_EQ(approximate.outline, Qt::DotLine);
    EXPECT_LT(tintOf(stated.fill, kOpposition), tintOf(inferred.fill, kOpposition));
    EXPECT_LT(tintOf(inferred.fill, kOpposition), tintOf(approximate.fill, kOpposition));
    EXPECT_EQ(approximate.texture, Texture::Dots);
    EXPECT_EQ(stated.texture, Texture::None);
}

TEST(DistrictLook, SelectionAndFocusOutlines)
{
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    DistrictAppearance state;
    state.control = QStringLiteral("government");
    state.basis = Basis::Stated;
    state.change = &change;
    const DistrictLook plain = DistrictLook::forState(state, campaign->sides);
    const DistrictLook selected = DistrictLook::forState(state, campaign->sides, true);
    const DistrictLook focused = DistrictLook::forState(state, campaign->sides, false, true);
    DistrictAppearance changedState = state;
    changedState.changedToday = true;
    const DistrictLook changed = DistrictLook::forState(changedState, campaign->sides);
    ASSERT_EQ(selected.layers().size(), plain.layers().size() + 2) << "a halo and the selection pen";
    const LookLayer &selection = selected.layers().last();
    EXPECT_EQ(selection.dash, Qt::SolidLine);
    EXPECT_GE(selection.width, 4.0);
    EXPECT_NE(selection.color, changed.layers().last().color) << "selection is not the changed-today outline";
    EXPECT_EQ(focused.layers().last().dash, Qt::DashLine);
    EXPECT_NE(plain, selected);
    EXPECT_GT(selected.zValue(), focused.zValue());
    EXPECT_GT(focused.zValue(), plain.zValue());
}

TEST(DistrictLook, PaintDrawsItsLayersOnEveryDevice)
{
    // One description, every target: the look's fill colour on a raster
    // image, hatching stripes of the other side, and an SVG export whose
    // strokes are plain widths (no non-scaling-stroke).
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    DistrictAppearance state;
    state.control = kContested;
    state.leading = QStringLiteral("government");
    state.basis = Basis::Stated;
    state.change = &change;
    state.contestants = {QStringLiteral("government"), QStringLiteral("opposition")};
    const DistrictLook look = DistrictLook::forState(state, campaign->sides);
    QPainterPath square;
    square.addRect(10, 10, 80, 80);
    QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        look.paint(&p, square, QRectF(0, 0, 100, 100));
    }
    int orange = 0, green = 0;
    for (int y = 15; y < 85; ++y) {
        for (int x = 15; x < 85; ++x) {
            const QColor c = image.pixelColor(x, y);
            orange += c.red() > c.green() + 60;
            green += c.green() > c.red() + 40;
        }
    }
    EXPECT_GT(orange, 70 * 70 / 2) << "the leading side fills most";
    EXPECT_GT(green, 70 * 70 / 20) << "stripes of the other side";
    EXPECT_LT(green, orange);
    EXPECT_EQ(image.pixelColor(5, 5), QColor(Qt::white)) << "nothing beyond the outline's reach";
}

TEST(DistrictLook, EveryLayerOfEveryLookIsOpaque)
{
    // The raster engine of Qt 6.4 blends a translucent anti-aliased fill an
    // order of magnitude slower than it copies an opaque one (and hands it to
    // its thread pool): the map's looks are opaque, layer by layer, and what
    // must show through the districts (the graticule) is drawn above them.
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    const QList<QString> controls = {QString(), QStringLiteral("government"), QStringLiteral("opposition"), kContested};
    int looks = 0;
    for (const QString &control : controls) {
        for (Basis basis : {Basis::Stated, Basis::Reported, Basis::Inferred, Basis::Approximate}) {
            for (int flags = 0; flags < 32; ++flags) {
                DistrictAppearance state;
                state.control = control;
                state.basis = basis;
                state.change = control.isEmpty() ? nullptr : &change;
                state.changedToday = flags & 1;
                state.disputed = flags & 2;
                if (control == kContested) {
                    state.contestants = {QStringLiteral("government"), QStringLiteral("opposition")};
                    if (flags & 16)
                        state.leading = QStringLiteral("government");
                }
                DistrictAppearance then = state;
                then.control = QStringLiteral("opposition");
                for (const DistrictLook &look :
                     {DistrictLook::forState(state, campaign->sides, flags & 4, flags & 8),
                      DistrictLook::forComparison(state, then, campaign->sides, flags & 4, flags & 8),
                      DistrictLook::forComparison(state, state, campaign->sides, flags & 4, flags & 8)}) {
                    ++looks;
                    for (const LookLayer &layer : look.layers())
                        EXPECT_EQ(layer.color.alpha(), 255)
                            << "control '" << control.toStdString() << "', basis " << int(basis) << ", flags " << flags
                            << ", layer kind " << int(layer.kind);
                }
            }
        }
    }
    EXPECT_EQ(looks, 4 * 4 * 32 * 3);
}

TEST(DistrictLook, ATextureOverItsFillKeepsTheFillUnderItsMarksAndAnAntiAliasedEdge)
{
    // On raster devices a texture over an opaque fill is laid into the fill's
    // tile and painted without anti-aliasing inside the anti-aliased fill.
    // Inside, every pixel is the fill, a stripe or a blend of the two (never
    // the background through the tile); the edge stays anti-aliased.
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    DistrictAppearance state;
    state.control = kContested;
    state.basis = Basis::Stated;
    state.change = &change;
    state.contestants = {QStringLiteral("government"), QStringLiteral("opposition")};
    const DistrictLook look = DistrictLook::forState(state, campaign->sides);
    ASSERT_EQ(look.layers().at(0).kind, LookLayer::Kind::Fill);
    ASSERT_EQ(look.layers().at(1).kind, LookLayer::Kind::Stripes);
    const QColor fill = look.layers().at(0).color;
    const QColor mark = look.layers().at(1).color;
    QPainterPath hexagon;
    hexagon.addPolygon(QPolygonF({{50, 5.3}, {90.4, 28}, {90.4, 72}, {50, 94.7}, {9.6, 72}, {9.6, 28}, {50, 5.3}}));
    QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        look.paint(&p, hexagon, QRectF(0, 0, 100, 100));
    }
    // Distance of c from the segment fill-mark, per channel, at the best mix.
    const auto offMix = [&](const QColor &c) {
        int best = 255;
        for (int k = 0; k <= 64; ++k) {
            const double t = k / 64.0;
            const auto mix = [&](int a, int b) { return a + (b - a) * t; };
            const int d = int(std::max({std::abs(c.red() - mix(fill.red(), mark.red())),
                                        std::abs(c.green() - mix(fill.green(), mark.green())),
                                        std::abs(c.blue() - mix(fill.blue(), mark.blue()))}));
            best = std::min(best, d);
        }
        return best;
    };
    int inside = 0, marks = 0, fills = 0;
    for (int y = 34; y < 66; ++y) {
        for (int x = 16; x < 84; ++x) {
            const QColor c = image.pixelColor(x, y);
            ++inside;
            EXPECT_LE(offMix(c), 3) << "at " << x << "," << y;
            fills += c == fill;
            marks += c == mark;
        }
    }
    EXPECT_GT(fills, inside / 4) << "the fill shows between the stripes (as wide as they are)";
    EXPECT_GT(marks, inside / 30) << "the other side's stripes";
    // The slanted edges: pixels between white and the district's colours.
    int blended = 0;
    for (int x = 12; x < 48; ++x) {
        for (int y = 4; y < 30; ++y) {
            const QColor c = image.pixelColor(x, y);
            blended += c != QColor(Qt::white) && offMix(c) > 8;
        }
    }
    EXPECT_GT(blended, 20) << "an anti-aliased edge";
}

TEST(DistrictLook, HighlightsAreTheSameLayersWhoeverHoldsTheDistrict)
{
    // overlayStart() splits a look into what depends on the holder and basis
    // (fill, texture, outline) and the highlights over it, which a district
    // draws from one sprite under every fill.
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    for (int flags = 0; flags < 16; ++flags) {
        QList<QList<LookLayer>> overlays;
        for (const QString &control : {QStringLiteral("government"), QStringLiteral("opposition"), kContested}) {
            for (Basis basis : {Basis::Stated, Basis::Reported, Basis::Inferred, Basis::Approximate}) {
                DistrictAppearance state;
                state.control = control;
                state.basis = basis;
                state.change = &change;
                state.changedToday = flags & 1;
                state.disputed = flags & 2;
                if (control == kContested)
                    state.contestants = {QStringLiteral("government"), QStringLiteral("opposition")};
                const DistrictLook look = DistrictLook::forState(state, campaign->sides, flags & 4, flags & 8);
                const QList<LookLayer> &layers = look.layers();
                ASSERT_LE(look.overlayStart(), layers.size());
                for (qsizetype i = 0; i < look.overlayStart(); ++i)
                    EXPECT_FALSE(layers.at(i).kind == LookLayer::Kind::Stroke && layers.at(i).width > 1.0)
                        << "no wide stroke under the highlights, flags " << flags;
                overlays.append(layers.mid(look.overlayStart()));
            }
        }
        for (const QList<LookLayer> &overlay : std::as_const(overlays))
            EXPECT_EQ(overlay, overlays.first()) << "flags " << flags;
        EXPECT_EQ(overlays.first().isEmpty(), flags == 0) << "flags " << flags;
    }
}

TEST(DistrictLook, ContestedStripesFollowTheAppearancesContestants)
{
    const auto campaign = MapTest::aleppo();
    ASSERT_TRUE(campaign);
    static const ControlChange change;
    DistrictAppearance a;
    a.control = kContested;
    a.basis = Basis::Stated;
    a.change = &change;
    a.contestants = {QStringLiteral("kurdish"), QStringLiteral("government")};
    const Style s = styleOf(DistrictLook::forState(a, campaign->sides));
    EXPECT_EQ(s.kind, DistrictLook::Kind::Contested);
    EXPECT_EQ(s.baseSide, QStringLiteral("kurdish")) << "the first contestant is the base fill";
    EXPECT_EQ(s.stripeSide, QStringLiteral("government"));
    EXPECT_LT(tintOf(s.fill, kKurdish), 0.15);
    EXPECT_FALSE(s.changedToday);

    a.changedToday = true;
    EXPECT_TRUE(DistrictLook::forState(a, campaign->sides).changedToday());
    EXPECT_EQ(styleOf(DistrictLook::forState(a, campaign->sides)).emphasis, Qt::SolidLine);
}

TEST(DistrictLook, UnknownSidesFallBackToTheOneNeutralGrey)
{
    static const ControlChange change;
    DistrictAppearance a;
    a.control = QStringLiteral("nobody");
    a.basis = Basis::Stated;
    a.change = &change;
    const Style s = styleOf(DistrictLook::forState(a, {}));
    EXPECT_LT(tintOf(s.fill, Side::neutralColor()), 0.15);
}

TEST(DistrictLook, ReportedAndDisputedHaveLooksOfTheirOwn)
{
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    auto appearance = [&](Basis basis, bool disputed) {
        DistrictAppearance state;
        state.control = QStringLiteral("opposition");
        state.basis = basis;
        state.change = &change;
        state.disputed = disputed;
        return state;
    };
    const Style stated = styleOf(DistrictLook::forState(appearance(Basis::Stated, false), campaign->sides));
    const Style reported = styleOf(DistrictLook::forState(appearance(Basis::Reported, false), campaign->sides));
    const Style inferred = styleOf(DistrictLook::forState(appearance(Basis::Inferred, false), campaign->sides));
    EXPECT_EQ(reported.outline, Qt::DashDotLine);
    EXPECT_LT(tintOf(stated.fill, kOpposition), tintOf(reported.fill, kOpposition));
    EXPECT_LT(tintOf(reported.fill, kOpposition), tintOf(inferred.fill, kOpposition));

    // A disputed district keeps its side's fill and gets a haloed dashed outline.
    const DistrictLook plain = DistrictLook::forState(appearance(Basis::Reported, false), campaign->sides);
    const DistrictLook disputed = DistrictLook::forState(appearance(Basis::Reported, true), campaign->sides);
    EXPECT_TRUE(disputed.disputed());
    EXPECT_FALSE(plain.disputed());
    EXPECT_EQ(disputed.layers().first(), plain.layers().first()) << "the side stays visible";
    ASSERT_EQ(disputed.layers().size(), plain.layers().size() + 2);
    const LookLayer pen = disputed.layers().last();
    EXPECT_EQ(pen.kind, LookLayer::Kind::Stroke);
    EXPECT_EQ(pen.dash, Qt::DashLine);
    EXPECT_EQ(pen.color, QColor(0xCC, 0x79, 0xA7));
    EXPECT_GT(disputed.zValue(), plain.zValue());
    EXPECT_LE(disputed.reach(), MapScene::kWidestOutlinePx / 2);
}

TEST(DistrictLook, CompareModeOutlinesTheFormerSideAndMutesTheRest)
{
    const auto campaign = MapTest::aleppo();
    const ControlChange change;
    auto held = [&](const QString &control) {
        DistrictAppearance state;
        state.control = control;
        state.basis = Basis::Stated;
        state.change = &change;
        return state;
    };
    const DistrictAppearance gov = held(QStringLiteral("government"));
    const DistrictAppearance opp = held(QStringLiteral("opposition"));
    const DistrictLook changed = DistrictLook::forComparison(gov, opp, campaign->sides);
    EXPECT_TRUE(changed.compareChanged());
    EXPECT_EQ(changed.layers().first(), DistrictLook::forState(gov, campaign->sides).layers().first())
        << "the new side's fill";
    const LookLayer outline = changed.layers().last();
    EXPECT_EQ(outline.kind, LookLayer::Kind::Stroke);
    EXPECT_EQ(outline.color, Side::colorOf(campaign->sides, QStringLiteral("opposition")))
        << "the side that held it before";
    EXPECT_LE(changed.reach(), MapScene::kWidestOutlinePx / 2);

    const DistrictLook same = DistrictLook::forComparison(gov, gov, campaign->sides);
    EXPECT_TRUE(same.compareMuted());
    EXPECT_FALSE(same.compareChanged());
    const QColor mutedFill = same.layers().first().color;
    const QColor fullFill = DistrictLook::forState(gov, campaign->sides).layers().first().color;
    EXPECT_GT(mutedFill.lightness(), fullFill.lightness());
    EXPECT_LT(same.zValue(), changed.zValue());

    // Contested before: no single side held it, so the outline is a neutral dark grey.
    DistrictAppearance contested = held(kContested);
    contested.leading = QStringLiteral("government");
    const DistrictLook fromContested = DistrictLook::forComparison(gov, contested, campaign->sides);
    EXPECT_EQ(fromContested.layers().last().color.saturation(), 0);
}
