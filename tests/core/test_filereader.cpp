#include "filereader.h"

#include "testpackage.h"

#include <QFile>
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

namespace {

// RFC 3629's table of well-formed byte sequences, written out as its own
// oracle: the reader's check must accept exactly these.
qsizetype wellFormedLength(const unsigned char *s, qsizetype n)
{
    const auto in = [&](qsizetype i, unsigned lo, unsigned hi) { return i < n && s[i] >= lo && s[i] <= hi; };
    const auto tails = [&](qsizetype from, int count) {
        for (int k = 0; k < count; ++k) {
            if (!in(from + k, 0x80, 0xBF))
                return false;
        }
        return true;
    };
    if (in(0, 0x00, 0x7F))
        return 1;
    if (in(0, 0xC2, 0xDF) && tails(1, 1))
        return 2;
    if ((in(0, 0xE0, 0xE0) && in(1, 0xA0, 0xBF) && tails(2, 1)) || (in(0, 0xE1, 0xEC) && tails(1, 2))
        || (in(0, 0xED, 0xED) && in(1, 0x80, 0x9F) && tails(2, 1)) || (in(0, 0xEE, 0xEF) && tails(1, 2)))
        return 3;
    if ((in(0, 0xF0, 0xF0) && in(1, 0x90, 0xBF) && tails(2, 2)) || (in(0, 0xF1, 0xF3) && tails(1, 3))
        || (in(0, 0xF4, 0xF4) && in(1, 0x80, 0x8F) && tails(2, 2)))
        return 4;
    return 0;
}

qsizetype firstMalformed(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype len = wellFormedLength(s + i, bytes.size() - i);
        if (len == 0)
            return i;
        i += len;
    }
    return -1;
}

} // namespace

TEST(FileReader, FindsTheFirstMalformedByteAsRfc3629Defines)
{
    // Every lead byte after an ASCII one, every second byte, and third and
    // fourth bytes at each boundary of the table's ranges (and one of each
    // kind of byte), so that both the fast check and the scan are compared.
    const unsigned char edges[] = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE6, 0xFF};
    int compared = 0;
    for (int lead = 0x80; lead <= 0xFF; ++lead) {
        for (int second = 0; second <= 0xFF; ++second) {
            for (unsigned char third : edges) {
                for (unsigned char fourth : edges) {
                    const char bytes[] = {'a', char(lead), char(second), char(third), char(fourth)};
                    const QByteArray text(bytes, sizeof bytes);
                    ASSERT_EQ(FileReader::firstInvalidUtf8(text), firstMalformed(text))
                        << "bytes 61 " << std::hex << lead << ' ' << second << ' ' << int(third) << ' ' << int(fourth);
                    ++compared;
                }
            }
        }
    }
    EXPECT_EQ(compared, 128 * 256 * 11 * 11);
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

TEST(FileReader, ReadsACompiledInResourceAsItsFileAndDecodesTextOnlyWhenAsked)
{
    // The embedded campaign is compiled in from resources/campaigns/aleppo-2016/.
    const QString source = QStringLiteral(ATLAS_SOURCE_DIR "/resources/campaigns/aleppo-2016/");
    for (const char *name : {"map.svg", "article.md", "reports.json"}) {
        QFile file(source + QLatin1String(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        const QByteArray expected = file.readAll();
        const QString path = QStringLiteral(":/campaigns/aleppo-2016/") + QLatin1String(name);
        const FileReadResult bytes = FileReader::read(path, QLatin1String(name), 1 << 20);
        ASSERT_TRUE(bytes.ok()) << name;
        EXPECT_EQ(bytes.bytes, expected) << name;
        EXPECT_TRUE(bytes.text.isEmpty()) << name;
        const FileReadResult text = FileReader::readText(path, QLatin1String(name), 1 << 20);
        ASSERT_TRUE(text.ok()) << name;
        EXPECT_EQ(text.text, QString::fromUtf8(expected)) << name;
    }
    // The limit holds for a resource as for a file on disk.
    const FileReadResult big = FileReader::read(QStringLiteral(":/campaigns/aleppo-2016/map.svg"),
                                                QStringLiteral("map.svg"), 1000);
    ASSERT_EQ(big.problems.size(), 1);
    EXPECT_TRUE(big.problems.at(0).toString().startsWith(QStringLiteral("map.svg: file is ")))
        << big.problems.at(0).toString().toStdString();
    EXPECT_TRUE(big.bytes.isEmpty());
    // A resource folder is not a file, and a missing resource is not found.
    EXPECT_EQ(FileReader::read(QStringLiteral(":/campaigns/aleppo-2016"), QStringLiteral("folder"), 100)
                  .problems.value(0)
                  .toString(),
              QStringLiteral("folder: is a directory, not a file"));
    EXPECT_EQ(FileReader::read(QStringLiteral(":/campaigns/none.json"), QStringLiteral("none.json"), 100)
                  .problems.value(0)
                  .toString(),
              QStringLiteral("none.json: file not found"));
}

TEST(FileReader, ReadTextDropsAByteOrderMark)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bom.md"));
    writeFile(path, QByteArray("\xEF\xBB\xBF# title\n"));
    const FileReadResult r = FileReader::readText(path, QStringLiteral("bom.md"), 100);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.text, QStringLiteral("# title\n"));
    EXPECT_EQ(r.bytes.size(), 11);
}
