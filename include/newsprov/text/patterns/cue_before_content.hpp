#pragma once
// Cue before content: "X said (that) C." / "X said: 'C'" / "X told reporters C." /
// "..., adding that C" / "X met survivors and said C".

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/cues.hpp>
#include <newsprov/text/detail/attribution_words.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/noun_phrases.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>
#include <newsprov/text/detail/stance_words.hpp>
#include <newsprov/text/patterns/cue_site.hpp>
#include <newsprov/text/sources.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// Skips the addressee of "told", "warned", "asked" ("told reporters", "told The
/// Associated Press", "warned them") from `complement`; false when none is there.
template <class = void>
[[nodiscard]] inline bool skip_addressee(const sentence_view& s, const cue_lemma& entry, std::uint32_t& complement) {
    const bool addressee = entry.lemma == "tell" || entry.lemma == "ask" || entry.lemma == "inform" ||
                           entry.lemma == "assure" || entry.lemma == "remind" || entry.lemma == "warn" ||
                           entry.lemma == "brief" || entry.lemma == "advise" || entry.lemma == "reassure";
    if (!(addressee && complement < s.body_end && s.is_word(complement) && !s.in<complementizers>(complement) &&
          !s.in_quote(complement)))
        return true;
    std::uint32_t j = complement;
    if (s.in<object_pronouns>(j)) {
        ++j;
    } else {
        if (s.lower_is(j, "the") || s.lower_is(j, "a")) ++j;
        while (j < s.body_end && j < complement + 6 && (s.upper(j) || (s.is_ch(j, U'.') && s.toks_adjacent(j - 1, j))))
            ++j;
        // 'told ABC's "Good Morning America"': a programme's title in quotation marks
        j = after_quoted_title(s, j);
    }
    // a longer addressee and circumstances: "told his supporters at a rally
    // this weekend (that|to|he ...)": the complement starts at the first
    // complementizer, "to", quotation, colon or subject pronoun
    std::uint32_t k2 = j;
    // ("told Fox 35 that": a station's number is part of the addressee)
    // ("told a town hall in Salem, New Hampshire on Monday that": a place's state)
    while (k2 < s.body_end && k2 < complement + 12 &&
           (s.tok(k2).kind == token_kind::number ||
            (s.is_ch(k2, U',') && k2 > j && k2 + 1 < s.body_end && s.upper(k2 + 1) && s.upper(k2 - 1)) ||
            (s.is_word(k2) && !s.in<complementizers>(k2) && !s.lower_is(k2, "to") &&
             !(s.lower_is(k2, "about") && entry.lemma == "ask") &&
             !(k2 > complement && is_pronoun(s.word(k2)) && !s.in<object_pronouns>(k2) && !s.lower_is(k2, "it")))))
        ++k2;
    if (k2 < s.body_end && k2 > complement &&
        (s.in<complementizers>(k2) || s.lower_is(k2, "to") || s.lower_is(k2, "about") || is_pronoun(s.word(k2)) ||
         s.is_ch(k2, U':') || s.is_open_quote(k2) ||
         (s.is_ch(k2, U',') && k2 + 1 < s.body_end && s.is_open_quote(k2 + 1))))
        j = k2;
    // ("told the ITV network.": an addressee that ends the sentence, with no verb
    // after it, leaves nothing told after it)
    else if (k2 >= s.body_end && entry.lemma == "tell" && !finite_verb_in(s, j, s.body_end))
        j = s.body_end;
    if (j == complement) return false;
    complement = j;
    // time after the addressee belongs to the cue in the gold style; skip it here
    if (complement + 1 < s.body_end && s.lower_is(complement, "on") && s.in<days>(complement + 1)) complement += 2;
    return true;
}

/// Are the tokens [b, e) words only (no comma, quotation mark or number)?
template <class = void>
[[nodiscard]] inline bool plain_words(const sentence_view& s, std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t j = b; j < e; ++j)
        if (!s.is_word(j) || s.in_quote(j)) return false;
    return true;
}

/// Does a phrase naming someone or something start at k: a name, a determiner
/// (possessives among them) or an object pronoun ("to Lee", "back the plan", "her")?
template <class = void>
[[nodiscard]] inline bool names_someone_at(const sentence_view& s, std::uint32_t k) {
    return s.upper(k) || s.in<determiners>(k) || s.in<object_pronouns>(k);
}

/// "wrote to the council that", "admitted to the newspaper that", "explained
/// through a spokesman that": whom a report was made to, or through, at j.
template <class = void>
[[nodiscard]] inline bool addressed_to(const sentence_view& s, const cue_lemma& entry, std::uint32_t j) {
    if (!(s.lower_is(j, "to") || s.lower_is(j, "through")) || entry.rule == cue_rule::to_inf || j + 1 >= s.body_end)
        return false;
    return names_someone_at(s, j + 1);
}

/// Skips circumstances between the cue and its complement, up to a "that" or a
/// quotation after a comma or colon.
template <class = void>
inline void skip_circumstances(const sentence_view& s, const cue_lemma& entry, std::uint32_t& complement) {
    // "said following a vote in 2001 that ...", "said, among other things, that ...",
    // "announced on her Facebook page, in capitals, '...'": circumstances between
    // the cue and its complement belong to neither
    // (not "spoke in a cottage on a base that overlooks ...": a relative clause)
    if (complement < s.body_end && !s.in<complementizers>(complement) && !s.is_open_quote(complement) &&
        entry.lemma != "speak" && entry.lemma != "talk" &&
        (s.is_ch(complement, U',') || s.in<circumstance_openers>(complement) || s.ly_adverb(complement) ||
         s.lower_is(complement, "early") ||  // "said early Friday that"
         s.in<circumstance_adverbs>(complement) ||  // "said again that", "suggest however that"
         addressed_to(s, entry, complement))) {
        for (std::uint32_t j = complement + 1; j < s.body_end && j < complement + 16; ++j) {
            if (s.in_quote(j) && !s.is_open_quote(j)) break;
            if (s.lower_is(j, "that")) {
                complement = j;
                break;
            }
            if (s.is_open_quote(j) && (s.is_ch(j - 1, U',') || s.is_ch(j - 1, U':'))) {
                complement = j;
                break;
            }
            // a verb ends the search; "report" after "a 2019" is a noun
            const bool verb = s.is_word(j) && s.cue_at(j) && !s.upper(j) && s.cue_at(j).form != verb_form::base &&
                              !s.in<determiners>(j - 1) && s.tok(j - 1).kind != token_kind::number;
            // (a subject word opens the reported clause, but "the" after "at" is the
            // circumstance's own: "said at the hearing that")
            const bool subject =
                s.in<subject_words>(j) &&
                !(s.in<determiners>(j) && (s.in<circumstance_openers>(j - 1) || addressed_to(s, entry, j - 1)));
            if (s.is_open_quote(j) || verb || subject || s.is_ch(j, U';') || s.dash(j) || s.in<complementizers>(j))
                break;
        }
    }
    // "says to Nevadans: '...'": a colon and a quotation shortly after the cue
    if (!s.in<complementizers>(complement) && !s.is_open_quote(complement)) {
        for (std::uint32_t j = complement; j < s.body_end && j < complement + 10; ++j) {
            if ((s.is_ch(j, U':') || s.is_ch(j, U',')) && j + 1 < s.body_end && s.is_open_quote(j + 1)) {
                complement = j;
                break;
            }
            // ("backed the levy that Lund said, '...'": that quotation is Lund's)
            if (s.is_punct(j) || (j > complement && s.is_word(j) && s.cue_at(j))) break;
        }
    }
}

/// "about", "of", "for", "against", "upon" and, after a verb that wants more than
/// any complement, "on" at j, before its object
/// (not "about 20 people": "about" before a number approximates it).
template <class = void>
[[nodiscard]] inline bool topic_preposition(const sentence_view& s, const cue_lemma& entry, std::uint32_t j) {
    if (j + 1 >= s.body_end || !s.is_word(j + 1) || s.in_quote(j)) return false;
    if (s.lower_is(j, "about")) return !s.tok(j + 1).has(tf_number_word);
    // ("insisted on", but "said on CNN", "reported on Monday": a medium or a time)
    if (s.lower_is(j, "on")) return entry.rule != cue_rule::always && !s.upper(j + 1);
    return s.lower_is(j, "of") || s.lower_is(j, "for") || s.lower_is(j, "against") || s.lower_is(j, "upon");
}

/// "two-thirds of voters", "most Republicans", "60 percent": a group or a share
/// of one, the subject a plain stance verb takes in poll reports ("61 percent
/// support the ban").
template <class = void>
[[nodiscard]] inline bool group_subject(const sentence_view& s, const left_source& source) {
    return source.end > source.begin && group_noun(s, source.end - 1);
}

/// Is the phrase before a cue an indefinite thing ("a group", "another",
/// "including a firm"), which "called" only names?
template <class = void>
[[nodiscard]] inline bool names_a_thing(const sentence_view& s, const left_source& source) {
    for (std::uint32_t j = source.begin; j < source.end && j < source.begin + 2; ++j)
        if (s.lower_is(j, "a") || s.lower_is(j, "an") || s.lower_is(j, "another")) return true;
    return false;
}

/// Does a person hold the view: a source phrase that opens with a name or a subject
/// pronoun, not with a determiner ("Warren", "she"; not "The Post", "Employers")?
template <class = void>
[[nodiscard]] inline bool person_holds(const sentence_view& s, const left_source& source) {
    return source.found && (s.upper(source.begin) || s.is_subject_pronoun(source.begin)) &&
           !s.in<determiners>(source.begin);
}

/// "her clutching a phone", "an overweight man wearing a wig": a short noun phrase
/// at c (an object pronoun, or up to five words opening a subject) and then a
/// participle in -ing with a word after it.
template <class = void>
[[nodiscard]] inline bool small_clause_follows(const sentence_view& s, std::uint32_t c) {
    if (c >= s.body_end || s.in_quote(c) || !s.is_word(c) || s.cue_at(c)) return false;
    const bool object_pronoun = s.lower_is(c, "him") || s.lower_is(c, "her") || s.lower_is(c, "them");
    if (!object_pronoun && !starts_subject(s, c)) return false;
    for (std::uint32_t v = c + 1; v < s.body_end && v < c + (object_pronoun ? 2 : 6); ++v) {
        if (!s.is_word(v) || s.in_quote(v) || s.in<np_stops>(v) || s.in<finite_verbs>(v)) return false;
        const std::string_view w = s.word(v);
        if (!s.upper(v) && w.size() > 5 && w.ends_with("ing") && !s.in<determiners>(v - 1) &&
            v + 1 < s.body_end && s.is_word(v + 1))
            return true;
    }
    return false;
}

/// For a verb of the clause rule, a complement without "that", a quotation or a
/// colon: does a clause or object the verb's class reports stand there anyway?
template <class = void>
[[nodiscard]] inline bool bare_complement_fits(const sentence_view& s, const cue_site& site, const left_source& source,
                                               std::uint32_t complement) {
    const cue_lemma& entry = site.entry();
    // "a poll shows a slimmer lead", "records show ...": evidence named by a
    // document reports whatever follows
    if (entry.cls == cue_class::evidence && source.found && source.end > source.begin &&
        s.in<document_nouns>(source.end - 1))
        return true;
    // "stated the bill was dead", "confirmed the city will": a speech verb's
    // clause without "that", when a subject and a finite verb follow at once
    if (entry.cls == cue_class::speech && site.form != verb_form::ing && clause_follows(s, complement)) return true;
    // "Warren supports the bill": a stance verb's object phrase, when a
    // person (a name or a pronoun) holds the stance
    if (entry.cls == cue_class::evaluation && site.form != verb_form::ing && source.end == site.begin &&
        person_holds(s, source) && (s.in<determiners>(complement) || s.upper(complement)))
        return true;
    // "a video shows her clutching a phone", "Gallup finds states shifting": what
    // evidence shows may be someone doing something
    if (entry.cls == cue_class::evidence && site.form != verb_form::ing && small_clause_follows(s, complement))
        return true;
    return (entry.cls == cue_class::cognition || entry.cls == cue_class::evidence) &&
           (s.in<subject_words>(complement) || s.upper(complement) || s.contracted_subject(complement) ||
            (site.form != verb_form::ing && clause_follows(s, complement)));
}

/// For a verb of the "to" rule: an infinitive, a clause, or an object before "to"?
template <class = void>
[[nodiscard]] inline bool infinitive_fits(const sentence_view& s, const cue_site& site, const left_source& source,
                                          std::uint32_t complement, bool opens) {
    const cue_lemma& entry = site.entry();
    // ("analysts agreed it was ...": a thought's clause without "that")
    // ("hopes the vote will pass": a hope's clause without "that" too, when a
    // subject and a finite verb follow at once)
    // ("seemed to mock his critics": the verb after "to" is the report, and
    // "seemed to" part of its cue)
    if ((entry.lemma == "seem" || entry.lemma == "appear") && s.lower_is(complement, "to") &&
        complement + 1 < s.body_end && s.is_word(complement + 1) && s.cue_at(complement + 1) &&
        s.cue_at(complement + 1).form == verb_form::base && s.cue_at(complement + 1).lemma->rule != cue_rule::to_inf)
        return false;
    return opens || s.lower_is(complement, "to") ||
           (entry.cls == cue_class::cognition && s.in<subject_words>(complement) && !s.lower_is(complement, "the")) ||
           (entry.cls == cue_class::intention && site.form != verb_form::ing && clause_follows(s, complement)) ||
           // "expects the bridge to reopen": what is wanted is the object doing it
           (entry.cls != cue_class::evidence && object_before_to(s, complement)) ||
           (site.form != verb_form::ing && person_holds(s, source) && intention_object_at(s, entry, complement));
}

/// Does what starts at `complement` suit the verb's rule (a "that" clause, a
/// quotation, an infinitive, an object)? `colon`: a colon or comma came before it.
template <class = void>
[[nodiscard]] inline bool complement_fits(const sentence_view& s,
                                          const cue_site& site,
                                          const left_source& source,
                                          std::uint32_t complement,
                                          bool colon) {
    const cue_lemma& entry = site.entry();
    const bool quote_next = s.is_open_quote(complement);
    // a quotation, a colon or a complementizer opens a complement of any rule that wants one
    const bool opens = quote_next || colon || s.in<complementizers>(complement);
    // "a truce advocated by Lee and endorsed by Kim": a passive participle and its agent
    if (site.form == verb_form::past && !colon && s.lower_is(complement, "by")) return false;
    // a passive judgment's complement is what it opens: "to ..." or the phrase after "as"
    if (site.expected) return true;
    switch (entry.rule) {
        case cue_rule::always:
            return true;
        case cue_rule::clause:
            return opens || bare_complement_fits(s, site, source, complement);
        case cue_rule::to_inf:
            return infinitive_fits(s, site, source, complement, opens);
        case cue_rule::object:
            if (s.is_punct(complement) && !quote_next) return false;
            // "a group called Black Votes Matter": a name given, not a judgment
            return !((entry.lemma == "call" || entry.lemma == "dub") && site.form == verb_form::past && source.found &&
                     s.upper(complement) && site.begin == site.verb && names_a_thing(s, source));
        case cue_rule::stance:
            // "backs the bill" but not "came back", "back in 1988", "backed away"
            if (!source.found || (s.is_punct(complement) && !quote_next) || s.in<stance_non_objects>(complement))
                return false;
            // a plain "back" backs someone or something named ("voters back Sanders",
            // "who back her"), not "dates back that", "choked back tears"
            if (entry.lemma == "back" && site.form == verb_form::base && !names_someone_at(s, complement))
                return false;
            return site.form != verb_form::base || site.infinitive_after_head(s) || site.verb_by_auxiliary(s) ||
                   s.is_subject_pronoun(source.begin) || s.lower_is(source.begin, "who") || group_subject(s, source);
        case cue_rule::that:
            // ("I think the case is clear": a thought's clause may drop "that" when a
            // subject follows at once; "knew the area" has an object, not a subject)
            return quote_next || colon || s.lower_is(complement, "that") ||
                   (entry.cls == cue_class::cognition && site.form != verb_form::ing &&
                    (clause_follows(s, complement) || named_subject_past(s, complement))) ||
                   (judges_as(entry) && as_judgment_follows(s, complement));
    }
    return true;
}

/// "with 30 percent of voters saying ...", "with Trump calling for a ban": the
/// phrase between "with" and a participle is its speaker ("with about a third
/// saying": a quantity's adverb may stand between).
template <class = void>
[[nodiscard]] inline bool speaker_after_with(const sentence_view& s, const cue_site& site, const left_source& source) {
    std::uint32_t with_at = source.begin;
    if (with_at > s.first + 1 && (s.lower_is(with_at - 1, "about") || s.lower_is(with_at - 1, "nearly") ||
                                  s.lower_is(with_at - 1, "almost") || s.lower_is(with_at - 1, "roughly")))
        --with_at;
    return site.form == verb_form::ing && source.found && site.begin == site.verb && with_at > s.first &&
           s.lower_is(with_at - 1, "with");
}

/// Who the attribution is credited to: the phrase left of the cue, the earlier
/// cue's source for a participle, or the subject of a coordinated verb.
template <class = void>
inline void credit_source(const sentence_view& s, speaker_tracker& speakers, const cue_site& site,
                          const left_source& source, const earlier_cue& earlier, token_range coord_subject,
                          attribution& a) {
    const cue_lemma& entry = site.entry();
    // "They appear to be ...", "The birth is expected to ...": PolNeAR reads the
    // subject as part of what is reported, with no source named
    const bool subject_is_content = entry.lemma == "seem" || entry.lemma == "appear" || site.expected;
    if (source.found && subject_is_content && !source.participle_after_comma)
        add_content(s, a, source.begin, source.end);
    else if (source.found)
        speakers.set_source(s, a, source.begin, source.participle_after_comma ? source.subject_end : source.end);
    else if (!earlier.source.empty()) {
        // "..., saying ...": the subject of the main clause, found for the earlier cue
        a.source.push_back(earlier.source);
        a.speaker = earlier.speaker;
    } else if (!coord_subject.empty()) {
        speakers.set_source(s, a, coord_subject.begin, coord_subject.end);
    }
}

/// Where the content that starts at `complement` ends: after its quotation (to
/// the clause end when text follows it), after a stance verb's object, or at
/// the end of its clause.
template <class = void>
[[nodiscard]] inline std::uint32_t content_after_cue_end(const sentence_view& s, const cue_lemma& entry,
                                                         std::uint32_t complement) {
    if (!s.is_open_quote(complement))
        return entry.rule == cue_rule::stance || intention_object_at(s, entry, complement)
                   ? object_phrase_end(s, complement)
                   : content_end(s, complement);
    std::uint32_t e = s.quote_end(complement) + 1;
    if (e > s.end) e = s.end;
    // text after the quotation in the same clause makes it mixed: take to the clause end
    // (not "'...,' but he denied that ...": a report of its own)
    if (e < s.body_end && !s.comma_before(e) && !s.is_ch(e, U',') && !s.is_ch(e, U'.') && s.is_word(e) &&
        !s.cue_at(e) &&
        !coordinated_report(s, e, true) && !(s.lower_is(e, "but") && clause_follows(s, e + 1)))
        e = content_end(s, e);
    return e;
}

/// ", who has endorsed Clinton, said ...": a content after a relative pronoun's
/// cue ends at the relative clause's comma.
template <class = void>
[[nodiscard]] inline std::uint32_t relative_clause_end(const sentence_view& s, const left_source& source,
                                                       std::uint32_t complement, std::uint32_t e) {
    if (!(source.found && source.end == source.begin + 1 && source.begin > s.first &&
          s.is_ch(source.begin - 1, U',') && (s.lower_is(source.begin, "who") || s.lower_is(source.begin, "which"))))
        return e;
    for (std::uint32_t j = complement; j < e; ++j)
        if (s.is_ch(j, U',') && !s.in_quote(j) && !list_comma(s, j)) return j;
    return e;
}

/// The source left of the cue (or the sentence's earlier source for a participle,
/// or the subject of a coordinated verb), the content after it.
template <class = void>
[[nodiscard]] inline cue_result cue_before_content(const sentence_view& s,
                                                   speaker_tracker& speakers,
                                                   const cue_site& site,
                                                   const left_source& source,
                                                   const earlier_cue& earlier,
                                                   attribution& a,
                                                   std::uint32_t& used) {
    const cue_lemma& entry = site.entry();
    // "Trump referred to X and said ...": the subject of the first verb
    // "Obama met survivors and said ...": the subject of the first verb, a name or a
    // pronoun opening the sentence, when no earlier cue named it
    const bool after_and = !source.found && site.begin > s.first + 2 &&
                           (s.lower_is(site.begin - 1, "and") || s.lower_is(site.begin - 1, "but"));
    token_range coord_subject{0, 0};
    // ("The court overruled and said ...": a common noun phrase before the main verb too)
    if (after_and && earlier.source.empty()) {
        coord_subject = subject_phrase(s, site.begin - 1);
        // ("While Mr. Ryan ... and wrote": the subordinator opens no name)
        if (coord_subject.end > coord_subject.begin + 1 && s.in<opening_subordinators>(coord_subject.begin))
            ++coord_subject.begin;
    }
    const bool coordinated = after_and && (!earlier.source.empty() || !coord_subject.empty());
    if (!source.found && site.form != verb_form::ing && !coordinated) return cue_result::none;
    std::uint32_t complement = site.complement_start;
    if (!skip_addressee(s, entry, complement)) return cue_result::none;
    // "asked the judge to block the rule": what was asked is the addressee doing it,
    // so a short addressee before "to" belongs to the content
    const bool addressee_acts = complement > site.complement_start && complement < s.body_end &&
                                complement - site.complement_start <= 6 && s.lower_is(complement, "to") &&
                                plain_words(s, site.complement_start, complement);
    if (complement >= s.body_end) {
        // "X said:" ending a paragraph: the next paragraph's quotation
        if (site.end < s.end && s.is_ch(site.end, U':') && source.found) {
            a.cue.push_back(s.range(site.begin, site.end));
            speakers.set_source(s, a, source.begin, source.end);
            used = s.end;
            return cue_result::awaits_quotation;
        }
        return cue_result::none;
    }
    skip_circumstances(s, entry, complement);
    bool colon = false;
    if (s.is_ch(complement, U':') ||
        (s.is_ch(complement, U',') && complement + 1 < s.body_end && s.is_open_quote(complement + 1))) {
        colon = true;
        ++complement;
    }
    if (complement >= s.body_end || !complement_fits(s, site, source, complement, colon)) return cue_result::none;
    if (site.form == verb_form::ing && !source.participle_after_comma && !site.progressive &&
        !speaker_after_with(s, site, source))
        return cue_result::none;
    // "X reported from Midway Atoll" (a credit line), "what she said when she
    // resigned": no report follows the cue
    if ((entry.lemma == "report" && s.lower_is(complement, "from")) ||
        (!s.is_open_quote(complement) && !colon && s.in<subordinators>(complement) &&
         !(complement + 1 < s.body_end && s.lower_is(complement + 1, "that"))))
        return cue_result::none;
    // "speculated about his health", "argued for a ban": a preposition right
    // after the verb belongs to the cue, its object is the content
    const bool preposition = complement == site.end && topic_preposition(s, entry, complement);
    a.cue.push_back(s.range(site.begin, preposition ? complement + 1 : site.end));
    if (preposition) ++complement;
    credit_source(s, speakers, site, source, earlier, coord_subject, a);
    std::uint32_t e = content_after_cue_end(s, entry, complement);
    if (addressee_acts) complement = site.complement_start;
    e = relative_clause_end(s, source, complement, e);
    // "a surge, which Democrats say could help him": the relative pronoun stands for
    // what is reported, so it is the content's first part
    // (not "to which X replied": there the pronoun is the preposition's)
    // ("adapt to what she said is growing demand", "the job that economists say is
    // the future": a verb right after the cue has that pronoun as its subject,
    // whatever stands before it)
    const bool subject_gap = s.in<finite_verbs>(complement) && !s.in_quote(complement);
    if (source.found && !source.participle_after_comma && source.begin > s.first &&
        (s.lower_is(source.begin - 1, "which") || s.lower_is(source.begin - 1, "what") ||
         (subject_gap && s.lower_is(source.begin - 1, "that"))) &&
        (subject_gap || !(source.begin > s.first + 1 && s.in<pronoun_prepositions>(source.begin - 2))))
        add_content(s, a, source.begin - 1, source.begin);
    add_content(s, a, complement, e);
    used = e;
    return a.content.empty() ? cue_result::none : cue_result::found;
}

}  // namespace newsprov::text::detail
