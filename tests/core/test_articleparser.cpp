#include "articleparser.h"
#include "campaignloader.h"
#include "filereader.h"
#include "testpackage.h"

#include <QFile>
#include <gtest/gtest.h>

namespace {

const Article &realArticle()
{
    static const ArticleParseResult result = [] {
        const QString path = CampaignLoader::embeddedPath() + QStringLiteral("/article.md");
        const FileReadResult file = FileReader::readText(path, path, CampaignLoader::kMaxArticleBytes);
        EXPECT_TRUE(file.ok());
        return ArticleParser::parse(file.text, path, 2016);
    }();
    EXPECT_TRUE(result.ok()) << result.problems.value(0).toString().toStdString();
    return result.article;
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST(ArticleParser, FindsTheSevenSectionsInOrder)
{
    const Article &a = realArticle();
    QStringList headings;
    for (const Section &sec : a.sections)
        headings.append(sec.heading);
    EXPECT_EQ(headings, (QStringList{s("事前準備"), s("攻勢"), s("暫時停火"), s("戰鬥恢復"), s("反對派敗退"),
                                     s("反對派撤出"), s("參考文獻")}));
}

TEST(ArticleParser, SplitsSeventeenBodyParagraphsWithSections)
{
    const Article &a = realArticle();
    ASSERT_EQ(a.paragraphs.size(), 17);
    EXPECT_TRUE(a.paragraphs.first().text.startsWith(s("2016年9月的阿勒頗攻勢是2016年6月開始的攻勢的延續")));
    EXPECT_EQ(a.paragraphs.first().section, -1);
    EXPECT_EQ(a.sections.at(a.paragraph(3)->section).heading, s("攻勢"));
    EXPECT_EQ(a.sections.at(a.paragraph(11)->section).heading, s("暫時停火"));
    EXPECT_EQ(a.sections.at(a.paragraph(17)->section).heading, s("反對派撤出"));
    EXPECT_TRUE(a.paragraph(17)->text.endsWith(s("政府軍宣佈完全收復阿勒頗。")));
    // No markup survives in the plain text.
    for (const Paragraph &p : a.paragraphs) {
        EXPECT_FALSE(p.text.contains(QLatin1String("**"))) << p.number;
        EXPECT_FALSE(p.text.contains(QLatin1String("\\["))) << p.number;
        EXPECT_FALSE(p.text.contains(QLatin1String("](")));
    }
}

TEST(ArticleParser, ParsesAllFortyTwoReferencesAndKeepsEmptyOnesEmpty)
{
    const Article &a = realArticle();
    ASSERT_EQ(a.references.size(), 42);
    QList<int> withText;
    for (int i = 0; i < a.references.size(); ++i) {
        EXPECT_EQ(a.references.at(i).number, i + 1);
        if (!a.references.at(i).isEmpty())
            withText.append(a.references.at(i).number);
    }
    EXPECT_EQ(withText, (QList<int>{3, 4, 9, 14, 18, 22, 23, 36, 37, 38, 39}));
    EXPECT_TRUE(a.reference(1)->title.isEmpty());
    EXPECT_TRUE(a.reference(1)->url.isEmpty());
}

TEST(ArticleParser, ReferenceTitlesJoinWrappedLinesAndKeepUrls)
{
    const Article &a = realArticle();
    EXPECT_EQ(a.reference(3)->title, s("叙利亚军方宣布恢复阿勒颇攻势"));
    EXPECT_EQ(a.reference(3)->url, s("http://www.chinanews.com/gj/2016/09-23/8013036.shtml"));
    EXPECT_TRUE(a.reference(3)->text.endsWith(s("中新網，2016-09-23")));
    EXPECT_EQ(a.reference(4)->title,
              s("27 casualties in massacres carried out by Russian warplanes and helicopters in Aleppo city"));
    EXPECT_EQ(a.reference(4)->url, s("http://www.syriahr.com/en/?p=51049"));
    EXPECT_EQ(a.reference(14)->title, s("Liwaa Al-Quds, Syrian Army storm Handarat Camp in northern Aleppo"));
    EXPECT_EQ(a.reference(42)->text, QString());
}

TEST(ArticleParser, EveryFootnoteOneToFortyTwoAppearsOnceInOrder)
{
    const Article &a = realArticle();
    QList<int> seen;
    for (const Paragraph &p : a.paragraphs) {
        for (const FootnoteMarker &m : p.markers)
            seen.append(m.ref);
    }
    QList<int> expected;
    for (int i = 1; i <= 42; ++i)
        expected.append(i);
    EXPECT_EQ(seen, expected);
}

TEST(ArticleParser, MarkersSitAfterTheSentenceTheyCite)
{
    const Article &a = realArticle();
    const Paragraph *p4 = a.paragraph(4);
    ASSERT_EQ(p4->markers.size(), 3);
    const QString firstSentence = s("9月23日，敘軍在阿勒頗市南郊發起地面攻勢。");
    EXPECT_EQ(p4->markers.at(0).ref, 4);
    EXPECT_EQ(p4->markers.at(0).offset, firstSentence.size());
    EXPECT_EQ(p4->markers.at(1).offset, firstSentence.size());
    EXPECT_EQ(p4->refsBetween(0, int(firstSentence.size())), (QList<int>{4, 5}));
    EXPECT_EQ(p4->markers.at(2).offset, p4->text.size());
}

TEST(ArticleParser, WikiLinksKeepTheirTextAndTarget)
{
    const Article &a = realArticle();
    const Paragraph *p2 = a.paragraph(2);
    ASSERT_GE(p2->links.size(), 2);
    EXPECT_EQ(p2->links.at(0).text, s("俄羅斯協調的停火屆滿後"));
    EXPECT_EQ(p2->links.at(0).url, s("https://zh.wikipedia.org/wiki/俄羅斯"));
    EXPECT_EQ(p2->links.at(0).title, QStringLiteral("wikilink"));
    EXPECT_EQ(p2->text.mid(p2->links.at(0).offset, p2->links.at(0).length), p2->links.at(0).text);
    // Escaped parentheses inside a link target are unescaped.
    const Paragraph *p1 = a.paragraph(1);
    ASSERT_EQ(p1->links.size(), 1);
    EXPECT_EQ(p1->links.at(0).url, s("../Page/阿勒頗攻勢_(2016年6月－9月).md"));
}

TEST(ArticleParser, WrappedLatinNamesJoinWithASpace)
{
    const Article &a = realArticle();
    EXPECT_TRUE(a.paragraph(4)->text.contains(s("（Handarat Camp）")));
    EXPECT_TRUE(a.paragraph(5)->text.contains(s("Sheikh Sa'id區")));
    EXPECT_TRUE(a.paragraph(14)->text.contains(s("賈巴爾巴德羅（Jabal Badro）區")));
}

TEST(ArticleParser, ImagesAndCategoriesAreNotParagraphs)
{
    const Article &a = realArticle();
    ASSERT_EQ(a.images.size(), 2);
    EXPECT_EQ(a.images.at(0).file, s("AleppoBattle_22Sept_15Oct2016_changes.svg"));
    EXPECT_EQ(a.sections.at(a.images.at(1).section).heading, s("戰鬥恢復"));
    EXPECT_EQ(a.categories, (QStringList{s("2016年叙利亚内战战役"), s("阿勒颇省军事史"), s("阿勒颇历史")}));
    // The paragraph that follows an image line starts with its own text.
    EXPECT_TRUE(a.paragraph(11)->text.startsWith(s("10月17日，俄羅斯宣佈")));
}

TEST(ArticleParser, RecognisesDatesWithTheYearFromContext)
{
    const Article &a = realArticle();
    const Paragraph *p3 = a.paragraph(3);
    ASSERT_EQ(p3->dates.size(), 1);
    EXPECT_EQ(p3->dates.at(0).start, QDate(2016, 9, 22));
    const Paragraph *p14 = a.paragraph(14);
    ASSERT_EQ(p14->dates.size(), 2);
    EXPECT_EQ(p14->dates.at(0).start, QDate(2016, 11, 26));
    EXPECT_EQ(p14->dates.at(1).start, QDate(2016, 11, 27));
    EXPECT_EQ(p14->text.mid(p14->dates.at(1).offset, p14->dates.at(1).length), s("11月27日"));
}

TEST(ArticleParser, RecognisesDateRangesAndPairs)
{
    const Article &a = realArticle();
    const Paragraph *p8 = a.paragraph(8);
    ASSERT_EQ(p8->dates.size(), 2);
    EXPECT_EQ(p8->dates.at(0).start, QDate(2016, 9, 19));
    EXPECT_EQ(p8->dates.at(0).end, QDate(2016, 9, 27));
    EXPECT_EQ(p8->text.mid(p8->dates.at(0).offset, p8->dates.at(0).length), s("9月19日至27日"));
    EXPECT_EQ(p8->dates.at(1).start, QDate(2016, 9, 29));
    const Paragraph *p10 = a.paragraph(10);
    ASSERT_EQ(p10->dates.size(), 2);
    EXPECT_EQ(p10->dates.at(1).start, QDate(2016, 9, 19));
    EXPECT_EQ(p10->dates.at(1).end, QDate(2016, 10, 10));
    const Paragraph *p6 = a.paragraph(6);
    ASSERT_EQ(p6->dates.size(), 2);
    EXPECT_EQ(p6->dates.at(0).start, QDate(2016, 9, 23));
    EXPECT_EQ(p6->dates.at(1).start, QDate(2016, 9, 24));
}

TEST(ArticleParser, DateYearContextAndImpossibleDates)
{
    int year = 2016;
    QList<DateMention> d = ArticleParser::findDates(s("2017年3月1日，然後4月2日；2月30日不是日期"), &year);
    ASSERT_EQ(d.size(), 2);
    EXPECT_EQ(d.at(0).start, QDate(2017, 3, 1));
    EXPECT_EQ(d.at(1).start, QDate(2017, 4, 2));
    EXPECT_EQ(year, 2017);
    year = 2016;
    d = ArticleParser::findDates(s("12月30日至1月2日"), &year);
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d.at(0).start, QDate(2016, 12, 30));
    EXPECT_EQ(d.at(0).end, QDate(2017, 1, 2));
}

TEST(ArticleParser, ReportsFootnotesWithoutReferenceAndBrokenNumbering)
{
    const QString md = s("第一段。\\[1\\]\\[7\\]\n\n## 參考文獻\n\n1.  [A](http://a.example/)\n3.\n");
    const ArticleParseResult r = ArticleParser::parse(md, QStringLiteral("a.md"), 2016);
    ASSERT_EQ(r.problems.size(), 2);
    EXPECT_EQ(r.problems.at(0).toString(), QStringLiteral("a.md:6:1: reference 3 is out of sequence (expected 2)"));
    EXPECT_EQ(r.problems.at(1).toString(),
              QStringLiteral("a.md:1:1: footnote [7] in paragraph 1 has no entry in the reference list"));
}

TEST(ArticleParser, ShippedArticleIsTheSeedUnmodified)
{
    const QString seed = QStringLiteral(ATLAS_SHARED_DIR "/seeds/000_154b799e2dd98e56.txt");
    QFile seedFile(seed);
    if (!seedFile.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "reference seed not present at " << seed.toStdString() << " (only in the project workspace)";
    QFile shipped(CampaignLoader::embeddedPath() + QStringLiteral("/article.md"));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    EXPECT_EQ(shipped.readAll(), seedFile.readAll());
}

// Found by fuzz_article: offsets recorded before trimming pointed past the text.
TEST(ArticleParser, OffsetsSurviveSurroundingWhiteSpace)
{
    const QString md = s("  \\[1\\]甲 [連結](https://x.example/ \"t\")  \\[2\\]  \n\n## 參考文獻\n\n1.\n2.\n");
    const ArticleParseResult r = ArticleParser::parse(md, QStringLiteral("ws.md"), 2016);
    ASSERT_TRUE(r.ok());
    const Paragraph &p = r.article.paragraphs.first();
    EXPECT_EQ(p.text, s("甲 連結"));
    ASSERT_EQ(p.markers.size(), 2);
    EXPECT_EQ(p.markers.at(0).offset, 0);
    EXPECT_EQ(p.markers.at(1).offset, p.text.size());
    ASSERT_EQ(p.links.size(), 1);
    EXPECT_EQ(p.text.mid(p.links.at(0).offset, p.links.at(0).length), s("連結"));
}
