#pragma once

#include "campaignevent.h"

#include <QByteArray>
#include <QDate>
#include <QSettings>
#include <QString>

#include <memory>

struct Campaign;

/**
 * @brief Reads, validates and writes the viewer's persistent state.
 *
 * Everything read back is checked: a value of the wrong type, a date outside
 * the campaign, an unknown district, a zoom factor that is not a finite
 * number in range or an unknown language falls back to its default, so a
 * corrupt settings file never crashes the viewer or opens it in a broken
 * state. The window geometry and dock state are passed through as bytes; Qt
 * itself rejects corrupt ones (restoreGeometry()/restoreState() return false).
 */
class SettingsStore
{
public:
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 64.0;

    /// The validated saved state; an empty or invalid member means "use the default".
    struct State
    {
        QDate date;
        QString district;
        double zoom = 0.0; ///< 0: not saved (fit the map to the window)
        QString language = QStringLiteral("en");
        int speed = 1;
        bool articleOnly = false; ///< View › Article Only: the article's picture without the reports
        QString citationStyle = QStringLiteral("chicago"); ///< Edit › Citation Style: "chicago" or "apa"
        QList<EventKind> hiddenEventKinds;                 ///< View › Event Kinds: the kinds the timeline leaves out
        Qt::Corner legendCorner = Qt::BottomLeftCorner;    ///< View › Legend Corner: where the map's legend sits
        QByteArray geometry;
        QByteArray windowState;
    };

    /// Uses the application's QSettings (organisation and application name).
    SettingsStore();
    /// Uses @p settings (for example an INI file in a test).
    explicit SettingsStore(std::unique_ptr<QSettings> settings);
    ~SettingsStore();

    /// Reads the saved state, validated against @p campaign (may be nullptr: no date/district check).
    State load(const Campaign *campaign) const;
    void save(const State &state);

    /// Whether Help › Start Here opens by itself at start: true until it is closed once unchecked.
    bool showOverviewAtStart() const;
    void setShowOverviewAtStart(bool show);

    /// Languages the viewer offers, in menu order.
    static QStringList languages();
    static bool isSupportedLanguage(const QString &language);
    static QList<int> speeds();
    /// Citation styles the viewer offers (CitationFormatter::styleKey()), in menu order.
    static QStringList citationStyles();
    /// The settings file, for tests and diagnostics.
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
