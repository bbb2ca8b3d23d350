#include "startupstate.h"

#include "campaign.h"
#include "commandlineoptions.h"

bool StartupState::resolve(const Campaign &campaign, const SettingsStore::State &saved,
                           const CommandLineOptions &options, StartupState *out, QString *error)
{
    StartupState state;
    state.date = saved.date.isValid() && saved.date >= campaign.start && saved.date <= campaign.end ? saved.date
                                                                                                    : campaign.start;
    state.district = campaign.district(saved.district) ? saved.district : QString();
    state.language = SettingsStore::isSupportedLanguage(saved.language) ? saved.language : QStringLiteral("en");

    if (!options.dateText.isEmpty()) {
        QString parseError;
        const QDate date = CommandLineOptions::parseDate(options.dateText, QStringLiteral("--date"), &parseError);
        if (!date.isValid()) {
            *error = parseError;
            return false;
        }
        if (date < campaign.start || date > campaign.end) {
            *error = tr("--date: %1 is outside the campaign (%2 to %3)")
                         .arg(options.dateText, campaign.start.toString(Qt::ISODate),
                              campaign.end.toString(Qt::ISODate));
            return false;
        }
        state.date = date;
    }
    if (!options.districtId.isEmpty()) {
        if (!campaign.district(options.districtId)) {
            QStringList ids;
            for (const District &d : campaign.districts)
                ids.append(d.id);
            *error = tr("--district: unknown district \"%1\"; known districts: %2")
                         .arg(options.districtId, ids.join(QStringLiteral(", ")));
            return false;
        }
        state.district = options.districtId;
    }
    if (!options.language.isEmpty()) {
        if (!SettingsStore::isSupportedLanguage(options.language)) {
            *error = tr("--language: unknown language \"%1\"; use %2")
                         .arg(options.language, SettingsStore::languages().join(QStringLiteral(" or ")));
            return false;
        }
        state.language = options.language;
    }
    *out = state;
    return true;
}
