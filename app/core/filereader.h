#pragma once

#include <QCoreApplication>

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

/// A file's bytes, its decoded text (FileReader::readText() only) and any problem found while reading it.
struct FileReadResult
{
    QByteArray bytes;
    QString text; ///< empty unless read with FileReader::readText()
    Diagnostics problems;

    bool ok() const { return problems.isEmpty(); }
};

/**
 * @brief Reads a data file defensively: size first, then strict UTF-8.
 *
 * The size is checked before reading so that a huge file is refused without
 * being loaded; invalid UTF-8 is reported at its line and column. A resource
 * compiled into the program (the embedded campaign) is read where it lies,
 * or decompressed once, without a copy through QFile.
 */
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(FileReader)

public:
    /// The file's bytes, checked; @c text stays empty (JSON and XML are parsed from the bytes).
    static FileReadResult read(const QString &path, const QString &displayName, qint64 maxBytes);
    /// As read(), and the bytes decoded into @c text, without a leading byte-order mark.
    static FileReadResult readText(const QString &path, const QString &displayName, qint64 maxBytes);
    /// Byte offset of the first invalid UTF-8 sequence, or -1 when valid.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);

private:
    /// Adds the first invalid UTF-8 sequence or NUL byte of @p result's bytes to its problems.
    static void checkText(FileReadResult *result, const QString &displayName);
};
