// The shipped Aleppo campaign checked against the article itself, with
// text handling written independently of the loader.
#include "campaignloader.h"
#include "controltimeline.h"
#include "testpackage.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
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

// The raw article with links reduced to their text, emphasis dropped, all
// white space removed, and footnote markers kept as "[n]".
QString flattenedArticle()
{
    QFile f(CampaignLoader::embeddedPath() + QStringLiteral("/article.md"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QString t = QString::fromUtf8(f.readAll());
    t = t.left(t.indexOf(QStringLiteral("## 參考文獻")));
    t.replace(QRegularExpression(QStringLiteral(R"(\]\((?:\\.|[^)\\])*\))")), QStringLiteral("]"));
    t.replace(QRegularExpression(QStringLiteral(R"(\\\[(\d+)\\\])")), QStringLiteral("{\\1}"));
    t.replace(QRegularExpression(QStringLiteral(R"(\[([^\]]*)\])")), QStringLiteral("\\1"));
    t.replace(QStringLiteral("**"), QString());
    t.remove(QRegularExpression(QStringLiteral(R"(\s)")));
    return t;
}

QString squeeze(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral(R"(\s)")));
}

// Footnotes that follow the quote in the flattened article ("{4}{5}").
QList<int> footnotesAfter(const QString &flat, const QString &quote, QString *error)
{
    QString withoutMarkers = flat;
    // Find the quote in marker-free text, then map back by walking both.
    const QRegularExpression marker(QStringLiteral(R"(\{(\d+)\})"));
    QList<int> markerAt; // for each plain character index, original index
    QString plain;
    QList<QPair<int, int>> markers; // (plain offset, ref)
    for (int i = 0; i < flat.size();) {
        const auto m = marker.match(flat, i, QRegularExpression::NormalMatch,
                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            markers.append({int(plain.size()), m.captured(1).toInt()});
            i += m.capturedLength();
            continue;
        }
        plain.append(flat.at(i++));
    }
    const int at = int(plain.indexOf(squeeze(quote)));
    if (at < 0 || plain.indexOf(squeeze(quote), at + 1) >= 0) {
        *error = at < 0 ? QStringLiteral("not found") : QStringLiteral("ambiguous");
        return {};
    }
    const int end = at + int(squeeze(quote).size());
    QList<int> refs;
    for (const auto &[offset, ref] : markers) {
        if (offset > at && offset <= end)
            refs.append(ref);
    }
    std::sort(refs.begin(), refs.end());
    return refs;
}

} // namespace

TEST(CampaignData, HasTheRequiredDistrictsAndSides)
{
    const auto c = aleppo();
    for (const char *id : {"handarat", "sheikh-said", "farafira", "bustan-al-basha", "housing-1070", "hanano",
                           "ard-al-hamra", "jabal-badro", "ayn-al-tal", "old-city", "citadel", "sheikh-maqsoud"}) {
        const District *d = c->district(QLatin1String(id));
        ASSERT_NE(d, nullptr) << id;
        EXPECT_FALSE(d->name.en.isEmpty());
        EXPECT_FALSE(d->name.zh.isEmpty());
        EXPECT_FALSE(d->name.ar.isEmpty());
        EXPECT_TRUE(d->centroid.isValid());
    }
    QStringList sides;
    for (const Side &s : c->sides)
        sides.append(s.id);
    EXPECT_EQ(sides,
              (QStringList{QStringLiteral("government"), QStringLiteral("opposition"), QStringLiteral("kurdish")}));
    EXPECT_EQ(c->start, QDate(2016, 9, 19));
    EXPECT_EQ(c->end, QDate(2016, 12, 22));
}

TEST(CampaignData, EveryQuoteOccursVerbatimWithExactlyItsFootnotes)
{
    const QString flat = flattenedArticle();
    const auto c = aleppo();
    auto check = [&](const Citation &cit, const QString &what) {
        QString error;
        const QList<int> refs = footnotesAfter(flat, cit.quote, &error);
        EXPECT_TRUE(error.isEmpty()) << what.toStdString() << ": " << error.toStdString();
        EXPECT_EQ(refs, cit.refs) << what.toStdString();
        // And within the paragraph it claims.
        EXPECT_TRUE(c->article.paragraph(cit.paragraph)->text.contains(cit.quote)) << what.toStdString();
    };
    for (const CampaignEvent &e : c->events)
        check(e.citation, e.id);
    for (const ControlChange &ch : c->changes) {
        for (const Citation &s : ch.sources)
            check(s, ch.district + QLatin1Char('@') + ch.date.toString(Qt::ISODate));
    }
}

TEST(CampaignData, EveryReferenceOneToFortyTwoIsCitedByAnEvent)
{
    QSet<int> cited;
    for (const CampaignEvent &e : aleppo()->events) {
        for (int r : e.citation.refs)
            cited.insert(r);
    }
    for (int r = 1; r <= 42; ++r)
        EXPECT_TRUE(cited.contains(r)) << "reference " << r << " is cited by no event";
}

TEST(CampaignData, EveryDateTheArticleNamesIsInsideAnEventQuote)
{
    const auto c = aleppo();
    for (const Paragraph &p : c->article.paragraphs) {
        for (const DateMention &d : p.dates) {
            bool covered = false;
            for (const CampaignEvent &e : c->events) {
                const Citation &q = e.citation;
                if (q.paragraph == p.number && q.offset <= d.offset && d.offset + d.length <= q.offset + q.quote.size())
                    covered = true;
            }
            EXPECT_TRUE(covered) << "paragraph " << p.number << ": " << p.text.mid(d.offset, d.length).toStdString()
                                 << " has no event";
        }
    }
}

TEST(CampaignData, EventDatesAgreeWithTheirSentence)
{
    const auto c = aleppo();
    for (const CampaignEvent &e : c->events) {
        if (e.dateFromContext)
            continue;
        // The quote names the event's first day in the article's own form.
        const QString day = QStringLiteral("%1月%2日").arg(e.date.month()).arg(e.date.day());
        EXPECT_TRUE(e.citation.quote.contains(day)) << e.id.toStdString() << " lacks " << day.toStdString();
        if (e.isRange()) {
            // The last day is named, or is "次日" (the next day).
            const QString last = QStringLiteral("%1日").arg(e.endDate.day());
            const bool nextDay = e.endDate == e.date.addDays(1) && e.citation.quote.contains(QStringLiteral("次日"));
            EXPECT_TRUE(e.citation.quote.contains(last) || nextDay) << e.id.toStdString();
        }
    }
}

TEST(CampaignData, EveryDistrictHasAKnownStateOnEveryDay)
{
    const auto c = aleppo();
    const ControlTimeline t(c, ControlTimeline::Sources::ArticleOnly);
    for (QDate d = c->start; d <= c->end; d = d.addDays(1)) {
        for (int i = 0; i < c->districts.size(); ++i) {
            const ControlState s = t.stateAt(i, d);
            ASSERT_TRUE(s.isValid()) << c->districts.at(i).id.toStdString() << " "
                                     << d.toString(Qt::ISODate).toStdString();
            EXPECT_TRUE(s.control == kContested || c->side(s.control));
        }
    }
}

TEST(CampaignData, StatedCapturesHappenOnTheArticlesDates)
{
    const auto c = aleppo();
    const ControlTimeline t(c, ControlTimeline::Sources::ArticleOnly);
    struct Expect
    {
        const char *id;
        QDate day;
    };
    for (const Expect &x : {Expect{"farafira", {2016, 9, 27}}, Expect{"handarat", {2016, 9, 29}},
                            Expect{"housing-1070", {2016, 11, 8}}, Expect{"hanano", {2016, 11, 26}},
                            Expect{"ard-al-hamra", {2016, 11, 27}}, Expect{"jabal-badro", {2016, 11, 27}},
                            Expect{"ayn-al-tal", {2016, 11, 27}}, Expect{"old-city", {2016, 12, 7}}}) {
        const int i = c->districtIndex(QLatin1String(x.id));
        const ControlState before = t.stateAt(i, x.day.addDays(-1));
        const ControlState on = t.stateAt(i, x.day);
        EXPECT_NE(before.control, QStringLiteral("government")) << x.id;
        EXPECT_EQ(on.control, QStringLiteral("government")) << x.id;
        EXPECT_EQ(on.basis, Basis::Stated) << x.id;
        EXPECT_EQ(on.since, x.day) << x.id;
    }
}

TEST(CampaignData, PartialControlIsNeverShownAsCertain)
{
    const auto c = aleppo();
    const ControlTimeline t(c, ControlTimeline::Sources::ArticleOnly);
    // "一部分" (part of), "大部分" (most of), "超過8成" (over 80%).
    const ControlState h23 = t.stateAt(c->districtIndex(QStringLiteral("handarat")), {2016, 9, 23});
    EXPECT_EQ(h23.control, kContested);
    EXPECT_TRUE(h23.leading.isEmpty()) << "the article does not say who held most of the camp on 23 Sep";
    const ControlState h25 = t.stateAt(c->districtIndex(QStringLiteral("handarat")), {2016, 9, 25});
    EXPECT_EQ(h25.control, kContested);
    EXPECT_EQ(h25.leading, QStringLiteral("opposition"));
    const ControlState bb = t.stateAt(c->districtIndex(QStringLiteral("bustan-al-basha")), {2016, 10, 6});
    EXPECT_EQ(bb.control, kContested);
    EXPECT_EQ(bb.leading, QStringLiteral("government"));
    EXPECT_EQ(bb.change->sources.first().refs, QList<int>{19});
}

TEST(CampaignData, ThirteenDecemberLeavesOnlyThePocketWestOfTheRiver)
{
    const auto c = aleppo();
    const ControlTimeline t(c, ControlTimeline::Sources::ArticleOnly);
    const QSet<QString> pocket{QStringLiteral("bustan-al-qasr"), QStringLiteral("sukkari"),
                               QStringLiteral("ansari"),         QStringLiteral("zebdiyeh"),
                               QStringLiteral("salaheddine"),    QStringLiteral("amiriyah")};
    for (int i = 0; i < c->districts.size(); ++i) {
        const QString id = c->districts.at(i).id;
        const ControlState s12 = t.stateAt(i, {2016, 12, 13});
        if (pocket.contains(id)) {
            EXPECT_NE(s12.control, QStringLiteral("government")) << id.toStdString();
        } else {
            EXPECT_TRUE(s12.control == QStringLiteral("government") || s12.control == QStringLiteral("kurdish"))
                << id.toStdString() << " is " << s12.control.toStdString();
        }
        const ControlState s22 = t.stateAt(i, {2016, 12, 22});
        EXPECT_NE(s22.control, QStringLiteral("opposition")) << id.toStdString();
        EXPECT_NE(s22.control, kContested) << id.toStdString();
    }
}

TEST(CampaignData, InferredStatesSayWhatTheyRestOn)
{
    const auto c = aleppo();
    const ControlTimeline t(c, ControlTimeline::Sources::ArticleOnly);
    const ControlState marjeh = t.stateAt(c->districtIndex(QStringLiteral("marjeh")), {2016, 12, 13});
    EXPECT_EQ(marjeh.basis, Basis::Inferred);
    EXPECT_EQ(marjeh.change->sources.first().refs, QList<int>{36});
    EXPECT_FALSE(marjeh.change->note.en.isEmpty());
    const ControlState sukkari = t.stateAt(c->districtIndex(QStringLiteral("sukkari")), {2016, 12, 22});
    EXPECT_EQ(sukkari.basis, Basis::Inferred);
    EXPECT_EQ(sukkari.change->sources.first().refs, QList<int>{42});
    // The Kurdish district and the Citadel rest on reference geography, not the article.
    for (QDate d : {QDate(2016, 9, 19), QDate(2016, 12, 22)}) {
        const ControlState sm = t.stateAt(c->districtIndex(QStringLiteral("sheikh-maqsoud")), d);
        EXPECT_EQ(sm.control, QStringLiteral("kurdish"));
        EXPECT_EQ(sm.basis, Basis::Approximate);
        EXPECT_TRUE(sm.change->sources.isEmpty());
        EXPECT_EQ(t.stateAt(c->districtIndex(QStringLiteral("citadel")), d).control, QStringLiteral("government"));
    }
}

TEST(CampaignData, WordsOfPartOrBriefControlNeverGiveAPlainSide)
{
    // 一度 (for a while), 一部分 (part of), 大部分 (most of), 超過 (over ...%): a side alone would overstate it.
    const auto c = aleppo();
    const QStringList partial{QStringLiteral("一度"), QStringLiteral("一部分"), QStringLiteral("大部分"),
                              QStringLiteral("超過")};
    int checked = 0;
    for (const ControlChange &ch : c->changes) {
        for (const Citation &s : ch.sources) {
            const bool isPartial = std::any_of(partial.cbegin(), partial.cend(),
                                               [&](const QString &w) { return s.quote.contains(w); });
            if (isPartial && ch.basis == Basis::Stated) {
                EXPECT_EQ(ch.control, kContested) << ch.district.toStdString() << " " << s.quote.toStdString();
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 4);
}

TEST(CampaignData, TheEastBankEventListsNoDistrictOfThePocketWestOfTheRiver)
{
    const auto c = aleppo();
    const CampaignEvent *e = c->event(QStringLiteral("east-bank-cleared"));
    ASSERT_NE(e, nullptr);
    for (const char *west : {"bustan-al-qasr", "salaheddine", "amiriyah", "sukkari", "ansari", "zebdiyeh"})
        EXPECT_FALSE(e->districts.contains(QLatin1String(west))) << west;
}

TEST(CampaignData, TheDayThe1070ProjectWasLostIsNotCalledInferred)
{
    // The article only says it was recaptured on 8 November: the loss date is a guess.
    const auto c = aleppo();
    const ControlTimeline t(c, ControlTimeline::Sources::ArticleOnly);
    const ControlState lost = t.stateAt(c->districtIndex(QStringLiteral("housing-1070")), {2016, 11, 1});
    EXPECT_EQ(lost.control, kContested);
    EXPECT_EQ(lost.basis, Basis::Approximate);
    EXPECT_TRUE(lost.change->note.en.contains(QStringLiteral("never says"))) << lost.change->note.en.toStdString();
}

// The viewer shows a change's note in the interface's language, so every note
// the package ships must say it in both: a note without Chinese would leave the
// Chinese interface reading English.
TEST(CampaignData, EveryNoteIsInEnglishAndChinese)
{
    const auto c = aleppo();
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    int notes = 0;
    for (const ControlChange &change : c->changes) {
        if (change.note.en.isEmpty() && change.note.zh.isEmpty())
            continue;
        ++notes;
        const std::string at = change.district.toStdString() + " " + change.date.toString(Qt::ISODate).toStdString();
        EXPECT_FALSE(change.note.en.trimmed().isEmpty()) << at;
        EXPECT_FALSE(change.note.zh.trimmed().isEmpty()) << at << ": " << change.note.en.toStdString();
        EXPECT_TRUE(change.note.zh.contains(han)) << at << " is not Chinese: " << change.note.zh.toStdString();
    }
    EXPECT_GT(notes, 0) << "the package explains its inferred and approximate states";
}

TEST(CampaignData, TheSummaryIsInEnglishAndChinese)
{
    const auto c = aleppo();
    EXPECT_TRUE(c->summary.en.contains(QStringLiteral("19 September 2016"))) << c->summary.en.toStdString();
    EXPECT_TRUE(c->summary.zh.contains(QStringLiteral("2016年9月19日"))) << c->summary.zh.toStdString();
}
