#pragma once

#include "districtlook.h"
#include "side.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>

class MapScene;
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
        /// Valid: the swatch is this plain fill (with @ref outline), not a district's look.
        QColor fill;
        QColor outline;
    };

    /**
     * The entries @p scene's map needs: its campaign's sides, "no information"
     * while a district is unknown, the reports' entries when its timeline
     * merges reports, and the land between districts when it has a base map.
     */
    void setScene(const MapScene &scene);
    void setSides(const QList<Side> &sides);
    /// "en" or "zh_TW" (side names); the fixed texts follow the installed translator.
    void setLanguage(const QString &language);
    void setShowSelection(bool show);
    void setShowUnknown(bool show);
    bool showUnknown() const { return m_showUnknown; }
    /// The map merges reports: explain the reported basis and the "sources disagree" outline.
    void setShowReports(bool show);
    bool showReports() const { return m_showReports; }
    /// The map has a base map whose city outline shows between districts: explain that land.
    void setShowLand(bool show);
    /// Compare mode: the outline entries explain changed and unchanged districts instead of "changed on this day".
    void setShowCompare(bool show);
    bool showCompare() const { return m_showCompare; }
    bool showLand() const { return m_showLand; }

    /// The generated base map's city outline (maps/features.json: outline_fill, outline_stroke).
    static QColor landFill();
    static QColor landOutline();

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
    bool m_showReports = false;
    bool m_showLand = false;
    bool m_showCompare = false;
};
