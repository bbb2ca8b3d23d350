// Exports ready to publish: the attribution, text kept as text, paper pages, small SVGs.
#include "campaignloader.h"
#include "commandlineoptions.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "maptestsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

/// @p text without any white space: QSvgGenerator writes each script run as a <text> of its own.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral(R"(\s)")));
    return text;
}

/// All the <text> of an SVG, one string per element, whitespace squeezed.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return texts;
}

/// A <text> element of an SVG: its attributes, the text it holds itself, and its <tspan>s.
struct SvgTextElement
{
    QXmlStreamAttributes attributes;
    QString own;
    QList<std::pair<QString, QXmlStreamAttributes>> spans;
};

QList<SvgTextElement> svgTextElements(const QByteArray &svg)
{
    QList<SvgTextElement> elements;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("text"))
            continue;
        SvgTextElement element;
        element.attributes = xml.attributes();
        while (!xml.atEnd()
               && (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != QLatin1String("text"))) {
            if (xml.isCharacters())
                element.own += xml.text();
            if (xml.isStartElement() && xml.name() == QLatin1String("tspan")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                element.spans.append({xml.readElementText(), attributes});
            }
        }
        elements.append(element);
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return elements;
}

QByteArray svgOf(const std::shared_ptr<const ControlTimeline> &timeline, QDate date, QSize size)
{
    MapRenderer renderer(timeline->sharedCampaign(), timeline);
    EXPECT_TRUE(renderer.isValid()) << renderer.errorString().toStdString();
    MapRenderer::Options options;
    options.date = date;
    options.size = size;
    return renderer.renderSvg(options);
}

std::shared_ptr<const ControlTimeline> timelineOf(ControlTimeline::Sources sources)
{
    return std::make_shared<const ControlTimeline>(MapTest::aleppo(), sources);
}

/// The text pdftotext finds in @p pdf, or a null string when poppler-utils is not installed.
QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(Publish, SvgCarriesTheFullAttributionAndTheReportsOutlets)
{
    // 25 November: Hanano is shown from Sputnik Brasil's report; the article names it only on the 26th.
    const QDate day(2016, 11, 25);
    const QString withReports = squeezed(
        svgTexts(svgOf(timelineOf(ControlTimeline::Sources::WithReports), day, {1600, 1000})).join(QString()));
    for (const QString &expected :
         {QStringLiteral("\u201C阿勒頗攻勢 (2016年9月－12月)\u201D"), QStringLiteral("Chinese Wikipedia"),
          QStringLiteral("revision not recorded (copy of 25 November 2026)"),
          QStringLiteral("https://zh.wikipedia.org/wiki/阿勒頗攻勢_(2016年9月－12月)"), QStringLiteral("CC BY-SA 4.0"),
          QStringLiteral("District boundaries approximate"), QStringLiteral("Sputnik Brasil")})
        EXPECT_TRUE(withReports.contains(squeezed(expected)))
            << expected.toStdString() << " in " << withReports.toStdString();

    const QString articleOnly = squeezed(
        svgTexts(svgOf(timelineOf(ControlTimeline::Sources::ArticleOnly), day, {1600, 1000})).join(QString()));
    EXPECT_TRUE(articleOnly.contains(squeezed(QStringLiteral("CC BY-SA 4.0"))));
    EXPECT_FALSE(articleOnly.contains(squeezed(QStringLiteral("Sputnik Brasil"))));
    EXPECT_FALSE(articleOnly.contains(QStringLiteral("Reports:")));
}

TEST(Publish, AttributionStaysInsideASmallFrameAboveTheMinimumTextSize)
{
    // An animation frame of 320x200: the attribution wraps, every line inside the picture.
    const QByteArray svg = svgOf(timelineOf(ControlTimeline::Sources::WithReports), QDate(2016, 12, 13), {320, 200});
    QXmlStreamReader xml(svg);
    int lines = 0;
    QString all;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("text"))
            continue;
        const double size = xml.attributes().value(QLatin1String("font-size")).toDouble();
        const double baseline = xml.attributes().value(QLatin1String("y")).toDouble();
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        // The attribution's lines (the legend has its own, smaller, minimum).
        if (text.contains(QStringLiteral("Wikipedia")) || text.contains(QStringLiteral("Made with"))) {
            ++lines;
            EXPECT_GE(size, 7.0) << text.toStdString();
            // Under the map, inside the frame.
            EXPECT_GT(baseline, 150.0) << text.toStdString();
            EXPECT_LE(baseline, 200.0) << text.toStdString();
        }
        all += text + QLatin1Char(' ');
    }
    EXPECT_GE(lines, 2);
    EXPECT_TRUE(squeezed(all).contains(QStringLiteral("CCBY-SA4.0"))) << all.toStdString();
    EXPECT_TRUE(squeezed(all).contains(QStringLiteral("Districtboundariesapproximate"))) << all.toStdString();
}

TEST(Publish, DistrictNamesStayTextInTheSvg)
{
    const QStringList texts = svgTexts(
        svgOf(timelineOf(ControlTimeline::Sources::WithReports), QDate(2016, 11, 27), {1600, 1000}));
    const QString all = texts.join(QLatin1Char(' '));
    // The names, and the map furniture's texts: the scale bar and the map's own caption.
    for (const QString &name : {QStringLiteral("Hanano"), QStringLiteral("哈納諾"), QStringLiteral("Old City"),
                                QStringLiteral("2 km"), QStringLiteral("區界為概略示意")})
        EXPECT_TRUE(all.contains(name)) << name.toStdString();
}

TEST(Publish, SvgKeepsEachRunsStyleAndTheSpaceBetweenRuns)
{
    // The river's name is italic and its Han run upright, as on screen; the
    // first run is the text's own, so a reader that drops a space ending a
    // <tspan> (QtSvg does) still shows "Queiq 奎克河".
    const QByteArray svg = svgOf(timelineOf(ControlTimeline::Sources::WithReports), QDate(2016, 11, 27), {1600, 1000});
    int found = 0;
    for (const SvgTextElement &text : svgTextElements(svg)) {
        if (text.own != QStringLiteral("Queiq "))
            continue;
        ++found;
        EXPECT_EQ(text.attributes.value(QLatin1String("font-style")), QLatin1String("italic"));
        EXPECT_EQ(text.attributes.value(QLatin1String("font-family")), QLatin1String("DejaVu Sans"));
        ASSERT_EQ(text.spans.size(), 1);
        EXPECT_EQ(text.spans.first().first, QStringLiteral("奎克河"));
        EXPECT_EQ(text.spans.first().second.value(QLatin1String("font-style")), QLatin1String("normal"));
        EXPECT_EQ(text.spans.first().second.value(QLatin1String("font-family")), QLatin1String("Noto Sans CJK TC"));
    }
    EXPECT_EQ(found, 2) << "the river's name and its halo";
}

TEST(Publish, SvgWritesATextThatOpensWithAnotherStyleInItsFirstRunsStyle)
{
    // A hand-made map whose river name opens with an upright <tspan> inside an
    // italic <text>: the export writes the first run as the text's own, so the
    // <text> takes that run's style, and the italic run after it says so itself.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(MapTest::copyAleppoPackage(dir.path()));
    const QByteArray river =
        QStringLiteral("Queiq <tspan font-family=\"Noto Sans CJK TC\" font-style=\"normal\">奎克河</tspan>").toUtf8();
    const QByteArray opened =
        QStringLiteral("<tspan font-family=\"Noto Sans CJK TC\" font-style=\"normal\">奎克河</tspan> Queiq").toUtf8();
    // The river's name and its halo.
    ASSERT_TRUE(MapTest::replaceInFile(dir.filePath(QStringLiteral("map.svg")), river, opened, 2));
    const CampaignLoadResult loaded = CampaignLoader::load(dir.path());
    ASSERT_TRUE(loaded.ok()) << loaded.errorString().toStdString();

    const QByteArray exported = svgOf(std::make_shared<const ControlTimeline>(loaded.campaign), QDate(2016, 11, 27),
                                      {1600, 1000});
    int found = 0;
    for (const SvgTextElement &text : svgTextElements(exported)) {
        if (text.own != QStringLiteral("奎克河"))
            continue;
        ++found;
        EXPECT_EQ(text.attributes.value(QLatin1String("font-family")), QLatin1String("Noto Sans CJK TC"));
        EXPECT_NE(text.attributes.value(QLatin1String("font-style")), QLatin1String("italic")) << "Han text is upright";
        ASSERT_EQ(text.spans.size(), 1);
        EXPECT_EQ(text.spans.first().first, QStringLiteral(" Queiq"));
        EXPECT_EQ(text.spans.first().second.value(QLatin1String("font-family")), QLatin1String("DejaVu Sans"));
        EXPECT_EQ(text.spans.first().second.value(QLatin1String("font-style")), QLatin1String("italic"));
    }
    EXPECT_EQ(found, 2) << "the river's name and its halo";
}

TEST(Publish, SvgStaysSmall)
{
    const QByteArray svg = svgOf(timelineOf(ControlTimeline::Sources::WithReports), QDate(2016, 11, 27), {1600, 1000});
    // 2.6 MB before glyph outlines became text and repeated definitions were shared.
    EXPECT_LT(svg.size(), 600 * 1024) << svg.size();
}

TEST(Publish, PdfOnA4AndLetterKeepsTheNamesSearchable)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    struct Case
    {
        QPageSize::PageSizeId page;
        double width;  ///< points, landscape
        double height; ///< points
    };
    for (const Case &c : {Case{QPageSize::A4, 841.9, 595.3}, Case{QPageSize::Letter, 792.0, 612.0}}) {
        const QString path = QDir(MapTest::tempDir()).filePath(QStringLiteral("page-%1.pdf").arg(int(c.page)));
        MapRenderer::Options options;
        options.date = QDate(2016, 11, 27);
        options.page = QPageSize(c.page);
        QString error;
        ASSERT_TRUE(MapRenderer::renderToFile(*scene, path, options, &error)) << error.toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString pdf = QString::fromLatin1(f.readAll());
        const QRegularExpressionMatch box =
            QRegularExpression(QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])")).match(pdf);
        ASSERT_TRUE(box.hasMatch());
        EXPECT_NEAR(box.captured(1).toDouble(), c.width, 1.0);
        EXPECT_NEAR(box.captured(2).toDouble(), c.height, 1.0);

        const QString text = pdfText(path);
        if (text.isNull())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        // The labels, the furniture's texts (scale bar, captions) and the page's own text are text.
        for (const QString &words : {QStringLiteral("Hanano"), QStringLiteral("Old City"),
                                     QStringLiteral("Chinese Wikipedia"), QStringLiteral("CC BY-SA 4.0"),
                                     QStringLiteral("2 km"), QStringLiteral("District boundaries are approximate")})
            EXPECT_TRUE(text.contains(words)) << words.toStdString() << " not in:\n" << text.toStdString();
    }
}

TEST(Publish, RenderWithoutAnExtensionIsRefusedNamingTheFileOnce)
{
    const QString path = QDir(MapTest::tempDir()).filePath(QStringLiteral("no-extension"));
    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("aleppo-atlas"), QStringLiteral("--render"), QStringLiteral("2016-11-27"),
         QStringLiteral("--output"), path});
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    EXPECT_EQ(MapRenderer::runRenderCommand(options, outStream, errStream), 1);
    errStream.flush();
    EXPECT_EQ(err.trimmed(), path + QStringLiteral(": no file extension; add .png, .svg or .pdf to choose the format"));
    EXPECT_EQ(err.count(path), 1);
    EXPECT_FALSE(QFileInfo::exists(path));
}
