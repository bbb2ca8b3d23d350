#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QPainterPath>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTransform>

/**
 * @brief Reads district outlines from the base map's SVG elements.
 *
 * Used when a campaign package has a map but no GeoJSON district shapes: each
 * district is the `<path>`, `<polygon>` or `<rect>` whose id is the district
 * id. Path data supports every SVG command (M L H V C S Q T A Z, absolute and
 * relative); `transform` attributes on the element and its ancestors are
 * applied, so the result is in the map's user units (its viewBox).
 */
class SvgDistrictReader
{
    Q_DECLARE_TR_FUNCTIONS(SvgDistrictReader)

public:
    /// Outlines of the elements with the given @p ids; problems go to @p errors.
    static QHash<QString, QPainterPath> read(const QByteArray &svg, const QSet<QString> &ids, QStringList *errors);

    /// Parses SVG path data ("M0,0 L10,0 10,10 Z"); returns false on a syntax error.
    static bool parsePathData(const QString &data, QPainterPath *path, QString *error);
    /// Parses an SVG transform list ("translate(10 20) scale(2)").
    static bool parseTransform(const QString &text, QTransform *transform);
};
