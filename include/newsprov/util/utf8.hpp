#pragma once
// The library's one UTF-8 module (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF), for the text scanners and the writers alike.
//
// Two readings of ill-formed bytes, for two kinds of caller:
// - decode() never fails: an ill-formed byte decodes as one replacement character
//   covering exactly one byte, so a scanner always advances and the spans it
//   returns stay on sequence boundaries (the extractor, reports, PROV-N).
// - sequence() says how long the well-formed sequence is, or how long the
//   maximal ill-formed prefix is (Unicode's "maximal subpart"), the unit one
//   U+FFFD replaces when a writer repairs text (JSON, Turtle, DOT).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsprov::utf8 {

/// U+FFFD, what an ill-formed byte decodes to.
inline constexpr char32_t replacement_char = 0xFFFD;

/// One decoded code point and how many bytes it took (1 to 4, never 0).
struct decoded {
    char32_t cp = 0;
    std::uint8_t length = 1;
    bool valid = true;
};

/// Decodes the code point starting at byte `i` (i < s.size()).
[[nodiscard]] constexpr decoded decode(std::string_view s, std::size_t i) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {b0, 1, true};
    const decoded bad{replacement_char, 1, false};
    std::size_t need = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1; cp = b0 & 0x1Fu; min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2; cp = b0 & 0x0Fu; min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3; cp = b0 & 0x07u; min = 0x10000;
    } else {
        return bad;
    }
    if (need >= s.size() - i) return bad;  // truncated at the end of the text
    for (std::size_t k = 1; k <= need; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0u) != 0x80u) return bad;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return bad;
    return {cp, static_cast<std::uint8_t>(need + 1), true};
}

/// True when byte `i` starts a code point (or is an ill-formed byte standing
/// alone, which decode() treats as one); i == s.size() is a boundary too.
[[nodiscard]] constexpr bool is_boundary(std::string_view s, std::size_t i) noexcept {
    if (i == 0 || i >= s.size()) return i <= s.size();
    if ((static_cast<unsigned char>(s[i]) & 0xC0u) != 0x80u) return true;
    // A continuation byte is a boundary only when it is not part of a valid
    // sequence that started before it.
    for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
        const std::size_t start = i - back;
        const auto b = static_cast<unsigned char>(s[start]);
        if ((b & 0xC0u) == 0x80u) continue;
        const decoded d = decode(s, start);
        return !(d.valid && start + d.length > i);
    }
    return true;
}

/// Start of the code point that ends just before byte `i` (i > 0).
[[nodiscard]] constexpr std::size_t previous_boundary(std::string_view s, std::size_t i) noexcept {
    std::size_t j = i - 1;
    while (j > 0 && !is_boundary(s, j)) --j;
    return j;
}

/// Valid UTF-8 as a whole?
[[nodiscard]] constexpr bool is_valid(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        const decoded d = decode(s, i);
        if (!d.valid) return false;
        i += d.length;
    }
    return true;
}

/// Length (1-4) of the well-formed UTF-8 sequence at s[i], or 0 when there is
/// none; then `invalid_length` is the length of the maximal ill-formed prefix
/// (at least 1), the unit one U+FFFD replaces (Unicode's "maximal subpart").
[[nodiscard]] constexpr std::size_t sequence(std::string_view s, std::size_t i,
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

/// Appends code point `cp` (at most U+10FFFF, not a surrogate) as UTF-8.
inline void append(std::string& out, char32_t cp) {
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

}  // namespace newsprov::utf8
