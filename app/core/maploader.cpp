#include "maploader.h"

#include "filereader.h"
#include "svgdistrictreader.h"

#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <QtMath>

#include <optional>

namespace {
constexpr auto kAtlasNs = "urn:aleppo-atlas:map:1";
constexpr int kMaxElements = 500000;
constexpr int kMaxDepth = 64;

/**
 * Places problems at the start of the token they are about. QXmlStreamReader
 * knows where a token ends; its start is found backwards from that end ("<"
 * cannot occur inside an attribute value). The text is decoded only when
 * there is a problem to place.
 */
class TokenStarts
{
public:
    explicit TokenStarts(const QByteArray &svg)
        : m_svg(svg)
    {
    }

    /// Line and column of the last @p opener that starts before @p tokenEnd (a character offset).
    std::pair<int, int> at(qint64 tokenEnd, const QString &opener = QStringLiteral("<"))
    {
        if (m_text.isEmpty())
            m_text = QString::fromUtf8(m_svg);
        const qsizetype start = qMax<qsizetype>(0, m_text.lastIndexOf(opener, qMax<qint64>(0, tokenEnd - 1)));
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < start && i < m_text.size(); ++i) {
            if (m_text.at(i) == QLatin1Char('\n')) {
                ++line;
                column = 1;
            } else if (!m_text.at(i).isLowSurrogate()) {
                ++column;
            }
        }
        return {line, column};
    }

private:
    const QByteArray &m_svg;
    QString m_text;
};

} // namespace

MapLoadResult MapLoader::load(const QString &path, const QString &displayName, const QSet<QString> &districtIds)
{
    FileReadResult file = FileReader::read(path, displayName, kMaxBytes);
    if (!file.ok()) {
        MapLoadResult result;
        result.problems = file.problems;
        return result;
    }
    return parse(file.bytes, displayName, districtIds);
}

QStringList MapLoader::readGeoreference(QStringView projection, const std::array<QStringView, 5> &bounds,
                                        QStringView viewBox, MapProjection *out)
{
    const QString ns = QString::fromLatin1(kAtlasNs);
    if (projection != QLatin1String("equirectangular"))
        return {tr("the map has no georeference: atlas:projection must be \"equirectangular\" (namespace %1)").arg(ns)};
    double values[5] = {};
    const char *names[5] = {"west", "east", "south", "north", "standard-parallel"};
    QStringList problems;
    for (int i = 0; i < 5; ++i) {
        bool ok = false;
        values[i] = bounds[i].toDouble(&ok);
        if (!ok || !qIsFinite(values[i]))
            problems.append(tr("atlas:%1 is missing or not a number").arg(QLatin1String(names[i])));
    }
    if (!problems.isEmpty())
        return problems;
    const double west = values[0], east = values[1], south = values[2], north = values[3];
    if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north) {
        return {tr("georeference bounds are outside WGS84 or empty (west %1, east %2, south %3, north %4)")
                    .arg(west)
                    .arg(east)
                    .arg(south)
                    .arg(north)};
    }
    const QStringList box = viewBox.toString().simplified().split(QLatin1Char(' '));
    bool ok[4] = {};
    double vb[4] = {};
    for (int i = 0; i < 4 && i < box.size(); ++i)
        vb[i] = box.at(i).toDouble(&ok[i]);
    if (box.size() != 4 || !ok[0] || !ok[1] || !ok[2] || !ok[3] || vb[0] != 0 || vb[1] != 0 || vb[2] <= 0 || vb[3] <= 0)
        return {tr("viewBox must be \"0 0 WIDTH HEIGHT\"")};
    const double expectedAspect = (east - west) * qCos(qDegreesToRadians(values[4])) / (north - south);
    const double aspect = vb[2] / vb[3];
    if (qAbs(aspect / expectedAspect - 1.0) > 0.005) {
        return {tr("viewBox aspect %1 does not match the georeference (%2 expected)")
                    .arg(aspect, 0, 'f', 4)
                    .arg(expectedAspect, 0, 'f', 4)};
    }
    *out = MapProjection(QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east)), QSizeF(vb[2], vb[3]),
                         values[4]);
    return {};
}

MapLoadResult MapLoader::parse(const QByteArray &svg, const QString &displayName, const QSet<QString> &districtIds)
{
    MapLoadResult result;
    TokenStarts starts(svg);
    auto problem = [&](qint64 line, qint64 column, const QString &message) {
        result.problems.append({displayName, int(line), int(column), message});
    };
    auto problemAt = [&](qint64 tokenEnd, const QString &message) {
        const auto [line, column] = starts.at(tokenEnd);
        problem(line, column, message);
    };

    // What the app reads from the map is read in the same pass as the checks.
    std::optional<SvgDistrictReader> districts;
    if (!districtIds.isEmpty())
        districts.emplace(districtIds);
    SvgLabelReader labels(QString::fromLatin1(kLabelsLayer));
    QString labelsUnsupported;
    SvgLabelReader furnitureText(QString::fromLatin1(kFurnitureTextLayer));
    QString furnitureTextUnsupported;

    QXmlStreamReader xml(svg);
    int elements = 0;
    int depth = 0;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const qint64 tokenEnd = xml.characterOffset();
        QXmlStreamAttributes attrs;
        if (token == QXmlStreamReader::DTD) {
            const auto [line, column] = starts.at(tokenEnd, QStringLiteral("<!DOCTYPE"));
            problem(line, column, tr("DOCTYPE declarations are not allowed in a map (no entity expansion)"));
            return result;
        }
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (districts)
                districts->endElement();
        } else if (token == QXmlStreamReader::StartElement) {
            if (++elements > kMaxElements) {
                problemAt(tokenEnd, tr("more than %1 elements").arg(kMaxElements));
                return result;
            }
            if (++depth > kMaxDepth) {
                problemAt(tokenEnd, tr("elements nest deeper than %1 levels").arg(kMaxDepth));
                return result;
            }
            attrs = xml.attributes();
            if (const auto id = attrs.value(QLatin1String("id")); !id.isEmpty()) {
                result.elementIds.insert(id.toString());
                if (depth == 2)
                    result.layerIds.append(id.toString());
            }
            if (!sawRoot) {
                sawRoot = true;
                if (xml.name() != QLatin1String("svg")) {
                    problemAt(tokenEnd, tr("the root element is not <svg>"));
                    return result;
                }
                const QString ns = QString::fromLatin1(kAtlasNs);
                const QStringList rootProblems = readGeoreference(
                    attrs.value(ns, QLatin1String("projection")),
                    {attrs.value(ns, QLatin1String("west")), attrs.value(ns, QLatin1String("east")),
                     attrs.value(ns, QLatin1String("south")), attrs.value(ns, QLatin1String("north")),
                     attrs.value(ns, QLatin1String("standard-parallel"))},
                    attrs.value(QLatin1String("viewBox")), &result.projection);
                for (const QString &message : rootProblems)
                    problemAt(tokenEnd, message);
                if (!rootProblems.isEmpty())
                    return result;
            }
            if (districts) {
                for (const QString &message : districts->startElement(xml.name(), attrs))
                    problemAt(tokenEnd, message);
            }
        }
        // Each text layer's reader sees every token; the first one it cannot read says why, placed.
        const auto readTexts = [&](SvgLabelReader &reader, QString *unsupported) {
            if (const QString why = reader.read(xml, attrs); !why.isEmpty()) {
                const auto [line, column] = starts.at(tokenEnd);
                *unsupported = Diagnostic{displayName, line, column, why}.toString();
            }
        };
        readTexts(labels, &labelsUnsupported);
        readTexts(furnitureText, &furnitureTextUnsupported);
    }
    if (xml.hasError()) {
        // columnNumber() counts the characters read on the line: the last one is the culprit.
        problem(xml.lineNumber(), qMax<qint64>(1, xml.columnNumber()), tr("XML error: %1").arg(xml.errorString()));
        return result;
    }
    if (!sawRoot) {
        problem(1, 1, tr("no <svg> element"));
        return result;
    }
    if (!result.ok())
        return result;
    auto renderer = std::make_shared<QSvgRenderer>(svg);
    if (!renderer->isValid()) {
        problem(1, 1, tr("QtSvg cannot render this map"));
        return result;
    }
    result.svg = svg;
    result.renderer = std::move(renderer);
    if (districts)
        result.districtPaths = districts->paths();
    result.labels = labels.result(labelsUnsupported);
    result.furnitureText = furnitureText.result(furnitureTextUnsupported);
    return result;
}
