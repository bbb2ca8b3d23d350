#pragma once

#include "campaign.h"
#include "searchtext.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

/**
 * @brief What a typed query finds in a campaign: districts, events and the
 * article's paragraphs, one row each.
 *
 * A district matches by any of its names (English, Chinese, Arabic) or its
 * id; an event by its English or Chinese summary or the article's sentence it
 * quotes; a paragraph by its text. Every word of the query must occur in the
 * same name or text, folded by SearchText (case, accents, Arabic marks and
 * definite articles ignored). Districts come first, those whose name starts
 * with the query before the others; then events in date order; then the
 * paragraphs in the article's order.
 *
 * The display text (a title line and, for events and paragraphs, an excerpt
 * around the match) is in the interface language given by setLanguage().
 */
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    /// What a row is.
    enum class ResultKind { District, Event, Paragraph };
    Q_ENUM(ResultKind)

    enum Role {
        KindRole = Qt::UserRole + 1, ///< ResultKind, as an int
        IdRole,                      ///< the district's or the event's id; the paragraph's number as text
        DateRole,                    ///< an event's first day; invalid for the others
        DistrictsRole,               ///< QStringList: the district, or the event's districts
        ParagraphRole,               ///< the paragraph's number (1-based), or the paragraph an event quotes
        TitleRole,                   ///< the first line of the display text
        SnippetRole,                 ///< the matched text around the match (empty for a district's own name)
        MatchedTextRole,             ///< the whole name or text that matched
        MatchOffsetRole,             ///< where the match starts in MatchedTextRole
        MatchLengthRole,             ///< its length there
    };
    Q_ENUM(Role)

    explicit SearchResultModel(QObject *parent = nullptr);

    /// Indexes @p campaign's names and texts (once per campaign) and searches again.
    void setCampaign(std::shared_ptr<const Campaign> campaign);
    /// The interface language ("en", "zh_TW") the display text is written in.
    void setLanguage(const QString &language);
    /// Searches for @p query; an empty (or blank) query finds nothing.
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    /// Rows of @p kind.
    int count(ResultKind kind) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    /// Something that can be found, with every text it can be found by.
    struct Candidate
    {
        ResultKind kind = ResultKind::District;
        int index = -1; ///< into the campaign's districts, events or article paragraphs
        QList<SearchText> texts;
    };
    struct Result
    {
        int candidate = -1;
        int text = -1; ///< which of the candidate's texts matched
        int rank = 0;  ///< lower first, among districts
        SearchText::Match match;
    };

    void search();
    /// Folds the campaign's texts into m_candidates, once per campaign.
    void ensureCandidates();
    QString title(const Result &result) const;
    QString snippet(const Result &result) const;

    std::shared_ptr<const Campaign> m_campaign;
    QList<Candidate> m_candidates;
    bool m_candidatesReady = false; ///< m_candidates holds the campaign's texts (made at the first search)
    QList<Result> m_results;
    QString m_query;
    QString m_language = QStringLiteral("en");
};
