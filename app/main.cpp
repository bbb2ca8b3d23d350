#include "clicommands.h"
#include "commandlineoptions.h"
#include "startupheap.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef ATLAS_WITH_GUI
#include "animationexporter.h"
#include "languagemanager.h"
#include "maprenderer.h"
#include "viewer.h"

#include <QApplication>
#include <QIcon>

#include <future>

#ifdef ATLAS_WITH_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif
#endif

namespace {

constexpr auto kDesktopId = "io.github.aleppo_atlas.AleppoAtlas";
/**
 * The main thread's heap grows by about 5 MB before the first frame; as one
 * 16 MiB growth on huge pages it takes a handful of page faults instead of
 * about 1,200 (StartupHeap). Launch to the first frame 17–21 ms sooner (paired
 * medians of 41 alternating runs against the program before); peak RSS 1–2 MiB more.
 */
constexpr std::size_t kStartupHeapPad = std::size_t(16) << 20;

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AleppoAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("aleppo-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
}

QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

// QApplication consumes its own options (-platform, -style, ...); they must not
// be reported as unknown by our parser, which runs before QApplication exists.
QStringList withoutQtOptions(const QStringList &args)
{
    static const QStringList withValue{QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
                                       QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
                                       QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
                                       QStringLiteral("-qwindowtitle"),    QStringLiteral("-style"),
                                       QStringLiteral("-stylesheet"),      QStringLiteral("-session"),
                                       QStringLiteral("-display"),         QStringLiteral("-geometry"),
                                       QStringLiteral("-fontengine")};
    static const QStringList flags{QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                                   QStringLiteral("-nograb"), QStringLiteral("-dograb"), QStringLiteral("-sync")};
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        if (withValue.contains(args.at(i))) {
            ++i;
            continue;
        }
        if (!flags.contains(args.at(i)))
            out.append(args.at(i));
    }
    return out;
}

#ifdef ATLAS_WITH_GUI
/**
 * Starts fontconfig's initialisation on another thread and returns its end.
 *
 * Reading fontconfig's configuration (about 50 XML files) is 29 M instructions
 * that Qt otherwise runs on the main thread at the window's first font, after
 * QApplication has connected to the display; meanwhile the second core is idle.
 * Started first, it is done in about 10 ms, while QApplication takes about 20,
 * and Qt's own FcInit() then finds the configuration loaded (launch to the
 * first frame 11 ms sooner, paired median of 61 alternating runs). fontconfig makes
 * its configuration once, atomically: two threads racing to it would each load
 * one, and one would be dropped.
 */
std::future<void> initFontconfigAside()
{
#ifdef ATLAS_WITH_FONTCONFIG
    return std::async(std::launch::async, [] { FcInit(); });
#else
    return {};
#endif
}
#endif

} // namespace

int main(int argc, char **argv)
{
    // First, before any thread starts and before the heap grows in small steps.
    StartupHeap::reserve(kStartupHeapPad);
    const QStringList arguments = withoutQtOptions(rawArguments(argc, argv));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // A malformed command line fails before any window or display is needed.
    const CommandLineOptions options = CommandLineOptions::parse(arguments);
    if (!options.error.isEmpty()) {
        err << options.error << '\n';
        return 1;
    }

    using Mode = CommandLineOptions::Mode;
#ifdef ATLAS_WITH_GUI
    if (options.mode == Mode::Render || options.mode == Mode::ExportAnimation) {
        // Rendering needs QtGui and QtWidgets but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setApplicationInfo();
        // The picture's fixed words (legend, date line, footer) in its language.
        LanguageManager language;
        if (!options.language.isEmpty())
            language.setLanguage(options.language);
        if (options.mode == Mode::ExportAnimation)
            return AnimationExporter::runCommand(options, out, err);
        return MapRenderer::runRenderCommand(options, out, err);
    }
#endif

    if (options.isHeadless()) {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        if (options.mode == Mode::Help) {
            // Parsed again now that the application (and so its name) exists.
            out << CommandLineOptions::parse(arguments).helpText;
            return 0;
        }
        if (options.mode == Mode::Version) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        return CliCommands::run(options, out, err);
    }

#ifdef ATLAS_WITH_GUI
    const std::future<void> fontconfig = initFontconfigAside();
    QApplication app(argc, argv);
    setApplicationInfo();
    // Wayland matches windows to their menu entry and icon by the desktop id.
    QGuiApplication::setDesktopFileName(QLatin1String(kDesktopId));
    // The icon the package installs into the hicolor theme, from the
    // resources: asking the theme for it parses the theme's index (hicolor's
    // has 650 directories): 29 M instructions, over a third of what a bare
    // Qt window executes to its first frame.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.aleppo_atlas.AleppoAtlas.svg")));
    return runViewer(app, options);
#else
    err << "aleppo-atlas was built without the viewer (ATLAS_BUILD_GUI=OFF); "
           "the headless commands work: see --help\n";
    return 1;
#endif
}
