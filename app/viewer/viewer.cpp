#include "viewer.h"

#include "campaignloader.h"
#include "commandlineoptions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "problemsdialog.h"
#include "settingsstore.h"
#include "startupstate.h"
#include "viewersession.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {
constexpr int kStartupTimeoutMs = 60000;
} // namespace

int runViewer(QApplication &app, const CommandLineOptions &options)
{
    QTextStream err(stderr);
    const QString path = options.campaignPath.isEmpty() ? CampaignLoader::embeddedPath() : options.campaignPath;

    // The language comes first, so that problems found while loading the
    // campaign are shown in it (the option wins over the saved setting).
    auto settings = std::make_unique<SettingsStore>();
    auto language = std::make_unique<LanguageManager>();
    const QString earlyLanguage = SettingsStore::isSupportedLanguage(options.language)
                                      ? options.language
                                      : settings->load(nullptr).language;
    if (SettingsStore::isSupportedLanguage(earlyLanguage))
        language->setLanguage(earlyLanguage);

    auto session = std::make_unique<ViewerSession>();
    Diagnostics problems;
    if (!session->loadCampaign(path, &problems)) {
        for (const Diagnostic &d : problems)
            err << d.toString() << '\n';
        err.flush();
        if (!options.quitAfterStartup) {
            ProblemsDialog dialog;
            dialog.setProblems(path, problems, false);
            dialog.exec();
        }
        return 1;
    }

    const SettingsStore::State saved = settings->load(session->campaign().get());
    StartupState start;
    QString error;
    if (!StartupState::resolve(*session->campaign(), saved, options, &start, &error)) {
        err << error << '\n';
        return 1;
    }

    language->setLanguage(start.language);
    session->setCurrentDate(start.date);
    session->setSelectedDistrict(start.district);

    auto window = std::make_unique<MainWindow>(session.get(), language.get());
    window->setSettingsStore(settings.get());
    window->applyState(saved);
    if (!start.district.isEmpty())
        window->selectDistrict(start.district); // its history in front, whatever the saved layout
    window->show();

    if (options.quitAfterStartup) {
        QObject::connect(window.get(), &MainWindow::firstFramePainted, &app,
                         [&app] { QTimer::singleShot(0, &app, [&app] { app.exit(0); }); });
        QTimer::singleShot(kStartupTimeoutMs, &app, [&app, &err] {
            err << "the map did not paint within the start-up time limit\n";
            err.flush();
            app.exit(2);
        });
    }
    return app.exec();
}
