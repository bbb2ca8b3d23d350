// The map's projection: exact round trips and the georeferenced corners.
#include "maploader.h"
#include "mapprojection.h"
#include "maptestsupport.h"

#include <gtest/gtest.h>

namespace {

MapProjection packageProjection()
{
    const auto campaign = MapTest::aleppo();
    const MapLoadResult map = MapLoader::load(campaign->mapFile, QStringLiteral("map.svg"));
    EXPECT_TRUE(map.ok());
    return map.projection;
}

} // namespace

TEST(Projection, GeoToMapToGeoRoundTripsWithin1e9)
{
    const MapProjection p = packageProjection();
    ASSERT_TRUE(p.isValid());
    const QGeoRectangle b = p.bounds();
    for (int i = 0; i <= 20; ++i) {
        for (int j = 0; j <= 20; ++j) {
            const QGeoCoordinate c(b.bottomLeft().latitude() + b.height() * i / 20.0 + 1e-7 * j,
                                   b.topLeft().longitude() + b.width() * j / 20.0 + 3e-7 * i);
            const QGeoCoordinate back = p.toGeo(p.toMap(c));
            EXPECT_NEAR(back.latitude(), c.latitude(), 1e-9);
            EXPECT_NEAR(back.longitude(), c.longitude(), 1e-9);
        }
    }
    // Every district centroid too, and the other direction.
    for (const District &d : MapTest::aleppo()->districts) {
        const QGeoCoordinate back = p.toGeo(p.toMap(d.centroid));
        EXPECT_NEAR(back.latitude(), d.centroid.latitude(), 1e-9) << d.id.toStdString();
        EXPECT_NEAR(back.longitude(), d.centroid.longitude(), 1e-9) << d.id.toStdString();
        const QPointF m = p.toMap(d.centroid);
        const QPointF again = p.toMap(p.toGeo(m));
        EXPECT_NEAR(again.x(), m.x(), 1e-6);
        EXPECT_NEAR(again.y(), m.y(), 1e-6);
    }
}

TEST(Projection, CornersMapToTheViewBox)
{
    const MapProjection p = packageProjection();
    const QGeoRectangle b = p.bounds();
    const QPointF nw = p.toMap(b.topLeft());
    const QPointF se = p.toMap(b.bottomRight());
    EXPECT_NEAR(nw.x(), 0.0, 1e-9);
    EXPECT_NEAR(nw.y(), 0.0, 1e-9);
    EXPECT_NEAR(se.x(), p.size().width(), 1e-9);
    EXPECT_NEAR(se.y(), p.size().height(), 1e-9);
    // The package's georeference: 37.07..37.29 E, 36.12..36.30 N.
    EXPECT_DOUBLE_EQ(b.topLeft().longitude(), 37.07);
    EXPECT_DOUBLE_EQ(b.topLeft().latitude(), 36.30);
    EXPECT_DOUBLE_EQ(b.bottomRight().longitude(), 37.29);
    EXPECT_DOUBLE_EQ(b.bottomRight().latitude(), 36.12);
    // x grows east, y grows south.
    EXPECT_GT(p.toMap(QGeoCoordinate(36.2, 37.2)).x(), p.toMap(QGeoCoordinate(36.2, 37.1)).x());
    EXPECT_GT(p.toMap(QGeoCoordinate(36.15, 37.2)).y(), p.toMap(QGeoCoordinate(36.25, 37.2)).y());
}

TEST(Projection, SceneUsesTheMapsProjection)
{
    const std::unique_ptr<MapScene> scene = MapTest::aleppoScene();
    ASSERT_TRUE(scene);
    const MapProjection p = packageProjection();
    EXPECT_EQ(scene->projection().bounds(), p.bounds());
    EXPECT_EQ(scene->projection().size(), p.size());
    EXPECT_EQ(scene->mapRect(), QRectF(QPointF(0, 0), p.size()));
    EXPECT_EQ(scene->sceneRect(), scene->mapRect());
}
