#include "viewer.h"

#include "campaignloader.h"
#include "commandlineoptions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "problemsdialog.h"
#include "settingsstore.h"
#include "startupstate.h"
#include "viewersession.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QFontInfo>
#include <QTextStream>
#include <QTimer>

#include <future>
#include <memory>

namespace {
constexpr int kStartupTimeoutMs = 60000;

/// What start-up reads from disk: the campaign package and its map's files.
struct StartupRead
{
    CampaignLoadResult campaign;
    std::shared_ptr<const MapSources> map;
};

StartupRead readPackage(const QString &path)
{
    StartupRead read;
    read.campaign = CampaignLoader::load(path);
    if (read.campaign.ok())
        read.map = std::make_shared<const MapSources>(
            MapScene::loadSources(*read.campaign.campaign, &read.campaign.map));
    return read;
}
/**
 * Han characters in the window come from a Traditional Chinese face where the
 * system has one: the article and its quotes are Traditional Chinese. Without
 * this, fontconfig's fallback follows the locale, and for an English locale
 * that is a Japanese face: other glyph shapes, and one more face to open.
 */
void preferTraditionalChinese()
{
    QFont font = QApplication::font();
    // The face actually used first: the default font's family is often an
    // alias ("Sans Serif") that Qt would skip in a list of families.
    font.setFamilies({QFontInfo(font).family(), QStringLiteral("Noto Sans CJK TC")});
    QApplication::setFont(font);
}
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

    // The package is read and checked in another thread while the window is
    // made: neither needs the other, and on two cores start-up then takes
    // about the longer of the two instead of both. Reading makes no widgets
    // and loads no fonts (the loaders are plain data; QtSvg's parse is
    // reentrant and its renderer is handed to this thread); the language is
    // set first, so that the loaders' messages come in it.
    std::future<StartupRead> pending = std::async(std::launch::async, readPackage, path);
    preferTraditionalChinese();
    auto session = std::make_unique<ViewerSession>();
    // Chosen before the campaign arrives, so its timeline and map are built once, with these sources.
    session->setArticleOnly(options.onlyArticle || settings->load(nullptr).articleOnly);
    auto window = std::make_unique<MainWindow>(session.get(), language.get());
    const StartupRead read = pending.get();
    if (!read.campaign.ok()) {
        window.reset();
        Diagnostics problems = read.campaign.problems;
        if (problems.isEmpty())
            problems.append(Diagnostic{path, 0, 0, ViewerSession::tr("the package could not be loaded")});
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
    session->setCampaign(read.campaign.campaign, read.map);

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

    window->setSettingsStore(settings.get());
    window->applyState(saved);
    if (!start.district.isEmpty())
        window->selectDistrict(start.district); // its history in front, whatever the saved layout
    window->show();
    if (!options.quitAfterStartup)
        window->showOverviewAtFirstStart(); // small and modeless: a --date start is not held up

    if (options.quitAfterStartup) {
        QObject::connect(window.get(), &MainWindow::firstFramePainted, &app, [&app] {
            // The start-up harness (tests/bench/startup-ratio.sh) times the first frame from
            // its own launch time: the window's teardown and the process's exit are not start-up.
            QTextStream(stdout) << "first frame at " << QDateTime::currentMSecsSinceEpoch() << " ms" << Qt::endl;
            QTimer::singleShot(0, &app, [&app] { app.exit(0); });
        });
        QTimer::singleShot(kStartupTimeoutMs, &app, [&app, &err] {
            err << "the map did not paint within the start-up time limit\n";
            err.flush();
            app.exit(2);
        });
    }
    return app.exec();
}
