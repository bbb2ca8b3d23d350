#include "maprenderer.h"

#include "campaignloader.h"
#include "districtitem.h"
#include "legend.h"
#include "mapscene.h"
#include "wording.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

const QColor kTitleColor(0x1E, 0x1E, 0x1E);
const QColor kTextColor(0x44, 0x44, 0x44);

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

/// Where everything goes in the picture.
struct Layout
{
    QSizeF size;
    QRectF map;            ///< target of the map's scene rect
    QTransform sceneToMap; ///< scene units -> picture pixels
    QPointF legendAt;
    QFont legendFont;
    QFont titleFont;
    QFont dateFont;
    QFont footerFont;
    QRectF titleRect;
    QRectF dateRect;
    QRectF footerRect;
    QString title;
    QString dateLine;
    QString footer;
};

Layout computeLayout(const MapScene &scene, const MapRenderer::Options &options, const Legend &legend)
{
    Layout l;
    l.size = QSizeF(options.size);
    const double w = l.size.width();
    const double h = l.size.height();
    const double u = std::min(w, h) / 100.0;
    const double margin = std::max(6.0, 2.2 * u);
    const Campaign &c = scene.campaign();

    l.title = c.title.value(options.language);
    const QDate date = scene.date();
    if (scene.compareDate().isValid())
        l.dateLine = MapRenderer::tr("Changes from the end of %1 to the end of %2 \u00B7 outline: the side that "
                                     "held a district before")
                         .arg(Wording::date(scene.compareDate(), options.language),
                              Wording::date(date, options.language));
    else
        l.dateLine = MapRenderer::tr("Control at the end of %1 \u00B7 day %2 of %3")
                         .arg(Wording::date(date, options.language))
                         .arg(c.start.daysTo(date) + 1)
                         .arg(c.start.daysTo(c.end) + 1);
    // A picture that leaves the package's reports out says so.
    if (scene.timeline().sources() == ControlTimeline::Sources::ArticleOnly && !c.reports.isEmpty())
        l.dateLine += MapRenderer::tr(" \u00B7 article only, reports hidden");
    if (!c.articleSource.title.isEmpty())
        l.footer = MapRenderer::tr("Source: %1 (%2). District boundaries are approximate. Made with Aleppo Atlas.")
                       .arg(c.articleSource.title, c.articleSource.license);

    l.titleFont = pixelFont(std::max(11.0, 3.3 * u), true);
    l.dateFont = pixelFont(std::max(9.0, 2.4 * u));
    l.footerFont = pixelFont(std::max(7.0, 1.35 * u));
    const double titleH = QFontMetricsF(l.titleFont).height();
    const double dateH = QFontMetricsF(l.dateFont).height();
    const double footerH = l.footer.isEmpty() ? 0.0 : QFontMetricsF(l.footerFont).height();
    l.titleRect = QRectF(margin, margin, w - 2 * margin, titleH);
    l.dateRect = QRectF(margin, margin + titleH + 0.2 * u, w - 2 * margin, dateH);
    l.footerRect = QRectF(margin, h - margin - footerH, w - 2 * margin, footerH);

    const double top = l.dateRect.bottom() + 1.2 * u;
    const double bottom = l.footerRect.top() - (footerH > 0 ? 0.8 * u : 0.0);
    const QRectF avail(margin, top, w - 2 * margin, std::max(1.0, bottom - top));
    const QRectF mapRect = scene.mapRect();

    // The legend shrinks until it fits beside or under the map.
    double fontPx = std::clamp(1.7 * u, 9.0, 30.0);
    QSizeF legendSize;
    for (;;) {
        l.legendFont = pixelFont(fontPx);
        legendSize = legend.size(l.legendFont);
        const bool fitsBeside = legendSize.height() <= avail.height() && legendSize.width() < avail.width() * 0.5;
        const bool fitsBelow = legendSize.width() <= avail.width() && legendSize.height() < avail.height() * 0.5;
        if (fitsBeside || fitsBelow || fontPx <= 5.0)
            break;
        fontPx *= 0.9;
    }
    const double gap = margin;
    const QRectF beside(avail.left(), avail.top(), std::max(1.0, avail.width() - legendSize.width() - gap),
                        avail.height());
    const QRectF below(avail.left(), avail.top(), avail.width(),
                       std::max(1.0, avail.height() - legendSize.height() - gap));
    auto scaleIn = [&](const QRectF &r) {
        return std::min(r.width() / mapRect.width(), r.height() / mapRect.height());
    };
    const bool legendBeside = scaleIn(beside) >= scaleIn(below);
    const QRectF area = legendBeside ? beside : below;
    const double scale = scaleIn(area);
    const QSizeF mapSize = mapRect.size() * scale;
    double mapX = area.left() + (area.width() - mapSize.width()) / 2;
    double mapY = area.top() + (area.height() - mapSize.height()) / 2;
    if (legendBeside) {
        // Keep map and legend together, centred as a group.
        const double group = mapSize.width() + gap + legendSize.width();
        mapX = avail.left() + (avail.width() - group) / 2;
        l.legendAt = QPointF(mapX + mapSize.width() + gap, mapY + mapSize.height() - legendSize.height());
        if (l.legendAt.y() < avail.top())
            l.legendAt.setY(avail.top());
    } else {
        const double group = mapSize.height() + gap + legendSize.height();
        mapY = avail.top() + (avail.height() - group) / 2;
        l.legendAt = QPointF(mapX, mapY + mapSize.height() + gap);
    }
    l.map = QRectF(QPointF(mapX, mapY), mapSize);
    l.sceneToMap = QTransform::fromTranslate(-mapRect.left(), -mapRect.top()) * QTransform::fromScale(scale, scale)
                   * QTransform::fromTranslate(mapX, mapY);
    return l;
}

void paintBackground(QPainter *p, const Layout &l)
{
    p->fillRect(QRectF(QPointF(0, 0), l.size), Qt::white);
}

void paintText(QPainter *p, const Layout &l)
{
    p->save();
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->setPen(kTitleColor);
    p->setFont(l.titleFont);
    p->drawText(l.titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                QFontMetricsF(l.titleFont).elidedText(l.title, Qt::ElideRight, l.titleRect.width()));
    p->setPen(kTextColor);
    p->setFont(l.dateFont);
    p->drawText(l.dateRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, l.dateLine);
    if (!l.footer.isEmpty()) {
        p->setFont(l.footerFont);
        p->drawText(l.footerRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                    QFontMetricsF(l.footerFont).elidedText(l.footer, Qt::ElideRight, l.footerRect.width()));
    }
    p->restore();
}

void paintMapFrame(QPainter *p, const Layout &l)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(QPen(QColor(0x88, 0x88, 0x88), 1.0));
    p->setBrush(Qt::NoBrush);
    p->drawRect(l.map);
    p->restore();
}

/// Paints the map: the scene's items that are visible, as the scene draws them, into the map's rect.
void paintMap(QPainter *p, MapScene &scene, const Layout &l)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    p->setRenderHint(QPainter::SmoothPixmapTransform, true);
    p->setClipRect(l.map, Qt::IntersectClip);
    scene.setViewScale(l.sceneToMap.m11());
    scene.render(p, l.map, scene.mapRect(), Qt::IgnoreAspectRatio);
    p->restore();
}

/// Shows only the items of @p scene that @p keep accepts (the export scene is the renderer's own).
void showOnly(MapScene &scene, const std::function<bool(QGraphicsItem *)> &keep)
{
    const QList<QGraphicsItem *> items = scene.items();
    for (QGraphicsItem *item : items)
        item->setVisible(!keep || keep(item));
}

Legend makeLegend(const MapScene &scene, const MapRenderer::Options &options)
{
    Legend legend;
    legend.setScene(scene);
    legend.setLanguage(options.language);
    legend.setShowSelection(!options.selectedDistrict.isEmpty());
    return legend;
}

/// The drawing of one QSvgGenerator pass, with its ids made unique by @p prefix.
struct SvgFragment
{
    QString defs;
    QString body;
};

SvgFragment svgPass(const QSize &size, const QString &prefix, const std::function<void(QPainter *)> &draw)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    {
        QPainter painter(&generator);
        draw(&painter);
    }
    QString text = QString::fromUtf8(buffer.data());
    static const QRegularExpression ids(QStringLiteral(R"((\bid="|url\(#|xlink:href="#))"));
    text.replace(ids, QStringLiteral("\\1") + prefix);
    SvgFragment f;
    const qsizetype defsStart = text.indexOf(QLatin1String("<defs>"));
    const qsizetype defsEnd = text.indexOf(QLatin1String("</defs>"));
    if (defsStart >= 0 && defsEnd > defsStart)
        f.defs = text.mid(defsStart + 6, defsEnd - defsStart - 6).trimmed();
    const qsizetype bodyStart = defsEnd >= 0 ? defsEnd + 7
                                             : text.indexOf(QLatin1Char('>'), text.indexOf(QLatin1String("<svg"))) + 1;
    const qsizetype bodyEnd = text.lastIndexOf(QLatin1String("</svg>"));
    if (bodyStart > 0 && bodyEnd > bodyStart)
        f.body = text.mid(bodyStart, bodyEnd - bodyStart).trimmed();
    return f;
}

QString xmlEscaped(const QString &s)
{
    QString out = s.toHtmlEscaped();
    return out;
}

} // namespace

bool MapRenderer::formatForPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

MapRenderer::MapRenderer(const MapScene &scene)
    : MapRenderer(scene.campaignPtr(), scene.timelinePtr(), scene.sources())
{
    m_defaultDate = scene.date();
    m_defaultCompareDate = scene.compareDate();
}

MapRenderer::MapRenderer(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const ControlTimeline> timeline,
                         std::shared_ptr<const MapSources> sources)
{
    m_scene = MapScene::build(std::move(campaign), std::move(timeline), std::move(sources), &m_error,
                              MapScene::Use::Export);
    if (m_scene)
        m_defaultDate = m_scene->date();
}

MapRenderer::~MapRenderer() = default;

void MapRenderer::prepare(const Options &options)
{
    m_scene->setDate(options.date.isValid() ? options.date : m_defaultDate);
    // As on screen: a renderer made from a scene in compare mode compares, unless told otherwise.
    m_scene->setCompareDate(options.compareDate.isValid() ? options.compareDate : m_defaultCompareDate);
    m_scene->setSelectedDistrict(options.selectedDistrict);
    showOnly(*m_scene, nullptr);
}

void MapRenderer::paint(QPainter *painter, const Options &options)
{
    if (!m_scene)
        return;
    prepare(options);
    const Legend legend = makeLegend(*m_scene, options);
    const Layout l = computeLayout(*m_scene, options, legend);
    paintBackground(painter, l);
    paintText(painter, l);
    paintMap(painter, *m_scene, l);
    paintMapFrame(painter, l);
    legend.paint(painter, l.legendAt, l.legendFont);
}

QRectF MapRenderer::mapArea(const Options &options)
{
    if (!m_scene)
        return {};
    prepare(options);
    return computeLayout(*m_scene, options, makeLegend(*m_scene, options)).map;
}

QImage MapRenderer::renderImage(const Options &options)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull() || !m_scene)
        return QImage();
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, options);
    return image;
}

QByteArray MapRenderer::renderSvg(const Options &options)
{
    if (!m_scene)
        return {};
    prepare(options);
    MapScene &scene = *m_scene;
    const Legend legend = makeLegend(scene, options);
    const Layout l = computeLayout(scene, options, legend);
    const QSize size = options.size;

    QList<SvgFragment> parts;
    QStringList wrappers; // the id of the group wrapping each part, or empty
    auto add = [&](const QString &id, const std::function<void(QPainter *)> &draw) {
        parts.append(svgPass(size, QStringLiteral("p%1-").arg(parts.size()), draw));
        wrappers.append(id);
    };
    add(QStringLiteral("atlas-frame"), [&](QPainter *p) {
        paintBackground(p, l);
        paintText(p, l);
    });
    add(QStringLiteral("atlas-map-below"), [&](QPainter *p) {
        showOnly(scene, [](QGraphicsItem *item) { return item->zValue() < MapScene::kDistrictZ; });
        paintMap(p, scene, l);
    });
    // Districts one by one, in stacking order, each in a group with its id.
    QList<DistrictItem *> districts = scene.districtItems();
    std::stable_sort(districts.begin(), districts.end(),
                     [](const DistrictItem *a, const DistrictItem *b) { return a->zValue() < b->zValue(); });
    for (DistrictItem *district : std::as_const(districts)) {
        add(district->id(), [&](QPainter *p) {
            showOnly(scene, [district](QGraphicsItem *item) { return item == district; });
            paintMap(p, scene, l);
        });
    }
    add(QStringLiteral("atlas-map-above"), [&](QPainter *p) {
        showOnly(scene, [](QGraphicsItem *item) {
            return item->type() != DistrictItem::Type && item->zValue() > MapScene::kDistrictZ;
        });
        paintMap(p, scene, l);
        paintMapFrame(p, l);
    });
    showOnly(scene, nullptr);
    add(QStringLiteral("atlas-legend"), [&](QPainter *p) { legend.paint(p, l.legendAt, l.legendFont); });
    QString svg;
    svg += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                          "version=\"1.2\" baseProfile=\"tiny\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">\n")
               .arg(size.width())
               .arg(size.height());
    svg += QStringLiteral("<title>%1</title>\n").arg(xmlEscaped(l.title + QStringLiteral(" \u2014 ") + l.dateLine));
    svg += QStringLiteral("<desc>%1</desc>\n").arg(xmlEscaped(l.footer));
    svg += QStringLiteral("<defs>\n");
    for (const SvgFragment &f : std::as_const(parts)) {
        if (!f.defs.isEmpty())
            svg += f.defs + QLatin1Char('\n');
    }
    svg += QStringLiteral("</defs>\n");
    for (int i = 0; i < parts.size(); ++i) {
        svg += QStringLiteral("<g id=\"%1\">\n").arg(xmlEscaped(wrappers.at(i)));
        svg += parts.at(i).body;
        svg += QStringLiteral("\n</g>\n");
    }
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

bool MapRenderer::renderPdf(const Options &options, QIODevice *device, QString *error)
{
    if (!m_scene) {
        if (error)
            *error = m_error;
        return false;
    }
    QPdfWriter writer(device);
    writer.setResolution(96);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const QSizeF points = QSizeF(options.size) * (72.0 / 96.0);
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Aleppo Atlas"));
    writer.setTitle(m_scene->campaign().title.value(options.language));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("cannot start the PDF");
        return false;
    }
    // The page may be a pixel off the requested size after the point rounding.
    const double sx = writer.width() / double(options.size.width());
    const double sy = writer.height() / double(options.size.height());
    painter.scale(sx, sy);
    paint(&painter, options);
    return painter.end();
}

bool MapRenderer::renderToFile(const QString &path, const Options &options, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, message);
        return false;
    };
    Format format;
    if (!formatForPath(path, &format))
        return fail(tr("unknown output format \"%1\"; use .png, .svg or .pdf").arg(QFileInfo(path).suffix()));
    if (options.size.width() < 1 || options.size.height() < 1 || options.size.width() > kMaxSide
        || options.size.height() > kMaxSide)
        return fail(tr("image size %1\u00D7%2 must be from 1 to %3 pixels a side")
                        .arg(options.size.width())
                        .arg(options.size.height())
                        .arg(kMaxSide));

    if (!m_scene)
        return fail(m_error);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write: %1").arg(file.errorString()));
    bool ok = false;
    QString message;
    switch (format) {
    case Format::Png: {
        const QImage image = renderImage(options);
        if (image.isNull())
            message = tr("cannot allocate a %1\u00D7%2 image").arg(options.size.width()).arg(options.size.height());
        else
            ok = image.save(&file, "PNG");
        if (!ok && message.isEmpty())
            message = tr("cannot write the PNG: %1").arg(file.errorString());
        break;
    }
    case Format::Svg: {
        const QByteArray svg = renderSvg(options);
        ok = file.write(svg) == svg.size();
        if (!ok)
            message = tr("cannot write the SVG: %1").arg(file.errorString());
        break;
    }
    case Format::Pdf:
        ok = renderPdf(options, &file, &message);
        if (!ok && message.isEmpty())
            message = tr("cannot write the PDF: %1").arg(file.errorString());
        break;
    }
    if (!ok) {
        file.cancelWriting();
        return fail(message);
    }
    if (!file.commit())
        return fail(tr("cannot save: %1").arg(file.errorString()));
    return true;
}

QImage MapRenderer::renderImage(const MapScene &scene, const Options &options)
{
    MapRenderer renderer(scene);
    return renderer.renderImage(options);
}

bool MapRenderer::renderToFile(const MapScene &scene, const QString &path, const Options &options, QString *error)
{
    MapRenderer renderer(scene);
    return renderer.renderToFile(path, options, error);
}

int MapRenderer::runRenderCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    auto failWith = [&](const QString &message) {
        err << message << '\n';
        err.flush();
        return 1;
    };
    if (!options.error.isEmpty())
        return failWith(options.error);
    if (options.mode != CommandLineOptions::Mode::Render)
        return failWith(tr("internal error: not a --render command"));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return failWith(tr("internal error: --render needs a QApplication (use the offscreen platform)"));

    QString error;
    const QDate date = CommandLineOptions::parseDate(options.renderText, QStringLiteral("--render"), &error);
    if (!error.isEmpty())
        return failWith(error);
    if (options.outputPath.isEmpty())
        return failWith(tr("--render needs --output FILE.png|.svg|.pdf"));
    Format format;
    if (!formatForPath(options.outputPath, &format))
        return failWith(tr("%1: unknown output format \"%2\"; use .png, .svg or .pdf")
                            .arg(options.outputPath, QFileInfo(options.outputPath).suffix()));

    const QString path = options.campaignPath.isEmpty() ? CampaignLoader::embeddedPath() : options.campaignPath;
    const CampaignLoadResult loaded = CampaignLoader::load(path);
    if (!loaded.ok()) {
        for (const Diagnostic &d : loaded.problems)
            err << d.toString() << '\n';
        err.flush();
        return 1;
    }
    const Campaign &campaign = *loaded.campaign;
    if (date < campaign.start || date > campaign.end)
        return failWith(tr("--render: %1 is outside the campaign (%2 to %3)")
                            .arg(date.toString(Qt::ISODate), campaign.start.toString(Qt::ISODate),
                                 campaign.end.toString(Qt::ISODate)));

    if (!options.districtId.isEmpty() && campaign.districtIndex(options.districtId) < 0)
        return failWith(tr("--district: no district \"%1\" in campaign \"%2\"").arg(options.districtId, campaign.id));

    auto timeline = std::make_shared<const ControlTimeline>(loaded.campaign,
                                                            options.onlyArticle
                                                                ? ControlTimeline::Sources::ArticleOnly
                                                                : ControlTimeline::Sources::WithReports);
    // The loader's parse of the map is the one drawn.
    MapRenderer renderer(loaded.campaign, timeline,
                         std::make_shared<const MapSources>(MapScene::loadSources(campaign, &loaded.map)));
    if (!renderer.isValid())
        return failWith(
            tr("--render: cannot draw the map of campaign \"%1\":\n%2").arg(campaign.id, renderer.errorString()));
    QString message;

    Options renderOptions;
    renderOptions.date = date;
    renderOptions.size = options.size;
    if (!options.language.isEmpty())
        renderOptions.language = options.language;
    renderOptions.selectedDistrict = options.districtId;
    if (!options.compareText.isEmpty()) {
        QString error;
        renderOptions.compareDate = CommandLineOptions::parseDate(options.compareText, QStringLiteral("--compare"),
                                                                  &error);
        if (renderOptions.compareDate < campaign.start || renderOptions.compareDate > campaign.end)
            return failWith(tr("--compare: %1 is outside the campaign (%2 to %3)")
                                .arg(options.compareText, campaign.start.toString(Qt::ISODate),
                                     campaign.end.toString(Qt::ISODate)));
    }
    if (!renderer.renderToFile(options.outputPath, renderOptions, &message))
        return failWith(message);
    static const char *const names[] = {"PNG", "SVG", "PDF"};
    out << tr("%1: wrote the map at the end of %2 (%3\u00D7%4 %5)")
               .arg(options.outputPath, date.toString(Qt::ISODate))
               .arg(options.size.width())
               .arg(options.size.height())
               .arg(QLatin1String(names[int(format)]))
        << '\n';
    out.flush();
    return 0;
}
