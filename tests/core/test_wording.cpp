// The words for control, bases and dates, and the side colours: written once
// in core, for every user (map, panels, exports, status bar).
#include "campaignloader.h"
#include "controltimeline.h"
#include "wording.h"

#include <gtest/gtest.h>

namespace {

std::shared_ptr<const Campaign> aleppo()
{
    static const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
    EXPECT_TRUE(r.ok());
    return r.campaign;
}

} // namespace

TEST(Wording, OneLabelPerBasis)
{
    EXPECT_EQ(Wording::basis(Basis::Stated), QStringLiteral("stated (article)"));
    EXPECT_EQ(Wording::basis(Basis::Inferred), QStringLiteral("inferred from the article"));
    EXPECT_EQ(Wording::basis(Basis::Approximate), QStringLiteral("approximate (reference geography, not the article)"));
    EXPECT_EQ(Wording::basis(QStringLiteral("inferred")), Wording::basis(Basis::Inferred)) << "the files' names";
    EXPECT_EQ(Wording::basis(QStringLiteral("nonsense")), Wording::basis(Basis::Approximate));
}

TEST(Wording, ControlOfTheAleppoDistricts)
{
    const auto c = aleppo();
    ASSERT_TRUE(c);
    const ControlTimeline t(c);
    const int handarat = c->districtIndex(QStringLiteral("handarat"));
    const int hanano = c->districtIndex(QStringLiteral("hanano"));
    const QString en = QStringLiteral("en");
    const QString zh = QStringLiteral("zh_TW");
    EXPECT_EQ(Wording::control(*c, t.appearanceAt(handarat, {2016, 9, 24}), en),
              QStringLiteral("contested, mostly held by %1").arg(c->side(QStringLiteral("opposition"))->name.en));
    EXPECT_EQ(Wording::control(*c, t.appearanceAt(handarat, {2016, 9, 23}), en), QStringLiteral("contested"));
    EXPECT_EQ(Wording::control(*c, t.appearanceAt(hanano, {2016, 11, 26}), en),
              c->side(QStringLiteral("government"))->name.en);
    EXPECT_EQ(Wording::control(*c, t.appearanceAt(hanano, {2016, 11, 26}), zh),
              c->side(QStringLiteral("government"))->name.zh)
        << "side names come from the campaign in the interface language";
    EXPECT_NE(c->side(QStringLiteral("government"))->name.zh, c->side(QStringLiteral("government"))->name.en);
    EXPECT_EQ(Wording::control(*c, t.appearanceAt(hanano, {2016, 9, 18}), en), QStringLiteral("no information"));
    EXPECT_EQ(Wording::sideName(*c, QStringLiteral("nobody"), en), QStringLiteral("nobody"));
}

TEST(Wording, OneDateFormatPerLanguage)
{
    EXPECT_EQ(Wording::date({2016, 9, 24}, QStringLiteral("en")), QStringLiteral("24 September 2016"));
    EXPECT_EQ(Wording::date({2016, 12, 7}, QStringLiteral("zh_TW")), QStringLiteral("2016年12月7日"));
    EXPECT_EQ(Wording::contentLanguage(QStringLiteral("zh_TW")), QStringLiteral("zh"));
    EXPECT_EQ(Wording::contentLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

TEST(Side, ColourOrOneNeutralGrey)
{
    const auto c = aleppo();
    ASSERT_TRUE(c);
    EXPECT_EQ(Side::colorOf(c->sides, QStringLiteral("government")), c->side(QStringLiteral("government"))->color);
    EXPECT_EQ(Side::colorOf(c->sides, kContested), Side::neutralColor());
    EXPECT_EQ(Side::colorOf(c->sides, QString()), Side::neutralColor());
    const QList<Side> colourless{Side{QStringLiteral("x"), {}, QColor()}};
    EXPECT_EQ(Side::colorOf(colourless, QStringLiteral("x")), Side::neutralColor());
    EXPECT_EQ(Side::neutralColor(), QColor(0xB0, 0xB0, 0xB0));
}

TEST(Wording, EventSummaryInTheInterfaceLanguage)
{
    const auto c = aleppo();
    ASSERT_TRUE(c);
    const CampaignEvent *e = c->event(QStringLiteral("offensive-announced"));
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(Wording::eventSummary(*e, QStringLiteral("en")), e->summary.en);
    // No Chinese summary in the package: the article's own (Chinese) sentence.
    ASSERT_TRUE(e->summary.zh.isEmpty());
    EXPECT_EQ(Wording::eventSummary(*e, QStringLiteral("zh_TW")), e->citation.quote);
    EXPECT_NE(e->citation.quote, e->summary.en);
    CampaignEvent translated = *e;
    translated.summary.zh = QStringLiteral("敘利亞軍方宣布恢復攻勢。");
    EXPECT_EQ(Wording::eventSummary(translated, QStringLiteral("zh_TW")), translated.summary.zh);
}
