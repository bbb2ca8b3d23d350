#pragma once

#include "citation.h"
#include "figure.h"
#include "localizedtext.h"

#include <QDate>
#include <QString>
#include <QStringList>

/// What kind of statement an event is; drives the timeline tick colour.
enum class EventKind {
    Airstrikes,
    GroundAttack,
    Capture,
    Counterattack,
    Casualties,
    Humanitarian,
    Ceasefire,
    Evacuation,
    Statement,
};

/// The stable JSON name of @p kind ("ground-attack", ...).
QString eventKindName(EventKind kind);
/// Parses a JSON kind name; returns false for an unknown name.
bool eventKindFromName(const QString &name, EventKind *kind);
/// All kinds, in declaration order.
QList<EventKind> allEventKinds();

/// A dated statement of the article.
struct CampaignEvent
{
    QString id;
    QDate date;                   ///< first (or only) day
    QDate endDate;                ///< last day of a range; equals @ref date for one day
    bool dateFromContext = false; ///< the sentence itself carries no date
    EventKind kind = EventKind::Statement;
    QStringList districts;
    Citation citation;     ///< the zh text is citation.quote
    LocalizedText summary; ///< English summary written by the package author
    Figure figure;         ///< an aggregate figure the sentence gives, if any (Figure::present)

    bool isRange() const { return endDate.isValid() && endDate != date; }
    bool covers(QDate day) const { return day >= date && day <= endDate; }
};
