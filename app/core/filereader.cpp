#include "filereader.h"

#include "jsonlocator.h"

#include <QFile>
#include <QFileInfo>
#include <QResource>

FileReadResult FileReader::read(const QString &path, const QString &displayName, qint64 maxBytes)
{
    FileReadResult result;
    // A resource compiled into the program (the embedded campaign): its bytes
    // are used where they lie when stored uncompressed, or decompressed once,
    // with no copy through QFile.
    if (path.startsWith(QLatin1String(":/"))) {
        const QResource resource(path);
        if (resource.isValid() && resource.data()) { // a directory has no data
            const qint64 size = resource.uncompressedSize();
            if (size > maxBytes) {
                result.problems.append(
                    {displayName, 0, 0, tr("file is %1 bytes; the limit is %2 bytes").arg(size).arg(maxBytes)});
                return result;
            }
            result.bytes = resource.uncompressedData();
            checkText(&result, displayName);
            return result;
        }
    }
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.problems.append({displayName, 0, 0, tr("file not found")});
        return result;
    }
    if (info.isDir()) {
        result.problems.append({displayName, 0, 0, tr("is a directory, not a file")});
        return result;
    }
    if (file.size() > maxBytes) {
        result.problems.append(
            {displayName, 0, 0, tr("file is %1 bytes; the limit is %2 bytes").arg(file.size()).arg(maxBytes)});
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append({displayName, 0, 0, tr("cannot open: %1").arg(file.errorString())});
        return result;
    }
    // Read in chunks, at most one byte past the limit: a file that grows after
    // the size check (or a device that reports no size) is still bounded, and
    // no buffer of the limit's size is allocated for a small file.
    result.bytes.reserve(qMin(file.size(), maxBytes) + 1);
    constexpr qint64 kChunk = 64 * 1024;
    while (result.bytes.size() <= maxBytes) {
        const qint64 want = qMin(kChunk, maxBytes + 1 - result.bytes.size());
        const qsizetype before = result.bytes.size();
        result.bytes.resize(before + want);
        const qint64 got = file.read(result.bytes.data() + before, want);
        result.bytes.resize(before + qMax<qint64>(got, 0));
        if (got <= 0)
            break;
    }
    if (file.error() != QFileDevice::NoError) {
        result.bytes.clear();
        result.problems.append({displayName, 0, 0, tr("cannot read: %1").arg(file.errorString())});
        return result;
    }
    if (result.bytes.size() > maxBytes) {
        result.bytes.clear();
        result.problems.append({displayName, 0, 0, tr("file is larger than the limit of %1 bytes").arg(maxBytes)});
        return result;
    }
    checkText(&result, displayName);
    return result;
}

FileReadResult FileReader::readText(const QString &path, const QString &displayName, qint64 maxBytes)
{
    FileReadResult result = read(path, displayName, maxBytes);
    if (!result.ok())
        return result;
    result.text = QString::fromUtf8(result.bytes);
    if (result.text.startsWith(QChar(0xFEFF)))
        result.text.remove(0, 1);
    return result;
}

void FileReader::checkText(FileReadResult *result, const QString &displayName)
{
    const QByteArray &bytes = result->bytes;
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const TextPosition pos = JsonLocator::positionOfOffset(bytes, int(bad));
        result->problems.append(
            {displayName, pos.line, pos.column,
             tr("invalid UTF-8 (byte 0x%1)").arg(static_cast<unsigned char>(bytes.at(bad)), 2, 16, QLatin1Char('0'))});
    } else if (bytes.contains('\0')) {
        const TextPosition pos = JsonLocator::positionOfOffset(bytes, int(bytes.indexOf('\0')));
        result->problems.append({displayName, pos.line, pos.column, tr("NUL byte in a text file")});
    }
}

qsizetype FileReader::firstInvalidUtf8(const QByteArray &bytes)
{
    // Qt's check skips ASCII runs quickly and applies the same rules (RFC 3629): a valid file,
    // the usual case, is not walked byte by byte. Only an invalid one is, to find the position.
    if (QByteArrayView(bytes).isValidUtf8())
        return -1;
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += len;
    }
    return -1;
}
