#pragma once

#include "campaign.h"

#include <QAbstractListModel>
#include <memory>

/// The campaign's events, in date order, for lists and the timeline.
class EventListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DateRole,
        EndDateRole,
        KindRole,      ///< kind name, e.g. "capture"
        DistrictsRole, ///< QStringList of district ids
        RefsRole,      ///< QVariantList of reference numbers
        QuoteRole,     ///< the article's sentence(s), zh
        SummaryRole,   ///< English summary
        ParagraphRole,
        DateFromContextRole,
    };
    Q_ENUM(Role)

    explicit EventListModel(QObject *parent = nullptr);

    void setCampaign(std::shared_ptr<const Campaign> campaign);
    const Campaign *campaign() const { return m_campaign.get(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const Campaign> m_campaign;
};
