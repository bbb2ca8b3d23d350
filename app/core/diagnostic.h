#pragma once

#include <QList>
#include <QString>

/**
 * @brief One problem found while reading a file: where it is and what is wrong.
 *
 * Rendered as `FILE:LINE:COLUMN: message` (GCC style) so that editors and
 * terminals can jump to the spot. Line and column are 1-based; 0 means the
 * format has no position for this problem (for example a missing file).
 */
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    /// `FILE:LINE:COLUMN: message`, omitting the parts that are unknown.
    QString toString() const;

    friend bool operator==(const Diagnostic &a, const Diagnostic &b)
    {
        return a.file == b.file && a.line == b.line && a.column == b.column && a.message == b.message;
    }
};

using Diagnostics = QList<Diagnostic>;
