#pragma once
// A stance adjective after a copula, with a "that" clause: "his donors remain
// confident that he will win", "her advisers are not convinced that ...". The
// copula's subject holds the stance, the copula and the adjective are the cue,
// the clause is the content.

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>
#include <newsprov/text/detail/stance_words.hpp>
#include <newsprov/text/patterns/noun_clause.hpp>
#include <newsprov/text/patterns/stance_phrase.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// The adjective clause whose "that" is token k; `used` is set past its content.
template <class = void>
[[nodiscard]] inline bool adjective_clause(const sentence_view& s, speaker_tracker& speakers, std::uint32_t k,
                                           attribution& a, std::uint32_t& used) {
    if (k < s.first + 3 || k + 2 >= s.body_end || !s.in<adjectives_that>(k - 1) || !clause_follows(s, k + 1))
        return false;
    const stance_holder holder = adjective_holder(s, k - 1);
    // ("it was doubtful that ...": nobody holds the doubt)
    if (holder.source_begin == holder.source_end || s.lower_is(holder.source_begin, "it") ||
        s.lower_is(holder.source_begin, "there"))
        return false;
    const std::uint32_t e = content_end(s, k);
    if (e <= k + 1) return false;
    a.cue.push_back(s.range(holder.cue_begin, k));
    speakers.set_source(s, a, holder.source_begin, holder.source_end);
    add_content(s, a, k, e);
    used = e;
    return !a.content.empty();
}

/// A "that" clause after a reporting noun ("the claim that") or a stance
/// adjective ("are confident that").
template <class = void>
[[nodiscard]] inline bool that_clause(const sentence_view& s, speaker_tracker& speakers, std::uint32_t k,
                                      attribution& a, std::uint32_t& used) {
    return noun_clause(s, speakers, k, a, used) || adjective_clause(s, speakers, k, a, used);
}

}  // namespace newsprov::text::detail
