#pragma once
// A noun that reports with a "that" clause: "the claim that the vote was rigged",
// "Lee's assertion that rates will fall", "voiced fears that the plant would close".
// The clause is the content; the holder is the possessive or the light verb's
// subject (stance_phrase.hpp), or nobody named ("the idea that ...").

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>
#include <newsprov/text/detail/stance_words.hpp>
#include <newsprov/text/patterns/stance_phrase.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// Who holds the report a noun names before "that": the light verb's subject or a
/// sentence-opening possessive (noun_holder), else any possessive right before
/// the noun, perhaps across one modifier ("his persistent suggestion"); else
/// nobody, and the cue is the noun with a determiner before it ("the idea").
template <class = void>
[[nodiscard]] inline stance_holder clause_noun_holder(const sentence_view& s, std::uint32_t h) {
    if (const stance_holder held = noun_holder(s, h); held.source_begin < held.source_end) return held;
    std::uint32_t p = h - 1;
    if (p > s.first && s.is_word(p) && !s.upper(p) && !s.in<determiners>(p) && !s.cue_at(p)) --p;  // a modifier
    if (s.in<possessive_pronouns>(p)) return {p + 1, p, p + 1};
    if (possessive_name(s, p) && s.upper(p)) {
        std::uint32_t b = p;
        while (b > s.first && h - b < 6 && (s.upper(b - 1) || (s.is_ch(b - 1, U'.') && s.toks_adjacent(b - 2, b - 1))))
            --b;
        return {p + 1, b, p + 1};
    }
    const std::uint32_t det = h - 1;
    const bool determiner = s.lower_is(det, "the") || s.lower_is(det, "a") || s.lower_is(det, "an") ||
                            s.lower_is(det, "no") || s.lower_is(det, "any") || s.lower_is(det, "one");
    return {determiner ? det : h, h, h};
}

/// The noun clause whose "that" is token k; `used` is set past its content.
template <class = void>
[[nodiscard]] inline bool noun_clause(const sentence_view& s, speaker_tracker& speakers, std::uint32_t k,
                                      attribution& a, std::uint32_t& used) {
    if (k < s.first + 2 || k + 2 >= s.body_end || !s.in<reporting_nouns>(k - 1) || s.upper(k - 1)) return false;
    const std::uint32_t h = k - 1;
    // "supporters claim that": a cue word after its subject is the verb, and the verb
    // patterns had their turn
    if (s.cue_at(h) && !s.in<determiners>(h - 1) && !s.in<possessive_pronouns>(h - 1) && !possessive_name(s, h - 1))
        return false;
    // a complement clause has a subject and a finite verb at once ("the claim that
    // he lied" is read as one only with an auxiliary: "that he had lied")
    if (!clause_follows(s, k + 1)) return false;
    const stance_holder holder = clause_noun_holder(s, h);
    const std::uint32_t e = content_end(s, k);
    if (e <= k + 1) return false;
    a.cue.push_back(s.range(holder.cue_begin, h + 1));
    if (holder.source_begin < holder.source_end) speakers.set_source(s, a, holder.source_begin, holder.source_end);
    add_content(s, a, k, e);
    used = e;
    return !a.content.empty();
}

}  // namespace newsprov::text::detail
