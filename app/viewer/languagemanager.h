#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

/**
 * @brief Switches the user-interface language at run time.
 *
 * Installs the embedded viewer translation (":/i18n/aleppo-atlas_<lang>.qm")
 * and, when the system has it, Qt's own; QApplication then sends every widget
 * a LanguageChange event and the widgets retranslate themselves. English is
 * the source language and needs no translator.
 */
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    QString language() const { return m_language; }
    /// "en" or "zh_TW"; returns false (and changes nothing) for anything else.
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_viewer;
    std::unique_ptr<QTranslator> m_qt;
};
