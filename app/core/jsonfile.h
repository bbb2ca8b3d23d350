#pragma once

#include "diagnostic.h"
#include "jsonlocator.h"
#include "localizedtext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * @brief One JSON file of a campaign package being validated.
 *
 * Holds the file's display name, its bytes and the shared problem list; every
 * accessor reports a problem at the offending value's own line and column
 * (a JSON pointer resolved by JsonLocator, only once a problem occurs).
 */
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLoader)
    Q_DISABLE_COPY_MOVE(JsonFile)

public:
    /// The maximum nesting the package format allows.
    static constexpr int kMaxDepth = 32;

    JsonFile(QString name, const QByteArray &bytes, Diagnostics *problems);

    /// Parses @p bytes; syntax errors, too-deep nesting, a key written twice in one object and a
    /// non-object top level are problems.
    static std::optional<QJsonObject> parse(const QString &name, const QByteArray &bytes, Diagnostics *problems);
    /**
     * Checks the structure of @p bytes (valid JSON) as parse() does: nesting
     * deeper than @p maxDepth, a key written twice in one object. Appends the
     * problem, positioned in file @p name, to @p problems and returns true;
     * returns false when there is none.
     */
    static bool structureProblem(const QString &name, const QByteArray &bytes, Diagnostics *problems,
                                 int maxDepth = kMaxDepth);
    /// The kebab-case id pattern of the format.
    static const QRegularExpression &idPattern();

    /// Records @p message at the value @p pointer names.
    void error(const QString &pointer, const QString &message);
    /// Reports every key of @p obj not in @p allowed.
    void checkKeys(const QJsonObject &obj, const QString &pointer, const QStringList &allowed);
    QString string(const QJsonObject &obj, const QString &key, const QString &pointer, bool required = true);
    QJsonArray array(const QJsonObject &obj, const QString &key, const QString &pointer, bool required = true);
    std::optional<QJsonObject> object(const QJsonValue &v, const QString &pointer, const QString &what);
    /// A strict YYYY-MM-DD calendar date; invalid (with a problem) otherwise.
    QDate date(const QJsonObject &obj, const QString &key, const QString &pointer, bool required = true);
    LocalizedText localized(const QJsonObject &obj, const QString &key, const QString &pointer,
                            const QStringList &requiredLanguages);
    /// Positive integers (reference numbers) into @p out; false when any is not.
    bool intList(const QJsonArray &array, const QString &pointer, QList<int> *out);

    const QString &name() const { return m_name; }

private:
    QString m_name;
    QByteArray m_bytes; ///< shared with the reader's copy; the locator keeps a reference to it
    std::optional<JsonLocator> m_locator;
    Diagnostics *m_problems = nullptr;
};
