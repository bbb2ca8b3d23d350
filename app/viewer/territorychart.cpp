#include "territorychart.h"

#include "controltimeline.h"
#include "figurelistmodel.h"
#include "territorymeasure.h"
#include "timelinecontroller.h"
#include "viewersession.h"
#include "wording.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QScatterSeries>
#include <QTextBrowser>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace {

// The side the sources' km² figures count (TerritoryMeasure): its band lies
// on the axis, so a figure's mark reads against it directly.
const QString kMeasuredSide = QStringLiteral("opposition");
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr int kStripeTile = 10;
constexpr int kReadoutWidth = 330;
constexpr qreal kMarkReach = 7.0; ///< pixels from a mark's centre that still point at it
const QColor kCursorColor(0x20, 0x20, 0x20);
const QColor kShareColor(0x33, 0x22, 0x88);
const QColor kMarkColor(0x11, 0x11, 0x11);

/// @p color mixed with white: @p amount 0 keeps it, 1 gives white.
QColor lightened(const QColor &color, double amount)
{
    const auto mix = [amount](int c) { return int(std::lround(c + (255 - c) * amount)); };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

/// Diagonal stripes of @p stripe over @p base, as a tile that repeats seamlessly.
QBrush stripes(const QColor &base, const QColor &stripe)
{
    QPixmap tile(kStripeTile, kStripeTile);
    tile.fill(base);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(stripe, 3.0));
    // One line per tile width, plus the two through the corners, so the tile wraps without a seam.
    for (int k = -1; k <= 1; ++k)
        painter.drawLine(QPointF(k * kStripeTile, kStripeTile), QPointF((k + 1) * kStripeTile, 0));
    return QBrush(tile);
}

QLocale localeFor(const QString &language)
{
    return Wording::contentLanguage(language) == QLatin1String("zh")
               ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
               : QLocale(QLocale::English);
}

} // namespace

TerritoryChart::TerritoryChart(ViewerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_chart(new QChart)
    , m_readout(new QTextBrowser(this))
    , m_axisX(new QDateTimeAxis(this))
    , m_axisKm2(new QValueAxis(this))
    , m_axisShare(new QValueAxis(this))
{
    setObjectName(QStringLiteral("territoryChart"));
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // The text beside the plot is its legend, with the day's values: a legend row
    // under a plot this wide would cut the sides' names short.
    m_chart->legend()->hide();
    m_axisX->setTickCount(8);
    m_axisKm2->setLabelFormat(QStringLiteral("%.0f"));
    m_axisShare->setRange(0, 100);
    m_axisShare->setTickCount(6);
    m_axisShare->setLabelFormat(QStringLiteral("%.0f%%"));
    m_axisShare->setLinePenColor(kShareColor);
    m_axisShare->setLabelsColor(kShareColor);

    // The view owns the chart; the chart owns the series and, while they are on it, the axes.
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("territoryChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMinimumHeight(160);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    // The day's numbers beside the chart, scrolling on their own: a day with many
    // reports must not squeeze the plot. A text view lays the day's text out once,
    // at its own width; a word-wrapped label in a scroll area laid it out again
    // for every size the area asked it about, on every day step.
    m_readout->setObjectName(QStringLiteral("territoryReadout"));
    m_readout->setFrameShape(QFrame::NoFrame);
    m_readout->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_readout->setFixedWidth(kReadoutWidth);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setFocusPolicy(Qt::ClickFocus); // as the label it replaces: select, then copy
    m_readout->document()->setDocumentMargin(4);
    // On the panel's own colour, as the rest of the dock.
    m_readout->viewport()->setBackgroundRole(QPalette::Window);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_readout);

    connect(m_session, &ViewerSession::campaignChanged, this, &TerritoryChart::rebuild);
    connect(m_session, &ViewerSession::sourcesChanged, this, &TerritoryChart::rebuild);
    connect(m_session->controller(), &TimelineController::currentDateChanged, this, &TerritoryChart::updateCursor);
    retranslate();
}

TerritoryChart::~TerritoryChart() = default;

void TerritoryChart::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    // Series names, side names and dates are in the language: renamed in place, not rebuilt.
    retranslate();
}

QSize TerritoryChart::sizeHint() const
{
    // Wide and low, under the map: the map stays the main view.
    return {900, 250};
}

QString TerritoryChart::readout() const
{
    return m_plainReadout;
}

void TerritoryChart::rebuild()
{
    if (m_cursor && m_builtFrom.lock() == m_session->timeline())
        return; // already shown (moving to a new campaign's date may have built it)
    if (isVisible())
        build();
    else
        m_builtFrom.reset(); // built when next shown: nobody looks at a hidden chart
}

qreal TerritoryChart::xOf(QDate date)
{
    // Noon: the day's point sits in the middle of the day, whatever the time zone's offset.
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

void TerritoryChart::build()
{
    const std::shared_ptr<const ControlTimeline> timeline = m_session->timeline();
    // Axes and series go and come back together: Qt Charts 6.4 leaves a date axis
    // without labels when it was laid out with no series and gets some later.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        axis->setParent(this);
    }
    m_chart->removeAllSeries();
    m_bands.clear();
    m_bandSides.clear();
    m_cursor = nullptr;
    m_shareTaken = nullptr;
    m_articleKm2 = m_reportKm2 = m_articleShare = m_reportShare = nullptr;
    m_days.clear();
    m_taken.clear();
    m_marks.clear();
    m_builtFrom = timeline;
    if (!timeline || !timeline->campaign()) {
        updateReadout();
        emit seriesRebuilt();
        return;
    }
    const std::shared_ptr<const Campaign> &campaign = timeline->sharedCampaign();
    m_areas = m_session->districtAreas();
    m_days = TerritoryStats::compute(*timeline, *m_areas, campaign->start, campaign->end);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisKm2, Qt::AlignLeft);
    m_chart->addAxis(m_axisShare, Qt::AlignRight);

    // Bottom to top: the measured side, contested (the front between it and the rest), the others.
    if (campaign->side(kMeasuredSide))
        m_bandSides.append(kMeasuredSide);
    m_bandSides.append(QString());
    for (const Side &side : campaign->sides) {
        if (side.id != kMeasuredSide)
            m_bandSides.append(side.id);
    }

    QList<double> stacked(m_days.size(), 0.0);
    for (const QString &sideId : std::as_const(m_bandSides)) {
        auto *area = new QAreaSeries(m_chart);
        auto *lower = new QLineSeries(area);
        auto *upper = new QLineSeries(area);
        QList<QPointF> lowerPoints;
        QList<QPointF> upperPoints;
        lowerPoints.reserve(m_days.size());
        upperPoints.reserve(m_days.size());
        for (int i = 0; i < m_days.size(); ++i) {
            const DayStats &day = m_days.at(i);
            const qreal x = xOf(day.date);
            lowerPoints.append({x, stacked[i]});
            stacked[i] += sideId.isEmpty() ? day.contestedKm2 : day.km2.value(sideId);
            upperPoints.append({x, stacked[i]});
        }
        lower->replace(lowerPoints);
        upper->replace(upperPoints);
        area->setLowerSeries(lower);
        area->setUpperSeries(upper);
        area->setObjectName(sideId.isEmpty() ? QStringLiteral("contested") : sideId);
        if (sideId.isEmpty()) {
            // Striped like a contested district on the map, in the colours of the two sides it lies between.
            const QColor below = Side::colorOf(campaign->sides, m_bandSides.value(0));
            const QColor above = Side::colorOf(campaign->sides, m_bandSides.value(2));
            area->setBrush(stripes(lightened(below, 0.45), lightened(above, 0.35)));
            area->setPen(QPen(below.darker(140), 1.0));
        } else {
            const QColor color = Side::colorOf(campaign->sides, sideId);
            area->setBrush(lightened(color, 0.15));
            area->setPen(QPen(color.darker(140), 1.0));
        }
        m_chart->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisKm2);
        m_bands.append(area);
    }
    double top = 0.0;
    for (double v : std::as_const(stacked))
        top = std::max(top, v);
    m_axisKm2->setRange(0.0, top > 0.0 ? top : 1.0);
    m_axisKm2->applyNiceNumbers();
    // Half a day either side: the first and last days are whole columns, not edges.
    // Whole days: from the first day's start to the last one's end (a millisecond before the next day,
    // which would otherwise label the last tick).
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xOf(campaign->start)) - kDayMs / 2),
                      QDateTime::fromMSecsSinceEpoch(qint64(xOf(campaign->end)) + kDayMs / 2 - 1));

    // The share taken as TerritoryMeasure counts it (contested districts half), the
    // measure the sources' share figures are compared with, so a mark and the line agree when they should.
    const TerritoryMeasure measure(*timeline, *m_areas);
    for (const DayStats &day : std::as_const(m_days)) {
        const std::optional<double> taken = m_areas->isEmpty() ? std::nullopt : measure.takenShare(day.date);
        if (!taken)
            break;
        m_taken.append(*taken);
    }
    const bool hasBase = !m_days.isEmpty() && m_taken.size() == m_days.size();
    if (!hasBase)
        m_taken.clear();
    m_axisShare->setVisible(hasBase);
    if (hasBase) {
        m_shareTaken = new QLineSeries(m_chart);
        m_shareTaken->setObjectName(QStringLiteral("shareTaken"));
        QList<QPointF> points;
        points.reserve(m_days.size());
        for (int i = 0; i < m_days.size(); ++i)
            points.append({xOf(m_days.at(i).date), m_taken.at(i) * 100.0});
        m_shareTaken->replace(points);
        m_shareTaken->setPen(QPen(kShareColor, 2.0, Qt::DashLine));
        m_chart->addSeries(m_shareTaken);
        m_shareTaken->attachAxis(m_axisX);
        m_shareTaken->attachAxis(m_axisShare);
    }

    // Over the bands, under the marks: a mark on the current day still answers the pointer.
    m_cursor = new QLineSeries(m_chart);
    m_cursor->setObjectName(QStringLiteral("cursor"));
    m_cursor->setPen(QPen(kCursorColor, 2.0));
    m_chart->addSeries(m_cursor);
    m_cursor->attachAxis(m_axisX);
    m_cursor->attachAxis(m_axisKm2);

    collectMarks(*timeline);
    const auto addMarks = [this](const QString &name, bool article, bool share) {
        auto *series = new QScatterSeries(m_chart);
        series->setObjectName(name);
        series->setMarkerShape(article ? QScatterSeries::MarkerShapeRotatedRectangle
                                       : QScatterSeries::MarkerShapeCircle);
        if (share) {
            // Ninety-odd share figures: small and see-through, so the line and the cursor stay visible.
            QColor fill = kShareColor;
            fill.setAlpha(article ? 255 : 110);
            series->setMarkerSize(article ? 12.0 : 7.0);
            series->setColor(fill);
            series->setPen(article ? QPen(Qt::white, 1.5) : QPen(Qt::NoPen));
        } else {
            series->setMarkerSize(article ? 14.0 : 10.0);
            series->setColor(article ? kMarkColor : QColor(Qt::white));
            series->setPen(QPen(article ? QColor(Qt::white) : kMarkColor, article ? 1.5 : 2.0));
        }
        for (const Mark &mark : std::as_const(m_marks)) {
            if ((mark.event >= 0) == article && (mark.figure.unit == FigureUnit::Share) == share)
                series->append(xOf(mark.date), share ? mark.figure.value * 100.0 : mark.figure.value);
        }
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(share ? m_axisShare : m_axisKm2);
        return series;
    };
    m_reportShare = addMarks(QStringLiteral("reportShareFigures"), false, true);
    m_articleShare = addMarks(QStringLiteral("articleShareFigures"), true, true);
    m_reportKm2 = addMarks(QStringLiteral("reportKm2Figures"), false, false);
    m_articleKm2 = addMarks(QStringLiteral("articleKm2Figures"), true, false);

    retranslate();
    updateCursor();
    emit seriesRebuilt();
}

void TerritoryChart::collectMarks(const ControlTimeline &timeline)
{
    const Campaign &campaign = *timeline.campaign();
    const TerritoryMeasure measure(timeline, *m_areas);
    // Only figures about the whole campaign: a share of one district has no place on the whole pocket's line.
    const auto add = [&](const Figure &figure, QDate date, int event, int report, int claim) {
        if (!figure.present || !figure.districts.isEmpty() || figure.unit == FigureUnit::Districts)
            return;
        Mark mark;
        mark.date = date;
        mark.figure = figure;
        mark.event = event;
        mark.report = report;
        mark.claim = claim;
        const std::optional<double> map = measure.valueFor(figure, date);
        mark.mapKnown = map.has_value();
        mark.map = map.value_or(0.0);
        m_marks.append(mark);
    };
    for (int e = 0; e < campaign.events.size(); ++e)
        add(campaign.events.at(e).figure, campaign.events.at(e).date, e, -1, -1);
    if (timeline.sources() == ControlTimeline::Sources::ArticleOnly)
        return;
    for (int r = 0; r < campaign.reports.size(); ++r) {
        const Report &report = campaign.reports.at(r);
        for (int k = 0; k < report.claims.size(); ++k)
            add(report.claims.at(k).figure, report.claims.at(k).date, -1, r, k);
    }
}

void TerritoryChart::updateCursor()
{
    if (!isVisible())
        return; // placed when shown
    if (m_builtFrom.lock() != m_session->timeline()) {
        // The session changed its timeline (other sources) without a new campaign.
        build();
        return;
    }
    if (!m_cursor || m_days.isEmpty())
        return;
    const qreal x = xOf(m_session->currentDate());
    m_cursor->replace({QPointF(x, 0.0), QPointF(x, m_axisKm2->max())});
    updateReadout();
}

void TerritoryChart::updateReadout()
{
    const auto campaign = m_session->campaign();
    // Each row: a swatch (the chart's colour or mark, for the eye) and its words (for everyone).
    QList<QPair<QString, QString>> rows;
    const auto swatch = [](const QColor &color, const QString &glyph) {
        return QStringLiteral("<span style=\"color:%1\">%2</span> ").arg(color.name(), glyph);
    };
    if (!campaign) {
        rows.append({QString(), tr("No campaign is open.")});
    } else if (!m_areas || m_areas->isEmpty()) {
        rows.append({QString(), tr("This campaign has no district outlines: its areas cannot be measured.")});
    } else {
        const QDate date = m_session->currentDate();
        const qint64 i = m_days.isEmpty() ? -1 : m_days.first().date.daysTo(date);
        if (i >= 0 && i < m_days.size()) {
            const DayStats &day = m_days.at(i);
            const QLocale locale = localeFor(m_language);
            rows.append({QString(), Wording::date(date, m_language)});
            // Top to bottom, as the bands lie.
            for (auto it = m_bandSides.crbegin(); it != m_bandSides.crend(); ++it) {
                const QString &sideId = *it;
                const double km2 = sideId.isEmpty() ? day.contestedKm2 : day.km2.value(sideId);
                const QString name = sideId.isEmpty() ? tr("Contested")
                                                      : Wording::sideName(*campaign, sideId, m_language);
                const QColor color = sideId.isEmpty() ? Side::colorOf(campaign->sides, m_bandSides.value(0))
                                                      : Side::colorOf(campaign->sides, sideId);
                rows.append({swatch(color, sideId.isEmpty() ? QStringLiteral("▨") : QStringLiteral("■")),
                             tr("%1: %2 km²").arg(name, locale.toString(km2, 'f', 1))});
            }
            if (i < m_taken.size())
                rows.append({swatch(kShareColor, QStringLiteral("┅")),
                             tr("First day's opposition area taken (right axis): %1%, contested districts "
                                "counting half")
                                 .arg(locale.toString(m_taken.at(i) * 100.0, 'f', 1))});
            rows.append({QString(), QString()});
            bool any = false;
            for (const Mark &mark : std::as_const(m_marks)) {
                if (mark.date != date)
                    continue;
                if (!any)
                    rows.append({QString(), tr("What the sources say of this day, beside the map's value:")});
                any = true;
                const QColor color = mark.figure.unit == FigureUnit::Share ? kShareColor : kMarkColor;
                rows.append(
                    {swatch(color, mark.event >= 0 ? QStringLiteral("◆") : QStringLiteral("○")), markText(mark)});
            }
            if (!any)
                rows.append({QString(), tr("No source gives a figure for this day.")});
            rows.append({QString(), tr("Marks: ◆ the article's figures, ○ the reports'; hover one for its source.")});
        }
    }
    QStringList plain;
    QStringList html;
    for (const auto &[mark, words] : std::as_const(rows)) {
        plain.append(words);
        html.append(mark + words.toHtmlEscaped());
    }
    if (!html.isEmpty())
        html.first() = QStringLiteral("<b>%1</b>").arg(html.first());
    m_plainReadout = plain.join(QLatin1Char('\n'));
    m_readout->setHtml(html.join(QStringLiteral("<br>")));
    m_view->setAccessibleDescription(m_plainReadout);
}

QString TerritoryChart::markText(const Mark &mark) const
{
    const Campaign &campaign = *m_session->campaign();
    QString source;
    if (mark.event >= 0) {
        // The article's citation in the same words as a change's source ("article ¶31 [60]").
        ControlChange cited;
        cited.sources = {campaign.events.at(mark.event).citation};
        source = Wording::source(campaign, cited, m_language);
    } else {
        const Report &report = campaign.reports.at(mark.report);
        source = Wording::claimSource(report, report.claims.at(mark.claim), m_language);
    }
    const QLocale locale = localeFor(m_language);
    const bool share = mark.figure.unit == FigureUnit::Share;
    const auto amount = [&](double value, int decimals) {
        return share ? tr("%1%").arg(locale.toString(value * 100.0, 'f', decimals))
                     : tr("%1 km²").arg(locale.toString(value, 'f', decimals));
    };
    // As the Figures panel writes it, with the source's own precision.
    const QString figure = FigureListModel::figureText(mark.figure);
    const QString what = share ? tr("taken") : tr("held by the opposition");
    const QString map = !mark.mapKnown ? tr("the map has no value for it")
                        : share ? tr("the map: %1 taken (contested districts count half)").arg(amount(mark.map, 1))
                                : tr("the map: %1 (contested districts count half)").arg(amount(mark.map, 1));
    return tr("%1: %2 %3; %4").arg(source, figure, what, map);
}

QString TerritoryChart::marksTipAt(const QPoint &position) const
{
    if (!m_cursor)
        return {};
    // The marks under the pointer (within their drawn radius): several sources may give the
    // same figure on the same day, and one tooltip names them all.
    const QPointF pointer = m_chart->mapFromScene(m_view->mapToScene(position));
    QStringList lines;
    QDate date;
    for (const Mark &mark : std::as_const(m_marks)) {
        const bool share = mark.figure.unit == FigureUnit::Share;
        const QPointF value(xOf(mark.date), share ? mark.figure.value * 100.0 : mark.figure.value);
        const QPointF at = m_chart->mapToPosition(value, share ? m_articleShare : m_articleKm2);
        if (QLineF(at, pointer).length() > kMarkReach)
            continue;
        if (date.isValid() && date != mark.date)
            continue; // the first day found: marks of two days are two tooltips
        date = mark.date;
        lines.append(markText(mark));
    }
    if (lines.isEmpty())
        return {};
    // The date heads the list: a report's source names the day it was published, not the day meant.
    lines.prepend(Wording::date(date, m_language));
    return lines.join(QLatin1Char('\n'));
}

QDate TerritoryChart::dateAtViewPosition(const QPoint &position) const
{
    if (m_days.isEmpty() || !m_cursor)
        return {};
    const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(position));
    return dateOfX(m_chart->mapToValue(inChart, m_cursor).x());
}

QDate TerritoryChart::dateOfX(qreal x) const
{
    if (m_days.isEmpty())
        return {};
    const QDate first = m_days.first().date;
    return first.addDays(qRound64((x - xOf(first)) / kDayMs));
}

bool TerritoryChart::moveToViewPosition(const QPoint &position)
{
    const QDate date = dateAtViewPosition(position);
    if (!date.isValid())
        return false;
    // The controller clamps a drag past either end to the campaign's first or last day.
    m_session->controller()->setCurrentDate(date);
    return true;
}

bool TerritoryChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::ToolTip: {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString tip = marksTipAt(help->pos());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, m_view);
            return true;
        }
        case QEvent::MouseButtonPress: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(mouse->position().toPoint()));
            if (mouse->button() != Qt::LeftButton || !m_chart->plotArea().contains(inChart))
                break;
            m_view->setFocus(Qt::MouseFocusReason);
            m_dragging = moveToViewPosition(mouse->position().toPoint());
            return m_dragging;
        }
        case QEvent::MouseMove:
            if (m_dragging) {
                moveToViewPosition(static_cast<QMouseEvent *>(event)->position().toPoint());
                return true;
            }
            break;
        case QEvent::MouseButtonRelease:
            if (m_dragging) {
                m_dragging = false;
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_view) {
        switch (event->type()) {
        case QEvent::KeyPress: {
            TimelineController *controller = m_session->controller();
            switch (static_cast<QKeyEvent *>(event)->key()) {
            case Qt::Key_Left:
                controller->stepDays(-1);
                return true;
            case Qt::Key_Right:
                controller->stepDays(1);
                return true;
            case Qt::Key_Home:
                controller->setCurrentDate(controller->start());
                return true;
            case Qt::Key_End:
                controller->setCurrentDate(controller->end());
                return true;
            default:
                break;
            }
            break;
        }
        case QEvent::FocusIn:
        case QEvent::FocusOut:
            // The plot's frame shows where the keys go.
            m_chart->setPlotAreaBackgroundPen(
                event->type() == QEvent::FocusIn ? QPen(palette().color(QPalette::Highlight), 2.0) : QPen(Qt::NoPen));
            m_chart->setPlotAreaBackgroundVisible(event->type() == QEvent::FocusIn);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TerritoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TerritoryChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_builtFrom.lock() != m_session->timeline() || (m_session->timeline() && !m_cursor))
        build();
    else
        updateCursor();
}

void TerritoryChart::applyDateFormat()
{
    const bool chinese = Wording::contentLanguage(m_language) == QLatin1String("zh");
    m_chart->setLocale(localeFor(m_language));
    m_axisX->setFormat(chinese ? QStringLiteral("M月d日") : QStringLiteral("d MMM"));
}

void TerritoryChart::retranslate()
{
    setWindowTitle(tr("Territory"));
    setAccessibleName(tr("Territory"));
    m_view->setAccessibleName(tr("Territory chart: km² held by each side, day by day"));
    // A label's text is its name for assistive technology; a text view needs one of its own.
    m_readout->setAccessibleName(tr("The current day's areas and figures"));
    applyDateFormat();
    m_axisKm2->setTitleText(tr("km²"));
    m_axisShare->setTitleText(tr("% taken"));
    const auto campaign = m_session->campaign();
    for (int i = 0; i < m_bands.size() && campaign; ++i) {
        const QString &sideId = m_bandSides.at(i);
        m_bands.at(i)->setName(sideId.isEmpty() ? tr("Contested") : Wording::sideName(*campaign, sideId, m_language));
    }
    if (m_shareTaken)
        m_shareTaken->setName(tr("Share taken (right axis)"));
    if (m_articleKm2)
        m_articleKm2->setName(tr("Article's figures"));
    if (m_reportKm2)
        m_reportKm2->setName(tr("Reports' figures"));
    updateReadout();
}
