#include "jsonlocator.h"

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

bool JsonLocator::nestsDeeperThan(const QByteArray &json, int maxDepth, TextPosition *at)
{
    // Brackets count only outside strings; inside one, a backslash escapes
    // the next byte (a quote or another backslash).
    const char *data = json.constData();
    const qsizetype size = json.size();
    int depth = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            for (++i; i < size && data[i] != '"'; ++i) {
                if (data[i] == '\\')
                    ++i;
            }
        } else if (c == '{' || c == '[') {
            // Same rule as parseValue: the root is at depth 0, a container at maxDepth is too deep.
            if (depth >= maxDepth) {
                if (at)
                    *at = positionOfOffset(json, int(i));
                return true;
            }
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
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
