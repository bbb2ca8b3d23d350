#include "jsonlocator.h"

#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

JsonLocator::JsonLocator(const QByteArray &json, int maxDepth)
    : m_json(json)
    , m_maxDepth(maxDepth)
{
    scan();
}

JsonLocator::JsonLocator(const QByteArray &json, const QSet<QString> &wanted, int maxDepth)
    : m_json(json)
    , m_maxDepth(maxDepth)
    , m_all(false)
{
    // The parents too: the scan must descend through them, and a pointer that
    // names no value falls back to its nearest parent, as with every value recorded.
    for (const QString &pointer : wanted) {
        QString prefix = pointer;
        while (!m_wanted.contains(prefix)) {
            m_wanted.insert(prefix);
            if (prefix.isEmpty())
                break;
            prefix.truncate(prefix.lastIndexOf(QLatin1Char('/')));
        }
    }
    scan();
}

void JsonLocator::scan()
{
    skipWhitespace();
    parseValue(QString(), 0);
}

TextPosition JsonLocator::position(const QString &pointer) const
{
    QString p = pointer;
    while (true) {
        const auto it = m_positions.constFind(p);
        if (it != m_positions.constEnd())
            return *it;
        if (p.isEmpty())
            return {1, 1};
        p.truncate(p.lastIndexOf(QLatin1Char('/')));
    }
}

TextPosition JsonLocator::positionOfOffset(const QByteArray &json, int offset)
{
    TextPosition pos{1, 1};
    const int end = qBound(0, offset, int(json.size()));
    for (int i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(json.at(i));
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return pos;
}

JsonLocator::StructureProblem JsonLocator::checkStructure(const QByteArray &json, int maxDepth)
{
    // Brackets count only outside strings; inside one, a backslash escapes
    // the next byte (a quote or another backslash). The keys of each open
    // object are remembered as byte ranges. An object compares a new key with its
    // earlier ones one by one while it has a few, and through a hash set
    // once it has many, so that a hostile object with a million keys stays
    // linear.
    constexpr size_t kLinearKeys = 32;
    struct Open
    {
        bool object = false;
        size_t firstKey = 0; ///< index into keys of the object's first key
        std::unique_ptr<std::unordered_set<std::string_view>> many;
    };
    const char *data = json.constData();
    const qsizetype size = json.size();
    std::vector<Open> open;
    std::vector<std::string_view> keys;
    StructureProblem problem;
    const auto repeated = [&](std::string_view key, qsizetype second, const std::string_view &first) {
        problem.kind = StructureProblem::Kind::RepeatedKey;
        problem.key = QString::fromUtf8(key.data(), qsizetype(key.size()));
        problem.at = positionOfOffset(json, int(second));
        problem.first = positionOfOffset(json, int(first.data() - data - 1));
        return problem;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            const qsizetype quote = i;
            for (++i; i < size && data[i] != '"'; ++i) {
                if (data[i] == '\\')
                    ++i;
            }
            if (open.empty() || !open.back().object || i >= size)
                continue;
            qsizetype next = i + 1;
            while (next < size && (data[next] == ' ' || data[next] == '\t' || data[next] == '\n' || data[next] == '\r'))
                ++next;
            if (next >= size || data[next] != ':')
                continue; // a value, not a key
            const std::string_view key(data + quote + 1, size_t(i - quote - 1));
            Open &object = open.back();
            if (object.many) {
                if (!object.many->insert(key).second) {
                    const auto earlier = std::find(keys.cbegin() + qsizetype(object.firstKey), keys.cend(), key);
                    return repeated(key, quote, *earlier);
                }
            } else {
                for (size_t k = object.firstKey; k < keys.size(); ++k) {
                    if (keys[k] == key)
                        return repeated(key, quote, keys[k]);
                }
                if (keys.size() - object.firstKey >= kLinearKeys)
                    object.many = std::make_unique<std::unordered_set<std::string_view>>(
                        keys.cbegin() + qsizetype(object.firstKey), keys.cend());
                if (object.many)
                    object.many->insert(key);
            }
            keys.push_back(key);
        } else if (c == '{' || c == '[') {
            if (int(open.size()) >= maxDepth) {
                problem.kind = StructureProblem::Kind::TooDeep;
                problem.at = positionOfOffset(json, int(i));
                return problem;
            }
            open.push_back({c == '{', keys.size(), nullptr});
        } else if ((c == '}' || c == ']') && !open.empty()) {
            keys.resize(open.back().firstKey);
            open.pop_back();
        }
    }
    return problem;
}

void JsonLocator::advance()
{
    const auto c = static_cast<unsigned char>(m_json.at(m_pos++));
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((c & 0xC0) != 0x80) {
        ++m_column;
    }
}

void JsonLocator::skipWhitespace()
{
    while (!atEnd()) {
        const char c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        advance();
    }
}

bool JsonLocator::skipString(QString *decoded)
{
    // Called on the opening quote. Keys are decoded as UTF-8 (escapes kept
    // simple: \uXXXX pairs are rare in keys and only affect error positions);
    // values are only skipped.
    QByteArray raw;
    advance();
    while (!atEnd()) {
        const char c = peek();
        if (c == '"') {
            advance();
            if (decoded)
                *decoded = QString::fromUtf8(raw);
            return true;
        }
        if (c == '\\') {
            advance();
            if (atEnd())
                return false;
            const char e = peek();
            if (decoded)
                raw.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            advance();
            continue;
        }
        if (decoded)
            raw.append(c);
        advance();
    }
    return false;
}

bool JsonLocator::skipContainer()
{
    // Iterative: a skipped value may nest as deep as QJsonDocument allows.
    int depth = 0;
    while (!atEnd()) {
        const char c = peek();
        if (c == '"') {
            if (!skipString(nullptr))
                return false;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        advance();
        if (depth == 0)
            return true;
    }
    return false;
}

bool JsonLocator::parseValue(const QString &pointer, int depth)
{
    if (atEnd())
        return false;
    const bool recorded = records(pointer);
    if (recorded)
        m_positions.insert(pointer, {m_line, m_column});
    const char c = peek();
    if (c == '{' || c == '[') {
        if (!recorded)
            return skipContainer();
        if (depth >= m_maxDepth) {
            m_tooDeep = true;
            m_tooDeepAt = {m_line, m_column};
            return false;
        }
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        advance();
        skipWhitespace();
        if (!atEnd() && peek() == close) {
            advance();
            return true;
        }
        for (int index = 0;; ++index) {
            QString child;
            if (object) {
                if (atEnd() || peek() != '"')
                    return false;
                QString key;
                if (!skipString(&key))
                    return false;
                key.replace(QLatin1Char('~'), QLatin1String("~0"));
                key.replace(QLatin1Char('/'), QLatin1String("~1"));
                child = pointer + QLatin1Char('/') + key;
                skipWhitespace();
                if (atEnd() || peek() != ':')
                    return false;
                advance();
                skipWhitespace();
            } else {
                child = pointer + QLatin1Char('/') + QString::number(index);
            }
            if (!parseValue(child, depth + 1))
                return false;
            skipWhitespace();
            if (atEnd())
                return false;
            if (peek() == ',') {
                advance();
                skipWhitespace();
                continue;
            }
            if (peek() == close) {
                advance();
                return true;
            }
            return false;
        }
    }
    if (c == '"')
        return skipString(nullptr);
    // number, true, false, null
    while (!atEnd()) {
        const char d = peek();
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
            break;
        advance();
    }
    return true;
}
