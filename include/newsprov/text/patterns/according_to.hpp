#pragma once
// "According to X, C" and "C, according to X".

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/noun_phrases.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>

#include <cstddef>
#include <cstdint>

namespace newsprov::text::detail {

/// Where a content left of "according to" starts: after the last colon before it
/// ("the tax has not hurt: London was ..."), and after an opening participle
/// phrase ("Entering the final contests, Clinton leads ..."; other opening
/// adverbials stay, as PolNeAR marks them more often than not).
template <class = void>
[[nodiscard]] inline std::uint32_t left_content_start(const sentence_view& s, std::uint32_t end) {
    std::uint32_t b = content_opening(s, s.first, end);
    for (std::uint32_t j = s.first; j + 1 < end; ++j)
        if (s.is_ch(j, U':') && !s.in_quote(j)) b = j + 1;
    if (s.is_word(b) && s.upper(b) && s.word(b).size() > 5 && s.word(b).ends_with("ing")) {
        for (std::uint32_t j = b + 1; j + 2 < end && j < b + 12; ++j) {
            if (s.in_quote(j)) break;
            if (s.is_ch(j, U',')) return j + 1;
        }
    }
    return b;
}

/// "C, according to John Weaver, a Republican strategist.": a noun phrase with no
/// verb that ends the sentence after the source's comma (at `comma`) is the
/// source's appositive, not more content ("C, according to X, the town lost money").
template <class = void>
[[nodiscard]] inline bool source_appositive(const sentence_view& s, std::uint32_t comma) {
    if (comma + 1 >= s.body_end || !s.is_ch(comma, U',') || !s.in<determiners>(comma + 1) ||
        s.lower_is(comma + 1, "of"))
        return false;
    for (std::uint32_t j = comma + 1; j < s.body_end; ++j) {
        if (s.in_quote(j) || s.in<finite_verbs>(j) || s.in<irregular_pasts>(j) ||
            (s.is_word(j) && !s.upper(j) && s.cue_at(j)))
            return false;
        if (s.is_word(j) && !s.upper(j) && s.word(j).ends_with("ed") && !s.in<determiners>(j - 1)) return false;
    }
    return true;
}

/// "According to a report in the Register, C", "according to a poll conducted in
/// May, C": a place or a time inside the source phrase when the phrase then reaches
/// its comma with no verb on the way. Returns the new end of the source.
template <class = void>
[[nodiscard]] inline std::uint32_t source_through_place(const sentence_view& s, std::uint32_t se) {
    if (se >= s.body_end || !(s.lower_is(se, "in") || s.lower_is(se, "on"))) return se;
    for (std::uint32_t j = se + 1; j < s.body_end && j < se + 10; ++j) {
        if (s.is_ch(j, U',')) return j;
        if (!s.is_word(j) && s.tok(j).kind != token_kind::number && !s.is_ch(j, U'.')) break;
        if (s.in<finite_verbs>(j) || (s.cue_at(j) && !s.upper(j)) || s.in<complementizers>(j)) break;
    }
    return se;
}

/// "According to X, C." / "C, according to X." / "C, according to X, C2." with "according" at k.
template <class = void>
[[nodiscard]] inline bool according_to(const sentence_view& s,
                                       speaker_tracker& speakers,
                                       std::uint32_t k,
                                       attribution& a,
                                       std::uint32_t& used) {
    const std::uint32_t sb = k + 2;
    std::uint32_t se = np_right(s, sb, false);
    if (se <= sb) return false;
    if (k > s.first + 2 && source_appositive(s, se)) se = s.body_end;
    se = source_through_place(s, se);
    a.cue.push_back(s.range(k, k + 2));
    speakers.set_source(s, a, sb, se);
    // before "according": content from the sentence start (or after a leading comma phrase)
    std::uint32_t left_end = k;
    while (left_end > s.first && s.is_punct(left_end - 1) && !s.is_close_quote(left_end - 1)) --left_end;
    // "..., because, according to X, C": a conjunction before it leaves the content on the right
    const bool conjunction_left =
        left_end > s.first && (s.in<subordinators>(left_end - 1) || s.lower_is(left_end - 1, "that") ||
                               s.lower_is(left_end - 1, "and") || s.lower_is(left_end - 1, "but"));
    if (left_end > s.first + 1 && !conjunction_left) {
        add_content(s, a, left_content_start(s, left_end), left_end);
        if (se < s.body_end && s.is_ch(se, U',') && se + 1 < s.body_end)
            add_content(s, a, se + 1, content_end(s, se + 1));
    } else {
        std::uint32_t b = se;
        if (b < s.body_end && s.is_ch(b, U',')) ++b;
        if (b < s.body_end) add_content(s, a, b, content_end(s, b));
    }
    used = se;
    // "According to MSNBC, basically.": one word reports nothing
    std::size_t words = 0;
    for (const span& part : a.content)
        for (std::uint32_t t = s.first; t < s.body_end; ++t)
            if (s.tok(t).begin >= part.begin && s.tok(t).end <= part.end &&
                (s.is_word(t) || s.tok(t).kind == token_kind::number))
                ++words;
    return words >= 2;
}

}  // namespace newsprov::text::detail
