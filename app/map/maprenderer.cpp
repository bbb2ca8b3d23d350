#include "maprenderer.h"

#include "campaignloader.h"
#include "clicommands.h"
#include "districtitem.h"
#include "labellayeritem.h"
#include "legend.h"
#include "mapscene.h"
#include "mapsources.h"
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
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

const QColor kTitleColor(0x1E, 0x1E, 0x1E);
const QColor kTextColor(0x44, 0x44, 0x44);
/// Margins of a paper page (PDF on A4 or Letter, print), in millimetres.
constexpr double kPageMarginMm = 10.0;
/// The attribution's smallest text: readable on a 320x200 animation frame.
constexpr double kMinFooterPixels = 7.0;

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
    QString footer;          ///< the whole attribution, in one line (the SVG's description)
    QStringList footerLines; ///< the attribution wrapped to the picture's width
};

/// The outlets of the reports behind the states the map shows at the end of each day from @p from
/// to @p to, once each, sorted.
QStringList shownOutlets(const MapScene &scene, QDate from, QDate to)
{
    const Campaign &c = scene.campaign();
    QStringList outlets;
    if (scene.timeline().sources() == ControlTimeline::Sources::ArticleOnly)
        return outlets;
    const auto add = [&](int report) {
        const QString &name = c.reports.at(report).outlet.name;
        if (!outlets.contains(name))
            outlets.append(name);
    };
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        for (const DistrictAppearance &a : scene.timeline().appearancesAt(date)) {
            if (!a.change || !a.change->isReported())
                continue;
            // A district completed neighbourhood by neighbourhood rests on several reports.
            if (a.change->covering.isEmpty())
                add(a.change->report);
            for (int k : a.change->covering)
                add(c.changes.at(k).report);
        }
    }
    std::sort(outlets.begin(), outlets.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return outlets;
}

/**
 * The attribution every exported picture carries: the article and its licence, the caveat, and
 * the outlets of the reports shown (the first @p named of @p outlets, then how many more).
 */
QString attribution(const MapScene &scene, const QString &language, const QStringList &outlets, int named)
{
    const Campaign &c = scene.campaign();
    QStringList parts;
    const ArticleSource &a = c.articleSource;
    if (!a.title.isEmpty())
        parts.append(MapRenderer::tr("Source: \u201C%1\u201D, %2, %3, %4, %5")
                         .arg(a.title, Wording::articleSite(a), Wording::articleRevision(a, language), a.revisionUrl(),
                              a.license));
    parts.append(MapRenderer::tr("District boundaries approximate"));
    if (!outlets.isEmpty()) {
        QString list = QStringList(outlets.mid(0, named)).join(QStringLiteral(", "));
        if (named < outlets.size())
            list = named > 0 ? MapRenderer::tr("%1 and %n more", nullptr, int(outlets.size()) - named).arg(list)
                             : MapRenderer::tr("%n outlet(s)", nullptr, int(outlets.size()));
        parts.append(MapRenderer::tr("Reports: %1").arg(list));
    }
    parts.append(MapRenderer::tr("Made with Aleppo Atlas."));
    return parts.join(QStringLiteral(" \u00B7 "));
}

/**
 * Breaks @p text into lines no wider than @p width at spaces (a longer word, such as a URL,
 * gets a line of its own and is elided); at most @p maxLines, the last one elided when cut.
 */
QStringList wrapped(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    QString line;
    int lineStart = 0;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words.at(i) : line + QLatin1Char(' ') + words.at(i);
        if (line.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1) {
            // The last line takes the rest, elided.
            line = words.mid(lineStart).join(QLatin1Char(' '));
            break;
        }
        lines.append(fm.elidedText(line, Qt::ElideRight, width));
        line = words.at(i);
        lineStart = i;
    }
    if (!line.isEmpty())
        lines.append(fm.elidedText(line, Qt::ElideRight, width));
    return lines;
}

Layout computeLayout(const MapScene &scene, const MapRenderer::Options &options, const Legend &legend,
                     const QStringList &outlets)
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

    l.titleFont = pixelFont(std::max(11.0, 3.3 * u), true);
    l.dateFont = pixelFont(std::max(9.0, 2.4 * u));
    // The attribution wraps rather than shrinks below a readable size; a small picture gives it
    // up to a quarter of its height, and the map the rest.
    l.footerFont = pixelFont(std::max(kMinFooterPixels, 1.35 * u));
    const double lineH = QFontMetricsF(l.footerFont).height();
    const int maxLines = std::max(1, int(0.25 * h / lineH));
    // Name as many of the reports' outlets as fit; the rest are counted.
    for (int named = int(outlets.size());; --named) {
        l.footer = attribution(scene, options.language, outlets, named);
        l.footerLines = wrapped(l.footer, l.footerFont, w - 2 * margin, maxLines + 1);
        if (l.footerLines.size() <= maxLines || named == 0)
            break;
    }
    if (l.footerLines.size() > maxLines)
        l.footerLines = wrapped(l.footer, l.footerFont, w - 2 * margin, maxLines);
    const double titleH = QFontMetricsF(l.titleFont).height();
    const double dateH = QFontMetricsF(l.dateFont).height();
    const double footerH = lineH * l.footerLines.size();
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
    p->setFont(l.footerFont);
    const double lineH = QFontMetricsF(l.footerFont).height();
    for (int i = 0; i < l.footerLines.size(); ++i) {
        const QRectF line(l.footerRect.left(), l.footerRect.top() + i * lineH, l.footerRect.width(), lineH);
        p->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, l.footerLines.at(i));
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

/**
 * Makes QSvgGenerator's output smaller without changing the drawing: it writes a group for
 * every change of painter state, most of them empty, and a texture's marks as one <rect>
 * each; empty groups go, and each run of rects becomes one path.
 */
void compactSvg(QString *text)
{
    static const QRegularExpression emptyGroup(QStringLiteral(R"(<g\b[^>]*>\s*</g>\s*)"));
    text->remove(emptyGroup);
    static const QRegularExpression rectRun(
        QStringLiteral(R"re((?:<rect x="[-\d.e]+" y="[-\d.e]+" width="[\d.e]+" height="[\d.e]+"/>\s*){2,})re"));
    static const QRegularExpression rect(
        QStringLiteral(R"re(<rect x="([-\d.e]+)" y="([-\d.e]+)" width="([\d.e]+)" height="([\d.e]+)"/>)re"));
    QString out;
    out.reserve(text->size());
    qsizetype at = 0;
    QRegularExpressionMatchIterator runs = rectRun.globalMatch(*text);
    while (runs.hasNext()) {
        const QRegularExpressionMatch run = runs.next();
        out += QStringView(*text).mid(at, run.capturedStart() - at);
        QString d;
        QRegularExpressionMatchIterator rects = rect.globalMatch(run.captured());
        while (rects.hasNext()) {
            const QRegularExpressionMatch r = rects.next();
            d += QStringLiteral("M%1 %2h%3v%4h-%3z").arg(r.captured(1), r.captured(2), r.captured(3), r.captured(4));
        }
        out += QStringLiteral("<path d=\"%1\"/>\n").arg(d);
        at = run.capturedEnd();
    }
    out += QStringView(*text).mid(at);
    *text = out;
}

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
    compactSvg(&text);
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

/// The markup of the map SVG's top-level element with id @p id (a layer group), or empty.
QString svgLayer(const QString &mapSvg, const QString &id)
{
    QXmlStreamReader xml(mapSvg);
    qsizetype start = -1;
    int depth = 0;
    int layerDepth = -1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (start < 0 && depth == 2 && xml.attributes().value(QLatin1String("id")) == id) {
                // characterOffset() is just past the start tag: go back to its '<'.
                start = mapSvg.lastIndexOf(QLatin1Char('<'), xml.characterOffset() - 1);
                layerDepth = depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == layerDepth && start >= 0)
                return mapSvg.mid(start, xml.characterOffset() - start);
            --depth;
        }
    }
    return {};
}

/// The contents of the map SVG's top-level <defs>, or empty.
QString svgDefs(const QString &mapSvg)
{
    QString defs;
    QXmlStreamReader xml(mapSvg);
    int depth = 0;
    qsizetype start = -1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 2 && xml.name() == QLatin1String("defs"))
                start = xml.characterOffset();
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && start >= 0) {
                const qsizetype end = mapSvg.lastIndexOf(QLatin1String("</"), xml.characterOffset() - 1);
                defs += mapSvg.mid(start, end - start);
                start = -1;
            }
            --depth;
        }
    }
    return defs;
}

bool isLabelLayer(const QGraphicsItem *item, const char *layer = MapScene::kLabelsLayer)
{
    return item->data(0).toString() == QLatin1String(layer);
}

/// The furniture's texts drawn from glyph runs (a LabelLayerItem), which vector pictures write as text.
bool isFurnitureTextItem(const QGraphicsItem *item)
{
    return isLabelLayer(item, MapScene::kFurnitureTextLayer) && dynamic_cast<const LabelLayerItem *>(item);
}

/**
 * The scene's text labels of @p layer (the map SVG's labels layer, or its furniture's texts)
 * that the layer shows in a picture drawn with @p sceneToPicture, enlarged as drawn: the same
 * LabelLayerItem::placement() as on screen and in a PNG, at the picture's own scale. None when
 * the layer is not text labels.
 */
QList<MapLabel> placedLabels(const MapScene &scene, const QTransform &sceneToPicture,
                             const char *layer = MapScene::kLabelsLayer)
{
    for (QGraphicsItem *item : scene.layerItems()) {
        if (!isLabelLayer(item, layer))
            continue;
        if (const auto *labels = dynamic_cast<const LabelLayerItem *>(item)) {
            const QTransform toPicture = item->sceneTransform() * sceneToPicture;
            return labels->placedLabels(std::sqrt(std::abs(toPicture.determinant())));
        }
    }
    return {};
}

QString svgNumber(double v)
{
    return QString::number(v, 'g', 6);
}

QString svgColor(const QColor &c)
{
    return c.isValid() ? c.name(QColor::HexRgb) : QStringLiteral("none");
}

/**
 * The labels as SVG <text> elements, as the map's own SVG writes them (a halo is a text of
 * its own, under the label): text stays text, a few hundred bytes a label instead of glyph
 * outlines, and names can be searched and edited.
 */
QString svgLabels(const QList<MapLabel> &labels, const QTransform &sceneToPicture)
{
    QString out;
    for (const MapLabel &label : labels) {
        const QTransform t = label.transform * sceneToPicture;
        out += QStringLiteral("<text transform=\"matrix(%1,%2,%3,%4,%5,%6)\" x=\"%7\" y=\"%8\" font-size=\"%9\"")
                   .arg(svgNumber(t.m11()), svgNumber(t.m12()), svgNumber(t.m21()), svgNumber(t.m22()),
                        svgNumber(t.dx()), svgNumber(t.dy()), svgNumber(label.position.x()),
                        svgNumber(label.position.y()), svgNumber(label.fontSize));
        // The <text>'s own style is its first run's, whose text it holds (below); a
        // label read from a <text> that opens with a <tspan> may differ from its <text>.
        const bool bold = (label.runs.isEmpty() ? label.weight : label.runs.first().weight) >= QFont::DemiBold;
        const bool italic = label.runs.isEmpty() ? label.italic : label.runs.first().italic;
        if (bold)
            out += QStringLiteral(" font-weight=\"bold\"");
        if (italic)
            out += QStringLiteral(" font-style=\"italic\"");
        if (label.anchor != MapLabel::Anchor::Start)
            out += label.anchor == MapLabel::Anchor::Middle ? QStringLiteral(" text-anchor=\"middle\"")
                                                            : QStringLiteral(" text-anchor=\"end\"");
        out += QStringLiteral(" fill=\"%1\"").arg(svgColor(label.fill));
        if (label.stroke.isValid())
            out += QStringLiteral(" stroke=\"%1\" stroke-width=\"%2\" stroke-linejoin=\"%3\"")
                       .arg(svgColor(label.stroke), svgNumber(label.strokeWidth),
                            label.strokeJoin == Qt::RoundJoin   ? QStringLiteral("round")
                            : label.strokeJoin == Qt::BevelJoin ? QStringLiteral("bevel")
                                                                : QStringLiteral("miter"));
        // The first run is the text's own, as the map's SVG writes it: QtSvg drops the
        // space that ends a <tspan> ("Queiq 奎克河" would lose its space).
        if (!label.runs.isEmpty())
            out += QStringLiteral(" font-family=\"%1\">%2")
                       .arg(xmlEscaped(label.runs.first().family), xmlEscaped(label.runs.first().text));
        else
            out += QLatin1Char('>');
        for (const MapLabel::Run &run : label.runs.mid(1)) {
            out += QStringLiteral("<tspan font-family=\"%1\"").arg(xmlEscaped(run.family));
            if ((run.weight >= QFont::DemiBold) != bold)
                out += run.weight >= QFont::DemiBold ? QStringLiteral(" font-weight=\"bold\"")
                                                     : QStringLiteral(" font-weight=\"normal\"");
            if (run.italic != italic)
                out += run.italic ? QStringLiteral(" font-style=\"italic\"") : QStringLiteral(" font-style=\"normal\"");
            out += QStringLiteral(">%1</tspan>").arg(xmlEscaped(run.text));
        }
        out += QStringLiteral("</text>\n");
    }
    return out;
}

/**
 * Draws the labels with QPainter for a paged device (PDF, printer): each label's text is drawn
 * as text, so a PDF reader finds the names; its halo (a text with a stroke, drawn under it) is
 * drawn as an outline, so the names are not found twice.
 */
void paintLabelsAsText(QPainter *p, const QList<MapLabel> &labels, const QTransform &sceneToPicture)
{
    for (const MapLabel &label : labels) {
        QList<QFont> fonts;
        double width = 0;
        for (const MapLabel::Run &run : label.runs) {
            QFont font(run.family);
            font.setPixelSize(std::max(1, int(std::lround(label.fontSize))));
            font.setWeight(run.weight);
            font.setItalic(run.italic);
            fonts.append(font);
            width += QFontMetricsF(font).horizontalAdvance(run.text);
        }
        double x = label.position.x();
        if (label.anchor == MapLabel::Anchor::Middle)
            x -= width / 2;
        else if (label.anchor == MapLabel::Anchor::End)
            x -= width;
        p->save();
        p->setTransform(label.transform * sceneToPicture, true);
        if (label.stroke.isValid()) {
            QPainterPath path;
            double at = x;
            for (int i = 0; i < label.runs.size(); ++i) {
                path.addText(QPointF(at, label.position.y()), fonts.at(i), label.runs.at(i).text);
                at += QFontMetricsF(fonts.at(i)).horizontalAdvance(label.runs.at(i).text);
            }
            p->strokePath(path, QPen(label.stroke, label.strokeWidth, Qt::SolidLine, Qt::FlatCap, label.strokeJoin));
            if (label.fill.isValid())
                p->fillPath(path, label.fill);
        } else if (label.fill.isValid()) {
            p->setPen(label.fill);
            double at = x;
            for (int i = 0; i < label.runs.size(); ++i) {
                p->setFont(fonts.at(i));
                p->drawText(QPointF(at, label.position.y()), label.runs.at(i).text);
                at += QFontMetricsF(fonts.at(i)).horizontalAdvance(label.runs.at(i).text);
            }
        }
        p->restore();
    }
}

} // namespace

QString MapRenderer::unknownFormat(const QString &path)
{
    // The command line refuses rather than guess; the file dialogs add the chosen filter's extension.
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return tr("no file extension; add .png, .svg or .pdf to choose the format");
    return tr("unknown output format \"%1\"; use .png, .svg or .pdf").arg(suffix);
}

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
    paintPicture(painter, options, false);
}

void MapRenderer::paintPicture(QPainter *painter, const Options &options, bool textLabels)
{
    if (!m_scene)
        return;
    prepare(options);
    const Legend legend = makeLegend(*m_scene, options);
    const Layout l = computeLayout(*m_scene, options, legend, outletsFor(options));
    paintBackground(painter, l);
    paintText(painter, l);
    if (textLabels) {
        const auto writeAsText = [&](const char *layer) {
            painter->save();
            painter->setClipRect(l.map, Qt::IntersectClip);
            painter->setRenderHint(QPainter::Antialiasing, true);
            paintLabelsAsText(painter, placedLabels(*m_scene, l.sceneToMap, layer), l.sceneToMap);
            painter->restore();
        };
        // The labels go over the map and under the furniture, as in the scene, but as text.
        showOnly(*m_scene, [](QGraphicsItem *item) { return item->zValue() < MapScene::kLabelsZ; });
        paintMap(painter, *m_scene, l);
        writeAsText(MapScene::kLabelsLayer);
        // Then what lies over them, the furniture's texts last (the topmost layer), as text too.
        showOnly(*m_scene,
                 [](QGraphicsItem *item) { return item->zValue() > MapScene::kLabelsZ && !isFurnitureTextItem(item); });
        paintMap(painter, *m_scene, l);
        writeAsText(MapScene::kFurnitureTextLayer);
        showOnly(*m_scene, nullptr);
    } else {
        paintMap(painter, *m_scene, l);
    }
    paintMapFrame(painter, l);
    legend.paint(painter, l.legendAt, l.legendFont);
}

const QStringList &MapRenderer::outletsFor(const Options &options)
{
    const bool range = options.outletsFrom.isValid() && options.outletsTo.isValid();
    const QDate from = range ? options.outletsFrom : m_scene->date();
    const QDate to = range ? options.outletsTo : m_scene->date();
    // An animation asks for the same range at every frame: walk its days once.
    if (from != m_outletsFrom || to != m_outletsTo) {
        m_outlets = shownOutlets(*m_scene, from, to);
        m_outletsFrom = from;
        m_outletsTo = to;
    }
    return m_outlets;
}

QRectF MapRenderer::mapArea(const Options &options)
{
    if (!m_scene)
        return {};
    prepare(options);
    return computeLayout(*m_scene, options, makeLegend(*m_scene, options), outletsFor(options)).map;
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
    const Layout l = computeLayout(scene, options, legend, outletsFor(options));
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
    // The map, item by item in stacking order: the map SVG's own layers are copied as they are
    // (shared by every picture, text as text), the labels written as <text>, each district drawn
    // in a group with its id. Only what has no markup of its own goes through QSvgGenerator.
    const auto sources = scene.sources();
    const QString mapSvg = sources ? QString::fromUtf8(sources->svg) : QString();
    const QString clipId = QStringLiteral("atlas-map-clip");
    SvgFragment clip;
    clip.defs = QStringLiteral("<clipPath id=\"%1\"><rect x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\"/></clipPath>")
                    .arg(clipId, svgNumber(l.map.x()), svgNumber(l.map.y()), svgNumber(l.map.width()),
                         svgNumber(l.map.height()));
    if (!mapSvg.isEmpty())
        clip.defs += svgDefs(mapSvg);
    parts.append(clip);
    wrappers.append(QString());
    const QTransform &t = l.sceneToMap;
    const QString mapGroup = QStringLiteral(
                                 "<g clip-path=\"url(#%1)\"><g transform=\"matrix(%2,%3,%4,%5,%6,%7)\">\n%8</g></g>")
                                 .arg(clipId, svgNumber(t.m11()), svgNumber(t.m12()), svgNumber(t.m21()),
                                      svgNumber(t.m22()), svgNumber(t.dx()), svgNumber(t.dy()));
    const QList<QGraphicsItem *> items = scene.items(Qt::AscendingOrder);
    for (QGraphicsItem *item : items) {
        if (item->parentItem())
            continue;
        const QString layer = item->data(0).toString();
        if (item->type() == DistrictItem::Type) {
            auto *district = static_cast<DistrictItem *>(item);
            add(district->id(), [&](QPainter *p) {
                showOnly(scene, [district](QGraphicsItem *i) { return i == district; });
                paintMap(p, scene, l);
            });
        } else if (isLabelLayer(item)) {
            SvgFragment labels;
            labels.body = QStringLiteral("<g clip-path=\"url(#%1)\">\n%2</g>")
                              .arg(clipId, svgLabels(placedLabels(scene, l.sceneToMap), l.sceneToMap));
            parts.append(labels);
            wrappers.append(QStringLiteral("atlas-labels"));
        } else if (const QString markup = layer.isEmpty() ? QString() : svgLayer(mapSvg, layer); !markup.isEmpty()) {
            SvgFragment raw;
            raw.body = mapGroup.arg(markup);
            parts.append(raw);
            wrappers.append(QStringLiteral("atlas-map-") + layer);
        } else {
            add(layer.isEmpty() ? QStringLiteral("atlas-map-%1").arg(parts.size())
                                : QStringLiteral("atlas-map-") + layer,
                [&](QPainter *p) {
                    showOnly(scene, [item](QGraphicsItem *i) { return i == item; });
                    paintMap(p, scene, l);
                });
        }
    }
    showOnly(scene, nullptr);
    add(QStringLiteral("atlas-map-frame"), [&](QPainter *p) { paintMapFrame(p, l); });
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
        if (parts.at(i).body.isEmpty())
            continue;
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
    writer.setCreator(QStringLiteral("Aleppo Atlas"));
    writer.setTitle(m_scene->campaign().title.value(options.language));
    if (options.page.isValid()) {
        writer.setPageLayout(QPageLayout(options.page, QPageLayout::Landscape,
                                         QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                                         QPageLayout::Millimeter));
    } else {
        const QSizeF points = QSizeF(options.size) * (72.0 / 96.0);
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    }
    return paintPage(&writer, options, error);
}

bool MapRenderer::paintPage(QPagedPaintDevice *device, const Options &options, QString *error)
{
    if (!m_scene) {
        if (error)
            *error = m_error;
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("cannot start the page");
        return false;
    }
    // Lay the picture out for the printable area as 96-dpi pixels, then scale to the device:
    // fonts, margins and the legend then keep the proportions of a screen-sized export.
    Options page = options;
    page.size = QSize(std::max(1, int(std::lround(device->width() * 96.0 / device->logicalDpiX()))),
                      std::max(1, int(std::lround(device->height() * 96.0 / device->logicalDpiY()))));
    painter.scale(device->width() / double(page.size.width()), device->height() / double(page.size.height()));
    paintPicture(&painter, page, true);
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
        return fail(unknownFormat(path));
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
    const auto failWith = [&err](const QString &message) { return CliCommands::fail(err, message); };
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
        return failWith(QStringLiteral("%1: %2").arg(options.outputPath, unknownFormat(options.outputPath)));

    const std::optional<CliCommands::Loaded> command = CliCommands::loadCampaign(options, err);
    if (!command)
        return 1;
    const CampaignLoadResult &loaded = command->result;
    const Campaign &campaign = *loaded.campaign;
    if (date < campaign.start || date > campaign.end)
        return failWith(tr("--render: %1 is outside the campaign (%2 to %3)")
                            .arg(date.toString(Qt::ISODate), campaign.start.toString(Qt::ISODate),
                                 campaign.end.toString(Qt::ISODate)));

    if (!options.districtId.isEmpty() && campaign.districtIndex(options.districtId) < 0)
        return failWith(tr("--district: no district \"%1\" in campaign \"%2\"").arg(options.districtId, campaign.id));

    const std::shared_ptr<const ControlTimeline> &timeline = command->timeline;
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
