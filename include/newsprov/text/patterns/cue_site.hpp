#pragma once
// What the cue-verb patterns know about one cue verb ("said", "has warned",
// "pointed out in a statement"), and what they hand each other.

#include <newsprov/text/cues.hpp>
#include <newsprov/text/detail/attribution_words.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/cue_span.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/stance_words.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace newsprov::text::detail {

/// What one pattern made of a cue: nothing (try the next pattern), an attribution,
/// or a sure "no attribution at this cue".
enum class verdict : std::uint8_t { try_next, found, rejected };

/// What a cue verb gave the finder.
enum class cue_result : std::uint8_t {
    none,
    found,             ///< an attribution
    awaits_quotation,  ///< "X said:" ending a paragraph: the next paragraph's quotation is its content
};

/// The source of the sentence's latest attribution ("X said A, adding B": "adding" reuses X).
struct earlier_cue {
    span source;
    std::string speaker;
};

/// A cue verb and its cue span.
struct cue_site {
    std::uint32_t verb = 0;  ///< token of the verb
    cue_match match;         ///< its lexicon entry and form
    verb_form form = verb_form::base;
    std::uint32_t begin = 0;             ///< first token of the cue ("has" in "has also said"); set by the finder
    std::uint32_t end = 0;               ///< one past the cue
    std::uint32_t complement_start = 0;  ///< after the cue, a medium and a time: where the complement may start
    bool progressive = false;            ///< "is demanding", "was warning"
    std::uint32_t be_before = 0;         ///< the "is" or "was" of a progressive or a passive judgment
    bool participle_after_preposition = false;  ///< "began by saying", "criticized for saying"
    bool expected = false;                      ///< "is expected to": the expectation is the subject's
    bool contracted = false;                    ///< "he's said", "she's claiming", "he's not saying"
    std::uint32_t contraction = 0;              ///< the word holding the "'s" when contracted
    [[nodiscard]] const cue_lemma& entry() const { return *match.lemma; }
    /// "tried to defend", "was quick to embrace": the verb is an infinitive after
    /// the cue's own head, so a verb, even where its form could be a noun's
    [[nodiscard]] bool infinitive_after_head(const sentence_view& s) const {
        return begin + 1 < verb && s.lower_is(verb - 1, "to");
    }
    /// "can support", "would not back": a plain form after a modal inside the cue
    /// is a verb, and so is a third-person form after an adverb. ("could offer a
    /// glimpse" gives more often than it reports: 1 in 12 on train.)
    [[nodiscard]] bool verb_by_auxiliary(const sentence_view& s) const {
        if (entry().lemma == "offer") return false;
        // ("The poll also shows", "Lee often claims": an adverb of the cue before a
        // third-person form; not "in later states", where it is an adjective)
        if (form == verb_form::third)
            return begin < verb && s.in<cue_modifiers>(verb - 1) && !s.in<finite_verbs>(verb - 1) &&
                   verb - 1 > s.first && !s.in<determiners>(verb - 2) && !s.in<pronoun_prepositions>(verb - 2);
        if (form != verb_form::base) return false;
        for (std::uint32_t j = verb; j > begin; --j)
            if (s.in<modal_verbs>(j - 1) || !negated_auxiliary(s, j - 1).empty()) return true;
        return false;
    }
};

/// The source phrase left of a cue verb, or, for a participle after a comma
/// ("..., saying"), the subject of the sentence.
struct left_source {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint32_t subject_end = 0;        ///< the sentence subject's end, for a participle after a comma
    bool participle_after_comma = false;  ///< "..., saying that ...", "began by saying ..."
    bool found = false;                   ///< a phrase stands left of the cue (begin < cue begin)
};

/// Verbs whose passive before "to" reports a judgment nobody is named for
/// ("is expected to", "was said to be", "is believed to have").
[[nodiscard]] inline bool passive_judgment_to(std::string_view lemma) noexcept {
    return lemma == "expect" || lemma == "say" || lemma == "believe" || lemma == "think" || lemma == "report" ||
           lemma == "consider" || lemma == "know";
}
/// Does the verb report a judgment as "X as Y" ("sees Lee as the favourite",
/// "portrayed the plan as reckless")?
[[nodiscard]] inline bool judges_as(const cue_lemma& entry) noexcept {
    return entry.lemma == "see" || entry.lemma == "cast" || entry.lemma == "portray" || entry.lemma == "characterize" ||
           entry.lemma == "characterise" || entry.lemma == "depict" || entry.lemma == "paint" ||
           entry.lemma == "pitch" || entry.lemma == "regard";
}
/// Verbs whose passive before "as" reports a judgment ("is widely regarded as",
/// "is known as"): the casting verbs and a few that take "as" only in the passive.
template <class = void>
[[nodiscard]] inline bool passive_judgment_as(const cue_lemma& entry) noexcept {
    return judges_as(entry) || entry.lemma == "consider" || entry.lemma == "describe" || entry.lemma == "know";
}

/// "wants a continuation of the policy", "sought Trump's endorsement", "vowed a
/// wider war": what is wanted, sought or promised may be a thing rather than an act.
/// Is the phrase at c such an object (not "to", not an object that acts: "wants
/// voters to know")?
template <class = void>
[[nodiscard]] inline bool intention_object_at(const sentence_view& s, const cue_lemma& entry, std::uint32_t c) {
    // ("pledged delegates": "pledge" is left out, its participle mostly an adjective)
    const bool wants_things = entry.lemma == "want" || entry.lemma == "seek" || entry.lemma == "promise" ||
                              entry.lemma == "vow" || entry.lemma == "threaten" || entry.lemma == "demand";
    return wants_things && c < s.body_end && s.is_word(c) && !s.in_quote(c) && !s.lower_is(c, "to") &&
           !s.is_subject_pronoun(c) && starts_subject(s, c) && !object_before_to(s, c) && !clause_follows(s, c);
}

/// "believe cheap water is gone": a clause whose subject is a bare noun phrase,
/// after a finite verb that is no noun too ("Democratic state lawmakers have").
template <class = void>
[[nodiscard]] inline bool bare_clause_follows(const sentence_view& s, const cue_match& m, std::uint32_t c) {
    return m.form != verb_form::ing && !(m.form == verb_form::base && noun_homograph(m.lemma->lemma)) &&
           clause_follows(s, c);
}

/// "with Trump calling for ...", "with 30 percent of voters saying ...": does a
/// participle follow "with" and the few words of its subject?
template <class = void>
[[nodiscard]] inline bool participle_after_with(const sentence_view& s, std::uint32_t k) {
    for (std::uint32_t j = k; j > s.first && k - j < 8; --j) {
        if (s.lower_is(j - 1, "with")) return j < k;
        if (!s.is_word(j - 1) || s.in_quote(j - 1)) return false;
    }
    return false;
}

/// "put it" as a report: "it" and then the clause's end, "this way", an adverb
/// ("put it bluntly") or a medium ("put it in his memo"), not "put it on the table".
template <class = void>
[[nodiscard]] inline bool put_it(const sentence_view& s, std::uint32_t k) {
    if (k + 1 >= s.body_end || !s.lower_is(k + 1, "it")) return false;
    const std::uint32_t j = k + 2;
    if (j >= s.body_end || !s.is_word(j)) return true;
    if (s.lower_is(j, "this") || s.ly_adverb(j)) return true;
    return (s.lower_is(j, "in") || s.lower_is(j, "during")) && j + 1 < s.body_end &&
           (s.in<determiners>(j + 1) || s.in<possessive_pronouns>(j + 1));
}

/// Reads the cue verb at k; nothing when its form or what follows rules a report out.
template <class = void>
[[nodiscard]] inline std::optional<cue_site> read_cue_site(const sentence_view& s, std::uint32_t k,
                                                           const cue_match& m) {
    const cue_lemma& entry = *m.lemma;
    cue_site site;
    site.verb = k;
    site.match = m;
    site.form = m.form;
    // "is demanding", "was warning": a progressive is a cue like any finite form
    // ("are increasingly admitting", "is not saying", "isn't saying": an adverb or a
    // negation may stand between)
    const std::uint32_t aux = before_verb_modifiers(s, k);
    // ("began chanting", "kept insisting": a phase verb reads like the progressive's "be")
    site.progressive = m.form == verb_form::ing && aux > s.first &&
                       ((is_be(s, aux - 1) && !s.lower_is(aux - 1, "being")) || negated_be(s, aux - 1) ||
                        s.in<phase_verbs>(aux - 1));
    if (site.progressive) site.be_before = aux - 1;
    // "..., calling it ...": a participle clause after a comma
    // "began by saying ...", "was criticized for saying that ...": a speech verb's
    // participle after a preposition reports what the subject said, and so does a
    // judgment's "X as Y" ("by labeling her as an extremist")
    site.participle_after_preposition =
        m.form == verb_form::ing && k > s.first && s.in<participle_preps>(k - 1) &&
        ((entry.cls == cue_class::speech && entry.rule == cue_rule::always) || as_judgment_follows(s, k + 1));
    const bool ing_clause =
        m.form == verb_form::ing && k > s.first &&
        (s.comma_before(k) || s.dash(k - 1) || site.participle_after_preposition);
    // "is expected to", "was said to be", "is widely regarded as": a passive judgment
    // whose holder goes unnamed; PolNeAR reads the subject as part of what is judged
    const bool judged_as = passive_judgment_as(entry) && k + 1 < s.body_end && s.lower_is(k + 1, "as");
    site.expected = m.form == verb_form::past && aux > s.first && is_be(s, aux - 1) && k + 1 < s.body_end &&
                    ((passive_judgment_to(entry.lemma) && s.lower_is(k + 1, "to")) || judged_as);
    if (site.expected) site.be_before = aux - 1;
    // "clear" reports only after "made (it)"
    if (entry.lemma == "clear" && cue_left(s, k) == k) return std::nullopt;
    // "put" reports only as "put it" ("as the mayor put it, ..."), not in the
    // progressive ("putting it on hold")
    if (entry.lemma == "put" && (m.form == verb_form::ing || !put_it(s, k))) return std::nullopt;
    // ("he's not claiming", "she's been saying": a negation, an adverb or the
    // progressive's "been" may stand between)
    // (a participle right after it only: "it's currently written" is a passive)
    const std::uint32_t chain = m.form != verb_form::ing                               ? k
                                : site.progressive && s.lower_is(site.be_before, "been") ? site.be_before
                                                                                         : aux;
    site.contraction = chain > s.first ? chain - 1 : k;
    site.contracted = chain > s.first && s.is_word(chain - 1) && !apostrophe_s_stem(s.word(chain - 1)).empty();
    // ("criticizing the pipeline and calling for a ban": a participle coordinated
    // with an earlier one; left_source checks that there was one)
    const bool after_and = k > s.first && (s.lower_is(k - 1, "and") || s.lower_is(k - 1, "but"));
    if (m.form == verb_form::ing && entry.rule != cue_rule::always && !ing_clause && !site.progressive &&
        !site.contracted && !participle_after_with(s, k) && !after_and)
        return std::nullopt;
    const cue_extent extent = cue_right(s, k, entry);
    site.end = extent.end;
    site.complement_start = extent.complement_start;
    if (site.expected && judged_as) site.end = site.complement_start = k + 2;  // "as" is part of the cue
    // Cheap test first: verbs that need a complement fire only before one, or
    // where a content may end before them ("..., he believes.").
    if (!site.expected &&
        (entry.rule == cue_rule::clause || entry.rule == cue_rule::that || entry.rule == cue_rule::to_inf)) {
        const std::uint32_t c = site.complement_start;
        const bool ok = c >= s.body_end || s.is_punct(c) || s.in<complementizers>(c) || s.lower_is(c, "to") ||
                        s.in<subject_words>(c) || s.upper(c) || s.lower_is(c, "in") || s.lower_is(c, "at") ||
                        s.lower_is(c, "during") || s.lower_is(c, "after") || s.lower_is(c, "while") ||
                        s.lower_is(c, "when") || s.lower_is(c, "before") || s.lower_is(c, "as") ||
                        s.in<object_pronouns>(c) || s.in<determiners>(c) || s.lower_is(c, "you") ||
                        (entry.rule == cue_rule::to_inf && object_before_to(s, c)) ||
                        intention_object_at(s, entry, c) ||
                        (judges_as(entry) && as_judgment_follows(s, c)) ||  // "cast himself as"
                        s.contracted_subject(c) || bare_clause_follows(s, m, c);
        if (!ok) return std::nullopt;
    }
    return site;
}

}  // namespace newsprov::text::detail
