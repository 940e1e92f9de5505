#pragma once
// Reported figures: quantities in digits or words with their unit and parts.
//
// "one killed and 98 injured, including six children" gives two figures, 1
// "killed" and 98 "injured", the second with the part 6 "children". Money
// ($1.13bn, £600m), percentages (3.5 percent, 76%) and counted nouns ("three
// times", "200 foreign trips") are figures too; years, dates, clock times and
// ordinals are not.

#include <newsprov/text/sentences.hpp>
#include <newsprov/text/sources.hpp>
#include <newsprov/text/tokens.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov::text {

/// A part of a figure ("including six children").
struct figure_part {
    double value = 0;
    std::string unit;
    span where;        ///< the whole phrase ("six children")
    span number;       ///< "six"
    span unit_span;    ///< "children"
};

/// A reported figure.
struct figure {
    double value = 0;
    std::string unit;  ///< lowercase unit word: "injured", "percent", "usd", "people"
    span where;        ///< number and unit together
    span number;
    span unit_span;
    std::vector<figure_part> parts;
};

namespace detail {

struct number_word {
    std::string_view word;
    double value;
    bool scale;  ///< multiplies what precedes it (hundred, million)
};
inline constexpr std::array<number_word, 41> number_words{{
    {"zero", 0, false}, {"one", 1, false}, {"two", 2, false}, {"three", 3, false}, {"four", 4, false},
    {"five", 5, false}, {"six", 6, false}, {"seven", 7, false}, {"eight", 8, false}, {"nine", 9, false},
    {"ten", 10, false}, {"eleven", 11, false}, {"twelve", 12, false}, {"thirteen", 13, false},
    {"fourteen", 14, false}, {"fifteen", 15, false}, {"sixteen", 16, false}, {"seventeen", 17, false},
    {"eighteen", 18, false}, {"nineteen", 19, false}, {"twenty", 20, false}, {"thirty", 30, false},
    {"forty", 40, false}, {"fifty", 50, false}, {"sixty", 60, false}, {"seventy", 70, false},
    {"eighty", 80, false}, {"ninety", 90, false}, {"hundred", 100, true}, {"thousand", 1e3, true},
    {"million", 1e6, true}, {"billion", 1e9, true}, {"trillion", 1e12, true}, {"dozen", 12, true},
    {"mln", 1e6, true}, {"bln", 1e9, true}, {"hundreds", 100, true}, {"thousands", 1e3, true},
    {"millions", 1e6, true}, {"billions", 1e9, true}, {"dozens", 12, true},
}};

/// number_words grouped by first letter, with where each letter's run starts: a
/// lookup compares only words of the same initial. (Grouped by a plain loop: a
/// constexpr std::sort here cost every unit that includes the umbrella.)
inline constexpr auto number_words_by_initial = [] {
    auto a = number_words;
    std::size_t at = 0;
    for (char c = 'a'; c <= 'z'; ++c)
        for (const number_word& n : number_words)
            if (n.word[0] == c) a[at++] = n;
    return a;
}();
static_assert([] {
    for (const number_word& n : number_words)
        if (n.word.empty() || n.word[0] < 'a' || n.word[0] > 'z') return false;
    return true;
}(), "every number word starts with a lowercase ASCII letter, so the grouping keeps them all");
inline constexpr auto number_word_runs = [] {
    std::array<std::uint8_t, 27> start{};
    std::size_t i = 0;
    for (std::size_t c = 0; c < 26; ++c) {
        start[c] = static_cast<std::uint8_t>(i);
        while (i < number_words_by_initial.size() && static_cast<std::size_t>(number_words_by_initial[i].word[0] - 'a') == c) ++i;
    }
    start[26] = static_cast<std::uint8_t>(i);
    return start;
}();

/// Bit (length) set in entry (first letter) when some number word has that first letter and length.
inline constexpr auto number_word_mask = [] {
    std::array<std::uint16_t, 26> m{};
    for (const auto& n : number_words) m[static_cast<std::size_t>(n.word[0] - 'a')] |= static_cast<std::uint16_t>(1u << n.word.size());
    return m;
}();

[[nodiscard]] constexpr const number_word* find_number_word(std::string_view w) noexcept {
    if (w.empty() || w.size() > 9) return nullptr;
    const char c = lower_ascii(w[0]);
    if (c < 'a' || c > 'z' || (number_word_mask[static_cast<std::size_t>(c - 'a')] & (1u << w.size())) == 0) return nullptr;
    const auto ci = static_cast<std::size_t>(c - 'a');
    for (std::size_t i = number_word_runs[ci]; i < number_word_runs[ci + 1]; ++i) {
        const number_word& n = number_words_by_initial[i];
        if (n.word.size() == w.size() && iequals(n.word, w)) return &n;
    }
    return nullptr;
}

inline constexpr std::array<std::string_view, 24> not_units{
    "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "the", "a", "an", "than", "with", "as", "was",
    "is", "were", "are", "that", "who", "which", "percent"};

inline constexpr std::array<std::string_view, 12> months{"January", "February", "March", "April", "May", "June",
                                                         "July", "August", "September", "October", "November",
                                                         "December"};

/// Parses digits with , separators and a decimal point; suffix letters give a scale (5bn, 600m).
template <class = void>
[[nodiscard]] inline bool parse_digits(std::string_view s, double& value, std::string& unit) {
    std::size_t i = 0;
    if (s.starts_with("$")) {
        unit = "usd";
        i = 1;
    } else if (s.starts_with("\u00A3")) {
        unit = "gbp";
        i = 2;
    } else if (s.starts_with("\u20AC")) {
        unit = "eur";
        i = 3;
    }
    double v = 0;
    double frac = 0;
    bool any = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            any = true;
            if (frac > 0) {
                v += (c - '0') * frac;
                frac /= 10;
            } else {
                v = v * 10 + (c - '0');
            }
        } else if (c == ',' && frac == 0) {
        } else if (c == '.' && frac == 0) {
            frac = 0.1;
        } else {
            break;
        }
    }
    if (!any) return false;
    const std::string_view rest = s.substr(i);
    if (rest == "%") unit = "percent";
    else if (rest == "bn" || rest == "b") v *= 1e9;
    else if (rest == "m" || rest == "mn") v *= 1e6;
    else if (rest == "k") v *= 1e3;
    else if (rest == "tn" || rest == "trn") v *= 1e12;
    else if (!rest.empty() && rest != "s") return false;  // 9/11, 3pm, 1st, 2020s
    value = v;
    return true;
}

}  // namespace detail

/// Is `w` a number word that can start a figure ("six"; "hundred" only scales one)?
[[nodiscard]] constexpr bool starts_figure(std::string_view w) noexcept {
    const detail::number_word* nw = detail::find_number_word(w);
    return nw != nullptr && !nw->scale;
}

/// Flags the words that start figures (tf_number_word); run once per paragraph
/// (extract() sets the flag while tokenizing instead).
template <class = void>
inline void annotate_numbers(std::string_view text, std::vector<token>& toks) noexcept {
    for (token& t : toks)
        if (t.kind == token_kind::word && starts_figure(text.substr(t.begin, t.end - t.begin))) t.flags |= tf_number_word;
}

namespace detail {

/// The value of the number or number word at k, and any unit written on it
/// ("5%", "$3bn"); false for what only looks like a figure (a year, a date).
template <class = void>
[[nodiscard]] inline bool figure_value_at(std::string_view text, const std::vector<token>& toks, std::size_t first,
                                          std::size_t k, double& value, std::string& unit) {
    const token& t = toks[k];
    auto word = [&](std::size_t j) { return token_text(text, toks[j]); };
    if (t.kind == token_kind::number) {
        if (!detail::parse_digits(word(k), value, unit)) return false;
        // years, dates: 2015, "Feb 26", "Oct. 13"
        const std::string_view w = word(k);
        if (unit.empty() && w.size() == 4 && value >= 1900 && value <= 2100 && w.find(',') == std::string_view::npos)
            return false;
        if (k > first && toks[k - 1].kind == token_kind::word && detail::in_list(detail::months, word(k - 1)))
            return false;
        return !(k > first + 1 && toks[k - 1].ch == U'.' && toks[k - 2].kind == token_kind::word &&
                 detail::is_abbreviation(word(k - 2)));
    }
    if (t.kind != token_kind::word || !t.has(tf_number_word)) return false;
    const detail::number_word* nw = detail::find_number_word(word(k));
    if (nw == nullptr || nw->scale) return false;
    value = nw->value;  // "twenty-one" is tokenized as one word; the parts are summed
    return true;
}

/// Where the unit of a figure whose number ends before e stands, [unit_begin,
/// unit_end): the word after it, "percent" or "%", or a counting verb before it;
/// false when there is none. Sets `unit` when the number carried none.
template <class = void>
[[nodiscard]] inline bool figure_unit(std::string_view text, const std::vector<token>& toks, std::size_t first,
                                      std::size_t last, std::size_t k, std::size_t e, std::string& unit,
                                      std::size_t& unit_begin, std::size_t& unit_end) {
    auto word = [&](std::size_t j) { return token_text(text, toks[j]); };
    unit_begin = unit_end = e;
    if (!unit.empty()) return true;
    if (e < last && toks[e].kind == token_kind::word && !toks[e].has(tf_upper) &&
        !detail::in_list_ci(detail::not_units, word(e))) {
        unit_end = e + 1;
    } else if ((e < last && toks[e].kind == token_kind::word && detail::iequals(word(e), "percent")) ||
               (e < last && toks[e].kind == token_kind::punct && toks[e].ch == U'%')) {
        unit = "percent";
        unit_end = e + 1;
    } else if (k > first && toks[k - 1].kind == token_kind::word && !toks[k - 1].has(tf_upper) &&
               word(k - 1).size() > 3 && word(k - 1).ends_with("ed") && word(k - 1) != "included") {
        // "killed one and injured 98": the verb before the number names what was counted
        unit_begin = k - 1;
        unit_end = k;
    } else {
        return false;
    }
    if (unit.empty())
        for (const char c : word(unit_begin)) unit += detail::lower_ascii(c);
    return true;
}

/// find_figures over the tokens that `next(k)` yields: the first index >= k that
/// may start a figure (or `last`).
template <class Next>
inline void find_figures_at(std::string_view text, const std::vector<token>& toks, std::size_t first, std::size_t last,
                            std::vector<figure>& out, Next next) {
    auto word = [&](std::size_t k) { return token_text(text, toks[k]); };
    figure* previous = nullptr;
    std::size_t previous_end = 0;
    for (std::size_t k = next(first); k < last; k = next(k + 1)) {
        const token& t = toks[k];
        // most tokens are neither digits nor number words: leave before any work
        if (t.kind != token_kind::number && !(t.kind == token_kind::word && t.has(tf_number_word))) continue;
        double value = 0;
        std::string unit;
        if (!figure_value_at(text, toks, first, k, value, unit)) continue;
        std::size_t e = k + 1;
        // scales: "1.2 million", "six hundred"
        for (; e < last && toks[e].kind == token_kind::word; ++e) {
            const detail::number_word* sw = detail::find_number_word(word(e));
            if (sw == nullptr || !sw->scale) break;
            value *= sw->value;
        }
        std::size_t ub = e;
        std::size_t ue = e;
        if (!figure_unit(text, toks, first, last, k, e, unit, ub, ue)) continue;
        // "including six children": a part of the figure before
        const bool is_part = previous != nullptr && k >= 1 && k - 1 >= first &&
                             toks[k - 1].kind == token_kind::word &&
                             (detail::iequals(word(k - 1), "including") || detail::iequals(word(k - 1), "among")) &&
                             k - 1 <= previous_end + 2;
        const span whole{toks[ub < k ? ub : k].begin, toks[(ue > e ? ue : e) - 1].end};
        const span number{t.begin, toks[e - 1].end};
        const span unit_span = ue > ub ? span{toks[ub].begin, toks[ue - 1].end} : span{};
        if (is_part) {
            previous->parts.push_back(figure_part{value, std::move(unit), whole, number, unit_span});
        } else {
            figure f;
            f.value = value;
            f.unit = std::move(unit);
            f.where = whole;
            f.number = number;
            f.unit_span = unit_span;
            out.push_back(std::move(f));
            previous = &out.back();
        }
        previous_end = (ue > e ? ue : e) - 1;
        if (ue <= k) previous_end = e - 1;
        k = previous_end;
    }
}

}  // namespace detail

/// Finds the figures among tokens [first, last) of one sentence; appends to `out`.
template <class = void>
inline void find_figures(std::string_view text, const std::vector<token>& toks, std::size_t first, std::size_t last,
                         std::vector<figure>& out) {
    detail::find_figures_at(text, toks, first, last, out, [&](std::size_t k) {
        while (k < last && toks[k].kind != token_kind::number &&
               !(toks[k].kind == token_kind::word && toks[k].has(tf_number_word)))
            ++k;
        return k;
    });
}

/// The same, visiting only `candidates`: ascending indices that include every number
/// token and tf_number_word word of the paragraph. Sentences without one cost nothing.
template <class = void>
inline void find_figures(std::string_view text, const std::vector<token>& toks, std::size_t first, std::size_t last,
                         const std::vector<std::uint32_t>& candidates, std::vector<figure>& out) {
    auto c = std::lower_bound(candidates.begin(), candidates.end(), first);
    if (c == candidates.end() || *c >= last) return;
    detail::find_figures_at(text, toks, first, last, out, [&](std::size_t k) {
        while (c != candidates.end() && *c < k) ++c;
        return c != candidates.end() && *c < last ? std::size_t{*c} : last;
    });
}

}  // namespace newsprov::text
