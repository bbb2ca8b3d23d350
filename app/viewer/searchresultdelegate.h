#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

/**
 * Draws a search result as its title in bold over the matched text's excerpt
 * (at most three lines), so that rows read apart in a narrow panel.
 */
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// Lays @p layout out in at most three lines @p width wide; returns their height.
    static int layOutExcerpt(QTextLayout &layout, int width);
};
