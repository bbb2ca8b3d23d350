#include "searchresultdelegate.h"

#include "searchresultmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace {
constexpr int kPadding = 4;
constexpr int kMaxExcerptLines = 3;

/// The width a row is laid out at: the list's, so that measuring and drawing wrap alike.
int rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 240;
}

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}
} // namespace

int SearchResultDelegate::layOutExcerpt(QTextLayout &layout, int width)
{
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    // Line by line, because a Chinese or Arabic line (a fallback font) is taller than a Latin one.
    layout.beginLayout();
    qreal y = 0;
    for (int lines = 0; lines < kMaxExcerptLines; ++lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(qMax(40, width - 2 * kPadding));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return int(std::ceil(y));
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = rowWidth(option);
    const int titleHeight = QFontMetrics(titleFont(option.font)).lineSpacing();
    const QString excerpt = index.data(SearchResultModel::SnippetRole).toString();
    int excerptHeight = 0;
    if (!excerpt.isEmpty()) {
        QTextLayout layout(excerpt, option.font);
        excerptHeight = layOutExcerpt(layout, width) + 1;
    }
    return QSize(width, 2 * kPadding + titleHeight + excerptHeight);
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = index.data(SearchResultModel::TitleRole).toString();
    const QString excerpt = index.data(SearchResultModel::SnippetRole).toString();
    // The style draws the row's background, selection and focus; the text is ours.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor ink = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = ink;
    if (!selected)
        quiet.setAlphaF(0.75);

    painter->save();
    const QFont bold = titleFont(option.font);
    const QFontMetrics titleMetrics(bold);
    const QRect row = option.rect;
    painter->setFont(bold);
    painter->setPen(ink);
    painter->drawText(QRect(row.left() + kPadding, row.top() + kPadding, row.width() - 2 * kPadding,
                            titleMetrics.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, row.width() - 2 * kPadding));
    if (!excerpt.isEmpty()) {
        QTextLayout layout(excerpt, option.font);
        layOutExcerpt(layout, rowWidth(option));
        painter->setPen(quiet);
        layout.draw(painter, QPointF(row.left() + kPadding, row.top() + kPadding + titleMetrics.lineSpacing() + 1));
    }
    painter->restore();
}
