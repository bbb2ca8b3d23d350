#pragma once

#include "campaign.h"
#include "disagreement.h"
#include "districtappearance.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * @brief The user-visible words for control, bases and dates, written once.
 *
 * Widget-free and translated (context "Wording"): the map's tooltips, the
 * exported picture, the panels and the status bar all take their labels from
 * here, so they cannot drift apart. Languages are interface language codes
 * ("en", "zh_TW"); names from the campaign fall back to English.
 */
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Wording)

public:
    /// "stated (article)", "inferred from the article", "reported, not in the article" or
    /// "approximate (reference geography, not the article)".
    static QString basis(Basis basis);
    /// basis() of a basis name as the files spell it ("stated", ...); an unknown name reads as approximate.
    static QString basis(const QString &basisName);

    /// The side's name in @p language; the id itself when the campaign has no such side.
    static QString sideName(const Campaign &campaign, const QString &sideId, const QString &language);

    /**
     * @brief A control in words: the side's name, "contested", "contested,
     * mostly held by NAME", or "no information" when @p control is empty.
     */
    static QString control(const Campaign &campaign, const QString &control, const QString &leading,
                           const QString &language);
    /// control() of an appearance ("no information" when it is not known).
    static QString control(const Campaign &campaign, const DistrictAppearance &appearance, const QString &language);

    /// "Changed on this day": the note for a district whose control changed on the shown day.
    static QString changedToday();
    /// "Sources disagree": the note for a disputed district.
    static QString sourcesDisagree();
    /// Why the map shows one claim where sources disagree, in a sentence.
    static QString disagreementReason(Disagreement::Reason reason);
    /**
     * @brief Who says so: "Reuters, 30 November 2016" or "Syrian army via Reuters, …" for a
     * reported change; "article ¶14 [32]" for the article's.
     */
    static QString source(const Campaign &campaign, const ControlChange &change, const QString &language);
    /// A report claim's attribution and date: "Syrian army via Reuters, 30 November 2016".
    static QString claimSource(const Report &report, const ReportClaim &claim, const QString &language);

    /// A district's name in @p language, the other name in brackets; the id when the campaign has no such district.
    static QString districtName(const Campaign &campaign, const QString &districtId, const QString &language);

    /**
     * @brief An event in one line, in @p language: its summary in that
     * language; in Chinese without a Chinese summary, the article's own
     * sentence (the quote is Traditional Chinese); otherwise the English summary.
     */
    static QString eventSummary(const CampaignEvent &event, const QString &language);

    /// Where the article is published: "Chinese Wikipedia" for zh.wikipedia.org, else the wiki's host name.
    static QString articleSite(const ArticleSource &source);
    /// The copied revision: "revision 81234567", or "revision not recorded" (with the copy's day when known).
    static QString articleRevision(const ArticleSource &source, const QString &language);

    /// A day written out for reading: "24 September 2016" in English, "2016年9月24日" in Chinese.
    static QString date(QDate date, const QString &language);

    /// The LocalizedText language ("en" or "zh") for an interface language.
    static QString contentLanguage(const QString &uiLanguage);
};
