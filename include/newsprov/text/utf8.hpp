#pragma once
// UTF-8 decoding that survives any byte sequence.
//
// The extractor works on raw bytes so that every span it returns is a byte range
// into the caller's text. decode() never fails: an ill-formed sequence (stray
// continuation byte, truncated sequence, overlong form, surrogate, > U+10FFFF)
// decodes as one replacement character covering exactly one byte, so scanning
// always advances and spans stay on sequence boundaries.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsprov::text {

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

/// Character classes the tokenizer needs, for code points beyond ASCII too.
[[nodiscard]] constexpr bool is_space(char32_t c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x2009 || c == 0x200A || c == 0x202F || c == 0x2002 || c == 0x2003 || c == 0x3000;
}
[[nodiscard]] constexpr bool is_dash(char32_t c) noexcept {
    return c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2012;
}
/// Letters: ASCII, Latin-1 supplement, Latin extended, Greek, Cyrillic; enough
/// for names in news text. Other scripts count as letters when above U+0370.
[[nodiscard]] constexpr bool is_letter(char32_t c) noexcept {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    if (c < 0xC0) return false;
    if (c == 0xD7 || c == 0xF7) return false;
    if (c < 0x2000) return true;
    if (c >= 0x2000 && c < 0x3000) return false;  // punctuation, symbols
    return c != replacement_char && c != 0xFEFF;
}
[[nodiscard]] constexpr bool is_upper(char32_t c) noexcept {
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
    if (c >= 0x100 && c < 0x180) return (c & 1u) == 0;  // Latin Extended-A pairs
    if (c >= 0x391 && c <= 0x3A9) return true;
    if (c >= 0x400 && c <= 0x42F) return true;
    return false;
}
[[nodiscard]] constexpr bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }

}  // namespace newsprov::text
