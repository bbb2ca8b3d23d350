#pragma once

#include "maplabel.h"

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * @brief Reads a layer of the map's SVG that holds only text labels.
 *
 * The map generator writes every halo-backed label as
 * `<g transform="matrix(…)"><text …>name<tspan font-family="…">名</tspan></text></g>`
 * in one top-level group. Such a layer can be drawn by LabelLayerItem from
 * shaped glyph runs instead of QtSvg's text layout and glyph-outline
 * strokes. Anything the reader does not understand exactly (another element,
 * attribute, style, a transform on the layer, a viewBox not at the origin)
 * makes the layer unsupported, and the map draws it with QtSvg as before:
 * the reader never guesses.
 */
class SvgLabelReader
{
public:
    struct Result
    {
        QList<MapLabel> labels;
        bool found = false;    ///< the SVG has a top-level group with that id
        /// Why the layer cannot be read as labels (empty when it can). Not shown to users:
        /// such a layer is simply drawn by QtSvg.
        QString unsupported;
        /// The layer exists and every element in it was read.
        bool ok() const { return found && unsupported.isEmpty(); }
    };

    /// Reads the top-level group `id="layerId"` of @p svg.
    static Result read(const QByteArray &svg, const QString &layerId);
};
