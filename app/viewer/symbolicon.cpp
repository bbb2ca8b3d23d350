#include "symbolicon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPen>
#include <QPixmap>

#include <algorithm>

SymbolIconEngine::SymbolIconEngine(Symbol symbol)
    : m_symbol(symbol)
{
}

QIcon SymbolIconEngine::icon(Symbol symbol)
{
    return QIcon(new SymbolIconEngine(symbol));
}

void SymbolIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(QPalette::Active, QPalette::ButtonText);
    if (mode == QIcon::Disabled)
        colour = palette.color(QPalette::Disabled, QPalette::ButtonText);
    else if (mode == QIcon::Selected)
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);

    // A centred square with a margin, as theme icons leave one.
    const double side = std::min(rect.width(), rect.height()) * 0.75;
    const QRectF box(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    if (m_symbol == Symbol::Play) {
        // An equilateral-looking triangle pointing right, its centroid on the box's centre.
        const double w = side * 0.8;
        const double left = box.center().x() - w / 3;
        QPainterPath triangle;
        triangle.moveTo(left, box.top());
        triangle.lineTo(left + w, box.center().y());
        triangle.lineTo(left, box.bottom());
        triangle.closeSubpath();
        painter->drawPath(triangle);
    } else if (m_symbol == Symbol::Clear) {
        // A cross in a square a little smaller than the others', as line edits draw theirs.
        const QRectF cross = box.adjusted(side * 0.15, side * 0.15, -side * 0.15, -side * 0.15);
        painter->setPen(QPen(colour, std::max(1.5, side * 0.16), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(cross.topLeft(), cross.bottomRight());
        painter->drawLine(cross.topRight(), cross.bottomLeft());
    } else if (m_symbol == Symbol::Back) {
        // An arrow pointing left: a head the box's height, a shaft a third of it.
        const double head = side * 0.5;
        const double shaft = side / 3;
        const double mid = box.center().y();
        QPainterPath arrow;
        arrow.moveTo(box.left(), mid);
        arrow.lineTo(box.left() + head, box.top());
        arrow.lineTo(box.left() + head, mid - shaft / 2);
        arrow.lineTo(box.right(), mid - shaft / 2);
        arrow.lineTo(box.right(), mid + shaft / 2);
        arrow.lineTo(box.left() + head, mid + shaft / 2);
        arrow.lineTo(box.left() + head, box.bottom());
        arrow.closeSubpath();
        painter->drawPath(arrow);
    } else {
        const double bar = side * 0.3;
        painter->drawRect(QRectF(box.left() + side * 0.1, box.top(), bar, side));
        painter->drawRect(QRectF(box.right() - side * 0.1 - bar, box.top(), bar, side));
    }
    painter->restore();
}

QPixmap SymbolIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // QIcon asks for device pixels when the screen's pixel ratio is above 1.
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    if (!size.isEmpty()) {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    }
    return pixmap;
}

QIconEngine *SymbolIconEngine::clone() const
{
    return new SymbolIconEngine(m_symbol);
}

QString SymbolIconEngine::key() const
{
    return QStringLiteral("SymbolIconEngine");
}

bool SymbolIconEngine::isNull()
{
    return false;
}
