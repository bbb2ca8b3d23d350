// The legend's entries for reports, disagreements and the land between
// districts: present when the map can show them, painted with the map's looks.
#include "districtitem.h"
#include "legend.h"
#include "legendwidget.h"
#include "maptestsupport.h"
#include "mapview.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <gtest/gtest.h>

namespace {

std::unique_ptr<MapScene> sceneWith(ControlTimeline::Sources sources)
{
    QString error;
    auto scene = MapScene::build(MapTest::aleppo(), std::make_shared<const ControlTimeline>(MapTest::aleppo(), sources),
                                 &error);
    EXPECT_NE(scene, nullptr) << error.toStdString();
    return scene;
}

const Legend::Entry *findEntry(const QList<Legend::Entry> &entries, const QString &text)
{
    for (const Legend::Entry &e : entries) {
        if (e.section.isEmpty() && e.text.contains(text))
            return &e;
    }
    return nullptr;
}

QImage paintLegend(const Legend &legend)
{
    QFont font;
    font.setPixelSize(14);
    const QSize size = legend.size(font).toSize() + QSize(2, 2);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    legend.paint(&painter, QPointF(0.5, 0.5), font);
    return image;
}

int pixelsNear(const QImage &image, const QColor &color, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) <= tolerance && qAbs(c.green() - color.green()) <= tolerance
                && qAbs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST(Legend, WithReportsExplainsTheReportedBasisAndDisagreement)
{
    const auto scene = sceneWith(ControlTimeline::Sources::WithReports);
    Legend legend;
    legend.setScene(*scene);
    EXPECT_TRUE(legend.showReports());
    EXPECT_TRUE(legend.showLand()) << "the Aleppo map has a base map with land between the districts";
    const QList<Legend::Entry> entries = legend.entries();

    const Legend::Entry *reported = findEntry(entries, QStringLiteral("Reported, not in the article"));
    ASSERT_NE(reported, nullptr);
    EXPECT_EQ(reported->look.basis(), Basis::Reported);
    EXPECT_FALSE(reported->look.disputed());

    const Legend::Entry *disputed = findEntry(entries, QStringLiteral("Sources disagree"));
    ASSERT_NE(disputed, nullptr);
    EXPECT_TRUE(disputed->look.disputed());
    // The swatch is the map's own look of a disputed district.
    DistrictAppearance a;
    a.control = QStringLiteral("neutral");
    a.basis = Basis::Reported;
    a.disputed = true;
    const ControlChange any;
    a.change = &any;
    const QList<Side> neutral{{QStringLiteral("neutral"), {}, QColor(0x70, 0x70, 0x70)}};
    EXPECT_EQ(disputed->look, DistrictLook::forState(a, neutral));

    const Legend::Entry *land = findEntry(entries, QStringLiteral("Land in no district"));
    ASSERT_NE(land, nullptr);
    EXPECT_TRUE(land->text.contains(QStringLiteral("boundaries approximate")));
    EXPECT_EQ(land->fill, Legend::landFill());
    EXPECT_EQ(land->outline, Legend::landOutline());
}

TEST(Legend, ArticleOnlyHasNoReportEntries)
{
    const auto scene = sceneWith(ControlTimeline::Sources::ArticleOnly);
    Legend legend;
    legend.setScene(*scene);
    EXPECT_FALSE(legend.showReports());
    const QList<Legend::Entry> entries = legend.entries();
    EXPECT_EQ(findEntry(entries, QStringLiteral("Reported")), nullptr);
    EXPECT_EQ(findEntry(entries, QStringLiteral("Sources disagree")), nullptr);
    EXPECT_NE(findEntry(entries, QStringLiteral("Stated in the article")), nullptr);
    for (const Legend::Entry &e : entries)
        EXPECT_FALSE(e.look.disputed());
}

// The swatches are painted: the disagreement's reddish purple and the land's
// grey appear in the picture only with their entries.
TEST(Legend, PaintsTheDisagreementOutlineAndTheLand)
{
    Legend plain;
    plain.setSides(MapTest::aleppo()->sides);
    Legend full = plain;
    full.setShowReports(true);
    full.setShowLand(true);
    const QImage without = paintLegend(plain);
    const QImage with = paintLegend(full);
    EXPECT_GT(with.height(), without.height());

    const QColor purple(0xCC, 0x79, 0xA7);
    EXPECT_EQ(pixelsNear(without, purple, 12), 0);
    EXPECT_GT(pixelsNear(with, purple, 12), 10);
    EXPECT_EQ(pixelsNear(without, Legend::landFill(), 0), 0);
    EXPECT_GT(pixelsNear(with, Legend::landFill(), 0), 50);
}

// The view's legend follows the timeline it is given.
TEST(Legend, MapViewLegendFollowsTheSources)
{
    MapView view;
    view.resize(1200, 800);
    auto *widget = view.findChild<LegendWidget *>();
    ASSERT_NE(widget, nullptr);
    const auto campaign = MapTest::aleppo();
    ASSERT_TRUE(view.setCampaign(campaign, std::make_shared<const ControlTimeline>(campaign)));
    EXPECT_TRUE(widget->legend().showReports());
    EXPECT_TRUE(widget->accessibleDescription().contains(QStringLiteral("Sources disagree")));
    ASSERT_TRUE(
        view.setCampaign(campaign,
                         std::make_shared<const ControlTimeline>(campaign, ControlTimeline::Sources::ArticleOnly)));
    EXPECT_FALSE(widget->legend().showReports());
    EXPECT_FALSE(widget->accessibleDescription().contains(QStringLiteral("Sources disagree")));
}

TEST(Legend, CompareModeExplainsChangedAndUnchangedDistricts)
{
    const auto scene = sceneWith(ControlTimeline::Sources::WithReports);
    scene->setDate(QDate(2016, 11, 28));
    Legend legend;
    legend.setScene(*scene);
    EXPECT_FALSE(legend.showCompare());
    EXPECT_NE(findEntry(legend.entries(), QStringLiteral("Control changed on this day")), nullptr);

    scene->setCompareDate(QDate(2016, 11, 25));
    legend.setScene(*scene);
    EXPECT_TRUE(legend.showCompare());
    const QList<Legend::Entry> entries = legend.entries();
    EXPECT_EQ(findEntry(entries, QStringLiteral("Control changed on this day")), nullptr)
        << "compare mode draws no 'changed today' outline";
    const Legend::Entry *changed = findEntry(entries, QStringLiteral("Changed: new side's fill"));
    ASSERT_NE(changed, nullptr);
    EXPECT_TRUE(changed->look.compareChanged());
    const Legend::Entry *unchanged = findEntry(entries, QStringLiteral("Unchanged between the two dates"));
    ASSERT_NE(unchanged, nullptr);
    EXPECT_TRUE(unchanged->look.compareMuted());
    // And the map agrees: Hanano changed between the dates, Sheikh Maqsoud did not.
    EXPECT_TRUE(scene->districtItem(QStringLiteral("hanano"))->look().compareChanged());
    EXPECT_TRUE(scene->districtItem(QStringLiteral("sheikh-maqsoud"))->look().compareMuted());
}
