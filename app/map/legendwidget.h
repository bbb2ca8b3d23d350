#pragma once

#include "legend.h"

#include <QPixmap>
#include <QWidget>

/**
 * @brief The legend as an overlay on the map view.
 *
 * A child of the view (not of the scene), so it stays fixed while the map is
 * zoomed and panned. It is transparent for the mouse: the map under it keeps
 * working. Painted by Legend, the same code as in exported images, into a
 * pixmap kept until the legend, the font, the language, the size or the
 * pixel ratio changes: the map repaints under it on every day step, and
 * drawing the legend shapes every entry's text.
 */
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    void setLegend(const Legend &legend);
    const Legend &legend() const { return m_legend; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Legend m_legend;
    /// sizeHint() for the current legend, font and language: measuring shapes
    /// every entry's text, and layouts ask for the hint several times.
    mutable QSize m_sizeHint;
    QPixmap m_picture; ///< the legend as last painted; null when it must be painted again
};
