#include "languagemanager.h"

#include "settingsstore.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QLocale localeFor(const QString &language)
{
    return language == QLatin1String("zh_TW")
               ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
               : QLocale(QLocale::English, QLocale::UnitedStates);
}
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    // Dates and month names follow the viewer's language, not the system's.
    QLocale::setDefault(localeFor(m_language));
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

void LanguageManager::removeTranslators()
{
    if (m_viewer) {
        QCoreApplication::removeTranslator(m_viewer.get());
        m_viewer.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!SettingsStore::isSupportedLanguage(language))
        return false;
    if (language == m_language)
        return true;

    std::unique_ptr<QTranslator> viewer;
    std::unique_ptr<QTranslator> qt;
    if (language != QLatin1String("en")) {
        viewer = std::make_unique<QTranslator>();
        if (!viewer->load(QStringLiteral(":/i18n/aleppo-atlas_%1.qm").arg(language)))
            return false;
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }

    removeTranslators();
    m_language = language;
    QLocale::setDefault(localeFor(language));
    // Installing a translator posts LanguageChange to every widget.
    if (qt) {
        m_qt = std::move(qt);
        QCoreApplication::installTranslator(m_qt.get());
    }
    // Back to English, removing the translators has already sent LanguageChange.
    if (viewer) {
        m_viewer = std::move(viewer);
        QCoreApplication::installTranslator(m_viewer.get());
    }
    emit languageChanged(m_language);
    return true;
}
