#pragma once
// Bylines, contributor lines and datelines.
//
//   byline:       a short line "By Jane Doe and John Roe" (optionally ", Associated Press")
//   contributor:  a sentence crediting reporting: "Jane Doe contributed to this report",
//                 "Additional reporting by ...", "... contributed from Kyiv"
//   dateline:     the place (and agency) opening the first paragraph: "KYIV, Ukraine (AP) --"
// Names are the runs of capitalized words in the line; places follow "in"/"from".

#include <newsprov/text/sources.hpp>
#include <newsprov/text/tokens.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsprov::text {

/// A credit line: the whole line and the names (and places) in it.
struct credit {
    span where;
    std::vector<span> names;
    std::vector<span> places;
};

namespace detail {

/// Collects name runs (capitalized words, joined by nothing else) and places (after in/from).
template <class = void>
inline void credit_names(std::string_view text, const std::vector<token>& toks, std::size_t first, std::size_t last,
                         credit& c) {
    auto word = [&](std::size_t k) { return text.substr(toks[k].begin, toks[k].end - toks[k].begin); };
    bool place = false;
    for (std::size_t k = first; k < last; ++k) {
        const token& t = toks[k];
        if (t.kind == token_kind::word && !t.has(tf_upper)) {
            const std::string_view w = word(k);
            place = iequals(w, "in") || iequals(w, "from");
            continue;
        }
        if (t.kind != token_kind::word) {
            if (t.kind == token_kind::punct && t.ch != U',') place = false;
            if (t.kind == token_kind::punct && t.ch == U',' && place) {
                // "Kyiv, Ukraine": the country after a place stays a place
                continue;
            }
            continue;
        }
        const std::string_view w0 = word(k);
        if (w0 == "By" || w0 == "The" || w0 == "Additional" || w0 == "Associated" || w0 == "Press" || w0 == "Writers" ||
            w0 == "Writer" || w0 == "Staff" || w0 == "This" || w0 == "Reporting" || w0 == "AP") {
            if (w0 == "Associated" || w0 == "AP") {
                std::size_t e = k + 1;
                while (e < last && toks[e].kind == token_kind::word && toks[e].has(tf_upper)) ++e;
                c.names.push_back({toks[k].begin, toks[e - 1].end});
                k = e - 1;
            }
            continue;
        }
        std::size_t e = k;
        while (e < last && toks[e].kind == token_kind::word && toks[e].has(tf_upper)) ++e;
        // "contributions from Illia Novikov in Kyiv": a name that a place follows
        const bool then_place = e < last && toks[e].kind == token_kind::word && iequals(word(e), "in");
        const bool is_place = place && !(then_place && e - k >= 2);
        (is_place ? c.places : c.names).push_back({toks[k].begin, toks[e - 1].end});
        k = e - 1;
    }
}

}  // namespace detail

/// Is tokens [first, last) (a short paragraph) a byline? Fills `c` when so.
template <class = void>
[[nodiscard]] inline bool find_byline(std::string_view text, const std::vector<token>& toks, std::size_t first,
                                      std::size_t last, credit& c) {
    if (last <= first + 1 || last - first > 24) return false;
    const std::string_view w = text.substr(toks[first].begin, toks[first].end - toks[first].begin);
    if (!(detail::iequals(w, "by") && toks[first + 1].kind == token_kind::word && toks[first + 1].has(tf_upper))) return false;
    c.where = {toks[first].begin, toks[last - 1].end};
    detail::credit_names(text, toks, first + 1, last, c);
    return !c.names.empty();
}

/// Is sentence [first, last) a contributor line? Fills `c` when so.
template <class = void>
[[nodiscard]] inline bool find_contributors(std::string_view text, const std::vector<token>& toks, std::size_t first,
                                            std::size_t last, credit& c) {
    auto word = [&](std::size_t k) { return text.substr(toks[k].begin, toks[k].end - toks[k].begin); };
    bool cue = false;
    for (std::size_t k = first; k < last; ++k) {
        if (toks[k].kind != token_kind::word || toks[k].end - toks[k].begin < 9) continue;
        const std::string_view w = word(k);
        if ( (w[0] != 'c' && w[0] != 'C' && w[0] != 'r' && w[0] != 'R')) continue;
        if (detail::iequals(w, "contributed") || detail::iequals(w, "contributing") || detail::iequals(w, "contributions") ||
            (detail::iequals(w, "reporting") && k > first && detail::iequals(word(k - 1), "additional")) ||
            (detail::iequals(w, "reporting") && k + 1 < last && detail::iequals(word(k + 1), "by")))
            cue = true;
    }
    if (!cue || last - first > 80) return false;
    c.where = {toks[first].begin, toks[last - 1].end};
    detail::credit_names(text, toks, first, last, c);
    return !c.names.empty();
}

/// The dash that closes a dateline opening at token `first` ("KYIV, Ukraine (AP) —",
/// "ORLANDO, Fla. (Reuters) -", "WASHINGTON -"): a word in capitals, then the dash within
/// 14 tokens, with no full stop but an abbreviation's ("Fla.") and no colon or quotation
/// mark before it. Returns its index, or `limit` when there is none.
template <class = void>
[[nodiscard]] inline std::size_t dateline_dash(const std::vector<token>& toks, std::size_t first, std::size_t limit) {
    if (first >= limit || toks[first].kind != token_kind::word || !toks[first].has(tf_all_upper) ||
        toks[first].end - toks[first].begin < 2)
        return limit;
    for (std::size_t k = first + 1; k < limit && k < first + 14; ++k) {
        const token& t = toks[k];
        if (t.kind == token_kind::quote) return limit;
        if (t.kind != token_kind::punct) continue;
        if (is_dash(t.ch) || (t.ch == U'-' && t.has(tf_space_before))) return k;
        const bool abbreviation = t.ch == U'.' && k > first + 1 && toks[k - 1].kind == token_kind::word &&
                                  toks[k - 1].end == t.begin && toks[k - 1].end - toks[k - 1].begin <= 4;
        if (t.ch == U':' || (t.ch == U'.' && !abbreviation)) return limit;
    }
    return limit;
}

/// A dateline opening the first body paragraph: "KYIV, Ukraine (AP) —" / "WASHINGTON -".
/// Returns its span (without the dash), empty when there is none.
template <class = void>
[[nodiscard]] inline span find_dateline(std::string_view text, const std::vector<token>& toks) {
    (void)text;
    const std::size_t dash = dateline_dash(toks, 0, toks.size());
    if (dash == toks.size()) return {};
    return {toks[0].begin, toks[dash - 1].end};
}

}  // namespace newsprov::text
