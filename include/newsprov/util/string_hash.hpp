#pragma once
// One hash of short strings (ids, keys, interned words) for every table of the
// library: the document's ids and string arena (graph/strings.hpp) and the
// JSON cursor's duplicate-key check (json/cursor.hpp).

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsprov::detail {

/// Murmur3's 64-bit finalizer: every input bit reaches every output bit.
[[nodiscard]] constexpr std::uint64_t fmix64(std::uint64_t x) noexcept {
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDull;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53ull;
    x ^= x >> 33;
    return x;
}

/// A per-process seed (from where the loader put this function), so that the
/// table order of crafted ids is not the same on every run.
[[nodiscard]] inline std::uint64_t hash_seed() noexcept {
    static const std::uint64_t seed =
        fmix64(reinterpret_cast<std::uintptr_t>(&hash_seed) ^ 0x9E3779B97F4A7C15ull);
    return seed;
}

/// A fast hash of short strings: one multiply per 8 bytes, then a finalizer.
[[nodiscard]] inline std::uint64_t string_hash(std::string_view s) noexcept {
    constexpr std::uint64_t k = 0x9FB21C651E98DF25ull;
    const char* p = s.data();
    std::size_t n = s.size();
    std::uint64_t h = hash_seed() ^ (n * k);
    while (n > 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, 8);
        h = std::rotl((h ^ w) * k, 29);
        p += 8;
        n -= 8;
    }
    std::uint64_t w = 0;  // the last 1 to 8 bytes, in fixed-size loads (no memcpy call)
    if (n >= 4) {
        std::uint32_t lo = 0, hi = 0;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        w = lo | (std::uint64_t{hi} << 32);
    } else if (n > 0) {
        w = static_cast<unsigned char>(p[0]) | (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
            (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
    }
    return fmix64((h ^ w) * k);
}

}  // namespace newsprov::detail
