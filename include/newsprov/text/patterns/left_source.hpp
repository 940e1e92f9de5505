#pragma once
// The source phrase left of a cue verb ("Rubio said", "the family said"), and the
// tests that read the verb as a noun instead ("his remarks", "the McKinley plan").

#include <newsprov/text/cues.hpp>
#include <newsprov/text/detail/attribution_words.hpp>
#include <newsprov/text/detail/noun_phrases.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/patterns/cue_site.hpp>
#include <newsprov/text/sources.hpp>

#include <cstdint>
#include <optional>

namespace newsprov::text::detail {

/// Is a cue that doubles as a noun ("remarks", "questions", "claims") a verb
/// after the phrase [source.begin, source.end)? Only when a name, a pronoun, a
/// document, a group or a subject with its appositive is its subject, or a
/// complementizer follows a finite form ("another slide shows that ...").
template <class = void>
[[nodiscard]] inline bool homograph_is_verb(const sentence_view& s, const cue_site& site, const left_source& source) {
    const cue_lemma& entry = site.entry();
    if (source.begin >= source.end || (site.form != verb_form::base && site.form != verb_form::third) ||
        !noun_homograph(entry.lemma) || site.infinitive_after_head(s) || site.verb_by_auxiliary(s))
        return true;
    // (not "an hourlong show that aired"; "the 15 states that voted": "states" is a
    // noun before "that" too)
    // ("The Post reports on Monday that": a time may stand before "that")
    if (entry.lemma != "state" && site.end < s.body_end &&
        (s.lower_is(site.end, "that") || s.is_open_quote(site.end) ||
         (site.complement_start < s.body_end && s.lower_is(site.complement_start, "that"))))
        return true;
    const std::uint32_t h = source.end - 1;
    // ("the McKinley plan", "a Trump tweet": a name after a determiner modifies the noun)
    const bool modifier = h > source.begin && s.upper(h) && s.in<determiners>(h - 1);
    // ("critics fear the plan will fail", "64 percent call him honest": a plain
    // form after a group is its verb, unless a verb or "of" follows as after a
    // noun: "the jobs report showed", "voters' hopes of")
    const bool group_verb = site.form == verb_form::base && group_noun(s, h) && site.end < s.body_end &&
                            s.is_word(site.end) && !s.in<finite_verbs>(site.end) && !s.lower_is(site.end, "of") &&
                            !s.lower_is(site.end, "for") && !s.lower_is(site.end, "from") &&
                            !s.lower_is(site.end, "among") && !s.lower_is(site.end, "in") && !s.cue_at(site.end) &&
                            !(s.in<np_stops>(site.end) && !s.lower_is(site.end, "to"));
    // ("the senator supports the plan": an office holder, when a phrase the noun
    // could not take follows; not "police reports filed", "the committee report was")
    const bool office_verb = s.is_word(h) && is_office_noun(s.word(h)) && site.end < s.body_end &&
                             (s.in<determiners>(site.end) || s.lower_is(site.end, "that") ||
                              s.lower_is(site.end, "to"));
    // ("Smith, the mayor, claims ...": a subject with its appositive)
    const bool after_appositive =
        s.is_ch(h, U',') && h > source.begin && (s.upper(source.begin) || s.in<determiners>(source.begin));
    return (after_appositive || (s.is_word(h) && (is_pronoun(s.word(h)) || (s.upper(h) && !modifier) ||
                                                  s.in<document_nouns>(h) || office_verb || group_verb))) &&
           site.begin == site.verb;
}

/// Is the cue word a noun where it stands, whatever its subject: "Recent reports
/// have revealed", "the claims", "Trump's remarks", "has faced ridicule", "in
/// support of"?
template <class = void>
[[nodiscard]] inline bool cue_word_is_noun(const sentence_view& s, const cue_site& site) {
    const cue_lemma& entry = site.entry();
    if (site.begin != site.verb) return false;
    const std::uint32_t v = site.verb;
    // a plural noun before a finite verb or a preposition ("Terrorist attacks in
    // Paris", "the attacks on his record")
    if (site.form == verb_form::third && noun_homograph(entry.lemma) && v + 1 < s.body_end &&
        (s.in<finite_verbs>(v + 1) ||
         (s.in<noun_prepositions>(v + 1) && !(v + 2 < s.body_end && s.in<days>(v + 2)))))  // "reports on Monday"
        return true;
    if (v <= s.first) return false;
    if (s.in<determiners>(v - 1)) return true;
    // "Trump's claims", but not "he's claimed"
    if (const std::string_view owner = s.is_word(v - 1) ? apostrophe_s_stem(s.word(v - 1)) : std::string_view{};
        !owner.empty() && !is_pronoun(owner))
        return true;
    // a base form after a past verb is its object (not after a respondent's
    // participle: "those surveyed say")
    if (site.form == verb_form::base && s.is_word(v - 1) && !s.upper(v - 1) && s.word(v - 1).size() > 3 &&
        s.word(v - 1).ends_with("ed") && !s.in<respondent_participles>(v - 1))
        return true;
    // after "in" the plain form is a noun ("in answer to")
    return entry.rule == cue_rule::object && site.form == verb_form::base && s.lower_is(v - 1, "in");
}

/// "please ask yourself", "No. He seems ...", "Don't forget ...", "I can't
/// yell ...": a one-word phrase that is no speaker.
template <class = void>
[[nodiscard]] inline bool no_speaker(const sentence_view& s, const left_source& source) {
    if (source.begin + 1 != source.end) return false;
    if (s.lower_is(source.begin, "please") || s.lower_is(source.begin, "no") || s.lower_is(source.begin, "yes"))
        return true;
    return s.is_word(source.begin) &&
           (s.word(source.begin).ends_with("n't") || s.word(source.begin).ends_with("n\u2019t"));
}

/// "The town released a statement Wednesday saying ...": a participle right after
/// what a speaker issued reports for the issuer, and the issuing verb opens the
/// cue. Moves the cue's start and the source there when it applies.
template <class = void>
inline void document_participle(const sentence_view& s, cue_site& site, left_source& source) {
    if (site.form != verb_form::ing || source.participle_after_comma || site.begin < s.first + 4) return;
    std::uint32_t noun = site.begin - 1;
    if (s.in<days>(noun)) --noun;
    if (!s.in<issued_documents>(noun)) return;
    // "a statement", "a new radio ad", "its own letter": up to three words after a determiner
    std::uint32_t det = noun;
    while (det > s.first && noun - det < 4 && !s.in<determiners>(det) && s.is_word(det) && !s.upper(det)) --det;
    if (!s.in<determiners>(det) || s.lower_is(det, "of") || det <= s.first) return;
    std::uint32_t verb = det - 1;
    if (s.lower_is(verb, "out") && verb > s.first) --verb;  // "put out", "sent out"
    if (!s.is_word(verb) || s.upper(verb) || s.in<determiners>(verb) || is_pronoun(s.word(verb)) ||
        s.in<np_stops>(verb))
        return;
    const std::uint32_t cue_begin = cue_left(s, verb);
    std::uint32_t subject_end = cue_begin;
    const std::uint32_t subject_begin = np_left(s, subject_end);
    if (subject_begin >= subject_end) return;
    site.begin = cue_begin;
    // read from here on like "..., saying": the content follows the participle
    source = left_source{subject_begin, subject_end, subject_end, true, true};
}

/// "Meanwhile Rihanna said", "Ultimately Prager said", "Last year only 32 percent
/// of ... said": an adverb or a time opening the sentence before the subject is
/// no part of the source.
template <class = void>
[[nodiscard]] inline std::uint32_t past_leading_adverbs(const sentence_view& s, std::uint32_t b, std::uint32_t e) {
    if (b != s.first) return b;
    while (b + 1 < e) {
        const bool adverb = s.in<connective_openers>(b) || s.in<leading_adverbs>(b) ||
                            (s.is_word(b) && s.word(b).size() > 4 && s.word(b).ends_with("ly") &&
                             !s.in<ly_non_adverbs>(b) && b + 1 < e && s.upper(b + 1));
        const bool time = b + 2 < e && (s.lower_is(b, "last") || s.lower_is(b, "this") || s.lower_is(b, "next")) &&
                          (s.lower_is(b + 1, "year") || s.lower_is(b + 1, "week") || s.lower_is(b + 1, "month") ||
                           s.lower_is(b + 1, "night") || s.lower_is(b + 1, "time"));
        if (time)
            b += 2;
        else if (adverb)
            ++b;
        else
            break;
    }
    return b;
}

/// The phrase left of the cue; nothing when the cue word is no verb here.
/// `earlier` is the source of the sentence's previous attribution, which a
/// participle after a comma takes over.
template <class = void>
[[nodiscard]] inline std::optional<left_source> find_left_source(const sentence_view& s,
                                                                 const cue_site& site,
                                                                 const earlier_cue& earlier) {
    const cue_lemma& entry = site.entry();
    left_source source;
    if ((entry.lemma == "point" || entry.lemma == "refer") && site.end == site.verb + 1)
        return std::nullopt;  // needs "out"/"to"
    // "..., saying that ...": the subject found for the earlier cue of the sentence
    // ("acknowledging that ... but warning that ...", "criticizing X and calling for
    // Y": a participle coordinated with an earlier report shares its subject)
    source.participle_after_comma =
        site.form == verb_form::ing && site.begin > s.first &&
        (s.comma_before(site.begin) || s.dash(site.begin - 1) || site.participle_after_preposition ||
         (!earlier.source.empty() && (s.lower_is(site.begin - 1, "but") || s.lower_is(site.begin - 1, "and"))));
    source.end = site.begin;
    source.begin = source.participle_after_comma ? site.begin : np_left(s, source.end);
    if (!homograph_is_verb(s, site, source) || cue_word_is_noun(s, site)) return std::nullopt;
    source.subject_end = site.begin;
    if (source.participle_after_comma && earlier.source.empty()) {
        const auto [b, e] = subject_phrase(s, site.begin);
        if (e > b) {
            source.begin = b;
            source.subject_end = e;
        }
    }
    if (source.begin < site.begin && s.in<days>(source.begin)) source.begin = site.begin;
    if (!source.participle_after_comma) source.begin = past_leading_adverbs(s, source.begin, source.end);
    if (no_speaker(s, source)) return std::nullopt;
    if (!source.participle_after_comma) source.end = before_reporting_relative(s, source.begin, source.end);
    // "On Friday, Rubio said" keeps its time out of the source
    source.found = source.begin < site.begin;
    return source;
}

}  // namespace newsprov::text::detail
