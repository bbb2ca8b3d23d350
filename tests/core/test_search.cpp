#include "campaignloader.h"
#include "eventfilterproxymodel.h"
#include "eventlistmodel.h"
#include "searchresultmodel.h"
#include "searchtext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace {

std::shared_ptr<const Campaign> aleppo()
{
    static const auto campaign = CampaignLoader::load(CampaignLoader::embeddedPath()).campaign;
    return campaign;
}

using Kind = SearchResultModel::ResultKind;

/// The ids of the rows of @p kind, in order.
QStringList idsOf(const SearchResultModel &model, Kind kind)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        if (i.data(SearchResultModel::KindRole).toInt() == int(kind))
            out.append(i.data(SearchResultModel::IdRole).toString());
    }
    return out;
}

QString firstDistrict(SearchResultModel &model, const QString &query)
{
    model.setQuery(query);
    const QStringList ids = idsOf(model, Kind::District);
    return ids.isEmpty() ? QString() : ids.first();
}

} // namespace

TEST(SearchText, FoldsCaseAccentsMarksAndApostrophes)
{
    EXPECT_EQ(SearchText::fold(QStringLiteral("Ḥanano")), QStringLiteral("hanano"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("al-Sha'ar")), QStringLiteral("al shaar"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Shaʿar")), QStringLiteral("shaar"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("  ÉL  Şakhour! ")), QStringLiteral("el sakhour"));
    // The hamza on the alef and the vowel signs go; taa marbuta reads as haa.
    EXPECT_EQ(SearchText::fold(QStringLiteral("أَرْض")), QStringLiteral("ارض"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("الحيدرية")), SearchText::fold(QStringLiteral("الحيدريه")));
    EXPECT_EQ(SearchText::fold(QStringLiteral("哈納諾，")), QStringLiteral("哈納諾"));
}

TEST(SearchText, TermsLeaveDefiniteArticlesOut)
{
    const QStringList sakhour{QStringLiteral("sakhour")};
    EXPECT_EQ(SearchText::terms(QStringLiteral("al-Sakhour")), sakhour);
    EXPECT_EQ(SearchText::terms(QStringLiteral("El-sakhour")), sakhour);
    EXPECT_EQ(SearchText::terms(QStringLiteral("Al Sakhour")), sakhour);
    EXPECT_EQ(SearchText::terms(QStringLiteral("as-Sakhour")), sakhour);
    EXPECT_EQ(SearchText::terms(QStringLiteral("the old-city")),
              (QStringList{QStringLiteral("old"), QStringLiteral("city")}));
    EXPECT_EQ(SearchText::terms(QStringLiteral("الصاخور")), (QStringList{QStringLiteral("صاخور")}));
    // Nothing but an article: searched for as typed.
    EXPECT_EQ(SearchText::terms(QStringLiteral("al")), (QStringList{QStringLiteral("al")}));
    EXPECT_TRUE(SearchText::terms(QStringLiteral("  - ")).isEmpty());
}

TEST(SearchText, MatchesMapBackToTheOriginalText)
{
    const SearchText text(QStringLiteral("Ard al-Ḥamra, 'Ayn al-Tal"));
    SearchText::Match m = text.find(SearchText::terms(QStringLiteral("HAMRA")));
    ASSERT_TRUE(m.isValid());
    EXPECT_EQ(text.original().mid(m.offset, m.length), QStringLiteral("Ḥamra"));
    // Every word must occur; the earliest one is the match.
    m = text.find(SearchText::terms(QStringLiteral("tal ard")));
    ASSERT_TRUE(m.isValid());
    EXPECT_EQ(text.original().mid(m.offset, m.length), QStringLiteral("Ard"));
    EXPECT_FALSE(text.find(SearchText::terms(QStringLiteral("ard hanano"))).isValid());
    EXPECT_FALSE(text.find({}).isValid());
}

TEST(SearchResultModel, FindsDistrictsByAnyOfTheirNamesWithOrWithoutTheArticle)
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCampaign(aleppo());
    const QString sakhour = QStringLiteral("sakhour");
    for (const QString &query :
         {QStringLiteral("al-Sakhour"), QStringLiteral("Sakhour"), QStringLiteral("SAKHOUR"),
          QStringLiteral("el-sakhour"), QStringLiteral("Al Sakhour"), QStringLiteral("Ṣakhour"),
          QStringLiteral("薩胡爾"), QStringLiteral("الصاخور"), QStringLiteral("صاخور"), QStringLiteral("الصَّاخُور")})
        EXPECT_EQ(firstDistrict(model, query), sakhour) << query.toStdString();
    EXPECT_EQ(firstDistrict(model, QStringLiteral("haydariyeh")), QStringLiteral("haydariyeh"));
    EXPECT_EQ(firstDistrict(model, QStringLiteral("El Haydariyeh")), QStringLiteral("haydariyeh"));
    EXPECT_EQ(firstDistrict(model, QStringLiteral("ayn tal")), QStringLiteral("ayn-al-tal"));
    EXPECT_EQ(firstDistrict(model, QStringLiteral("Ayn el-Tal")), QStringLiteral("ayn-al-tal"));
    EXPECT_EQ(firstDistrict(model, QStringLiteral("sha'ar")), QStringLiteral("shaar"));
    EXPECT_EQ(firstDistrict(model, QStringLiteral("漢達拉特")), QStringLiteral("handarat"));
    // The id spells Sheikh Khodr another way.
    EXPECT_EQ(firstDistrict(model, QStringLiteral("sheikh kheder")), QStringLiteral("sheikh-kheder"));
    // Found by its Arabic name, the row shows it; by an English one, it does not repeat it.
    model.setQuery(QStringLiteral("هنانو"));
    ASSERT_GE(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(SearchResultModel::SnippetRole).toString(), QStringLiteral("هنانو"));
    model.setQuery(QStringLiteral("hanano"));
    EXPECT_TRUE(model.index(0, 0).data(SearchResultModel::SnippetRole).toString().isEmpty());
    EXPECT_TRUE(model.index(0, 0).data(Qt::DisplayRole).toString().contains(QStringLiteral("Hanano (哈納諾)")));
}

TEST(SearchResultModel, SearchesTheCampaignItHoldsNowWhicheverCameFirst)
{
    SearchResultModel model;
    // The query before any campaign: nothing yet, then the campaign's matches.
    model.setQuery(QStringLiteral("qwertyville"));
    EXPECT_EQ(model.rowCount(), 0);
    auto renamed = std::make_shared<Campaign>(*aleppo());
    ASSERT_FALSE(renamed->districts.isEmpty());
    renamed->districts.first().name.en = QStringLiteral("Qwertyville");
    model.setCampaign(renamed);
    EXPECT_EQ(idsOf(model, Kind::District), QStringList{renamed->districts.first().id});
    // Another campaign: the texts of the one before are not searched any more.
    model.setCampaign(aleppo());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(firstDistrict(model, QStringLiteral("sakhour")), QStringLiteral("sakhour"));
    model.setCampaign(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SearchResultModel, NamesThatStartWithTheQueryComeFirst)
{
    SearchResultModel model;
    model.setCampaign(aleppo());
    model.setQuery(QStringLiteral("sheikh"));
    const QStringList districts = idsOf(model, Kind::District);
    // Every district with "Sheikh" in a name, the one where it comes second last.
    QStringList expected;
    for (const District &d : aleppo()->districts) {
        if (d.name.en.contains(QStringLiteral("Sheikh")))
            expected.append(d.id);
    }
    ASSERT_EQ(districts.size(), expected.size());
    EXPECT_EQ(districts.last(), QStringLiteral("hellok")) << "al-Hellok and Sheikh Fares";
    // Districts, then events, then paragraphs.
    int previous = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        const int kind = model.index(r, 0).data(SearchResultModel::KindRole).toInt();
        EXPECT_LE(previous, kind);
        previous = kind;
    }
}

TEST(SearchResultModel, FindsEventsByWordsInEitherLanguage)
{
    SearchResultModel model;
    model.setCampaign(aleppo());
    const auto eventsWhere = [](const std::function<bool(const CampaignEvent &)> &pass) {
        QStringList ids;
        for (const CampaignEvent &e : aleppo()->events) {
            if (pass(e))
                ids.append(e.id);
        }
        return ids;
    };
    model.setQuery(QStringLiteral("handarat CAMP"));
    const QStringList english = eventsWhere([](const CampaignEvent &e) {
        return e.summary.en.contains(QStringLiteral("Handarat"), Qt::CaseInsensitive)
               && e.summary.en.contains(QStringLiteral("camp"), Qt::CaseInsensitive);
    });
    ASSERT_FALSE(english.isEmpty());
    EXPECT_EQ(idsOf(model, Kind::Event), english);
    model.setQuery(QStringLiteral("停火"));
    const QStringList chinese = eventsWhere(
        [](const CampaignEvent &e) { return e.citation.quote.contains(QStringLiteral("停火")); });
    ASSERT_FALSE(chinese.isEmpty());
    EXPECT_EQ(idsOf(model, Kind::Event), chinese);
    // The row says the day, and the excerpt holds the match.
    const QStringList rows = idsOf(model, Kind::Event);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        if (i.data(SearchResultModel::KindRole).toInt() != int(Kind::Event))
            continue;
        const CampaignEvent *e = aleppo()->event(i.data(SearchResultModel::IdRole).toString());
        ASSERT_NE(e, nullptr);
        EXPECT_EQ(i.data(SearchResultModel::DateRole).toDate(), e->date);
        EXPECT_EQ(i.data(SearchResultModel::DistrictsRole).toStringList(), e->districts);
        EXPECT_TRUE(i.data(SearchResultModel::SnippetRole).toString().contains(QStringLiteral("停火")));
        const QString matched = i.data(SearchResultModel::MatchedTextRole).toString();
        EXPECT_EQ(matched.mid(i.data(SearchResultModel::MatchOffsetRole).toInt(),
                              i.data(SearchResultModel::MatchLengthRole).toInt()),
                  QStringLiteral("停火"));
        EXPECT_TRUE(i.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("Event · ")));
    }
}

TEST(SearchResultModel, FindsTheArticlesParagraphsAndWhereInThem)
{
    SearchResultModel model;
    model.setCampaign(aleppo());
    const QList<Paragraph> &paragraphs = aleppo()->article.paragraphs;
    ASSERT_GT(paragraphs.size(), 10);
    // A phrase from the middle of the tenth paragraph.
    const Paragraph &p = paragraphs.at(9);
    const QString phrase = p.text.mid(p.text.size() / 2, 6);
    model.setQuery(phrase);
    QList<int> found;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        if (i.data(SearchResultModel::KindRole).toInt() != int(Kind::Paragraph))
            continue;
        found.append(i.data(SearchResultModel::ParagraphRole).toInt());
        const QString text = i.data(SearchResultModel::MatchedTextRole).toString();
        EXPECT_EQ(text.mid(i.data(SearchResultModel::MatchOffsetRole).toInt(), phrase.size()), phrase);
    }
    EXPECT_TRUE(found.contains(p.number)) << phrase.toStdString();
}

TEST(SearchResultModel, WritesInTheInterfaceLanguageAndFindsNothingForNothing)
{
    SearchResultModel model;
    model.setCampaign(aleppo());
    model.setQuery(QStringLiteral("   "));
    EXPECT_EQ(model.rowCount(), 0);
    model.setQuery(QStringLiteral("hanano"));
    ASSERT_GE(model.rowCount(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(QStringLiteral("zh_TW"));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_TRUE(
        model.index(0, 0).data(SearchResultModel::TitleRole).toString().contains(QStringLiteral("哈納諾 (Hanano)")));
    model.setQuery(QStringLiteral("no such place anywhere"));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(EventFilterProxyModel, HidesTheKindsTheReaderTurnedOff)
{
    EventListModel model;
    model.setCampaign(aleppo());
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &EventFilterProxyModel::hiddenKindsChanged);
    proxy.setKindShown(EventKind::Evacuation, false);
    proxy.setKindShown(EventKind::Evacuation, false);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_FALSE(proxy.isKindShown(EventKind::Evacuation));
    int evacuations = 0;
    for (const CampaignEvent &e : aleppo()->events)
        evacuations += e.kind == EventKind::Evacuation;
    ASSERT_GT(evacuations, 0);
    EXPECT_EQ(proxy.rowCount(), model.rowCount() - evacuations);
    for (int r = 0; r < proxy.rowCount(); ++r)
        EXPECT_NE(proxy.index(r, 0).data(EventListModel::KindRole).toString(), QStringLiteral("evacuation"));
    // Days with only evacuations are no longer covered; a day with other events still is.
    const QList<QDate> days = proxy.coveredDays();
    EXPECT_FALSE(days.contains(QDate(2016, 12, 15)));
    EXPECT_TRUE(days.contains(QDate(2016, 12, 13)));
    EXPECT_TRUE(days.contains(QDate(2016, 11, 3))) << "inside the 28 Oct - 8 Nov range";
    EXPECT_TRUE(std::is_sorted(days.cbegin(), days.cend()));
    // Set as a whole, in a fixed order; an empty list shows everything again.
    proxy.setHiddenKinds({EventKind::Statement, EventKind::Capture});
    EXPECT_EQ(proxy.hiddenKinds(), (QList<EventKind>{EventKind::Capture, EventKind::Statement}));
    EXPECT_EQ(changed.size(), 2);
    proxy.setHiddenKinds({});
    EXPECT_EQ(proxy.rowCount(), model.rowCount());
    EXPECT_EQ(changed.size(), 3);
}
