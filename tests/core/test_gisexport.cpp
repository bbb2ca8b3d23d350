// GeoJSON periods and CSV rows for GIS tools: the periods reproduce the map on every day.
#include "campaignloader.h"
#include "controltimeline.h"
#include "geojsonloader.h"
#include "gisexport.h"
#include "testpackage.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

std::shared_ptr<const Campaign> aleppo()
{
    static const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
    EXPECT_TRUE(r.ok());
    return r.campaign;
}

// A small RFC 4180 reader, written independently of the writer.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    return rows;
}

} // namespace

TEST(GisExport, PeriodsReproduceTheMapOnEveryDay)
{
    const auto c = aleppo();
    for (const auto sources : {ControlTimeline::Sources::WithReports, ControlTimeline::Sources::ArticleOnly}) {
        const ControlTimeline t(c, sources);
        const QList<ControlPeriod> periods = GisExport::periods(t);
        for (int i = 0; i < c->districts.size(); ++i) {
            QDate covered = c->start;
            for (const ControlPeriod &p : periods) {
                if (p.district != i)
                    continue;
                EXPECT_EQ(p.start, covered) << "periods tile the campaign without gaps";
                ASSERT_LT(p.start, p.end);
                for (QDate d = p.start; d < p.end; d = d.addDays(1)) {
                    const DistrictAppearance a = t.appearanceAt(i, d);
                    EXPECT_EQ(a.control, p.appearance.control) << d.toString(Qt::ISODate).toStdString();
                    EXPECT_EQ(a.leading, p.appearance.leading);
                    EXPECT_EQ(a.basis, p.appearance.basis);
                    EXPECT_EQ(a.disputed, p.appearance.disputed);
                }
                covered = p.end;
            }
            EXPECT_EQ(covered, c->end.addDays(1)) << c->districts.at(i).id.toStdString();
        }
    }
}

TEST(GisExport, GeoJsonIsAFeatureCollectionAGisToolCanFilterByDate)
{
    const auto c = aleppo();
    const ControlTimeline t(c);
    const GeoJsonLoadResult shapes = GeoJsonLoader::load(c->districtShapesFile, c->districtShapesFile);
    ASSERT_TRUE(shapes.ok());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(GisExport::geoJson(t, shapes.shapes), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    EXPECT_EQ(root.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    EXPECT_EQ(features.size(), GisExport::periods(t).size());
    // What a temporal filter does: the features in force on 28 November are the map of that day.
    const QDate day(2016, 11, 28);
    int inForce = 0;
    for (const QJsonValue &v : features) {
        const QJsonObject f = v.toObject();
        const QJsonObject p = f.value(QStringLiteral("properties")).toObject();
        const QDate start = QDate::fromString(p.value(QStringLiteral("start")).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(p.value(QStringLiteral("end")).toString(), Qt::ISODate);
        ASSERT_TRUE(start.isValid() && end.isValid());
        const QJsonObject g = f.value(QStringLiteral("geometry")).toObject();
        ASSERT_TRUE(g.value(QStringLiteral("type")).toString().endsWith(QStringLiteral("Polygon")));
        // RFC 7946: [longitude, latitude], closed rings.
        QJsonArray rings = g.value(QStringLiteral("coordinates")).toArray();
        if (g.value(QStringLiteral("type")).toString() == QLatin1String("MultiPolygon"))
            rings = rings.first().toArray();
        const QJsonArray outer = rings.first().toArray();
        EXPECT_EQ(outer.first(), outer.last());
        EXPECT_NEAR(outer.first().toArray().at(0).toDouble(), 37.15, 0.2);
        EXPECT_NEAR(outer.first().toArray().at(1).toDouble(), 36.2, 0.2);
        EXPECT_FALSE(p.value(QStringLiteral("sources_text")).toString().isEmpty());
        if (start <= day && day < end) {
            ++inForce;
            const int i = c->districtIndex(p.value(QStringLiteral("district")).toString());
            EXPECT_EQ(p.value(QStringLiteral("control")).toString(), t.appearanceAt(i, day).control);
        }
    }
    EXPECT_EQ(inForce, c->districts.size());
}

TEST(GisExport, CsvHasOneRowPerChangeAndEventAndQuotesAsRfc4180)
{
    const auto c = aleppo();
    const ControlTimeline t(c);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(GisExport::csv(t)));
    ASSERT_GE(rows.size(), 2);
    const QStringList header = rows.first();
    EXPECT_EQ(header.first(), QStringLiteral("record"));
    int changes = 0;
    int events = 0;
    for (int r = 1; r < rows.size(); ++r) {
        ASSERT_EQ(rows.at(r).size(), header.size()) << r;
        changes += rows.at(r).first() == QLatin1String("change") ? 1 : 0;
        events += rows.at(r).first() == QLatin1String("event") ? 1 : 0;
    }
    int historyRows = 0;
    for (int i = 0; i < t.districtCount(); ++i)
        historyRows += int(t.history(i).size());
    EXPECT_EQ(changes, historyRows);
    EXPECT_EQ(events, c->events.size());
    EXPECT_EQ(GisExport::csvField(QStringLiteral("a \"b\", c")), QStringLiteral("\"a \"\"b\"\", c\""));
    EXPECT_EQ(GisExport::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(GisExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
}

TEST(GisExport, JsonStringsReadBackExactly)
{
    const QString tricky = QStringLiteral("Bab al-\"Hadid\" \\ 巴卜哈迪德\n\t\u0001 end");
    const QJsonDocument doc = QJsonDocument::fromJson("[" + GisExport::jsonString(tricky) + "]");
    ASSERT_TRUE(doc.isArray());
    EXPECT_EQ(doc.array().at(0).toString(), tricky);
}

TEST(GisExport, WriteFileIsAllOrNothingAndNamesTheFileOnce)
{
    const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
    ASSERT_TRUE(r.ok());
    const ControlTimeline timeline(r.campaign);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    const QString good = dir.filePath(QStringLiteral("periods.geojson"));
    QString error;
    qint64 bytes = 0;
    ASSERT_TRUE(GisExport::writeFile(timeline, GisExport::Format::GeoJson, good, &error, &bytes))
        << error.toStdString();
    EXPECT_EQ(QFileInfo(good).size(), bytes);
    EXPECT_TRUE(QJsonDocument::fromJson(readFile(good)).isObject());

    // A folder that cannot exist (its parent is a file): one line naming the file, nothing written.
    const QString bad = good + QStringLiteral("/inside.csv");
    EXPECT_FALSE(GisExport::writeFile(timeline, GisExport::Format::Csv, bad, &error));
    EXPECT_TRUE(error.startsWith(bad + QStringLiteral(": "))) << error.toStdString();
    EXPECT_EQ(error.count(bad), 1);
    EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("periods.geojson")});
}
