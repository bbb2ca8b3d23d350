#include "searchtext.h"

#include <QRegularExpression>

namespace {

/// Marks of elision and transliteration ("Sha'ar", "Shaʿar"): left out, so both spellings meet.
bool isApostrophe(char16_t c)
{
    switch (c) {
    case u'\'':
    case u'`':
    case u'\u00B4':
    case u'\u02BB':
    case u'\u02BC':
    case u'\u02BE':
    case u'\u02BF':
    case u'\u2018':
    case u'\u2019':
    case u'\u0640': // tatweel: a stretch, not a letter
        return true;
    default:
        return false;
    }
}

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

/// Arabic letters written either way in names: taa marbuta and alef maqsura.
QChar unify(QChar c)
{
    switch (c.unicode()) {
    case u'\u0629':
        return QChar(u'\u0647');
    case u'\u0649':
        return QChar(u'\u064A');
    default:
        return c;
    }
}

/// Folds @p original; when @p start and @p end are given, records each folded character's origin.
QString foldWithOrigins(const QString &original, QList<int> *start, QList<int> *end)
{
    QString out;
    out.reserve(original.size());
    bool pendingSpace = false;
    for (int i = 0; i < original.size();) {
        // One code point at a time, so a surrogate pair stays whole.
        const int width = original.at(i).isHighSurrogate() && i + 1 < original.size() ? 2 : 1;
        const QString unit = original.mid(i, width);
        for (QChar c : unit.normalized(QString::NormalizationForm_KD)) {
            if (isMark(c) || isApostrophe(c.unicode()))
                continue;
            if (!c.isLetterOrNumber() && !c.isSurrogate()) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(QLatin1Char(' '));
                if (start) {
                    start->append(i);
                    end->append(i);
                }
                pendingSpace = false;
            }
            out.append(unify(c.toCaseFolded()));
            if (start) {
                start->append(i);
                end->append(i + width);
            }
        }
        i += width;
    }
    return out;
}

} // namespace

SearchText::SearchText(const QString &original)
    : m_original(original)
{
    m_folded = foldWithOrigins(original, &m_start, &m_end);
}

QString SearchText::fold(const QString &text)
{
    return foldWithOrigins(text, nullptr, nullptr);
}

QStringList SearchText::terms(const QString &query)
{
    // "al-", "el-", "ash-" ... glued to a word, and the Arabic "ال" at a word's start.
    static const QRegularExpression latinArticle(QStringLiteral("^(?:al|el|as|ash|ad|ar|at|az|an|ath|adh)[-‐‑–'’]"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QStringList standalone{QStringLiteral("al"), QStringLiteral("el"), QStringLiteral("the"),
                                        QStringLiteral("\u0627\u0644")};
    const QString arabicArticle = QStringLiteral("\u0627\u0644");
    const QStringList words = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList kept;
    QStringList all;
    for (const QString &word : words) {
        const QStringList folded = fold(word).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        all.append(folded);
        QString bare = word;
        bare.remove(latinArticle);
        const QStringList parts = fold(bare).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString part : parts) {
            if (standalone.contains(part))
                continue;
            if (part.startsWith(arabicArticle) && part.size() > arabicArticle.size() + 1)
                part.remove(0, arabicArticle.size());
            kept.append(part);
        }
    }
    return kept.isEmpty() ? all : kept;
}

SearchText::Match SearchText::find(const QStringList &terms) const
{
    Match match;
    if (terms.isEmpty())
        return match;
    for (const QString &term : terms) {
        const int at = int(m_folded.indexOf(term));
        if (at < 0 || term.isEmpty())
            return Match();
        if (match.foldedOffset < 0 || at < match.foldedOffset) {
            match.foldedOffset = at;
            match.offset = m_start.at(at);
            match.length = m_end.at(at + int(term.size()) - 1) - match.offset;
        }
    }
    return match;
}

bool SearchText::startsWord(int foldedOffset) const
{
    if (foldedOffset <= 0 || foldedOffset > m_folded.size())
        return foldedOffset == 0;
    return m_folded.at(foldedOffset - 1) == QLatin1Char(' ');
}
