#pragma once

#include <QStyledItemDelegate>

class DistrictStrips;

/**
 * @brief Paints one row of the district strips: the district's name, then its
 * band of days, each run of days that look alike drawn with DistrictLook (the
 * map's look: fill by side, stripes when contested, lighter when inferred,
 * reported or approximate, the disputed outline), then the current date line.
 */
class DistrictStripDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DistrictStripDelegate(DistrictStrips *strips);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The height of a row in text of @p metrics.
    static int rowHeight(const QFontMetrics &metrics);

private:
    DistrictStrips *m_strips = nullptr;
};
