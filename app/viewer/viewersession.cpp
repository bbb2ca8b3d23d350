#include "viewersession.h"

#include "campaignloader.h"
#include "eventfilterproxymodel.h"
#include "eventlistmodel.h"
#include "mapscene.h"
#include "timelinecontroller.h"

ViewerSession::ViewerSession(QObject *parent)
    : QObject(parent)
    , m_controller(new TimelineController(this))
    , m_events(new EventListModel(this))
    , m_filter(new EventFilterProxyModel(this))
{
    m_filter->setSourceModel(m_events);
    connect(m_controller, &TimelineController::currentDateChanged, this, &ViewerSession::currentDateChanged);
    connect(m_filter, &EventFilterProxyModel::hiddenKindsChanged, this, &ViewerSession::hiddenKindsChanged);
}

ViewerSession::~ViewerSession() = default;

bool ViewerSession::loadCampaign(const QString &path, Diagnostics *problems)
{
    const CampaignLoadResult result = CampaignLoader::load(path);
    if (!result.ok()) {
        if (problems) {
            *problems = result.problems;
            if (problems->isEmpty())
                problems->append(Diagnostic{path, 0, 0, tr("the package could not be loaded")});
        }
        return false;
    }
    // The loader's parse of the map is the one the scene is built from.
    setCampaign(result.campaign,
                std::make_shared<const MapSources>(MapScene::loadSources(*result.campaign, &result.map)));
    return true;
}

void ViewerSession::setCampaign(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const MapSources> mapSources)
{
    if (!campaign)
        return;
    const bool playing = m_controller->isPlaying();
    if (playing)
        m_controller->setPlaying(false);
    m_campaign = std::move(campaign);
    m_mapSources = std::move(mapSources);
    m_areas.reset();
    m_timeline = std::make_shared<const ControlTimeline>(m_campaign, m_sources);
    m_events->setCampaign(m_campaign);

    if (!m_selectedDistrict.isEmpty() && !m_campaign->district(m_selectedDistrict))
        m_selectedDistrict.clear();
    m_highlighted.clear();

    // Keep the date when the new campaign covers it; otherwise start at its first day.
    const QDate previous = m_controller->currentDate();
    const bool keep = previous.isValid() && previous >= m_campaign->start && previous <= m_campaign->end;
    m_controller->setRange(m_campaign->start, m_campaign->end);
    m_controller->setCurrentDate(keep ? previous : m_campaign->start);

    emit campaignChanged();
    // Another campaign's dates mean nothing to the comparison.
    setCompareDate({});
    emit selectedDistrictChanged(m_selectedDistrict);
    emit highlightedDistrictsChanged(m_highlighted);
}

void ViewerSession::setArticleOnly(bool articleOnly)
{
    const auto sources = articleOnly ? ControlTimeline::Sources::ArticleOnly : ControlTimeline::Sources::WithReports;
    if (sources == m_sources)
        return;
    m_sources = sources;
    if (!m_campaign)
        return;
    m_timeline = std::make_shared<const ControlTimeline>(m_campaign, m_sources);
    emit sourcesChanged(articleOnly);
}

void ViewerSession::setCompareDate(QDate date)
{
    if (date.isValid() && (!m_campaign || date < m_campaign->start || date > m_campaign->end))
        date = QDate();
    if (date == m_compareDate)
        return;
    m_compareDate = date;
    emit compareDateChanged(date);
}

std::shared_ptr<const DistrictAreas> ViewerSession::districtAreas() const
{
    if (!m_areas && m_campaign)
        m_areas = std::make_shared<const DistrictAreas>(DistrictAreas::fromCampaign(*m_campaign));
    return m_areas;
}

QDate ViewerSession::currentDate() const
{
    return m_controller->currentDate();
}

void ViewerSession::setCurrentDate(QDate date)
{
    m_controller->setCurrentDate(date);
}

bool ViewerSession::setSelectedDistrict(const QString &districtId)
{
    if (!districtId.isEmpty() && (!m_campaign || !m_campaign->district(districtId)))
        return false;
    if (districtId == m_selectedDistrict)
        return true;
    m_selectedDistrict = districtId;
    emit selectedDistrictChanged(districtId);
    return true;
}

void ViewerSession::setHighlightedDistricts(const QStringList &districtIds)
{
    QStringList known;
    for (const QString &id : districtIds) {
        if (m_campaign && m_campaign->district(id) && !known.contains(id))
            known.append(id);
    }
    if (known == m_highlighted)
        return;
    m_highlighted = known;
    emit highlightedDistrictsChanged(m_highlighted);
}

bool ViewerSession::isShown(const CampaignEvent &event) const
{
    return m_filter->isKindShown(event.kind);
}

QList<int> ViewerSession::eventsForDay(QDate date, bool *earlier) const
{
    if (earlier)
        *earlier = false;
    QList<int> rows;
    if (!m_campaign || !date.isValid())
        return rows;
    const auto &events = m_campaign->events;
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).covers(date) && isShown(events.at(i)))
            rows.append(i);
    }
    if (!rows.isEmpty())
        return rows;
    // The latest earlier day with events (a range counts from its last day).
    QDate latest;
    for (const CampaignEvent &e : events) {
        const QDate last = e.endDate.isValid() ? e.endDate : e.date;
        if (last < date && isShown(e) && (!latest.isValid() || last > latest))
            latest = last;
    }
    if (!latest.isValid())
        return rows;
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).covers(latest) && isShown(events.at(i)))
            rows.append(i);
    }
    if (earlier)
        *earlier = !rows.isEmpty();
    return rows;
}

QList<int> ViewerSession::hiddenEventsForDay(QDate date) const
{
    QList<int> rows;
    if (!m_campaign || !date.isValid())
        return rows;
    const auto &events = m_campaign->events;
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).covers(date) && !isShown(events.at(i)))
            rows.append(i);
    }
    return rows;
}

QDate ViewerSession::nextEventDate(QDate date) const
{
    QDate next;
    if (!m_campaign)
        return next;
    for (const CampaignEvent &e : m_campaign->events) {
        if (e.date > date && isShown(e) && (!next.isValid() || e.date < next))
            next = e.date;
    }
    return next;
}

QDate ViewerSession::previousEventDate(QDate date) const
{
    QDate previous;
    if (!m_campaign)
        return previous;
    for (const CampaignEvent &e : m_campaign->events) {
        if (e.date < date && isShown(e) && (!previous.isValid() || e.date > previous))
            previous = e.date;
    }
    return previous;
}

void ViewerSession::stepDays(int days)
{
    m_controller->stepDays(days);
}

void ViewerSession::goToPreviousEvent()
{
    const QDate date = previousEventDate(currentDate());
    if (date.isValid())
        setCurrentDate(date);
}

void ViewerSession::goToNextEvent()
{
    const QDate date = nextEventDate(currentDate());
    if (date.isValid())
        setCurrentDate(date);
}

void ViewerSession::goToFirstDay()
{
    setCurrentDate(m_controller->start());
}

void ViewerSession::goToLastDay()
{
    setCurrentDate(m_controller->end());
}
