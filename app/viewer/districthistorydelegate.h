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
 */
class DistrictHistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DistrictHistoryDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layoutDocument(QTextDocument *document, const QModelIndex &index) const;
    int textWidth() const;

    QListView *m_view = nullptr;
    /// Row sizes by text width and HTML: the view asks for every row's size on
    /// each layout pass, and a size costs a full rich-text layout.
    mutable QHash<QString, QSize> m_sizes;
    mutable QString m_sizesFont; ///< the font the cached sizes were measured with
};
