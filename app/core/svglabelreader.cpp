#include "svglabelreader.h"

#include "svgdistrictreader.h"

#include <QXmlStreamReader>

#include <cmath>

namespace {

bool parseNumber(QStringView text, double *value)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

bool parseColor(QStringView text, QColor *color)
{
    const QString name = text.trimmed().toString();
    if (name == QLatin1String("none")) {
        *color = QColor();
        return true;
    }
    // Only what the map generator writes and every renderer agrees on: #rgb and #rrggbb.
    if (!name.startsWith(QLatin1Char('#')) || (name.size() != 4 && name.size() != 7))
        return false;
    const QColor c(name);
    if (!c.isValid())
        return false;
    *color = c;
    return true;
}

bool parseWeight(QStringView value, QFont::Weight *weight)
{
    if (value == QLatin1String("bold"))
        *weight = QFont::Bold;
    else if (value == QLatin1String("normal"))
        *weight = QFont::Normal;
    else
        return false;
    return true;
}

bool parseItalic(QStringView value, bool *italic)
{
    if (value == QLatin1String("italic"))
        *italic = true;
    else if (value == QLatin1String("normal"))
        *italic = false;
    else
        return false;
    return true;
}

// The attribute names a label's <text> may carry; anything else (style, class,
// opacity, transform, dx, rotate, …) changes how it is drawn and is not supported.
bool applyTextAttribute(const QXmlStreamAttribute &a, MapLabel *label, QString *family, QString *why)
{
    const QStringView name = a.qualifiedName();
    const QStringView value = a.value();
    auto bad = [&]() {
        *why = QStringLiteral("unsupported value %1=\"%2\"").arg(name.toString(), value.toString());
        return false;
    };
    if (!a.namespaceUri().isEmpty())
        return bad();
    if (name == QLatin1String("x")) {
        double v = 0;
        if (!parseNumber(value, &v))
            return bad();
        label->position.setX(v);
    } else if (name == QLatin1String("y")) {
        double v = 0;
        if (!parseNumber(value, &v))
            return bad();
        label->position.setY(v);
    } else if (name == QLatin1String("font-size")) {
        double v = 0;
        if (!parseNumber(value, &v) || !(v > 0) || v > 10000)
            return bad();
        label->fontSize = v;
    } else if (name == QLatin1String("font-family")) {
        *family = value.trimmed().toString();
        if (family->isEmpty() || family->contains(QLatin1Char(',')))
            return bad();
    } else if (name == QLatin1String("font-weight")) {
        if (!parseWeight(value, &label->weight))
            return bad();
    } else if (name == QLatin1String("font-style")) {
        if (!parseItalic(value, &label->italic))
            return bad();
    } else if (name == QLatin1String("text-anchor")) {
        if (value == QLatin1String("start"))
            label->anchor = MapLabel::Anchor::Start;
        else if (value == QLatin1String("middle"))
            label->anchor = MapLabel::Anchor::Middle;
        else if (value == QLatin1String("end"))
            label->anchor = MapLabel::Anchor::End;
        else
            return bad();
    } else if (name == QLatin1String("fill")) {
        if (!parseColor(value, &label->fill))
            return bad();
    } else if (name == QLatin1String("stroke")) {
        if (!parseColor(value, &label->stroke))
            return bad();
    } else if (name == QLatin1String("stroke-width")) {
        double v = 0;
        if (!parseNumber(value, &v) || v < 0 || v > 10000)
            return bad();
        label->strokeWidth = v;
    } else if (name == QLatin1String("stroke-linejoin")) {
        if (value == QLatin1String("round"))
            label->strokeJoin = Qt::RoundJoin;
        else if (value == QLatin1String("miter"))
            label->strokeJoin = Qt::MiterJoin;
        else if (value == QLatin1String("bevel"))
            label->strokeJoin = Qt::BevelJoin;
        else
            return bad();
    } else {
        *why = QStringLiteral("unsupported attribute %1").arg(name.toString());
        return false;
    }
    return true;
}

/// Collapses white space as SVG's default xml:space does, across the runs.
void normalizeSpace(QList<MapLabel::Run> *runs)
{
    bool lastWasSpace = true; // drops leading space
    for (MapLabel::Run &r : *runs) {
        QString out;
        out.reserve(r.text.size());
        for (const QChar c : std::as_const(r.text)) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                continue;
            const bool space = c.isSpace();
            if (space && lastWasSpace)
                continue;
            out.append(space ? QChar(QLatin1Char(' ')) : c);
            lastWasSpace = space;
        }
        r.text = out;
    }
    // Trailing space of the whole text.
    for (auto it = runs->rbegin(); it != runs->rend(); ++it) {
        if (it->text.isEmpty())
            continue;
        if (it->text.endsWith(QLatin1Char(' ')))
            it->text.chop(1);
        break;
    }
    runs->removeIf([](const MapLabel::Run &r) { return r.text.isEmpty(); });
}

} // namespace

SvgLabelReader::SvgLabelReader(QString layerId)
    : m_layerId(std::move(layerId))
{
}

QString SvgLabelReader::refuse(const QString &why)
{
    m_refused = true;
    m_why = why;
    m_state = State::Done;
    return why;
}

QString SvgLabelReader::read(const QXmlStreamReader &xml, const QXmlStreamAttributes &attributes)
{
    if (m_state == State::Done)
        return {};
    switch (xml.tokenType()) {
    case QXmlStreamReader::StartElement: {
        ++m_depth;
        const QStringView name = xml.name();
        switch (m_state) {
        case State::Root:
            // Label coordinates are the map's user units only when the root
            // maps them 1:1; MapLoader has checked that its viewBox is "0 0 W H".
            if (attributes.hasAttribute(QLatin1String("transform")))
                return refuse(QStringLiteral("the root element has a transform"));
            m_state = State::TopLevel;
            return {};
        case State::TopLevel:
            if (m_depth != 2 || name != QLatin1String("g") || attributes.value(QLatin1String("id")) != m_layerId)
                return {};
            m_found = true;
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.qualifiedName() != QLatin1String("id"))
                    return refuse(QStringLiteral("the layer has the attribute %1").arg(a.qualifiedName().toString()));
            }
            m_state = State::Layer;
            return {};
        case State::Layer:
            m_label = MapLabel();
            m_inGroup = name == QLatin1String("g");
            if (m_inGroup) {
                for (const QXmlStreamAttribute &a : attributes) {
                    if (a.qualifiedName() != QLatin1String("transform") || !a.namespaceUri().isEmpty())
                        return refuse(
                            QStringLiteral("a label group has the attribute %1").arg(a.qualifiedName().toString()));
                    if (!SvgDistrictReader::parseTransform(a.value().toString(), &m_label.transform))
                        return refuse(QStringLiteral("cannot read the transform \"%1\"").arg(a.value().toString()));
                }
                m_state = State::GroupStart;
                return {};
            }
            if (name == QLatin1String("text"))
                return startText(attributes);
            return refuse(QStringLiteral("<%1> in a label layer").arg(name.toString()));
        case State::GroupStart:
            if (name != QLatin1String("text"))
                return refuse(QStringLiteral("a label group holds something other than one <text>"));
            return startText(attributes);
        case State::Text:
            if (name != QLatin1String("tspan"))
                return refuse(QStringLiteral("<%1> in a label").arg(name.toString()));
            return startTspan(attributes);
        case State::Tspan:
            return refuse(QStringLiteral("a <tspan> holds elements"));
        case State::GroupEnd:
            return refuse(QStringLiteral("a label group holds more than one element"));
        case State::Done:
            break;
        }
        return {};
    }
    case QXmlStreamReader::EndElement:
        --m_depth;
        switch (m_state) {
        case State::Layer:
            m_state = State::Done; // only the first layer with that id is read
            break;
        case State::GroupStart:
            return refuse(QStringLiteral("a label group holds something other than one <text>"));
        case State::Text:
            endText();
            if (m_inGroup) {
                m_state = State::GroupEnd;
                break;
            }
            if (!m_label.runs.isEmpty())
                m_labels.append(m_label);
            m_state = State::Layer;
            break;
        case State::Tspan:
            m_label.runs.append({m_spanText, m_spanFamily, m_spanWeight, m_spanItalic});
            m_state = State::Text;
            break;
        case State::GroupEnd:
            if (!m_label.runs.isEmpty())
                m_labels.append(m_label);
            m_state = State::Layer;
            break;
        case State::Root:
        case State::TopLevel:
        case State::Done:
            break;
        }
        return {};
    case QXmlStreamReader::Characters:
        if (m_state == State::Text)
            m_label.runs.append({xml.text().toString(), m_family, m_label.weight, m_label.italic});
        else if (m_state == State::Tspan)
            m_spanText += xml.text();
        return {};
    case QXmlStreamReader::Comment:
        return {};
    default:
        // An entity reference is part of a <tspan>'s text; anything else in a label is not understood.
        if (m_state == State::Tspan && xml.tokenType() == QXmlStreamReader::EntityReference)
            m_spanText += xml.text();
        else if (m_state == State::Text)
            return refuse(QStringLiteral("unexpected content in a label"));
        return {};
    }
}

QString SvgLabelReader::startText(const QXmlStreamAttributes &attributes)
{
    QString why;
    m_family.clear();
    for (const QXmlStreamAttribute &a : attributes) {
        if (!applyTextAttribute(a, &m_label, &m_family, &why))
            return refuse(why);
    }
    if (m_family.isEmpty())
        return refuse(QStringLiteral("a label without a font-family"));
    m_state = State::Text;
    return {};
}

QString SvgLabelReader::startTspan(const QXmlStreamAttributes &attributes)
{
    m_spanFamily = m_family;
    m_spanWeight = m_label.weight;
    m_spanItalic = m_label.italic;
    // A run's font and nothing else: where a run sits and how it is painted are the <text>'s.
    for (const QXmlStreamAttribute &a : attributes) {
        const QStringView name = a.qualifiedName();
        const QStringView value = a.value();
        if (!a.namespaceUri().isEmpty())
            return refuse(QStringLiteral("a <tspan> has the attribute %1").arg(name.toString()));
        if (name == QLatin1String("font-family")) {
            m_spanFamily = value.trimmed().toString();
            if (m_spanFamily.isEmpty() || m_spanFamily.contains(QLatin1Char(',')))
                return refuse(QStringLiteral("unsupported font-family \"%1\"").arg(m_spanFamily));
        } else if (name == QLatin1String("font-weight")) {
            if (!parseWeight(value, &m_spanWeight))
                return refuse(QStringLiteral("unsupported value font-weight=\"%1\"").arg(value.toString()));
        } else if (name == QLatin1String("font-style")) {
            if (!parseItalic(value, &m_spanItalic))
                return refuse(QStringLiteral("unsupported value font-style=\"%1\"").arg(value.toString()));
        } else {
            return refuse(QStringLiteral("a <tspan> has the attribute %1").arg(name.toString()));
        }
    }
    m_spanText.clear();
    m_state = State::Tspan;
    return {};
}

void SvgLabelReader::endText()
{
    normalizeSpace(&m_label.runs);
    if (m_label.stroke.isValid() && m_label.strokeWidth <= 0)
        m_label.stroke = QColor();
}

SvgLabelReader::Result SvgLabelReader::result(const QString &unsupported) const
{
    Result r;
    r.found = m_found;
    if (m_refused)
        r.unsupported = unsupported.isEmpty() ? m_why : unsupported;
    else
        r.labels = m_labels;
    return r;
}
