#pragma once

#include "controltimeline.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPair>

#include <memory>

/**
 * @brief A district's history as the District panel shows it: the article's
 * and the reports' entries together, in date order, in the viewer's language.
 *
 * Rows, oldest first:
 * - Article: one change of the article (its quote, paragraph and footnotes,
 *   the English summary of the sentence under it, the author's note).
 * - Reports: the reports of one day that claim the same control, grouped
 *   ("3 reports agree"), each with its outlet, date, link and paraphrase.
 * - Disagreement: a day on which sources disagree (ControlTimeline::
 *   disagreementAt()): each claim, the one the map shows first and marked,
 *   the others paired with it, the denials, and why the map shows that one.
 *
 * Qt::DisplayRole and Qt::AccessibleTextRole give a row as plain text (what a
 * screen reader says), HtmlRole as HTML for DistrictHistoryDelegate.
 * IsCurrentRole marks the row the state at the end of the current date comes from.
 */
class DistrictHistoryTextModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        HtmlRole = Qt::UserRole + 100,
        DateRole,      ///< the row's day
        IsCurrentRole, ///< the state at the end of the current date comes from this row
        KindRole,      ///< Kind, as int
        ClaimsRole,    ///< number of claims (changes and denials) the row lists
        LinksRole,     ///< QStringList: the web pages of the row's reports, in the row's order, once each
    };
    Q_ENUM(Role)

    enum class Kind { Article, Reports, Disagreement };
    Q_ENUM(Kind)

    explicit DistrictHistoryTextModel(QObject *parent = nullptr);

    void setTimeline(std::shared_ptr<const ControlTimeline> timeline);
    void setDistrict(const QString &districtId);
    void setCurrentDate(QDate date);
    void setLanguage(const QString &language);
    /// Tells the view every row's words changed (a new translation was installed).
    void refreshTexts();

    /// Row the state at the end of the current date comes from, or -1.
    int currentRow() const { return m_currentRow; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    /// Claims of one day that assert the same state.
    struct Group
    {
        QList<int> changes; ///< indices into Campaign::changes
    };
    struct Row
    {
        QDate date;
        Kind kind = Kind::Article;
        QList<Group> groups;            ///< Disagreement: the shown claim's group first
        int shown = -1;                 ///< Disagreement: the change the map shows
        QList<QPair<int, int>> denials; ///< Disagreement: (report, claim) of denials not listed in a group
        Disagreement::Reason reason = Disagreement::Reason::None;
    };

    void reload();
    int rowInForce() const;
    QString html(const Row &row, bool current) const;
    QString plainText(const Row &row, bool current) const;
    QString changeHtml(int change) const;
    QString changeText(int change) const;
    QString groupHeading(const Group &group) const;
    /// Who says so, without the date: "SOHR via Reuters" or "article ¶14 [32]".
    QString sourceName(int change) const;
    /// The English summary of the article's sentence @p change quotes (empty for a report or no sentence).
    QString englishSummary(const ControlChange &change) const;
    /// The state a change asserts in words; a report of part of the district says who took that part.
    QString controlWords(const ControlChange &change) const;
    const ControlChange &change(int index) const;

    std::shared_ptr<const ControlTimeline> m_timeline;
    QString m_district;
    QDate m_date;
    QString m_language = QStringLiteral("en");
    QList<Row> m_rows;
    int m_currentRow = -1;
};
