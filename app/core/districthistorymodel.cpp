#include "districthistorymodel.h"

DistrictHistoryModel::DistrictHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DistrictHistoryModel::setTimeline(std::shared_ptr<const ControlTimeline> timeline)
{
    m_timeline = std::move(timeline);
    reload();
}

void DistrictHistoryModel::setDistrict(const QString &districtId)
{
    if (districtId == m_district)
        return;
    m_district = districtId;
    reload();
}

void DistrictHistoryModel::reload()
{
    beginResetModel();
    m_changes.clear();
    if (m_timeline && m_timeline->campaign())
        m_changes = m_timeline->history(m_timeline->campaign()->districtIndex(m_district));
    m_currentRow = rowInForce();
    endResetModel();
}

int DistrictHistoryModel::rowInForce() const
{
    if (!m_date.isValid())
        return -1;
    const auto &changes = m_timeline->campaign()->changes;
    int row = -1;
    for (int i = 0; i < m_changes.size(); ++i) {
        if (changes.at(m_changes.at(i)).date <= m_date)
            row = i;
    }
    return row;
}

void DistrictHistoryModel::setCurrentDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    if (!m_timeline || !m_timeline->campaign())
        return;
    const int row = rowInForce();
    if (row == m_currentRow)
        return;
    const int old = m_currentRow;
    m_currentRow = row;
    const QList<int> roles{IsCurrentRole, Qt::FontRole, Qt::BackgroundRole};
    if (old >= 0)
        emit dataChanged(index(old), index(old), roles);
    if (row >= 0)
        emit dataChanged(index(row), index(row), roles);
}

int DistrictHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

QVariant DistrictHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ControlChange &c = m_timeline->campaign()->changes.at(m_changes.at(index.row()));
    switch (role) {
    case Qt::DisplayRole: {
        QString control = c.control;
        if (!c.leading.isEmpty())
            control += QStringLiteral(" (%1 leading)").arg(c.leading);
        return QStringLiteral("%1  %2  [%3]").arg(c.date.toString(Qt::ISODate), control, basisName(c.basis));
    }
    case DateRole:
        return c.date;
    case ControlRole:
        return c.control;
    case LeadingRole:
        return c.leading;
    case BasisRole:
        return basisName(c.basis);
    case QuoteRole:
        return c.sources.isEmpty() ? QString() : c.sources.first().quote;
    case RefsRole: {
        QVariantList refs;
        for (const Citation &s : c.sources) {
            for (int r : s.refs) {
                if (!refs.contains(r))
                    refs.append(r);
            }
        }
        return refs;
    }
    case ParagraphRole:
        return c.sources.isEmpty() ? 0 : c.sources.first().paragraph;
    case NoteRole:
        return c.note.en;
    case EventRole:
        return c.event;
    case IsCurrentRole:
        return index.row() == m_currentRow;
    default:
        return {};
    }
}

QHash<int, QByteArray> DistrictHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DateRole, "date");
    names.insert(ControlRole, "control");
    names.insert(LeadingRole, "leading");
    names.insert(BasisRole, "basis");
    names.insert(QuoteRole, "quote");
    names.insert(RefsRole, "refs");
    names.insert(ParagraphRole, "paragraph");
    names.insert(NoteRole, "note");
    names.insert(EventRole, "event");
    names.insert(IsCurrentRole, "isCurrent");
    return names;
}
