#include "districthistorydelegate.h"

#include "districthistorytextmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>

#include <utility>

namespace {
constexpr int kMargin = 6;
constexpr int kMaxCachedSizes = 2000; ///< a few districts' histories at a few widths
} // namespace

DistrictHistoryDelegate::DistrictHistoryDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QPoint DistrictHistoryDelegate::textOffset()
{
    return QPoint(kMargin + 2, kMargin);
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
    const bool current = index.data(DistrictHistoryTextModel::IsCurrentRole).toBool();
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
    painter->translate(opt.rect.topLeft() + textOffset());
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

QString DistrictHistoryDelegate::anchorAt(const QModelIndex &index, const QRect &rect, const QPoint &pos) const
{
    if (!index.isValid() || !rect.contains(pos))
        return {};
    QTextDocument document;
    layoutDocument(&document, index);
    return document.documentLayout()->anchorAt(QPointF(pos - rect.topLeft() - textOffset()));
}

bool DistrictHistoryDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                          const QModelIndex &index)
{
    // The view emits clicked() after this: the anchor tells its owner the click was on a link.
    if (event->type() == QEvent::MouseButtonPress)
        m_clickedAnchor.clear();
    else if (event->type() == QEvent::MouseButtonRelease)
        m_clickedAnchor = anchorAt(index, option.rect, static_cast<QMouseEvent *>(event)->position().toPoint());
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QString DistrictHistoryDelegate::takeClickedAnchor()
{
    return std::exchange(m_clickedAnchor, QString());
}
