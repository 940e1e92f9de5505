#pragma once
// Character classes of code points that the tokenizer and the similarity measures
// need, beyond ASCII too. Decoding itself is util/utf8.hpp.

#include <newsprov/util/utf8.hpp>

namespace newsprov::text {

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
    return c != utf8::replacement_char && c != 0xFEFF;
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
