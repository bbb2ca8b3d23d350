#include "settingsstore.h"

#include "campaign.h"
#include "citationformatter.h"

#include <QtMath>

namespace {
const QString kDateKey = QStringLiteral("viewer/date");
const QString kDistrictKey = QStringLiteral("viewer/district");
const QString kZoomKey = QStringLiteral("viewer/zoom");
const QString kLanguageKey = QStringLiteral("viewer/language");
const QString kSpeedKey = QStringLiteral("viewer/speed");
const QString kArticleOnlyKey = QStringLiteral("viewer/articleOnly");
const QString kCitationStyleKey = QStringLiteral("viewer/citationStyle");
const QString kLegendCornerKey = QStringLiteral("viewer/legendCorner");

struct CornerName
{
    Qt::Corner corner;
    const char *name;
};
constexpr CornerName kCornerNames[] = {{Qt::TopLeftCorner, "top-left"},
                                       {Qt::TopRightCorner, "top-right"},
                                       {Qt::BottomLeftCorner, "bottom-left"},
                                       {Qt::BottomRightCorner, "bottom-right"}};
const QString kHiddenKindsKey = QStringLiteral("viewer/hiddenEventKinds");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kOverviewKey = QStringLiteral("viewer/showOverviewAtStart");

/// The value as text, or empty when it is something else (a list, a map, ...).
QString textValue(const QVariant &value)
{
    if (!value.isValid() || !value.canConvert<QString>())
        return {};
    return value.toString().trimmed();
}

QByteArray bytesValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray();
    return {};
}
} // namespace

SettingsStore::SettingsStore()
    : m_settings(std::make_unique<QSettings>())
{
}

SettingsStore::SettingsStore(std::unique_ptr<QSettings> settings)
    : m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{
}

SettingsStore::~SettingsStore() = default;

QStringList SettingsStore::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_TW")};
}

QStringList SettingsStore::citationStyles()
{
    return {CitationFormatter::styleKey(CitationFormatter::Style::Chicago),
            CitationFormatter::styleKey(CitationFormatter::Style::Apa)};
}

bool SettingsStore::isSupportedLanguage(const QString &language)
{
    return languages().contains(language);
}

QList<int> SettingsStore::speeds()
{
    return {1, 2, 5, 10};
}

QString SettingsStore::fileName() const
{
    return m_settings->fileName();
}

SettingsStore::State SettingsStore::load(const Campaign *campaign) const
{
    State state;
    if (m_settings->status() != QSettings::NoError)
        return state;

    const QDate date = QDate::fromString(textValue(m_settings->value(kDateKey)), Qt::ISODate);
    if (date.isValid() && (!campaign || (date >= campaign->start && date <= campaign->end)))
        state.date = date;

    const QString district = textValue(m_settings->value(kDistrictKey));
    if (!district.isEmpty() && (!campaign || campaign->district(district)))
        state.district = district;

    bool ok = false;
    const double zoom = textValue(m_settings->value(kZoomKey)).toDouble(&ok);
    if (ok && qIsFinite(zoom) && zoom >= kMinZoom && zoom <= kMaxZoom)
        state.zoom = zoom;

    const QString language = textValue(m_settings->value(kLanguageKey));
    if (isSupportedLanguage(language))
        state.language = language;

    const int speed = textValue(m_settings->value(kSpeedKey)).toInt(&ok);
    if (ok && speeds().contains(speed))
        state.speed = speed;

    // Only the words QSettings writes for a bool: anything else keeps the reports shown.
    state.articleOnly = textValue(m_settings->value(kArticleOnlyKey)) == QLatin1String("true");

    const QString citationStyle = textValue(m_settings->value(kCitationStyleKey));
    if (citationStyles().contains(citationStyle))
        state.citationStyle = citationStyle;
    // Kind names separated by commas; a name this version does not know is left out.
    for (const QString &name : textValue(m_settings->value(kHiddenKindsKey)).split(QLatin1Char(','))) {
        EventKind kind = EventKind::Statement;
        if (eventKindFromName(name.trimmed(), &kind) && !state.hiddenEventKinds.contains(kind))
            state.hiddenEventKinds.append(kind);
    }

    // A word, not Qt's enum value, so that a hand-edited file says what it means.
    const QString corner = textValue(m_settings->value(kLegendCornerKey));
    for (const CornerName &c : kCornerNames) {
        if (corner == QLatin1String(c.name))
            state.legendCorner = c.corner;
    }

    state.geometry = bytesValue(m_settings->value(kGeometryKey));
    state.windowState = bytesValue(m_settings->value(kStateKey));
    return state;
}

void SettingsStore::save(const State &state)
{
    if (state.date.isValid())
        m_settings->setValue(kDateKey, state.date.toString(Qt::ISODate));
    else
        m_settings->remove(kDateKey);
    m_settings->setValue(kDistrictKey, state.district);
    if (state.zoom > 0.0)
        m_settings->setValue(kZoomKey, state.zoom);
    else
        m_settings->remove(kZoomKey);
    m_settings->setValue(kLanguageKey, state.language);
    m_settings->setValue(kSpeedKey, state.speed);
    m_settings->setValue(kArticleOnlyKey, state.articleOnly);
    m_settings->setValue(kCitationStyleKey, state.citationStyle);
    QStringList hidden;
    for (EventKind kind : state.hiddenEventKinds)
        hidden.append(eventKindName(kind));
    m_settings->setValue(kHiddenKindsKey, hidden.join(QLatin1Char(',')));
    for (const CornerName &c : kCornerNames) {
        if (c.corner == state.legendCorner)
            m_settings->setValue(kLegendCornerKey, QString::fromLatin1(c.name));
    }
    m_settings->setValue(kGeometryKey, state.geometry);
    m_settings->setValue(kStateKey, state.windowState);
    m_settings->sync();
}

bool SettingsStore::showOverviewAtStart() const
{
    // Only the word QSettings writes for false hides it: a damaged value shows the overview again.
    return textValue(m_settings->value(kOverviewKey)) != QLatin1String("false");
}

void SettingsStore::setShowOverviewAtStart(bool show)
{
    m_settings->setValue(kOverviewKey, show);
    m_settings->sync();
}
