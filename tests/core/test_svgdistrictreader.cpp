// District outlines read from the base map's SVG (packages without GeoJSON),
// in the map loader's one pass.
#include "maploader.h"
#include "svgdistrictreader.h"

#include <gtest/gtest.h>

namespace {

double area(const QPainterPath &path)
{
    double a = 0;
    for (const QPolygonF &poly : path.toSubpathPolygons()) {
        for (int i = 0; i + 1 < poly.size(); ++i)
            a += poly[i].x() * poly[i + 1].y() - poly[i + 1].x() * poly[i].y();
    }
    return std::abs(a) / 2;
}

} // namespace

TEST(SvgDistrictReader, PathDataAbsoluteAndRelative)
{
    QPainterPath path;
    QString error;
    ASSERT_TRUE(SvgDistrictReader::parsePathData(QStringLiteral("M10,10 l10,0 v10 h-10 z"), &path, &error))
        << error.toStdString();
    EXPECT_NEAR(area(path), 100.0, 1e-9);
    EXPECT_EQ(path.boundingRect(), QRectF(10, 10, 10, 10));

    // Implicit linetos after a moveto, separators of every kind, exponents.
    QPainterPath implicit;
    ASSERT_TRUE(SvgDistrictReader::parsePathData(QStringLiteral("M0 0 10,0 1e1-1e1-10-10Z"), &implicit, &error))
        << error.toStdString();
    EXPECT_EQ(implicit.boundingRect(), QRectF(-10, -10, 20, 10));

    QPainterPath curves;
    ASSERT_TRUE(
        SvgDistrictReader::parsePathData(QStringLiteral("M0,0 C0,10 10,10 10,0 S20,-10 20,0 Q25,5 30,0 T40,0 Z"),
                                         &curves, &error))
        << error.toStdString();
    EXPECT_NEAR(curves.boundingRect().right(), 40.0, 1e-9);
}

TEST(SvgDistrictReader, ArcsIncludingPackedFlags)
{
    for (const QString &d : {QStringLiteral("M0,0 A10,10 0 0 1 20,0"), QStringLiteral("M0,0a10,10 0 0120,0")}) {
        QPainterPath path;
        QString error;
        ASSERT_TRUE(SvgDistrictReader::parsePathData(d, &path, &error)) << error.toStdString();
        const QPointF middle = path.pointAtPercent(0.5);
        EXPECT_NEAR(middle.x(), 10.0, 0.05) << d.toStdString();
        EXPECT_NEAR(middle.y(), -10.0, 0.05) << "sweep 1 goes through the top (y down)";
        EXPECT_EQ(path.currentPosition(), QPointF(20, 0));
    }
}

TEST(SvgDistrictReader, BadPathDataIsReported)
{
    QPainterPath path;
    QString error;
    EXPECT_FALSE(SvgDistrictReader::parsePathData(QStringLiteral("M0,0 L10"), &path, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("bad lineto"))) << error.toStdString();
    EXPECT_FALSE(SvgDistrictReader::parsePathData(QStringLiteral("10,10"), &path, &error));
    EXPECT_FALSE(SvgDistrictReader::parsePathData(QStringLiteral("M0,0 X5"), &path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"X\""))) << error.toStdString();
}

TEST(SvgDistrictReader, Transforms)
{
    QTransform t;
    ASSERT_TRUE(SvgDistrictReader::parseTransform(QStringLiteral("translate(10 20) scale(2)"), &t));
    EXPECT_EQ(t.map(QPointF(1, 1)), QPointF(12, 22)) << "the rightmost transform applies first";
    ASSERT_TRUE(SvgDistrictReader::parseTransform(QStringLiteral("rotate(90)"), &t));
    EXPECT_NEAR(t.map(QPointF(1, 0)).x(), 0.0, 1e-12);
    EXPECT_NEAR(t.map(QPointF(1, 0)).y(), 1.0, 1e-12);
    ASSERT_TRUE(SvgDistrictReader::parseTransform(QStringLiteral("matrix(1,0,0,1,5,6),scale(3)"), &t));
    EXPECT_EQ(t.map(QPointF(1, 1)), QPointF(8, 9));
    EXPECT_FALSE(SvgDistrictReader::parseTransform(QStringLiteral("wobble(3)"), &t));
    // White space around names, parentheses, numbers and the comma between items.
    ASSERT_TRUE(SvgDistrictReader::parseTransform(QStringLiteral("  scale ( 2 ) ,\n translate( 1 , -2 )  "), &t));
    EXPECT_EQ(t.map(QPointF(0, 0)), QPointF(2, -4));
    ASSERT_TRUE(SvgDistrictReader::parseTransform(QStringLiteral("translate(1e1 .5)"), &t));
    EXPECT_EQ(t.map(QPointF(0, 0)), QPointF(10, 0.5));
    ASSERT_TRUE(SvgDistrictReader::parseTransform(QString(), &t));
    EXPECT_TRUE(t.isIdentity()) << "no transform";
    for (const char *bad : {"translate(1 2", "translate(1),", "(1 2)", "translate(1 2)x", "translate(1 2),,scale(2)",
                            "scale(1 2 3)", "matrix(1 0 0 1 0)", "translate(a)", "rotate(1 2)"})
        EXPECT_FALSE(SvgDistrictReader::parseTransform(QString::fromLatin1(bad), &t)) << bad;
}

namespace {

// A georeferenced map of 200 x 100 user units around @p body.
QByteArray mapWith(const QByteArray &body)
{
    return R"svg(<svg xmlns="http://www.w3.org/2000/svg" xmlns:atlas="urn:aleppo-atlas:map:1" viewBox="0 0 200 100"
     atlas:projection="equirectangular" atlas:standard-parallel="0" atlas:west="0" atlas:east="2" atlas:south="0" atlas:north="1">
)svg" + body
           + "</svg>\n";
}

QSet<QString> ids(std::initializer_list<const char *> list)
{
    QSet<QString> out;
    for (const char *id : list)
        out.insert(QString::fromLatin1(id));
    return out;
}

} // namespace

TEST(SvgDistrictReader, ReadsIdsThroughGroupTransforms)
{
    const QByteArray body = R"svg(  <g id="districts" transform="translate(100,0)">
    <path id="a" d="M0,0 L10,0 L10,10 Z"/>
    <g transform="scale(2)"><polygon id="b" points="0,0 10,0 10,10 0,10"/></g>
    <circle id="other" cx="5" cy="5" r="3"/>
  </g>
  <rect id="d" x="1" y="2" width="3" height="4"/>
)svg";
    const MapLoadResult r = MapLoader::parse(mapWith(body), QStringLiteral("map.svg"), ids({"a", "b", "d"}));
    ASSERT_TRUE(r.ok()) << r.problems.value(0).toString().toStdString();
    const QHash<QString, QPainterPath> &paths = r.districtPaths;
    EXPECT_EQ(paths.size(), 3);
    EXPECT_EQ(paths.value(QStringLiteral("a")).boundingRect(), QRectF(100, 0, 10, 10));
    EXPECT_EQ(paths.value(QStringLiteral("b")).boundingRect(), QRectF(100, 0, 20, 20));
    EXPECT_EQ(paths.value(QStringLiteral("d")).boundingRect(), QRectF(1, 2, 3, 4));
    EXPECT_DOUBLE_EQ(area(paths.value(QStringLiteral("b"))), 400.0);
    // The same map with no districts asked for: nothing is read, the map is fine.
    const MapLoadResult none = MapLoader::parse(mapWith(body), QStringLiteral("map.svg"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none.districtPaths.isEmpty());
}

TEST(SvgDistrictReader, TheLoaderPlacesEveryBadDistrictElement)
{
    const QByteArray body = R"svg(  <g id="districts" transform="translate(100,0)">
    <path id="a" d="M0,0 L10,0 L10,10 Z"/>
    <circle id="c" cx="5" cy="5" r="3"/>
      <path id="e" d="M0,0 L10"/>
  </g>
  <g transform="wobble(3)"><rect id="f" width="0" height="4"/></g>
)svg";
    const QSet<QString> districts = ids({"a", "c", "e", "f"});
    const MapLoadResult r = MapLoader::parse(mapWith(body), QStringLiteral("map.svg"), districts);
    QStringList problems;
    for (const Diagnostic &d : r.problems)
        problems.append(d.toString());
    EXPECT_EQ(problems, QStringList({QStringLiteral("map.svg:5:5: district \"c\" is a <circle>; use a <path>, "
                                                    "<polygon> or <rect>"),
                                     QStringLiteral("map.svg:6:7: district \"e\": bad lineto at offset 8"),
                                     QStringLiteral("map.svg:8:3: cannot read transform \"wobble(3)\""),
                                     QStringLiteral("map.svg:8:28: district \"f\": bad width or height")}));
    EXPECT_TRUE(r.districtPaths.isEmpty()) << "a refused map hands over nothing";
    EXPECT_TRUE(r.svg.isEmpty());
    // With the districts drawn from elsewhere, the same elements are no problem.
    EXPECT_TRUE(MapLoader::parse(mapWith(body), QStringLiteral("map.svg")).ok());
}

TEST(SvgDistrictReader, NumbersAreReadAsQtReadsThem)
{
    for (const char *number : {"0", "-0.5", "+12.25", ".5", "5.", "1e1", "-1.5E-3", "123456789.123456789",
                               "0.1000000000000000055511151231257827021181583404541015625",
                               "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899"}) {
        QPainterPath path;
        QString error;
        ASSERT_TRUE(
            SvgDistrictReader::parsePathData(QStringLiteral("M%1,0 L1,1 Z").arg(QLatin1String(number)), &path, &error))
            << number << ": " << error.toStdString();
        EXPECT_EQ(path.elementAt(0).x, QString::fromLatin1(number).toDouble()) << number;
    }
    QPainterPath path;
    QString error;
    EXPECT_FALSE(SvgDistrictReader::parsePathData(QStringLiteral("M1e999,0"), &path, &error)) << "not finite";
}
