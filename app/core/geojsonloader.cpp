#include "geojsonloader.h"

#include "jsonfile.h"

#include "filereader.h"
#include "jsonlocator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QSet>
#include <QStringList>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

struct Problem
{
    QString pointer;
    QString message;
    QString related; ///< a second pointer whose position replaces "%POS%" in the message
};

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return GeoJsonLoader::tr("an array");
    case QJsonValue::Object:
        return GeoJsonLoader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return GeoJsonLoader::tr("nothing");
}

class Reader
{
public:
    QList<Problem> problems;
    QList<DistrictShape> shapes;
    bool truncated = false;

    void read(const QJsonDocument &doc)
    {
        if (!doc.isObject()) {
            add(QString(), GeoJsonLoader::tr("the top level must be a GeoJSON FeatureCollection object"));
            return;
        }
        const QJsonObject root = doc.object();
        const QJsonValue type = root.value(QLatin1String("type"));
        if (!type.isString()) {
            add(QString(), GeoJsonLoader::tr("missing \"type\": a district file must be a GeoJSON FeatureCollection"));
            return;
        }
        if (type.toString() != QLatin1String("FeatureCollection")) {
            add(QStringLiteral("/type"),
                GeoJsonLoader::tr("\"type\" must be \"FeatureCollection\", not %1").arg(describe(type)));
            return;
        }
        // RFC 7946 dropped "crs"; older files name WGS84 longitude/latitude
        // explicitly. Anything else is in other units and would be misplaced.
        const QJsonValue crs = root.value(QLatin1String("crs"));
        if (!crs.isUndefined() && !crs.isNull()) {
            static const QStringList wgs84{QStringLiteral("urn:ogc:def:crs:OGC:1.3:CRS84"),
                                           QStringLiteral("urn:ogc:def:crs:OGC::CRS84"), QStringLiteral("CRS84"),
                                           QStringLiteral("EPSG:4326"), QStringLiteral("urn:ogc:def:crs:EPSG::4326")};
            const QJsonValue name =
                crs.toObject().value(QLatin1String("properties")).toObject().value(QLatin1String("name"));
            if (!wgs84.contains(name.toString()))
                add(name.isString() ? QStringLiteral("/crs/properties/name") : QStringLiteral("/crs"),
                    GeoJsonLoader::tr("coordinate reference system %1 is not supported: positions must be WGS84 "
                                      "longitude and latitude (RFC 7946)")
                        .arg(describe(name.isUndefined() ? crs : name)));
        }
        const QJsonValue features = root.value(QLatin1String("features"));
        if (!features.isArray()) {
            add(features.isUndefined() ? QString() : QStringLiteral("/features"),
                GeoJsonLoader::tr("\"features\" must be an array of Feature objects"));
            return;
        }
        const QJsonArray list = features.toArray();
        if (list.size() > GeoJsonLoader::kMaxFeatures) {
            add(QStringLiteral("/features"),
                GeoJsonLoader::tr("%1 features; the limit is %2").arg(list.size()).arg(GeoJsonLoader::kMaxFeatures));
            return;
        }
        for (qsizetype i = 0; i < list.size() && !stop(); ++i)
            readFeature(list.at(i), QStringLiteral("/features/") + QString::number(i));
        if (list.isEmpty())
            add(QStringLiteral("/features"), GeoJsonLoader::tr("the FeatureCollection has no features"));
        assignDerivedIds();
    }

private:
    struct DerivedId
    {
        int shape;
        QString base;
    };

    qint64 m_positions = 0;
    bool m_tooManyPositions = false;
    QHash<QString, QString> m_explicitIds; // id -> pointer of its first use
    QList<DerivedId> m_derived;

    bool stop() const { return m_tooManyPositions || truncated; }

    void add(const QString &pointer, const QString &message, const QString &related = QString())
    {
        if (problems.size() >= GeoJsonLoader::kMaxProblems) {
            truncated = true;
            return;
        }
        problems.append({pointer, message, related});
    }

    static QString idText(const QJsonValue &v)
    {
        if (v.isString())
            return v.toString().trimmed();
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (std::isfinite(d) && d == std::floor(d) && qAbs(d) < 1e15)
                return QString::number(qint64(d));
        }
        return {};
    }

    void readFeature(const QJsonValue &value, const QString &at)
    {
        if (!value.isObject()) {
            add(at, GeoJsonLoader::tr("a feature must be an object, not %1").arg(describe(value)));
            return;
        }
        const QJsonObject feature = value.toObject();
        const QJsonValue type = feature.value(QLatin1String("type"));
        if (type.toString() != QLatin1String("Feature")) {
            add(type.isUndefined() ? at : at + QStringLiteral("/type"),
                GeoJsonLoader::tr("\"type\" of a feature must be \"Feature\", not %1").arg(describe(type)));
            return;
        }

        DistrictShape shape;
        const QJsonValue propsValue = feature.value(QLatin1String("properties"));
        QJsonObject props;
        if (propsValue.isObject())
            props = propsValue.toObject();
        else if (!propsValue.isNull() && !propsValue.isUndefined())
            add(at + QStringLiteral("/properties"),
                GeoJsonLoader::tr("\"properties\" must be an object or null, not %1").arg(describe(propsValue)));

        auto text = [&](const char *key) {
            const QJsonValue v = props.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                return QString();
            if (!v.isString()) {
                add(at + QStringLiteral("/properties/") + QLatin1String(key),
                    GeoJsonLoader::tr("\"%1\" must be a string").arg(QLatin1String(key)));
                return QString();
            }
            return v.toString().trimmed();
        };
        shape.name.en = text("name_en");
        shape.name.zh = text("name_zh");
        shape.name.ar = text("name_ar");
        const QString gisName = props.value(QLatin1String("NAME")).isString()
                                    ? props.value(QLatin1String("NAME")).toString().trimmed()
                                    : QString();
        if (shape.name.en.isEmpty())
            shape.name.en = gisName;
        if (shape.name.ar.isEmpty() && props.value(QLatin1String("NAME_A")).isString())
            shape.name.ar = props.value(QLatin1String("NAME_A")).toString().trimmed();

        // The id: properties.id, else the feature's id, else NAME + Id.
        QString idPointer;
        QString id;
        QString derivedBase;
        if (props.contains(QLatin1String("id"))) {
            idPointer = at + QStringLiteral("/properties/id");
            id = idText(props.value(QLatin1String("id")));
            if (id.isEmpty())
                add(idPointer, GeoJsonLoader::tr("\"id\" must be a non-empty string or an integer"));
        } else if (feature.contains(QLatin1String("id"))) {
            idPointer = at + QStringLiteral("/id");
            id = idText(feature.value(QLatin1String("id")));
            if (id.isEmpty())
                add(idPointer, GeoJsonLoader::tr("\"id\" must be a non-empty string or an integer"));
        } else if (!gisName.isEmpty() || props.contains(QLatin1String("Id"))) {
            const QString gisId = idText(props.value(QLatin1String("Id")));
            QString base = GeoJsonLoader::kebabCase(gisName);
            if (base.isEmpty())
                base = QStringLiteral("feature");
            derivedBase = gisId.isEmpty() ? base : base + QLatin1Char('-') + GeoJsonLoader::kebabCase(gisId);
        } else {
            add(at, GeoJsonLoader::tr(
                        "the feature has no id: give it properties.id (or an \"id\", or NAME and Id properties)"));
        }
        if (!id.isEmpty()) {
            const auto first = m_explicitIds.constFind(id);
            if (first != m_explicitIds.constEnd())
                add(idPointer, GeoJsonLoader::tr("duplicate district id \"%1\" (first used at %POS%)").arg(id), *first);
            else
                m_explicitIds.insert(id, idPointer);
        }

        const QJsonValue geometryValue = feature.value(QLatin1String("geometry"));
        const QString gAt = at + QStringLiteral("/geometry");
        if (!geometryValue.isObject()) {
            add(geometryValue.isUndefined() ? at : gAt,
                GeoJsonLoader::tr("the feature has no geometry (a Polygon or MultiPolygon is required)"));
            return;
        }
        const QJsonObject geometry = geometryValue.toObject();
        const QJsonValue gType = geometry.value(QLatin1String("type"));
        const QString typeName = gType.toString();
        if (typeName != QLatin1String("Polygon") && typeName != QLatin1String("MultiPolygon")) {
            add(gType.isUndefined() ? gAt : gAt + QStringLiteral("/type"),
                GeoJsonLoader::tr("geometry type %1 is not supported: use Polygon or MultiPolygon")
                    .arg(describe(gType)));
            return;
        }
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
        const QString cAt = gAt + QStringLiteral("/coordinates");
        if (!coordinates.isArray()) {
            add(coordinates.isUndefined() ? gAt : cAt, GeoJsonLoader::tr("\"coordinates\" must be an array"));
            return;
        }
        const QJsonArray coords = coordinates.toArray();
        bool good = true;
        if (typeName == QLatin1String("Polygon")) {
            good = readPolygon(coords, cAt, &shape);
        } else {
            if (coords.isEmpty()) {
                add(cAt, GeoJsonLoader::tr("a MultiPolygon needs at least one polygon"));
                good = false;
            }
            for (qsizetype p = 0; p < coords.size() && !stop(); ++p) {
                const QString pAt = cAt + QLatin1Char('/') + QString::number(p);
                if (!coords.at(p).isArray()) {
                    add(pAt,
                        GeoJsonLoader::tr("a polygon must be an array of rings, not %1").arg(describe(coords.at(p))));
                    good = false;
                    continue;
                }
                good = readPolygon(coords.at(p).toArray(), pAt, &shape) && good;
            }
        }
        if (!good)
            return;
        if (!derivedBase.isEmpty())
            m_derived.append({int(shapes.size()), derivedBase});
        shape.id = id;
        shapes.append(shape);
    }

    bool readPolygon(const QJsonArray &rings, const QString &at, DistrictShape *shape)
    {
        if (rings.isEmpty()) {
            add(at, GeoJsonLoader::tr("a polygon needs an exterior ring"));
            return false;
        }
        QGeoPolygon polygon;
        bool good = true;
        for (qsizetype r = 0; r < rings.size() && !stop(); ++r) {
            const QString rAt = at + QLatin1Char('/') + QString::number(r);
            QList<QGeoCoordinate> ring;
            if (!readRing(rings.at(r), rAt, r > 0, &ring)) {
                good = false;
                continue;
            }
            if (r == 0)
                polygon.setPerimeter(ring);
            else
                polygon.addHole(ring);
        }
        if (good)
            shape->polygons.append(polygon);
        return good;
    }

    bool readRing(const QJsonValue &value, const QString &at, bool hole, QList<QGeoCoordinate> *out)
    {
        if (!value.isArray()) {
            add(at, GeoJsonLoader::tr("a linear ring must be an array of positions, not %1").arg(describe(value)));
            return false;
        }
        const QJsonArray ring = value.toArray();
        m_positions += ring.size();
        if (m_positions > GeoJsonLoader::kMaxPositions) {
            add(at, GeoJsonLoader::tr("more than %1 positions in the file").arg(GeoJsonLoader::kMaxPositions));
            m_tooManyPositions = true;
            return false;
        }
        bool good = true;
        QList<QPointF> points;
        points.reserve(ring.size());
        for (qsizetype i = 0; i < ring.size(); ++i) {
            // A position's path is written only for a problem: a district's ring has hundreds.
            const auto pAt = [&] { return at + QLatin1Char('/') + QString::number(i); };
            const QJsonValue pv = ring.at(i);
            const QJsonArray pos = pv.toArray();
            if (!pv.isArray() || pos.size() < 2 || !pos.at(0).isDouble() || !pos.at(1).isDouble()) {
                add(pAt(),
                    GeoJsonLoader::tr("a position must be [longitude, latitude] in numbers, not %1").arg(describe(pv)));
                good = false;
                continue;
            }
            const double lon = pos.at(0).toDouble();
            const double lat = pos.at(1).toDouble();
            if (!std::isfinite(lon) || lon < -180.0 || lon > 180.0) {
                add(pAt() + QStringLiteral("/0"), GeoJsonLoader::tr("longitude %1 is outside WGS84 (-180 to 180); "
                                                                    "positions are [longitude, latitude]")
                                                      .arg(QString::number(lon, 'g', 12)));
                good = false;
            }
            if (!std::isfinite(lat) || lat < -90.0 || lat > 90.0) {
                add(pAt() + QStringLiteral("/1"),
                    GeoJsonLoader::tr("latitude %1 is outside WGS84 (-90 to 90); positions are [longitude, latitude]")
                        .arg(QString::number(lat, 'g', 12)));
                good = false;
            }
            points.append(QPointF(lon, lat));
        }
        if (!good)
            return false;
        const QString what = hole ? GeoJsonLoader::tr("hole") : GeoJsonLoader::tr("ring");
        if (points.size() < 4) {
            add(at, GeoJsonLoader::tr("a %1 needs at least 4 positions (first repeated last), not %2")
                        .arg(what)
                        .arg(points.size()));
            return false;
        }
        if (points.first() != points.last()) {
            add(at,
                GeoJsonLoader::tr("the %1 is not closed: its last position [%2, %3] differs from its first [%4, %5]")
                    .arg(what)
                    .arg(points.last().x(), 0, 'g', 12)
                    .arg(points.last().y(), 0, 'g', 12)
                    .arg(points.first().x(), 0, 'g', 12)
                    .arg(points.first().y(), 0, 'g', 12));
            return false;
        }
        // Shoelace area in square degrees, relative to the first point for precision.
        double twiceArea = 0.0;
        const QPointF o = points.first();
        for (qsizetype i = 1; i + 1 < points.size(); ++i) {
            const QPointF a = points.at(i) - o;
            const QPointF b = points.at(i + 1) - o;
            twiceArea += a.x() * b.y() - b.x() * a.y();
        }
        if (qAbs(twiceArea) < 1e-20) {
            add(at, GeoJsonLoader::tr("the %1 is degenerate: its area is zero").arg(what));
            return false;
        }
        out->reserve(points.size() - 1);
        for (qsizetype i = 0; i + 1 < points.size(); ++i)
            out->append(QGeoCoordinate(points.at(i).y(), points.at(i).x()));
        return true;
    }

    void assignDerivedIds()
    {
        QHash<QString, int> used;
        for (const DistrictShape &s : std::as_const(shapes)) {
            if (!s.id.isEmpty())
                used.insert(s.id, 1);
        }
        for (const DerivedId &d : std::as_const(m_derived)) {
            QString id = d.base;
            for (int n = 2; used.contains(id); ++n)
                id = d.base + QLatin1Char('-') + QString::number(n);
            used.insert(id, 1);
            shapes[d.shape].id = id;
        }
    }
};

} // namespace

QString GeoJsonLoader::kebabCase(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    bool dash = false;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (alnum) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            dash = false;
            out += c.toLower();
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // accents after decomposition
        } else if (u == u'\'' || u == 0x2018 || u == 0x2019 || u == 0x02BB || u == 0x02BC || u == 0x02BF) {
            continue; // apostrophes and ayn/hamza marks join the word
        } else {
            dash = true;
        }
    }
    return out;
}

GeoJsonLoadResult GeoJsonLoader::load(const QString &path, const QString &displayName)
{
    FileReadResult file = FileReader::read(path, displayName, kMaxBytes);
    if (!file.ok()) {
        GeoJsonLoadResult result;
        result.problems = file.problems;
        return result;
    }
    QByteArray bytes = std::move(file.bytes);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return parse(bytes, displayName);
}

GeoJsonLoadResult GeoJsonLoader::parse(const QByteArray &json, const QString &displayName)
{
    GeoJsonLoadResult result;
    if (json.size() > kMaxBytes) {
        result.problems.append(
            {displayName, 0, 0, GeoJsonLoader::tr("%1 bytes; the limit is %2 bytes").arg(json.size()).arg(kMaxBytes)});
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const TextPosition pos = JsonLocator::positionOfOffset(json, error.offset);
        result.problems.append(
            {displayName, pos.line, pos.column, GeoJsonLoader::tr("JSON syntax error: %1").arg(error.errorString())});
        return result;
    }
    // Properties the loader does not read may nest as deep as Qt's parser allows; a key written
    // twice is refused wherever it is.
    if (JsonFile::structureProblem(displayName, json, &result.problems, std::numeric_limits<int>::max()))
        return result;

    Reader reader;
    reader.read(doc);
    if (reader.problems.isEmpty()) {
        result.shapes = std::move(reader.shapes);
        return result;
    }

    QSet<QString> wanted;
    for (const Problem &p : std::as_const(reader.problems)) {
        wanted.insert(p.pointer);
        if (!p.related.isEmpty())
            wanted.insert(p.related);
    }
    // Only the positions of the problems: recording every value of a file
    // with millions of coordinates would cost gigabytes.
    const JsonLocator finder(json, wanted);
    for (const Problem &p : std::as_const(reader.problems)) {
        const TextPosition pos = finder.position(p.pointer);
        QString message = p.message;
        if (!p.related.isEmpty()) {
            const TextPosition first = finder.position(p.related);
            message.replace(QLatin1String("%POS%"), QStringLiteral("%1:%2").arg(first.line).arg(first.column));
        }
        result.problems.append({displayName, pos.line, pos.column, message});
    }
    std::stable_sort(result.problems.begin(), result.problems.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    if (reader.truncated)
        result.problems.append(
            {displayName, 0, 0, GeoJsonLoader::tr("more than %1 problems; the rest are not listed").arg(kMaxProblems)});
    return result;
}
