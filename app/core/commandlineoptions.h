#pragma once

#include <QCoreApplication>

#include <QCommandLineParser>
#include <QDate>
#include <QSize>
#include <QString>

/**
 * @brief The parsed command line of `aleppo-atlas`.
 *
 * Parsing only checks the syntax (unknown options, malformed dates and
 * sizes); whether a date lies inside the campaign or a district exists is
 * checked once the campaign is loaded.
 */
struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    enum class Mode {
        Gui,
        Help,
        Version,
        StateAt,
        History,
        Events,
        Validate,
        Render,
        Figures,
        Stats,
        Diff,
        ExportGeoJson,
        ExportCsv,
        ExportAnimation
    };

    Mode mode = Mode::Gui;
    QString campaignPath; ///< empty: the embedded campaign
    QString validatePath;
    QString stateAtText;
    QString historyId;
    QString fromText;
    QString toText;
    QString renderText;
    QString diffFromText; ///< --diff: the first date
    QString diffToText;   ///< --diff: the second date
    QString exportPath;   ///< --export-geojson / --export-csv / --export-animation: the file to write
    QString compareText;  ///< --render --compare: the date compared with
    QString outputPath;
    QSize size{1600, 1000};
    QString dateText;      ///< GUI start-up date
    QString districtId;    ///< GUI start-up selection; --render: the district outlined as selected
    QString language;      ///< GUI, --render or --export-animation language ("en", "zh_TW")
    int daysPerSecond = 4; ///< --export-animation: days the clip walks in a second
    int framesPerDay = 4;  ///< --export-animation: frames per day (a change fades in over them)
    bool caption = false;  ///< --export-animation: the day's first event under each frame
    bool quitAfterStartup = false;
    bool onlyArticle = false; ///< the article's picture alone, without the package's reports
    QString helpText;
    QString error; ///< non-empty when the command line is unusable

    /// The smallest --render image: below it the title, legend and labels cannot be read.
    static constexpr QSize kMinRenderSize{400, 300};
    /// The smallest --export-animation frame, and the largest side (video encoders' limits are near).
    static constexpr QSize kMinAnimationSize{320, 180};
    static constexpr int kMaxAnimationSide = 3840;
    static constexpr QSize kDefaultAnimationSize{1280, 720};

    bool isHeadless() const { return mode != Mode::Gui; }

    static CommandLineOptions parse(const QStringList &arguments);
    /// Strict YYYY-MM-DD; sets @p error when the text is not a calendar date.
    static QDate parseDate(const QString &text, const QString &option, QString *error);
    /// True when @p arguments ask for something that needs no window.
    static bool wantsHeadless(const QStringList &arguments);
};
