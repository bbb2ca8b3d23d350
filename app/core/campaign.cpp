#include "campaign.h"

#include <QUrl>

QString ArticleSource::revisionUrl() const
{
    const QUrl article(url);
    if (revision <= 0 || !article.isValid() || article.host().isEmpty())
        return url;
    // MediaWiki's permanent link: the same on every wiki, whatever the article's title.
    QUrl permanent;
    permanent.setScheme(article.scheme());
    permanent.setHost(article.host());
    permanent.setPath(QStringLiteral("/w/index.php"));
    permanent.setQuery(QStringLiteral("oldid=%1").arg(revision));
    return permanent.toString();
}

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

const Report *Campaign::report(const QString &reportId) const
{
    const int i = m_reportIndex.value(reportId, -1);
    return i < 0 ? nullptr : &reports.at(i);
}

bool Campaign::findClaim(const QString &claimId, int *report, int *claim) const
{
    const auto it = m_claimIndex.constFind(claimId);
    if (claimId.isEmpty() || it == m_claimIndex.cend())
        return false;
    *report = it->first;
    *claim = it->second;
    return true;
}

void Campaign::buildIndex()
{
    m_sideIndex.clear();
    m_districtIndex.clear();
    m_eventIndex.clear();
    m_reportIndex.clear();
    m_claimIndex.clear();
    for (int i = 0; i < reports.size(); ++i) {
        m_reportIndex.insert(reports.at(i).id, i);
        for (int k = 0; k < reports.at(i).claims.size(); ++k) {
            if (!reports.at(i).claims.at(k).id.isEmpty())
                m_claimIndex.insert(reports.at(i).claims.at(k).id, {i, k});
        }
    }
    for (int i = 0; i < sides.size(); ++i)
        m_sideIndex.insert(sides.at(i).id, i);
    for (int i = 0; i < districts.size(); ++i)
        m_districtIndex.insert(districts.at(i).id, i);
    for (int i = 0; i < events.size(); ++i)
        m_eventIndex.insert(events.at(i).id, i);
}
