#pragma once
// UTF-8 well-formedness for the JSON reader and writer (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF).

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace newsprov::json::detail {

/// Length (1-4) of the well-formed UTF-8 sequence at s[i], or 0 when there is
/// none; then `invalid_length` is the length of the maximal ill-formed prefix
/// (at least 1), the unit one U+FFFD replaces (Unicode's "maximal subpart").
[[nodiscard]] constexpr std::size_t utf8_sequence(std::string_view s, std::size_t i,
                                                  std::size_t& invalid_length) noexcept {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return 1;
    std::size_t need = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c == 0xE0) {
        need = 2;
        lo = 0xA0;  // no overlong three-byte forms
    } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
        need = 2;
    } else if (c == 0xED) {
        need = 2;
        hi = 0x9F;  // no UTF-16 surrogates
    } else if (c == 0xF0) {
        need = 3;
        lo = 0x90;  // no overlong four-byte forms
    } else if (c >= 0xF1 && c <= 0xF3) {
        need = 3;
    } else if (c == 0xF4) {
        need = 3;
        hi = 0x8F;  // nothing above U+10FFFF
    } else {
        invalid_length = 1;
        return 0;
    }
    for (std::size_t k = 1; k <= need; ++k) {
        if (i + k >= s.size()) {
            invalid_length = k;
            return 0;
        }
        const auto b = static_cast<unsigned char>(s[i + k]);
        const unsigned char low = k == 1 ? lo : 0x80;
        const unsigned char high = k == 1 ? hi : 0xBF;
        if (b < low || b > high) {
            invalid_length = k;
            return 0;
        }
    }
    return need + 1;
}

// True when none of the 8 bytes at p is '"', '\\', a control character or
// non-ASCII. (Borrows between bytes can only make it answer false.)
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

/// Appends code point `cp` (at most U+10FFFF, not a surrogate) as UTF-8.
inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

}  // namespace newsprov::json::detail
