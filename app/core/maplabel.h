#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTransform>

/**
 * @brief One `<text>` element of the map's label layer, as the SVG gives it.
 *
 * A label is drawn at `position` (its x and y: the baseline's anchor point)
 * in the coordinates of its `<g transform>`, which `transform` maps to the
 * map's user units. Each run is a stretch of text in one font family (the
 * map generator gives CJK and Latin runs their own family, because QtSvg does
 * not fall back through a family list, and sets its Han runs upright and in
 * the regular face whatever the label's weight and style). `weight` and
 * `italic` are the `<text>`'s; each run carries the ones it is drawn in.
 */
struct MapLabel
{
    /// Where the text's anchor point is: SVG `text-anchor`.
    enum class Anchor { Start, Middle, End };

    /// A stretch of text in one font: the `<text>`'s, or a `<tspan>`'s own.
    struct Run
    {
        QString text;
        QString family;
        QFont::Weight weight = QFont::Normal;
        bool italic = false;
    };

    QTransform transform; ///< the label's coordinates to the layer's (user units)
    QPointF position;     ///< `x`, `y` of the `<text>`
    QList<Run> runs;
    double fontSize = 16.0;               ///< `font-size`, in the label's coordinates
    QFont::Weight weight = QFont::Normal; ///< `font-weight` of the `<text>`
    bool italic = false;                  ///< `font-style` of the `<text>`
    Anchor anchor = Anchor::Start;
    QColor fill = Qt::black; ///< invalid when `fill="none"`
    QColor stroke;           ///< invalid when there is no stroke
    double strokeWidth = 1.0;
    Qt::PenJoinStyle strokeJoin = Qt::MiterJoin;

    /// All runs' text.
    QString text() const
    {
        QString all;
        for (const Run &r : runs)
            all += r.text;
        return all;
    }
};
