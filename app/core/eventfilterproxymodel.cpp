#include "eventfilterproxymodel.h"

#include "eventlistmodel.h"

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EventFilterProxyModel::setDateRange(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void EventFilterProxyModel::setDistrict(const QString &districtId)
{
    if (districtId == m_district)
        return;
    m_district = districtId;
    invalidateFilter();
}

void EventFilterProxyModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QDate date = index.data(EventListModel::DateRole).toDate();
    const QDate endDate = index.data(EventListModel::EndDateRole).toDate();
    if (m_from.isValid() && endDate < m_from)
        return false;
    if (m_to.isValid() && date > m_to)
        return false;
    if (!m_district.isEmpty() && !index.data(EventListModel::DistrictsRole).toStringList().contains(m_district))
        return false;
    if (!m_kind.isEmpty() && index.data(EventListModel::KindRole).toString() != m_kind)
        return false;
    return true;
}
