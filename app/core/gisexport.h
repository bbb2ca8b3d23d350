#pragma once

#include "controltimeline.h"
#include "districtshape.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// One run of days on which a district looks the same and rests on the same change.
struct ControlPeriod
{
    int district = -1;
    QDate start; ///< first map date (end of that day) showing the state
    QDate end;   ///< the day after the last one (exclusive)
    DistrictAppearance appearance;
};

/**
 * @brief Data for GIS tools and spreadsheets: control periods as GeoJSON, changes and events as CSV.
 *
 * Dates are the map's dates: a period from `start` to `end` (exclusive) is shown on every date
 * D with start ≤ D < end, as the state at the end of D. The periods reproduce
 * ControlTimeline::appearanceAt() on every day of the campaign exactly.
 */
class GisExport
{
    Q_DECLARE_TR_FUNCTIONS(GisExport)

public:
    /// Every district's periods, in district order then date order.
    static QList<ControlPeriod> periods(const ControlTimeline &timeline);
    /**
     * @brief An RFC 7946 FeatureCollection: one feature per period, the district's WGS84
     * geometry, properties `district`, `name_en`, `name_zh`, `control`, `leading`, `basis`,
     * `disputed`, `start`, `end`, `sources` (array) and `sources_text` (one line, for tools
     * that do not read nested properties). A district without a shape gets a null geometry.
     */
    static QByteArray geoJson(const ControlTimeline &timeline, const QList<DistrictShape> &shapes);
    /**
     * @brief RFC 4180 CSV, UTF-8 with a header: one row per control change (in the order
     * they apply per district), then one per event. Columns: record ("change" or "event"),
     * date, end_date, district, control, leading, part (a report about part of the district:
     * the side it names), basis, kind, id, text_en, text_zh, paragraph, refs, outlet, url, report.
     */
    static QByteArray csv(const ControlTimeline &timeline);
    /// @p text as a JSON string literal, quotes included (UTF-8; quotes, backslashes and controls escaped).
    static QByteArray jsonString(const QString &text);
    /// One field quoted for RFC 4180 when it needs it.
    static QString csvField(const QString &text);

    /// What writeFile() writes.
    enum class Format { GeoJson, Csv };
    /// The file name extension of @p format, without the dot: "geojson" or "csv".
    static QString extension(Format format);
    /**
     * @brief Writes geoJson() (the district shapes read from the campaign's GeoJSON file, if it
     * has one) or csv() of @p timeline to @p path, all or nothing: the bytes go to a temporary
     * file in the same folder, renamed over @p path only when complete, so a full disk or an
     * unwritable folder leaves no partial file and an older file intact.
     *
     * On failure returns false and sets @p error to one line that names @p path once.
     * @p bytes (optional) receives the size written.
     */
    static bool writeFile(const ControlTimeline &timeline, Format format, const QString &path, QString *error,
                          qint64 *bytes = nullptr);
};
