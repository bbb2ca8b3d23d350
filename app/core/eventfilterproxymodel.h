#pragma once

#include "campaignevent.h"

#include <QDate>
#include <QList>
#include <QSortFilterProxyModel>

/**
 * @brief Filters an EventListModel by date range, district and kind.
 *
 * An event passes when its [date, endDate] overlaps [from, to] (an invalid
 * bound is open), it concerns the district (if one is set), its kind is the
 * kind set (if any) and its kind is not hidden. Hidden kinds are the reader's
 * choice of what the timeline shows (View › Event Kinds and the kind legend);
 * the other criteria are a view's own.
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

    /// Shows or hides the events of @p kind; emits hiddenKindsChanged() when that changes anything.
    void setKindShown(EventKind kind, bool shown);
    bool isKindShown(EventKind kind) const { return !m_hidden.contains(kind); }
    /// Hides exactly @p kinds (an empty list shows every kind).
    void setHiddenKinds(const QList<EventKind> &kinds);
    /// The hidden kinds, in the order of allEventKinds().
    QList<EventKind> hiddenKinds() const;
    /// Every day covered by an event that passes, ascending, each once (for calendars and marks).
    QList<QDate> coveredDays() const;

signals:
    void hiddenKindsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_from;
    QDate m_to;
    QString m_district;
    QString m_kind;
    QList<EventKind> m_hidden;
};
