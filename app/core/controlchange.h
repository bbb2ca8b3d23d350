#pragma once

#include "citation.h"
#include "localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

/// How a control state is known.
enum class Basis {
    Stated,      ///< the article says it
    Inferred,    ///< follows from the article (aggregate statement, "recaptured", ...)
    Approximate, ///< reference geography, not the article
    Reported,    ///< not in the article: said by at least one report (reports.json)
};

QString basisName(Basis basis);
bool basisFromName(const QString &name, Basis *basis);

/// The control value meaning "partly held by several sides".
inline const QString kContested = QStringLiteral("contested");

/**
 * @brief A district's control from the end of @ref date on.
 *
 * @ref control is a side id or "contested"; a contested change may name the
 * side that holds most (@ref leading). Several changes of one district on one
 * day apply in file order (the article's order); the last one is the state at
 * the end of that day.
 */
struct ControlChange
{
    QString district;
    QDate date;
    QString control;
    QString leading;         ///< only with contested; empty when unknown
    QStringList contestants; ///< only with contested: the sides fighting over it, when known
    Basis basis = Basis::Stated;
    QList<Citation> sources; ///< empty only for approximate changes
    QString event;           ///< optional id of the event it comes from
    LocalizedText note;      ///< why this state, in the author's words
    int order = 0;           ///< position in the file, for same-day ordering
    /// Reported changes only: index into Campaign::reports of the report that makes the claim; -1 for the article.
    int report = -1;
    int claim = -1; ///< reported changes: index of the claim in the report's claims
    /// Reported changes only: the report speaks of part of the district; the change is then
    /// contested and @ref partSide is the side the report says took (or holds) that part.
    QString partSide;
    /// Reported changes only: a whole-district change completed by part claims (PartCoverage) lists
    /// the indices into Campaign::changes of the part changes that name the district's neighbourhoods;
    /// @ref report and @ref claim are then the claim that completed it.
    QList<int> covering;

    bool isReported() const { return report >= 0; }
};
