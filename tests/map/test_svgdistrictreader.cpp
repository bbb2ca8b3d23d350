// District outlines read from the base map's SVG (packages without GeoJSON).
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
    ASSERT_TRUE(SvgDistrictReader::parsePathData(
        QStringLiteral("M0,0 C0,10 10,10 10,0 S20,-10 20,0 Q25,5 30,0 T40,0 Z"), &curves, &error))
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

TEST(SvgDistrictReader, ReadsIdsThroughGroupTransforms)
{
    const QByteArray svg = R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
  <g id="districts" transform="translate(100,0)">
    <path id="a" d="M0,0 L10,0 L10,10 Z"/>
    <g transform="scale(2)"><polygon id="b" points="0,0 10,0 10,10 0,10"/></g>
    <circle id="c" cx="5" cy="5" r="3"/>
  </g>
  <rect id="d" x="1" y="2" width="3" height="4"/>
</svg>)svg";
    QStringList errors;
    const QHash<QString, QPainterPath> paths = SvgDistrictReader::read(
        svg, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, &errors);
    EXPECT_EQ(paths.value(QStringLiteral("a")).boundingRect(), QRectF(100, 0, 10, 10));
    EXPECT_EQ(paths.value(QStringLiteral("b")).boundingRect(), QRectF(100, 0, 20, 20));
    EXPECT_EQ(paths.value(QStringLiteral("d")).boundingRect(), QRectF(1, 2, 3, 4));
    EXPECT_FALSE(paths.contains(QStringLiteral("c")));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().startsWith(QStringLiteral("5:"))) << errors.first().toStdString();
    EXPECT_TRUE(errors.first().contains(QStringLiteral("district \"c\" is a <circle>"))) << errors.first().toStdString();
}
