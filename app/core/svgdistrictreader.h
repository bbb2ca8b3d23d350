#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTransform>

class QXmlStreamAttributes;

/**
 * @brief Reads district outlines from the base map's SVG elements, as MapLoader's pass meets them.
 *
 * Used when a campaign package has a map but no GeoJSON district shapes: each
 * district is the `<path>`, `<polygon>` or `<rect>` whose id is the district
 * id. Path data supports every SVG command (M L H V C S Q T A Z, absolute and
 * relative); `transform` attributes on the element and its ancestors are
 * applied, so the result is in the map's user units (its viewBox).
 *
 * It does not read the SVG itself: MapLoader gives it every start and end
 * element of its one pass over the map, and places the problems it returns.
 */
class SvgDistrictReader
{
    Q_DECLARE_TR_FUNCTIONS(SvgDistrictReader)

public:
    /// A reader of the outlines of the elements whose id is one of @p ids.
    explicit SvgDistrictReader(QSet<QString> ids);

    /// The element @p name with @p attributes starts: returns the problems with it, if any.
    QStringList startElement(QStringView name, const QXmlStreamAttributes &attributes);
    /// The current element ends.
    void endElement();
    /// The outlines read so far, by district id, in the map's user units.
    const QHash<QString, QPainterPath> &paths() const { return m_paths; }

    /// Parses SVG path data ("M0,0 L10,0 10,10 Z"); returns false on a syntax error.
    static bool parsePathData(const QString &data, QPainterPath *path, QString *error);
    /// Parses an SVG transform list ("translate(10 20) scale(2)").
    static bool parseTransform(const QString &text, QTransform *transform);

private:
    QSet<QString> m_ids;
    QList<QTransform> m_transforms; ///< the user units of each open element to the map's
    QHash<QString, QPainterPath> m_paths;
};
