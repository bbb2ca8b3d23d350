#include "startupheap.h"

#include <cstdlib>
#include <limits>
#include <vector>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || defined(__SANITIZE_MEMORY__)
#define ATLAS_STARTUP_HEAP 0
#elif defined(__linux__) && defined(__GLIBC__)
#define ATLAS_STARTUP_HEAP 1
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#else
#define ATLAS_STARTUP_HEAP 0
#endif

namespace {
// Below glibc's mmap threshold (128 KiB): served from the heap's top, so the
// first block that does not fit there makes the heap grow (by the pad).
constexpr std::size_t kBlockBytes = std::size_t(64) << 10;
// Blocks beyond those the heap's top holds, for free blocks the allocator may hand out first.
constexpr std::size_t kSpareBlocks = 8;
constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
// M_TOP_PAD takes an int.
static_assert(StartupHeap::kMaxPad <= std::size_t(std::numeric_limits<int>::max()));
} // namespace

bool StartupHeap::isSupported()
{
    return ATLAS_STARTUP_HEAP != 0;
}

StartupHeap::Result StartupHeap::reserve(std::size_t pad)
{
    Result result;
#if ATLAS_STARTUP_HEAP
    if (pad == 0 || pad > kMaxPad)
        return result;
    if (mallopt(M_TOP_PAD, int(pad)) != 1)
        return result;
    const auto programBreak = [] { return reinterpret_cast<std::uintptr_t>(sbrk(0)); };
    const std::uintptr_t before = programBreak();
    // As many blocks as glibc's top chunk (its "keepcost") holds, and a few
    // more: the first that does not fit makes the heap grow. An allocator
    // that does not grow the heap (valgrind's, a preloaded one) reports no
    // such top, so a few blocks are made and nothing happens.
    const std::size_t limit = mallinfo2().keepcost / kBlockBytes + kSpareBlocks;
    std::vector<void *> blocks;
    blocks.reserve(limit);
    while (blocks.size() < limit && programBreak() == before) {
        void *block = std::malloc(kBlockBytes);
        if (!block)
            break;
        // Written through, so that the compiler cannot drop the allocation.
        *static_cast<volatile char *>(block) = 0;
        blocks.push_back(block);
    }
    result.grown = programBreak() >= before + pad;
    // Back to the top. glibc then trims the heap down to the pad above the
    // lowest free byte, so the advice goes on what is left.
    for (void *block : blocks)
        std::free(block);
    result.heapEnd = programBreak();
    if (result.grown) {
        // Only whole 2 MiB pages inside the growth: the heap below is in use.
        const std::uintptr_t begin = (before + kHugePage - 1) & ~(kHugePage - 1);
        const std::uintptr_t end = result.heapEnd & ~(kHugePage - 1);
        if (end > begin && madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE) == 0) {
            result.adviceBegin = begin;
            result.adviceEnd = end;
        }
    }
#else
    (void)pad;
#endif
    return result;
}
