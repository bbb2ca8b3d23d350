#pragma once

#include <QCoreApplication>

#include "article.h"
#include "diagnostic.h"

/// What ArticleParser::parse returns: the article and any problems found.
struct ArticleParseResult
{
    Article article;
    Diagnostics problems;

    bool ok() const { return problems.isEmpty(); }
};

/**
 * @brief Parses the Wikipedia-derived Markdown the campaign cites.
 *
 * Understands `##` sections, paragraphs (lines joined; a line break between
 * two CJK characters joins without a space), footnote markers `\[n\]`, links
 * `[text](url "title")` (the text is kept in the plain text, the link
 * recorded), `**emphasis**`, image lines `[f.svg](url "fig:...")`, category
 * lines and the numbered reference list (with indented continuation lines).
 * Chinese dates such as `9月23日` and ranges such as `9月19日至27日` are found
 * in every paragraph; a date without a year takes the last year the article
 * named, or @p defaultYear before any.
 */
class ArticleParser
{
    Q_DECLARE_TR_FUNCTIONS(ArticleParser)

public:
    static ArticleParseResult parse(const QString &markdown, const QString &fileName, int defaultYear);

    /// Finds the Chinese dates of @p text; @p year is the running year context.
    static QList<DateMention> findDates(const QString &text, int *year);
};
