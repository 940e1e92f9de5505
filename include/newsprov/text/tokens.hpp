#pragma once
// Tokens: words, numbers, punctuation and quotation marks as byte spans.
//
// One pass over a paragraph turns bytes into a flat vector of small tokens that
// the later stages (quote pairing, sentences, cues, sources, figures) index into.
// Nothing here allocates per token: the caller owns and reuses the vector.

#include <newsprov/text/characters.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsprov::text {

/// A half-open byte range [begin, end) into the article.
struct span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    [[nodiscard]] constexpr std::uint32_t size() const noexcept { return end - begin; }
    [[nodiscard]] constexpr bool empty() const noexcept { return end <= begin; }
    friend constexpr bool operator==(const span&, const span&) = default;
};

enum class token_kind : std::uint8_t {
    word,     ///< letters, with inner apostrophes, hyphens and dots (U.S., don't, 9/11 is a number)
    number,   ///< digits with , . separators, optionally a trailing % or unit letters (5bn)
    punct,    ///< one punctuation character (or a run of dots: ...)
    quote,    ///< a quotation mark that may open or close a quotation
};

/// Quotation-mark styles; pairing only matches marks of a compatible style.
enum class quote_style : std::uint8_t { none, double_curly, double_straight, double_twin, single_curly, single_straight, guillemet, single_guillemet };

enum token_flags : std::uint8_t {
    tf_upper = 1,        ///< word starts with a capital letter
    tf_all_upper = 2,    ///< every letter is a capital (and more than one letter)
    tf_space_before = 4, ///< white space (or start of paragraph) before the token
    tf_space_after = 8,  ///< white space (or end of paragraph) after the token
    tf_can_open = 16,    ///< quotation mark in opening position
    tf_can_close = 32,   ///< quotation mark in closing position
    tf_ascii = 64,       ///< word is plain ASCII letters
    tf_number_word = 128,///< a number word that can start a figure ("six", not "hundred"); set by figures' annotation
};

struct token {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    char32_t ch = 0;  ///< first code point (punctuation, quotes)
    token_kind kind = token_kind::punct;
    std::uint8_t flags = 0;
    quote_style style = quote_style::none;
    std::uint8_t cue_form = 0;       ///< verb_form of the cue (see cues.hpp) when cue != no_cue
    std::uint16_t cue = 0xFFFF;      ///< index of the cue lemma this word is a form of, 0xFFFF when none
    [[nodiscard]] constexpr bool has(token_flags f) const noexcept { return (flags & f) != 0; }
    [[nodiscard]] constexpr span where() const noexcept { return {begin, end}; }
};

/// The text of token t.
template <class = void>
[[nodiscard]] inline std::string_view token_text(std::string_view text, const token& t) noexcept {
    return text.substr(t.begin, t.end - t.begin);
}

namespace detail {

[[nodiscard]] constexpr bool is_word_char(char32_t c) noexcept { return is_letter(c) || is_digit(c); }

/// ASCII letters and digits by class, for the tokenizer's fast path (0: neither).
enum ascii_class_bits : std::uint8_t { ac_lower = 1, ac_upper = 2, ac_digit = 4 };
inline constexpr auto ascii_class = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = ac_lower;
    for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = ac_upper;
    for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = ac_digit;
    return t;
}();

/// Classifies a quotation-mark code point; none for anything else.
[[nodiscard]] constexpr quote_style quote_style_of(char32_t c) noexcept {
    switch (c) {
        case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F': return quote_style::double_curly;
        case U'"': return quote_style::double_straight;
        case U'\u2018': case U'\u2019': case U'\u201A': case U'\u201B': return quote_style::single_curly;
        case U'\'': return quote_style::single_straight;
        case U'\u00AB': case U'\u00BB': return quote_style::guillemet;
        case U'\u2039': case U'\u203A': return quote_style::single_guillemet;
        default: return quote_style::none;
    }
}

/// A character after which a quotation mark opens (space, bracket, dash, another mark).
[[nodiscard]] constexpr bool opens_before(char32_t b) noexcept {
    return is_space(b) || b == U'(' || b == U'[' || is_dash(b) || b == U'-' || b == U'/' || b == U'\u201C' ||
           b == U'"' || b == U'\u2018' || b == U'\u00AB';
}
/// Punctuation after a closing mark ("...", said / "...".).
[[nodiscard]] constexpr bool punct_after(char32_t a) noexcept {
    return !is_space(a) && !is_letter(a) && !is_digit(a) && quote_style_of(a) == quote_style::none && a != U'$' &&
           a != U'(' && a != U'\u2026';
}

}  // namespace detail

/// Flanking rule for marks that look the same opening and closing (" ' ''): an
/// opening mark has white space or an opening bracket before it and none after.
constexpr void set_flanking(token& t, char32_t before, char32_t after, bool at_end, bool at_begin) noexcept {
    const bool ws_before = detail::opens_before(before) || at_begin;
    const bool ws_after = is_space(after) || at_end;
    const bool p_after = !ws_after && detail::punct_after(after);
    if (ws_before && !ws_after) t.flags |= tf_can_open;
    if (!ws_before && (ws_after || p_after)) t.flags |= tf_can_close;
    if (!(t.flags & (tf_can_open | tf_can_close))) t.flags |= tf_can_open | tf_can_close;
}

/// Splits `text[begin, end)` into tokens, appended to `out` (cleared first), and
/// calls `on_token(token&)` on each word and number token once it is complete: on a
/// word again after an apostrophe extends it ("Ukraine" then "Ukraine's"), so it must recompute
/// whatever it sets. Annotating here spares the later stages a pass over the tokens.
/// Offsets are absolute in `text`. Linear in the byte count.
namespace detail {

/// The code point at byte j, or a space at the end of the range.
template <class = void>
inline utf8::decoded code_point_at(std::string_view text, std::size_t end, std::size_t j) {
    return j < end ? utf8::decode(text, j) : utf8::decoded{U' ', 1, true};
}

/// The code point before byte j, or a space at the start of the range.
template <class = void>
inline char32_t previous_code_point(std::string_view text, std::size_t begin, std::size_t j) {
    if (j <= begin) return U' ';
    return utf8::decode(text, utf8::previous_boundary(text, j)).cp;
}

/// The end of a word whose first letter `c` (of `length` bytes) is at byte i:
/// letters and digits, with inner hyphens, dots and ampersands (well-known, U.S.,
/// R-Ky, AT&T). Sets the word's case and ASCII flags on `t`.
template <class = void>
inline std::size_t word_end(std::string_view text, std::size_t end, std::size_t i, char32_t c, std::size_t length,
                            token& t) {
    bool ascii = c < 0x80;
    bool all_upper = is_upper(c);
    int letters = 1;
    if (is_upper(c)) t.flags |= tf_upper;
    std::size_t j = i + length;
    while (j < end) {
        const utf8::decoded e = utf8::decode(text, j);
        if (is_letter(e.cp) || is_digit(e.cp)) {
            ascii = ascii && e.cp < 0x80;
            if (is_letter(e.cp)) {
                ++letters;
                if (!is_upper(e.cp)) all_upper = false;
            }
            j += e.length;
            continue;
        }
        // inner hyphen or dot followed by a letter: one word (well-known, U.S., R-Ky)
        if ((e.cp == U'-' || e.cp == U'.' || e.cp == U'&') && j + 1 < end) {
            const utf8::decoded f = utf8::decode(text, j + 1);
            if (is_letter(f.cp) || (e.cp == U'-' && is_digit(f.cp))) {
                j += 1;
                continue;
            }
            // abbreviation with a final dot: U.S. keeps its last dot
            if (e.cp == U'.' && j >= 2 && text[j - 2] == '.') {
                j += 1;
                break;
            }
        }
        break;
    }
    if (all_upper && letters > 1) t.flags |= tf_all_upper;
    if (ascii) t.flags |= tf_ascii;
    return j;
}

/// A quotation mark (or an apostrophe inside a word or before a decade) at byte i,
/// decoded as `d` with style `qs`; `t` has its start and flags. Returns the byte after it.
template <class OnToken>
std::size_t quote_mark_step(std::string_view text, std::size_t begin, std::size_t end, std::size_t i,
                            const utf8::decoded& d, quote_style qs, token& t, std::vector<token>& out,
                            OnToken& on_token) {
    const char32_t c = d.cp;
    const char32_t before = previous_code_point(text, begin, i);
    const utf8::decoded after = code_point_at(text, end, i + d.length);
    // An apostrophe inside a word (Ukraine's, don't) or before a decade ('90s)
    // is part of the word, not a quotation mark.
    const bool apostrophe_like = c == U'\'' || c == U'\u2019';
    if (apostrophe_like && is_letter(before) && is_letter(after.cp) && !out.empty() &&
        out.back().kind == token_kind::word && out.back().end == i) {
        // glue: continue the previous word
        std::size_t j = i + d.length;
        while (j < end) {
            const utf8::decoded e = utf8::decode(text, j);
            if (!detail::is_word_char(e.cp)) break;
            j += e.length;
        }
        out.back().end = static_cast<std::uint32_t>(j);
        out.back().flags &= static_cast<std::uint8_t>(~tf_ascii);
        on_token(out.back());
        return j;
    }
    if (apostrophe_like && is_digit(after.cp) && !is_letter(before) && !is_digit(before)) {
        // '90s: a decade; keep it as part of the number that follows
        std::size_t j = i + d.length;
        while (j < end && detail::is_word_char(utf8::decode(text, j).cp)) j += utf8::decode(text, j).length;
        t.kind = token_kind::number;
        t.end = static_cast<std::uint32_t>(j);
        on_token(t);
        out.push_back(t);
        return j;
    }
    t.kind = token_kind::quote;
    t.style = qs;
    t.end = static_cast<std::uint32_t>(i + d.length);
    if (c == U'\u201C' || c == U'\u2018' || c == U'\u201E' || c == U'\u201A' || c == U'\u00AB' || c == U'\u2039')
        t.flags |= tf_can_open;
    else if (c == U'\u201D' || c == U'\u2019' || c == U'\u00BB' || c == U'\u203A')
        t.flags |= tf_can_close;
    else
        set_flanking(t, before, after.cp, i + d.length >= end, i == begin);
    const bool ws_before = detail::opens_before(before) || i == begin;
    const bool ws_after = is_space(after.cp) || i + d.length >= end;
    const bool punct_after = detail::punct_after(after.cp);
    // Typographers often set a curly closing mark where an opening one belongs.
    if (c == U'\u201D' && ws_before && !ws_after && !punct_after) t.flags |= tf_can_open;
    if (c == U'\u201C' && !ws_before && (ws_after || punct_after)) t.flags |= tf_can_close;
    out.push_back(t);
    return i + d.length;
}

/// One token (or one white-space character) at byte i that the fast path of
/// tokenize() does not take; returns the byte after it. Out of line, so that the
/// hot loop stays small enough for the compiler to inline its per-word work.
template <class OnToken>
[[gnu::noinline]] std::size_t tokenize_step(std::string_view text, std::size_t begin, std::size_t end, std::size_t i,
                                            std::vector<token>& out, bool& space_before, OnToken& on_token) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const utf8::decoded d = byte < 0x80 ? utf8::decoded{byte, 1, true} : utf8::decode(text, i);
    const char32_t c = d.cp;
    if (is_space(c) || (c < 0x20)) {
        if (!out.empty()) out.back().flags |= tf_space_after;
        space_before = true;
        return i + d.length;
    }
    token t;
    t.begin = static_cast<std::uint32_t>(i);
    t.ch = c;
    if (space_before) t.flags |= tf_space_before;
    space_before = false;
    const quote_style qs = detail::quote_style_of(c);
    // Two apostrophes or backticks in a row are one double quotation mark (''x'' / ``x'').
    // Three closing apostrophes ('old-school,''') close the single quotation
    // first, then the double one.
    const bool closes_single_first = c == '\'' && i + 2 < end && text[i + 1] == '\'' && text[i + 2] == '\'' &&
                                     (i + 3 >= end || text[i + 3] != '\'') && !space_before && i > begin;
    if ((c == '\'' || c == '`') && i + 1 < end && (text[i + 1] == '\'' || (c == '`' && text[i + 1] == '`')) &&
        !closes_single_first) {
        t.kind = token_kind::quote;
        t.style = quote_style::double_twin;
        t.ch = c == '`' ? U'\u201C' : U'"';
        t.end = static_cast<std::uint32_t>(i + 2);
        if (c == '`') {
            t.flags |= tf_can_open;
        } else {
            const char32_t before = previous_code_point(text, begin, i);
            const utf8::decoded after = code_point_at(text, end, i + 2);
            set_flanking(t, before, after.cp, i + 2 >= end, i == begin);
        }
        out.push_back(t);
        return i + 2;
    }
    if (qs != quote_style::none) return quote_mark_step(text, begin, end, i, d, qs, t, out, on_token);
    if (is_letter(c)) {
        t.kind = token_kind::word;
        const std::size_t j = word_end(text, end, i, c, d.length, t);
        t.end = static_cast<std::uint32_t>(j);
        on_token(t);
        out.push_back(t);
        return j;
    }
    if (is_digit(c) || ((c == U'$' || c == U'\u00A3' || c == U'\u20AC') && is_digit(code_point_at(text, end, i + d.length).cp))) {
        t.kind = token_kind::number;
        std::size_t j = i + d.length;
        while (j < end) {
            const utf8::decoded e = utf8::decode(text, j);
            if (is_digit(e.cp) || is_letter(e.cp) || e.cp == U'%') {
                j += e.length;
                continue;
            }
            if ((e.cp == U',' || e.cp == U'.' || e.cp == U':' || e.cp == U'/') && j + 1 < end &&
                is_digit(static_cast<unsigned char>(text[j + 1]))) {
                j += 1;
                continue;
            }
            break;
        }
        t.end = static_cast<std::uint32_t>(j);
        on_token(t);
        out.push_back(t);
        return j;
    }
    // punctuation: a run of dots is one token (ellipsis)
    t.kind = token_kind::punct;
    std::size_t j = i + d.length;
    if (c == U'.')
        while (j < end && text[j] == '.') ++j;
    t.end = static_cast<std::uint32_t>(j);
    out.push_back(t);
    return j;
}

}  // namespace detail

template <class OnToken>
inline void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<token>& out, OnToken&& on_token) {
    out.clear();
    out.reserve((end - begin) / 4 + 16);  // about one token per five bytes of prose
    std::size_t i = begin;
    bool space_before = true;
    while (i < end) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte <= 0x20) {  // ASCII white space and control bytes (NUL included) separate tokens
            if (!out.empty()) out.back().flags |= tf_space_after;
            space_before = true;
            ++i;
            continue;
        }
        if (detail::ascii_class[byte] == detail::ac_lower || detail::ascii_class[byte] == detail::ac_upper) {
            // ASCII fast path, most of news text: a word of letters and digits ending
            // at white space or plain punctuation (not a hyphen, dot or ampersand,
            // which may continue it: "well-known", "U.S.", "AT&T")
            std::size_t j = i + 1;
            std::uint8_t seen = detail::ascii_class[byte];
            while (j < end) {
                const std::uint8_t cls = detail::ascii_class[static_cast<unsigned char>(text[j])];
                if (cls == 0) break;
                seen |= cls;
                ++j;
            }
            const bool all_upper = (seen & detail::ac_lower) == 0;
            const auto b = j < end ? static_cast<unsigned char>(text[j]) : 0;
            if (b < 0x80 && b != '-' && b != '.' && b != '&') {
                token t;
                t.begin = static_cast<std::uint32_t>(i);
                t.end = static_cast<std::uint32_t>(j);
                t.ch = byte;
                t.kind = token_kind::word;
                t.flags = static_cast<std::uint8_t>(tf_ascii | (space_before ? tf_space_before : 0) |
                                                    (byte <= 'Z' ? tf_upper : 0) | (all_upper && j - i > 1 ? tf_all_upper : 0));
                space_before = false;
                on_token(t);
                out.push_back(t);
                i = j;
                continue;
            }
        }
        i = detail::tokenize_step(text, begin, end, i, out, space_before, on_token);
    }
    if (!out.empty()) out.back().flags |= tf_space_after;
}

/// Splits `text[begin, end)` into tokens, appended to `out` (cleared first).
template <class = void>
inline void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<token>& out) {
    tokenize(text, begin, end, out, [](token&) noexcept {});
}

}  // namespace newsprov::text
