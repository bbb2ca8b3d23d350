#pragma once

#include "figure.h"
#include "localizedtext.h"
#include "outlet.h"

#include <QDate>
#include <QString>
#include <QStringList>

/**
 * @brief One statement of a report about the campaign: a control, a denial or a figure.
 *
 * A claim is about the state at the end of @ref date. It asserts a @ref
 * control (a side, or "contested" with an optional @ref leading side), and/or
 * disputes another claim (@ref denies, a claim id), and/or gives a @ref
 * figure. @ref part means the report speaks of only part of a district: the
 * map then shows it contested, not changed hands. @ref summary is the package
 * author's paraphrase, never the report's own sentences.
 */
struct ReportClaim
{
    QString id;            ///< optional; needed by a claim that denies this one
    QDate date;            ///< the day the claim is about
    QStringList districts; ///< district ids (empty only for a campaign-wide figure)
    bool part = false;     ///< only part of each district is meant
    QStringList places;    ///< the place names as the report gives them
    /// With @ref part and a side: ids of the districts' member neighbourhoods (District::neighbourhoods)
    /// that @ref places name. When a district's neighbourhoods are all reported held by one side,
    /// the district is that side's (PartCoverage).
    QStringList neighbourhoods;
    QString control;       ///< side id, "contested" or empty (a pure denial or figure)
    QString leading;       ///< with contested: the side holding most, when said
    QString denies;        ///< id of the claim this one disputes, or empty
    Figure figure;         ///< the figure given, if any (Figure::present)
    Outlet saidBy;         ///< who said it, when the outlet relays someone else
    LocalizedText summary; ///< the author's paraphrase (en required)
};
