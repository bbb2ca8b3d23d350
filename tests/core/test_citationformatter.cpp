// Citations of the shipped Aleppo campaign, word for word, in both styles.
#include "campaignloader.h"
#include "citationformatter.h"
#include "controltimeline.h"
#include "testpackage.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

std::shared_ptr<const Campaign> aleppo()
{
    static const std::shared_ptr<const Campaign> campaign = [] {
        const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
        EXPECT_TRUE(r.ok()) << r.errorString().toStdString();
        return r.campaign;
    }();
    return campaign;
}

const QString kUrl = QStringLiteral("https://zh.wikipedia.org/wiki/阿勒頗攻勢_(2016年9月－12月)");
const QString kHananoSource = QStringLiteral("Source: paragraph 14, footnote [32]: "
                                             "\u201C11月26日，政府軍收復阿勒頗東部的哈納諾（Hanano）區。\u201D ");
const QString kChicagoArticle = QStringLiteral(
                                    "\u201C阿勒頗攻勢 (2016年9月－12月),\u201D Chinese Wikipedia, revision not "
                                    "recorded, accessed November 25, 2026, ")
                                + kUrl + QStringLiteral(".");
const QString kApaArticle = QStringLiteral("阿勒頗攻勢 (2016年9月－12月). (n.d.). In Chinese Wikipedia (revision not "
                                           "recorded). Retrieved November 25, 2026, from ")
                            + kUrl;

const ControlChange *changeOf(const Campaign &c, const QString &district, QDate date)
{
    for (const ControlChange &change : c.changes) {
        if (change.district == district && change.date == date && !change.isReported())
            return &change;
    }
    return nullptr;
}

} // namespace

TEST(CitationFormatter, HananoOn27NovemberCitesTheArticleSentenceInBothStyles)
{
    const auto campaign = aleppo();
    ASSERT_NE(campaign, nullptr);
    const QString shown = QStringLiteral(
        "Hanano (哈納諾), at the end of November 27, 2016: Syrian government and allies; "
        "stated (article). ");
    for (const auto sources : {ControlTimeline::Sources::ArticleOnly, ControlTimeline::Sources::WithReports}) {
        const ControlTimeline timeline(campaign, sources);
        const CitationFormatter chicago(*campaign, CitationFormatter::Style::Chicago);
        const CitationFormatter apa(*campaign, CitationFormatter::Style::Apa);
        const QDate day(2016, 11, 27);
        EXPECT_EQ(chicago.districtState(timeline, QStringLiteral("hanano"), day).plain,
                  shown + kHananoSource + kChicagoArticle);
        const CitationFormatter::Text a = apa.districtState(timeline, QStringLiteral("hanano"), day);
        EXPECT_EQ(a.plain, shown + kHananoSource + kApaArticle);
        // The rich form: the same words, the wiki's name in italics (APA) and the URL as a link.
        EXPECT_TRUE(a.html.endsWith(QStringLiteral("In <i>Chinese Wikipedia</i> (revision not recorded). Retrieved "
                                                   "November 25, 2026, from <a href=\"%1\">%1</a>")
                                        .arg(kUrl)))
            << a.html.toStdString();
        EXPECT_TRUE(a.html.startsWith(QStringLiteral("Hanano (哈納諾), at the end of November 27, 2016:")));
    }
}

TEST(CitationFormatter, AnEventCitesItsDayItsSummaryAndItsSentence)
{
    const auto campaign = aleppo();
    const CampaignEvent *event = campaign->event(QStringLiteral("hanano-recaptured"));
    ASSERT_NE(event, nullptr);
    const QString head = QStringLiteral("Event of November 26, 2016: Government forces recaptured the Hanano district "
                                        "of eastern Aleppo. ");
    EXPECT_EQ(CitationFormatter(*campaign, CitationFormatter::Style::Chicago).event(*event).plain,
              head + kHananoSource + kChicagoArticle);
    EXPECT_EQ(CitationFormatter(*campaign, CitationFormatter::Style::Apa).event(*event).plain,
              head + kHananoSource + kApaArticle);
}

TEST(CitationFormatter, AHistoryRowCitesTheStateFromItsDay)
{
    const auto campaign = aleppo();
    const ControlChange *change = changeOf(*campaign, QStringLiteral("ard-al-hamra"), QDate(2016, 11, 27));
    ASSERT_NE(change, nullptr);
    const CitationFormatter::Text t = CitationFormatter(*campaign, CitationFormatter::Style::Chicago).change(*change);
    EXPECT_TRUE(t.plain.contains(QStringLiteral(", from the end of November 27, 2016: Syrian government and allies; "
                                                "stated (article). Source: paragraph 14, footnotes [33][34]: "
                                                "\u201C11月27日，Ard Al-Hamra區")))
        << t.plain.toStdString();
    EXPECT_TRUE(t.plain.endsWith(kChicagoArticle));
}

TEST(CitationFormatter, AStateKnownOnlyFromAReportCitesTheReport)
{
    const auto campaign = aleppo();
    const ControlTimeline timeline(campaign, ControlTimeline::Sources::WithReports);
    const QDate day(2016, 11, 25);
    const DistrictAppearance a = timeline.appearanceAt(campaign->districtIndex(QStringLiteral("hanano")), day);
    ASSERT_TRUE(a.isKnown());
    ASSERT_TRUE(a.change->isReported());
    const Report &report = campaign->reports.at(a.change->report);
    const QString shown = QStringLiteral("Hanano (哈納諾), at the end of November 25, 2016: contested, mostly held by "
                                         "Syrian government and allies; reported, not in the article. Source: a "
                                         "report, not the article, by ");
    const CitationFormatter::Text chicago = CitationFormatter(*campaign, CitationFormatter::Style::Chicago)
                                                .districtState(timeline, QStringLiteral("hanano"), day);
    EXPECT_TRUE(chicago.plain.startsWith(shown)) << chicago.plain.toStdString();
    EXPECT_TRUE(chicago.plain.endsWith(QStringLiteral(" Sputnik Brasil, November 25, 2016, %1.").arg(report.url)))
        << chicago.plain.toStdString();
    EXPECT_FALSE(chicago.plain.contains(QStringLiteral("Wikipedia")));
    EXPECT_TRUE(chicago.html.contains(QStringLiteral("<i>Sputnik Brasil</i>, November 25, 2016, <a href=")));

    const CitationFormatter::Text apa = CitationFormatter(*campaign, CitationFormatter::Style::Apa)
                                            .districtState(timeline, QStringLiteral("hanano"), day);
    EXPECT_TRUE(apa.plain.endsWith(QStringLiteral(" Sputnik Brasil. (2016, November 25). %1").arg(report.url)))
        << apa.plain.toStdString();

    // Article only, the same day is the article's: opposition, inferred from paragraph 14.
    const ControlTimeline articleOnly(campaign, ControlTimeline::Sources::ArticleOnly);
    const QString t = CitationFormatter(*campaign, CitationFormatter::Style::Chicago)
                          .districtState(articleOnly, QStringLiteral("hanano"), day)
                          .plain;
    EXPECT_TRUE(t.startsWith(QStringLiteral("Hanano (哈納諾), at the end of November 25, 2016: Opposition (rebel) "
                                            "forces; inferred from the article. Source: paragraph 14, footnote [32]")))
        << t.toStdString();
}

TEST(CitationFormatter, ARecordedRevisionIsNamedAndLinkedExactly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString package = copyEmbeddedPackage(dir);
    replaceInFile(package + QStringLiteral("/campaign.json"), QStringLiteral("\"retrieved\": \"2026-11-25\","),
                  QStringLiteral("\"retrieved\": \"2024-03-02\", \"revision\": 81234567,"));
    const CampaignLoadResult r = CampaignLoader::load(package);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    const ControlTimeline timeline(r.campaign);
    const QString t = CitationFormatter(*r.campaign, CitationFormatter::Style::Chicago)
                          .districtState(timeline, QStringLiteral("hanano"), QDate(2016, 11, 27))
                          .plain;
    EXPECT_TRUE(t.endsWith(QStringLiteral("Chinese Wikipedia, revision 81234567, accessed March 2, 2024, "
                                          "https://zh.wikipedia.org/w/index.php?oldid=81234567.")))
        << t.toStdString();
}

TEST(CitationFormatter, ABadRevisionInTheManifestIsRefusedAtItsPosition)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString package = copyEmbeddedPackage(dir);
    const QString manifest = package + QStringLiteral("/campaign.json");
    const QString marker = QStringLiteral("\"retrieved\": \"2026-11-25\",");
    replaceInFile(manifest, marker, QStringLiteral("\"revision\": \"latest\","));
    const QString text = QString::fromUtf8(readFile(manifest));
    const qsizetype valueAt = text.indexOf(QStringLiteral("\"latest\""));
    const QString before = text.left(valueAt);
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const int column = int(valueAt - before.lastIndexOf(QLatin1Char('\n')));
    const CampaignLoadResult r = CampaignLoader::load(package);
    EXPECT_EQ(r.campaign, nullptr);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().toString(),
              QStringLiteral("%1:%2:%3: \"revision\" must be the revision's id on the wiki, a whole number from 1 (the "
                             "oldid of its permanent link)")
                  .arg(manifest)
                  .arg(line)
                  .arg(column));

    replaceInFile(manifest, QStringLiteral("\"revision\": \"latest\","),
                  QStringLiteral("\"retrieved\": \"26-11-2026\","));
    const CampaignLoadResult dated = CampaignLoader::load(package);
    ASSERT_EQ(dated.problems.size(), 1);
    EXPECT_TRUE(dated.problems.first().toString().endsWith(
        QStringLiteral("\"retrieved\" must be a date YYYY-MM-DD, not \"26-11-2026\"")));
}

TEST(CitationFormatter, ADisputedStateSaysSourcesDisagreeAndWhyTheMapShowsThisOne)
{
    const auto campaign = aleppo();
    const ControlTimeline timeline(campaign, ControlTimeline::Sources::WithReports);
    const QString t = CitationFormatter(*campaign, CitationFormatter::Style::Chicago)
                          .districtState(timeline, QStringLiteral("housing-1070"), QDate(2016, 11, 27))
                          .plain;
    EXPECT_TRUE(t.contains(QStringLiteral("; stated (article). Sources disagree: The map follows the article: its own "
                                          "statements take precedence over reports. Source: paragraph ")))
        << t.toStdString();
    // Article only there is nothing to disagree with.
    const ControlTimeline articleOnly(campaign, ControlTimeline::Sources::ArticleOnly);
    EXPECT_FALSE(CitationFormatter(*campaign, CitationFormatter::Style::Chicago)
                     .districtState(articleOnly, QStringLiteral("housing-1070"), QDate(2016, 11, 27))
                     .plain.contains(QStringLiteral("Sources disagree")));
}
