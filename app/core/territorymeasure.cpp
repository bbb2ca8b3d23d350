#include "territorymeasure.h"

#include <cmath>

namespace {
const QString kGovernment = QStringLiteral("government");
const QString kOpposition = QStringLiteral("opposition");
} // namespace

TerritoryMeasure::TerritoryMeasure(const ControlTimeline &timeline, const DistrictAreas &areas)
    : m_timeline(timeline)
    , m_areas(areas)
{
}

double TerritoryMeasure::weight(int index, const QString &side, QDate date) const
{
    const DistrictAppearance a = m_timeline.appearanceAt(index, date);
    if (!a.isKnown())
        return 0.0;
    if (a.control == side)
        return 1.0;
    if (a.isContested() && a.contestants.contains(side))
        return 0.5;
    return 0.0;
}

QList<int> TerritoryMeasure::indices(const QStringList &districts) const
{
    QList<int> out;
    if (districts.isEmpty()) {
        for (int i = 0; i < m_timeline.districtCount(); ++i)
            out.append(i);
        return out;
    }
    for (const QString &id : districts) {
        const int i = m_timeline.campaign()->districtIndex(id);
        if (i >= 0)
            out.append(i);
    }
    return out;
}

double TerritoryMeasure::km2Held(const QString &side, QDate date, const QStringList &districts) const
{
    double sum = 0.0;
    for (int i : indices(districts)) {
        const double a = m_areas.km2(i);
        if (!std::isnan(a))
            sum += a * weight(i, side, date);
    }
    return sum;
}

std::optional<double> TerritoryMeasure::takenShare(QDate date, const QStringList &districts) const
{
    const QDate first = m_timeline.campaign()->start;
    double base = 0.0;
    double taken = 0.0;
    for (int i : indices(districts)) {
        const double a = m_areas.km2(i);
        if (std::isnan(a))
            continue;
        const double held = a * weight(i, kOpposition, first);
        base += held;
        taken += held * weight(i, kGovernment, date);
    }
    if (base <= 0.0)
        return std::nullopt;
    return taken / base;
}

int TerritoryMeasure::districtsTaken(QDate date, const QStringList &districts) const
{
    const QDate first = m_timeline.campaign()->start;
    int count = 0;
    for (int i : indices(districts)) {
        if (weight(i, kOpposition, first) == 1.0 && weight(i, kGovernment, date) == 1.0)
            ++count;
    }
    return count;
}

std::optional<double> TerritoryMeasure::valueFor(const Figure &figure, QDate date) const
{
    if (!figure.present)
        return std::nullopt;
    switch (figure.unit) {
    case FigureUnit::Share:
        if (m_areas.isEmpty())
            return std::nullopt;
        return takenShare(date, figure.districts);
    case FigureUnit::Km2:
        if (m_areas.isEmpty())
            return std::nullopt;
        return km2Held(kOpposition, date, figure.districts);
    case FigureUnit::Districts:
        return double(districtsTaken(date, figure.districts));
    }
    return std::nullopt;
}
