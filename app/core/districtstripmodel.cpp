#include "districtstripmodel.h"

#include "wording.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

DistrictStripModel::DistrictStripModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DistrictStripModel::setTimeline(std::shared_ptr<const ControlTimeline> timeline,
                                     std::shared_ptr<const DistrictAreas> areas)
{
    beginResetModel();
    m_timeline = std::move(timeline);
    m_rows.clear();
    m_dayCount = 0;
    const Campaign *c = campaign();
    if (!c || !c->start.isValid() || !c->end.isValid() || c->end < c->start) {
        m_areas.reset();
        endResetModel();
        return;
    }
    m_areas = areas ? std::move(areas) : std::make_shared<const DistrictAreas>(DistrictAreas::fromCampaign(*c));
    m_dayCount = int(c->start.daysTo(c->end)) + 1;
    const int districts = m_timeline->districtCount();
    m_rows.resize(districts);
    for (int i = 0; i < districts; ++i) {
        Row &row = m_rows[i];
        // One query per day (O(log n) each): the runs are then exactly what the map shows on every day.
        for (int day = 0; day < m_dayCount; ++day) {
            DistrictAppearance a = m_timeline->appearanceAt(i, c->start.addDays(day));
            a.changedToday = false;
            if (!row.runs.isEmpty() && row.runs.last().appearance == a)
                row.runs.last().last = day;
            else
                row.runs.append(Run{day, day, std::move(a)});
        }
        const auto changes = m_timeline->lookChanges(i, c->start, c->end);
        if (!changes.isEmpty())
            row.firstChange = changes.first().first;
    }
    endResetModel();
}

void DistrictStripModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, NameRole, Qt::AccessibleDescriptionRole});
}

QDate DistrictStripModel::start() const
{
    const Campaign *c = campaign();
    return c && m_dayCount > 0 ? c->start : QDate();
}

int DistrictStripModel::dayOf(QDate date) const
{
    if (m_dayCount == 0 || !date.isValid())
        return -1;
    return int(std::clamp<qint64>(start().daysTo(date), 0, m_dayCount - 1));
}

const QList<DistrictStripModel::Run> &DistrictStripModel::runs(int row) const
{
    static const QList<Run> none;
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).runs : none;
}

DistrictAppearance DistrictStripModel::appearance(int row, int day) const
{
    const QList<Run> &list = runs(row);
    const auto it = std::partition_point(list.cbegin(), list.cend(), [day](const Run &r) { return r.last < day; });
    if (it == list.cend() || it->first > day)
        return {};
    return it->appearance;
}

int DistrictStripModel::rowOf(const QString &districtId) const
{
    const Campaign *c = campaign();
    return c && !m_rows.isEmpty() ? c->districtIndex(districtId) : -1;
}

int DistrictStripModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DistrictStripModel::data(const QModelIndex &index, int role) const
{
    const Campaign *c = campaign();
    if (!c || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const District &district = c->districts.at(index.row());
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return district.name.value(Wording::contentLanguage(m_language));
    case IdRole:
        return district.id;
    case FirstChangeRole:
        return row.firstChange.isValid() ? QVariant(row.firstChange) : QVariant();
    case AreaRole: {
        const double km2 = m_areas ? m_areas->km2(index.row()) : std::nan("");
        return std::isnan(km2) ? QVariant() : QVariant(km2);
    }
    case Qt::AccessibleDescriptionRole:
        return description(index.row());
    default:
        return {};
    }
}

QString DistrictStripModel::description(int row) const
{
    // Read out with the row's name: what sorting by first change or by area orders.
    const QDate first = m_rows.at(row).firstChange;
    QString text = first.isValid() ? tr("Control first changed on %1.").arg(Wording::date(first, m_language))
                                   : tr("Control did not change after the first day.");
    const double km2 = m_areas ? m_areas->km2(row) : std::nan("");
    if (!std::isnan(km2))
        text += QLatin1Char(' ') + tr("Area %1 km².").arg(QLocale(m_language).toString(km2, 'f', 2));
    return text;
}

QHash<int, QByteArray> DistrictStripModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(FirstChangeRole, "firstChange");
    names.insert(AreaRole, "area");
    return names;
}
