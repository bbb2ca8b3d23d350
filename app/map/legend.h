#pragma once

#include "districtlook.h"
#include "side.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>

class QPainter;

/**
 * @brief The map legend: one swatch per style the map can show, with its meaning.
 *
 * A plain painter (no QObject) shared by the view's overlay and the headless
 * renderer, so the legend of an export is the one on screen. Swatches are
 * painted by DistrictLook::paint() with the looks the map uses, so they
 * cannot drift from the map.
 */
class Legend
{
    Q_DECLARE_TR_FUNCTIONS(Legend)

public:
    struct Entry
    {
        QString section; ///< non-empty: a heading row, no swatch
        DistrictLook look;
        QString text;
    };

    void setSides(const QList<Side> &sides);
    /// "en" or "zh_TW" (side names); the fixed texts follow the installed translator.
    void setLanguage(const QString &language);
    void setShowSelection(bool show);
    void setShowUnknown(bool show);
    bool showUnknown() const { return m_showUnknown; }

    QList<Entry> entries() const;

    /// Size of the legend drawn with @p font (pixel metrics of the paint device).
    QSizeF size(const QFont &font) const;
    /// Paints the legend with its top-left corner at @p topLeft.
    void paint(QPainter *painter, const QPointF &topLeft, const QFont &font) const;

private:
    QList<Side> m_sides;
    QString m_language = QStringLiteral("en");
    bool m_showSelection = false;
    bool m_showUnknown = false;
};
