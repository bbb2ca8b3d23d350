#include "filereader.h"

#include "testpackage.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

TEST(FileReader, RefusesAFileOverTheLimitBeforeReadingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    writeFile(path, QByteArray(2048, ' '));
    const FileReadResult r = FileReader::read(path, QStringLiteral("big.json"), 1024);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.at(0).toString(), QStringLiteral("big.json: file is 2048 bytes; the limit is 1024 bytes"));
    EXPECT_TRUE(r.bytes.isEmpty());
}

TEST(FileReader, ReportsInvalidUtf8AtItsLineAndColumn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    writeFile(path, QByteArray("{\n  \"a\": \"\xC3\xA9\xFF\"\n}"));
    const FileReadResult r = FileReader::read(path, QStringLiteral("bad.json"), 1024);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.at(0).toString(), QStringLiteral("bad.json:2:10: invalid UTF-8 (byte 0xff)"));
}

TEST(FileReader, RejectsOverlongAndSurrogateEncodings)
{
    EXPECT_EQ(FileReader::firstInvalidUtf8(QByteArray("ab\xC0\xAF")), 2);   // overlong '/'
    EXPECT_EQ(FileReader::firstInvalidUtf8(QByteArray("\xED\xA0\x80")), 0); // UTF-16 surrogate
    EXPECT_EQ(FileReader::firstInvalidUtf8(QByteArray("\xE6\xBC")), 0);     // truncated
    EXPECT_EQ(FileReader::firstInvalidUtf8(QStringLiteral("漢達拉特 ok").toUtf8()), -1);
}

TEST(FileReader, ReportsMissingFilesAndNulBytes)
{
    QTemporaryDir dir;
    const FileReadResult missing = FileReader::read(dir.filePath(QStringLiteral("none")), QStringLiteral("none"), 10);
    ASSERT_EQ(missing.problems.size(), 1);
    EXPECT_EQ(missing.problems.at(0).toString(), QStringLiteral("none: file not found"));
    const QString path = dir.filePath(QStringLiteral("nul.md"));
    writeFile(path, QByteArray("ab\ncd\0e", 7));
    const FileReadResult nul = FileReader::read(path, QStringLiteral("nul.md"), 100);
    ASSERT_EQ(nul.problems.size(), 1);
    EXPECT_EQ(nul.problems.at(0).toString(), QStringLiteral("nul.md:2:3: NUL byte in a text file"));
}
