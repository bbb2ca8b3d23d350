#pragma once

#include <QCoreApplication>

#include "campaign.h"
#include "diagnostic.h"
#include "maploader.h"

#include <memory>

/// What CampaignLoader::load returns: a campaign, or every problem found.
struct CampaignLoadResult
{
    std::shared_ptr<const Campaign> campaign; ///< null when there are problems
    Diagnostics problems;
    /// The package's map as it was read and checked (empty when the package has
    /// none): everything drawing it needs, without parsing the file again.
    MapLoadResult map;

    bool ok() const { return campaign != nullptr && problems.isEmpty(); }
    /// All problems, one `FILE:LINE:COLUMN: message` per line.
    QString errorString() const;
};

/**
 * @brief Loads and validates a campaign package (a folder with campaign.json).
 *
 * The whole package is read and checked before anything is returned: sizes
 * and UTF-8 first, then JSON syntax, then every field and cross-reference
 * (unknown or duplicate ids, impossible dates, reversed ranges, quotes that do
 * not occur in the article, footnotes that do not match the quote). All
 * problems are collected; a package with any problem yields no campaign, so a
 * caller never holds a partial load. The format is documented in FORMAT.md.
 */
class CampaignLoader
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLoader)

public:
    static constexpr qint64 kMaxJsonBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxArticleBytes = 4 * 1024 * 1024;
    static constexpr int kMaxJsonDepth = 32;
    static constexpr int kMaxDistricts = 100000;
    static constexpr int kMaxEvents = 200000;
    static constexpr int kMaxChanges = 2000000;

    /// Loads the package at @p path: a folder, or its campaign.json.
    static CampaignLoadResult load(const QString &path);
    /// The package compiled into the binary.
    static QString embeddedPath();
};
