#include "campaign.h"

const Side *Campaign::side(const QString &sideId) const
{
    const int i = m_sideIndex.value(sideId, -1);
    return i < 0 ? nullptr : &sides.at(i);
}

const District *Campaign::district(const QString &districtId) const
{
    const int i = districtIndex(districtId);
    return i < 0 ? nullptr : &districts.at(i);
}

int Campaign::districtIndex(const QString &districtId) const
{
    return m_districtIndex.value(districtId, -1);
}

const CampaignEvent *Campaign::event(const QString &eventId) const
{
    const int i = eventIndex(eventId);
    return i < 0 ? nullptr : &events.at(i);
}

int Campaign::eventIndex(const QString &eventId) const
{
    return m_eventIndex.value(eventId, -1);
}

void Campaign::buildIndex()
{
    m_sideIndex.clear();
    m_districtIndex.clear();
    m_eventIndex.clear();
    for (int i = 0; i < sides.size(); ++i)
        m_sideIndex.insert(sides.at(i).id, i);
    for (int i = 0; i < districts.size(); ++i)
        m_districtIndex.insert(districts.at(i).id, i);
    for (int i = 0; i < events.size(); ++i)
        m_eventIndex.insert(events.at(i).id, i);
}
