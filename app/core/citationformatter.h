#pragma once

#include "campaign.h"
#include "controltimeline.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * @brief Citations ready to paste, for what the map shows: an event, a
 * district's state on a day or one change of a district's history.
 *
 * Each citation says what is shown (the district and its control, or the
 * event's summary), the day, and where it comes from: the article's
 * paragraph, footnotes and sentence with the article itself (title, Chinese
 * Wikipedia, revision, URL, access date from the package's manifest), or,
 * for a state known only from a report, the report (outlet, publication day,
 * URL). Two reference styles are offered, Chicago (notes) and APA (7th
 * edition), each as plain text and as HTML (italics and links) for rich-text
 * editors.
 */
class CitationFormatter
{
    Q_DECLARE_TR_FUNCTIONS(CitationFormatter)

public:
    enum class Style { Chicago, Apa };

    /// One citation in two forms.
    struct Text
    {
        QString plain; ///< plain text, one paragraph
        QString html;  ///< the same words as an HTML fragment (<i>, <a href>)
    };

    /// Cites from @p campaign (kept by reference: it must outlive the formatter) in @p style; words and dates in @p
    /// language ("en" or "zh_TW").
    CitationFormatter(const Campaign &campaign, Style style, const QString &language = QStringLiteral("en"));

    /// The event, its day (or days) and the article's sentence it rests on.
    Text event(const CampaignEvent &event) const;
    /// The district's state at the end of @p date as @p timeline shows it, and who says so.
    Text districtState(const ControlTimeline &timeline, const QString &districtId, QDate date) const;
    /// One change of a district's history (a row of the District panel): the state from its day on.
    Text change(const ControlChange &change) const;

    /// "chicago" or "apa", as settings store it.
    static QString styleKey(Style style);
    /// Parses styleKey(); false for anything else.
    static bool styleFromKey(const QString &key, Style *style);

private:
    class Builder;

    void appendState(Builder &b, const QString &districtId, const QString &control, const QString &leading, Basis basis,
                     const QString &when) const;
    void appendSources(Builder &b, const ControlChange *change) const;
    void appendArticleLoci(Builder &b, const QList<Citation> &sources) const;
    void appendArticle(Builder &b) const;
    void appendReport(Builder &b, const ControlChange &change) const;
    QString day(QDate date) const;

    const Campaign *m_campaign = nullptr; ///< not owned; outlives the formatter
    Style m_style = Style::Chicago;
    QString m_language;
};
