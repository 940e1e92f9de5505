#pragma once
// Word-level similarity between a claim and the text: words, crude stems,
// quote-tolerant verbatim comparison, a longest-common-subsequence alignment
// that names the differing words, and an index of a whole article's words so
// that thousands of claims are located without scanning the text for each.
//
// Words are runs of letters and digits (inner apostrophes, and dots or commas
// between digits, stay inside: "don't", "U.S", "1,000"); hyphens split. They are
// compared lowercased (ASCII), with the typographic apostrophe folded to '.
// A stem is the first five letters after dropping a possessive, one inflection
// (-ing, -ed, -es, -s, -ies, -ied) and a final e ("negotiations" and "negotiators"
// share "negot", "halting" and "halt" share "halt"); number words stem to their digits, so "three"
// and "3" match. That is deliberately crude: it serves to find paraphrases of a
// declared claim, not to judge meaning.

#include <newsprov/text/figures.hpp>
#include <newsprov/text/characters.hpp>
#include <newsprov/util/utf8.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsprov::checker {

/// One word of a text: bytes [begin, end), hashes of its lowercase form (without a
/// possessive 's) and of its stem.
struct word {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint64_t exact = 0;
    std::uint64_t stem = 0;
    bool stop = false;  ///< a function word ("the", "of", "said")
};

namespace detail {

inline constexpr std::uint64_t fnv_basis = 14695981039346656037ull;
inline constexpr std::uint64_t fnv_prime = 1099511628211ull;

[[nodiscard]] constexpr std::uint64_t hash_bytes(std::string_view s) noexcept {
    std::uint64_t h = fnv_basis;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= fnv_prime;
    }
    return h;
}

[[nodiscard]] constexpr bool ascii_alnum(unsigned char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Length of the word character at i (0 when none): ASCII letters and digits, non-ASCII letters.
[[nodiscard]] constexpr std::size_t word_char(std::string_view s, std::size_t i) noexcept {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return ascii_alnum(c) ? 1 : 0;
    const utf8::decoded d = utf8::decode(s, i);
    if (!d.valid) return 0;
    return text::is_letter(d.cp) || text::is_digit(d.cp) ? d.length : 0;
}

/// Length of an apostrophe at i (' or U+2019), 0 otherwise.
[[nodiscard]] constexpr std::size_t apostrophe(std::string_view s, std::size_t i) noexcept {
    if (s[i] == '\'') return 1;
    if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && s[i + 2] == '\x99') return 3;
    return 0;
}

[[nodiscard]] constexpr bool is_digit_at(std::string_view s, std::size_t i) noexcept {
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

// sorted (binary search: every word of both texts is looked up)
inline constexpr std::array<std::string_view, 58> stop_words{
    "a", "about", "after", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had",
    "has", "have", "he", "her", "his", "if", "in", "into", "is", "it", "its", "no", "not", "of", "on", "or", "s",
    "said", "say", "says", "she", "so", "than", "that", "the", "their", "then", "there", "these", "they", "this",
    "those", "to", "told", "up", "was", "were", "which", "who", "will", "with", "would"};
static_assert(std::is_sorted(stop_words.begin(), stop_words.end()));
inline constexpr std::size_t longest_stop_word =
    std::max_element(stop_words.begin(), stop_words.end(), [](auto x, auto y) { return x.size() < y.size(); })->size();

[[nodiscard]] constexpr bool is_stop_word(std::string_view lower) noexcept {
    return lower.size() <= longest_stop_word && std::binary_search(stop_words.begin(), stop_words.end(), lower);
}

/// The lowercase form of a word (ASCII folded, ’ as ').
template <class = void>
inline void lower_word(std::string_view w, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (const std::size_t a = apostrophe(w, i); a == 3) {
            out += '\'';
            i += 2;
            continue;
        }
        const char c = w[i];
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
}

/// The stem of a lowercase word (see the header comment).
template <class = void>
[[nodiscard]] inline std::string_view stem_of(std::string_view lower, std::string& buf) {
    if (lower.size() > 2 && lower.ends_with("'s")) lower.remove_suffix(2);
    else if (lower.size() > 1 && lower.back() == '\'') lower.remove_suffix(1);
    if (const auto* nw = text::detail::find_number_word(lower); nw != nullptr && !nw->scale && nw->word != "a") {
        char digits[24];
        const auto r = std::to_chars(digits, digits + sizeof digits, static_cast<long long>(nw->value));
        buf.assign(digits, r.ptr);
        return buf;
    }
    if (!lower.empty() && lower[0] >= '0' && lower[0] <= '9') {
        buf.clear();  // digits without separators: "1,000" and "1000" match
        for (char c : lower)
            if (c != ',') buf += c;
        return buf;
    }
    // drop an inflection, then a final e: "halting"/"halt", "decided"/"decide", "supplies"/"supply"
    for (std::string_view suffix : {std::string_view("ing"), std::string_view("ies"), std::string_view("ied"),
                                    std::string_view("ed"), std::string_view("es"), std::string_view("s")}) {
        if (lower.size() >= suffix.size() + 4 && lower.ends_with(suffix)) {
            lower.remove_suffix(suffix.size());
            break;
        }
    }
    if (lower.size() > 4 && lower.back() == 'e') lower.remove_suffix(1);
    // keep whole code points: cut at five bytes, or after the code point that crosses it
    std::size_t n = std::min<std::size_t>(lower.size(), 5);
    while (n < lower.size() && !utf8::is_boundary(lower, n)) ++n;
    return lower.substr(0, n);
}

}  // namespace detail

/// The words of `s[begin, end)`, appended to `out` (offsets absolute in `s`).
template <class = void>
inline void split_words(std::string_view s, std::vector<word>& out, std::size_t begin = 0,
                        std::size_t end = std::string_view::npos) {
    end = std::min(end, s.size());
    std::string lower;
    std::string stem_buf;
    std::size_t i = begin;
    while (i < end) {
        std::size_t n = detail::word_char(s, i);
        if (n == 0) {
            ++i;
            continue;
        }
        const std::size_t b = i;
        i += n;
        while (i < end) {
            if ((n = detail::word_char(s, i)) != 0) {
                i += n;
                continue;
            }
            // inner apostrophe before a letter; dot or comma between digits; dot in "U.S."
            std::size_t a = detail::apostrophe(s, i);
            if (a != 0 && i + a < end && detail::word_char(s, i + a) != 0) {
                i += a;
                continue;
            }
            if ((s[i] == ',' || s[i] == '.') && i + 1 < end && detail::is_digit_at(s, i - 1) &&
                detail::is_digit_at(s, i + 1)) {
                ++i;
                continue;
            }
            if (s[i] == '.' && i + 1 < end && i >= b + 1 && detail::ascii_alnum(static_cast<unsigned char>(s[i + 1])) &&
                (i + 2 >= end || s[i + 2] == '.') && (i < b + 2 || s[i - 2] == '.'))
                {
                ++i;
                continue;
            }
            break;
        }
        detail::lower_word(s.substr(b, i - b), lower);
        word w;
        w.begin = static_cast<std::uint32_t>(b);
        w.end = static_cast<std::uint32_t>(i);
        // a possessive is the same name: "Russia's" names Russia (quotes are verified byte by byte anyway)
        std::string_view exact = lower;
        if (exact.size() > 2 && exact.ends_with("'s")) exact.remove_suffix(2);
        w.exact = detail::hash_bytes(exact);
        w.stem = detail::hash_bytes(detail::stem_of(lower, stem_buf));
        w.stop = detail::is_stop_word(lower);
        out.push_back(w);
    }
}

template <class = void>
[[nodiscard]] inline std::vector<word> split_words(std::string_view s) {
    std::vector<word> out;
    split_words(s, out);
    return out;
}

// ---- verbatim comparison ----------------------------------------------------

namespace detail {
/// Length of a quotation mark at i (any style, apostrophes included), 0 otherwise.
[[nodiscard]] constexpr std::size_t quote_mark(std::string_view s, std::size_t i) noexcept {
    const char c = s[i];
    if (c == '"' || c == '\'' || c == '`') return 1;
    if (static_cast<unsigned char>(c) < 0x80) return 0;
    const utf8::decoded d = utf8::decode(s, i);
    switch (d.cp) {
        case U'\u2018': case U'\u2019': case U'\u201A': case U'\u201B': case U'\u201C': case U'\u201D':
        case U'\u201E': case U'\u201F': case U'\u00AB': case U'\u00BB': case U'\u2039': case U'\u203A':
        case U'\u2032': case U'\u2033':
            return d.length;
        default: return 0;
    }
}
[[nodiscard]] constexpr std::size_t white_space(std::string_view s, std::size_t i) noexcept {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (static_cast<unsigned char>(c) < 0x80) return 0;
    const utf8::decoded d = utf8::decode(s, i);
    return d.valid && text::is_space(d.cp) ? d.length : 0;
}
}  // namespace detail

/// `s` with every quotation mark as '"' and every run of white space as one
/// space, trimmed: two quotes are verbatim-equal when these are equal.
template <class = void>
[[nodiscard]] inline std::string normalize_verbatim(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        if (const std::size_t n = detail::white_space(s, i); n != 0) {
            space = !out.empty();
            i += n;
            continue;
        }
        if (space) out += ' ';
        space = false;
        if (const std::size_t q = detail::quote_mark(s, i); q != 0) {
            out += '"';
            i += q;
            continue;
        }
        out += s[i++];
    }
    return out;
}

// ---- alignment --------------------------------------------------------------

/// A run of differing words: bytes of the claim and of the passage (either may be empty).
struct word_difference {
    std::uint32_t claim_begin = 0, claim_end = 0;
    std::uint32_t passage_begin = 0, passage_end = 0;
};

/// The alignment of a claim's words with a stretch of the text.
struct alignment {
    std::size_t common = 0;          ///< words in the longest common subsequence
    std::size_t first = 0, last = 0;  ///< matched text words [first, last]; last < first when none
    std::vector<word_difference> differences;
};

/// Longest common subsequence of `claim` and `passage` words, compared by
/// `key` (exact or stem hash), with the runs of words that differ between
/// the first and last matched word. O(|claim| x |passage|).
template <class Key>
[[nodiscard]] alignment align_words(std::span<const word> claim, std::span<const word> passage, Key key) {
    alignment out;
    const std::size_t m = claim.size(), n = passage.size();
    out.first = 1;
    out.last = 0;
    if (m == 0 || n == 0) return out;
    std::vector<std::uint16_t> dp((m + 1) * (n + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return dp[i * (n + 1) + j]; };
    for (std::size_t i = m; i-- > 0;)
        for (std::size_t j = n; j-- > 0;)
            at(i, j) = key(claim[i]) == key(passage[j]) ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                                                        : std::max(at(i + 1, j), at(i, j + 1));
    out.common = at(0, 0);
    // walk the table; collect matched pairs
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0, j = 0; i < m && j < n;) {
        if (key(claim[i]) == key(passage[j])) {
            pairs.emplace_back(i, j);
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    if (pairs.empty()) return out;
    out.first = pairs.front().second;
    out.last = pairs.back().second;
    // differences: between consecutive matched pairs, and claim words before the first / after the last
    auto add = [&](std::size_t ci, std::size_t ce, std::size_t pi, std::size_t pe, std::size_t c_anchor,
                   std::size_t p_anchor) {
        if (ci == ce && pi == pe) return;
        word_difference d;
        if (ci < ce) {
            d.claim_begin = claim[ci].begin;
            d.claim_end = claim[ce - 1].end;
        } else {
            d.claim_begin = d.claim_end = claim[c_anchor].end;
        }
        if (pi < pe) {
            d.passage_begin = passage[pi].begin;
            d.passage_end = passage[pe - 1].end;
        } else {
            d.passage_begin = d.passage_end = passage[p_anchor].end;
        }
        out.differences.push_back(d);
    };
    // unmatched claim words at either end stand against as many passage words there, when it has them
    if (const std::size_t lead = pairs.front().first; lead > 0) {
        const std::size_t take = std::min(lead, out.first);
        add(0, lead, out.first - take, out.first, 0, out.first);
        out.first -= take;
    }
    for (std::size_t k = 1; k < pairs.size(); ++k)
        add(pairs[k - 1].first + 1, pairs[k].first, pairs[k - 1].second + 1, pairs[k].second, pairs[k - 1].first,
            pairs[k - 1].second);
    if (pairs.back().first + 1 < m) {
        const std::size_t trail = m - pairs.back().first - 1;
        const std::size_t take = std::min(trail, n - 1 - out.last);
        add(pairs.back().first + 1, m, out.last + 1, out.last + 1 + take, pairs.back().first, out.last);
        out.last += take;
    }
    return out;
}

/// Dice similarity of an alignment: 2 * common / (claim words + passage words).
[[nodiscard]] inline double similarity(const alignment& a, std::size_t claim_words) noexcept {
    if (a.last < a.first) return 0;
    const std::size_t passage_words = a.last - a.first + 1;
    return 2.0 * static_cast<double>(a.common) / static_cast<double>(claim_words + passage_words);
}

/// Similarity of two short texts, by stems (0..1): 2 * LCS / (words of a + words of b).
template <class = void>
[[nodiscard]] inline double text_similarity(std::string_view a, std::string_view b) {
    const std::vector<word> wa = split_words(a), wb = split_words(b);
    if (wa.empty() && wb.empty()) return 1;
    if (wa.size() > 2000 || wb.size() > 2000) return 0;
    const alignment al = align_words(wa, wb, [](const word& w) { return w.stem; });
    return 2.0 * static_cast<double>(al.common) / static_cast<double>(wa.size() + wb.size());
}

// ---- index ------------------------------------------------------------------

/// The words of a whole text with an index from stem to positions: candidate
/// passages for a claim come from the positions of its rarest words.
class word_index {
public:
    template <class = void>
    explicit word_index(std::string_view text) {
        split_words(text, words_);
        std::vector<std::pair<std::uint64_t, std::uint32_t>> postings;
        postings.reserve(words_.size());
        for (std::size_t i = 0; i < words_.size(); ++i) postings.emplace_back(words_[i].stem, static_cast<std::uint32_t>(i));
        std::sort(postings.begin(), postings.end());
        stems_.reserve(postings.size());
        positions_.reserve(postings.size());
        for (const auto& [stem, position] : postings) {
            stems_.push_back(stem);
            positions_.push_back(position);
        }
    }

    template <class = void>
    [[nodiscard]] std::span<const word> words() const noexcept { return words_; }

    /// Positions (word indices) of words with this stem, in text order.
    template <class = void>
    [[nodiscard]] std::span<const std::uint32_t> positions(std::uint64_t stem) const noexcept {
        const auto [lo, hi] = std::equal_range(stems_.begin(), stems_.end(), stem);
        return std::span<const std::uint32_t>(positions_).subspan(static_cast<std::size_t>(lo - stems_.begin()),
                                                                  static_cast<std::size_t>(hi - lo));
    }

    /// Index of the first word that ends after byte `offset`.
    template <class = void>
    [[nodiscard]] std::size_t word_at(std::size_t offset) const noexcept {
        return static_cast<std::size_t>(
            std::partition_point(words_.begin(), words_.end(), [&](const word& w) { return w.end <= offset; }) -
            words_.begin());
    }

private:
    std::vector<word> words_;
    std::vector<std::uint64_t> stems_;        // sorted
    std::vector<std::uint32_t> positions_;   // parallel to stems_
};

}  // namespace newsprov::checker
