#pragma once

#include <QCoreApplication>

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

/// A file's bytes, decoded text and any problem found while reading it.
struct FileReadResult
{
    QByteArray bytes;
    QString text;
    Diagnostics problems;

    bool ok() const { return problems.isEmpty(); }
};

/**
 * @brief Reads a data file defensively: size first, then strict UTF-8.
 *
 * The size is checked before reading so that a huge file is refused without
 * being loaded; invalid UTF-8 is reported at its line and column.
 */
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(FileReader)

public:
    static FileReadResult read(const QString &path, const QString &displayName, qint64 maxBytes);
    /// Byte offset of the first invalid UTF-8 sequence, or -1 when valid.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
};
