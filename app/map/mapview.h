#pragma once

#include "campaign.h"
#include "controltimeline.h"

#include <QDate>
#include <QGeoCoordinate>
#include <QGraphicsView>
#include <QString>

#include <memory>

class LegendWidget;
class QMenu;
class MapScene;
struct MapSources;
class QToolButton;

/**
 * @brief The interactive map: districts shaded by control at the current date.
 *
 * Shows a MapScene (SVG base layers plus one item per district). Wheel zooms
 * around the cursor, +/- and the overlay buttons zoom around the centre, a
 * drag pans, "fit" shows the whole map. Hovering a district shows its names,
 * control, since when and on what basis; a click selects it. Tab and
 * Shift+Tab move a keyboard focus outline through the districts (leaving the
 * map after the last one), Enter selects the focused district, Escape clears.
 *
 * Everything is drawn from vectors at the view's own scale and device pixel
 * ratio, so the map is crisp at every zoom. Changing the date restyles only
 * the districts whose look changed; Qt repaints just their areas
 * (SmartViewportUpdate), drawing the districts from their vectors and the
 * date-independent layers from the pixels Qt keeps for them at the current
 * scale (see MapScene).
 */
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double kMaxZoom = 40.0; ///< pixels per map unit
    static constexpr double kZoomStep = 1.25;

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /**
     * Builds the scene for a campaign; returns false and sets *error on failure (scene unchanged then).
     * @param sources the campaign's map files, read beforehand (MapScene::loadSources()); null: read here
     */
    bool setCampaign(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const ControlTimeline> timeline,
                     QString *error = nullptr, std::shared_ptr<const MapSources> sources = nullptr);
    MapScene *mapScene() const { return m_scene.get(); }

    /// Shows control at the end of @p date; restyles only districts whose appearance changed.
    void setDate(QDate date);
    /// Compare mode: what changed since the end of @p date (invalid: off); kept across campaign reloads.
    void setCompareDate(QDate date);
    QDate compareDate() const { return m_compareDate; }
    QDate date() const { return m_date; }

    /// Selects district @p id (empty clears); unknown ids are ignored.
    void setSelectedDistrict(const QString &id);
    QString selectedDistrict() const { return m_selected; }

    /// "en" or "zh_TW": the language of tooltips and the legend's side names.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    void zoomIn();
    void zoomOut();
    void fitToWindow();
    /// Current scale in pixels (device-independent) per map unit.
    double zoomFactor() const;
    /// Zooms to @p factor (clamped between half the fitting scale and kMaxZoom), keeping the centre.
    void setZoomFactor(double factor);
    /// The scale at which the whole map fits the window.
    double fitZoomFactor() const;

    /// Id of the district under a viewport position, or empty.
    QString districtAt(const QPoint &viewPos) const;
    /// Where a coordinate is drawn, in viewport coordinates.
    QPoint viewPosOf(const QGeoCoordinate &c) const;

    /// Moves the keyboard focus outline to the next (or previous) district, wrapping around.
    void focusNextDistrict(bool forward);
    QString focusedDistrict() const;

    /// The tooltip text (rich text) for a district at the current date.
    QString toolTipFor(const QString &districtId) const;

    bool isLegendVisible() const;
    void setLegendVisible(bool visible);
    /// The corner of the view the legend sits in (bottom left by default); Fit frames the map beside it.
    Qt::Corner legendCorner() const { return m_legendCorner; }
    void setLegendCorner(Qt::Corner corner);
    /// The four corners as checkable actions: the Legend button's menu, and the main window's View menu.
    QMenu *legendCornerMenu() const { return m_legendCornerMenu; }

signals:
    void districtClicked(const QString &id);
    void districtActivated(const QString &id);
    void selectedDistrictChanged(const QString &id);
    void zoomChanged(double factor);
    void firstFramePainted();

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    QRectF fitArea() const;
    void zoomAt(double factor, const QPointF &viewPos);
    void applyZoom(double scale, const QPointF &anchorViewPos);
    bool moveDistrictFocus(bool forward, bool wrap);
    void selectDistrict(const QString &id, bool emitSignals);
    void updateLegend();
    void placeOverlays();
    void retranslate();
    void reserveLayerCache();
    void updateLayerCaching();
    /// How the view asks for its repaint after @p restyled districts changed their look.
    void chooseUpdateMode(int restyled);

    std::unique_ptr<MapScene> m_scene;
    LegendWidget *m_legend = nullptr;
    QWidget *m_controls = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_fitButton = nullptr;
    QToolButton *m_legendButton = nullptr;
    QDate m_date;
    QDate m_compareDate;
    QString m_selected;
    QString m_language = QStringLiteral("en");
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_fitMode = true;
    bool m_legendChosen = false; ///< the user showed or hid the legend: keep their choice
    Qt::Corner m_legendCorner = Qt::BottomLeftCorner;
    QMenu *m_legendCornerMenu = nullptr; ///< owned by the view (QObject parent)
    /// The largest part of the map area the legend may cover before it starts folded away.
    static constexpr double kLegendMaxShare = 0.22;
    bool m_firstFramePainted = false;
};
