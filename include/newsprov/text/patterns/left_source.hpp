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
    // ("acknowledging that ... but warning that ...": a participle coordinated with
    // an earlier report shares its subject)
    source.participle_after_comma =
        site.form == verb_form::ing && site.begin > s.first &&
        (s.is_ch(site.begin - 1, U',') || site.participle_after_preposition ||
         (!earlier.source.empty() && (s.lower_is(site.begin - 1, "but") || s.lower_is(site.begin - 1, "and")) &&
          site.end < s.body_end && s.lower_is(site.end, "that")));
    source.end = site.begin;
    source.begin = source.participle_after_comma ? site.begin : np_left(s, source.end);
    // (a complementizer after a finite form settles it: "another slide shows that ...";
    // not "an hourlong show that aired")
    if (source.begin < source.end && (site.form == verb_form::base || site.form == verb_form::third) &&
        noun_homograph(entry.lemma) &&
        // ("the 15 states that voted": "states" is a noun before "that" too)
        !((site.form == verb_form::third || site.form == verb_form::base) && entry.lemma != "state" &&
          site.end < s.body_end && (s.lower_is(site.end, "that") || s.is_open_quote(site.end)))) {
        // "remarks", "questions", "claims" are nouns unless a name or pronoun is their subject
        const std::uint32_t h = source.end - 1;
        // ("the McKinley plan", "a Trump tweet": a name after a determiner modifies the noun)
        const bool modifier = h > source.begin && s.upper(h) && s.in<determiners>(h - 1);
        // ("critics fear the plan will fail", "64 percent call him honest": a plain
        // form after a group is its verb, unless a verb or "of" follows as after a
        // noun: "the jobs report showed", "voters' hopes of")
        const bool group_verb = site.form == verb_form::base && group_noun(s, h) && site.end < s.body_end &&
                                s.is_word(site.end) && !s.in<finite_verbs>(site.end) &&
                                !s.lower_is(site.end, "of") && !s.lower_is(site.end, "for") &&
                                !s.lower_is(site.end, "from") && !s.lower_is(site.end, "among") &&
                                !s.lower_is(site.end, "in") && !s.cue_at(site.end) &&
                                !(s.in<np_stops>(site.end) && !s.lower_is(site.end, "to"));
        // ("Smith, the mayor, claims ...": a subject with its appositive)
        const bool after_appositive = s.is_ch(h, U',') && h > source.begin &&
                                      (s.upper(source.begin) || s.in<determiners>(source.begin));
        if (!((after_appositive || (s.is_word(h) && (is_pronoun(s.word(h)) || (s.upper(h) && !modifier) ||
                                                    s.in<document_nouns>(h) || group_verb))) &&
              site.begin == site.verb))
            return std::nullopt;
    }
    // "Recent reports have revealed", "the claims are false": a plural noun before a finite verb
    if (site.form == verb_form::third && noun_homograph(entry.lemma) && site.begin == site.verb &&
        site.verb + 1 < s.body_end && s.in<finite_verbs>(site.verb + 1))
        return std::nullopt;
    if (site.begin == site.verb && site.verb > s.first &&
        (s.in<determiners>(site.verb - 1) || (s.is_word(site.verb - 1) && s.word(site.verb - 1).ends_with("'s")) ||
         (s.is_word(site.verb - 1) && s.word(site.verb - 1).ends_with("\u2019s") &&
          !is_pronoun(s.word(site.verb - 1).substr(0, s.word(site.verb - 1).size() - 4)))))
        return std::nullopt;
    source.subject_end = site.begin;
    if (source.participle_after_comma && earlier.source.empty()) {
        const auto [b, e] = sentence_subject(s, site.begin);
        if (e > b) {
            source.begin = b;
            source.subject_end = e;
        }
    }
    if (source.begin < site.begin && s.in<days>(source.begin)) source.begin = site.begin;
    // "has faced ridicule", "drew criticism": a base form after a past verb is its object
    // (not after a respondent's participle: "those surveyed say")
    if (site.form == verb_form::base && site.begin == site.verb && site.verb > s.first && s.is_word(site.verb - 1) &&
        !s.upper(site.verb - 1) && s.word(site.verb - 1).size() > 3 && s.word(site.verb - 1).ends_with("ed") &&
        !s.in<respondent_participles>(site.verb - 1))
        return std::nullopt;
    // "in support of", "in answer to": after "in" the plain form is a noun
    if (entry.rule == cue_rule::object && site.begin == site.verb && site.form == verb_form::base &&
        site.verb > s.first && s.lower_is(site.verb - 1, "in"))
        return std::nullopt;
    // "please ask yourself", "No. He seems ...": no speaker either
    if (source.begin + 1 == source.end &&
        (s.lower_is(source.begin, "please") || s.lower_is(source.begin, "no") || s.lower_is(source.begin, "yes")))
        return std::nullopt;
    // "Don't forget ...", "I can't yell ...": a negated auxiliary is no speaker
    if (source.begin + 1 == source.end && s.is_word(source.begin) &&
        (s.word(source.begin).ends_with("n't") || s.word(source.begin).ends_with("n\u2019t")))
        return std::nullopt;
    // "On Friday, Rubio said" keeps its time out of the source
    source.found = source.begin < site.begin;
    return source;
}

}  // namespace newsprov::text::detail
