#pragma once

#include <QCoreApplication>

#include "campaignloader.h"
#include "commandlineoptions.h"
#include "controltimeline.h"

#include <QTextStream>

#include <memory>
#include <optional>

/**
 * @brief Runs the headless commands (`--state-at`, `--history`, `--events`, `--validate`).
 *
 * Output goes to @p out as indented JSON; every problem goes to @p err as one
 * line. Returns the process exit code: 0 on success, 1 on any problem. Never
 * falls back silently: an unknown district or a date outside the campaign is
 * an error naming what is wrong.
 */
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    static int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

    /// The campaign a command works on, as loaded, and its control timeline.
    struct Loaded
    {
        CampaignLoadResult result;                       ///< the campaign and the map the loader checked
        std::shared_ptr<const ControlTimeline> timeline; ///< with or without reports, as the options say
    };
    /**
     * Loads the campaign of @p options (`--campaign`, or the embedded one) and
     * its timeline (`--only-article` leaves the reports out). When it does not
     * load, every problem is written to @p err, one per line, and the result is empty.
     * Shared by every command, the headless ones and those that draw.
     */
    static std::optional<Loaded> loadCampaign(const CommandLineOptions &options, QTextStream &err);
    /// Writes @p message and a newline to @p err; returns the commands' failure exit code, 1.
    static int fail(QTextStream &err, const QString &message);
};
