#pragma once

#include "campaign.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/**
 * @brief Shared HTML for the panels: control swatch colours, quotes with
 * their footnote markers as superscript links. The words for control, bases,
 * names and dates are core's (Wording).
 */
class TextFormat
{
    Q_DECLARE_TR_FUNCTIONS(TextFormat)

public:
    /// HTML-escaped @p text.
    static QString escape(const QString &text);
    /// The side's colour; contested: the leading side's, lighter; otherwise Side::neutralColor().
    static QColor controlColor(const Campaign &campaign, const QString &control, const QString &leading = QString());
    /// The quote as HTML, with each footnote marker inside it or right after it as
    /// `<sup><a href="PREFIXn">[n]</a></sup>` at its place in the article.
    static QString quoteHtml(const Article &article, const Citation &citation, const QString &hrefPrefix);
    /**
     * What to show for a reference that is empty in the article's copy: that
     * it is empty here, and where to read it: the article on Chinese
     * Wikipedia (@p source's URL) and its history, which holds the revision
     * the copy was taken from.
     */
    static QString emptyReferenceHtml(const ArticleSource &source);
    /// The page of the article's revision history on the wiki of @p source, or an empty URL.
    static QUrl articleHistoryUrl(const ArticleSource &source);
    /**
     * A report's claim as HTML: who said it (and where it was reported), the
     * day the report was published, a link to the report (its host as the
     * link's text) and the package's paraphrase in @p language (Chinese when
     * there is one, else English). @p report and @p claim index Campaign::reports.
     */
    static QString claimHtml(const Campaign &campaign, int report, int claim, const QString &language);
    /// claimHtml() as plain text, for screen readers.
    static QString claimText(const Campaign &campaign, int report, int claim, const QString &language);
};
