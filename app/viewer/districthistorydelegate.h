#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QListView;
class QTextDocument;

/**
 * @brief Draws a row of the district history as a small card (the HTML of
 * DistrictHistoryTextModel: date, control with the side's colour, basis in
 * plain words, the cited sentence with its footnotes and the author's note),
 * word-wrapped to the view's width. The row in force is highlighted.
 *
 * Links in a row (the reports' web pages) are found under the mouse: a click
 * released on one is kept for the view's owner (takeClickedAnchor()), which
 * opens it instead of acting on the row.
 */
class DistrictHistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DistrictHistoryDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    /// The link drawn at @p pos (viewport coordinates) in the row @p index shown in @p rect, or empty.
    QString anchorAt(const QModelIndex &index, const QRect &rect, const QPoint &pos) const;
    /// The link the last click was released on (empty when it was not on one); clears it.
    QString takeClickedAnchor();

private:
    void layoutDocument(QTextDocument *document, const QModelIndex &index) const;
    int textWidth() const;
    /// Where a row's text starts inside its rectangle.
    static QPoint textOffset();

    QListView *m_view = nullptr;
    /// Row sizes by text width and HTML: the view asks for every row's size on
    /// each layout pass, and a size costs a full rich-text layout.
    mutable QHash<QString, QSize> m_sizes;
    mutable QString m_sizesFont; ///< the font the cached sizes were measured with
    QString m_clickedAnchor;
};
