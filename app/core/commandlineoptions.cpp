#include "commandlineoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
constexpr int kMaxRenderSide = 16384;
} // namespace

QDate CommandLineOptions::parseDate(const QString &text, const QString &option, QString *error)
{
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!iso.match(text).hasMatch()) {
        *error = tr("%1: \"%2\" is not a date in the form YYYY-MM-DD").arg(option, text);
        return {};
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        *error = tr("%1: impossible date \"%2\"").arg(option, text);
    return date;
}

bool CommandLineOptions::wantsHeadless(const QStringList &arguments)
{
    static const QStringList headless{QStringLiteral("--state-at"),   QStringLiteral("--history"),
                                      QStringLiteral("--events"),     QStringLiteral("--validate"),
                                      QStringLiteral("--figures"),    QStringLiteral("--stats"),
                                      QStringLiteral("--diff"),       QStringLiteral("--export-geojson"),
                                      QStringLiteral("--export-csv"), QStringLiteral("--export-animation"),
                                      QStringLiteral("--render"),     QStringLiteral("--help"),
                                      QStringLiteral("-h"),           QStringLiteral("--version"),
                                      QStringLiteral("-v"),           QStringLiteral("--help-all")};
    for (const QString &a : arguments.mid(1)) {
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (headless.contains(name))
            return true;
    }
    return false;
}

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    CommandLineOptions o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Aleppo Atlas: a timeline-and-map viewer of the September-December 2016 Aleppo offensive.\n"
                       "Without a command option it opens the viewer. Dates are YYYY-MM-DD."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption campaign(QStringLiteral("campaign"),
                                      QStringLiteral("Load the campaign package in <path> (folder or campaign.json) "
                                                     "instead of the embedded one."),
                                      QStringLiteral("path"));
    const QCommandLineOption stateAt(QStringLiteral("state-at"),
                                     tr("Print the control of every district at the end of <date> as JSON."),
                                     QStringLiteral("date"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     tr("Print the control history of district <id> as JSON."), QStringLiteral("id"));
    const QCommandLineOption events(QStringLiteral("events"), tr("Print the campaign's events as JSON."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("With --events, --stats or --export-animation: first day."),
                                  QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("With --events, --stats or --export-animation: last day."),
                                QStringLiteral("date"));
    const QCommandLineOption validate(QStringLiteral("validate"),
                                      QStringLiteral("Check the campaign package in <path>; print each problem as "
                                                     "FILE:LINE:COLUMN: message and exit 1 if there is any."),
                                      QStringLiteral("path"));
    const QCommandLineOption render(QStringLiteral("render"),
                                    tr("Render the map at the end of <date> without a display (needs --output)."),
                                    QStringLiteral("date"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("With --render: the .png, .svg or .pdf file to write."), QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("With --render: image size WIDTHxHEIGHT, from 400x300 to 16384x16384 "
                                     "(default 1600x1000). With --export-animation: frame size, even, from "
                                     "320x180 to 3840x3840 (default 1280x720)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Open the viewer at <date>."), QStringLiteral("date"));
    const QCommandLineOption district(QStringLiteral("district"),
                                      tr("Open the viewer (or --render the map) with district <id> selected."),
                                      QStringLiteral("id"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Viewer, --render or --export-animation language: en or zh_TW."),
                                      QStringLiteral("code"));
    const QCommandLineOption figures(QStringLiteral("figures"),
                                     tr("Print every figure the article and the reports give (share taken, km² "
                                        "left, districts) with the map's value for the same measure, with and "
                                        "without reports, as JSON."));
    const QCommandLineOption stats(QStringLiteral("stats"),
                                   tr("Print the territory of every day (km² and districts per side, contested, "
                                      "by basis) as JSON; --from and --to narrow the days."));
    const QCommandLineOption diff(QStringLiteral("diff"),
                                  tr("--diff D1 D2: print every district whose control changed between the end of "
                                     "D1 and the end of D2, with the dates and sources, as JSON."),
                                  QStringLiteral("date"));
    const QCommandLineOption exportGeoJson(
        QStringLiteral("export-geojson"),
        tr("Write every district's control periods as an RFC 7946 GeoJSON FeatureCollection (start and end dates, "
           "control, basis, sources) to <file>, for QGIS's Temporal Controller or kepler.gl."),
        QStringLiteral("file"));
    const QCommandLineOption exportCsv(QStringLiteral("export-csv"),
                                       tr("Write every control change and every event, with their sources, as CSV "
                                          "(UTF-8, RFC 4180) to <file>."),
                                       QStringLiteral("file"));
    const QCommandLineOption exportAnimation(QStringLiteral("export-animation"),
                                             tr("Write the map from --from to --to as a clip without a display: <file> "
                                                ".mp4 (H.264), .webm (VP9), "
                                                ".gif, or a new folder (no extension) of PNG frames."),
                                             QStringLiteral("file"));
    const QCommandLineOption daysPerSecond(QStringLiteral("days-per-second"),
                                           tr("With --export-animation: days shown per second, 1 to 30 (default 4)."),
                                           QStringLiteral("n"));
    const QCommandLineOption framesPerDay(QStringLiteral("frames-per-day"),
                                          tr("With --export-animation: frames per day, 1 to 30 (default 4); a "
                                             "change fades in over a day's frames."),
                                          QStringLiteral("n"));
    const QCommandLineOption caption(QStringLiteral("caption"),
                                     tr("With --export-animation: the day's first event as a caption under the map."));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     tr("With --render: draw what changed between the end of <date> and the rendered "
                                        "date (compare mode)."),
                                     QStringLiteral("date"));
    const QCommandLineOption onlyArticle(QStringLiteral("only-article"),
                                         tr("Leave the package's reports out: the article's picture alone (with "
                                            "--state-at, --history, --figures, --render or the viewer)."));
    const QCommandLineOption quit(QStringLiteral("quit-after-startup"),
                                  tr("Open the viewer, wait for the first painted map frame, exit 0."));
    parser.addOptions(
        {campaign, stateAt, history, events,          figures,       stats,        diff,    exportGeoJson, exportCsv,
         compare,  from,    to,      exportAnimation, daysPerSecond, framesPerDay, caption, validate,      render,
         output,   size,    date,    district,        language,      onlyArticle,  quit});

    o.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        o.error = parser.errorText();
        return o;
    }
    // Only --diff takes a second value, as a positional argument: "--diff D1 D2".
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && !(parser.isSet(diff) && positional.size() == 1)) {
        o.error = tr("unexpected argument \"%1\"").arg(positional.last());
        return o;
    }
    if (parser.isSet(help)) {
        o.mode = Mode::Help;
        return o;
    }
    if (parser.isSet(version)) {
        o.mode = Mode::Version;
        return o;
    }

    int commands = 0;
    for (const auto &opt :
         {stateAt, history, events, validate, render, figures, stats, diff, exportGeoJson, exportCsv, exportAnimation})
        commands += parser.isSet(opt) ? 1 : 0;
    if (commands > 1) {
        o.error = tr("use one of --state-at, --history, --events, --figures, --stats, --diff, --export-geojson, "
                     "--export-csv, --export-animation, --validate, --render at a time");
        return o;
    }
    // WIDTHxHEIGHT within [smallest, largest]; the message says the range and why.
    auto parseSize = [&](const QSize &smallest, int largest) {
        static const QRegularExpression re(QStringLiteral(R"(^(\d{1,5})x(\d{1,5})$)"));
        const auto m = re.match(parser.value(size));
        const int w = m.captured(1).toInt();
        const int h = m.captured(2).toInt();
        if (!m.hasMatch() || w < smallest.width() || h < smallest.height() || w > largest || h > largest)
            o.error = tr("--size: \"%1\" must be WIDTHxHEIGHT, from %2x%3 (smaller is unreadable) to %4x%4")
                          .arg(parser.value(size))
                          .arg(smallest.width())
                          .arg(smallest.height())
                          .arg(largest);
        else
            o.size = QSize(w, h);
    };
    o.campaignPath = parser.value(campaign);
    if (parser.isSet(campaign) && o.campaignPath.isEmpty()) {
        o.error = tr("--campaign: empty path");
        return o;
    }
    if (parser.isSet(stateAt)) {
        o.mode = Mode::StateAt;
        o.stateAtText = parser.value(stateAt);
        parseDate(o.stateAtText, QStringLiteral("--state-at"), &o.error);
    } else if (parser.isSet(history)) {
        o.mode = Mode::History;
        o.historyId = parser.value(history);
    } else if (parser.isSet(diff)) {
        o.mode = Mode::Diff;
        o.diffFromText = parser.value(diff);
        if (positional.isEmpty()) {
            o.error = tr("--diff needs two dates: --diff D1 D2");
        } else {
            o.diffToText = positional.first();
            const QDate f = parseDate(o.diffFromText, QStringLiteral("--diff"), &o.error);
            if (o.error.isEmpty()) {
                const QDate t = parseDate(o.diffToText, QStringLiteral("--diff"), &o.error);
                if (o.error.isEmpty() && t < f)
                    o.error = tr("--diff: %1 is before %2; give the earlier date first")
                                  .arg(o.diffToText, o.diffFromText);
            }
        }
    } else if (parser.isSet(events) || parser.isSet(stats)) {
        o.mode = parser.isSet(events) ? Mode::Events : Mode::Stats;
        o.fromText = parser.value(from);
        o.toText = parser.value(to);
        const QDate f = parser.isSet(from) ? parseDate(o.fromText, QStringLiteral("--from"), &o.error) : QDate();
        if (o.error.isEmpty()) {
            const QDate t = parser.isSet(to) ? parseDate(o.toText, QStringLiteral("--to"), &o.error) : QDate();
            if (o.error.isEmpty() && f.isValid() && t.isValid() && t < f)
                o.error = tr("--to %1 is before --from %2").arg(o.toText, o.fromText);
        }
    } else if (parser.isSet(figures)) {
        o.mode = Mode::Figures;
    } else if (parser.isSet(exportGeoJson) || parser.isSet(exportCsv)) {
        o.mode = parser.isSet(exportGeoJson) ? Mode::ExportGeoJson : Mode::ExportCsv;
        o.exportPath = parser.value(parser.isSet(exportGeoJson) ? exportGeoJson : exportCsv);
        if (o.exportPath.isEmpty())
            o.error = tr("%1: empty file name")
                          .arg(parser.isSet(exportGeoJson) ? QStringLiteral("--export-geojson")
                                                           : QStringLiteral("--export-csv"));
    } else if (parser.isSet(validate)) {
        o.mode = Mode::Validate;
        o.validatePath = parser.value(validate);
    } else if (parser.isSet(render)) {
        o.mode = Mode::Render;
        o.renderText = parser.value(render);
        parseDate(o.renderText, QStringLiteral("--render"), &o.error);
        o.outputPath = parser.value(output);
        if (o.error.isEmpty() && o.outputPath.isEmpty())
            o.error = tr("--render needs --output FILE.png|.svg|.pdf");
        if (o.error.isEmpty() && parser.isSet(size))
            parseSize(kMinRenderSize, kMaxRenderSide);
        // Everything else the viewer takes either means something in a
        // picture (its language, the district outlined as selected) or is
        // refused: nothing on the command line is silently ignored.
        if (o.error.isEmpty() && parser.isSet(date))
            o.error = tr("--date goes with the viewer; --render takes the date as its argument");
        if (o.error.isEmpty() && parser.isSet(quit))
            o.error = tr("--quit-after-startup goes with the viewer, not with --render");
        if (o.error.isEmpty() && parser.isSet(compare)) {
            o.compareText = parser.value(compare);
            parseDate(o.compareText, QStringLiteral("--compare"), &o.error);
        }
        if (o.error.isEmpty() && parser.isSet(district)) {
            o.districtId = parser.value(district);
            if (o.districtId.isEmpty())
                o.error = tr("--district: empty district id");
        }
    } else if (parser.isSet(exportAnimation)) {
        o.mode = Mode::ExportAnimation;
        o.exportPath = parser.value(exportAnimation);
        o.size = kDefaultAnimationSize;
        o.fromText = parser.value(from);
        o.toText = parser.value(to);
        if (o.exportPath.isEmpty())
            o.error = tr("%1: empty file name").arg(QStringLiteral("--export-animation"));
        else if (!parser.isSet(from) || !parser.isSet(to))
            o.error = tr("--export-animation needs --from DATE and --to DATE");
        const QDate f = o.error.isEmpty() ? parseDate(o.fromText, QStringLiteral("--from"), &o.error) : QDate();
        const QDate t = o.error.isEmpty() ? parseDate(o.toText, QStringLiteral("--to"), &o.error) : QDate();
        if (o.error.isEmpty() && t < f)
            o.error = tr("--to %1 is before --from %2").arg(o.toText, o.fromText);
        if (o.error.isEmpty() && parser.isSet(size))
            parseSize(kMinAnimationSize, kMaxAnimationSide);
        // Counts are checked for range by the exporter (the dialog's limits too); here, that they are numbers.
        for (const auto &[option, value] :
             {std::pair{&daysPerSecond, &o.daysPerSecond}, std::pair{&framesPerDay, &o.framesPerDay}}) {
            if (!o.error.isEmpty() || !parser.isSet(*option))
                continue;
            bool ok = false;
            *value = parser.value(*option).toInt(&ok);
            if (!ok)
                o.error = tr("--%1: \"%2\" is not a whole number")
                              .arg(option->names().constFirst(), parser.value(*option));
        }
        o.caption = parser.isSet(caption);
        for (const auto &viewerOnly : {date, quit, district}) {
            if (o.error.isEmpty() && parser.isSet(viewerOnly))
                o.error = tr("--%1 goes with the viewer, not with --export-animation")
                              .arg(viewerOnly.names().constFirst());
        }
    }
    if (o.error.isEmpty() && (o.mode == Mode::Render || o.mode == Mode::ExportAnimation) && parser.isSet(language)) {
        o.language = parser.value(language);
        if (o.language != QLatin1String("en") && o.language != QLatin1String("zh_TW"))
            o.error = tr("--language: \"%1\" must be en or zh_TW").arg(o.language);
    }
    if (o.error.isEmpty() && o.mode != Mode::ExportAnimation
        && (parser.isSet(daysPerSecond) || parser.isSet(framesPerDay) || parser.isSet(caption)))
        o.error = tr("--days-per-second, --frames-per-day and --caption go with --export-animation");
    o.onlyArticle = parser.isSet(onlyArticle);
    if (o.onlyArticle && (o.mode == Mode::Validate || o.mode == Mode::Events) && o.error.isEmpty())
        o.error = tr("--only-article goes with --state-at, --history, --figures, --stats, --diff, --render, "
                     "--export-animation or the viewer");
    if ((parser.isSet(from) || parser.isSet(to)) && o.mode != Mode::Events && o.mode != Mode::Stats
        && o.mode != Mode::ExportAnimation && o.error.isEmpty())
        o.error = tr("--from and --to go with --events, --stats or --export-animation");
    if ((parser.isSet(output) || parser.isSet(compare)) && o.mode != Mode::Render && o.error.isEmpty())
        o.error = tr("--output and --compare go with --render");
    if (parser.isSet(size) && o.mode != Mode::Render && o.mode != Mode::ExportAnimation && o.error.isEmpty())
        o.error = tr("--size goes with --render or --export-animation");
    if (o.mode == Mode::Gui && o.error.isEmpty()) {
        o.dateText = parser.value(date);
        if (parser.isSet(date))
            parseDate(o.dateText, QStringLiteral("--date"), &o.error);
        o.districtId = parser.value(district);
        o.language = parser.value(language);
        o.quitAfterStartup = parser.isSet(quit);
    }
    return o;
}
