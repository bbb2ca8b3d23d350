#pragma once

#include "gisexport.h"
#include "maprenderer.h"

#include <QObject>
#include <QPageSize>
#include <QString>

class LanguageManager;
class MapView;
class QAction;
class QPrinter;
class QWidget;
class ViewerSession;

/**
 * @brief What the File menu makes for publishing: the printed map (Ctrl+P), the map
 * image with A4 and Letter PDF pages, and the data for GIS tools and spreadsheets.
 *
 * The picture is the map as on screen: the current date, language, selected district and
 * compare mode, with the renderer's full attribution. The data (GeoJSON or CSV) follows
 * View › Article Only: with the reports when they are shown, without when they are not.
 */
class PublishActions : public QObject
{
    Q_OBJECT

public:
    PublishActions(ViewerSession *session, MapView *map, LanguageManager *language, QWidget *window);

    QAction *printAction() const { return m_print; }
    QAction *exportDataAction() const { return m_exportData; }

    /// The picture as the window shows it now (date, language, selection, compare mode).
    MapRenderer::Options pictureOptions() const;
    /// Renders the map to @p path (.png, .svg or .pdf); a PDF on @p page when it is valid.
    bool exportMapImageTo(const QString &path, const QPageSize &page, QString *error) const;
    /// Prints the map on one page of @p printer, laid out as the PDF export.
    bool printTo(QPrinter *printer, QString *error) const;
    /**
     * @brief Writes the data to @p path: GeoJSON or CSV by its extension (.geojson, .json, .csv),
     * or, without one, by @p filter, whose extension is then added. @p written receives the path
     * written; @p error one line naming it.
     */
    bool exportDataTo(const QString &path, const QString &filter, QString *written, QString *error) const;

    /// The map image dialog's filters: PNG, SVG, PDF (picture-sized), PDF on A4 and on Letter.
    static QString imageFilters();
    /// The page a map image filter asks for (A4, Letter), or an invalid size.
    static QPageSize pageForFilter(const QString &filter);
    /// The data dialog's filters: GeoJSON, CSV.
    static QString dataFilters();

    /// Sets the actions' words in the current language.
    void retranslate();

signals:
    /// A line for the status bar.
    void message(const QString &text);

private:
    void print();
    void exportData();

    ViewerSession *m_session = nullptr;
    MapView *m_map = nullptr;
    LanguageManager *m_language = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportData = nullptr;
};
