#pragma once

#include "maplabel.h"

#include <QList>
#include <QString>

class QXmlStreamAttributes;
class QXmlStreamReader;

/**
 * @brief Reads a top-level group of the map that holds only text labels (the labels layer, the
 * furniture's texts), as MapLoader's pass meets it.
 *
 * The map generator writes every halo-backed label as
 * `<g transform="matrix(…)"><text …>name<tspan font-family="…">名</tspan></text></g>`
 * in one top-level group, and the furniture's texts as bare `<text>` elements
 * in another. Such a layer can be drawn by LabelLayerItem from
 * shaped glyph runs instead of QtSvg's text layout and glyph-outline
 * strokes. Anything the reader does not understand exactly (another element,
 * attribute, style, a transform on the layer or on the root) makes the layer
 * unsupported, and the map draws it with QtSvg as before: the reader never
 * guesses. An unsupported layer is not a problem with the map.
 *
 * It does not read the SVG itself: MapLoader gives it every token of its one
 * pass over the map, in order.
 */
class SvgLabelReader
{
public:
    struct Result
    {
        QList<MapLabel> labels;
        bool found = false; ///< the SVG has a top-level group with that id
        /// Why the layer cannot be read as labels, as `FILE:LINE:COLUMN: why` (empty when it can).
        /// Not shown to users: such a layer is simply drawn by QtSvg.
        QString unsupported;
        /// The layer exists and every element in it was read.
        bool ok() const { return found && unsupported.isEmpty(); }
    };

    /// A reader of the top-level group `id="layerId"` (the first one).
    explicit SvgLabelReader(QString layerId);

    /**
     * Reads the token @p xml is on; @p attributes are its attributes when it
     * is a start element. Returns why the layer cannot be read as labels when
     * this token is the first thing that makes it so, else an empty string.
     */
    QString read(const QXmlStreamReader &xml, const QXmlStreamAttributes &attributes);

    /// What was read; @p unsupported is why the layer was refused, placed by the caller (empty: it was not).
    Result result(const QString &unsupported) const;

private:
    /// Where the reader is in the document.
    enum class State {
        Root,       ///< before the root element
        TopLevel,   ///< among the root's children, looking for the layer
        Layer,      ///< in the layer, between labels
        GroupStart, ///< in a label's group, before its <text>
        Text,       ///< in a label's <text>
        Tspan,      ///< in a <tspan> of a label
        GroupEnd,   ///< in a label's group, after its <text>
        Done        ///< the layer was read, or refused
    };

    QString refuse(const QString &why);
    QString startText(const QXmlStreamAttributes &attributes);
    QString startTspan(const QXmlStreamAttributes &attributes);
    void endText();

    QString m_layerId;
    State m_state = State::Root;
    int m_depth = 0; ///< elements open (the root is 1)
    bool m_found = false;
    bool m_refused = false;
    bool m_inGroup = false;
    MapLabel m_label;     ///< the label being read
    QString m_family;     ///< its <text>'s font family
    QString m_spanFamily; ///< the current <tspan>'s
    QFont::Weight m_spanWeight = QFont::Normal;
    bool m_spanItalic = false;
    QString m_spanText;
    QList<MapLabel> m_labels;
    QString m_why; ///< why the layer was refused
};
