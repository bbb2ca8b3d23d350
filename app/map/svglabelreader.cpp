#include "svglabelreader.h"

#include "svgdistrictreader.h"

#include <QRegularExpression>
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
        if (value == QLatin1String("bold"))
            label->weight = QFont::Bold;
        else if (value == QLatin1String("normal"))
            label->weight = QFont::Normal;
        else
            return bad();
    } else if (name == QLatin1String("font-style")) {
        if (value == QLatin1String("italic"))
            label->italic = true;
        else if (value == QLatin1String("normal"))
            label->italic = false;
        else
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

class Reader
{
public:
    Reader(const QByteArray &svg, const QString &layerId)
        : m_xml(svg)
        , m_layerId(layerId)
    {
    }

    SvgLabelReader::Result run()
    {
        if (!readRoot())
            return finish();
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("g")
                && m_xml.attributes().value(QLatin1String("id")) == m_layerId) {
                m_result.found = true;
                readLayer();
                return finish();
            }
            m_xml.skipCurrentElement();
        }
        return finish();
    }

private:
    SvgLabelReader::Result finish()
    {
        if (m_xml.hasError() && m_result.unsupported.isEmpty())
            m_result.unsupported = QStringLiteral("XML error at line %1: %2")
                                       .arg(m_xml.lineNumber())
                                       .arg(m_xml.errorString());
        if (!m_result.unsupported.isEmpty())
            m_result.labels.clear();
        return m_result;
    }

    bool unsupported(const QString &why)
    {
        if (m_result.unsupported.isEmpty())
            m_result.unsupported = QStringLiteral("line %1: %2").arg(m_xml.lineNumber()).arg(why);
        return false;
    }

    // Label coordinates are the map's user units only when the root maps them 1:1.
    bool readRoot()
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != QLatin1String("svg"))
            return unsupported(QStringLiteral("not an SVG document"));
        const QXmlStreamAttributes attrs = m_xml.attributes();
        const QString viewBox = attrs.value(QLatin1String("viewBox")).toString().simplified();
        const QStringList parts = viewBox.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
        double x = 1, y = 1;
        if (parts.size() != 4 || !parseNumber(parts.at(0), &x) || !parseNumber(parts.at(1), &y) || x != 0 || y != 0)
            return unsupported(QStringLiteral("the viewBox does not start at 0 0"));
        if (attrs.hasAttribute(QLatin1String("transform")))
            return unsupported(QStringLiteral("the root element has a transform"));
        return true;
    }

    void readLayer()
    {
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (a.qualifiedName() != QLatin1String("id")) {
                unsupported(QStringLiteral("the layer has the attribute %1").arg(a.qualifiedName().toString()));
                return;
            }
        }
        while (m_xml.readNextStartElement()) {
            MapLabel label;
            if (m_xml.name() == QLatin1String("g")) {
                if (!readGroup(&label))
                    return;
            } else if (m_xml.name() == QLatin1String("text")) {
                if (!readText(&label))
                    return;
            } else {
                unsupported(QStringLiteral("<%1> in a label layer").arg(m_xml.name().toString()));
                return;
            }
            if (!label.runs.isEmpty())
                m_result.labels.append(label);
        }
    }

    bool readGroup(MapLabel *label)
    {
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (a.qualifiedName() != QLatin1String("transform") || !a.namespaceUri().isEmpty())
                return unsupported(QStringLiteral("a label group has the attribute %1")
                                       .arg(a.qualifiedName().toString()));
            if (!SvgDistrictReader::parseTransform(a.value().toString(), &label->transform))
                return unsupported(QStringLiteral("cannot read the transform \"%1\"").arg(a.value().toString()));
        }
        if (!m_xml.readNextStartElement() || m_xml.name() != QLatin1String("text"))
            return unsupported(QStringLiteral("a label group holds something other than one <text>"));
        if (!readText(label))
            return false;
        if (m_xml.readNextStartElement())
            return unsupported(QStringLiteral("a label group holds more than one element"));
        return !m_xml.hasError();
    }

    bool readText(MapLabel *label)
    {
        QString why;
        QString family;
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (!applyTextAttribute(a, label, &family, &why))
                return unsupported(why);
        }
        if (family.isEmpty())
            return unsupported(QStringLiteral("a label without a font-family"));
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters) {
                label->runs.append({m_xml.text().toString(), family});
            } else if (token == QXmlStreamReader::StartElement) {
                if (m_xml.name() != QLatin1String("tspan"))
                    return unsupported(QStringLiteral("<%1> in a label").arg(m_xml.name().toString()));
                QString spanFamily = family;
                for (const QXmlStreamAttribute &a : m_xml.attributes()) {
                    if (a.qualifiedName() != QLatin1String("font-family") || !a.namespaceUri().isEmpty())
                        return unsupported(QStringLiteral("a <tspan> has the attribute %1")
                                               .arg(a.qualifiedName().toString()));
                    spanFamily = a.value().trimmed().toString();
                    if (spanFamily.isEmpty() || spanFamily.contains(QLatin1Char(',')))
                        return unsupported(QStringLiteral("unsupported font-family \"%1\"").arg(spanFamily));
                }
                const QString text = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                if (m_xml.hasError())
                    return unsupported(QStringLiteral("a <tspan> holds elements"));
                label->runs.append({text, spanFamily});
            } else if (token == QXmlStreamReader::EndElement) {
                break;
            } else if (token == QXmlStreamReader::Comment) {
                continue;
            } else {
                return unsupported(QStringLiteral("unexpected content in a label"));
            }
        }
        normalizeSpace(&label->runs);
        if (label->stroke.isValid() && label->strokeWidth <= 0)
            label->stroke = QColor();
        return !m_xml.hasError();
    }

    QXmlStreamReader m_xml;
    QString m_layerId;
    SvgLabelReader::Result m_result;
};

} // namespace

SvgLabelReader::Result SvgLabelReader::read(const QByteArray &svg, const QString &layerId)
{
    return Reader(svg, layerId).run();
}
