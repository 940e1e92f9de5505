#pragma once
// A stance named with its preposition: "Lee railed against the tax", "his support
// for the bill", "she was critical of the plan", "voiced concerns about cuts". The
// preposition's object is the content; who holds the stance is the subject of the
// verb, adjective or light verb, or the possessive before the noun.

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/cue_span.hpp>
#include <newsprov/text/detail/noun_phrases.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>
#include <newsprov/text/detail/stance_words.hpp>
#include <newsprov/text/patterns/cue_site.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// Could the word at k be a preposition that follows a stance word? (A cheap test
/// on length and first letter first: it runs on every word.)
template <class = void>
[[nodiscard]] inline bool stance_preposition(const sentence_view& s, std::uint32_t k) {
    const std::uint32_t size = s.tok(k).end - s.tok(k).begin;
    if (size < 2 || size > 7 || size == 6) return false;
    switch (s.paragraph->text[s.tok(k).begin]) {
        case 'a': return s.lower_is(k, "about") || s.lower_is(k, "against") || s.lower_is(k, "at");
        case 'f': return s.lower_is(k, "for");
        case 'o': return s.lower_is(k, "of") || s.lower_is(k, "on") || s.lower_is(k, "over");
        case 't': return s.lower_is(k, "to");
        case 'w': return s.lower_is(k, "with");
        default: return false;
    }
}

enum class stance_head : std::uint8_t { none, verb, noun, adjective };

/// The class of the word at h in a preposition's three lists.
template <const auto& Verbs, const auto& Nouns, const auto& Adjectives>
[[nodiscard]] stance_head stance_head_in(const sentence_view& s, std::uint32_t h) {
    if (s.in<Verbs>(h)) return stance_head::verb;
    if (s.in<Nouns>(h)) return stance_head::noun;
    if (s.in<Adjectives>(h)) return stance_head::adjective;
    return stance_head::none;
}

/// What the word before the preposition at k is: a verb, noun or adjective that
/// names a stance with this preposition, or none.
template <class = void>
[[nodiscard]] inline stance_head stance_head_at(const sentence_view& s, std::uint32_t k) {
    const std::uint32_t h = k - 1;
    if (!s.is_word(h) || s.upper(h)) return stance_head::none;
    if (s.lower_is(k, "about")) return stance_head_in<verbs_about, nouns_about, adjectives_about>(s, h);
    if (s.lower_is(k, "for")) return stance_head_in<verbs_for, nouns_for, no_stance_words>(s, h);
    if (s.lower_is(k, "of")) {
        if (s.in<voice_nouns_of>(h)) return stance_head::noun;
        return stance_head_in<no_stance_words, nouns_of, adjectives_of>(s, h);
    }
    if (s.lower_is(k, "on")) return stance_head_in<verbs_on, nouns_on, no_stance_words>(s, h);
    if (s.lower_is(k, "to")) return stance_head_in<verbs_to, nouns_to, no_stance_words>(s, h);
    if (s.lower_is(k, "against")) return stance_head_in<verbs_against, nouns_against, no_stance_words>(s, h);
    if (s.lower_is(k, "with")) return stance_head_in<verbs_with, no_stance_words, adjectives_with>(s, h);
    if (s.lower_is(k, "over")) return stance_head_in<no_stance_words, nouns_over, adjectives_over>(s, h);
    if (s.lower_is(k, "at")) return stance_head_in<no_stance_words, nouns_at, adjectives_at>(s, h);
    return stance_head::none;
}

/// Who holds the stance and where the cue starts.
struct stance_holder {
    std::uint32_t cue_begin = 0;
    std::uint32_t source_begin = 0;
    std::uint32_t source_end = 0;  ///< source_begin == source_end: no holder named
};

/// The subject left of a verb phrase whose cue starts at `cue_begin`.
template <class = void>
[[nodiscard]] inline stance_holder subject_holder(const sentence_view& s, std::uint32_t cue_begin) {
    std::uint32_t end = cue_begin;
    const std::uint32_t b = np_left(s, end);
    if (b >= end || s.in<determiners>(end - 1)) return {};
    return {cue_begin, b, end};
}

/// A word that ends in "'s" (a name's possessive).
template <class = void>
[[nodiscard]] inline bool possessive_name(const sentence_view& s, std::uint32_t k) {
    return s.is_word(k) && !apostrophe_s_stem(s.word(k)).empty();
}

/// The subject of the verb at v that governs a stance noun ("voiced concerns
/// about", "escalated her attacks on"); the cue starts at that verb.
/// `any_past`: any past form will do, as before a possessive pronoun ("stiffened
/// their denunciation of"); else only a verb that voices a stance ("voiced",
/// "raised"), for "faced questions about" names no holder.
template <class = void>
[[nodiscard]] inline stance_holder light_verb_holder(const sentence_view& s, std::uint32_t v, bool any_past) {
    if (v > s.first && s.lower_is(v, "up")) --v;  // "ratcheted up his attacks on"
    const bool verb = s.in<stance_light_verbs>(v) || (any_past && s.is_word(v) && !s.upper(v) &&
                                                      s.word(v).size() > 4 && s.word(v).ends_with("ed"));
    if (!verb) return {};
    return subject_holder(s, cue_left(s, v));
}

/// The holder of a noun's stance: the subject of a light verb before it ("Lee
/// voiced support for", "she escalated her attacks on"), or a possessive that
/// opens the sentence ("His support for the bill is ..."). Elsewhere the noun
/// phrase is mostly what another report is about, so no holder.
template <class = void>
[[nodiscard]] inline stance_holder noun_holder(const sentence_view& s, std::uint32_t h) {
    std::uint32_t j = h;  // walk left over up to two modifiers
    while (j > s.first && h - j < 2 && s.is_word(j - 1) && !s.upper(j - 1) && !s.in<determiners>(j - 1) &&
           !s.in<stance_light_verbs>(j - 1) && !possessive_name(s, j - 1) && !s.cue_at(j - 1) &&
           !s.word(j - 1).ends_with("ed"))
        --j;
    if (j == s.first) return {};
    const std::uint32_t p = j - 1;
    if (s.in<possessive_pronouns>(p) || s.in<determiners>(p)) {
        if (p > s.first) {
            const stance_holder subject = light_verb_holder(s, p - 1, s.in<possessive_pronouns>(p));
            if (subject.source_begin < subject.source_end) return subject;
        }
        if (p == s.first && s.in<possessive_pronouns>(p)) return {j, p, p + 1};
        return {};
    }
    if (possessive_name(s, p)) {
        std::uint32_t end = p + 1;
        const std::uint32_t b = np_left(s, end);
        // only a name's possessive opening the sentence ("Lee's support for ... is"):
        // a lowercase word before it would be a clause of its own
        if (b != s.first || b >= end) return {};
        for (std::uint32_t w = b; w < p; ++w)
            if (!s.upper(w) && !s.in<determiners>(w)) return {};
        return {j, b, end};
    }
    return light_verb_holder(s, p, false);
}

/// An adjective's holder: the subject of its copula ("were deeply skeptical of").
template <class = void>
[[nodiscard]] inline stance_holder adjective_holder(const sentence_view& s, std::uint32_t h) {
    std::uint32_t j = h;
    while (j > s.first && h - j < 3 && (s.ly_adverb(j - 1) || s.in<cue_modifiers>(j - 1))) --j;
    if (j == s.first || !(is_be(s, j - 1) || s.lower_is(j - 1, "remain") || s.lower_is(j - 1, "remains") ||
                          s.lower_is(j - 1, "remained")))
        return {};
    return subject_holder(s, cue_left(s, j - 1));
}

/// The stance phrase whose preposition is token k; `used` is set past its content.
template <class = void>
[[nodiscard]] inline bool stance_phrase(const sentence_view& s, speaker_tracker& speakers, std::uint32_t k,
                                        attribution& a, std::uint32_t& used) {
    if (k <= s.first || k + 1 >= s.body_end) return false;
    const stance_head head = stance_head_at(s, k);
    if (head == stance_head::none) return false;
    const std::uint32_t h = k - 1;
    // "people talking about", "a campaign railing against": a participle's holder
    // is no subject left of it; a progressive's is, and so is that of a phase verb
    // ("is talking about", "began talking about")
    const bool participle = head == stance_head::verb && s.word(h).ends_with("ing");
    const bool aspect = participle && h > s.first && (is_be(s, h - 1) || s.in<phase_verbs>(h - 1));
    if (participle && !aspect) return false;
    const stance_holder holder = head == stance_head::verb   ? subject_holder(s, cue_left(s, aspect ? h - 1 : h))
                                 : head == stance_head::noun ? noun_holder(s, h)
                                                             : adjective_holder(s, h);
    const std::uint32_t b = k + 1;
    // "were met with chants of 'Trump! Trump!'": a crowd's voice reports its quotation
    // even when nobody is named
    const bool voiced = head == stance_head::noun && s.lower_is(k, "of") && s.in<voice_nouns_of>(h) &&
                        b < s.body_end && s.is_open_quote(b);
    if (holder.source_begin == holder.source_end && !voiced) return false;
    if (!s.is_word(b) && !s.is_open_quote(b)) return false;
    std::uint32_t e;
    if (s.is_open_quote(b))
        e = s.quote_end(b) + 1 > s.end ? s.end : s.quote_end(b) + 1;
    else if (s.in<wh_openers>(b))
        e = content_end(s, b);
    else
        e = object_phrase_end(s, b);
    if (e <= b) return false;
    // "did not respond to a request for comment": a newsroom formula, no stance
    for (std::uint32_t j = b; j < e && j < b + 4; ++j)
        if (s.lower_is(j, "request") || s.lower_is(j, "requests") || s.lower_is(j, "comment")) return false;
    a.cue.push_back(s.range(holder.source_begin == holder.source_end ? h : holder.cue_begin, k + 1));
    if (holder.source_begin < holder.source_end) speakers.set_source(s, a, holder.source_begin, holder.source_end);
    add_content(s, a, b, e);
    used = e;
    return !a.content.empty();
}

}  // namespace newsprov::text::detail
