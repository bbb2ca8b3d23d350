#include "syntheticcampaign.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtMath>

namespace {

constexpr double kWest = 37.07;
constexpr double kEast = 37.29;
constexpr double kSouth = 36.12;
constexpr double kNorth = 36.30;
constexpr double kParallel = 36.2;
const QDate kStart(2016, 9, 19);
const QDate kEnd(2016, 12, 22);
constexpr int kParagraphs = 200;

QString districtId(int i)
{
    return QStringLiteral("d%1").arg(i, 5, 10, QLatin1Char('0'));
}
QString sentence(int p)
{
    return QStringLiteral("第%1段：戰線移動。").arg(p);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QJsonObject citation(int paragraph)
{
    return {{QStringLiteral("paragraph"), paragraph},
            {QStringLiteral("quote"), sentence(paragraph)},
            {QStringLiteral("refs"), QJsonArray{paragraph}}};
}

} // namespace

QString SyntheticCampaign::write(const QString &folder, const Options &o)
{
    QString error;
    if (!QDir().mkpath(folder))
        return QStringLiteral("%1: cannot create folder").arg(folder);
    QRandomGenerator rng(o.seed);
    const QStringList sides{QStringLiteral("government"), QStringLiteral("opposition"), QStringLiteral("kurdish")};

    // Hexagon grid: columns x rows ≈ N, in a metric frame, then to lon/lat.
    const double kx = qCos(qDegreesToRadians(kParallel));
    const double widthM = (kEast - kWest) * kx;
    const double heightM = kNorth - kSouth;
    const int cols = qMax(1, int(qCeil(qSqrt(o.districts * widthM / heightM))));
    const int rows = qMax(1, int(qCeil(double(o.districts) / cols)));
    const double cw = widthM * 0.96 / (cols + 0.5);
    const double ch = heightM * 0.96 / (rows + 0.5);
    const double r = qMin(cw / qSqrt(3.0), ch / 1.5) * 0.98;

    QJsonArray districts;
    QJsonArray features;
    QString svgPaths;
    const double svgScale = 9000.0;
    const double svgW = widthM * svgScale;
    const double svgH = heightM * svgScale;
    for (int i = 0; i < o.districts; ++i) {
        const int row = i / cols;
        const int col = i % cols;
        const double cxM = widthM * 0.02 + cw * (col + 0.5 + (row % 2) * 0.5);
        const double cyM = heightM * 0.02 + ch * (row + 0.5);
        const double lon = kWest + cxM / kx;
        const double lat = kNorth - cyM;
        districts.append(QJsonObject{
            {QStringLiteral("id"), districtId(i)},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("District %1").arg(i)},
                                                 {QStringLiteral("zh"), QStringLiteral("第%1區").arg(i)}}},
            {QStringLiteral("centroid"), QJsonObject{{QStringLiteral("lat"), lat}, {QStringLiteral("lon"), lon}}}});
        QJsonArray ring;
        QString d;
        for (int k = 0; k <= 6; ++k) {
            // Counter-clockwise in lon/lat (RFC 7946): angles decrease in the y-down frame.
            const double a = qDegreesToRadians(90.0 - 60.0 * (k % 6));
            const double px = cxM + r * qCos(a);
            const double py = cyM - r * qSin(a);
            ring.append(QJsonArray{kWest + px / kx, kNorth - py});
            if (k < 6)
                d += QStringLiteral("%1%2,%3 ")
                         .arg(k == 0 ? QStringLiteral("M") : QStringLiteral("L"))
                         .arg(px * svgScale, 0, 'f', 2)
                         .arg(py * svgScale, 0, 'f', 2);
        }
        features.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("id"), districtId(i)}}},
                        {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                                                 {QStringLiteral("coordinates"), QJsonArray{ring}}}}});
        svgPaths += QStringLiteral("<path id=\"%1\" d=\"%2Z\" fill=\"#eeeeee\" stroke=\"#999999\"/>\n")
                        .arg(districtId(i), d);
    }

    // Control: one approximate initial state each, then random moves.
    QJsonArray changes;
    QList<QString> holder(o.districts);
    for (int i = 0; i < o.districts; ++i) {
        holder[i] = sides.at(i % 7 == 0 ? 2 : (i % 2));
        changes.append(QJsonObject{{QStringLiteral("district"), districtId(i)},
                                   {QStringLiteral("date"), kStart.toString(Qt::ISODate)},
                                   {QStringLiteral("control"), holder.at(i)},
                                   {QStringLiteral("basis"), QStringLiteral("approximate")}});
    }
    const int days = int(kStart.daysTo(kEnd));
    const int moves = qMax(0, o.changes - o.districts);
    // Dates ascend through the file like a real chronology; same-day pairs happen.
    for (int m = 0; m < moves; ++m) {
        const int i = int(rng.bounded(o.districts));
        const QDate date = kStart.addDays(1 + qint64(m) * (days - 1) / qMax(1, moves));
        const int p = 1 + int(rng.bounded(kParagraphs));
        QJsonObject c{{QStringLiteral("district"), districtId(i)},
                      {QStringLiteral("date"), date.toString(Qt::ISODate)}};
        const quint32 roll = rng.bounded(100);
        if (roll < 25) {
            c.insert(QStringLiteral("control"), QStringLiteral("contested"));
            if (roll < 15)
                c.insert(QStringLiteral("leading"), holder.at(i));
        } else {
            holder[i] = sides.at(int(rng.bounded(roll < 90 ? 2 : 3)));
            c.insert(QStringLiteral("control"), holder.at(i));
        }
        c.insert(QStringLiteral("basis"), roll % 3 == 0 ? QStringLiteral("inferred") : QStringLiteral("stated"));
        c.insert(QStringLiteral("sources"), QJsonArray{citation(p)});
        changes.append(c);
    }

    QString article = QStringLiteral("## 合成戰役\n\n");
    for (int p = 1; p <= kParagraphs; ++p)
        article += sentence(p) + QStringLiteral("\\[%1\\]\n\n").arg(p);
    article += QStringLiteral("## 參考文獻\n\n");
    for (int p = 1; p <= kParagraphs; ++p)
        article += QStringLiteral("%1.  [Source %1](https://example.org/%1)\n").arg(p);

    QJsonArray events;
    for (int e = 0; e < o.events; ++e) {
        const int p = 1 + e % kParagraphs;
        const QDate date = kStart.addDays(qint64(e) * days / qMax(1, o.events));
        static const QStringList kinds{QStringLiteral("airstrikes"), QStringLiteral("ground-attack"),
                                       QStringLiteral("capture"), QStringLiteral("casualties"),
                                       QStringLiteral("ceasefire")};
        QJsonObject ev = citation(p);
        ev.insert(QStringLiteral("id"), QStringLiteral("e%1").arg(e));
        ev.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
        ev.insert(QStringLiteral("kind"), kinds.at(e % kinds.size()));
        ev.insert(QStringLiteral("districts"), QJsonArray{districtId(int(rng.bounded(o.districts)))});
        ev.insert(QStringLiteral("summary"),
                  QJsonObject{{QStringLiteral("en"), QStringLiteral("Synthetic event %1").arg(e)}});
        events.append(ev);
    }

    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("aleppo-atlas-campaign")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("id"), QStringLiteral("synthetic-%1-%2").arg(o.districts).arg(o.changes)},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Synthetic campaign")}}},
        {QStringLiteral("start"), kStart.toString(Qt::ISODate)},
        {QStringLiteral("end"), kEnd.toString(Qt::ISODate)},
        {QStringLiteral("sides"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), sides.at(0)},
                         {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Government")},
                                                              {QStringLiteral("zh"), QStringLiteral("政府軍")}}},
                         {QStringLiteral("color"), QStringLiteral("#D55E00")}},
             QJsonObject{{QStringLiteral("id"), sides.at(1)},
                         {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Opposition")},
                                                              {QStringLiteral("zh"), QStringLiteral("反對派")}}},
                         {QStringLiteral("color"), QStringLiteral("#009E73")}},
             QJsonObject{{QStringLiteral("id"), sides.at(2)},
                         {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Kurdish")},
                                                              {QStringLiteral("zh"), QStringLiteral("庫爾德")}}},
                         {QStringLiteral("color"), QStringLiteral("#F0E442")}}}},
        {QStringLiteral("files"),
         QJsonObject{{QStringLiteral("article"), QStringLiteral("article.md")},
                     {QStringLiteral("districts"), QStringLiteral("districts.json")},
                     {QStringLiteral("events"), QStringLiteral("events.json")},
                     {QStringLiteral("control"), QStringLiteral("control.json")},
                     {QStringLiteral("map"), QStringLiteral("map.svg")},
                     {QStringLiteral("district_shapes"), QStringLiteral("districts.geojson")}}}};

    const QString svg = QStringLiteral(
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:atlas=\"urn:aleppo-atlas:map:1\" "
                            "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" atlas:projection=\"equirectangular\" "
                            "atlas:standard-parallel=\"%3\" atlas:west=\"%4\" atlas:east=\"%5\" atlas:south=\"%6\" "
                            "atlas:north=\"%7\">\n<g id=\"base\"><rect width=\"%1\" height=\"%2\" "
                            "fill=\"#f4f1ea\"/></g>\n"
                            "<g id=\"districts\">\n")
                            .arg(svgW, 0, 'f', 6)
                            .arg(svgH, 0, 'f', 6)
                            .arg(kParallel)
                            .arg(kWest)
                            .arg(kEast)
                            .arg(kSouth)
                            .arg(kNorth)
                        + svgPaths
                        + QStringLiteral("</g>\n<g id=\"river\"/>\n<g id=\"landmarks\"/>\n<g id=\"labels\"/>\n"
                                         "<g id=\"furniture\"/>\n</svg>\n");

    const QJsonDocument::JsonFormat compact = QJsonDocument::Compact;
    if (!writeFile(folder + QStringLiteral("/campaign.json"), QJsonDocument(manifest).toJson(), &error)
        || !writeFile(folder + QStringLiteral("/article.md"), article.toUtf8(), &error)
        || !writeFile(folder + QStringLiteral("/districts.json"),
                      QJsonDocument(QJsonObject{{QStringLiteral("districts"), districts}}).toJson(compact), &error)
        || !writeFile(folder + QStringLiteral("/events.json"),
                      QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(compact), &error)
        || !writeFile(folder + QStringLiteral("/control.json"),
                      QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}}).toJson(compact), &error)
        || !writeFile(folder + QStringLiteral("/districts.geojson"),
                      QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                                {QStringLiteral("features"), features}})
                          .toJson(compact),
                      &error)
        || !writeFile(folder + QStringLiteral("/map.svg"), svg.toUtf8(), &error))
        return error;
    return {};
}
