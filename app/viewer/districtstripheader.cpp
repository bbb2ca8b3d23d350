#include "districtstripheader.h"

#include "districtstripmodel.h"
#include "districtstrips.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int kTickLong = 8;
constexpr int kTickShort = 3;

} // namespace

DistrictStripHeader::DistrictStripHeader(DistrictStrips *strips)
    : QWidget(strips)
    , m_strips(strips)
{
    setObjectName(QStringLiteral("districtStripsHeader"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Opaque: a date step repaints the marker alone, not the panels beneath.
    setAutoFillBackground(true);
}

QSize DistrictStripHeader::sizeHint() const
{
    return QSize(200, fontMetrics().height() + kTickLong + 4);
}

void DistrictStripHeader::setLanguage(const QString &language)
{
    m_language = language;
    update();
}

void DistrictStripHeader::paintEvent(QPaintEvent *)
{
    const DistrictStripModel *model = m_strips->model();
    const int days = model->dayCount();
    if (days == 0)
        return;
    // The bands' days are in the view's viewport coordinates.
    const int offset = m_strips->view()->viewport()->mapTo(m_strips, QPoint(0, 0)).x() - x();
    const auto edge = [&](int day) { return m_strips->dayEdge(day) + offset; };
    QPainter painter(this);
    const QColor ink = palette().color(QPalette::WindowText);
    const int bottom = height() - 1;
    const QLocale locale(m_language);
    painter.setPen(ink);
    painter.drawLine(QPointF(edge(0), bottom), QPointF(edge(days), bottom));
    double labelEnd = -1e9;
    for (int day = 0; day <= days; ++day) {
        const QDate date = model->date(day);
        const double x = edge(day);
        const bool month = date.day() == 1 || day == 0;
        if (month && day < days) {
            painter.drawLine(QPointF(x, bottom - kTickLong), QPointF(x, bottom));
            // The month's name after its tick, when there is room for it.
            // The year with the first month, and again with each January.
            const QString name = date.month() == 1 || day == 0 ? locale.toString(date, QStringLiteral("MMM yyyy"))
                                                               : locale.monthName(date.month(), QLocale::ShortFormat);
            const int w = fontMetrics().horizontalAdvance(name);
            if (x + 3 > labelEnd && x + 3 + w <= edge(days) + 2) {
                painter.drawText(QPointF(x + 3, bottom - kTickShort - 2), name);
                labelEnd = x + 3 + w + 6;
            }
        } else if (date.dayOfWeek() == Qt::Monday || day == days) {
            painter.drawLine(QPointF(x, bottom - kTickShort), QPointF(x, bottom));
        }
    }
    // The current date: a small triangle over its line.
    const int day = m_strips->currentDay();
    if (day >= 0) {
        const double x = (edge(day) + edge(day + 1)) / 2;
        QPainterPath marker;
        marker.moveTo(x - 5, bottom - kTickLong);
        marker.lineTo(x + 5, bottom - kTickLong);
        marker.lineTo(x, bottom);
        marker.closeSubpath();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.fillPath(marker, ink);
    }
}
