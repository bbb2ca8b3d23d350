#include "maptestsupport.h"

#include "campaignloader.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

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
    static std::shared_ptr<const ControlTimeline> timeline = std::make_shared<const ControlTimeline>(aleppo());
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
    const QString path = QDir(QStringLiteral(ATLAS_SHARED_DIR)).filePath(QStringLiteral("geo/csr/Neighborhoods.geojson"));
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

QString tempDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

} // namespace MapTest
