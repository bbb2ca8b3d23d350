#include "jsonfile.h"

#include <QJsonDocument>
#include <QtMath>

const QRegularExpression &JsonFile::idPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-z0-9]+(-[a-z0-9]+)*$)"));
    return re;
}

JsonFile::JsonFile(QString name, const QByteArray &bytes, Diagnostics *problems)
    : m_name(std::move(name))
    , m_bytes(bytes)
    , m_problems(problems)
{
}

std::optional<QJsonObject> JsonFile::parse(const QString &name, const QByteArray &bytes, Diagnostics *problems)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const TextPosition pos = JsonLocator::positionOfOffset(bytes, error.offset);
        problems->append({name, pos.line, pos.column, tr("JSON syntax error: %1").arg(error.errorString())});
        return std::nullopt;
    }
    // Only the structure here: recording every value's position costs far
    // more than parsing, and a valid file never needs one (see error()).
    if (structureProblem(name, bytes, problems))
        return std::nullopt;
    if (!doc.isObject()) {
        problems->append({name, 1, 1, tr("the top level must be a JSON object")});
        return std::nullopt;
    }
    return doc.object();
}

bool JsonFile::structureProblem(const QString &name, const QByteArray &bytes, Diagnostics *problems, int maxDepth)
{
    const JsonLocator::StructureProblem p = JsonLocator::checkStructure(bytes, maxDepth);
    QString message;
    switch (p.kind) {
    case JsonLocator::StructureProblem::Kind::None:
        return false;
    case JsonLocator::StructureProblem::Kind::TooDeep:
        message = tr("JSON nests deeper than %1 levels").arg(maxDepth);
        break;
    case JsonLocator::StructureProblem::Kind::RepeatedKey:
        // JSON parsers disagree on which of the two counts: say so rather than pick one.
        message = tr("key \"%1\" appears twice in one object (first at line %2, column %3); which value is meant?")
                      .arg(p.key)
                      .arg(p.first.line)
                      .arg(p.first.column);
        break;
    }
    problems->append({name, p.at.line, p.at.column, message});
    return true;
}

void JsonFile::error(const QString &pointer, const QString &message)
{
    // The positions of the whole file are found once, on its first problem:
    // the happy path never pays for them.
    if (!m_locator)
        m_locator.emplace(m_bytes, kMaxDepth);
    const TextPosition pos = m_locator->position(pointer);
    m_problems->append({m_name, pos.line, pos.column, message});
}

void JsonFile::checkKeys(const QJsonObject &obj, const QString &pointer, const QStringList &allowed)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!allowed.contains(it.key()))
            error(pointer + QLatin1Char('/') + it.key(), tr("unknown key \"%1\"").arg(it.key()));
    }
}

QString JsonFile::string(const QJsonObject &obj, const QString &key, const QString &pointer, bool required)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(pointer, tr("missing \"%1\"").arg(key));
        return {};
    }
    if (!v.isString()) {
        error(pointer + QLatin1Char('/') + key, tr("\"%1\" must be a string").arg(key));
        return {};
    }
    if (required && v.toString().trimmed().isEmpty())
        error(pointer + QLatin1Char('/') + key, tr("\"%1\" must not be empty").arg(key));
    return v.toString();
}

QJsonArray JsonFile::array(const QJsonObject &obj, const QString &key, const QString &pointer, bool required)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined()) {
        if (required)
            error(pointer, tr("missing \"%1\"").arg(key));
        return {};
    }
    if (!v.isArray()) {
        error(pointer + QLatin1Char('/') + key, tr("\"%1\" must be an array").arg(key));
        return {};
    }
    return v.toArray();
}

std::optional<QJsonObject> JsonFile::object(const QJsonValue &v, const QString &pointer, const QString &what)
{
    if (!v.isObject()) {
        error(pointer, tr("%1 must be a JSON object").arg(what));
        return std::nullopt;
    }
    return v.toObject();
}

QDate JsonFile::date(const QJsonObject &obj, const QString &key, const QString &pointer, bool required)
{
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString text = string(obj, key, pointer, required);
    if (text.isEmpty())
        return {};
    const QString at = pointer + QLatin1Char('/') + key;
    if (!iso.match(text).hasMatch()) {
        error(at, tr("\"%1\" must be a date YYYY-MM-DD, not \"%2\"").arg(key, text));
        return {};
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        error(at, tr("impossible date \"%1\"").arg(text));
    return d;
}

LocalizedText JsonFile::localized(const QJsonObject &obj, const QString &key, const QString &pointer,
                                  const QStringList &requiredLanguages)
{
    LocalizedText text;
    const QJsonValue v = obj.value(key);
    if (v.isUndefined()) {
        if (!requiredLanguages.isEmpty())
            error(pointer, tr("missing \"%1\"").arg(key));
        return text;
    }
    const QString at = pointer + QLatin1Char('/') + key;
    // A package has hundreds of these: object()'s words for a problem are written only for one.
    const auto o = v.isObject() ? std::optional(v.toObject()) : object(v, at, QStringLiteral("\"%1\"").arg(key));
    if (!o)
        return text;
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("ar")};
    checkKeys(*o, at, languages);
    text.en = string(*o, languages.at(0), at, requiredLanguages.contains(languages.at(0)));
    text.zh = string(*o, languages.at(1), at, requiredLanguages.contains(languages.at(1)));
    text.ar = string(*o, languages.at(2), at, requiredLanguages.contains(languages.at(2)));
    return text;
}

bool JsonFile::intList(const QJsonArray &array, const QString &pointer, QList<int> *out)
{
    bool ok = true;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != qFloor(d) || d < 1 || d > 100000) {
            error(pointer + QLatin1Char('/') + QString::number(i), tr("a reference number must be a positive integer"));
            ok = false;
            continue;
        }
        out->append(int(d));
    }
    return ok;
}
