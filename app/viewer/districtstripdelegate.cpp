#include "districtstripdelegate.h"

#include "districtlook.h"
#include "districtstripmodel.h"
#include "districtstrips.h"

#include <QPainter>
#include <QPainterPath>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace {

constexpr int kNameMargin = 6;
constexpr double kDateLineWidth = 2.0;

} // namespace

DistrictStripDelegate::DistrictStripDelegate(DistrictStrips *strips)
    : QStyledItemDelegate(strips)
    , m_strips(strips)
{
}

QSize DistrictStripDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Narrow: the band takes whatever width the view has.
    return QSize(1, rowHeight(option.fontMetrics));
}

int DistrictStripDelegate::rowHeight(const QFontMetrics &metrics)
{
    return std::max(20, metrics.height() + 8);
}

void DistrictStripDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const DistrictStripModel *model = m_strips->model();
    const Campaign *campaign = model->campaign();
    if (!campaign)
        return;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(index.model());
    const int row = proxy ? proxy->mapToSource(index).row() : index.row();
    const QRect item = option.rect;
    const bool selected = m_strips->isSelected(index);
    const QPalette &palette = option.palette;

    painter->save();
    const QRectF exposed = QRectF(item).intersected(m_strips->exposedRect());
    // The name, highlighted for the session's selected district (as on the map).
    // A day step repaints only where the date line was and goes: a name it does
    // not reach is neither elided nor laid out.
    const QRect nameRect(item.left() + kNameMargin - 2, item.top() + 1, m_strips->nameWidth() + 4, item.height() - 2);
    if (exposed.intersects(nameRect)) {
        if (selected)
            painter->fillRect(nameRect, palette.brush(QPalette::Highlight));
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(option.font);
        const QString name = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                           m_strips->nameWidth());
        painter->drawText(nameRect.adjusted(2, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, name);
    }

    // The band: one path per run of days that look alike, so that stripes and
    // outlines run on across days as they would over one district on the map.
    const QRectF band = m_strips->bandRect(item);
    for (const DistrictStripModel::Run &run : model->runs(row)) {
        const double left = m_strips->dayEdge(run.first);
        const double right = m_strips->dayEdge(run.last + 1);
        if (right < exposed.left() || left > exposed.right())
            continue;
        QPainterPath path;
        path.addRect(QRectF(left, band.top(), right - left, band.height()));
        DistrictLook::forState(run.appearance, campaign->sides).paint(painter, path, exposed);
    }
    if (selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(band.adjusted(-2, -1, 2, 1));
    }

    // The current date: a line through every row, drawn last.
    const int day = m_strips->currentDay();
    if (day >= 0) {
        const double x = (m_strips->dayEdge(day) + m_strips->dayEdge(day + 1)) / 2;
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(QColor(255, 255, 255, 200), kDateLineWidth + 2));
        painter->drawLine(QPointF(x, item.top()), QPointF(x, item.bottom() + 1));
        painter->setPen(QPen(palette.color(QPalette::WindowText), kDateLineWidth));
        painter->drawLine(QPointF(x, item.top()), QPointF(x, item.bottom() + 1));
    }
    if (option.state & QStyle::State_HasFocus) {
        QPen focus(palette.color(QPalette::Highlight), 1.0, Qt::DashLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(item).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter->restore();
}
