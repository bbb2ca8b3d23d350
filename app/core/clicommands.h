#pragma once

#include <QCoreApplication>

#include "commandlineoptions.h"

#include <QTextStream>

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
};
