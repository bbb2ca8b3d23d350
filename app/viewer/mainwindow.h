#pragma once

#include "settingsstore.h"

#include <QMainWindow>

class AboutDialog;
class ArticlePanel;
class DistrictPanel;
class EventFilterProxyModel;
class EventPanel;
class CitationController;
class ComparePanel;
class GoToDateDialog;
class LanguageManager;
class LinkPolicy;
class MapView;
class OverviewDialog;
class ProblemsDialog;
class PublishActions;
class SearchPanel;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class ShortcutsDialog;
class TimelinePanel;
class ViewerSession;

/**
 * @brief The viewer's window: the map in the centre, the timeline docked at
 * the bottom, "On this date", "District" and "Article" docked on the right,
 * menus and window-wide shortcuts. It only wires widgets to the
 * ViewerSession; the state and its rules live there.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ViewerSession *session, LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    MapView *mapView() const { return m_map; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    EventPanel *eventPanel() const { return m_eventPanel; }
    DistrictPanel *districtPanel() const { return m_districtPanel; }
    ArticlePanel *articlePanel() const { return m_articlePanel; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    /// The event kinds the reader chose to see (View › Event Kinds, the timeline's legend).
    EventFilterProxyModel *eventFilter() const { return m_eventFilter; }
    LinkPolicy *linkPolicy() const { return m_links; }
    /// The dialog listing a refused package's problems (made on first use).
    ProblemsDialog *problemsDialog();
    /// The central page's message when the map cannot be shown, else empty.
    QString centralMessage() const;

    /// Opens the package at @p path; on failure shows its problems and keeps the current campaign.
    bool openCampaign(const QString &path);
    /// Selects a district and brings its history panel to the front.
    void selectDistrict(const QString &districtId);
    /// Applies the saved window geometry, dock layout, zoom and speed (invalid parts are skipped).
    void applyState(const SettingsStore::State &state);
    /// What would be saved now.
    SettingsStore::State currentState() const;
    /// Renders the map at the current date to @p path (.png, .svg or .pdf) with the map module's renderer.
    bool exportMapImageTo(const QString &path, QString *error);
    /// @p path with the extension of the file dialog's @p filter ("PNG image (*.png)") when it has none.
    static QString withFilterExtension(const QString &path, const QString &filter);
    /// Help › Start Here (made on first use).
    OverviewDialog *overviewDialog();
    /// Opens Start Here unless the settings store says it was dismissed; returns whether it opened.
    bool showOverviewAtFirstStart();
    /// Where the state is written when the window closes (may be nullptr).
    void setSettingsStore(SettingsStore *store) { m_settings = store; }

signals:
    /// The map painted its first frame (used by --quit-after-startup).
    void firstFramePainted();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void placeForFirstStart();
    void createActions();
    void createMenus();
    void createDocks();
    void connectSession();
    void retranslate();
    void onCampaignChanged();
    void onSourcesChanged();
    void updateSourcesLabel();
    void applyLanguage(const QString &language);
    void updateTitle();
    void showDistrict(const QString &districtId, bool raise);
    void showGoToDate();
    void showCompareWith();
    void showSearch();
    void showSearchedParagraph(int paragraph, int offset, int length);
    void onCompareDateChanged(QDate date);
    void showAbout();
    void showShortcuts();
    void chooseCampaign();
    void exportMapImage();
    void exportAnimation();
    void focusNextPanel();
    void showCentralMessage(const QString &message);
    QAction *addAction(const QString &objectName, const QList<QKeySequence> &keys);
    GoToDateDialog *goToDateDialog();
    AboutDialog *aboutDialog();
    ShortcutsDialog *shortcutsDialog();

    ViewerSession *m_session = nullptr;
    LanguageManager *m_language = nullptr;
    SettingsStore *m_settings = nullptr;
    LinkPolicy *m_links = nullptr;

    QStackedWidget *m_centre = nullptr;
    QLabel *m_centralLabel = nullptr;
    QLabel *m_sourcesLabel = nullptr; ///< the status bar's note of which sources the map shows
    MapView *m_map = nullptr;
    TimelinePanel *m_timeline = nullptr;
    EventPanel *m_eventPanel = nullptr;
    DistrictPanel *m_districtPanel = nullptr;
    ArticlePanel *m_articlePanel = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_eventDock = nullptr;
    QDockWidget *m_districtDock = nullptr;
    QDockWidget *m_articleDock = nullptr;
    QDockWidget *m_compareDock = nullptr;
    ComparePanel *m_comparePanel = nullptr;
    CitationController *m_citations = nullptr; ///< Edit › Copy Citation and Citation Style
    PublishActions *m_publish = nullptr;       ///< File › Print, Export Data, the image export's pages
    EventFilterProxyModel *m_eventFilter = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QDockWidget *m_searchDock = nullptr;

    // The dialogs are made when first opened: none is needed for the first frame.
    ProblemsDialog *m_problems = nullptr;
    GoToDateDialog *m_goToDate = nullptr;
    GoToDateDialog *m_compareDialog = nullptr;
    AboutDialog *m_about = nullptr;
    OverviewDialog *m_overview = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_speedMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportAnimationAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_nextPanelAction = nullptr;
    QAction *m_articleOnlyAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_previousDayAction = nullptr;
    QAction *m_nextDayAction = nullptr;
    QAction *m_previousEventAction = nullptr;
    QAction *m_nextEventAction = nullptr;
    QAction *m_firstDayAction = nullptr;
    QAction *m_lastDayAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_goToDateAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_leaveCompareAction = nullptr;
    QActionGroup *m_speedGroup = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QString m_mapError;
    bool m_firstFrameSeen = false;
    double m_pendingZoom = 0.0; ///< saved zoom waiting for the map's first frame
};
