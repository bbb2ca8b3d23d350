#include "figurelistmodel.h"

#include "territorymeasure.h"
#include "wording.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace {

// Inclusive bounds must survive 0.8 - 0.7 > 0.1 in binary floating point.
constexpr double kEpsilon = 1e-9;

/// @p value with at most @p decimals decimals, without trailing zeros ("3.5", "80", "2.25").
QString shortNumber(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

/// Shares, then km², then district counts, each by value: 65% and 2.3 km² are not comparable numbers.
double unitSortKey(FigureUnit unit, double value)
{
    constexpr double kUnitSpan = 1.0e6; // far above any share, km² or district count
    return int(unit) * kUnitSpan + value;
}

QVariant optionalValue(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

FigureListModel::FigureListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FigureListModel::setCampaign(std::shared_ptr<const Campaign> campaign, std::shared_ptr<const DistrictAreas> areas)
{
    if (!campaign) {
        setSources(nullptr, nullptr, nullptr);
        return;
    }
    if (!areas)
        areas = std::make_shared<const DistrictAreas>(DistrictAreas::fromCampaign(*campaign));
    setSources(std::make_shared<const ControlTimeline>(campaign, ControlTimeline::Sources::WithReports),
               std::make_shared<const ControlTimeline>(campaign, ControlTimeline::Sources::ArticleOnly),
               std::move(areas));
}

void FigureListModel::setSources(std::shared_ptr<const ControlTimeline> withReports,
                                 std::shared_ptr<const ControlTimeline> articleOnly,
                                 std::shared_ptr<const DistrictAreas> areas)
{
    beginResetModel();
    m_withReports = std::move(withReports);
    m_articleOnly = std::move(articleOnly);
    m_areas = std::move(areas);
    rebuild();
    endResetModel();
}

const Campaign *FigureListModel::campaign() const
{
    return m_withReports ? m_withReports->campaign() : nullptr;
}

void FigureListModel::rebuild()
{
    m_rows.clear();
    const Campaign *c = campaign();
    if (!c || !m_articleOnly || !m_areas)
        return;
    const TerritoryMeasure onMap(*m_withReports, *m_areas);
    const TerritoryMeasure onArticleMap(*m_articleOnly, *m_areas);
    const auto add = [&](Row row) {
        row.withReports = onMap.valueFor(row.figure, row.date);
        row.articleOnly = onArticleMap.valueFor(row.figure, row.date);
        m_rows.append(std::move(row));
    };
    for (int e = 0; e < c->events.size(); ++e) {
        const CampaignEvent &event = c->events.at(e);
        if (event.figure.present)
            add(Row{event.id, event.date, e, -1, -1, event.figure, {}, {}});
    }
    for (int r = 0; r < c->reports.size(); ++r) {
        const Report &report = c->reports.at(r);
        for (int k = 0; k < report.claims.size(); ++k) {
            const ReportClaim &claim = report.claims.at(k);
            if (!claim.figure.present)
                continue;
            // The same id as `--figures` gives a claim without one.
            const QString id = claim.id.isEmpty() ? QStringLiteral("%1#%2").arg(report.id).arg(k + 1) : claim.id;
            add(Row{id, claim.date, -1, r, k, claim.figure, {}, {}});
        }
    }
    // Stable: on one day the article's figures stay before the reports', and reports in file order.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.date < b.date; });
}

void FigureListModel::setCurrentDate(QDate date)
{
    if (date == m_date)
        return;
    const QDate old = m_date;
    m_date = date;
    emitRowsOn(old);
    emitRowsOn(date);
}

void FigureListModel::emitRowsOn(QDate date)
{
    const QList<int> roles{IsCurrentDateRole, Qt::FontRole, Qt::BackgroundRole};
    for (int row : rowsOn(date))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

QList<int> FigureListModel::rowsOn(QDate date) const
{
    QList<int> rows;
    if (!date.isValid())
        return rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).date == date)
            rows.append(i);
    }
    return rows;
}

void FigureListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
}

void FigureListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

FigureListModel::Agreement FigureListModel::agreement(const Figure &figure, std::optional<double> mapValue)
{
    if (!figure.present || !mapValue || std::isnan(*mapValue))
        return Agreement::Unknown;
    const double map = *mapValue;
    bool agrees = false;
    switch (figure.qualifier) {
    case FigureQualifier::Over:
        agrees = map >= figure.value - kEpsilon;
        break;
    case FigureQualifier::Under:
        agrees = map <= figure.value + kEpsilon;
        break;
    case FigureQualifier::About:
    case FigureQualifier::Exact: {
        const double tolerance = figure.unit == FigureUnit::Share ? kShareTolerance
                                                                  : kRelativeTolerance * std::abs(figure.value);
        agrees = std::abs(map - figure.value) <= tolerance + kEpsilon;
        break;
    }
    }
    return agrees ? Agreement::Agrees : Agreement::Disagrees;
}

QString FigureListModel::valueText(FigureUnit unit, double value)
{
    switch (unit) {
    case FigureUnit::Share:
        return tr("%1%").arg(shortNumber(value * 100.0, 0));
    case FigureUnit::Km2:
        return tr("%1 km²").arg(shortNumber(value, 1));
    case FigureUnit::Districts:
        return districtsText(value);
    }
    return {};
}

QString FigureListModel::districtsText(double count)
{
    // No %n plural: English is the source language and ships without a translation to pluralise it.
    const long n = std::lround(count);
    return n == 1 ? tr("1 district") : tr("%1 districts").arg(n);
}

QString FigureListModel::figureText(const Figure &figure)
{
    if (!figure.present)
        return {};
    // The source's own precision: "33.3%" stays, "3.5 km²" is not rounded to 4.
    QString value;
    switch (figure.unit) {
    case FigureUnit::Share:
        value = tr("%1%").arg(shortNumber(figure.value * 100.0, 1));
        break;
    case FigureUnit::Km2:
        value = tr("%1 km²").arg(shortNumber(figure.value, 2));
        break;
    case FigureUnit::Districts:
        value = districtsText(figure.value);
        break;
    }
    switch (figure.qualifier) {
    case FigureQualifier::About:
        return tr("about %1").arg(value);
    case FigureQualifier::Over:
        return tr("over %1").arg(value);
    case FigureQualifier::Under:
        return tr("under %1").arg(value);
    case FigureQualifier::Exact:
        break;
    }
    return value;
}

QString FigureListModel::agreementText(Agreement agreement)
{
    switch (agreement) {
    case Agreement::Agrees:
        return tr("agrees");
    case Agreement::Disagrees:
        return tr("disagrees");
    case Agreement::Unknown:
        break;
    }
    return tr("no value");
}

QString FigureListModel::sourceText(const Row &row, bool full) const
{
    const Campaign &c = *campaign();
    if (row.report >= 0) {
        const Report &report = c.reports.at(row.report);
        const ReportClaim &claim = report.claims.at(row.claim);
        return full ? Wording::claimSource(report, claim, m_language) : report.attribution(claim);
    }
    // Worded as the district history words an article change: "article ¶15 [35]".
    ControlChange cited;
    cited.sources = {c.events.at(row.event).citation};
    return Wording::source(c, cited, m_language);
}

QString FigureListModel::summary(const Row &row) const
{
    const Campaign &c = *campaign();
    if (row.report >= 0)
        return c.reports.at(row.report).claims.at(row.claim).summary.value(Wording::contentLanguage(m_language));
    return Wording::eventSummary(c.events.at(row.event), m_language);
}

QString FigureListModel::url(const Row &row) const
{
    const Campaign &c = *campaign();
    return row.report >= 0 ? c.reports.at(row.report).url : c.articleSource.url;
}

int FigureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureListModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case DateColumn:
        return row.date.toString(Qt::ISODate);
    case SourceColumn:
        return sourceText(row, false);
    case FigureColumn:
        return figureText(row.figure);
    case OfColumn:
        return row.figure.of.value(Wording::contentLanguage(m_language));
    case MapColumn:
        return row.withReports ? valueText(row.figure.unit, *row.withReports) : tr("—");
    case MapAgreesColumn:
        return agreementText(agreement(row.figure, row.withReports));
    case ArticleOnlyColumn:
        return row.articleOnly ? valueText(row.figure.unit, *row.articleOnly) : tr("—");
    case ArticleOnlyAgreesColumn:
        return agreementText(agreement(row.figure, row.articleOnly));
    default:
        return {};
    }
}

QVariant FigureListModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case DateColumn:
        return row.date;
    case FigureColumn:
        return unitSortKey(row.figure.unit, row.figure.value);
    case MapColumn:
        return row.withReports ? QVariant(unitSortKey(row.figure.unit, *row.withReports)) : QVariant();
    case ArticleOnlyColumn:
        return row.articleOnly ? QVariant(unitSortKey(row.figure.unit, *row.articleOnly)) : QVariant();
    case MapAgreesColumn:
        return int(agreement(row.figure, row.withReports));
    case ArticleOnlyAgreesColumn:
        return int(agreement(row.figure, row.articleOnly));
    default:
        return displayData(row, column);
    }
}

QVariant FigureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !campaign())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool current = m_date.isValid() && row.date == m_date;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return sourceText(row, true);
        if (index.column() == FigureColumn || index.column() == OfColumn)
            return tr("%1 of %2")
                .arg(figureText(row.figure), row.figure.of.value(Wording::contentLanguage(m_language)));
        return summary(row);
    case Qt::TextAlignmentRole:
        if (index.column() == MapColumn || index.column() == ArticleOnlyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (current) {
            QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(48);
            return tint;
        }
        return {};
    case DateRole:
        return row.date;
    case UrlRole:
        return url(row);
    case SortRole:
        return sortData(row, index.column());
    case IdRole:
        return row.id;
    case IsArticleRole:
        return row.report < 0;
    case IsCurrentDateRole:
        return current;
    case SourceRole:
        return sourceText(row, true);
    case SummaryRole:
        return summary(row);
    case UnitRole:
        return figureUnitName(row.figure.unit);
    case QualifierRole:
        return figureQualifierName(row.figure.qualifier);
    case FigureValueRole:
        return row.figure.value;
    case MapValueRole:
        return optionalValue(row.withReports);
    case ArticleOnlyValueRole:
        return optionalValue(row.articleOnly);
    case MapAgreementRole:
        return int(agreement(row.figure, row.withReports));
    case ArticleOnlyAgreementRole:
        return int(agreement(row.figure, row.articleOnly));
    default:
        return {};
    }
}

QVariant FigureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DateColumn:
            return tr("Date");
        case SourceColumn:
            return tr("Source");
        case FigureColumn:
            return tr("Figure");
        case OfColumn:
            return tr("Of");
        case MapColumn:
            return tr("Map");
        case MapAgreesColumn:
            return tr("Map agrees");
        case ArticleOnlyColumn:
            return tr("Article only");
        case ArticleOnlyAgreesColumn:
            return tr("Article agrees");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MapColumn:
            return tr("The map's value for the same measure at the end of that date, with the reports");
        case ArticleOnlyColumn:
            return tr("The map's value for the same measure at the end of that date, from the article alone");
        case MapAgreesColumn:
        case ArticleOnlyAgreesColumn:
            return tr("\"about\" or no qualifier: within 10 percentage points (a share) or 25% (km², districts); "
                      "\"over\": at least the figure; \"under\": at most the figure");
        default:
            return {};
        }
    }
    return {};
}

QHash<int, QByteArray> FigureListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DateRole, "date");
    names.insert(UrlRole, "url");
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "id");
    names.insert(IsArticleRole, "isArticle");
    names.insert(IsCurrentDateRole, "isCurrentDate");
    names.insert(SourceRole, "source");
    names.insert(SummaryRole, "summary");
    names.insert(UnitRole, "unit");
    names.insert(QualifierRole, "qualifier");
    names.insert(FigureValueRole, "figureValue");
    names.insert(MapValueRole, "mapValue");
    names.insert(ArticleOnlyValueRole, "articleOnlyValue");
    names.insert(MapAgreementRole, "mapAgreement");
    names.insert(ArticleOnlyAgreementRole, "articleOnlyAgreement");
    return names;
}
