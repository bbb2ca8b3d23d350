#include "legendwidget.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_TranslucentBackground);
    setAccessibleName(tr("Map legend"));
    setFocusPolicy(Qt::NoFocus);
}

void LegendWidget::setLegend(const Legend &legend)
{
    m_legend = legend;
    m_sizeHint = QSize();
    QStringList lines;
    for (const Legend::Entry &e : m_legend.entries())
        lines.append(e.section.isEmpty() ? e.text : e.section + QLatin1Char(':'));
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    m_picture = QPixmap();
    resize(sizeHint());
    update();
}

QSize LegendWidget::sizeHint() const
{
    if (!m_sizeHint.isValid()) {
        const QSizeF s = m_legend.size(font());
        m_sizeHint = QSize(int(std::ceil(s.width())) + 1, int(std::ceil(s.height())) + 1);
    }
    return m_sizeHint;
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    const double ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (m_picture.isNull() || m_picture.size() != pixels || m_picture.devicePixelRatio() != ratio) {
        m_picture = QPixmap(pixels);
        m_picture.setDevicePixelRatio(ratio);
        m_picture.fill(Qt::transparent);
        QPainter picture(&m_picture);
        m_legend.paint(&picture, QPointF(0.5, 0.5), font());
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
}

void LegendWidget::changeEvent(QEvent *event)
{
    // The entries are translated when measured: a new language measures again.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        m_sizeHint = QSize();
        m_picture = QPixmap();
        resize(sizeHint());
    }
    QWidget::changeEvent(event);
}
