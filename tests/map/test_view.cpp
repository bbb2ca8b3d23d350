// The interactive view on the offscreen platform: zoom, pan, selection,
// keyboard focus, tooltips and the legend overlay.
#include "districtitem.h"
#include "legendwidget.h"
#include "mapscene.h"
#include "maptestsupport.h"
#include "mapview.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsSvgItem>
#include <QImage>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <cmath>

namespace {

class MapViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view = std::make_unique<MapView>();
        view->resize(1200, 800);
        QString error;
        ASSERT_TRUE(view->setCampaign(MapTest::aleppo(), MapTest::aleppoTimeline(), &error)) << error.toStdString();
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    }

    QPoint centroidPos(const QString &id) const { return view->viewPosOf(MapTest::aleppo()->district(id)->centroid); }

    std::unique_ptr<MapView> view;
};

} // namespace

TEST_F(MapViewTest, IsAccessibleAndFitsTheMap)
{
    EXPECT_EQ(view->accessibleName(), QStringLiteral("Map of Aleppo"));
    EXPECT_EQ(view->dragMode(), QGraphicsView::ScrollHandDrag);
    EXPECT_TRUE(view->renderHints().testFlag(QPainter::Antialiasing));
    EXPECT_EQ(view->date(), QDate(2016, 9, 19)) << "a new campaign opens at its start";
    EXPECT_NEAR(view->zoomFactor(), view->fitZoomFactor(), 1e-9);
    // The whole map is visible.
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.adjusted(-1, -1, 1, 1).contains(view->mapScene()->mapRect()));
}

TEST_F(MapViewTest, EveryCentroidIsFoundUnderItsViewPosition)
{
    for (const District &d : MapTest::aleppo()->districts) {
        const QPoint pos = view->viewPosOf(d.centroid);
        EXPECT_TRUE(view->viewport()->rect().contains(pos)) << d.id.toStdString();
        EXPECT_EQ(view->districtAt(pos), d.id) << d.id.toStdString();
    }
    EXPECT_EQ(view->districtAt(QPoint(2, 2)), QString()) << "the corner is outside every district";
}

TEST_F(MapViewTest, ZoomInOutFitAndLimits)
{
    QSignalSpy zoomed(view.get(), &MapView::zoomChanged);
    const double fit = view->zoomFactor();
    view->zoomIn();
    EXPECT_NEAR(view->zoomFactor(), fit * MapView::kZoomStep, 1e-9);
    EXPECT_EQ(zoomed.count(), 1);
    EXPECT_NEAR(zoomed.last().at(0).toDouble(), view->zoomFactor(), 1e-12);
    view->zoomOut();
    EXPECT_NEAR(view->zoomFactor(), fit, 1e-9);
    view->setZoomFactor(1000);
    EXPECT_DOUBLE_EQ(view->zoomFactor(), MapView::kMaxZoom);
    view->setZoomFactor(0.0001);
    EXPECT_NEAR(view->zoomFactor(), fit * 0.5, 1e-9);
    view->fitToWindow();
    EXPECT_NEAR(view->zoomFactor(), fit, 1e-9);

    // Keyboard +/-.
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    EXPECT_NEAR(view->zoomFactor(), fit * MapView::kZoomStep, 1e-9);
    QTest::keyClick(view.get(), Qt::Key_Minus);
    EXPECT_NEAR(view->zoomFactor(), fit, 1e-9);

    // The overlay buttons.
    auto *zoomIn = view->findChild<QToolButton *>();
    ASSERT_NE(zoomIn, nullptr);
    EXPECT_FALSE(zoomIn->accessibleName().isEmpty());
}

TEST_F(MapViewTest, WheelZoomsAroundTheCursor)
{
    const QPoint cursor = centroidPos(QStringLiteral("hanano"));
    const QPointF before = view->mapToScene(cursor);
    QWheelEvent wheel(QPointF(cursor), QPointF(view->viewport()->mapToGlobal(cursor)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_GT(view->zoomFactor(), view->fitZoomFactor() * 1.3);
    const QPointF after = view->mapToScene(cursor);
    const double tolerance = 1.5 / view->zoomFactor(); // a pixel or so
    EXPECT_NEAR(after.x(), before.x(), tolerance);
    EXPECT_NEAR(after.y(), before.y(), tolerance);
    EXPECT_EQ(view->districtAt(cursor), QStringLiteral("hanano"));
}

TEST_F(MapViewTest, DragPansWithoutSelecting)
{
    view->setZoomFactor(view->fitZoomFactor() * 4);
    QSignalSpy clicked(view.get(), &MapView::districtClicked);
    const int h = view->horizontalScrollBar()->value();
    const QPoint start = view->viewport()->rect().center();
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(-120, 0)),
                     QPointF(view->viewport()->mapToGlobal(start + QPoint(-120, 0))), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, start + QPoint(-120, 0));
    EXPECT_EQ(view->horizontalScrollBar()->value(), h + 120);
    EXPECT_EQ(clicked.count(), 0);
    EXPECT_TRUE(view->selectedDistrict().isEmpty());
}

TEST_F(MapViewTest, ClickSelectsTheDistrict)
{
    QSignalSpy clicked(view.get(), &MapView::districtClicked);
    QSignalSpy selected(view.get(), &MapView::selectedDistrictChanged);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centroidPos(QStringLiteral("old-city")));
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.first().at(0).toString(), QStringLiteral("old-city"));
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.first().at(0).toString(), QStringLiteral("old-city"));
    EXPECT_EQ(view->selectedDistrict(), QStringLiteral("old-city"));
    const DistrictItem *item = view->mapScene()->districtItem(QStringLiteral("old-city"));
    EXPECT_TRUE(item->look().selected());
    EXPECT_GT(item->look().reach(), 2.0) << "a wide selection outline";

    // Programmatic selection emits the change too; clearing works.
    view->setSelectedDistrict(QStringLiteral("hanano"));
    EXPECT_EQ(selected.count(), 2);
    EXPECT_FALSE(item->look().selected());
    view->setSelectedDistrict(QString());
    EXPECT_EQ(view->selectedDistrict(), QString());
    EXPECT_EQ(selected.count(), 3);
}

TEST_F(MapViewTest, KeyboardFocusWalksTheDistrictsAndEnterActivates)
{
    QSignalSpy activated(view.get(), &MapView::districtActivated);
    view->setFocus();
    const auto &districts = MapTest::aleppo()->districts;
    QTest::keyClick(view.get(), Qt::Key_Tab);
    EXPECT_EQ(view->focusedDistrict(), districts.at(0).id);
    EXPECT_TRUE(view->mapScene()->districtItem(districts.at(0).id)->look().focused());
    QTest::keyClick(view.get(), Qt::Key_Tab);
    EXPECT_EQ(view->focusedDistrict(), districts.at(1).id);
    QTest::keyClick(view.get(), Qt::Key_Backtab);
    EXPECT_EQ(view->focusedDistrict(), districts.at(0).id);
    QTest::keyClick(view.get(), Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().at(0).toString(), districts.at(0).id);
    EXPECT_EQ(view->selectedDistrict(), districts.at(0).id);
    EXPECT_FALSE(view->accessibleDescription().isEmpty());

    // The public stepping wraps around.
    view->focusNextDistrict(false);
    EXPECT_EQ(view->focusedDistrict(), districts.last().id);
    view->focusNextDistrict(true);
    EXPECT_EQ(view->focusedDistrict(), districts.first().id);
    QTest::keyClick(view.get(), Qt::Key_Escape);
    EXPECT_EQ(view->focusedDistrict(), QString());
}

TEST_F(MapViewTest, TooltipHasNamesControlSinceAndBasis)
{
    view->setDate(QDate(2016, 11, 27));
    const QString text = QTextDocumentFragment::fromHtml(view->toolTipFor(QStringLiteral("hanano"))).toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Hanano")));
    EXPECT_TRUE(text.contains(QStringLiteral("哈納諾")));
    EXPECT_TRUE(text.contains(QStringLiteral("Control: Syrian government and allies"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Since: 26 November 2016"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Basis: stated (article)"))) << "the panels' words";

    view->setDate(QDate(2016, 9, 24));
    const QString handarat = QTextDocumentFragment::fromHtml(view->toolTipFor(QStringLiteral("handarat")))
                                 .toPlainText();
    EXPECT_TRUE(handarat.contains(QStringLiteral("Control: contested, mostly held by Opposition (rebel) forces")))
        << handarat.toStdString();
    EXPECT_TRUE(handarat.contains(QStringLiteral("Changed on this day"))) << handarat.toStdString();

    view->setLanguage(QStringLiteral("zh_TW"));
    const QString zh = QTextDocumentFragment::fromHtml(view->toolTipFor(QStringLiteral("hanano"))).toPlainText();
    EXPECT_TRUE(zh.startsWith(QStringLiteral("哈納諾"))) << zh.toStdString();
    EXPECT_TRUE(zh.contains(QStringLiteral("2016年9月19日"))) << zh.toStdString();
}

TEST_F(MapViewTest, HoveringShowsTheTooltip)
{
    view->setDate(QDate(2016, 11, 27));
    const QPoint pos = centroidPos(QStringLiteral("jabal-badro"));
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &help);
    EXPECT_TRUE(QToolTip::isVisible());
    const QString text = QTextDocumentFragment::fromHtml(QToolTip::text()).toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Jabal Badro"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("賈巴爾巴德羅"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Since: 27 November 2016"))) << text.toStdString();
    QHelpEvent outside(QEvent::ToolTip, QPoint(2, 2), view->viewport()->mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(view->viewport(), &outside);
    EXPECT_TRUE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000)) << "hidden outside the districts";
}

TEST_F(MapViewTest, ScrubbingRestylesOnlyChangedDistricts)
{
    MapScene *scene = view->mapScene();
    view->setDate(QDate(2016, 11, 26));
    QList<DistrictLook> before;
    for (const DistrictItem *item : scene->districtItems())
        before.append(item->look());
    view->setDate(QDate(2016, 11, 27));
    int changed = 0;
    for (int i = 0; i < scene->districtItems().size(); ++i)
        changed += scene->districtItems().at(i)->look() != before.at(i);
    EXPECT_EQ(changed, 4) << "26 to 27 November: three districts retaken, Hanano's outline no longer marked";
    EXPECT_EQ(scene->setDate(QDate(2016, 11, 27)), 0) << "the same day again restyles nothing";
    EXPECT_EQ(view->mapScene(), scene) << "no new scene";
    EXPECT_EQ(view->date(), QDate(2016, 11, 27));
}

TEST_F(MapViewTest, FailedCampaignLeavesTheSceneUnchanged)
{
    MapScene *scene = view->mapScene();
    auto broken = std::make_shared<Campaign>(*MapTest::aleppo());
    broken->mapFile = QStringLiteral("/nonexistent/map.svg");
    std::shared_ptr<const Campaign> c = broken;
    QString error;
    EXPECT_FALSE(view->setCampaign(c, std::make_shared<const ControlTimeline>(c), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent/map.svg"))) << error.toStdString();
    EXPECT_EQ(view->mapScene(), scene);
    EXPECT_EQ(view->scene(), scene);
}

TEST_F(MapViewTest, LegendStaysOnTopAndExplainsEveryStyle)
{
    auto *legend = view->findChild<LegendWidget *>();
    ASSERT_NE(legend, nullptr);
    EXPECT_TRUE(legend->isVisible());
    const QRect before = legend->geometry();
    view->zoomIn();
    view->zoomIn();
    EXPECT_EQ(legend->geometry(), before) << "fixed while zooming";
    EXPECT_TRUE(legend->testAttribute(Qt::WA_TransparentForMouseEvents));
    QStringList texts;
    QSet<int> kinds;
    for (const Legend::Entry &e : legend->legend().entries()) {
        texts.append(e.section.isEmpty() ? e.text : e.section);
        if (e.section.isEmpty())
            kinds.insert(int(qHash(e.look)));
    }
    const QString all = texts.join(QLatin1Char('\n'));
    for (const QString &needle :
         {QStringLiteral("Syrian government and allies"), QStringLiteral("Opposition (rebel) forces"),
          QStringLiteral("Kurdish forces"), QStringLiteral("Contested"), QStringLiteral("Stated"),
          QStringLiteral("Inferred"), QStringLiteral("Approximate"), QStringLiteral("changed on this day"),
          QStringLiteral("Selected")})
        EXPECT_TRUE(all.contains(needle)) << needle.toStdString() << " missing from:\n" << all.toStdString();
    view->setLegendVisible(false);
    EXPECT_FALSE(legend->isVisible());
}

TEST(LegendWidget, SizeFollowsItsLegendAndItsFont)
{
    // The widget keeps its measured size: a new legend or font must measure again.
    LegendWidget widget;
    Legend legend;
    legend.setSides(MapTest::aleppo()->sides);
    widget.setLegend(legend);
    const QSize plain = widget.size();
    EXPECT_EQ(plain, widget.sizeHint());

    legend.setShowSelection(true);
    widget.setLegend(legend);
    EXPECT_GT(widget.size().height(), plain.height()) << "one more row: Selected district";
    EXPECT_EQ(widget.size(), widget.sizeHint());

    const QSize beforeFont = widget.size();
    QFont big = widget.font();
    big.setPixelSize(QFontInfo(big).pixelSize() * 2);
    widget.setFont(big);
    EXPECT_GT(widget.size().width(), beforeFont.width());
    EXPECT_GT(widget.size().height(), beforeFont.height());
    const QSizeF measured = legend.size(big);
    EXPECT_EQ(widget.sizeHint(), QSize(int(std::ceil(measured.width())) + 1, int(std::ceil(measured.height())) + 1));
}

TEST_F(MapViewTest, FirstFrameIsReportedAndTheGrabShowsTheMap)
{
    {
        MapView fresh;
        QSignalSpy painted(&fresh, &MapView::firstFramePainted);
        fresh.resize(400, 300);
        ASSERT_TRUE(fresh.setCampaign(MapTest::aleppo(), MapTest::aleppoTimeline()));
        fresh.show();
        EXPECT_TRUE(painted.wait(3000));
        fresh.viewport()->repaint();
        QApplication::processEvents();
        EXPECT_EQ(painted.count(), 1) << "reported once";
    }
    view->setDate(QDate(2016, 11, 27));
    view->setSelectedDistrict(QStringLiteral("hanano"));
    const QImage grab = view->grab().toImage();
    ASSERT_FALSE(grab.isNull());
    EXPECT_EQ(grab.size() / grab.devicePixelRatio(), QSize(1200, 800));
    if (qEnvironmentVariableIsSet("ATLAS_MAP_RENDER_DIR"))
        grab.save(QDir(qEnvironmentVariable("ATLAS_MAP_RENDER_DIR")).filePath(QStringLiteral("mapview-grab.png")));
    // The government's colour is on screen (the east of the city was retaken by the 27th).
    int orange = 0;
    for (int y = 0; y < grab.height(); y += 3) {
        for (int x = 0; x < grab.width(); x += 3) {
            const QColor c = grab.pixelColor(x, y);
            if (c.hsvSaturation() > 150 && std::abs(c.hsvHue() - QColor(0xD5, 0x5E, 0x00).hsvHue()) < 8)
                ++orange;
        }
    }
    EXPECT_GT(orange, 300);

    // Zoomed far in, the hatching keeps its spacing in screen pixels (12 px
    // across the stripes, about 17 px along a row): it is drawn at the view's
    // scale, never a scaled bitmap.
    view->setDate(QDate(2016, 10, 6));
    const QPointF basha = view->mapScene()->projection().toMap(
        MapTest::aleppo()->district(QStringLiteral("bustan-al-basha"))->centroid);
    for (const double zoom : {6.0, 12.0}) {
        view->setZoomFactor(zoom);
        view->centerOn(basha);
        const QImage zoomed = view->grab().toImage();
        ASSERT_FALSE(zoomed.isNull());
        if (qEnvironmentVariableIsSet("ATLAS_MAP_RENDER_DIR"))
            zoomed.save(QDir(qEnvironmentVariable("ATLAS_MAP_RENDER_DIR"))
                            .filePath(QStringLiteral("mapview-zoomed-%1.png").arg(zoom)));
        const QPoint centre = view->mapFromScene(basha) + view->viewport()->pos();
        const int ratio = int(zoomed.devicePixelRatio());
        // A row of the district clear of its label: only fill and stripes.
        int stripes = -1;
        for (int dy = -150; dy <= 150 && stripes < 0; dy += 3) {
            int runs = 0;
            bool inStripe = false;
            bool clear = true;
            for (int x = centre.x() - 85; x < centre.x() + 85 && clear; ++x) {
                const QColor c = zoomed.pixelColor(x * ratio, (centre.y() + dy) * ratio);
                clear = c.hsvSaturation() > 90;              // no label text, halo or outline
                const bool green = c.green() > c.red() + 20; // the opposition's stripes over the government's fill
                if (green && !inStripe)
                    ++runs;
                inStripe = green;
            }
            if (clear)
                stripes = runs;
        }
        ASSERT_GE(stripes, 0) << "zoom " << zoom << ": no row of the district clear of its label";
        EXPECT_GE(stripes, 8) << "zoom " << zoom << ": stripes about 17 px apart along 170 px";
        EXPECT_LE(stripes, 12) << "zoom " << zoom;
    }
}

TEST_F(MapViewTest, KeyboardFocusDrawsAFrameAroundTheMap)
{
    const auto frameInk = [this](const QImage &image) {
        // Pixels of the highlight colour along the viewport's left edge, below the zoom buttons.
        const QColor highlight = view->palette().color(QPalette::Highlight);
        const QPoint origin = view->viewport()->pos();
        int n = 0;
        for (int y = origin.y() + 60; y < origin.y() + view->viewport()->height() - 60; ++y)
            n += image.pixelColor(origin.x() + 1, y) == highlight;
        return n;
    };
    view->clearFocus();
    QApplication::processEvents();
    const QImage unfocused = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    view->activateWindow();
    view->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    ASSERT_TRUE(view->hasFocus());
    const QImage focused = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    EXPECT_EQ(frameInk(unfocused), 0);
    EXPECT_GT(frameInk(focused), view->viewport()->height() / 2) << "a frame in the highlight colour";
}

TEST_F(MapViewTest, ALegendThatWouldHideASmallMapStartsFoldedUntilTheUserShowsIt)
{
    auto *legend = view->findChild<LegendWidget *>();
    ASSERT_NE(legend, nullptr);
    EXPECT_TRUE(legend->isVisible()) << "at 1200x800 the legend leaves most of the map visible";
    view->resize(640, 420);
    QApplication::processEvents();
    EXPECT_FALSE(legend->isVisible()) << "it would cover too much of a small map";
    view->resize(1200, 800);
    QApplication::processEvents();
    EXPECT_TRUE(legend->isVisible());

    // Once the user hides it with the Legend button, a resize no longer brings it back.
    auto *button = view->findChild<QToolButton *>(QStringLiteral("mapLegendButton"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_FALSE(legend->isVisible());
    view->resize(1300, 850);
    QApplication::processEvents();
    EXPECT_FALSE(legend->isVisible());
}
TEST_F(MapViewTest, TheLegendMovesToTheCornerChosenInItsMenuAndFitFramesTheMapBesideIt)
{
    auto *legend = view->findChild<LegendWidget *>();
    ASSERT_NE(legend, nullptr);
    auto *button = view->findChild<QToolButton *>(QStringLiteral("mapLegendButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_EQ(button->menu(), view->legendCornerMenu()) << "the Legend button's arrow offers the corners";
    const QList<QAction *> corners = view->legendCornerMenu()->actions();
    ASSERT_EQ(corners.size(), 4);
    view->resize(1600, 800);
    QApplication::processEvents();
    view->fitToWindow();
    ASSERT_TRUE(legend->isVisible());
    EXPECT_EQ(view->legendCorner(), Qt::BottomLeftCorner);
    for (QAction *action : corners) {
        action->trigger();
        QApplication::processEvents();
        const auto corner = Qt::Corner(action->data().toInt());
        EXPECT_EQ(view->legendCorner(), corner);
        EXPECT_TRUE(action->isChecked());
        const QRect box = legend->geometry();
        const bool left = corner == Qt::TopLeftCorner || corner == Qt::BottomLeftCorner;
        const bool top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner;
        EXPECT_EQ(box.center().x() < view->width() / 2, left) << "corner " << int(corner);
        EXPECT_EQ(box.center().y() < view->height() / 2, top) << "corner " << int(corner);
        EXPECT_FALSE(box.intersects(button->parentWidget()->geometry())) << "clear of the zoom buttons";
        // Still fitted: the whole map beside the legend, none of it under it.
        const QRect map = view->mapFromScene(view->mapScene()->mapRect()).boundingRect();
        EXPECT_FALSE(map.intersects(box)) << "corner " << int(corner);
        // Beside it, not merely missing it: the map lies on the legend's free side.
        if (left)
            EXPECT_GE(map.left(), box.right()) << "corner " << int(corner);
        else
            EXPECT_LE(map.right(), box.left()) << "corner " << int(corner);
        EXPECT_TRUE(view->viewport()->rect().adjusted(-1, -1, 1, 1).contains(map)) << "corner " << int(corner);
    }
}

TEST(LegendWidget, ShowsWhatTheLegendPaintsAndPaintsAgainWhenItChanges)
{
    // The widget keeps its picture between paints: it must equal the legend
    // painted directly, and a new legend or font must be painted again.
    LegendWidget widget;
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    Legend legend;
    legend.setSides(MapTest::aleppo()->sides);
    widget.setLegend(legend);
    widget.show();
    const auto direct = [&](const Legend &l) {
        QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        l.paint(&p, QPointF(0.5, 0.5), widget.font());
        return image;
    };
    const auto shown = [&] {
        QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        widget.render(&image);
        return image;
    };
    const QImage first = shown();
    EXPECT_EQ(MapTest::pixelsBeyondOnePixel(first, direct(legend), 3), 0);
    EXPECT_EQ(MapTest::pixelsBeyondOnePixel(shown(), first, 0), 0) << "painted again from its picture";

    legend.setShowSelection(true);
    widget.setLegend(legend);
    const QImage selection = shown();
    ASSERT_EQ(selection.size(), widget.size());
    EXPECT_EQ(MapTest::pixelsBeyondOnePixel(selection, direct(legend), 3), 0) << "a new legend is painted again";

    QFont big = widget.font();
    big.setPixelSize(QFontInfo(big).pixelSize() * 2);
    widget.setFont(big);
    EXPECT_EQ(MapTest::pixelsBeyondOnePixel(shown(), direct(legend), 3), 0) << "a new font is painted again";
}
