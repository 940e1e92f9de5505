#pragma once
// A passive report and its agent: "Trump has been criticized by his rivals",
// "the bill, opposed by House Republicans, ...". The agent after "by" is the
// source, what the participle is said of (its subject) the content. And the
// impersonal passive, with no agent: "It was widely reported that C".

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/attribution_words.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/cue_span.hpp>
#include <newsprov/text/detail/noun_phrases.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>
#include <newsprov/text/patterns/cue_site.hpp>
#include <newsprov/text/sources.hpp>

#include <cstdint>
#include <optional>

namespace newsprov::text::detail {

/// Can an agent start at k: a name, a determiner or a plural group ("by Muslims"),
/// not a time, a number or a gerund ("by Friday", "by 10 points", "by saying")?
template <class = void>
[[nodiscard]] inline bool agent_starts(const sentence_view& s, std::uint32_t k) {
    if (k >= s.body_end || !s.is_word(k) || s.in_quote(k) || s.in<days>(k) || s.in<months_short>(k)) return false;
    if (s.upper(k)) return true;
    if (s.lower_is(k, "far") || s.lower_is(k, "then") || s.lower_is(k, "now") || s.word(k).ends_with("ing")) return false;
    return (s.in<determiners>(k) && !s.lower_is(k, "of")) || group_noun(s, k) ||
           (s.word(k).ends_with('s') && !s.in<np_stops>(k) && !s.cue_at(k));
}

/// The start of the be-chain before the participle at k ("has been", "was",
/// "were also", "was not", "aren't", "it's"), or k when there is none.
template <class = void>
[[nodiscard]] inline std::uint32_t passive_auxiliary(const sentence_view& s, std::uint32_t k) {
    const std::uint32_t b = before_verb_modifiers(s, k);
    if (b == s.first || !(is_be(s, b - 1) || negated_be(s, b - 1) || is_contraction_of_is(s, b - 1))) return k;
    return before_verb_modifiers(s, b - 1);
}

/// Without "be", the participle (and its adverbs: "a fact first reported by") must
/// follow its noun ("a sentiment endorsed by") or that noun's comma ("The bill,
/// opposed by ..."). Moves `cue_begin` over the adverbs; returns one past the
/// noun, or nothing.
template <class = void>
[[nodiscard]] inline std::optional<std::uint32_t> reduced_subject_end(const sentence_view& s,
                                                                      std::uint32_t& cue_begin) {
    while (cue_begin > s.first && (s.ly_adverb(cue_begin - 1) || s.in<cue_modifiers>(cue_begin - 1)) &&
           !s.in<finite_verbs>(cue_begin - 1))
        --cue_begin;
    std::uint32_t subject_end = cue_begin;
    if (subject_end > s.first && s.is_ch(subject_end - 1, U',')) --subject_end;
    if (subject_end == s.first) return std::nullopt;
    const std::uint32_t noun = subject_end - 1;
    if (!s.is_word(noun) || s.in<np_stops>(noun) || is_pronoun(s.word(noun))) return std::nullopt;
    // ("the depot plan, opposed by": a cue word inside a phrase is its noun)
    if (s.cue_at(noun) && !(noun > s.first && s.is_word(noun - 1) && !s.in<np_stops>(noun - 1) &&
                            (s.in<noun_markers>(noun - 1) || !s.cue_at(noun - 1))))
        return std::nullopt;
    return subject_end;
}

/// The first token of the subject phrase ending at `end`, or `end` when there is none.
template <class = void>
[[nodiscard]] inline std::uint32_t passive_subject(const sentence_view& s, std::uint32_t& end, bool reduced) {
    const std::uint32_t subject_end = end;
    std::uint32_t begin = np_left(s, end);
    // ("The harbor plan has been criticized": the head noun before the auxiliary
    // may be a cue word too)
    if (begin >= end && end == subject_end && end > s.first + 1 && s.is_word(end - 1) && !s.upper(end - 1) &&
        s.cue_at(end - 1)) {
        std::uint32_t head = end - 1;
        begin = np_left(s, head);
        if (begin >= head || head != end - 1) begin = end;
    }
    // ("A judge blocked the law, opposed by Democrats": the noun's own phrase)
    if (reduced && begin < end)
        for (std::uint32_t j = end - 1; j > begin; --j)
            if (s.in<determiners>(j) && !s.lower_is(j, "of")) return j;
    return begin;
}

/// One past the agent starting at `begin`: it ends before a preposition or a
/// verb ("by Trump for his remarks", "by the Turkish government of attempting").
template <class = void>
[[nodiscard]] inline std::uint32_t agent_end(const sentence_view& s, std::uint32_t begin) {
    const std::uint32_t end = np_right(s, begin, false);
    for (std::uint32_t j = begin + 1; j < end; ++j)
        if ((s.in<np_stops>(j) && !s.lower_is(j, "and")) || s.in<cue_modifiers>(j) || s.in<finite_verbs>(j) ||
            s.lower_is(j, "for") || s.lower_is(j, "in") || s.lower_is(j, "at") || s.lower_is(j, "from") ||
            (s.is_word(j) && !s.upper(j) && s.cue_at(j)) ||
            (s.lower_is(j, "of") && j + 1 < end && s.word(j + 1).ends_with("ing")))
            return j;
    return end;
}

/// "X was criticized by Y", "a bill opposed by Y": a past participle of a cue
/// verb right before "by" and an agent.
template <class = void>
[[nodiscard]] inline verdict passive_agent(const sentence_view& s, speaker_tracker& speakers, const cue_site& site,
                                           attribution& a, std::uint32_t& used) {
    const std::uint32_t k = site.verb;
    const cue_lemma& entry = site.entry();
    // (what is offered, proposed, added or written by someone is no view of theirs)
    if (site.form != verb_form::past || site.end != k + 1 || k + 2 >= s.body_end || !s.lower_is(k + 1, "by") ||
        !agent_starts(s, k + 2) || entry.cls == cue_class::intention || entry.lemma == "ask" ||
        entry.lemma == "call" || entry.lemma == "add" || entry.lemma == "write" || entry.lemma == "explain")
        return verdict::try_next;
    std::uint32_t cue_begin = passive_auxiliary(s, k);
    const bool reduced = cue_begin == k;
    std::uint32_t subject_end = cue_begin;
    if (reduced) {
        const std::optional<std::uint32_t> noun_end = reduced_subject_end(s, cue_begin);
        if (!noun_end) return verdict::try_next;
        subject_end = *noun_end;
    }
    const std::uint32_t subject_begin = passive_subject(s, subject_end, reduced);
    if (subject_begin >= subject_end) return verdict::rejected;
    const std::uint32_t agent_stop = agent_end(s, k + 2);
    a.cue.push_back(s.range(cue_begin, k + 1));
    speakers.set_source(s, a, k + 2, agent_stop);
    add_content(s, a, subject_begin, subject_end);
    used = agent_stop;
    return a.content.empty() ? verdict::rejected : verdict::found;
}

/// "It was widely reported that C", "it is believed that C": the be-chain and the
/// participle are the cue, the clause the content, and nobody is named.
template <class = void>
[[nodiscard]] inline verdict impersonal_passive(const sentence_view& s, const cue_site& site, attribution& a,
                                                std::uint32_t& used) {
    const std::uint32_t k = site.verb;
    if (site.form != verb_form::past || k + 1 >= s.body_end || !s.lower_is(k + 1, "that")) return verdict::try_next;
    const std::uint32_t cue_begin = passive_auxiliary(s, k);
    if (cue_begin == k || cue_begin == s.first || !s.lower_is(cue_begin - 1, "it")) return verdict::try_next;
    const std::uint32_t e = content_end(s, k + 1);
    if (e <= k + 2) return verdict::rejected;
    a.cue.push_back(s.range(cue_begin, k + 1));
    add_content(s, a, k + 1, e);
    used = e;
    return a.content.empty() ? verdict::rejected : verdict::found;
}

}  // namespace newsprov::text::detail
