#pragma once

#include "districtareas.h"
#include "figure.h"
#include "territorystats.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QTextBrowser;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class ViewerSession;

/**
 * @brief "Territory": km² held by each side over the whole campaign, as a
 * stacked area chart (Qt Charts), with a cursor at the timeline's date.
 *
 * From the bottom: the side the sources' km² figures measure (the
 * opposition), contested districts (striped in the two sides' colours), then
 * the other sides in the campaign's order, so that a source's "3.5 km² left"
 * is read against the bottom band on the same axis. The figures the sources
 * give are marked at their date and value, beside the map's own value for the
 * same measure; share figures go on a second axis with the share of the first
 * day's opposition area taken (TerritoryMeasure::takenShare(), the measure the
 * marks are compared with). A click or drag on the plot, and ←/→, Home and
 * End on the focused chart, move the timeline. The series are built once per
 * timeline (campaign or sources); moving the date moves the cursor only.
 */
class TerritoryChart : public QWidget
{
    Q_OBJECT

public:
    explicit TerritoryChart(ViewerSession *session, QWidget *parent = nullptr);
    ~TerritoryChart() override;

    /// Interface language ("en", "zh_TW") of the dates, source names and the readout.
    void setLanguage(const QString &language);
    QChartView *chartView() const { return m_view; }
    QChart *chart() const { return m_chart; }
    /// The text beside the chart (as plain text): the current day's areas and the figures sources give for it.
    QString readout() const;
    QSize sizeHint() const override;

public slots:
    /// Shows the session's timeline: rebuilds the series unless they show it already (when hidden: when next shown).
    void rebuild();

signals:
    /// The series were replaced with a new timeline's days (not emitted when only the date moves).
    void seriesRebuilt();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// A figure a source gives, with the map's own value for its measure that day.
    struct Mark
    {
        QDate date;
        Figure figure;
        int event = -1;  ///< index into Campaign::events, or -1
        int report = -1; ///< index into Campaign::reports, or -1
        int claim = -1;  ///< index into Report::claims
        double map = 0.0;
        bool mapKnown = false;
    };

    void build();
    void collectMarks(const ControlTimeline &timeline);
    void updateCursor();
    void updateReadout();
    void retranslate();
    void applyDateFormat();
    /// The tooltip for the figure marks under @p position (viewport coordinates), or empty.
    QString marksTipAt(const QPoint &position) const;
    QString markText(const Mark &mark) const;
    QDate dateAtViewPosition(const QPoint &position) const;
    QDate dateOfX(qreal x) const;
    bool moveToViewPosition(const QPoint &position);
    static qreal xOf(QDate date);

    ViewerSession *m_session = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QTextBrowser *m_readout = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisKm2 = nullptr;
    QValueAxis *m_axisShare = nullptr;
    QList<QAreaSeries *> m_bands; ///< bottom to top
    QStringList m_bandSides;      ///< side id of each band; empty for contested
    QLineSeries *m_cursor = nullptr;
    QLineSeries *m_shareTaken = nullptr;
    QScatterSeries *m_articleKm2 = nullptr;
    QScatterSeries *m_reportKm2 = nullptr;
    QScatterSeries *m_articleShare = nullptr;
    QScatterSeries *m_reportShare = nullptr;

    std::weak_ptr<const ControlTimeline> m_builtFrom; ///< the timeline the series show
    std::shared_ptr<const DistrictAreas> m_areas;     ///< the session's, for the timeline the series were built from
    QList<DayStats> m_days;
    QList<double> m_taken; ///< per day: share of the first day's opposition area taken (TerritoryMeasure)
    QList<Mark> m_marks;
    QString m_plainReadout;
    QString m_language = QStringLiteral("en");
    bool m_dragging = false;
};
