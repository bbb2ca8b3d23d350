#include "startupheap.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <cstdlib>
#include <unistd.h>
#include <vector>

// Each test runs in a process of its own (gtest_discover_tests), so each sees
// a heap that reserve() has not grown yet.
namespace {

constexpr std::size_t kPad = std::size_t(16) << 20;

/// The kernel's flags ("VmFlags") of the mapping that holds @p address, from /proc/self/smaps.
QStringList mappingFlags(std::uintptr_t address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    bool inside = false;
    // /proc files report a size of 0: read to the end, not while !atEnd().
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        // A mapping's line starts "begin-end perms ..."; its fields' lines "Name: value".
        if (dash > 0 && space > dash && line.at(space - 1) != ':') {
            bool ok1 = false;
            bool ok2 = false;
            const auto begin = std::uintptr_t(line.left(dash).toULongLong(&ok1, 16));
            const auto end = std::uintptr_t(line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16));
            inside = ok1 && ok2 && address >= begin && address < end;
        } else if (inside && line.startsWith("VmFlags:")) {
            return QString::fromLatin1(line.mid(8)).simplified().split(QLatin1Char(' '));
        }
    }
    return {};
}

bool kernelHasHugePages()
{
    return QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
}

} // namespace

TEST(StartupHeap, GrowsTheHeapByThePadAndAdvisesItsWholePagesForHugePages)
{
    if (!StartupHeap::isSupported())
        GTEST_SKIP() << "not glibc on Linux, or a sanitizer's allocator";
    if (!kernelHasHugePages())
        GTEST_SKIP() << "the kernel has no transparent huge pages";
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const StartupHeap::Result result = StartupHeap::reserve(kPad);
    ASSERT_TRUE(result.grown);
    // The pad stays part of the heap once the blocks that made it grow are
    // freed (glibc keeps it above the lowest free byte, which may lie a little below where the heap ended).
    EXPECT_GE(result.heapEnd, before + kPad - (std::size_t(256) << 10));
    // Whole 2 MiB pages inside the growth: a partial page lost at each end.
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    EXPECT_EQ(result.adviceBegin % huge, 0u);
    EXPECT_EQ(result.adviceEnd % huge, 0u);
    EXPECT_GE(result.adviceBegin, before);
    EXPECT_LE(result.adviceEnd, result.heapEnd);
    EXPECT_GE(result.adviceEnd - result.adviceBegin, kPad - 3 * huge);
    // The kernel recorded the advice ("hg") on the range, and not on the heap below it.
    const QString hugePages = QStringLiteral("hg");
    EXPECT_TRUE(mappingFlags(result.adviceBegin).contains(hugePages))
        << mappingFlags(result.adviceBegin).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(mappingFlags(result.adviceEnd - 1).contains(hugePages));
    if (result.adviceBegin > before)
        EXPECT_FALSE(mappingFlags(result.adviceBegin - 1).contains(hugePages));
}

TEST(StartupHeap, LaterAllocationsComeFromThePadWithoutGrowingTheHeap)
{
    if (!StartupHeap::isSupported())
        GTEST_SKIP() << "not glibc on Linux, or a sanitizer's allocator";
    const StartupHeap::Result result = StartupHeap::reserve(kPad);
    ASSERT_TRUE(result.grown);
    // Start-up's many small allocations: 4 MB in 16 KiB blocks. Without the
    // pad the heap would grow by glibc's default step (128 KiB) again and again.
    std::vector<void *> blocks;
    for (int i = 0; i < 256; ++i)
        blocks.push_back(std::malloc(16 << 10));
    // (A free may trim a page off the top: glibc keeps the pad above the lowest free byte.)
    EXPECT_LE(reinterpret_cast<std::uintptr_t>(sbrk(0)), result.heapEnd);
    for (void *block : blocks) {
        EXPECT_LT(reinterpret_cast<std::uintptr_t>(block), result.heapEnd);
        std::free(block);
    }
}

TEST(StartupHeap, RefusesAPadOfNothingOrBeyondItsLimit)
{
    for (const std::size_t pad : {std::size_t(0), StartupHeap::kMaxPad + 1}) {
        const StartupHeap::Result result = StartupHeap::reserve(pad);
        EXPECT_FALSE(result.grown) << pad;
        EXPECT_EQ(result.heapEnd, 0u) << pad;
        EXPECT_EQ(result.adviceEnd, result.adviceBegin) << pad;
    }
}
