#pragma once

#include "campaign.h"
#include "commandlineoptions.h"
#include "controltimeline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QSize>
#include <QString>
#include <QTextStream>

#include <memory>

class MapScene;
class QIODevice;
class QPainter;

/**
 * @brief Draws a MapScene without a window: PNG, SVG or PDF.
 *
 * The image holds the campaign title, the date, the map (the scene's own
 * items, so it matches the view) and the legend, laid out for the requested
 * size: the legend goes beside the map or under it, whichever leaves the map
 * larger.
 *
 * - PNG: QImage + QPainter.
 * - SVG: QSvgGenerator, one pass per layer and one per district; each
 *   district's drawing is wrapped in `<g id="DISTRICT_ID">` (QSvgGenerator
 *   writes no ids itself), so the districts can be found and restyled.
 * - PDF: QPdfWriter at 96 dpi, one page of the requested size.
 *
 * Files are written through QSaveFile: an export that fails half-way never
 * replaces a good file.
 */
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)

public:
    enum class Format { Png, Svg, Pdf };
    static constexpr int kMaxSide = 16384; ///< largest width or height of an export, in pixels

    struct Options
    {
        QDate date;                                 ///< end of which day; invalid: the scene's date
        QSize size{1600, 1000};                     ///< pixels (PDF: at 96 dpi)
        QString language = QStringLiteral("en");    ///< "en" or "zh_TW": title, names, date format
    };

    /// The format for a file name's extension (.png, .svg, .pdf; any case).
    static bool formatForPath(const QString &path, Format *format);

    /// Paints the whole picture into (0, 0, options.size) of @p painter.
    static void paint(QPainter *painter, MapScene &scene, const Options &options);
    static QImage renderImage(MapScene &scene, const Options &options);
    static QByteArray renderSvg(MapScene &scene, const Options &options);
    static bool renderPdf(MapScene &scene, const Options &options, QIODevice *device, QString *error);

    /// Renders to @p path in the format of its extension, through QSaveFile.
    static bool renderToFile(MapScene &scene, const QString &path, const Options &options, QString *error);
    /// Loads nothing: builds a scene for @p campaign and renders it to @p path.
    static bool renderToFile(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const ControlTimeline> timeline,
                             const QString &path, const Options &options, QString *error);

    /**
     * @brief `aleppo-atlas --render DATE --output FILE [--size WxH] [--campaign PATH]`.
     *
     * Loads the campaign (options.campaignPath or the embedded one), checks
     * that the date lies inside it, renders and writes the file. Problems go
     * to @p err, one line each, naming the file; returns the exit code (0 or 1).
     * Needs a QApplication (the offscreen platform is enough).
     */
    static int runRenderCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err);
};
