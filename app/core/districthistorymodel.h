#pragma once

#include "controltimeline.h"

#include <QAbstractListModel>
#include <QDate>
#include <memory>

/**
 * @brief One district's control changes, oldest first, with the row in force.
 *
 * IsCurrentRole is true for the change that determines the state at the end
 * of the date given to setCurrentDate().
 */
class DistrictHistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DateRole = Qt::UserRole + 1,
        ControlRole, ///< side id or "contested"
        LeadingRole,
        BasisRole,     ///< "stated", "inferred" or "approximate"
        QuoteRole,     ///< first source's quote (empty for approximate)
        RefsRole,      ///< all sources' refs, QVariantList
        ParagraphRole, ///< first source's paragraph, 0 when none
        NoteRole,
        EventRole,
        IsCurrentRole,
    };
    Q_ENUM(Role)

    explicit DistrictHistoryModel(QObject *parent = nullptr);

    void setTimeline(std::shared_ptr<const ControlTimeline> timeline);
    void setDistrict(const QString &districtId);
    void setCurrentDate(QDate date);

    QString district() const { return m_district; }
    /// Row in force at the current date, or -1.
    int currentRow() const { return m_currentRow; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();
    int rowInForce() const;

    std::shared_ptr<const ControlTimeline> m_timeline;
    QString m_district;
    QList<int> m_changes;
    QDate m_date;
    int m_currentRow = -1;
};
