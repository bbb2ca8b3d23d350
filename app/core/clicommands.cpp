#include "clicommands.h"

#include "campaignjson.h"
#include "campaignloader.h"

#include "gisexport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

int printProblems(const Diagnostics &problems, QTextStream &err)
{
    for (const Diagnostic &d : problems)
        err << d.toString() << '\n';
    err.flush();
    return 1;
}

bool checkInCampaign(const Campaign &c, QDate date, const QString &option, QTextStream &err)
{
    if (date >= c.start && date <= c.end)
        return true;
    err << QCoreApplication::translate("CliCommands", "%1: %2 is outside the campaign (%3 to %4)")
               .arg(option, date.toString(Qt::ISODate), c.start.toString(Qt::ISODate), c.end.toString(Qt::ISODate))
        << '\n';
    return false;
}

void printJson(const QJsonObject &o, QTextStream &out)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace

std::optional<CliCommands::Loaded> CliCommands::loadCampaign(const CommandLineOptions &options, QTextStream &err)
{
    const QString path = options.campaignPath.isEmpty() ? CampaignLoader::embeddedPath() : options.campaignPath;
    Loaded loaded;
    loaded.result = CampaignLoader::load(path);
    if (!loaded.result.ok()) {
        printProblems(loaded.result.problems, err);
        return std::nullopt;
    }
    loaded.timeline = std::make_shared<const ControlTimeline>(loaded.result.campaign,
                                                              options.onlyArticle
                                                                  ? ControlTimeline::Sources::ArticleOnly
                                                                  : ControlTimeline::Sources::WithReports);
    return loaded;
}

int CliCommands::fail(QTextStream &err, const QString &message)
{
    err << message << '\n';
    err.flush();
    return 1;
}

int CliCommands::run(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    using Mode = CommandLineOptions::Mode;
    if (!options.error.isEmpty())
        return fail(err, options.error);
    if (options.mode == Mode::Validate) {
        const CampaignLoadResult r = CampaignLoader::load(options.validatePath);
        if (!r.ok())
            return printProblems(r.problems, err);
        out << tr("%1: valid campaign \"%2\": %3 districts, %4 events, %5 control changes\n")
                   .arg(options.validatePath, r.campaign->id)
                   .arg(r.campaign->districts.size())
                   .arg(r.campaign->events.size())
                   .arg(r.campaign->changes.size());
        return 0;
    }

    const std::optional<Loaded> loaded = loadCampaign(options, err);
    if (!loaded)
        return 1;
    const CampaignLoadResult &r = loaded->result;
    const Campaign &campaign = *r.campaign;
    const ControlTimeline &timeline = *loaded->timeline;

    QString error;
    switch (options.mode) {
    case Mode::StateAt: {
        const QDate date = CommandLineOptions::parseDate(options.stateAtText, QStringLiteral("--state-at"), &error);
        if (!checkInCampaign(campaign, date, QStringLiteral("--state-at"), err))
            return 1;
        printJson(CampaignJson::stateAt(timeline, date), out);
        return 0;
    }
    case Mode::History: {
        const int index = campaign.districtIndex(options.historyId);
        if (index < 0) {
            QStringList ids;
            for (const District &d : campaign.districts)
                ids.append(d.id);
            return fail(err, tr("--history: unknown district \"%1\"; known ids: %2")
                                 .arg(options.historyId, ids.join(QStringLiteral(", "))));
        }
        printJson(CampaignJson::history(timeline, index), out);
        return 0;
    }
    case Mode::Stats:
    case Mode::Events: {
        QDate from;
        QDate to;
        if (!options.fromText.isEmpty()) {
            from = CommandLineOptions::parseDate(options.fromText, QStringLiteral("--from"), &error);
            if (!checkInCampaign(campaign, from, QStringLiteral("--from"), err))
                return 1;
        }
        if (!options.toText.isEmpty()) {
            to = CommandLineOptions::parseDate(options.toText, QStringLiteral("--to"), &error);
            if (!checkInCampaign(campaign, to, QStringLiteral("--to"), err))
                return 1;
        }
        if (options.mode == Mode::Stats)
            printJson(CampaignJson::stats(timeline, DistrictAreas::fromCampaign(campaign), from, to), out);
        else
            printJson(CampaignJson::events(campaign, from, to), out);
        return 0;
    }
    case Mode::Diff: {
        const QDate from = CommandLineOptions::parseDate(options.diffFromText, QStringLiteral("--diff"), &error);
        const QDate to = CommandLineOptions::parseDate(options.diffToText, QStringLiteral("--diff"), &error);
        if (!checkInCampaign(campaign, from, QStringLiteral("--diff"), err)
            || !checkInCampaign(campaign, to, QStringLiteral("--diff"), err))
            return 1;
        printJson(CampaignJson::diff(timeline, from, to), out);
        return 0;
    }
    case Mode::Figures: {
        const ControlTimeline articleOnly(r.campaign, ControlTimeline::Sources::ArticleOnly);
        const DistrictAreas areas = DistrictAreas::fromCampaign(campaign);
        const QJsonObject figures = CampaignJson::figures(timeline, articleOnly, areas);
        printJson(figures, out);
        return 0;
    }
    case Mode::ExportGeoJson:
    case Mode::ExportCsv: {
        // All or nothing: a failed write leaves no partial file behind.
        QString message;
        qint64 bytes = 0;
        if (!GisExport::writeFile(timeline,
                                  options.mode == Mode::ExportCsv ? GisExport::Format::Csv : GisExport::Format::GeoJson,
                                  options.exportPath, &message, &bytes))
            return fail(err, message);
        out << tr("%1: written (%2 bytes)").arg(options.exportPath).arg(bytes) << '\n';
        return 0;
    }
    case Mode::Render:
    case Mode::ExportAnimation:
        return fail(err, tr("%1 needs the map renderer, which this build leaves out (ATLAS_BUILD_GUI=OFF)")
                             .arg(options.mode == Mode::Render ? QStringLiteral("--render")
                                                               : QStringLiteral("--export-animation")));
    default:
        return fail(err, QStringLiteral("internal error: not a headless command"));
    }
}
