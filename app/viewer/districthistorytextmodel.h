#pragma once

#include "campaign.h"

#include <QIdentityProxyModel>

#include <memory>

/**
 * @brief Words for the rows of a DistrictHistoryModel, in the viewer's language.
 *
 * Passes every role through and adds the row as translated text: Qt::DisplayRole
 * and Qt::AccessibleTextRole give plain text (what a screen reader says),
 * HtmlRole the same as HTML for DistrictHistoryDelegate.
 */
class DistrictHistoryTextModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role { HtmlRole = Qt::UserRole + 100 };

    explicit DistrictHistoryTextModel(QObject *parent = nullptr);

    void setCampaign(std::shared_ptr<const Campaign> campaign);
    void setLanguage(const QString &language);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString html(const QModelIndex &index) const;
    QString plainText(const QModelIndex &index) const;
    void refreshAll();

    std::shared_ptr<const Campaign> m_campaign;
    QString m_language = QStringLiteral("en");
};
