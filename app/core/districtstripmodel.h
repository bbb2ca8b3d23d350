#pragma once

#include "controltimeline.h"
#include "districtareas.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

/**
 * @brief Every district's control over the whole campaign, one row per
 * district, for the "District strips" view.
 *
 * Each row holds the district's appearance (ControlTimeline::appearanceAt(),
 * the map's one answer) for every day of the campaign, as runs of days that
 * look the same. "Changed today" is left out of the runs: it is the map's
 * emphasis of the shown day, not part of a district's history.
 *
 * The rows are built once per timeline (setTimeline()); the current date is
 * not part of the model, so moving the timeline changes nothing here.
 *
 * Designed for a QSortFilterProxyModel: sort on NameRole, FirstChangeRole or
 * AreaRole. A district whose look never changes after the first day, or whose
 * area is unknown, has an invalid value in that role, which the proxy sorts last.
 * Qt::AccessibleDescriptionRole says both in a sentence, in the UI language.
 */
class DistrictStripModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the district's id
        NameRole,                  ///< its name in the UI language (also Qt::DisplayRole)
        FirstChangeRole,           ///< QDate: the first day after the campaign's first day its look changed
        AreaRole,                  ///< double: its geodesic area in km² (DistrictAreas)
    };
    Q_ENUM(Role)

    /// Days [first, last] (indices from the campaign's first day) over which a district looks the same.
    struct Run
    {
        int first = 0;
        int last = 0;
        DistrictAppearance appearance;
    };

    explicit DistrictStripModel(QObject *parent = nullptr);

    /**
     * @brief Shows @p timeline's campaign (null clears).
     * @param areas the districts' areas; when null they are read with
     *              DistrictAreas::fromCampaign(). Pass the previous areas
     *              when only the sources changed: the campaign's outlines are the same.
     */
    void setTimeline(std::shared_ptr<const ControlTimeline> timeline, std::shared_ptr<const DistrictAreas> areas = {});
    const std::shared_ptr<const ControlTimeline> &timeline() const { return m_timeline; }
    const std::shared_ptr<const DistrictAreas> &areas() const { return m_areas; }
    /// The campaign shown, or null.
    const Campaign *campaign() const { return m_timeline ? m_timeline->campaign() : nullptr; }

    /// Names in @p language ("en" or "zh_TW"); emits dataChanged for NameRole.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// The campaign's first day (invalid without a campaign).
    QDate start() const;
    /// Days from the campaign's first to its last day, both included (0 without a campaign).
    int dayCount() const { return m_dayCount; }
    /// The date of day @p day (0 = the first day).
    QDate date(int day) const { return start().addDays(day); }
    /// The day index of @p date, clamped into [0, dayCount() - 1]; -1 without a campaign or for an invalid date.
    int dayOf(QDate date) const;

    /// The runs of days of district row @p row, in date order, covering every day.
    const QList<Run> &runs(int row) const;
    /// District row @p row's appearance at the end of day @p day (unknown out of range).
    DistrictAppearance appearance(int row, int day) const;
    /// The row of the district with @p districtId, or -1.
    int rowOf(const QString &districtId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString description(int row) const;

    struct Row
    {
        QList<Run> runs;
        QDate firstChange;
    };

    std::shared_ptr<const ControlTimeline> m_timeline;
    std::shared_ptr<const DistrictAreas> m_areas;
    QList<Row> m_rows;
    int m_dayCount = 0;
    QString m_language = QStringLiteral("en");
};
