#pragma once

#include <QList>
#include <QString>

/**
 * @brief A verbatim quote from the article with the footnotes that support it.
 *
 * The loader locates @ref quote inside paragraph @ref paragraph of the article
 * (plain text, footnote markers removed) and checks that @ref refs are exactly
 * the footnote markers inside the quote or directly after it.
 */
struct Citation
{
    int paragraph = 0; ///< 1-based body paragraph number in the article
    QString quote;     ///< the article's own words (Traditional Chinese)
    QList<int> refs;   ///< reference numbers, ascending
    int offset = -1;   ///< where the quote starts in the paragraph's plain text
};
