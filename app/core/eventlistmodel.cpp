#include "eventlistmodel.h"

EventListModel::EventListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EventListModel::setCampaign(std::shared_ptr<const Campaign> campaign)
{
    beginResetModel();
    m_campaign = std::move(campaign);
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_campaign)
        return 0;
    return int(m_campaign->events.size());
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_campaign)
        return {};
    const CampaignEvent &e = m_campaign->events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.date.toString(Qt::ISODate) + QStringLiteral(" — ") + e.summary.en;
    case Qt::ToolTipRole:
        return e.citation.quote;
    case IdRole:
        return e.id;
    case DateRole:
        return e.date;
    case EndDateRole:
        return e.endDate;
    case KindRole:
        return eventKindName(e.kind);
    case DistrictsRole:
        return e.districts;
    case RefsRole: {
        QVariantList refs;
        for (int r : e.citation.refs)
            refs.append(r);
        return refs;
    }
    case QuoteRole:
        return e.citation.quote;
    case SummaryRole:
        return e.summary.en;
    case ParagraphRole:
        return e.citation.paragraph;
    case DateFromContextRole:
        return e.dateFromContext;
    default:
        return {};
    }
}

QHash<int, QByteArray> EventListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(DateRole, "date");
    names.insert(EndDateRole, "endDate");
    names.insert(KindRole, "kind");
    names.insert(DistrictsRole, "districts");
    names.insert(RefsRole, "refs");
    names.insert(QuoteRole, "quote");
    names.insert(SummaryRole, "summary");
    names.insert(ParagraphRole, "paragraph");
    names.insert(DateFromContextRole, "dateFromContext");
    return names;
}
