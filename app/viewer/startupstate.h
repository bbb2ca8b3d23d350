#pragma once

#include "settingsstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

struct Campaign;
struct CommandLineOptions;

/**
 * @brief What the viewer opens with: the saved state, overridden by the
 * command line. A command-line value that does not fit the campaign (a date
 * outside it, an unknown district, an unknown language) is an error; a saved
 * value that does not fit was already dropped by SettingsStore.
 */
class StartupState
{
    Q_DECLARE_TR_FUNCTIONS(StartupState)

public:
    /// Combines @p saved and @p options for @p campaign; returns false with @p error set on a bad option.
    static bool resolve(const Campaign &campaign, const SettingsStore::State &saved, const CommandLineOptions &options,
                        StartupState *out, QString *error);

    QDate date;
    QString district;
    QString language = QStringLiteral("en");
};
