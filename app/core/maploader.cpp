#include "maploader.h"

#include "filereader.h"

#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <QtMath>

namespace {
constexpr auto kAtlasNs = "urn:aleppo-atlas:map:1";
constexpr int kMaxElements = 500000;
constexpr int kMaxDepth = 64;
} // namespace

MapLoadResult MapLoader::load(const QString &path, const QString &displayName)
{
    FileReadResult file = FileReader::read(path, displayName, kMaxBytes);
    if (!file.ok()) {
        MapLoadResult result;
        result.problems = file.problems;
        return result;
    }
    return parse(file.bytes, displayName);
}

MapLoadResult MapLoader::parse(const QByteArray &svg, const QString &displayName)
{
    MapLoadResult result;
    auto problem = [&](qint64 line, qint64 column, const QString &message) {
        result.problems.append({displayName, int(line), int(column), message});
    };
    // QXmlStreamReader knows where a token ends; a problem with an element or
    // a DOCTYPE is reported where it starts, found backwards from that end
    // ("<" cannot occur inside an attribute value).
    QString decoded;
    auto problemAtStartOf = [&](qint64 tokenEnd, const QString &opener, const QString &message) {
        if (decoded.isEmpty())
            decoded = QString::fromUtf8(svg);
        const qsizetype start = qMax<qsizetype>(0, decoded.lastIndexOf(opener, qMax<qint64>(0, tokenEnd - 1)));
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < start && i < decoded.size(); ++i) {
            if (decoded.at(i) == QLatin1Char('\n')) {
                ++line;
                column = 1;
            } else if (!decoded.at(i).isLowSurrogate()) {
                ++column;
            }
        }
        problem(line, column, message);
    };
    auto problemAt = [&](qint64 tokenEnd, const QString &message) {
        problemAtStartOf(tokenEnd, QStringLiteral("<"), message);
    };

    QXmlStreamReader xml(svg);
    int elements = 0;
    int depth = 0;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const qint64 tokenEnd = xml.characterOffset();
        if (token == QXmlStreamReader::DTD) {
            problemAtStartOf(tokenEnd, QStringLiteral("<!DOCTYPE"),
                             tr("DOCTYPE declarations are not allowed in a map (no entity expansion)"));
            return result;
        }
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++elements > kMaxElements) {
            problemAt(tokenEnd, tr("more than %1 elements").arg(kMaxElements));
            return result;
        }
        if (++depth > kMaxDepth) {
            problemAt(tokenEnd, tr("elements nest deeper than %1 levels").arg(kMaxDepth));
            return result;
        }
        const QXmlStreamAttributes attrs = xml.attributes();
        if (const auto id = attrs.value(QLatin1String("id")); !id.isEmpty())
            result.elementIds.insert(id.toString());
        if (sawRoot)
            continue;
        sawRoot = true;
        if (xml.name() != QLatin1String("svg")) {
            problemAt(tokenEnd, tr("the root element is not <svg>"));
            return result;
        }
        auto rootProblem = [&](const QString &message) { problemAt(tokenEnd, message); };
        const QString ns = QString::fromLatin1(kAtlasNs);
        if (attrs.value(ns, QLatin1String("projection")) != QLatin1String("equirectangular")) {
            rootProblem(
                    tr("the map has no georeference: atlas:projection must be \"equirectangular\" (namespace %1)")
                        .arg(ns));
            return result;
        }
        double values[5] = {};
        const char *names[5] = {"west", "east", "south", "north", "standard-parallel"};
        bool numbersOk = true;
        for (int i = 0; i < 5; ++i) {
            bool ok = false;
            values[i] = attrs.value(ns, QLatin1String(names[i])).toDouble(&ok);
            if (!ok || !qIsFinite(values[i])) {
                rootProblem(tr("atlas:%1 is missing or not a number").arg(QLatin1String(names[i])));
                numbersOk = false;
            }
        }
        if (!numbersOk)
            return result;
        const double west = values[0], east = values[1], south = values[2], north = values[3];
        if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north) {
            rootProblem(
                    tr("georeference bounds are outside WGS84 or empty (west %1, east %2, south %3, north %4)")
                        .arg(west).arg(east).arg(south).arg(north));
            return result;
        }
        const QStringList box = attrs.value(QLatin1String("viewBox")).toString().simplified().split(QLatin1Char(' '));
        bool ok[4] = {};
        double vb[4] = {};
        for (int i = 0; i < 4 && i < box.size(); ++i)
            vb[i] = box.at(i).toDouble(&ok[i]);
        if (box.size() != 4 || !ok[0] || !ok[1] || !ok[2] || !ok[3] || vb[0] != 0 || vb[1] != 0 || vb[2] <= 0 || vb[3] <= 0) {
            rootProblem(tr("viewBox must be \"0 0 WIDTH HEIGHT\""));
            return result;
        }
        const double expectedAspect = (east - west) * qCos(qDegreesToRadians(values[4])) / (north - south);
        const double aspect = vb[2] / vb[3];
        if (qAbs(aspect / expectedAspect - 1.0) > 0.005) {
            rootProblem(
                    tr("viewBox aspect %1 does not match the georeference (%2 expected)")
                        .arg(aspect, 0, 'f', 4)
                        .arg(expectedAspect, 0, 'f', 4));
            return result;
        }
        result.projection = MapProjection(QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east)),
                                          QSizeF(vb[2], vb[3]), values[4]);
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
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        problem(1, 1, tr("QtSvg cannot render this map"));
        return result;
    }
    result.svg = svg;
    return result;
}
