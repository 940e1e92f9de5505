#pragma once
// Word-at-a-time scanning for the JSON reader and writer: finds the next byte that
// a JSON string cannot hold as it is ('"', '\\', control, non-ASCII).

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsprov::json::detail {

// True when none of the 8 bytes at p is '"', '\\', a control character or
// non-ASCII. (Borrows between bytes can only make it answer false.)
template <class = void>
[[nodiscard]] inline bool plain_ascii8(const char* p) noexcept {
    std::uint64_t w = 0;
    std::memcpy(&w, p, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t highs = 0x8080808080808080ull;
    const std::uint64_t q = w ^ (ones * '"');
    const std::uint64_t b = w ^ (ones * '\\');
    const std::uint64_t hits = ((q - ones) & ~q) | ((b - ones) & ~b) | (w - ones * 0x20) | w;
    return (hits & highs) == 0;
}

/// Bit 7 of each byte of `w` that is '"', '\\', a control character or
/// non-ASCII. Borrows can only set bits above a byte that is one of these, so
/// the lowest set bit always marks the first such byte.
[[nodiscard]] constexpr std::uint64_t special_bytes8(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    const std::uint64_t q = w ^ (ones * '"');
    const std::uint64_t b = w ^ (ones * '\\');
    return (((q - ones) & ~q) | ((b - ones) & ~b) | (w - ones * 0x20) | w) & 0x8080808080808080ull;
}

}  // namespace newsprov::json::detail
