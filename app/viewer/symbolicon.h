#pragma once

#include <QIcon>
#include <QIconEngine>

/**
 * @brief The window's few symbols (the timeline's play and pause, the
 * article's back arrow, the search field's clear cross), drawn in the palette's button text colour at
 * whatever size and pixel ratio they are asked for.
 *
 * The style's standard icons come from the desktop's icon theme, and looking
 * one up parses the theme's index (hicolor has 650 directories): 29 M
 * instructions before the first frame, over a third of what a bare Qt window
 * executes to its first frame, for a triangle and two bars. Drawn here, they
 * also follow the palette, light or dark, and the disabled state.
 */
class SymbolIconEngine : public QIconEngine
{
public:
    enum class Symbol { Play, Pause, Back, Clear };

    explicit SymbolIconEngine(Symbol symbol);

    /// An icon showing @p symbol.
    static QIcon icon(Symbol symbol);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    Symbol m_symbol = Symbol::Play;
};
