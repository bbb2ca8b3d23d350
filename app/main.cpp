#include "clicommands.h"
#include "commandlineoptions.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef ATLAS_WITH_GUI
#include "maprenderer.h"
#include "viewer.h"

#include <QApplication>
#endif

#include <cstdio>
#include <memory>

namespace {

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

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = rawArguments(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    // A malformed command line fails before any window or display is needed.
    if (const CommandLineOptions early = CommandLineOptions::parse(arguments); !early.error.isEmpty()) {
        err << early.error << '\n';
        return 1;
    }

#ifdef ATLAS_WITH_GUI
    if (CommandLineOptions::parse(arguments).mode == CommandLineOptions::Mode::Render) {
        // Rendering needs QtGui and QtWidgets but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setApplicationInfo();
        return MapRenderer::runRenderCommand(CommandLineOptions::parse(arguments), out, err);
    }
#endif

    if (CommandLineOptions::wantsHeadless(arguments)) {
        // Headless commands never need a display.
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        const CommandLineOptions options = CommandLineOptions::parse(arguments);
        if (options.mode == CommandLineOptions::Mode::Help && options.error.isEmpty()) {
            out << options.helpText;
            return 0;
        }
        if (options.mode == CommandLineOptions::Mode::Version && options.error.isEmpty()) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        return CliCommands::run(options, out, err);
    }

#ifdef ATLAS_WITH_GUI
    QApplication app(argc, argv);
    setApplicationInfo();
    const CommandLineOptions options = CommandLineOptions::parse(arguments);
    if (!options.error.isEmpty()) {
        err << options.error << '\n';
        return 1;
    }
    return runViewer(app, options);
#else
    err << "aleppo-atlas was built without the viewer (ATLAS_BUILD_GUI=OFF); "
           "the headless commands work: see --help\n";
    return 1;
#endif
}
