#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

/// A 1-based line and column (in characters, not bytes).
struct TextPosition
{
    int line = 0;
    int column = 0;
};

/**
 * @brief Finds where each value of a JSON text starts.
 *
 * QJsonDocument drops positions, but a useful error says `FILE:LINE:COLUMN`.
 * The locator scans the same bytes once and records the start of every value
 * under its JSON Pointer (RFC 6901: "/changes/3/district"); the root is "".
 * It also reports nesting deeper than a limit, which the loaders refuse.
 */
class JsonLocator
{
public:
    /// Scans @p json. Syntax errors are left to QJsonDocument; scanning stops there.
    explicit JsonLocator(const QByteArray &json, int maxDepth = 64);

    /// Position of the value at @p pointer, or of its nearest existing parent.
    TextPosition position(const QString &pointer) const;

    /// Line and column of byte @p offset (QJsonParseError::offset).
    static TextPosition positionOfOffset(const QByteArray &json, int offset);

    /**
     * Checks only the nesting of @p json, without recording any position:
     * true when a container nests deeper than @p maxDepth, with its start in
     * @p at. For syntactically valid JSON the answer is that of
     * JsonLocator(json, maxDepth).tooDeep() and tooDeepAt(), at a fraction of
     * the cost, so a loader can check every file and build the locator only
     * when it has a problem to report.
     */
    static bool nestsDeeperThan(const QByteArray &json, int maxDepth, TextPosition *at = nullptr);

    /// True when the text nests deeper than the limit given to the constructor.
    bool tooDeep() const { return m_tooDeep; }
    TextPosition tooDeepAt() const { return m_tooDeepAt; }

private:
    void skipWhitespace();
    bool parseValue(const QString &pointer, int depth);
    bool skipString(QString *decoded);
    void advance();

    const QByteArray &m_json;
    int m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    int m_maxDepth = 64;
    bool m_tooDeep = false;
    TextPosition m_tooDeepAt;
    QHash<QString, TextPosition> m_positions;
};
