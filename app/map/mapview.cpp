#include "mapview.h"

#include "districtitem.h"
#include "legendwidget.h"
#include "mapscene.h"
#include "wording.h"

#include <QActionGroup>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmapCache>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtMath>

#include <cmath>
#include <iterator>

namespace {

constexpr int kOverlayMargin = 10;
constexpr int kFocusFrameWidth = 3;

/// The legend's corners, in the order of the Legend Corner menu, with their words.
struct LegendCornerName
{
    Qt::Corner corner;
    const char *text;
};
constexpr LegendCornerName kLegendCorners[] = {
    {Qt::TopLeftCorner, QT_TRANSLATE_NOOP("MapView", "Top &Left")},
    {Qt::TopRightCorner, QT_TRANSLATE_NOOP("MapView", "Top &Right")},
    {Qt::BottomLeftCorner, QT_TRANSLATE_NOOP("MapView", "&Bottom Left")},
    {Qt::BottomRightCorner, QT_TRANSLATE_NOOP("MapView", "Bottom Ri&ght")},
};

} // namespace

MapView::MapView(QWidget *parent)
    : QGraphicsView(parent)
{
    setAccessibleName(tr("Map of Aleppo"));
    setFrameShape(QFrame::NoFrame);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setCacheMode(QGraphicsView::CacheNone);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(QColor(0xE4, 0xE2, 0xDC));
    // The opaque background brush covers every exposed pixel: the viewport
    // need not be filled with its palette first (a second viewport-sized fill
    // on every full repaint).
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);

    m_legend = new LegendWidget(this);

    m_controls = new QWidget(this);
    auto *layout = new QVBoxLayout(m_controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto makeButton = [&](const QString &text) {
        auto *b = new QToolButton(m_controls);
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumSize(32, 28);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        layout->addWidget(b);
        return b;
    };
    m_zoomInButton = makeButton(QStringLiteral("+"));
    m_zoomOutButton = makeButton(QStringLiteral("\u2212"));
    m_fitButton = makeButton(QString());
    m_legendButton = makeButton(QString());
    m_legendButton->setObjectName(QStringLiteral("mapLegendButton"));
    m_legendButton->setCheckable(true);
    m_legendButton->setChecked(true);
    connect(m_zoomInButton, &QToolButton::clicked, this, &MapView::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &MapView::zoomOut);
    connect(m_fitButton, &QToolButton::clicked, this, &MapView::fitToWindow);
    connect(m_legendButton, &QToolButton::toggled, this, &MapView::setLegendVisible);
    // Once the user shows or hides the legend, the view stops deciding for them.
    connect(m_legendButton, &QToolButton::clicked, this, [this] { m_legendChosen = true; });
    // The legend's corner: the button's arrow, and the same menu in the main window's View menu.
    m_legendCornerMenu = new QMenu(this);
    m_legendCornerMenu->setObjectName(QStringLiteral("menuLegendCorner"));
    auto *corners = new QActionGroup(m_legendCornerMenu);
    for (const LegendCornerName &entry : kLegendCorners) {
        const Qt::Corner corner = entry.corner;
        QAction *action = m_legendCornerMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(corner == m_legendCorner);
        action->setData(int(corner));
        corners->addAction(action);
        connect(action, &QAction::triggered, this, [this, corner] { setLegendCorner(corner); });
    }
    m_legendButton->setMenu(m_legendCornerMenu);
    m_legendButton->setPopupMode(QToolButton::MenuButtonPopup);
    retranslate();
    updateLegend();
}

MapView::~MapView()
{
    setScene(nullptr);
}

void MapView::retranslate()
{
    m_zoomInButton->setToolTip(tr("Zoom in (+)"));
    m_zoomInButton->setAccessibleName(tr("Zoom in"));
    m_zoomOutButton->setToolTip(tr("Zoom out (\u2212)"));
    m_zoomOutButton->setAccessibleName(tr("Zoom out"));
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Show the whole map (0)"));
    m_fitButton->setAccessibleName(tr("Fit the map to the window"));
    m_legendButton->setText(tr("Legend"));
    m_legendButton->setToolTip(tr("Show or hide the legend"));
    m_legendButton->setAccessibleName(tr("Show legend"));
    m_legendCornerMenu->setTitle(tr("Legend &Corner"));
    const QList<QAction *> cornerActions = m_legendCornerMenu->actions();
    for (qsizetype i = 0; i < cornerActions.size() && i < qsizetype(std::size(kLegendCorners)); ++i)
        cornerActions.at(i)->setText(tr(kLegendCorners[i].text));
    m_controls->adjustSize();
    placeOverlays();
}

bool MapView::setCampaign(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const ControlTimeline> timeline,
                          QString *error, std::shared_ptr<const MapSources> sources)
{
    QString message;
    std::unique_ptr<MapScene> scene = MapScene::build(std::move(campaign), std::move(timeline), std::move(sources),
                                                      &message);
    if (!scene) {
        if (error)
            *error = message;
        return false;
    }
    const Campaign &c = scene->campaign();
    const QDate date = m_date.isValid() && m_date >= c.start && m_date <= c.end ? m_date : c.start;
    std::unique_ptr<MapScene> old = std::move(m_scene);
    m_scene = std::move(scene);
    m_scene->setDate(date);
    m_date = date;
    const QString previousSelection = m_selected;
    m_selected.clear();
    if (m_scene->districtItem(previousSelection))
        m_selected = previousSelection;
    m_scene->setSelectedDistrict(m_selected);
    m_scene->setCompareDate(m_compareDate);
    setScene(m_scene.get());
    old.reset();
    updateLegend();
    fitToWindow();
    if (m_selected != previousSelection)
        emit selectedDistrictChanged(m_selected);
    return true;
}

void MapView::setDate(QDate date)
{
    m_date = date;
    if (!m_scene)
        return;
    const bool unknownBefore = m_scene->hasUnknownDistricts();
    chooseUpdateMode(m_scene->setDate(date));
    if (m_scene->hasUnknownDistricts() != unknownBefore)
        updateLegend();
}

void MapView::chooseUpdateMode(int restyled)
{
    // Qt's smart mode repaints the bounding rect of the changed items once
    // they are more than 50, but only after uniting their rects one by one
    // into a region, which costs more with every district (a tenth of a
    // 1,000-district step): ask for the bounding rect directly then.
    constexpr int kRegionRectLimit = 50;
    setViewportUpdateMode(restyled > kRegionRectLimit ? QGraphicsView::BoundingRectViewportUpdate
                                                      : QGraphicsView::SmartViewportUpdate);
}

void MapView::setCompareDate(QDate date)
{
    m_compareDate = date;
    if (!m_scene)
        return;
    chooseUpdateMode(m_scene->setCompareDate(date));
    updateLegend();
}

void MapView::selectDistrict(const QString &id, bool emitSignals)
{
    if (id == m_selected)
        return;
    if (m_scene && !m_scene->setSelectedDistrict(id))
        return;
    if (!m_scene && !id.isEmpty())
        return;
    m_selected = id;
    if (emitSignals)
        emit selectedDistrictChanged(id);
}

void MapView::setSelectedDistrict(const QString &id)
{
    selectDistrict(id, true);
}

void MapView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    updateLegend();
}

void MapView::updateLegend()
{
    Legend legend;
    if (m_scene)
        legend.setScene(*m_scene);
    legend.setLanguage(m_language);
    legend.setShowSelection(true);
    m_legend->setLegend(legend);
    m_legend->setVisible(m_scene && m_legendButton->isChecked());
    placeOverlays();
    if (m_fitMode && m_scene)
        fitToWindow();
}

bool MapView::isLegendVisible() const
{
    return m_legendButton->isChecked();
}

void MapView::setLegendCorner(Qt::Corner corner)
{
    for (QAction *action : m_legendCornerMenu->actions())
        action->setChecked(Qt::Corner(action->data().toInt()) == corner);
    if (corner == m_legendCorner)
        return;
    m_legendCorner = corner;
    placeOverlays();
    if (m_fitMode)
        fitToWindow();
}

void MapView::setLegendVisible(bool visible)
{
    if (m_legendButton->isChecked() != visible)
        m_legendButton->setChecked(visible); // re-enters through toggled()
    m_legend->setVisible(visible && m_scene);
    placeOverlays();
    if (m_fitMode)
        fitToWindow();
}

void MapView::placeOverlays()
{
    if (!m_legend || !m_controls)
        return;
    m_controls->adjustSize();
    m_controls->move(width() - m_controls->width() - kOverlayMargin, kOverlayMargin);
    m_legend->resize(m_legend->sizeHint());
    const bool left = m_legendCorner == Qt::TopLeftCorner || m_legendCorner == Qt::BottomLeftCorner;
    const bool top = m_legendCorner == Qt::TopLeftCorner || m_legendCorner == Qt::TopRightCorner;
    // At the top right the zoom buttons are there first: the legend goes beside them.
    const int right = width() - m_legend->width() - kOverlayMargin - (top ? m_controls->width() + kOverlayMargin : 0);
    m_legend->move(left ? kOverlayMargin : right,
                   top ? kOverlayMargin : height() - m_legend->height() - kOverlayMargin);
    m_legend->raise();
    m_controls->raise();
}

double MapView::zoomFactor() const
{
    return transform().m11();
}

QRectF MapView::fitArea() const
{
    const QRectF view = QRectF(viewport()->rect()).adjusted(2, 2, -2, -2);
    if (!m_scene || !m_legend || !m_legend->isVisibleTo(this))
        return view;
    // Beside the legend when that costs the map little (a wide window), so
    // the legend covers no district at the fitting zoom.
    const QRectF map = m_scene->mapRect();
    const QRectF legend = QRectF(m_legend->geometry()).translated(-viewport()->pos());
    const QRectF beside = m_legendCorner == Qt::TopLeftCorner || m_legendCorner == Qt::BottomLeftCorner
                              ? view.adjusted(legend.right() + kOverlayMargin - view.left(), 0, 0, 0)
                              : view.adjusted(0, 0, legend.left() - kOverlayMargin - view.right(), 0);
    if (map.isEmpty() || beside.width() <= 0)
        return view;
    auto scaleIn = [&](const QRectF &r) { return std::min(r.width() / map.width(), r.height() / map.height()); };
    return scaleIn(beside) >= 0.85 * scaleIn(view) ? beside : view;
}

double MapView::fitZoomFactor() const
{
    if (!m_scene)
        return 1.0;
    const QRectF map = m_scene->mapRect();
    const QRectF view = fitArea();
    if (map.isEmpty() || view.isEmpty())
        return 1.0;
    return std::min(view.width() / map.width(), view.height() / map.height());
}

void MapView::setZoomFactor(double factor)
{
    m_fitMode = false;
    applyZoom(factor, QPointF(viewport()->rect().center()));
}

void MapView::zoomIn()
{
    m_fitMode = false;
    zoomAt(kZoomStep, QPointF(viewport()->rect().center()));
}

void MapView::zoomOut()
{
    m_fitMode = false;
    zoomAt(1.0 / kZoomStep, QPointF(viewport()->rect().center()));
}

void MapView::fitToWindow()
{
    if (!m_scene)
        return;
    m_fitMode = true;
    const double scale = fitZoomFactor();
    setTransform(QTransform::fromScale(scale, scale));
    // The map's centre goes to the centre of the fitting area. The scene rect
    // gives room to pan half a map beyond each edge (zooming keeps the point
    // under the cursor in place even near the map's edges), and holds the
    // fitted view: the view can only centre on a point its scene rect lets it
    // scroll to, and at a fitting zoom that room may be narrower than the
    // viewport.
    const QPointF shift = fitArea().center() - QRectF(viewport()->rect()).center();
    const QRectF map = m_scene->mapRect();
    const QPointF centre = map.center() - shift / scale;
    const QSizeF visible = QSizeF(viewport()->size()) / scale;
    const QRectF fitted(centre - QPointF(visible.width() / 2, visible.height() / 2), visible);
    setSceneRect(map.adjusted(-map.width() / 2, -map.height() / 2, map.width() / 2, map.height() / 2) | fitted);
    centerOn(centre);
    m_scene->setViewScale(scale);
    updateLayerCaching();
    emit zoomChanged(scale);
}

void MapView::zoomAt(double factor, const QPointF &viewPos)
{
    applyZoom(zoomFactor() * factor, viewPos);
}

void MapView::applyZoom(double scale, const QPointF &anchorViewPos)
{
    if (!m_scene || !std::isfinite(scale) || scale <= 0)
        return;
    const double minZoom = std::min(fitZoomFactor() * 0.5, kMaxZoom);
    scale = std::clamp(scale, minZoom, kMaxZoom);
    if (qFuzzyCompare(scale, zoomFactor()))
        return;
    // Keep the scene point under the anchor where it is.
    const QPointF scenePos = mapToScene(anchorViewPos.toPoint());
    setTransform(QTransform::fromScale(scale, scale));
    const QPointF now = mapFromScene(scenePos);
    const QPointF delta = now - anchorViewPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
    m_scene->setViewScale(scale);
    updateLayerCaching();
    emit zoomChanged(scale);
}

QString MapView::districtAt(const QPoint &viewPos) const
{
    if (!m_scene)
        return {};
    return m_scene->districtAt(mapToScene(viewPos));
}

QPoint MapView::viewPosOf(const QGeoCoordinate &c) const
{
    if (!m_scene)
        return {};
    return mapFromScene(m_scene->projection().toMap(c));
}

QString MapView::focusedDistrict() const
{
    return m_scene ? m_scene->focusedDistrict() : QString();
}

bool MapView::moveDistrictFocus(bool forward, bool wrap)
{
    if (!m_scene || m_scene->districtItems().isEmpty())
        return false;
    const QList<DistrictItem *> &items = m_scene->districtItems();
    const int n = int(items.size());
    int index = -1;
    if (DistrictItem *current = m_scene->districtItem(m_scene->focusedDistrict()))
        index = current->districtIndex();
    int next;
    if (index < 0)
        next = forward ? 0 : n - 1;
    else
        next = index + (forward ? 1 : -1);
    if (next < 0 || next >= n) {
        if (!wrap)
            return false;
        next = (next + n) % n;
    }
    DistrictItem *item = items.at(next);
    m_scene->setFocusedDistrict(item->id());
    if (!m_fitMode)
        ensureVisible(item, 40, 40);
    const District &d = m_scene->campaign().districts.at(next);
    setAccessibleDescription(QTextDocumentFragment::fromHtml(toolTipFor(d.id)).toPlainText());
    return true;
}

void MapView::focusNextDistrict(bool forward)
{
    moveDistrictFocus(forward, true);
}

bool MapView::focusNextPrevChild(bool next)
{
    if (m_scene && hasFocus()) {
        if (moveDistrictFocus(next, false))
            return true;
        m_scene->setFocusedDistrict(QString());
    }
    return QGraphicsView::focusNextPrevChild(next);
}

void MapView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    viewport()->update();
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    viewport()->update();
    if (m_scene && event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        m_scene->setFocusedDistrict(QString());
    QGraphicsView::focusOutEvent(event);
}

QString MapView::toolTipFor(const QString &districtId) const
{
    if (!m_scene)
        return {};
    const Campaign &c = m_scene->campaign();
    const int index = c.districtIndex(districtId);
    if (index < 0)
        return {};
    const District &d = c.districts.at(index);
    const bool zh = m_language.startsWith(QLatin1String("zh"));
    QString first = zh && !d.name.zh.isEmpty() ? d.name.zh : d.name.en;
    QString second = zh ? d.name.en : d.name.zh;
    if (second == first)
        second.clear();
    QString html = QStringLiteral("<b>%1</b>").arg(first.toHtmlEscaped());
    if (!second.isEmpty())
        html += QStringLiteral("<br>%1").arg(second.toHtmlEscaped());

    // The panels' words (core Wording), so the tooltip and the District panel agree.
    const DistrictAppearance a = m_scene->timeline().appearanceAt(index, m_date);
    html += QStringLiteral("<br>") + tr("Control: %1").arg(Wording::control(c, a, m_language)).toHtmlEscaped();
    if (!a.isKnown())
        return html;
    html += QStringLiteral("<br>") + tr("Since: %1").arg(Wording::date(a.since, m_language)).toHtmlEscaped();
    html += QStringLiteral("<br>") + tr("Basis: %1").arg(Wording::basis(a.basis)).toHtmlEscaped();
    if (a.changedToday)
        html += QStringLiteral("<br><i>%1</i>").arg(Wording::changedToday().toHtmlEscaped());
    if (a.disputed) {
        // Which claim the map shows, and why: the rest is in the District panel.
        const Disagreement d = m_scene->timeline().disagreementAt(index, m_date);
        html += QStringLiteral("<br><b>%1</b>").arg(Wording::sourcesDisagree().toHtmlEscaped());
        if (d.shown)
            html += QStringLiteral("<br>")
                    + tr("The map shows: %1 (%2)")
                          .arg(Wording::control(c, d.shown->control, d.shown->leading, m_language),
                               Wording::source(c, *d.shown, m_language))
                          .toHtmlEscaped();
        html += QStringLiteral("<br><i>%1</i>").arg(Wording::disagreementReason(d.reason).toHtmlEscaped());
    }
    return html;
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = districtAt(help->pos());
        if (id.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTipFor(id), viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (!m_scene) {
        event->ignore();
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event); // horizontal wheel: pan
        return;
    }
    m_fitMode = false;
    zoomAt(std::pow(2.0, delta / 480.0), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_fitMode = false; // the user panned
        return;
    }
    const QString id = districtAt(pos);
    if (id.isEmpty()) {
        selectDistrict(QString(), true);
        return;
    }
    selectDistrict(id, true);
    emit districtClicked(id);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_scene) {
        m_fitMode = false;
        zoomAt(2.0, event->position());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_scene && !m_scene->focusedDistrict().isEmpty()) {
            const QString id = m_scene->focusedDistrict();
            selectDistrict(id, true);
            emit districtActivated(id);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_scene && !m_scene->focusedDistrict().isEmpty()) {
            m_scene->setFocusedDistrict(QString());
            return;
        }
        if (!m_selected.isEmpty()) {
            selectDistrict(QString(), true);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    reserveLayerCache();
    updateLayerCaching();
    // A legend that would hide much of a small map starts folded away (the Legend button shows it).
    if (!m_legendChosen && m_scene) {
        const QSize legend = m_legend->sizeHint();
        const double covered = double(legend.width()) * legend.height();
        const double area = double(viewport()->width()) * viewport()->height();
        setLegendVisible(area > 0 && covered <= kLegendMaxShare * area);
    }
    if (m_fitMode)
        fitToWindow();
    placeOverlays();
}

void MapView::reserveLayerCache()
{
    // Qt keeps the map's date-independent layers (five at most) in the
    // global QPixmapCache, each at most the viewport's size in device
    // pixels. Qt's default limit (10 MiB) holds fewer than two at 1600x1000,
    // and evicted layers would be drawn again on every day step.
    const QSize device = viewport()->size() * viewport()->devicePixelRatioF();
    const qint64 kib = 8LL * device.width() * device.height() * 4 / 1024;
    if (kib > QPixmapCache::cacheLimit())
        QPixmapCache::setCacheLimit(int(std::min<qint64>(kib, 512 * 1024)));
}

void MapView::updateLayerCaching()
{
    if (!m_scene)
        return;
    // Qt caches an item whole at the view's scale: keep the layers as pixels
    // while the whole map is at most twice the viewport's area, and paint
    // them directly (only what is exposed) when zoomed in further. Not for
    // the first frame: rendering each layer into its pixmap and then copying
    // it made the start-up map paint half as long again as drawing directly.
    const double ratio = viewport()->devicePixelRatioF();
    const QSizeF map = m_scene->mapRect().size() * zoomFactor() * ratio;
    const QSizeF port = QSizeF(viewport()->size()) * ratio;
    m_scene->setLayerCaching(m_firstFramePainted && map.width() * map.height() <= 2.0 * port.width() * port.height());
}

void MapView::paintEvent(QPaintEvent *event)
{
    QGraphicsView::paintEvent(event);
    if (hasFocus()) {
        // The map is a pane the keyboard reaches with Tab and F6: show when it has the focus.
        QPainter painter(viewport());
        painter.setClipRegion(event->region());
        painter.setPen(QPen(palette().color(QPalette::Highlight), kFocusFrameWidth));
        painter.setBrush(Qt::NoBrush);
        const int inset = kFocusFrameWidth / 2;
        painter.drawRect(viewport()->rect().adjusted(inset, inset, -inset - 1, -inset - 1));
    }
    if (!m_firstFramePainted && m_scene) {
        m_firstFramePainted = true;
        updateLayerCaching();
        QMetaObject::invokeMethod(this, &MapView::firstFramePainted, Qt::QueuedConnection);
    }
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Map of Aleppo"));
        retranslate();
        updateLegend();
    } else if (event->type() == QEvent::FontChange) {
        updateLegend();
    }
    QGraphicsView::changeEvent(event);
}
