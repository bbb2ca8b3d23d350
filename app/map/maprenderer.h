#pragma once

#include "campaign.h"
#include "commandlineoptions.h"
#include "controltimeline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QPageSize>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class MapScene;
struct MapSources;
class QIODevice;
class QPagedPaintDevice;
class QPainter;

/**
 * @brief Draws a campaign's map without a window: PNG, SVG or PDF.
 *
 * The picture holds the campaign title, the date, the map and the legend,
 * laid out for the requested size: the legend goes beside the map or under
 * it, whichever leaves the map larger.
 *
 * A renderer draws from a scene of its own (MapScene::Use::Export), built
 * from the same loaded sources as the scene it is given: the scene on screen
 * is never touched, and the districts are painted by the same
 * DistrictItem::paint() (one DistrictLook) as on screen. Made once, a
 * renderer can draw many dates (an animation's frames) without rebuilding.
 *
 * - PNG: QImage + QPainter.
 * - SVG: QSvgGenerator, one pass per layer and one per district; each
 *   district's drawing is wrapped in `<g id="DISTRICT_ID">` (QSvgGenerator
 *   writes no ids itself), so the districts can be found and restyled.
 * - PDF: QPdfWriter at 96 dpi, one page of the requested size, or an A4 or
 *   Letter page (Options::page); printing (paintPage()) uses the same layout.
 *   Text stays text in SVG and PDF, so names can be searched and edited.
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
        QDate date;                              ///< end of which day; invalid: the given scene's date
        QSize size{1600, 1000};                  ///< pixels (PDF: at 96 dpi)
        QString language = QStringLiteral("en"); ///< "en" or "zh_TW": title, names, date format
        QString selectedDistrict;                ///< outlined as selected, as on screen; empty: none
        QDate compareDate;                       ///< compare mode: what changed since the end of this day; invalid: off
        /// PDF only: a paper size (A4, Letter), landscape, the picture laid out for its printable area
        /// with 10 mm margins; invalid (the default): one page of @ref size.
        QPageSize page;
        /// The attribution names the outlets of the reports shown on any day from @ref outletsFrom to
        /// @ref outletsTo (an animation's whole range, so that its layout never moves from frame to
        /// frame); invalid (the default): those shown on the picture's date.
        QDate outletsFrom;
        QDate outletsTo; ///< see @ref outletsFrom
    };

    /// A renderer for @p scene's campaign, drawing from the same sources in a scene of its own.
    explicit MapRenderer(const MapScene &scene);
    /// A renderer for a campaign (its map files read from @p sources, or read here when null).
    MapRenderer(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const ControlTimeline> timeline,
                std::shared_ptr<const MapSources> sources = nullptr);
    ~MapRenderer();
    MapRenderer(const MapRenderer &) = delete;
    MapRenderer &operator=(const MapRenderer &) = delete;

    /// False when the map could not be built (errorString() says why).
    bool isValid() const { return m_scene != nullptr; }
    QString errorString() const { return m_error; }

    /// The format for a file name's extension (.png, .svg, .pdf; any case).
    static bool formatForPath(const QString &path, Format *format);
    /// Why formatForPath() refuses @p path, without the path: no extension, or an unknown one.
    static QString unknownFormat(const QString &path);

    /// Paints the whole picture into (0, 0, options.size) of @p painter.
    void paint(QPainter *painter, const Options &options);
    /// Where paint() puts the map (inside its frame line) for @p options, in the picture's pixels.
    QRectF mapArea(const Options &options);
    QImage renderImage(const Options &options);
    QByteArray renderSvg(const Options &options);
    bool renderPdf(const Options &options, QIODevice *device, QString *error);
    /**
     * @brief Paints the picture on a page of @p device (a QPdfWriter or a QPrinter) whose page
     * layout is already set: laid out for the page's printable area as an image of that many
     * 96-dpi pixels, so a printout and a PDF of the same paper look alike. Text stays text.
     */
    bool paintPage(QPagedPaintDevice *device, const Options &options, QString *error);
    /// Renders to @p path in the format of its extension, through QSaveFile.
    bool renderToFile(const QString &path, const Options &options, QString *error);

    /// One picture of @p scene's campaign (see the members of the same names).
    static QImage renderImage(const MapScene &scene, const Options &options);
    static bool renderToFile(const MapScene &scene, const QString &path, const Options &options, QString *error);

    /**
     * @brief `aleppo-atlas --render DATE --output FILE [--size WxH] [--language en|zh_TW] [--district ID]
     * [--campaign PATH]`.
     *
     * Loads the campaign (options.campaignPath or the embedded one), checks
     * that the date lies inside it and the district (outlined as selected,
     * as on screen) belongs to it, renders and writes the file. The
     * language's translation must be installed by the caller. Problems go
     * to @p err, one line each, naming the file; returns the exit code (0 or 1).
     * Needs a QApplication (the offscreen platform is enough).
     */
    static int runRenderCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

private:
    /// Sets the renderer's scene to the picture's date and selection.
    void prepare(const Options &options);
    /// paint(), with the map's labels drawn as text (paged devices) when @p textLabels.
    void paintPicture(QPainter *painter, const Options &options, bool textLabels);

    /// The outlets the attribution names for @p options (after prepare()), kept for the last range.
    const QStringList &outletsFor(const Options &options);

    std::unique_ptr<MapScene> m_scene;
    QStringList m_outlets; ///< outletsFor()'s last answer, for the days m_outletsFrom to m_outletsTo
    QDate m_outletsFrom;
    QDate m_outletsTo;
    QDate m_defaultDate;
    QDate m_defaultCompareDate;
    QString m_error;
};
