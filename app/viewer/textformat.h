#pragma once

#include "campaign.h"

#include <QCoreApplication>
#include <QString>

/**
 * @brief Shared wording and HTML for the panels: control and basis labels,
 * quotes with their footnote markers as superscript links.
 */
class TextFormat
{
    Q_DECLARE_TR_FUNCTIONS(TextFormat)

public:
    /// HTML-escaped @p text.
    static QString escape(const QString &text);
    /// "stated (article)", "inferred from the article" or "approximate (reference geography, not the article)".
    static QString basisLabel(Basis basis);
    static QString basisLabel(const QString &basisName);
    /// The side's name in @p language, "contested" (with the leading side) or "unknown".
    static QString controlLabel(const Campaign &campaign, const QString &control, const QString &leading,
                                const QString &language);
    /// The side's colour, or a neutral grey for contested / unknown.
    static QColor controlColor(const Campaign &campaign, const QString &control, const QString &leading = QString());
    /// A district's name in @p language, the other name in brackets.
    static QString districtName(const Campaign &campaign, const QString &districtId, const QString &language);
    /// The quote as HTML, with each footnote marker inside it or right after it as
    /// `<sup><a href="PREFIXn">[n]</a></sup>` at its place in the article.
    static QString quoteHtml(const Article &article, const Citation &citation, const QString &hrefPrefix);
    /// The language code for LocalizedText ("en" or "zh").
    static QString contentLanguage(const QString &uiLanguage);
};
