// The animation export: clips from the command line read back by FFmpeg,
// frames that differ exactly where control changed, fades confined to the
// map, and nothing left behind by a cancel, a bad argument or a failed write.
#include "animationexporter.h"
#include "campaignloader.h"
#include "clipreader.h"
#include "commandlineoptions.h"
#include "districtitem.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "mapsources.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

struct Loaded
{
    std::shared_ptr<const Campaign> campaign;
    std::shared_ptr<const ControlTimeline> timeline;
    std::shared_ptr<const MapSources> sources;
};

Loaded loadAleppo()
{
    const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
    EXPECT_TRUE(r.ok()) << r.errorString().toStdString();
    Loaded l;
    l.campaign = r.campaign;
    l.timeline = std::make_shared<const ControlTimeline>(r.campaign);
    l.sources = std::make_shared<const MapSources>(MapScene::loadSources(*r.campaign, &r.map));
    return l;
}

int runExport(const QStringList &args, QString *out, QString *err)
{
    const CommandLineOptions options = CommandLineOptions::parse(QStringList{QStringLiteral("aleppo-atlas")} + args);
    QTextStream outStream(out);
    QTextStream errStream(err);
    return AnimationExporter::runCommand(options, outStream, errStream);
}

/// Everything in @p dir, hidden temporary files included.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QImage frame(const QString &folder, int number)
{
    return QImage(QStringLiteral("%1/frame-%2.png").arg(folder).arg(number, 5, 10, QLatin1Char('0')))
        .convertToFormat(QImage::Format_RGB32);
}

/// @p rect of the scene (map units) in the picture whose map fills @p area.
QRectF toPicture(const QRectF &rect, const QRectF &mapRect, const QRectF &area)
{
    const double s = area.width() / mapRect.width();
    return QRectF(area.left() + (rect.left() - mapRect.left()) * s, area.top() + (rect.top() - mapRect.top()) * s,
                  rect.width() * s, rect.height() * s);
}

using Channel = int (*)(QRgb);
const Channel kChannels[] = {qRed, qGreen, qBlue};

/**
 * True when a channel differs by more than a few levels. Export scenes paint every district
 * afresh, but the land beside a restyled district still moves by a level or three at a handful
 * of pixels from one day to the next (measured: up to 27 pixels a day, at most 3 levels): no one
 * sees that, while a change of control moves a channel by tens of levels.
 */
bool differs(QRgb a, QRgb b)
{
    for (const Channel channel : kChannels) {
        if (std::abs(channel(a) - channel(b)) > 8)
            return true;
    }
    return false;
}

const QStringList kNovemberToDecember{QStringLiteral("--from"), QStringLiteral("2016-11-20"), QStringLiteral("--to"),
                                      QStringLiteral("2016-12-13")};

} // namespace

TEST(AnimationExport, CommandLineClipsReadBackWithTheirCodecSizeAndFrameCount)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    struct Case
    {
        const char *file;
        const char *codec;
        const char *container;
    };
    const Case cases[] = {{"clip.mp4", "h264", "mov,mp4,m4a,3gp,3g2,mj2"},
                          {"clip.webm", "vp9", "matroska,webm"},
                          {"clip.gif", "gif", "gif"}};
    QStringList written;
    for (const Case &c : cases) {
        const QString path = dir.filePath(QLatin1String(c.file));
        QString out;
        QString err;
        // 24 days, 2 frames each, at 6 days a second: 48 frames at 12 per second.
        ASSERT_EQ(runExport(QStringList{QStringLiteral("--export-animation"), path} + kNovemberToDecember
                                + QStringList{QStringLiteral("--size"), QStringLiteral("320x180"),
                                              QStringLiteral("--frames-per-day"), QStringLiteral("2"),
                                              QStringLiteral("--days-per-second"), QStringLiteral("6")},
                            &out, &err),
                  0)
            << err.toStdString();
        EXPECT_TRUE(out.contains(path)) << out.toStdString();
        const ClipInfo info = ClipInfo::read(path);
        ASSERT_TRUE(info.error.isEmpty()) << c.file << ": " << info.error.toStdString();
        EXPECT_EQ(info.codec, QLatin1String(c.codec)) << c.file;
        EXPECT_EQ(info.container, QLatin1String(c.container)) << c.file;
        EXPECT_EQ(info.size, QSize(320, 180)) << c.file;
        EXPECT_EQ(info.frames, 48) << c.file;
        if (QLatin1String(c.codec) != QLatin1String("gif")) // GIF delays are whole hundredths
            EXPECT_DOUBLE_EQ(info.framesPerSecond, 12.0) << c.file;
        written.append(QLatin1String(c.file));
        written.sort();
        EXPECT_EQ(entries(dir.path()), written) << "a temporary file was left behind";
    }
}

TEST(AnimationExport, FramesDifferWhereControlChangedAndInTheDateLineOnly)
{
    const Loaded aleppo = loadAleppo();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    AnimationExporter::Options options;
    options.from = QDate(2016, 11, 20);
    options.to = QDate(2016, 12, 13);
    options.framesPerDay = 1;
    options.size = QSize(640, 360);
    const QString folder = dir.filePath(QStringLiteral("frames"));
    AnimationExporter exporter(aleppo.campaign, aleppo.timeline, aleppo.sources);
    ASSERT_TRUE(exporter.exportTo(folder, options)) << exporter.errorString().toStdString();
    const int days = int(options.from.daysTo(options.to)) + 1;
    ASSERT_EQ(entries(folder).size(), days);

    // Where the picture's map is, and each district's looks, from a scene of the test's own.
    MapRenderer renderer(aleppo.campaign, aleppo.timeline, aleppo.sources);
    MapRenderer::Options picture;
    picture.size = options.size;
    picture.date = options.from;
    picture.outletsFrom = options.from;
    picture.outletsTo = options.to;
    const QRectF area = renderer.mapArea(picture);
    QString error;
    const std::unique_ptr<MapScene> scene = MapScene::build(aleppo.campaign, aleppo.timeline, aleppo.sources, &error,
                                                            MapScene::Use::Export);
    ASSERT_TRUE(scene) << error.toStdString();
    const double margin = MapScene::kWidestOutlinePx + 2;

    int changedDays = 0;
    QImage before = frame(folder, 1);
    for (int day = 1; day < days; ++day) {
        const QDate date = options.from.addDays(day);
        scene->setDate(date.addDays(-1));
        QHash<QString, DistrictLook> looks;
        for (const DistrictItem *item : scene->districtItems())
            looks.insert(item->id(), item->look());
        scene->setDate(date);
        QList<QRectF> changed;
        for (const DistrictItem *item : scene->districtItems()) {
            if (!(item->look() == looks.value(item->id())))
                changed.append(toPicture(item->path().boundingRect(), scene->mapRect(), area)
                                   .adjusted(-margin, -margin, margin, margin));
        }
        changedDays += changed.isEmpty() ? 0 : 1;

        const QImage after = frame(folder, day + 1);
        ASSERT_EQ(after.size(), options.size);
        QList<int> differingInChanged(changed.size(), 0);
        int differingInHeader = 0;
        int strays = 0;
        QString firstStray;
        for (int y = 0; y < after.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(before.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(after.constScanLine(y));
            for (int x = 0; x < after.width(); ++x) {
                if (!differs(a[x], b[x]))
                    continue;
                if (y < area.top()) {
                    ++differingInHeader; // the date line
                    continue;
                }
                bool inChanged = false;
                for (int i = 0; i < changed.size(); ++i) {
                    if (changed.at(i).contains(QPointF(x + 0.5, y + 0.5))) {
                        ++differingInChanged[i];
                        inChanged = true;
                    }
                }
                if (!inChanged && strays++ == 0)
                    firstStray = QStringLiteral("%1,%2: #%3 then #%4")
                                     .arg(x)
                                     .arg(y)
                                     .arg(a[x], 6, 16, QLatin1Char('0'))
                                     .arg(b[x], 6, 16, QLatin1Char('0'));
            }
        }
        EXPECT_EQ(strays, 0) << "pixels changed outside the changed districts on " << qPrintable(date.toString())
                             << ", first at " << qPrintable(firstStray);
        EXPECT_GT(differingInHeader, 0) << "the date line did not change on " << qPrintable(date.toString());
        for (int i = 0; i < changed.size(); ++i)
            EXPECT_GT(differingInChanged.at(i), 0)
                << "a changed district looks the same on " << qPrintable(date.toString());
        before = after;
    }
    EXPECT_GE(changedDays, 5) << "the range should hold several days of changes";
}

TEST(AnimationExport, InBetweenFramesFadeInsideTheMapOnly)
{
    const Loaded aleppo = loadAleppo();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    AnimationExporter::Options options;
    options.from = QDate(2016, 11, 24);
    options.to = QDate(2016, 11, 30);
    options.framesPerDay = 4;
    options.size = QSize(320, 180);
    const QString folder = dir.filePath(QStringLiteral("frames"));
    AnimationExporter exporter(aleppo.campaign, aleppo.timeline, aleppo.sources);
    ASSERT_TRUE(exporter.exportTo(folder, options)) << exporter.errorString().toStdString();
    MapRenderer renderer(aleppo.campaign, aleppo.timeline, aleppo.sources);
    MapRenderer::Options picture;
    picture.size = options.size;
    const QRect area = renderer.mapArea(picture).toAlignedRect();

    const int days = int(options.from.daysTo(options.to)) + 1;
    int faded = 0;
    for (int day = 1; day < days; ++day) {
        const QImage previous = frame(folder, day * 4);    // the last frame of the day before
        const QImage current = frame(folder, day * 4 + 4); // the day's own picture
        for (int k = 1; k <= 3; ++k) {
            const QImage between = frame(folder, day * 4 + k);
            faded += between == current ? 0 : 1;
            for (int y = 0; y < current.height(); ++y) {
                for (int x = 0; x < current.width(); ++x) {
                    const QRgb b = between.pixel(x, y);
                    const QRgb to = current.pixel(x, y);
                    if (!area.contains(x, y)) {
                        ASSERT_EQ(b, to) << "outside the map at " << x << "," << y;
                        continue;
                    }
                    const QRgb from = previous.pixel(x, y);
                    for (const Channel channel : kChannels) {
                        ASSERT_GE(channel(b), std::min(channel(from), channel(to)) - 1);
                        ASSERT_LE(channel(b), std::max(channel(from), channel(to)) + 1);
                    }
                }
            }
        }
    }
    EXPECT_GT(faded, 0) << "no change faded in";
}

TEST(AnimationExport, CancelLeavesNoFile)
{
    const Loaded aleppo = loadAleppo();
    AnimationExporter::Options options;
    options.from = QDate(2016, 11, 20);
    options.to = QDate(2016, 12, 13);
    options.size = QSize(320, 180);
    for (const QString &name : {QStringLiteral("clip.mp4"), QStringLiteral("clip.gif"), QStringLiteral("frames")}) {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        AnimationExporter exporter(aleppo.campaign, aleppo.timeline, aleppo.sources);
        int calls = 0;
        EXPECT_FALSE(exporter.exportTo(dir.filePath(name), options, [&calls](int done, int total) {
            ++calls;
            EXPECT_EQ(total, 24 * 4);
            return done < 10;
        }));
        EXPECT_TRUE(exporter.wasCanceled());
        EXPECT_EQ(calls, 10);
        EXPECT_TRUE(exporter.errorString().contains(dir.filePath(name))) << exporter.errorString().toStdString();
        EXPECT_EQ(entries(dir.path()), QStringList()) << qPrintable(name);
    }
}

TEST(AnimationExport, UnwritableFolderIsAMessageNamingTheFileAndLeavesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A folder that cannot be written even by root: its parent is a file.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QStringList targets{dir.filePath(QStringLiteral("blocker/clip.mp4")),
                        dir.filePath(QStringLiteral("blocker/frames")),
                        dir.filePath(QStringLiteral("missing/clip.webm"))};
    QStringList expected{QStringLiteral("blocker")};
    QTemporaryDir readOnly;
    if (geteuid() != 0) {
        // Permissions stop everyone else.
        ASSERT_TRUE(QFile::setPermissions(readOnly.path(), QFile::ReadOwner | QFile::ExeOwner));
        targets.append(readOnly.filePath(QStringLiteral("clip.gif")));
    }
    for (const QString &path : std::as_const(targets)) {
        QString out;
        QString err;
        EXPECT_EQ(runExport(QStringList{QStringLiteral("--export-animation"), path} + kNovemberToDecember
                                + QStringList{QStringLiteral("--size"), QStringLiteral("320x180")},
                            &out, &err),
                  1);
        EXPECT_TRUE(err.startsWith(path + QLatin1String(": cannot write"))) << err.toStdString();
        EXPECT_EQ(entries(dir.path()), expected);
    }
    EXPECT_EQ(entries(readOnly.path()), QStringList());
    QFile::setPermissions(readOnly.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(AnimationExport, AWriteFailingHalfWayLikeAFullDiskLeavesNoFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("clip.mp4"));
    // A file size limit makes write() fail with EFBIG part-way through, as a full disk fails it with ENOSPC.
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 2048;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString out;
    QString err;
    const int code = runExport(QStringList{QStringLiteral("--export-animation"), path} + kNovemberToDecember
                                   + QStringList{QStringLiteral("--size"), QStringLiteral("320x180")},
                               &out, &err);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(err.startsWith(path + QLatin1String(": cannot "))) << err.toStdString();
    EXPECT_TRUE(err.contains(QLatin1String("large"))) << "the system's reason: " << err.toStdString();
    EXPECT_EQ(entries(dir.path()), QStringList());
}

TEST(AnimationExport, BadArgumentsExitOneWithAMessageAndLeaveNoFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString mp4 = dir.filePath(QStringLiteral("clip.mp4"));
    struct Case
    {
        QStringList args;
        const char *says;
    };
    auto range = [](const char *from, const char *to) {
        return QStringList{QStringLiteral("--from"), QLatin1String(from), QStringLiteral("--to"), QLatin1String(to)};
    };
    const QStringList ok = range("2016-11-20", "2016-11-22");
    const QStringList exportMp4{QStringLiteral("--export-animation"), mp4};
    const QList<Case> cases{
        {exportMp4 + range("2016-11-22", "2016-11-20"), "before"},
        {exportMp4 + range("2016-11-20", "2017-02-01"), "not inside the campaign"},
        {exportMp4 + QStringList{QStringLiteral("--from"), QStringLiteral("2016-11-20")}, "--to"},
        {QStringList{QStringLiteral("--export-animation"), dir.filePath(QStringLiteral("clip.avi"))} + ok, "avi"},
        {exportMp4 + ok + QStringList{QStringLiteral("--size"), QStringLiteral("318x180")}, "320x180"},
        {exportMp4 + ok + QStringList{QStringLiteral("--size"), QStringLiteral("321x181")}, "even"},
        {exportMp4 + ok + QStringList{QStringLiteral("--size"), QStringLiteral("wide")}, "WIDTHxHEIGHT"},
        {exportMp4 + ok + QStringList{QStringLiteral("--frames-per-day"), QStringLiteral("0")}, "frames per day"},
        {exportMp4 + ok + QStringList{QStringLiteral("--frames-per-day"), QStringLiteral("two")}, "whole number"},
        {exportMp4 + ok + QStringList{QStringLiteral("--days-per-second"), QStringLiteral("0")}, "days per second"},
        {exportMp4 + ok
             + QStringList{QStringLiteral("--days-per-second"), QStringLiteral("20"),
                           QStringLiteral("--frames-per-day"), QStringLiteral("4")},
         "80 frames per second"},
        {exportMp4 + ok + QStringList{QStringLiteral("--language"), QStringLiteral("fr")}, "en or zh_TW"},
        {exportMp4 + ok + QStringList{QStringLiteral("--date"), QStringLiteral("2016-11-20")}, "viewer"},
        {QStringList{QStringLiteral("--render"), QStringLiteral("2016-11-20"), QStringLiteral("--output"), mp4,
                     QStringLiteral("--frames-per-day"), QStringLiteral("2")},
         "go with --export-animation"},
    };
    for (const Case &c : cases) {
        QString out;
        QString err;
        EXPECT_EQ(runExport(c.args, &out, &err), 1) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(err.contains(QLatin1String(c.says))) << err.toStdString();
        EXPECT_EQ(entries(dir.path()), QStringList()) << c.args.join(QLatin1Char(' ')).toStdString();
    }
}
