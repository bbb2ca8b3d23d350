#pragma once

#include "diagnostic.h"
#include "districtshape.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// What GeoJsonLoader returns: every shape, or every problem found.
struct GeoJsonLoadResult
{
    QList<DistrictShape> shapes; ///< empty when there are problems
    Diagnostics problems;

    bool ok() const { return problems.isEmpty(); }
};

/**
 * @brief Reads district outlines from an RFC 7946 GeoJSON FeatureCollection.
 *
 * Only Polygon and MultiPolygon geometries are accepted, in WGS84 [longitude,
 * latitude] order. Every ring must be closed and have at least four positions,
 * finite coordinates inside WGS84 and a non-zero area. The file is bounded
 * (size, features, positions) before and while it is read.
 *
 * The district id of a feature is `properties.id` when present, else the
 * feature's top-level `id`, else one made from the `NAME` and `Id` properties
 * (the layout of many GIS exports): "Aleppo Citadel" with Id 16 becomes
 * "aleppo-citadel-16", with "-2", "-3"... appended when a file repeats a
 * feature. Names come from `name_en`/`name_zh`/`name_ar`, else `NAME`
 * (English) and `NAME_A` (Arabic). Duplicate explicit ids are an error.
 *
 * All problems are collected (up to kMaxProblems), each as
 * `FILE:LINE:COLUMN: message` pointing at the offending JSON value.
 */
class GeoJsonLoader
{
    Q_DECLARE_TR_FUNCTIONS(GeoJsonLoader)

public:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    static constexpr int kMaxFeatures = 100000;
    static constexpr qint64 kMaxPositions = 5000000;
    static constexpr int kMaxProblems = 1000;

    /// Reads @p path (size limit, strict UTF-8) and parses it; problems name @p displayName.
    static GeoJsonLoadResult load(const QString &path, const QString &displayName);
    /// Parses GeoJSON text already in memory.
    static GeoJsonLoadResult parse(const QByteArray &json, const QString &displayName);

    /// A kebab-case id made of ASCII letters and digits from @p text ("al-‘Amiriyeh" -> "al-amiriyeh").
    static QString kebabCase(const QString &text);
};
