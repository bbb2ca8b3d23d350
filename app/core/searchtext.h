#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * @brief A text prepared for forgiving search, that still knows where each
 * folded character came from.
 *
 * Folding ignores case, accents and other combining marks (so Arabic vowel
 * signs and the hamza on an alef), apostrophes and the Arabic tatweel;
 * punctuation becomes a space; ة and ى read as ه and ي. Terms made by terms()
 * are folded the same way and also drop Latin and Arabic definite articles
 * ("al-", "el-", "Al ", "ash-", "ال"), so "Sakhour", "al-Sakhour" and
 * "El Sakhour" find the same text. A match maps back to the original text.
 */
class SearchText
{
public:
    /// Where a term was found, in the original text.
    struct Match
    {
        int offset = -1; ///< -1: not found
        int length = 0;
        int foldedOffset = -1; ///< the same place in folded()

        bool isValid() const { return offset >= 0; }
    };

    explicit SearchText(const QString &original = QString());

    /// @p text folded as described above (spaces collapsed, none leading or trailing).
    static QString fold(const QString &text);
    /**
     * @brief The folded terms of @p query, split at spaces and punctuation,
     * definite articles left out. A query of articles alone keeps them.
     */
    static QStringList terms(const QString &query);

    const QString &original() const { return m_original; }
    const QString &folded() const { return m_folded; }

    /**
     * @brief Where the earliest of @p terms occurs, when every term occurs
     * somewhere in the text; an invalid match otherwise (and for no terms).
     */
    Match find(const QStringList &terms) const;
    /// True when @p foldedOffset starts a word of folded().
    bool startsWord(int foldedOffset) const;

private:
    QString m_original;
    QString m_folded;
    QList<int> m_start; ///< for each folded character, where its original character starts
    QList<int> m_end;   ///< ... and where it ends
};
