#pragma once
// Polls that report through "in": "In a CNN poll, 50 percent chose Clinton."

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/attribution_words.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// Does the phrase [b, noun] name one poll ("a CNN poll", "several recent New
/// Hampshire surveys"), not polling in general ("leads in the polls", "single
/// digits in national polls")? A plural needs a name or a number before it, and
/// a preposition before the noun puts "in" in another phrase.
template <class = void>
[[nodiscard]] inline bool names_a_poll(const sentence_view& s, std::uint32_t b, std::uint32_t noun) {
    bool named = false;
    for (std::uint32_t w = b; w < noun; ++w) {
        if (s.lower_is(w, "in") || s.lower_is(w, "behind") || s.lower_is(w, "over") || s.lower_is(w, "at")) return false;
        named = named || s.upper(w) || s.tok(w).kind == token_kind::number;
    }
    return named || !s.word(noun).ends_with("s");
}

/// Polls report through "in": "In a CNN poll, 50 percent chose Clinton." and
/// "Clinton led by 24 points in a CNN national poll." The noun phrase after "in"
/// must name a poll or survey and end the clause (or reach the comma).
template <class = void>
[[nodiscard]] inline bool poll_in(const sentence_view& s, speaker_tracker& speakers, std::uint32_t k, attribution& a,
                                  std::uint32_t& used) {
    std::uint32_t e = k + 1;
    bool poll = false;
    while (e < s.body_end && e < k + 12 &&
           (s.is_word(e) || s.tok(e).kind == token_kind::number || s.is_ch(e, U'/') || s.is_ch(e, U'-') ||
            (s.is_ch(e, U'.') && s.toks_adjacent(e - 1, e)))) {
        if (s.in<poll_nouns>(e) && !poll) {
            if (!names_a_poll(s, k + 1, e)) return false;
            poll = true;
        }
        if (s.is_word(e) && s.cue_at(e) && !s.in<poll_nouns>(e) && !s.upper(e)) return false;  // a clause, not a name
        ++e;
    }
    if (!poll || e == k + 1) return false;
    const bool opening = k == s.subject.begin || k == s.first;
    if (opening) {
        if (e + 1 >= s.body_end || !s.is_ch(e, U',') || has_own_cue(s, e + 1)) return false;
        const std::uint32_t ce = content_end(s, e + 1);
        a.cue.push_back(s.range(k, k + 1));
        speakers.set_source(s, a, k + 1, e);
        add_content(s, a, e + 1, ce);
        used = ce;
        return !a.content.empty();
    }
    // closing: the clause from the sentence's subject up to "in"
    if (!(e >= s.body_end || s.is_ch(e, U';') || s.is_ch(e, U'.'))) return false;
    const std::uint32_t cs = s.subject.begin;
    if (cs >= k || k < s.first + 3) return false;
    for (std::uint32_t j = cs; j < k; ++j)  // a reporting verb of its own makes it another pattern
        if ((s.is_word(j) && !s.upper(j) && s.cue_at(j) && s.cue_at(j).form != verb_form::base) || s.in_quote(j))
            return false;
    a.cue.push_back(s.range(k, k + 1));
    speakers.set_source(s, a, k + 1, e);
    add_content(s, a, cs, k);
    used = e;
    return !a.content.empty();
}

}  // namespace newsprov::text::detail
