#pragma once

#include "campaign.h"
#include "controltimeline.h"
#include "diagnostic.h"
#include "districtareas.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <memory>

struct MapSources;
class EventFilterProxyModel;
class EventListModel;
class TimelineController;

/**
 * @brief The viewer's state without any widget: the campaign, the current
 * date, the selected district and the models the panels show.
 *
 * Loading a campaign is all or nothing: a package with problems leaves the
 * current campaign, date and selection untouched.
 */
class ViewerSession : public QObject
{
    Q_OBJECT

public:
    explicit ViewerSession(QObject *parent = nullptr);
    ~ViewerSession() override;

    /// Loads the package at @p path; on failure keeps the current campaign and fills @p problems.
    bool loadCampaign(const QString &path, Diagnostics *problems = nullptr);
    /**
     * Replaces the campaign (must be non-null and valid); keeps the date when it is inside the new range.
     * @param mapSources the campaign's map files, if they were read beforehand (MapScene::loadSources())
     */
    void setCampaign(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const MapSources> mapSources = nullptr);

    std::shared_ptr<const Campaign> campaign() const { return m_campaign; }
    /// The campaign's map files as read with it, or null: the map reads them itself.
    std::shared_ptr<const MapSources> mapSources() const { return m_mapSources; }
    std::shared_ptr<const ControlTimeline> timeline() const { return m_timeline; }
    /// The campaign's geodesic district areas, measured once per campaign on first use
    /// (the panels that need them share one reading of the outlines); null without a campaign.
    std::shared_ptr<const DistrictAreas> districtAreas() const;
    bool hasCampaign() const { return m_campaign != nullptr; }

    /// True when the picture is the article's alone (ControlTimeline::Sources::ArticleOnly), reports hidden.
    bool isArticleOnly() const { return m_sources == ControlTimeline::Sources::ArticleOnly; }
    /**
     * Shows the article's picture alone (true) or the article with the package's
     * reports (false): the timeline is rebuilt and sourcesChanged() emitted; the
     * campaign, date and selection stay. Without a campaign the choice is kept
     * for the next one.
     */
    void setArticleOnly(bool articleOnly);

    TimelineController *controller() const { return m_controller; }
    EventListModel *eventModel() const { return m_events; }
    /**
     * The reader's event-kind filter over eventModel() (View › Event Kinds, the
     * timeline's legend): the one place the hidden kinds live. The day's events
     * and the next/previous event days below skip the hidden kinds.
     */
    EventFilterProxyModel *eventFilter() const { return m_filter; }

    QDate currentDate() const;
    void setCurrentDate(QDate date);
    /**
     * @brief Compare mode: the map shows what changed between the end of @p date and the current
     * date. An invalid date, or one outside the campaign, leaves compare mode.
     */
    void setCompareDate(QDate date);
    /// The date compared with, or invalid when compare mode is off.
    QDate compareDate() const { return m_compareDate; }

    QString selectedDistrict() const { return m_selectedDistrict; }
    /// Selects a known district, or clears the selection with an empty id; unknown ids are ignored.
    bool setSelectedDistrict(const QString &districtId);

    /// Districts of the last clicked article sentence or event (for emphasis).
    QStringList highlightedDistricts() const { return m_highlighted; }
    void setHighlightedDistricts(const QStringList &districtIds);

    /// Indices into Campaign::events of the events of a shown kind covering @p date; when none,
    /// those of the latest earlier day with such events and @p earlier set to true.
    QList<int> eventsForDay(QDate date, bool *earlier = nullptr) const;
    /// Indices of the events covering @p date whose kind the filter hides.
    QList<int> hiddenEventsForDay(QDate date) const;
    /// First day after / last day before @p date with an event of a shown kind, or an invalid date.
    QDate nextEventDate(QDate date) const;
    QDate previousEventDate(QDate date) const;

public slots:
    void stepDays(int days);
    void goToPreviousEvent();
    void goToNextEvent();
    void goToFirstDay();
    void goToLastDay();

signals:
    void campaignChanged();
    /// The timeline was rebuilt with other sources (setArticleOnly()); the campaign is the same.
    void sourcesChanged(bool articleOnly);
    void currentDateChanged(QDate date);
    void compareDateChanged(QDate date);
    void selectedDistrictChanged(const QString &districtId);
    void highlightedDistrictsChanged(const QStringList &districtIds);
    /// The filter's hidden kinds changed: the day's events may be others.
    void hiddenKindsChanged();

private:
    /// True when the filter shows the kind of @p event.
    bool isShown(const CampaignEvent &event) const;

    std::shared_ptr<const Campaign> m_campaign;
    std::shared_ptr<const ControlTimeline> m_timeline;
    mutable std::shared_ptr<const DistrictAreas> m_areas; ///< of m_campaign; made by districtAreas()
    std::shared_ptr<const MapSources> m_mapSources;
    ControlTimeline::Sources m_sources = ControlTimeline::Sources::WithReports;
    TimelineController *m_controller = nullptr;
    EventListModel *m_events = nullptr;
    EventFilterProxyModel *m_filter = nullptr;
    QString m_selectedDistrict;
    QDate m_compareDate;
    QStringList m_highlighted;
};
