#include "mainwindow.h"

#include "aboutdialog.h"
#include "animationexportdialog.h"
#include "articlepanel.h"
#include "citationcontroller.h"
#include "comparepanel.h"
#include "districtpanel.h"
#include "districtstrips.h"
#include "eventfilterproxymodel.h"
#include "eventkindmenu.h"
#include "eventlistmodel.h"
#include "eventpanel.h"
#include "figurespanel.h"
#include "gotodatedialog.h"
#include "languagemanager.h"
#include "linkpolicy.h"
#include "maprenderer.h"
#include "mapview.h"
#include "overviewdialog.h"
#include "problemsdialog.h"
#include "publishactions.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"
#include "territorychart.h"
#include "timelinecontroller.h"
#include "timelinepanel.h"
#include "timelinewidget.h"
#include "viewersession.h"
#include "windowplacement.h"
#include "wording.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>

namespace {
constexpr int kStateVersion = 1;
} // namespace

MainWindow::MainWindow(ViewerSession *session, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_language(language)
    , m_links(new LinkPolicy(this))
    , m_centre(new QStackedWidget(this))
    , m_centralLabel(new QLabel(this))
    , m_sourcesLabel(new QLabel(this))
    , m_map(new MapView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_map->setObjectName(QStringLiteral("mapView"));
    m_centralLabel->setObjectName(QStringLiteral("centralMessage"));
    m_centralLabel->setAlignment(Qt::AlignCenter);
    m_centralLabel->setWordWrap(true);
    m_centralLabel->setMargin(32);
    m_centre->addWidget(m_centralLabel);
    m_centre->addWidget(m_map);
    setCentralWidget(m_centre);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    createDocks();
    createActions();
    createMenus();
    connectSession();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_sourcesLabel->setObjectName(QStringLiteral("sourcesLabel"));
    statusBar()->addPermanentWidget(m_sourcesLabel);
    retranslate();
    onCampaignChanged();
    placeForFirstStart();
}

void MainWindow::placeForFirstStart()
{
    const QScreen *display = screen();
    setGeometry(display ? WindowPlacement::firstGeometry(display->availableGeometry())
                        : QRect(QPoint(0, 0), WindowPlacement::kPreferredSize));
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_timeline = new TimelinePanel(this);
    m_eventPanel = new EventPanel(m_session, m_links, this);
    m_districtPanel = new DistrictPanel(m_session, m_links, this);
    m_articlePanel = new ArticlePanel(m_session, m_links, this);
    m_timeline->setController(m_session->controller());
    m_eventFilter = m_session->eventFilter();
    m_timeline->setEventFilter(m_eventFilter);

    const auto makeDock = [this](QWidget *content, const QString &name, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(this);
        dock->setObjectName(name);
        dock->setWidget(content);
        dock->setAllowedAreas(Qt::AllDockWidgetAreas);
        addDockWidget(area, dock);
        return dock;
    };
    m_timelineDock = makeDock(m_timeline, QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    m_eventDock = makeDock(m_eventPanel, QStringLiteral("eventDock"), Qt::RightDockWidgetArea);
    m_districtDock = makeDock(m_districtPanel, QStringLiteral("districtDock"), Qt::RightDockWidgetArea);
    m_articleDock = makeDock(m_articlePanel, QStringLiteral("articleDock"), Qt::RightDockWidgetArea);
    // The article is built when its dock comes on screen, not behind another tab.
    connect(m_articleDock, &QDockWidget::visibilityChanged, m_articlePanel, &ArticlePanel::setOnScreen);
    splitDockWidget(m_eventDock, m_districtDock, Qt::Vertical);
    tabifyDockWidget(m_districtDock, m_articleDock);
    // Figures (issue 15) names and translates itself; it measures the figures when first on screen.
    auto *figures = new FiguresPanel(m_session, m_links, this);
    QDockWidget *figuresDock = makeDock(figures, QStringLiteral("figuresDock"), Qt::RightDockWidgetArea);
    connect(figures, &QWidget::windowTitleChanged, figuresDock, &QWidget::setWindowTitle);
    figuresDock->setWindowTitle(figures->windowTitle());
    connect(figuresDock, &QDockWidget::visibilityChanged, figures, &FiguresPanel::setOnScreen);
    connect(m_language, &LanguageManager::languageChanged, figures, &FiguresPanel::setLanguage);
    figures->setLanguage(m_language->language());
    tabifyDockWidget(m_articleDock, figuresDock);
    m_comparePanel = new ComparePanel(m_session, m_links, this);
    m_compareDock = makeDock(m_comparePanel, QStringLiteral("compareDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(figuresDock, m_compareDock);
    connect(m_comparePanel, &ComparePanel::districtRequested, this, &MainWindow::selectDistrict);
    connect(m_language, &LanguageManager::languageChanged, m_comparePanel, &ComparePanel::setLanguage);
    m_comparePanel->setLanguage(m_language->language());
    m_districtDock->raise();
    // Territory over time: above the timeline, off until asked for; it names its dock in the interface language.
    auto *territory = new TerritoryChart(m_session, this);
    QDockWidget *territoryDock = makeDock(territory, QStringLiteral("territoryDock"), Qt::BottomDockWidgetArea);
    territoryDock->setWindowTitle(territory->windowTitle());
    connect(territory, &QWidget::windowTitleChanged, territoryDock, &QWidget::setWindowTitle);
    connect(m_language, &LanguageManager::languageChanged, territory, &TerritoryChart::setLanguage);
    territory->setLanguage(m_language->language());
    splitDockWidget(territoryDock, m_timelineDock, Qt::Vertical);
    territoryDock->hide();
    // After the chart: the strips go under the timeline wherever the chart put it.
    // District strips (issue 17) name and translate themselves; hidden until chosen in View > Panels.
    auto *strips = new DistrictStrips(m_session, this);
    QDockWidget *stripsDock = makeDock(strips, QStringLiteral("districtStripsDock"), Qt::BottomDockWidgetArea);
    connect(strips, &QWidget::windowTitleChanged, stripsDock, &QWidget::setWindowTitle);
    stripsDock->setWindowTitle(strips->windowTitle());
    connect(m_language, &LanguageManager::languageChanged, strips, &DistrictStrips::setLanguage);
    strips->setLanguage(m_language->language());
    splitDockWidget(m_timelineDock, stripsDock, Qt::Vertical);
    stripsDock->hide();
    // Search (Ctrl+F) on the left, off until asked for: the right-hand panels show what it finds.
    m_searchPanel = new SearchPanel(m_session, this);
    m_searchDock = makeDock(m_searchPanel, QStringLiteral("searchDock"), Qt::LeftDockWidgetArea);
    connect(m_searchPanel, &QWidget::windowTitleChanged, m_searchDock, &QWidget::setWindowTitle);
    m_searchDock->setWindowTitle(m_searchPanel->windowTitle());
    connect(m_language, &LanguageManager::languageChanged, m_searchPanel, &SearchPanel::setLanguage);
    m_searchPanel->setLanguage(m_language->language());
    m_searchDock->hide();
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_eventDock}, {470}, Qt::Horizontal);
    resizeDocks({m_eventDock, m_districtDock}, {380, 420}, Qt::Vertical);
}

QAction *MainWindow::addAction(const QString &objectName, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    // Window-wide: the shortcuts work whatever widget has the focus.
    action->setShortcutContext(Qt::WindowShortcut);
    QMainWindow::addAction(action);
    return action;
}

void MainWindow::createActions()
{
    m_citations = new CitationController(m_session, m_eventPanel, m_districtPanel, this);
    m_publish = new PublishActions(m_session, m_map, m_language, this);
    connect(m_publish, &PublishActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_citations, &CitationController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_openAction = addAction(QStringLiteral("actionOpenCampaign"), {QKeySequence::Open});
    m_exportAction = addAction(QStringLiteral("actionExportMapImage"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_exportAnimationAction = addAction(QStringLiteral("actionExportAnimation"), {});
    m_quitAction = addAction(QStringLiteral("actionQuit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_zoomInAction = addAction(QStringLiteral("actionZoomIn"),
                               {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = addAction(QStringLiteral("actionZoomOut"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_fitAction = addAction(QStringLiteral("actionFitToWindow"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_nextPanelAction = addAction(QStringLiteral("actionNextPanel"), {QKeySequence(Qt::Key_F6)});
    m_articleOnlyAction = addAction(QStringLiteral("actionArticleOnly"), {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_articleOnlyAction->setCheckable(true);
    m_articleOnlyAction->setChecked(m_session->isArticleOnly());

    m_languageGroup = new QActionGroup(this);
    m_englishAction = addAction(QStringLiteral("actionLanguageEnglish"), {});
    m_chineseAction = addAction(QStringLiteral("actionLanguageChinese"), {});
    for (QAction *a : {m_englishAction, m_chineseAction}) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
    }
    m_englishAction->setData(QStringLiteral("en"));
    m_chineseAction->setData(QStringLiteral("zh_TW"));

    m_previousDayAction = addAction(QStringLiteral("actionPreviousDay"), {QKeySequence(Qt::Key_Left)});
    m_nextDayAction = addAction(QStringLiteral("actionNextDay"), {QKeySequence(Qt::Key_Right)});
    m_previousEventAction = addAction(QStringLiteral("actionPreviousEvent"),
                                      {QKeySequence(Qt::CTRL | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    m_nextEventAction = addAction(QStringLiteral("actionNextEvent"),
                                  {QKeySequence(Qt::CTRL | Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    m_firstDayAction = addAction(QStringLiteral("actionFirstDay"), {QKeySequence(Qt::Key_Home)});
    m_lastDayAction = addAction(QStringLiteral("actionLastDay"), {QKeySequence(Qt::Key_End)});
    m_playAction = addAction(QStringLiteral("actionPlayPause"), {QKeySequence(Qt::Key_Space)});
    m_playAction->setCheckable(true);
    m_goToDateAction = addAction(QStringLiteral("actionGoToDate"), {QKeySequence(Qt::CTRL | Qt::Key_G)});
    m_findAction = addAction(QStringLiteral("actionFind"), {QKeySequence::Find});
    m_compareAction = addAction(QStringLiteral("actionCompareWithDate"),
                                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)});
    m_leaveCompareAction = addAction(QStringLiteral("actionLeaveCompare"), {QKeySequence(Qt::Key_Escape)});
    m_leaveCompareAction->setEnabled(false);
    m_speedGroup = new QActionGroup(this);
    for (int speed : SettingsStore::speeds()) {
        QAction *a = addAction(QStringLiteral("actionSpeed%1").arg(speed), {});
        a->setCheckable(true);
        a->setData(speed);
        a->setChecked(speed == m_session->controller()->speed());
        m_speedGroup->addAction(a);
    }

    m_shortcutsAction = addAction(QStringLiteral("actionKeyboardShortcuts"),
                                  {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});
    m_overviewAction = addAction(QStringLiteral("actionStartHere"), {});
    m_aboutAction = addAction(QStringLiteral("actionAbout"), {});
    m_aboutAction->setMenuRole(QAction::AboutRole);

    TimelineController *controller = m_session->controller();
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseCampaign);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportMapImage);
    connect(m_exportAnimationAction, &QAction::triggered, this, &MainWindow::exportAnimation);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_zoomInAction, &QAction::triggered, m_map, &MapView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_map, &MapView::zoomOut);
    connect(m_fitAction, &QAction::triggered, m_map, &MapView::fitToWindow);
    connect(m_nextPanelAction, &QAction::triggered, this, &MainWindow::focusNextPanel);
    connect(m_articleOnlyAction, &QAction::toggled, m_session, &ViewerSession::setArticleOnly);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { m_language->setLanguage(a->data().toString()); });
    connect(m_previousDayAction, &QAction::triggered, this, [this] { m_session->stepDays(-1); });
    connect(m_nextDayAction, &QAction::triggered, this, [this] { m_session->stepDays(1); });
    connect(m_previousEventAction, &QAction::triggered, m_session, &ViewerSession::goToPreviousEvent);
    connect(m_nextEventAction, &QAction::triggered, m_session, &ViewerSession::goToNextEvent);
    connect(m_firstDayAction, &QAction::triggered, m_session, &ViewerSession::goToFirstDay);
    connect(m_lastDayAction, &QAction::triggered, m_session, &ViewerSession::goToLastDay);
    connect(m_playAction, &QAction::triggered, controller, &TimelineController::togglePlaying);
    connect(m_goToDateAction, &QAction::triggered, this, &MainWindow::showGoToDate);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::showSearch);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::showCompareWith);
    connect(m_leaveCompareAction, &QAction::triggered, this, [this] { m_session->setCompareDate({}); });
    connect(m_speedGroup, &QActionGroup::triggered, this,
            [controller](QAction *a) { controller->setSpeed(a->data().toInt()); });
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_overviewAction, &QAction::triggered, this, [this] { overviewDialog()->present(); });

    connect(controller, &TimelineController::playingChanged, m_playAction, &QAction::setChecked);
    connect(controller, &TimelineController::speedChanged, this, [this](int speed) {
        for (QAction *a : m_speedGroup->actions())
            a->setChecked(a->data().toInt() == speed);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportAnimationAction);
    m_fileMenu->addAction(m_publish->exportDataAction());
    m_fileMenu->addAction(m_publish->printAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_citations->copyAction());
    m_editMenu->addMenu(m_citations->styleMenu());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_articleOnlyAction);
    m_viewMenu->addMenu(new EventKindMenu(m_eventFilter, m_viewMenu));
    m_viewMenu->addMenu(m_map->legendCornerMenu());
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    m_panelsMenu->setObjectName(QStringLiteral("panelsMenu"));
    for (QDockWidget *dock : {m_timelineDock, m_eventDock, m_districtDock, m_articleDock})
        m_panelsMenu->addAction(dock->toggleViewAction());
    m_panelsMenu->addAction(m_compareDock->toggleViewAction());
    for (const char *name : {"figuresDock", "territoryDock", "districtStripsDock", "searchDock"}) {
        if (auto *dock = findChild<QDockWidget *>(QLatin1String(name)))
            m_panelsMenu->addAction(dock->toggleViewAction());
    }
    m_viewMenu->addAction(m_nextPanelAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_chineseAction);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_goMenu->addAction(m_previousDayAction);
    m_goMenu->addAction(m_nextDayAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_previousEventAction);
    m_goMenu->addAction(m_nextEventAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_firstDayAction);
    m_goMenu->addAction(m_lastDayAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_playAction);
    m_speedMenu = m_goMenu->addMenu(QString());
    m_speedMenu->setObjectName(QStringLiteral("speedMenu"));
    m_speedMenu->addActions(m_speedGroup->actions());
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_goToDateAction);
    m_goMenu->addAction(m_findAction);
    m_goMenu->addAction(m_compareAction);
    m_goMenu->addAction(m_leaveCompareAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_overviewAction);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

ProblemsDialog *MainWindow::problemsDialog()
{
    if (!m_problems)
        m_problems = new ProblemsDialog(this);
    return m_problems;
}

GoToDateDialog *MainWindow::goToDateDialog()
{
    if (!m_goToDate) {
        m_goToDate = new GoToDateDialog(this);
        connect(m_goToDate, &QDialog::accepted, this, [this] { m_session->setCurrentDate(m_goToDate->date()); });
    }
    return m_goToDate;
}

AboutDialog *MainWindow::aboutDialog()
{
    if (!m_about) {
        m_about = new AboutDialog(m_links, this);
        m_about->setCampaign(m_session->campaign()); // then kept up to date by onCampaignChanged()
    }
    return m_about;
}

OverviewDialog *MainWindow::overviewDialog()
{
    if (!m_overview)
        m_overview = new OverviewDialog(m_session, m_language, m_links, this);
    m_overview->setSettingsStore(m_settings);
    return m_overview;
}

bool MainWindow::showOverviewAtFirstStart()
{
    return overviewDialog()->openAtFirstStart();
}

ShortcutsDialog *MainWindow::shortcutsDialog()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(this);
        m_shortcuts->setActions({m_openAction,        m_exportAction,  m_quitAction,          m_zoomInAction,
                                 m_zoomOutAction,     m_fitAction,     m_articleOnlyAction,   m_nextPanelAction,
                                 m_previousDayAction, m_nextDayAction, m_previousEventAction, m_nextEventAction,
                                 m_firstDayAction,    m_lastDayAction, m_playAction,          m_goToDateAction,
                                 m_findAction,        m_compareAction, m_leaveCompareAction,  m_shortcutsAction});
    }
    return m_shortcuts;
}

void MainWindow::connectSession()
{
    connect(m_session, &ViewerSession::campaignChanged, this, &MainWindow::onCampaignChanged);
    connect(m_session, &ViewerSession::sourcesChanged, this, &MainWindow::onSourcesChanged);
    connect(m_session, &ViewerSession::compareDateChanged, this, &MainWindow::onCompareDateChanged);
    connect(m_session, &ViewerSession::currentDateChanged, this, [this](QDate date) {
        m_map->setDate(date);
        updateTitle();
    });
    connect(m_session, &ViewerSession::selectedDistrictChanged, this, [this](const QString &id) {
        if (m_map->selectedDistrict() != id)
            m_map->setSelectedDistrict(id);
    });
    connect(m_session, &ViewerSession::highlightedDistrictsChanged, this, [this](const QStringList &ids) {
        const auto campaign = m_session->campaign();
        if (!campaign || ids.isEmpty())
            return;
        QStringList names;
        for (const QString &id : ids)
            names.append(Wording::districtName(*campaign, id, m_language->language()));
        m_session->setSelectedDistrict(ids.first());
        statusBar()->showMessage(tr("Districts named by this sentence: %1").arg(names.join(tr(", "))), 10000);
    });
    connect(m_map, &MapView::districtClicked, this, [this](const QString &id) { showDistrict(id, true); });
    connect(m_map, &MapView::districtActivated, this, [this](const QString &id) { showDistrict(id, true); });
    connect(m_map, &MapView::selectedDistrictChanged, this,
            [this](const QString &id) { m_session->setSelectedDistrict(id); });
    connect(m_map, &MapView::firstFramePainted, this, [this] {
        if (m_firstFrameSeen)
            return;
        m_firstFrameSeen = true;
        if (m_pendingZoom > 0.0) {
            m_map->setZoomFactor(m_pendingZoom);
            m_pendingZoom = 0.0;
        }
        emit firstFramePainted();
    });
    connect(m_eventPanel, &EventPanel::districtRequested, this, [this](const QString &id) { showDistrict(id, true); });
    connect(m_searchPanel, &SearchPanel::districtRequested, this, &MainWindow::selectDistrict);
    connect(m_searchPanel, &SearchPanel::eventRequested, this, [this] {
        m_eventDock->show();
        m_eventDock->raise();
    });
    connect(m_searchPanel, &SearchPanel::paragraphRequested, this, &MainWindow::showSearchedParagraph);
    connect(m_language, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);
    applyLanguage(m_language->language());
    connect(m_links, &LinkPolicy::linkRefused, this, [this](const QUrl &url) {
        const QString text = tr("Only web links (http and https) are opened. This link was not opened:\n%1")
                                 .arg(url.toString());
        statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 10000);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Link Not Opened"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("linkRefusedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_links, &LinkPolicy::linkFailed, this, [this](const QUrl &url) {
        // No browser answered: say so where the user looks, and offer the link to paste elsewhere.
        statusBar()->showMessage(tr("No browser could open %1").arg(url.toString()), 10000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Link Not Opened"),
                                    tr("No web browser could open this link:\n%1").arg(url.toString()),
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("linkFailedMessage"));
        QPushButton *copy = box->addButton(tr("&Copy Link"), QMessageBox::ActionRole);
        copy->setObjectName(QStringLiteral("copyLinkButton"));
        connect(copy, &QPushButton::clicked, this, [this, url] {
            QGuiApplication::clipboard()->setText(url.toString());
            statusBar()->showMessage(tr("Copied %1").arg(url.toString()), 5000);
        });
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_links, &LinkPolicy::linkOpened, this, [this](const QUrl &url) {
        statusBar()->showMessage(tr("Opened %1 in the browser").arg(url.toString()), 5000);
    });
    connect(m_timeline, &TimelinePanel::eventClicked, this, [this](const QString &id) {
        const auto campaign = m_session->campaign();
        if (const CampaignEvent *e = campaign ? campaign->event(id) : nullptr)
            statusBar()->showMessage(Wording::eventSummary(*e, m_language->language()), 8000);
    });
}

void MainWindow::applyLanguage(const QString &language)
{
    m_map->setLanguage(language);
    m_eventPanel->setLanguage(language);
    m_districtPanel->setLanguage(language);
    m_citations->setLanguage(language);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::onCampaignChanged()
{
    const auto campaign = m_session->campaign();
    m_timeline->setCampaign(campaign);
    if (m_about)
        m_about->setCampaign(campaign);
    m_mapError.clear();
    if (!campaign) {
        showCentralMessage(tr("No campaign loaded.\n\nUse File › Open Campaign… to open a campaign package."));
        updateTitle();
        return;
    }
    QString error;
    if (!m_map->setCampaign(campaign, m_session->timeline(), &error, m_session->mapSources())) {
        m_mapError = error.isEmpty() ? tr("unknown error") : error;
        showCentralMessage(tr("The map of this campaign cannot be shown:\n%1\n\n"
                              "The timeline and the panels still work.")
                               .arg(m_mapError));
    } else {
        m_map->setDate(m_session->currentDate());
        m_map->setSelectedDistrict(m_session->selectedDistrict());
        m_map->setLanguage(m_language->language());
        m_centre->setCurrentWidget(m_map);
    }
    if (m_goToDate)
        m_goToDate->setRange(campaign->start, campaign->end);
    updateTitle();
}

void MainWindow::onSourcesChanged()
{
    const bool articleOnly = m_session->isArticleOnly();
    if (m_articleOnlyAction->isChecked() != articleOnly)
        m_articleOnlyAction->setChecked(articleOnly);
    const auto campaign = m_session->campaign();
    if (campaign && m_mapError.isEmpty()) {
        // Same campaign, other sources: the scene is built again, and the
        // user's zoom and place on the map are kept.
        const double fit = m_map->fitZoomFactor();
        const double zoom = m_map->zoomFactor();
        const bool fitted = fit <= 0.0 || qAbs(zoom / fit - 1.0) < 0.01;
        const QPointF centre = m_map->mapToScene(m_map->viewport()->rect().center());
        QString error;
        if (m_map->setCampaign(campaign, m_session->timeline(), &error, m_session->mapSources())) {
            m_map->setDate(m_session->currentDate());
            m_map->setSelectedDistrict(m_session->selectedDistrict());
            if (!fitted) {
                m_map->setZoomFactor(zoom);
                m_map->centerOn(centre);
            }
        } else {
            onCampaignChanged(); // says why the map cannot be shown
        }
    }
    updateTitle();
    statusBar()->showMessage(articleOnly ? tr("Showing the article alone: the reports are hidden.")
                                         : tr("Showing the article with the public reports of the time."),
                             5000);
}

void MainWindow::updateSourcesLabel()
{
    const auto campaign = m_session->campaign();
    if (!campaign) {
        m_sourcesLabel->clear();
        return;
    }
    const int reports = int(campaign->reports.size());
    QString text;
    if (reports == 0)
        text = tr("Sources: the article (this package has no reports)");
    else if (m_session->isArticleOnly())
        text = reports == 1 ? tr("Sources: the article only (1 report hidden)")
                            : tr("Sources: the article only (%1 reports hidden)").arg(reports);
    else
        text = reports == 1 ? tr("Sources: the article and 1 report")
                            : tr("Sources: the article and %1 reports").arg(reports);
    m_sourcesLabel->setText(text);
    m_sourcesLabel->setAccessibleName(text);
}

void MainWindow::showCentralMessage(const QString &message)
{
    m_centralLabel->setText(message);
    m_centre->setCurrentWidget(m_centralLabel);
}

QString MainWindow::centralMessage() const
{
    return m_centre->currentWidget() == m_centralLabel ? m_centralLabel->text() : QString();
}

void MainWindow::updateTitle()
{
    const QDate date = m_session->currentDate();
    if (!m_session->hasCampaign() || !date.isValid())
        setWindowTitle(tr("Aleppo Atlas"));
    else if (m_session->compareDate().isValid())
        setWindowTitle(tr("Aleppo Atlas — %1 compared with %2")
                           .arg(date.toString(Qt::ISODate), m_session->compareDate().toString(Qt::ISODate)));
    else if (m_session->isArticleOnly())
        setWindowTitle(tr("Aleppo Atlas — %1 — article only").arg(date.toString(Qt::ISODate)));
    else
        setWindowTitle(tr("Aleppo Atlas — %1").arg(date.toString(Qt::ISODate)));
    updateSourcesLabel();
}

void MainWindow::selectDistrict(const QString &districtId)
{
    showDistrict(districtId, true);
}

void MainWindow::showDistrict(const QString &districtId, bool raise)
{
    if (!m_session->setSelectedDistrict(districtId))
        return;
    if (raise) {
        m_districtDock->show();
        m_districtDock->raise();
    }
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_citations->retranslate();
    m_publish->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_panelsMenu->setTitle(tr("&Panels"));
    // Named in English too in any other language, so that someone who
    // switched by mistake finds the way back.
    const QString languageTitle = tr("&Language");
    m_languageMenu->setTitle(
        m_language->language() == QLatin1String("en") ? languageTitle : languageTitle + QStringLiteral(" / Language"));
    m_goMenu->setTitle(tr("&Go"));
    m_speedMenu->setTitle(tr("Playback &Speed"));
    m_helpMenu->setTitle(tr("&Help"));

    m_openAction->setText(tr("&Open Campaign…"));
    m_exportAction->setText(tr("&Export Map Image…"));
    m_exportAnimationAction->setText(tr("Export &Animation…"));
    m_quitAction->setText(tr("&Quit"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_fitAction->setText(tr("&Fit Map to Window"));
    m_nextPanelAction->setText(tr("Focus &Next Panel"));
    m_articleOnlyAction->setText(tr("&Article Only (Hide Reports)"));
    m_articleOnlyAction->setToolTip(tr("Show what the article alone says, without the public reports of the time"));
    m_englishAction->setText(tr("English"));
    m_chineseAction->setText(tr("繁體中文"));
    m_previousDayAction->setText(tr("&Previous Day"));
    m_nextDayAction->setText(tr("&Next Day"));
    m_previousEventAction->setText(tr("Previous &Event"));
    m_nextEventAction->setText(tr("Next E&vent"));
    m_firstDayAction->setText(tr("&First Day"));
    m_lastDayAction->setText(tr("&Last Day"));
    m_playAction->setText(tr("Play / &Pause"));
    m_goToDateAction->setText(tr("&Go to Date…"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setToolTip(tr("Find a district by any of its names, an event or a passage of the article"));
    m_compareAction->setText(tr("&Compare With Date…"));
    m_compareAction->setToolTip(tr("Show what changed between another date and the current one"));
    m_leaveCompareAction->setText(tr("&Leave Compare Mode"));
    for (QAction *a : m_speedGroup->actions())
        a->setText((a->data().toInt() == 1 ? tr("1 day per second") : tr("%1 days per second").arg(a->data().toInt())));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Aleppo Atlas"));
    m_overviewAction->setText(tr("&Start Here"));

    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_eventDock->setWindowTitle(tr("On This Date"));
    m_districtDock->setWindowTitle(tr("District"));
    m_articleDock->setWindowTitle(tr("Article"));
    m_compareDock->setWindowTitle(tr("Changes"));
    // The map's accessible name is its own (MapView retranslates it): one name, not two.
    m_map->setAccessibleDescription(tr("Districts coloured by who held them at the end of the current date. "
                                       "Tab moves through the districts, Enter shows the focused district's history."));
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == m_language->language());
    updateTitle();
    if (m_session->hasCampaign() && !m_mapError.isEmpty())
        onCampaignChanged();
    else if (!m_session->hasCampaign())
        onCampaignChanged();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->controller()->setPlaying(false);
    if (m_settings)
        m_settings->save(currentState());
    QMainWindow::closeEvent(event);
}

SettingsStore::State MainWindow::currentState() const
{
    SettingsStore::State state;
    state.date = m_session->currentDate();
    state.district = m_session->selectedDistrict();
    // A map still fitted to the window is saved as "fit", so it keeps fitting after a resize.
    const double zoom = m_map->zoomFactor();
    const double fit = m_map->fitZoomFactor();
    state.zoom = m_pendingZoom > 0.0 ? m_pendingZoom : (fit > 0.0 && qAbs(zoom / fit - 1.0) < 0.01) ? 0.0 : zoom;
    state.language = m_language->language();
    state.speed = m_session->controller()->speed();
    state.articleOnly = m_session->isArticleOnly();
    state.citationStyle = CitationFormatter::styleKey(m_citations->style());
    state.hiddenEventKinds = m_eventFilter->hiddenKinds();
    state.legendCorner = m_map->legendCorner();
    state.geometry = saveGeometry();
    state.windowState = saveState(kStateVersion);
    return state;
}

void MainWindow::applyState(const SettingsStore::State &state)
{
    if (state.geometry.isEmpty() || !restoreGeometry(state.geometry)) {
        placeForFirstStart();
    } else if (const QScreen *display = screen()) {
        // Saved on another screen setup: Qt keeps a window that is only partly off-screen.
        const QRect frame = frameGeometry();
        const QRect fitted = WindowPlacement::clamped(frame, display->availableGeometry());
        if (fitted != frame) {
            const QMargins decoration(geometry().left() - frame.left(), geometry().top() - frame.top(),
                                      frame.right() - geometry().right(), frame.bottom() - geometry().bottom());
            setGeometry(fitted.marginsRemoved(decoration));
        }
    }
    if (!state.windowState.isEmpty())
        restoreState(state.windowState, kStateVersion);
    m_session->controller()->setSpeed(state.speed);
    m_citations->setStyleKey(state.citationStyle);
    m_eventFilter->setHiddenKinds(state.hiddenEventKinds);
    m_map->setLegendCorner(state.legendCorner);
    // The zoom needs the map's real size: apply it once the map has painted.
    m_pendingZoom = state.zoom;
    if (m_pendingZoom > 0.0 && m_firstFrameSeen) {
        m_map->setZoomFactor(m_pendingZoom);
        m_pendingZoom = 0.0;
    }
}

bool MainWindow::openCampaign(const QString &path)
{
    QWidget *page = m_centre->currentWidget();
    const QString pageText = m_centralLabel->text();
    statusBar()->showMessage(tr("Loading campaign “%1”…").arg(path));
    showCentralMessage(tr("Loading campaign “%1”…").arg(path));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    Diagnostics problems;
    const bool ok = m_session->loadCampaign(path, &problems);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        // The current campaign stays: so does what the centre showed.
        m_centralLabel->setText(pageText);
        m_centre->setCurrentWidget(page);
        statusBar()->showMessage((problems.size() == 1
                                      ? tr("The campaign was not opened: 1 problem.")
                                      : tr("The campaign was not opened: %1 problems.").arg(problems.size())),
                                 10000);
        problemsDialog()->setProblems(path, problems, m_session->hasCampaign());
        m_problems->open();
        return false;
    }
    statusBar()->showMessage(tr("Opened campaign “%1”.").arg(path), 5000);
    return true;
}

void MainWindow::chooseCampaign()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Campaign"), QString(),
                                                      tr("Campaign packages (campaign.json);;All files (*)"));
    if (!path.isEmpty())
        openCampaign(path);
}

void MainWindow::showCompareWith()
{
    if (!m_session->hasCampaign())
        return;
    if (!m_compareDialog) {
        m_compareDialog = new GoToDateDialog(this, GoToDateDialog::Purpose::Compare);
        connect(m_compareDialog, &QDialog::accepted, this,
                [this] { m_session->setCompareDate(m_compareDialog->date()); });
    }
    m_compareDialog->setRange(m_session->controller()->start(), m_session->controller()->end());
    m_compareDialog->setMarkedDates(m_eventFilter->coveredDays());
    const QDate current = m_session->currentDate();
    m_compareDialog->setDate(m_session->compareDate().isValid() ? m_session->compareDate() : current.addDays(-3));
    m_compareDialog->open();
}

void MainWindow::onCompareDateChanged(QDate date)
{
    m_map->setCompareDate(date);
    m_leaveCompareAction->setEnabled(date.isValid());
    if (date.isValid()) {
        m_compareDock->show();
        m_compareDock->raise();
        statusBar()->showMessage(
            tr("Comparing with %1: Esc leaves compare mode.").arg(Wording::date(date, m_language->language())), 10000);
    } else {
        statusBar()->showMessage(tr("Compare mode left."), 5000);
    }
    updateTitle();
}

void MainWindow::showGoToDate()
{
    if (!m_session->hasCampaign())
        return;
    GoToDateDialog *dialog = goToDateDialog();
    dialog->setRange(m_session->controller()->start(), m_session->controller()->end());
    // The days of the kinds the timeline shows.
    dialog->setMarkedDates(m_eventFilter->coveredDays());
    dialog->setDate(m_session->currentDate());
    dialog->open();
}

void MainWindow::showSearch()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->focusField();
}

void MainWindow::showSearchedParagraph(int paragraph, int offset, int length)
{
    if (!m_session->hasCampaign())
        return;
    m_articleDock->show();
    m_articleDock->raise();
    m_articlePanel->showParagraph(paragraph, offset, length);
}

void MainWindow::showAbout()
{
    aboutDialog()->open();
}

void MainWindow::showShortcuts()
{
    shortcutsDialog()->open();
}

void MainWindow::exportMapImage()
{
    if (!m_map->mapScene() || !m_session->hasCampaign() || !m_mapError.isEmpty()) {
        statusBar()->showMessage(tr("There is no map to export."), 5000);
        return;
    }
    const QString suggested = QStringLiteral("aleppo-%1.png").arg(m_session->currentDate().toString(Qt::ISODate));
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map Image"), suggested, PublishActions::imageFilters(),
                                                &filter);
    if (path.isEmpty())
        return;
    path = withFilterExtension(path, filter);
    QString error;
    if (!m_publish->exportMapImageTo(path, PublishActions::pageForFilter(filter), &error)) {
        // The renderer's message names the file.
        QMessageBox::warning(this, tr("Export Failed"), tr("The map image could not be saved:\n%1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Saved the map image to %1").arg(path), 5000);
}

void MainWindow::exportAnimation()
{
    if (!m_map->mapScene() || !m_session->hasCampaign() || !m_mapError.isEmpty()) {
        statusBar()->showMessage(tr("There is no map to export."), 5000);
        return;
    }
    // The dialog runs the export and closes itself.
    (new AnimationExportDialog(*m_map->mapScene(), m_language->language(), this))->open();
}

QString MainWindow::withFilterExtension(const QString &path, const QString &filter)
{
    // A name typed without an extension gets the chosen filter's, as Qt's own
    // dialog does only on some platforms.
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    static const QRegularExpression pattern(QStringLiteral(R"(\*\.(\w+))"));
    const QRegularExpressionMatch m = pattern.match(filter);
    return m.hasMatch() ? path + QLatin1Char('.') + m.captured(1) : path;
}

bool MainWindow::exportMapImageTo(const QString &path, QString *error)
{
    return m_publish->exportMapImageTo(path, QPageSize(), error);
}

void MainWindow::focusNextPanel()
{
    QList<QWidget *> targets{m_map, m_timeline->timeline(), m_eventPanel->browser()};
    if (m_districtPanel->isShowingDistrict())
        targets.append(m_districtPanel->historyView());
    targets.append(m_articlePanel->browser());
    if (auto *figures = findChild<FiguresPanel *>())
        targets.append(figures->table());
    if (auto *strips = findChild<DistrictStrips *>())
        targets.append(strips->view());
    int current = -1;
    for (int i = 0; i < targets.size(); ++i) {
        if (targets.at(i)->hasFocus() || targets.at(i)->isAncestorOf(QApplication::focusWidget()))
            current = i;
    }
    for (int step = 1; step <= targets.size(); ++step) {
        QWidget *w = targets.at((current + step) % targets.size());
        if (w->isVisible()) {
            for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
                if (auto *dock = qobject_cast<QDockWidget *>(p)) {
                    dock->raise();
                    break;
                }
            }
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}
