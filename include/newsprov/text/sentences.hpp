#pragma once
// Paragraph and sentence segmentation.
//
// Paragraphs end at a blank line, at a line indented by white space (wire copy
// hard-wrapped at ~65 columns indents its paragraphs), or at a short line (a
// headline, a byline). A very long paragraph is cut into pieces of at most
// max_paragraph bytes so that memory stays bounded on pathological input.
//
// Sentences end at . ! ? (and closing quotes or brackets after them) followed by
// a capital, a digit or an opening mark, except after abbreviations (Mr., Sept.,
// Gen., U.S. before a capital name...) and initials (J. R. R.). A sentence does
// not end inside a paired quotation, so '"A. B," she said.' is one sentence.

#include <newsprov/text/quotes.hpp>
#include <newsprov/text/tokens.hpp>
#include <newsprov/text/words.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace newsprov::text {

/// Longest paragraph handled in one piece; longer ones are split at white space.
inline constexpr std::size_t max_paragraph = 1u << 16;

/// Finds the end of the paragraph that starts at `begin`: returns {end of its
/// text, start of the next paragraph}. Linear in the bytes consumed.
struct paragraph_bounds {
    std::size_t end;
    std::size_t next;
};
template <class = void>
[[nodiscard]] inline paragraph_bounds next_paragraph(std::string_view text, std::size_t begin) noexcept {
    const std::size_t n = text.size();
    std::size_t line_start = begin;
    std::size_t i = begin;
    const std::size_t hard = begin + max_paragraph < n ? begin + max_paragraph : n;
    while (i < n) {
        if (i >= hard) {
            // cut at the last space before the limit, or at a code-point boundary
            std::size_t cut = i;
            for (std::size_t j = i; j > begin + max_paragraph / 2; --j)
                if (text[j - 1] == ' ') {
                    cut = j;
                    break;
                }
            while (cut > begin && !utf8::is_boundary(text, cut)) --cut;
            if (cut == begin) cut = i;
            while (cut < n && !utf8::is_boundary(text, cut)) ++cut;
            return {cut, cut};
        }
        if (text[i] != '\n') {
            // jump to the next line break (or the hard limit) in one library call
            const void* nl = std::memchr(text.data() + i, '\n', hard - i);
            i = nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : hard;
            continue;
        }
        const std::size_t line_len = i - line_start;
        std::size_t j = i + 1;
        // blank line(s) or form feed lines
        std::size_t k = j;
        while (k < n && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\f')) ++k;
        if (k >= n) return {i, n};
        if (text[k] == '\n') {
            while (k < n && (text[k] == '\n' || text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\f')) ++k;
            return {i, k};
        }
        if (k > j) return {i, k};  // indented line: a new paragraph
        // short line, or one ending a sentence, ends a paragraph; long lines wrap
        const char last = i > line_start ? text[i - 1] : '\n';
        if (line_len < 55 || last == '\r') return {i, j};
        (void)last;
        line_start = j;
        i = j;
    }
    return {n, n};
}

namespace detail {

/// Words that take an abbreviation dot and do not end a sentence.
inline constexpr std::array<std::string_view, 58> abbreviations{
    "Adm", "Ala", "Apr", "Ariz", "Aug", "Calif", "Capt", "Cmdr", "Co", "Col", "Colo", "Conn", "Corp", "Cpl", "Dec", "Del",
    "Dr", "Feb", "Fla", "Ft", "Ga", "Gen", "Gov", "Ill", "Inc", "Jan", "Jr", "Kan", "Ky", "Lt", "Ltd", "Maj", "Mass",
    "Md", "Mich", "Minn", "Mo", "Mr", "Mrs", "Ms", "Mt", "No", "Nov", "Oct", "Pa", "Prof", "Rep", "Rev", "Sen", "Sep",
    "Sept", "Sgt", "Sr", "St", "Tenn", "Va", "vs", "Wash"};

/// Words that start sentences: after "U.S." one of these means the dot ended one.
inline constexpr std::array<std::string_view, 16> sentence_openers{
    "The", "He", "She", "It", "They", "We", "But", "And", "In", "A", "This", "That", "I", "There", "His", "Her"};

[[nodiscard]] constexpr bool is_abbreviation(std::string_view w) noexcept { return in_set_exact<abbreviations>(w); }

}  // namespace detail

namespace detail {
/// Words that open circumstances after an attribution's cue.
inline constexpr std::array<std::string_view, 13> attribution_circumstances{
    "as", "at", "in", "on", "during", "after", "before", "while", "when", "to", "from", "of", "about"};

/// Do the tokens from `k` read as the attribution of a quotation just closed: a
/// cue verb ("said Clinton"), or a pronoun or up to five capitalized words and
/// then a cue verb ("he said", "Sen. Claire McCaskill said")? Cues are annotated
/// on the tokens before sentences are split.
/// After a quotation that ends in a full stop, a capitalized pronoun starts a new
/// sentence ('"... now." He added, "..."'); after '?' or '!' it may be the tail
/// ('"Is it over?" He asked.').
template <class = void>
[[nodiscard]] inline bool attribution_tail(const std::vector<token>& toks, std::size_t k, std::string_view text,
                                           bool after_full_stop = false) {
    const std::size_t n = toks.size();
    // the cue closes the sentence ("he said." / "he said Friday." / "said Ms. Lee, a nurse,"):
    // not "He said the vote ...", which starts a sentence of its own
    auto closes = [&](std::size_t j) {
        for (std::size_t e = j + 1; e < n && e <= j + 3; ++e) {
            if (toks[e].kind == token_kind::punct && (toks[e].ch == U'.' || toks[e].ch == U',')) return true;
            if (toks[e].kind != token_kind::word) return false;
            // "said as he launched the vote", "said at a rally": circumstances, not a clause
            if (in_set<attribution_circumstances>(text.substr(toks[e].begin, toks[e].end - toks[e].begin))) return true;
        }
        return j + 1 >= n;
    };
    auto is_cue = [&](std::size_t j) {
        return j < n && toks[j].kind == token_kind::word && toks[j].cue != 0xFFFF && closes(j);
    };
    if (k >= n || toks[k].kind != token_kind::word) return false;
    if (toks[k].cue != 0xFFFF && !toks[k].has(tf_upper)) return true;  // "said Clinton", "asked the senator"
    const std::string_view w = text.substr(toks[k].begin, toks[k].end - toks[k].begin);
    if (w == "He" || w == "She" || w == "They" || w == "I" || w == "We")
        return !after_full_stop && is_cue(k + 1) && !toks[k + 1].has(tf_upper);
    std::size_t j = k;
    while (j < n && j < k + 6 &&
           ((toks[j].kind == token_kind::word && toks[j].has(tf_upper)) ||
            (toks[j].kind == token_kind::punct && toks[j].ch == U'.' && j > k && toks[j - 1].end == toks[j].begin)))
        ++j;
    return j > k && is_cue(j) && !toks[j].has(tf_upper);
}
}  // namespace detail

/// Longest sentence in tokens; longer runs (lists, pathological input) are cut so
/// that the per-cue work of the attribution stage stays bounded.
inline constexpr std::uint32_t max_sentence_tokens = 400;

/// A sentence as a token range [first, last) within its paragraph.
struct sentence {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
};

/// Splits a tokenized paragraph into sentences (appended to `out`, cleared first).
template <class = void>
inline void split_sentences(std::string_view text, const std::vector<token>& toks, const std::vector<quotation>& quotes,
                            const std::vector<std::uint32_t>& inside, std::vector<sentence>& out) {
    out.clear();
    const auto n = static_cast<std::uint32_t>(toks.size());
    std::uint32_t start = 0;
    auto word = [&](std::uint32_t k) { return text.substr(toks[k].begin, toks[k].end - toks[k].begin); };
    for (std::uint32_t k = 0; k < n; ++k) {
        const token& t = toks[k];
        bool ends = false;
        std::uint32_t last = k + 1;  // one past the last token of the sentence
        if (t.kind == token_kind::punct && (t.ch == U'.' || t.ch == U'!' || t.ch == U'?' || t.ch == U'\u2026')) {
            // closing marks and brackets that belong to this sentence
            while (last < n && ((toks[last].kind == token_kind::quote && toks[last].has(tf_can_close) &&
                                 !toks[last].has(tf_space_before)) ||
                                (toks[last].kind == token_kind::punct && (toks[last].ch == U')' || toks[last].ch == U']'))))
                ++last;
            if (last >= n) {
                ends = true;
            } else {
                const token& nx = toks[last];
                const bool next_starts =
                    nx.has(tf_space_before) &&
                    ((nx.kind == token_kind::word && nx.has(tf_upper)) || nx.kind == token_kind::number ||
                     (nx.kind == token_kind::quote && nx.has(tf_can_open)) ||
                     (nx.kind == token_kind::punct && (nx.ch == U'(' || nx.ch == U'[')));
                ends = next_starts;
                // '"Is it over?" asked the senator.', '"We won." Trump said.': a quotation
                // ending in its own punctuation, then its attribution, is one sentence
                if (ends && last > k + 1 && toks[last - 1].kind == token_kind::quote && detail::attribution_tail(toks, last, text, t.ch == U'.'))
                    ends = false;
                if (ends && t.ch == U'.' && t.end - t.begin == 1 && k > 0 && toks[k - 1].end == t.begin &&
                    toks[k - 1].kind == token_kind::word) {
                    const std::string_view w = word(k - 1);
                    if (detail::is_abbreviation(w)) ends = false;
                    // an initial: one capital letter (J. Edgar Hoover)
                    if (w.size() == 1 && toks[k - 1].has(tf_upper)) ends = false;
                }
                // "U.S." is a word with its dot; ends a sentence only before a lowercase-free
                // function word that starts sentences (The, He, But, ...)
                if (!ends && t.ch == U'.') {
                } else if (ends && inside[k] != no_token && inside[last - 1] == inside[k] &&
                           quotes[inside[k]].close != no_token && quotes[inside[k]].close > last - 1) {
                    ends = false;  // inside a quotation
                }
            }
        } else if (t.kind == token_kind::word && k + 1 < n && toks[k + 1].has(tf_space_before) &&
                   toks[k + 1].kind == token_kind::word && toks[k + 1].has(tf_upper) && toks[k].end > toks[k].begin &&
                   text[toks[k].end - 1] == '.' && inside[k] == no_token) {  // (the text's byte last: a load)
            // U.S. The ...: a dotted abbreviation ending the sentence before a sentence opener
            ends = detail::in_set_exact<detail::sentence_openers>(word(k + 1));
        }
        if (!ends && k + 1 - start >= max_sentence_tokens) {
            ends = true;
            last = k + 1;
        }
        if (ends) {
            out.push_back({start, last});
            start = last;
            k = last - 1;
        }
    }
    if (start < n) out.push_back({start, n});
}

}  // namespace newsprov::text
