#pragma once

#include <QString>
#include <QTemporaryDir>

/// Copies the embedded campaign package into @p dir; returns the folder path.
QString copyEmbeddedPackage(const QTemporaryDir &dir);
/// Replaces the first occurrence of @p from in the file; fails the test if absent.
void replaceInFile(const QString &path, const QString &from, const QString &to);
/// Writes @p bytes to @p path, replacing the file.
void writeFile(const QString &path, const QByteArray &bytes);
/// Reads a whole file (empty when missing).
QByteArray readFile(const QString &path);

#include <ostream>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
