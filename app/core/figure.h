#pragma once

#include "localizedtext.h"

#include <QString>
#include <QStringList>

/// What a source's figure measures.
enum class FigureUnit {
    Share,     ///< a share (0..1) of an area taken by the government
    Km2,       ///< square kilometres still held by the opposition
    Districts, ///< a number of districts (neighbourhoods) taken
};

/// How exact a source says its figure is.
enum class FigureQualifier {
    About, ///< "about", "nearly", "some"
    Over,  ///< "over", "more than"
    Under, ///< "under", "less than"
    Exact, ///< given without a qualifier
};

/// Stable JSON name of @p unit: "share", "km2", "districts".
QString figureUnitName(FigureUnit unit);
bool figureUnitFromName(const QString &name, FigureUnit *unit);
/// Stable JSON name of @p qualifier: "about", "over", "under", "exact".
QString figureQualifierName(FigureQualifier qualifier);
bool figureQualifierFromName(const QString &name, FigureQualifier *qualifier);

/**
 * @brief An aggregate figure a source gives ("about 80% taken", "3.5 km² left").
 *
 * A checkable claim: the map's own value for the same measure on the same
 * day can be set beside it (see TerritoryMeasure). @ref of says, in the
 * source's terms, what the figure is a share or a count of; @ref districts
 * narrows it to those districts (empty: the whole campaign).
 */
struct Figure
{
    bool present = false; ///< false: no figure
    FigureUnit unit = FigureUnit::Share;
    double value = 0.0;
    FigureQualifier qualifier = FigureQualifier::Exact;
    LocalizedText of;
    QStringList districts;
};
