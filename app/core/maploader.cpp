#include "maploader.h"

#include "filereader.h"

#include <QMutexLocker>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <QtMath>

#include <algorithm>
#include <string_view>
#include <vector>

namespace {
constexpr auto kAtlasNs = "urn:aleppo-atlas:map:1";
constexpr int kMaxElements = 500000;
constexpr int kMaxDepth = 64;

// The last map that passed every check, with what parse() found in it. The
// campaign loader validates the package's map, then MapScene::build loads the
// same file again to draw it; for the same bytes the answer is the same, and
// recomputing it means two more full XML parses (ours and QtSvg's).
struct ValidatedMap
{
    QMutex mutex;
    QByteArray svg;
    MapLoadResult result;
};

ValidatedMap &lastValidated()
{
    static ValidatedMap map;
    return map;
}
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

namespace {

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool startsAt(std::string_view text, size_t at, std::string_view prefix)
{
    return text.substr(at, prefix.size()) == prefix;
}

QString utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A tag's attribute as written: the value between its quotes, not decoded.
struct RawAttribute
{
    std::string_view name;
    std::string_view value;
};

// What an attribute value means when it needs no decoding: no reference and
// no white space that XML would normalise. nullopt when it would need some.
std::optional<QString> plainValue(std::string_view value)
{
    for (char c : value) {
        if (c == '&' || c == '\t' || c == '\n' || c == '\r')
            return std::nullopt;
    }
    return utf8(value);
}

} // namespace

std::optional<MapLoader::QuickScan> MapLoader::quickScan(const QByteArray &svg)
{
    // Finds the element ids, counts and depths, and reads the root's
    // georeference, from the bytes, for a well-formed map in the plain form
    // the generator writes. It does not check well-formedness: QtSvg's parse
    // (the renderer check, needed anyway) does, up to the first </svg>, so
    // this scan insists that the first </svg> closes the root and that only
    // white space follows, and it checks what QtSvg's parse does not (it reads
    // without namespace processing): prefixes declared, no two attributes
    // with the same expanded name. Anything else - a DOCTYPE, a comment or
    // processing instruction after the root, a reference in an id, a limit
    // exceeded, a root problem - returns nullopt, and the reference path
    // finds (and places) the problem, if there is one.
    const std::string_view doc(svg.constData(), size_t(svg.size()));
    QuickScan scan;
    struct Prefix
    {
        std::string_view name;
        std::string_view uri;
        int depth = 0;
    };
    std::vector<Prefix> prefixes; // declared on the open elements
    std::vector<RawAttribute> attributes;
    const auto declared = [&prefixes](std::string_view prefix) -> const Prefix * {
        for (auto it = prefixes.crbegin(); it != prefixes.crend(); ++it) {
            if (it->name == prefix)
                return &*it;
        }
        return nullptr;
    };
    // A qualified name is NAME or PREFIX:NAME, with PREFIX declared ("xml" is predefined).
    const auto prefixOk = [&declared](std::string_view name) {
        const size_t colon = name.find(':');
        if (colon == std::string_view::npos)
            return true;
        if (colon == 0 || colon + 1 == name.size() || name.find(':', colon + 1) != std::string_view::npos)
            return false;
        const std::string_view prefix = name.substr(0, colon);
        return prefix == "xml" || declared(prefix) != nullptr;
    };

    int elements = 0;
    int depth = 0;
    bool sawRoot = false;
    size_t pos = 0;
    if (startsAt(doc, 0, "<?xml")) {
        // Only UTF-8 (declared or by default) means what the bytes say.
        const size_t close = doc.find("?>");
        if (close == std::string_view::npos)
            return std::nullopt;
        const std::string_view declaration = doc.substr(0, close);
        if (declaration.find("encoding") != std::string_view::npos
            && declaration.find("encoding=\"UTF-8\"") == std::string_view::npos
            && declaration.find("encoding='UTF-8'") == std::string_view::npos)
            return std::nullopt;
        pos = close + 2;
    }
    while (true) {
        const size_t lt = doc.find('<', pos);
        if (!sawRoot) {
            // Before the root only white space, comments and processing instructions.
            for (size_t i = pos; i < std::min(lt, doc.size()); ++i) {
                if (!isXmlSpace(doc[i]))
                    return std::nullopt;
            }
        }
        if (lt == std::string_view::npos)
            return std::nullopt; // no root, or it is not closed
        // Comments, processing instructions and CDATA sections end at the first
        // closing sequence after their opening one.
        const bool comment = startsAt(doc, lt, "<!--");
        const bool cdata = startsAt(doc, lt, "<![CDATA[");
        if (comment || cdata || startsAt(doc, lt, "<?")) {
            const std::string_view close = comment ? "-->" : cdata ? "]]>" : "?>";
            const size_t at = doc.find(close, lt + (comment ? 4 : cdata ? 9 : 2));
            if (at == std::string_view::npos || (cdata && !sawRoot))
                return std::nullopt;
            pos = at + close.size();
            continue;
        }
        if (startsAt(doc, lt, "<!"))
            return std::nullopt; // a DOCTYPE, or not XML
        if (startsAt(doc, lt, "</")) {
            const size_t gt = doc.find('>', lt);
            if (gt == std::string_view::npos || !sawRoot)
                return std::nullopt;
            std::string_view name = doc.substr(lt + 2, gt - lt - 2);
            while (!name.empty() && isXmlSpace(name.back()))
                name.remove_suffix(1);
            const bool svgEnd = name == "svg" || (name.size() > 4 && name.substr(name.size() - 4) == ":svg");
            while (!prefixes.empty() && prefixes.back().depth >= depth)
                prefixes.pop_back();
            --depth;
            pos = gt + 1;
            if (depth == 0 || svgEnd) {
                // QtSvg stops reading at the first </svg>: that must be the root's end, followed by white space only.
                if (depth != 0 || !svgEnd)
                    return std::nullopt;
                for (size_t i = pos; i < doc.size(); ++i) {
                    if (!isXmlSpace(doc[i]))
                        return std::nullopt;
                }
                return scan;
            }
            continue;
        }

        // A start tag: its name, then NAME = "VALUE" or NAME = 'VALUE' pairs.
        size_t i = lt + 1;
        while (i < doc.size() && !isXmlSpace(doc[i]) && doc[i] != '/' && doc[i] != '>')
            ++i;
        const std::string_view name = doc.substr(lt + 1, i - lt - 1);
        if (name.empty())
            return std::nullopt;
        attributes.clear();
        bool selfClosing = false;
        while (true) {
            while (i < doc.size() && isXmlSpace(doc[i]))
                ++i;
            if (i >= doc.size())
                return std::nullopt;
            if (doc[i] == '>') {
                ++i;
                break;
            }
            if (doc[i] == '/') {
                if (!startsAt(doc, i, "/>"))
                    return std::nullopt;
                selfClosing = true;
                i += 2;
                break;
            }
            const size_t nameStart = i;
            while (i < doc.size() && !isXmlSpace(doc[i]) && doc[i] != '=' && doc[i] != '/' && doc[i] != '>')
                ++i;
            const std::string_view attribute = doc.substr(nameStart, i - nameStart);
            while (i < doc.size() && isXmlSpace(doc[i]))
                ++i;
            if (attribute.empty() || i >= doc.size() || doc[i] != '=')
                return std::nullopt;
            ++i;
            while (i < doc.size() && isXmlSpace(doc[i]))
                ++i;
            if (i >= doc.size() || (doc[i] != '"' && doc[i] != '\''))
                return std::nullopt;
            const size_t valueEnd = doc.find(doc[i], i + 1);
            if (valueEnd == std::string_view::npos)
                return std::nullopt;
            attributes.push_back({attribute, doc.substr(i + 1, valueEnd - i - 1)});
            i = valueEnd + 1;
        }
        pos = i;

        if (++elements > kMaxElements || ++depth > kMaxDepth)
            return std::nullopt;
        const bool isSvg = name == "svg" || (name.size() > 4 && name.substr(name.size() - 4) == ":svg");
        if (sawRoot == isSvg)
            return std::nullopt; // the root must be <svg>, and no other element may be one
        // Namespace declarations first: they apply to the element's own name and attributes.
        for (const RawAttribute &a : attributes) {
            if (!startsAt(a.name, 0, "xmlns:"))
                continue;
            const std::string_view prefix = a.name.substr(6);
            if (a.value.empty() || prefix.empty() || prefix == "xml" || prefix == "xmlns"
                || prefix.find(':') != std::string_view::npos)
                return std::nullopt;
            prefixes.push_back({prefix, a.value, depth});
        }
        if (!prefixOk(name))
            return std::nullopt;
        for (size_t k = 0; k < attributes.size(); ++k) {
            const std::string_view attribute = attributes[k].name;
            if (attribute == "xmlns" || startsAt(attribute, 0, "xmlns:"))
                continue;
            if (!prefixOk(attribute))
                return std::nullopt;
            // Two prefixed attributes with one local name may be one expanded name.
            const size_t colon = attribute.find(':');
            if (colon != std::string_view::npos) {
                for (size_t j = 0; j < k; ++j) {
                    const std::string_view other = attributes[j].name;
                    const size_t otherColon = other.find(':');
                    if (otherColon != std::string_view::npos && other.substr(otherColon) == attribute.substr(colon))
                        return std::nullopt;
                }
            }
            if (attribute == "id" && !attributes[k].value.empty()) {
                const std::optional<QString> id = plainValue(attributes[k].value);
                if (!id)
                    return std::nullopt;
                scan.elementIds.insert(*id);
            }
        }

        if (!sawRoot) {
            sawRoot = true;
            if (name != "svg")
                return std::nullopt;
            // The georeference: attributes in the atlas namespace, whatever their prefix.
            std::optional<QString> projection = QString();
            std::array<std::optional<QString>, 5> bounds{QString(), QString(), QString(), QString(), QString()};
            std::optional<QString> viewBox = QString();
            const std::array<std::string_view, 5> boundNames{"west", "east", "south", "north", "standard-parallel"};
            for (const RawAttribute &a : attributes) {
                const size_t colon = a.name.find(':');
                if (colon == std::string_view::npos) {
                    if (a.name == "viewBox")
                        viewBox = plainValue(a.value);
                    continue;
                }
                const Prefix *prefix = declared(a.name.substr(0, colon));
                if (!prefix || prefix->uri != kAtlasNs)
                    continue;
                const std::string_view local = a.name.substr(colon + 1);
                if (local == "projection")
                    projection = plainValue(a.value);
                for (size_t b = 0; b < boundNames.size(); ++b) {
                    if (local == boundNames[b])
                        bounds[b] = plainValue(a.value);
                }
            }
            if (!projection || !viewBox || std::any_of(bounds.cbegin(), bounds.cend(), [](const auto &v) { return !v; }))
                return std::nullopt;
            const QStringList problems = readGeoreference(
                    *projection, {*bounds[0], *bounds[1], *bounds[2], *bounds[3], *bounds[4]}, *viewBox,
                    &scan.projection);
            if (!problems.isEmpty())
                return std::nullopt;
        }
        if (selfClosing) {
            while (!prefixes.empty() && prefixes.back().depth >= depth)
                prefixes.pop_back();
            --depth;
            if (depth == 0 || isSvg)
                return std::nullopt; // <svg/>: let the reference path judge it
        }
    }
}

MapLoadResult MapLoader::validate(const QByteArray &svg, const QString &displayName)
{
    // The quick scan replaces our own full XML parse (QXmlStreamReader copies
    // every character of the map into its buffers, ~150 instructions a byte);
    // the renderer's parse, needed anyway, proves the map well-formed.
    if (const std::optional<QuickScan> scan = quickScan(svg)) {
        auto renderer = std::make_shared<QSvgRenderer>(svg);
        if (renderer->isValid()) {
            MapLoadResult result;
            result.svg = svg;
            result.projection = scan->projection;
            result.elementIds = scan->elementIds;
            result.renderer = std::move(renderer);
            return result;
        }
    }
    return parseWithXmlReader(svg, displayName);
}

MapLoadResult MapLoader::parse(const QByteArray &svg, const QString &displayName)
{
    {
        ValidatedMap &last = lastValidated();
        const QMutexLocker lock(&last.mutex);
        // A valid map's result has no problems, so it does not depend on the display name.
        if (!last.svg.isNull() && last.svg == svg)
            return last.result;
    }
    MapLoadResult result = validate(svg, displayName);
    if (result.ok()) {
        ValidatedMap &last = lastValidated();
        const QMutexLocker lock(&last.mutex);
        last.svg = svg;
        last.result = result;
        // The cache keeps no QObject: it outlives the application object.
        last.result.renderer.reset();
    }
    return result;
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
                    .arg(west).arg(east).arg(south).arg(north)};
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
    *out = MapProjection(QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east)),
                         QSizeF(vb[2], vb[3]), values[4]);
    return {};
}

MapLoadResult MapLoader::parseWithXmlReader(const QByteArray &svg, const QString &displayName)
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
    if (xml.hasError()) {
        // columnNumber() counts the characters read on the line: the last one is the culprit.
        problem(xml.lineNumber(), qMax<qint64>(1, xml.columnNumber()), tr("XML error: %1").arg(xml.errorString()));
        return result;
    }
    if (!sawRoot) {
        problem(1, 1, tr("no <svg> element"));
        return result;
    }
    auto renderer = std::make_shared<QSvgRenderer>(svg);
    if (!renderer->isValid()) {
        problem(1, 1, tr("QtSvg cannot render this map"));
        return result;
    }
    result.svg = svg;
    result.renderer = std::move(renderer);
    return result;
}
