#include "districthistorydelegate.h"

#include "districthistorymodel.h"
#include "districthistorytextmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QTextDocument>

namespace {
constexpr int kMargin = 6;
constexpr int kMaxCachedSizes = 2000; ///< a few districts' histories at a few widths
} // namespace

DistrictHistoryDelegate::DistrictHistoryDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

int DistrictHistoryDelegate::textWidth() const
{
    return qMax(120, m_view->viewport()->width() - 2 * kMargin);
}

void DistrictHistoryDelegate::layoutDocument(QTextDocument *document, const QModelIndex &index) const
{
    document->setDefaultFont(m_view->font());
    document->setDocumentMargin(0);
    document->setHtml(index.data(DistrictHistoryTextModel::HtmlRole).toString());
    document->setTextWidth(textWidth());
}

void DistrictHistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool current = index.data(DistrictHistoryModel::IsCurrentRole).toBool();
    painter->save();
    const QPalette &pal = opt.palette;
    QColor background = pal.color(QPalette::Base);
    if (current) {
        background = pal.color(QPalette::Highlight);
        background.setAlphaF(0.22);
    } else if (index.row() % 2 == 1) {
        background = pal.color(QPalette::AlternateBase);
    }
    painter->fillRect(opt.rect, background);
    if (current) {
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 4, opt.rect.height()), pal.color(QPalette::Highlight));
    }
    if (opt.state & QStyle::State_Selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        painter->drawRect(opt.rect.adjusted(0, 0, -1, -1));
    }
    painter->setPen(QPen(pal.color(QPalette::Mid), 1));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());

    QTextDocument document;
    layoutDocument(&document, index);
    painter->translate(opt.rect.left() + kMargin + 2, opt.rect.top() + kMargin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = pal;
    context.palette.setColor(QPalette::Text, pal.color(QPalette::Text));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize DistrictHistoryDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    // The same HTML at the same width in the same font has the same size.
    const QString font = m_view->font().key();
    if (font != m_sizesFont || m_sizes.size() > kMaxCachedSizes) {
        m_sizes.clear();
        m_sizesFont = font;
    }
    const int width = textWidth();
    const QString key = QString::number(width) + QLatin1Char(' ')
                        + index.data(DistrictHistoryTextModel::HtmlRole).toString();
    const auto cached = m_sizes.constFind(key);
    if (cached != m_sizes.constEnd())
        return *cached;
    QTextDocument document;
    layoutDocument(&document, index);
    const QSize size(width + 2 * kMargin, int(document.size().height()) + 2 * kMargin);
    m_sizes.insert(key, size);
    return size;
}
