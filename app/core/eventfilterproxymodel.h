#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

/**
 * @brief Filters an EventListModel by date range, district and kind.
 *
 * An event passes when its [date, endDate] overlaps [from, to] (an invalid
 * bound is open), it concerns the district (if one is set) and its kind is
 * the kind set (if any).
 */
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    void setDateRange(QDate from, QDate to);
    void setDistrict(const QString &districtId);
    void setKind(const QString &kind);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QString district() const { return m_district; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_from;
    QDate m_to;
    QString m_district;
    QString m_kind;
};
