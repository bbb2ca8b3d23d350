#include "publishactions.h"

#include "languagemanager.h"
#include "mapscene.h"
#include "mapview.h"
#include "viewersession.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>

namespace {
/// The extension of a file dialog filter ("CSV table (*.csv)" -> "csv"), or empty.
QString filterExtension(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\*\.(\w+))"));
    const QRegularExpressionMatch m = pattern.match(filter);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}
} // namespace

PublishActions::PublishActions(ViewerSession *session, MapView *map, LanguageManager *language, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_map(map)
    , m_language(language)
    , m_window(window)
{
    m_print = new QAction(this);
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_print);
    connect(m_print, &QAction::triggered, this, &PublishActions::print);

    m_exportData = new QAction(this);
    m_exportData->setObjectName(QStringLiteral("actionExportData"));
    window->addAction(m_exportData);
    connect(m_exportData, &QAction::triggered, this, &PublishActions::exportData);
    retranslate();
}

void PublishActions::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_exportData->setText(tr("Export &Data…"));
    m_exportData->setStatusTip(tr("Save the control periods as GeoJSON for GIS tools, or the changes and events as "
                                  "CSV"));
}

QString PublishActions::imageFilters()
{
    return tr("PNG image (*.png)") + QStringLiteral(";;") + tr("SVG image (*.svg)") + QStringLiteral(";;")
           + tr("PDF document (*.pdf)") + QStringLiteral(";;") + tr("PDF document, A4 page (*.pdf)")
           + QStringLiteral(";;") + tr("PDF document, Letter page (*.pdf)");
}

QPageSize PublishActions::pageForFilter(const QString &filter)
{
    if (filter == tr("PDF document, A4 page (*.pdf)"))
        return QPageSize(QPageSize::A4);
    if (filter == tr("PDF document, Letter page (*.pdf)"))
        return QPageSize(QPageSize::Letter);
    return {};
}

QString PublishActions::dataFilters()
{
    return tr("GeoJSON for GIS tools (*.geojson)") + QStringLiteral(";;") + tr("CSV table (*.csv)");
}

MapRenderer::Options PublishActions::pictureOptions() const
{
    MapRenderer::Options options;
    options.date = m_session->currentDate();
    options.language = m_language->language();
    options.size = QSize(1600, 1000);
    options.selectedDistrict = m_session->selectedDistrict();
    options.compareDate = m_session->compareDate();
    return options;
}

bool PublishActions::exportMapImageTo(const QString &path, const QPageSize &page, QString *error) const
{
    if (!m_map->mapScene()) {
        *error = tr("there is no map");
        return false;
    }
    MapRenderer::Options options = pictureOptions();
    options.page = page;
    return MapRenderer::renderToFile(*m_map->mapScene(), path, options, error);
}

bool PublishActions::printTo(QPrinter *printer, QString *error) const
{
    if (!m_map->mapScene()) {
        *error = tr("there is no map");
        return false;
    }
    MapRenderer renderer(*m_map->mapScene());
    return renderer.paintPage(printer, pictureOptions(), error);
}

bool PublishActions::exportDataTo(const QString &path, const QString &filter, QString *written, QString *error) const
{
    const auto timeline = m_session->timeline();
    if (!timeline) {
        *error = tr("there is no campaign");
        return false;
    }
    QString target = path;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty()) {
        // As the image export: a name typed without an extension gets the chosen filter's.
        suffix = filterExtension(filter);
        if (suffix.isEmpty())
            suffix = GisExport::extension(GisExport::Format::GeoJson);
        target += QLatin1Char('.') + suffix;
    }
    GisExport::Format format = GisExport::Format::GeoJson;
    if (suffix == GisExport::extension(GisExport::Format::Csv))
        format = GisExport::Format::Csv;
    else if (suffix != GisExport::extension(GisExport::Format::GeoJson) && suffix != QLatin1String("json")) {
        *error = tr("%1: unknown data format \"%2\"; use .geojson or .csv").arg(target, suffix);
        return false;
    }
    if (written)
        *written = target;
    return GisExport::writeFile(*timeline, format, target, error);
}

void PublishActions::print()
{
    if (!m_map->mapScene()) {
        emit message(tr("There is no map to print."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_session->campaign()->title.value(m_language->language()));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Map"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printTo(&printer, &error)) {
        QMessageBox::warning(m_window, tr("Print Failed"), tr("The map could not be printed:\n%1").arg(error));
        return;
    }
    emit message(tr("Sent the map to the printer."));
}

void PublishActions::exportData()
{
    if (!m_session->hasCampaign()) {
        emit message(tr("There is no campaign to export."));
        return;
    }
    const QString suggested = m_session->isArticleOnly() ? QStringLiteral("aleppo-control-article-only.geojson")
                                                         : QStringLiteral("aleppo-control.geojson");
    QString filter;
    const QString path = QFileDialog::getSaveFileName(m_window,
                                                      m_session->isArticleOnly()
                                                          ? tr("Export Data (article only, reports left out)")
                                                          : tr("Export Data (article and reports)"),
                                                      suggested, dataFilters(), &filter);
    if (path.isEmpty())
        return;
    QString written;
    QString error;
    if (!exportDataTo(path, filter, &written, &error)) {
        // The message names the file.
        QMessageBox::warning(m_window, tr("Export Failed"), tr("The data could not be saved:\n%1").arg(error));
        return;
    }
    emit message(tr("Saved the data to %1").arg(written));
}
