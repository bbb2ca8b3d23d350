#pragma once

#include <cstddef>
#include <cstdint>

/**
 * @brief Grows the main thread's heap once, at start-up, and asks the kernel
 * to back it with transparent huge pages.
 *
 * Between `main` and its first frame the viewer's main thread grows its heap
 * by about 5 MB in small steps (the window, the fonts' glyph caches, the
 * scene), and the first touch of each 4 KiB page is a page fault: about 1,200
 * of them, each about 10 µs on a virtual machine. reserve() grows the heap
 * once by a pad (glibc's `M_TOP_PAD`, which also makes each later growth at
 * least that large) and advises the kernel (`MADV_HUGEPAGE`) that the new part
 * may be backed by 2 MiB pages: one fault each. Apart from a byte of each
 * block it makes the heap grow with, nothing is written to the pad, so it costs
 * nothing until it is used; as it is used, it becomes resident 2 MiB at a time.
 *
 * glibc on Linux only; elsewhere, and in a sanitizer build (whose allocator
 * is not glibc's), it does nothing, and under another allocator (valgrind's,
 * a preloaded one) it makes a few blocks and frees them. Call it first in
 * `main`, before any thread starts.
 */
class StartupHeap
{
public:
    /// What reserve() did.
    struct Result
    {
        bool grown = false;             ///< the heap grew by at least the pad
        std::uintptr_t heapEnd = 0;     ///< the heap's end (the program break) afterwards
        std::uintptr_t adviceBegin = 0; ///< the start of the range advised for huge pages
        std::uintptr_t adviceEnd = 0;   ///< its end; equal to adviceBegin when nothing was advised
    };

    /// The largest pad reserve() accepts (a start-up pad, not a memory pool).
    static constexpr std::size_t kMaxPad = std::size_t(256) << 20;

    /// Whether this build can reserve (glibc's allocator on Linux, no sanitizer).
    static bool isSupported();

    /**
     * Grows the heap by at least @p pad bytes (1 byte to kMaxPad) and advises
     * the 2 MiB-aligned part of the growth for huge pages. Does nothing and
     * returns a result with grown false when @p pad is out of range, the
     * build is not supported, or the heap cannot grow in place.
     */
    static Result reserve(std::size_t pad);
};
