#include "maptestsupport.h"

#include "campaignloader.h"
#include "pixelcount.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPaintEvent>
#include <QTemporaryDir>
#include <algorithm>

#include <gtest/gtest.h>

namespace MapTest {

std::shared_ptr<const Campaign> aleppo()
{
    static std::shared_ptr<const Campaign> campaign = [] {
        const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
        EXPECT_TRUE(r.ok()) << r.errorString().toStdString();
        return r.campaign;
    }();
    return campaign;
}

std::shared_ptr<const ControlTimeline> aleppoTimeline()
{
    static std::shared_ptr<const ControlTimeline> timeline = std::make_shared<const ControlTimeline>(
        aleppo(), ControlTimeline::Sources::ArticleOnly);
    return timeline;
}

std::unique_ptr<MapScene> aleppoScene()
{
    QString error;
    std::unique_ptr<MapScene> scene = MapScene::build(aleppo(), aleppoTimeline(), &error);
    EXPECT_NE(scene, nullptr) << error.toStdString();
    return scene;
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(ATLAS_SOURCE_DIR)).filePath(relative);
}

QString csrNeighbourhoodsPath()
{
    const QString path = QDir(QStringLiteral(ATLAS_SHARED_DIR))
                             .filePath(QStringLiteral("geo/csr/Neighborhoods.geojson"));
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

QString tempDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

::testing::AssertionResult copyAleppoPackage(const QString &dir, const QString &leaveOut)
{
    QDirIterator it(CampaignLoader::embeddedPath(), QDir::Files);
    while (it.hasNext()) {
        const QString source = it.next();
        if (it.fileName() == leaveOut)
            continue;
        const QString target = QDir(dir).filePath(it.fileName());
        if (!QFile::copy(source, target))
            return ::testing::AssertionFailure() << "could not copy " << source.toStdString();
        // Files copied from the resources are read-only.
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to, int times)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ::testing::AssertionFailure() << "cannot read " << path.toStdString();
    QByteArray bytes = file.readAll();
    file.close();
    const qsizetype found = bytes.count(from);
    if (found != times)
        return ::testing::AssertionFailure()
               << path.toStdString() << " holds \"" << from.toStdString() << "\" " << found << " times, not " << times;
    bytes.replace(from, to);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return ::testing::AssertionFailure() << "cannot write " << path.toStdString();
    return ::testing::AssertionSuccess();
}

int pixelsBeyondOnePixel(const QImage &a, const QImage &b, int slack)
{
    int count = 0;
    const int w = a.width();
    const int h = a.height();
    for (int y = 0; y < h; ++y) {
        const auto *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        const auto *same = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            if (lb[x] == same[x])
                continue;
            int lo[4] = {255, 255, 255, 255};
            int hi[4] = {0, 0, 0, 0};
            for (int dy = std::max(0, y - 1); dy <= std::min(h - 1, y + 1); ++dy) {
                const auto *la = reinterpret_cast<const QRgb *>(a.constScanLine(dy));
                for (int dx = std::max(0, x - 1); dx <= std::min(w - 1, x + 1); ++dx) {
                    const int c[4] = {qRed(la[dx]), qGreen(la[dx]), qBlue(la[dx]), qAlpha(la[dx])};
                    for (int k = 0; k < 4; ++k) {
                        lo[k] = std::min(lo[k], c[k]);
                        hi[k] = std::max(hi[k], c[k]);
                    }
                }
            }
            const int v[4] = {qRed(lb[x]), qGreen(lb[x]), qBlue(lb[x]), qAlpha(lb[x])};
            for (int k = 0; k < 4; ++k) {
                if (v[k] < lo[k] - slack || v[k] > hi[k] + slack) {
                    ++count;
                    break;
                }
            }
        }
    }
    return count;
}

int differentPixels(const QImage &a, const QImage &b)
{
    return PixelCount::differing(a, b);
}

std::shared_ptr<const Campaign> syntheticCampaign(const QString &name, const SyntheticCampaign::Options &options)
{
    const QString folder = tempDir() + QLatin1Char('/') + name;
    const QString error = SyntheticCampaign::write(folder, options);
    if (!error.isEmpty()) {
        ADD_FAILURE() << error.toStdString();
        return nullptr;
    }
    const CampaignLoadResult loaded = CampaignLoader::load(folder);
    if (!loaded.ok()) {
        ADD_FAILURE() << loaded.errorString().left(500).toStdString();
        return nullptr;
    }
    return loaded.campaign;
}

bool PaintRegions::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint)
        painted += static_cast<QPaintEvent *>(event)->region();
    return false;
}

} // namespace MapTest
