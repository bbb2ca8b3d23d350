#pragma once

#include "controltimeline.h"
#include "districtareas.h"
#include "figure.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

/**
 * @brief Every aggregate figure of the article and the reports, one row each,
 * beside the map's value for the same measure on the same date.
 *
 * Rows are the article's events with a figure (in event order), then the
 * reports' claims with a figure (in file order), stably sorted by the date the
 * figure is about. Each row carries the figure as its source gives it ("about
 * 80%", "over 50%", "under 3 km²", "14 districts") and what it is of, the map's
 * value for that measure at the end of that date (TerritoryMeasure) with the
 * reports and from the article alone, and whether each agrees (agreement()).
 *
 * Values are computed once, when the sources are set. The current date
 * (setCurrentDate()) marks its rows: IsCurrentDateRole, a bold font and a
 * tinted background, so any view shows them without a delegate.
 *
 * Designed for a QSortFilterProxyModel: SortRole gives every column a value
 * that sorts by meaning (dates as QDate; figures and map values by unit —
 * shares, then km², then district counts — then by value; agreements as
 * Agreement), and the user roles hold the row's raw data whatever the column.
 */
class FigureListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The figure and the map's values first: they are what a narrow panel must show.
    enum Column {
        DateColumn,              ///< the day the figure is about
        FigureColumn,            ///< "about 80%", "over 50%", "under 3 km²", "14 districts"
        MapColumn,               ///< the map's value with the reports
        MapAgreesColumn,         ///< agreement() of the map with the reports
        ArticleOnlyColumn,       ///< the map's value from the article alone
        ArticleOnlyAgreesColumn, ///< agreement() of the article-only map
        OfColumn,                ///< what the figure is a share, an area or a count of, in the source's terms
        SourceColumn,            ///< "article ¶15 [35]", "Reuters" or "Syrian Observatory via Reuters"
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        DateRole = Qt::UserRole + 1, ///< QDate the figure is about
        UrlRole,                     ///< the report's URL; the article's for the article's figures
        SortRole,                    ///< a value of the column that sorts by meaning
        IdRole,                      ///< event id, or the claim's id ("REPORT#N" when it has none)
        IsArticleRole,               ///< true for the article's figures
        IsCurrentDateRole,           ///< the figure is about the current date
        SourceRole,                  ///< the source in full: "Syrian Observatory via Reuters, 7 December 2016"
        SummaryRole,                 ///< the event's or claim's summary in the content language
        UnitRole,                    ///< figureUnitName(): "share", "km2" or "districts"
        QualifierRole,               ///< figureQualifierName(): "about", "over", "under" or "exact"
        FigureValueRole,             ///< the figure's value (double; a share is 0..1)
        MapValueRole,                ///< the map's value with the reports (double), invalid when unknown
        ArticleOnlyValueRole,        ///< the map's value from the article alone (double), invalid when unknown
        MapAgreementRole,            ///< Agreement (int) of the map with the reports
        ArticleOnlyAgreementRole,    ///< Agreement (int) of the article-only map
    };
    Q_ENUM(Role)

    /// Whether the map's value agrees with a figure (see agreement()).
    enum class Agreement {
        Unknown,   ///< the map has no value for the measure (no district outlines, empty base)
        Agrees,    ///< within the figure's qualifier
        Disagrees, ///< outside it
    };
    Q_ENUM(Agreement)

    /// Percentage points a share given as "about" (or without a qualifier) may be off by: 10.
    static constexpr double kShareTolerance = 0.10;
    /// Relative amount a km² or district figure given as "about" (or without a qualifier) may be off by: 25%.
    static constexpr double kRelativeTolerance = 0.25;

    explicit FigureListModel(QObject *parent = nullptr);

    /**
     * @brief Shows @p campaign's figures: builds its timelines with the reports and from the
     * article alone, measured over @p areas (read with DistrictAreas::fromCampaign() when
     * null). A null campaign clears.
     */
    void setCampaign(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const DistrictAreas> areas = {});
    /**
     * @brief Shows the figures of @p withReports' campaign, measured on @p withReports and
     * @p articleOnly (built on the same campaign) over @p areas.
     */
    void setSources(std::shared_ptr<const ControlTimeline> withReports,
                    std::shared_ptr<const ControlTimeline> articleOnly, std::shared_ptr<const DistrictAreas> areas);
    const Campaign *campaign() const;

    /// Marks the rows about @p date (IsCurrentDateRole, font and background).
    void setCurrentDate(QDate date);
    QDate currentDate() const { return m_date; }
    /// Interface language ("en", "zh_TW") for dates, summaries and what figures are of.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    /// Rows about @p date, in model order.
    QList<int> rowsOn(QDate date) const;

    /**
     * @brief Whether the map's @p mapValue agrees with @p figure within the figure's qualifier.
     *
     * - "about", or no qualifier (sources round their numbers, and the map's
     *   districts are approximate): a share within ±10 percentage points
     *   (kShareTolerance) of the figure; km² and district counts within ±25%
     *   of the figure (kRelativeTolerance).
     * - "over": the map's value is at least the figure.
     * - "under": the map's value is at most the figure.
     *
     * Bounds are inclusive (with a margin of 1e-9 for rounding).
     * Unknown when there is no map value or no figure.
     */
    static Agreement agreement(const Figure &figure, std::optional<double> mapValue);
    /// A figure as its source gives it: "about 80%", "over 50%", "under 3 km²", "14 districts".
    static QString figureText(const Figure &figure);
    /// A value of @p unit as the map gives it: "65%", "2.3 km²", "12 districts".
    static QString valueText(FigureUnit unit, double value);
    /// "agrees", "disagrees" or "no value".
    static QString agreementText(Agreement agreement);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Re-reads the header and the translated texts (call on a language change).
    void retranslate();

private:
    struct Row
    {
        QString id;
        QDate date;
        int event = -1;  ///< index into Campaign::events, or -1
        int report = -1; ///< index into Campaign::reports, or -1
        int claim = -1;  ///< index of the claim in its report
        Figure figure;
        std::optional<double> withReports;
        std::optional<double> articleOnly;
    };

    static QString districtsText(double count);
    void rebuild();
    QString sourceText(const Row &row, bool full) const;
    QString summary(const Row &row) const;
    QString url(const Row &row) const;
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    void emitRowsOn(QDate date);

    std::shared_ptr<const ControlTimeline> m_withReports;
    std::shared_ptr<const ControlTimeline> m_articleOnly;
    std::shared_ptr<const DistrictAreas> m_areas;
    QList<Row> m_rows;
    QDate m_date;
    QString m_language = QStringLiteral("en");
};
