// Headless rendering: sizes, formats, district ids in SVG, the command.
#include "commandlineoptions.h"
#include "districtitem.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "maptestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

QString outPath(const QString &name)
{
    return QDir(MapTest::tempDir()).filePath(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int runRender(const QStringList &args, QString *out, QString *err)
{
    const CommandLineOptions options = CommandLineOptions::parse(QStringList{QStringLiteral("aleppo-atlas")} + args);
    QString o;
    QString e;
    QTextStream outStream(&o);
    QTextStream errStream(&e);
    const int code = MapRenderer::runRenderCommand(options, outStream, errStream);
    outStream.flush();
    errStream.flush();
    *out = o;
    *err = e;
    return code;
}

} // namespace

TEST(MapRenderer, PngHasTheRequestedSize)
{
    QString out;
    QString err;
    const QString path = outPath(QStringLiteral("render-800x500.png"));
    ASSERT_EQ(runRender({QStringLiteral("--render"), QStringLiteral("2016-11-27"), QStringLiteral("--output"), path,
                         QStringLiteral("--size"), QStringLiteral("800x500")},
                        &out, &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(path)) << "the message names the file: " << out.toStdString();
    QImageReader reader(path);
    EXPECT_EQ(reader.format(), QByteArray("png"));
    EXPECT_EQ(reader.size(), QSize(800, 500));
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(800, 500));

    // The default size.
    const QString big = outPath(QStringLiteral("render-default.png"));
    ASSERT_EQ(runRender({QStringLiteral("--render"), QStringLiteral("2016-11-25"), QStringLiteral("--output"), big},
                        &out, &err),
              0)
        << err.toStdString();
    EXPECT_EQ(QImageReader(big).size(), QSize(1600, 1000));
    // Portrait sizes put the legend under the map.
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    MapRenderer::Options options;
    options.date = QDate(2016, 12, 22);
    options.size = QSize(600, 900);
    EXPECT_EQ(MapRenderer::renderImage(*scene, options).size(), QSize(600, 900));
}

TEST(MapRenderer, SvgHasAnElementPerDistrictId)
{
    QString out;
    QString err;
    const QString path = outPath(QStringLiteral("render.svg"));
    ASSERT_EQ(runRender({QStringLiteral("--render"), QStringLiteral("2016-12-13"), QStringLiteral("--output"), path,
                         QStringLiteral("--size"), QStringLiteral("1000x700")},
                        &out, &err),
              0)
        << err.toStdString();
    const QByteArray svg = readAll(path);
    ASSERT_FALSE(svg.isEmpty());
    QXmlStreamReader xml(svg);
    QSet<QString> ids;
    QString rootSize;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            rootSize = xml.attributes().value(QLatin1String("viewBox")).toString();
        const QString id = xml.attributes().value(QLatin1String("id")).toString();
        if (!id.isEmpty()) {
            EXPECT_FALSE(ids.contains(id)) << "duplicate id " << id.toStdString();
            ids.insert(id);
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(rootSize, QStringLiteral("0 0 1000 700"));
    EXPECT_TRUE(ids.contains(QStringLiteral("old-city")));
    for (const District &d : MapTest::aleppo()->districts)
        EXPECT_TRUE(ids.contains(d.id)) << d.id.toStdString();
    QSvgRenderer renderer(svg);
    EXPECT_TRUE(renderer.isValid());
    EXPECT_TRUE(renderer.elementExists(QStringLiteral("old-city")));
    // The district group holds its drawing, in the right place of the picture.
    const QRectF bounds = renderer.boundsOnElement(QStringLiteral("old-city"));
    EXPECT_GT(bounds.width(), 5);
    EXPECT_TRUE(QRectF(0, 0, 1000, 700).contains(bounds));
}

TEST(MapRenderer, PdfIsAPdf)
{
    QString out;
    QString err;
    const QString path = outPath(QStringLiteral("render.pdf"));
    ASSERT_EQ(runRender({QStringLiteral("--render"), QStringLiteral("2016-11-27"), QStringLiteral("--output"), path,
                         QStringLiteral("--size"), QStringLiteral("1200x800")},
                        &out, &err),
              0)
        << err.toStdString();
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF")) << pdf.left(16).toStdString();
    EXPECT_GT(pdf.size(), 10000);
    // 1200x800 px at 96 dpi is a 900x600 pt page.
    const QRegularExpressionMatch box = QRegularExpression(
                                            QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"))
                                            .match(QString::fromLatin1(pdf));
    ASSERT_TRUE(box.hasMatch());
    EXPECT_NEAR(box.captured(1).toDouble(), 900.0, 1.0) << box.captured(0).toStdString();
    EXPECT_NEAR(box.captured(2).toDouble(), 600.0, 1.0) << box.captured(0).toStdString();
}

TEST(MapRenderer, DateOutsideTheCampaignIsRefused)
{
    QString out;
    QString err;
    const QString path = outPath(QStringLiteral("outside.png"));
    EXPECT_EQ(runRender({QStringLiteral("--render"), QStringLiteral("2017-01-01"), QStringLiteral("--output"), path},
                        &out, &err),
              1);
    EXPECT_EQ(err.trimmed(), QStringLiteral("--render: 2017-01-01 is outside the campaign (2016-09-19 to 2016-12-22)"));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(MapRenderer, UnknownFormatAndUnwritablePathsNameTheFile)
{
    QString out;
    QString err;
    const QString bmp = outPath(QStringLiteral("map.bmp"));
    EXPECT_EQ(runRender({QStringLiteral("--render"), QStringLiteral("2016-11-27"), QStringLiteral("--output"), bmp},
                        &out, &err),
              1);
    EXPECT_EQ(err.trimmed(), bmp + QStringLiteral(": unknown output format \"bmp\"; use .png, .svg or .pdf"));

    const QString nowhere = outPath(QStringLiteral("no/such/dir/map.png"));
    EXPECT_EQ(runRender({QStringLiteral("--render"), QStringLiteral("2016-11-27"), QStringLiteral("--output"), nowhere},
                        &out, &err),
              1);
    EXPECT_TRUE(err.startsWith(nowhere + QStringLiteral(": cannot write"))) << err.toStdString();
}

TEST(MapRenderer, RefusedExportKeepsTheOldFile)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    const QString path = outPath(QStringLiteral("keep.png"));
    MapRenderer::Options options;
    options.date = QDate(2016, 11, 27);
    options.size = QSize(320, 200);
    QString error;
    ASSERT_TRUE(MapRenderer::renderToFile(*scene, path, options, &error)) << error.toStdString();
    const QByteArray good = readAll(path);
    // A refused export (here: too large) leaves the existing file alone.
    options.size = QSize(MapRenderer::kMaxSide + 1, 100);
    EXPECT_FALSE(MapRenderer::renderToFile(*scene, path, options, &error));
    EXPECT_TRUE(error.startsWith(path + QStringLiteral(": "))) << error.toStdString();
    EXPECT_EQ(readAll(path), good) << "the good file is untouched";
    const QStringList leftovers = QDir(MapTest::tempDir()).entryList({QStringLiteral("keep.png*")}, QDir::Files);
    EXPECT_EQ(leftovers, QStringList{QStringLiteral("keep.png")});
}

TEST(MapRenderer, ExportNeverTouchesTheSceneOnScreen)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    scene->setDate(QDate(2016, 10, 6));
    scene->setSelectedDistrict(QStringLiteral("hanano"));
    QList<DistrictLook> looks;
    for (const DistrictItem *item : scene->districtItems())
        looks.append(item->look());
    QCoreApplication::processEvents(); // the scene's own pending change notifications
    int repaints = 0;
    QObject::connect(scene.get(), &QGraphicsScene::changed, [&repaints](const QList<QRectF> &) { ++repaints; });
    MapRenderer::Options options;
    options.date = QDate(2016, 12, 22);
    options.size = QSize(400, 300);
    const QImage image = MapRenderer::renderImage(*scene, options);
    EXPECT_FALSE(image.isNull());
    QCoreApplication::processEvents();
    EXPECT_EQ(repaints, 0) << "nothing on screen is restyled, not even there and back";
    EXPECT_EQ(scene->date(), QDate(2016, 10, 6));
    EXPECT_EQ(scene->selectedDistrict(), QStringLiteral("hanano"));
    for (int i = 0; i < looks.size(); ++i)
        EXPECT_EQ(scene->districtItems().at(i)->look(), looks.at(i));
}

TEST(MapRenderer, OneRendererDrawsManyDatesLikeFreshOnes)
{
    // An animation's frames: one renderer, its scene restyled per date, gives
    // the pictures of renderers made for each date.
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    MapRenderer renderer(*scene);
    ASSERT_TRUE(renderer.isValid()) << renderer.errorString().toStdString();
    MapRenderer::Options options;
    options.size = QSize(500, 360);
    for (const QDate date : {QDate(2016, 9, 24), QDate(2016, 11, 27), QDate(2016, 12, 13), QDate(2016, 11, 26)}) {
        options.date = date;
        const QImage reused = renderer.renderImage(options);
        MapRenderer fresh(*scene);
        const QImage once = fresh.renderImage(options);
        // An export scene paints every district afresh (no sprites); a renderer used again is
        // still a level or so off a fresh one at a few pixels (measured: none beyond 3 levels).
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(reused, once, 3), 0) << date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(MapTest::pixelsBeyondOnePixel(once, reused, 3), 0) << date.toString(Qt::ISODate).toStdString();
    }
}

TEST(MapRenderer, ArticleDaysForReview)
{
    // Renders the days the article describes; with ATLAS_MAP_RENDER_DIR set
    // they are kept for a human to look at.
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    const QString dir = qEnvironmentVariableIsSet("ATLAS_MAP_RENDER_DIR") ? qEnvironmentVariable("ATLAS_MAP_RENDER_DIR")
                                                                          : MapTest::tempDir();
    for (const QDate date :
         {QDate(2016, 9, 24), QDate(2016, 11, 25), QDate(2016, 11, 27), QDate(2016, 12, 13), QDate(2016, 12, 22)}) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_TW")}) {
            MapRenderer::Options options;
            options.date = date;
            options.language = language;
            const QString path = QDir(dir).filePath(
                QStringLiteral("render-%1-%2.png").arg(date.toString(Qt::ISODate), language));
            QString error;
            EXPECT_TRUE(MapRenderer::renderToFile(*scene, path, options, &error)) << error.toStdString();
        }
    }
    MapRenderer::Options options;
    options.date = QDate(2016, 11, 27);
    for (const QString &suffix : {QStringLiteral("svg"), QStringLiteral("pdf")}) {
        QString error;
        EXPECT_TRUE(MapRenderer::renderToFile(*scene,
                                              QDir(dir).filePath(QStringLiteral("render-2016-11-27-en.") + suffix),
                                              options, &error))
            << error.toStdString();
    }
}

TEST(MapRenderer, RenderHonoursLanguageAndDistrict)
{
    // Each option changes the picture as it would the window: the language
    // the title and names, the district its selection outline.
    QString out;
    QString err;
    const auto render = [&](const QString &name, const QStringList &extra) {
        const QString path = outPath(name);
        EXPECT_EQ(runRender(QStringList{QStringLiteral("--render"), QStringLiteral("2016-11-27"),
                                        QStringLiteral("--output"), path, QStringLiteral("--size"),
                                        QStringLiteral("800x500")}
                                + extra,
                            &out, &err),
                  0)
            << err.toStdString();
        return QImage(path).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    };
    const QImage plain = render(QStringLiteral("render-plain.png"), {});
    const QImage chinese = render(QStringLiteral("render-zh.png"),
                                  {QStringLiteral("--language"), QStringLiteral("zh_TW")});
    const QImage hanano = render(QStringLiteral("render-hanano.png"),
                                 {QStringLiteral("--district"), QStringLiteral("hanano")});
    ASSERT_FALSE(plain.isNull());
    EXPECT_GT(MapTest::differentPixels(plain, chinese), 500) << "the title, date line and names are Chinese";
    // The selection outline is the Okabe-Ito blue, on the map only when a district is selected.
    const auto blue = [](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += std::abs(c.red() - 0x00) < 30 && std::abs(c.green() - 0x72) < 30 && std::abs(c.blue() - 0xB2) < 30;
            }
        }
        return n;
    };
    EXPECT_GT(blue(hanano), blue(plain) + 100) << "Hanano outlined as selected";
}

TEST(MapRenderer, RenderRefusesWhatItCannotHonour)
{
    QString out;
    QString err;
    const QString path = outPath(QStringLiteral("render-refused.png"));
    const QStringList base{QStringLiteral("--render"), QStringLiteral("2016-11-27"), QStringLiteral("--output"), path};
    struct Case
    {
        QStringList extra;
        QString message;
    };
    const QList<Case> cases{
        {{QStringLiteral("--size"), QStringLiteral("100x50")}, QStringLiteral("400x300")},
        {{QStringLiteral("--size"), QStringLiteral("399x300")}, QStringLiteral("unreadable")},
        {{QStringLiteral("--date"), QStringLiteral("2016-11-26")}, QStringLiteral("--date")},
        {{QStringLiteral("--quit-after-startup")}, QStringLiteral("--quit-after-startup")},
        {{QStringLiteral("--language"), QStringLiteral("fr")}, QStringLiteral("en or zh_TW")},
        {{QStringLiteral("--district"), QStringLiteral("atlantis")}, QStringLiteral("atlantis")},
    };
    for (const Case &c : cases) {
        QFile::remove(path);
        EXPECT_EQ(runRender(base + c.extra, &out, &err), 1) << c.extra.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(err.contains(c.message)) << err.toStdString();
        EXPECT_FALSE(QFile::exists(path)) << "nothing written for " << c.extra.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(runRender(base + QStringList{QStringLiteral("--size"), QStringLiteral("400x300")}, &out, &err), 0)
        << "the documented minimum is accepted: " << err.toStdString();
}

TEST(MapRenderer, OnlyArticleRendersTheArticlesPicture)
{
    // 28 November: reports say Sakhour, Haydariyeh and Sheikh Kheder fell; the article names none of them.
    QString out;
    QString err;
    const QString withReports = outPath(QStringLiteral("render-28nov-reports.png"));
    const QString articleOnly = outPath(QStringLiteral("render-28nov-article.png"));
    const QStringList common{QStringLiteral("--render"), QStringLiteral("2016-11-28"), QStringLiteral("--size"),
                             QStringLiteral("800x500"), QStringLiteral("--output")};
    ASSERT_EQ(runRender(common + QStringList{withReports}, &out, &err), 0) << err.toStdString();
    ASSERT_EQ(runRender(common + QStringList{articleOnly, QStringLiteral("--only-article")}, &out, &err), 0)
        << err.toStdString();
    const QImage a(withReports);
    const QImage b(articleOnly);
    ASSERT_EQ(a.size(), b.size());
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    // Several districts change colour, not a few stray pixels.
    EXPECT_GT(differing, 2000);
}
