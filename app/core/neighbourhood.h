#pragma once

#include "localizedtext.h"

#include <QString>

/**
 * @brief A neighbourhood inside a merged district, as reports name it.
 *
 * The map merges several of the city's neighbourhoods into one district; a
 * report that names some of them speaks of part of the district
 * (ReportClaim::part, ReportClaim::neighbourhoods).
 */
struct Neighbourhood
{
    QString id; ///< kebab-case, unique within its district, e.g. "jouret-awwad"
    LocalizedText name;
};
