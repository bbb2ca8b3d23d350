#include "eventfilterproxymodel.h"

#include "eventlistmodel.h"

#include <QSet>

#include <algorithm>

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

void EventFilterProxyModel::setKindShown(EventKind kind, bool shown)
{
    if (shown == isKindShown(kind))
        return;
    if (shown)
        m_hidden.removeAll(kind);
    else
        m_hidden.append(kind);
    invalidateFilter();
    emit hiddenKindsChanged();
}

void EventFilterProxyModel::setHiddenKinds(const QList<EventKind> &kinds)
{
    QList<EventKind> hidden;
    for (EventKind kind : allEventKinds()) {
        if (kinds.contains(kind))
            hidden.append(kind);
    }
    if (hidden == hiddenKinds())
        return;
    m_hidden = hidden;
    invalidateFilter();
    emit hiddenKindsChanged();
}

QList<EventKind> EventFilterProxyModel::hiddenKinds() const
{
    QList<EventKind> hidden;
    for (EventKind kind : allEventKinds()) {
        if (m_hidden.contains(kind))
            hidden.append(kind);
    }
    return hidden;
}

QList<QDate> EventFilterProxyModel::coveredDays() const
{
    QSet<QDate> days;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex i = index(row, 0);
        const QDate first = i.data(EventListModel::DateRole).toDate();
        const QDate last = i.data(EventListModel::EndDateRole).toDate();
        for (QDate d = first; d.isValid() && d <= qMax(first, last); d = d.addDays(1))
            days.insert(d);
    }
    QList<QDate> sorted(days.cbegin(), days.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
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
    const QString kind = index.data(EventListModel::KindRole).toString();
    if (!m_kind.isEmpty() && kind != m_kind)
        return false;
    if (!m_hidden.isEmpty()) {
        EventKind parsed = EventKind::Statement;
        if (eventKindFromName(kind, &parsed) && m_hidden.contains(parsed))
            return false;
    }
    return true;
}
