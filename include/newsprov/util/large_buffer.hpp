#pragma once
// Advice to the kernel about a large buffer about to be filled: back it with
// huge pages where the system offers them on request (Linux, transparent huge
// pages in "madvise" mode). Writing a 30 MB document, or reading one into
// tables of a hundred thousand records, otherwise takes one page fault per
// 4 KB of fresh memory; on a virtual machine those faults can cost more than
// the work itself. Elsewhere, or for small buffers, this does nothing.

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace newsprov::detail {

/// Buffers below this size are left alone: a huge page is 2 MiB.
inline constexpr std::size_t huge_page_bytes = std::size_t{2} << 20;

/// Advises huge pages for the whole 2 MiB pages inside [p, p + n). A hint
/// only: failure (no transparent huge pages, an old kernel) changes nothing.
inline void advise_huge_pages(void* p, std::size_t n) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (n < 2 * huge_page_bytes) return;
    const auto begin = reinterpret_cast<std::uintptr_t>(p);
    const std::uintptr_t first = (begin + huge_page_bytes - 1) & ~(huge_page_bytes - 1);
    const std::uintptr_t last = (begin + n) & ~(huge_page_bytes - 1);
    if (last > first) (void)::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}

}  // namespace newsprov::detail
