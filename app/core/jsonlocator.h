#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

/// A 1-based line and column (in characters, not bytes).
struct TextPosition
{
    int line = 0;
    int column = 0;
};

/**
 * @brief Finds where values of a JSON text start.
 *
 * QJsonDocument drops positions, but a useful error says `FILE:LINE:COLUMN`.
 * The locator scans the same bytes once and records the start of values by
 * their JSON Pointer (RFC 6901: "/changes/3/district"); the root is "".
 * It records every value, or only the few a loader asks for: a GeoJSON file
 * with millions of coordinates would cost gigabytes of positions, and it has
 * only a few problems to place. It also reports nesting deeper than a limit,
 * which the loaders refuse.
 */
class JsonLocator
{
public:
    /// Scans @p json and records every value. Syntax errors are left to QJsonDocument; scanning stops there.
    explicit JsonLocator(const QByteArray &json, int maxDepth = 64);

    /**
     * Scans @p json and records only the values at the pointers @p wanted and
     * at their parents; every other object or array is skipped without
     * recursion. position() answers as the locator of every value would for
     * those pointers and their children.
     */
    JsonLocator(const QByteArray &json, const QSet<QString> &wanted, int maxDepth = 64);

    /// Position of the value at @p pointer, or of its nearest recorded parent.
    TextPosition position(const QString &pointer) const;

    /// Line and column of byte @p offset (QJsonParseError::offset).
    static TextPosition positionOfOffset(const QByteArray &json, int offset);

    /// What checkStructure() found.
    struct StructureProblem
    {
        enum class Kind {
            None,
            TooDeep,     ///< a container nests deeper than the limit; @ref at is its start
            RepeatedKey, ///< an object has @ref key twice; @ref at is the second, @ref first the first
        };
        Kind kind = Kind::None;
        TextPosition at;
        TextPosition first;
        QString key; ///< as written between the quotes
    };

    /**
     * One pass over @p json (syntactically valid) for what QJsonDocument
     * accepts silently: nesting deeper than @p maxDepth, and an object key
     * written twice, of which QJsonDocument keeps only the last value. The
     * depth answer is that of JsonLocator(json, maxDepth).tooDeep() and
     * tooDeepAt(), at a fraction of the cost, so a loader can check every
     * file and build the locator only when it has a problem to report. Keys
     * are compared as written: an escape spelling the same character
     * differently is not seen.
     */
    static StructureProblem checkStructure(const QByteArray &json, int maxDepth);

    /// True when a recorded container nests deeper than the limit given to the constructor.
    bool tooDeep() const { return m_tooDeep; }
    TextPosition tooDeepAt() const { return m_tooDeepAt; }

private:
    void scan();
    bool records(const QString &pointer) const { return m_all || m_wanted.contains(pointer); }
    bool atEnd() const { return m_pos >= m_json.size(); }
    char peek() const { return m_json.at(m_pos); }
    void advance();
    void skipWhitespace();
    bool parseValue(const QString &pointer, int depth);
    bool skipString(QString *decoded);
    bool skipContainer();

    const QByteArray &m_json; ///< only read while the constructor scans
    int m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    int m_maxDepth = 64;
    bool m_all = true;
    QSet<QString> m_wanted; ///< the pointers asked for and all their parents (when not m_all)
    bool m_tooDeep = false;
    TextPosition m_tooDeepAt;
    QHash<QString, TextPosition> m_positions;
};
