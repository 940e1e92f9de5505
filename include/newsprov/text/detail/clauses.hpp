#pragma once
// Clauses after a cue: where a reported content ends, and whether a clause,
// a report of its own or only a circumstance follows.

#include <newsprov/text/cues.hpp>
#include <newsprov/text/detail/cue_span.hpp>
#include <newsprov/text/detail/noun_phrases.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/sources.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// One past a title in quotation marks opening at k ('"Good Morning America"': two to
/// eight words, each capitalized or a short joining word), else k.
template <class = void>
[[nodiscard]] inline std::uint32_t after_quoted_title(const sentence_view& s, std::uint32_t k) {
    if (k >= s.body_end || !s.is_open_quote(k)) return k;
    const std::uint32_t close = s.quote_end(k);
    if (close >= s.end || close < k + 3 || close > k + 9) return k;
    for (std::uint32_t w = k + 1; w < close; ++w) {
        if (w + 1 == close && s.is_punct(w)) continue;  // '"Morning Joe."'
        if (!s.is_word(w) || !(s.upper(w) || s.lower_is(w, "of") || s.lower_is(w, "the") || s.lower_is(w, "and")))
            return k;
    }
    return close + 1;
}

/// Is there a finite verb ("is", "was", "will") among the tokens [b, e)?
template <class = void>
[[nodiscard]] inline bool finite_verb_in(const sentence_view& s, std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t k = b; k < e; ++k)
        if (s.in<finite_verbs>(k)) return true;
    return false;
}

/// A finite speech verb that always reports ("said", "says", "added"), lower case, at k.
/// With `base`, also the plain form ("critics say").
template <class = void>
[[nodiscard]] inline bool is_speech_report(const sentence_view& s, std::uint32_t k, bool base = false) {
    if (k >= s.body_end || !s.is_word(k) || s.upper(k) || s.in_quote(k)) return false;
    const cue_match cm = s.cue_at(k);
    return cm && (cm.form == verb_form::past || cm.form == verb_form::third || (base && cm.form == verb_form::base)) &&
           cm.lemma->cls == cue_class::speech && cm.lemma->rule == cue_rule::always;
}
/// Can a subject start at k: a name, a determiner, a number, a subject pronoun or
/// a bare noun ("critics"), not an adverb or a word that ends a noun phrase?
template <class = void>
[[nodiscard]] inline bool starts_subject(const sentence_view& s, std::uint32_t k) {
    if (k >= s.body_end || s.in_quote(k)) return false;
    if (s.tok(k).kind == token_kind::number) return true;
    if (!s.is_word(k) || s.lower_is(k, "of")) return false;
    if (s.upper(k) || s.is_subject_pronoun(k) || s.in<determiners>(k)) return true;
    return !is_pronoun(s.word(k)) && !s.in<np_stops>(k) && !s.in<cue_modifiers>(k) && !s.word(k).ends_with("ly") &&
           !s.cue_at(k);
}
/// The ")" of a short aside in parentheses opening at k ("(R-S.C.)", "(D)": at
/// most eight tokens), else k.
template <class = void>
[[nodiscard]] inline std::uint32_t parenthesis_close(const sentence_view& s, std::uint32_t k) {
    if (!s.is_ch(k, U'(')) return k;
    for (std::uint32_t j = k + 1; j < s.body_end && j < k + 9; ++j) {
        if (s.is_ch(j, U')')) return j;
        if (s.is_ch(j, U'(')) return k;
    }
    return k;
}
/// Is there, in the words and numbers from k up to (not including) `limit`, a
/// speech verb that always reports, after at least one word of subject?
template <class = void>
[[nodiscard]] inline bool own_speech_cue(const sentence_view& s, std::uint32_t k, std::uint32_t limit) {
    for (std::uint32_t v = k + 1; v < s.body_end && v < limit; ++v) {
        // ("Sen. Lindsey Graham (R-S.C.) told": a short aside in parentheses)
        if (const std::uint32_t close = parenthesis_close(s, v); close != v) {
            limit += close + 1 - v;
            v = close;
            continue;
        }
        if (s.in_quote(v) ||
            (!s.is_word(v) && s.tok(v).kind != token_kind::number && !(s.is_ch(v, U'.') && s.toks_adjacent(v - 1, v))))
            return false;
        if (is_speech_report(s, v, true)) return true;
        if (s.in<finite_verbs>(v) || s.in<complementizers>(v)) return false;
    }
    return false;
}

/// "..., she said in an interview later.": one or two adverbs that end the sentence
/// after a cue are circumstances, not a content of their own ("Mexico said
/// enough.", "he mentioned climate change." have objects instead).
template <class = void>
[[nodiscard]] inline bool short_tail(const sentence_view& s, std::uint32_t k) {
    if (k >= s.body_end || s.body_end - k > 2) return false;
    for (std::uint32_t j = k; j < s.body_end; ++j) {
        if (!s.is_word(j) || s.upper(j) || s.in_quote(j)) return false;
        const bool adverb = s.ly_adverb(j) || s.lower_is(j, "later") || s.lower_is(j, "afterward") ||
                            s.lower_is(j, "afterwards") || s.lower_is(j, "again") || s.lower_is(j, "too") ||
                            s.lower_is(j, "then") || s.lower_is(j, "earlier");
        if (!adverb) return false;
    }
    return true;
}
/// Does a clause (subject, then a finite verb within a few words) start at c?
/// Does the comma at j separate the items of a list of names ("the U.K., France,
/// and Germany"): a capitalized item and then another comma or "and"/"or", or
/// "and"/"or" and a capitalized item?
template <class = void>
[[nodiscard]] inline bool list_comma(const sentence_view& s, std::uint32_t j) {
    std::uint32_t k = j + 1;
    if (k + 1 < s.body_end && (s.lower_is(k, "and") || s.lower_is(k, "or"))) return s.upper(k + 1);
    while (k < s.body_end && k < j + 4 && (s.upper(k) || (s.is_ch(k, U'.') && s.upper(k - 1)))) ++k;
    return k > j + 1 && k < s.body_end && (s.is_ch(k, U',') || s.lower_is(k, "and") || s.lower_is(k, "or"));
}

/// Does a list item of names end at the comma j ("the U.K., France, and"): one to
/// three capitalized words after another comma that follows a capitalized word?
template <class = void>
[[nodiscard]] inline bool list_item_before(const sentence_view& s, std::uint32_t from, std::uint32_t j) {
    std::uint32_t k = j;
    while (k > from && j - k < 3 && (s.upper(k - 1) || (s.is_ch(k - 1, U'.') && k - 1 > from && s.upper(k - 2)))) --k;
    return k < j && k > from + 1 && s.is_ch(k - 1, U',') && (s.upper(k - 2) || s.is_ch(k - 2, U'.'));
}

/// "(thinks) Smith went", "(believes) Ruiz and Lee agreed": a name or a subject
/// pronoun at c, then a past verb as the first lower-case word.
template <class = void>
[[nodiscard]] inline bool named_subject_past(const sentence_view& s, std::uint32_t c) {
    if (c >= s.body_end || s.in_quote(c) || !(s.upper(c) || s.is_subject_pronoun(c))) return false;
    std::uint32_t v = c + 1;
    while (v < s.body_end && v < c + 6 &&
           (s.upper(v) || s.lower_is(v, "and") || (s.is_ch(v, U'.') && s.toks_adjacent(v - 1, v)) ||
            ((s.is_ch(v, U'-')) && s.toks_adjacent(v - 1, v) && s.toks_adjacent(v, v + 1))))
        ++v;
    if (v >= s.body_end || !s.is_word(v) || s.in_quote(v) || s.lower_is(v - 1, "and")) return false;
    const std::string_view w = s.word(v);
    return (w.size() > 4 && w.ends_with("ed")) || s.in<irregular_pasts>(v);
}

template <class = void>
[[nodiscard]] inline bool clause_follows(const sentence_view& s, std::uint32_t c) {
    if (c < s.body_end && !s.in_quote(c) && s.contracted_subject(c)) return true;  // "it's", "we're"
    const bool you = c < s.body_end && !s.in_quote(c) && s.lower_is(c, "you");
    if (!you && !starts_subject(s, c)) return false;
    // ("believe real relief is possible": a bare noun phrase as subject, when an
    // auxiliary follows within a few plain words)
    const bool bare = !you && !(s.is_subject_pronoun(c) || s.in<determiners>(c) || s.upper(c));
    for (std::uint32_t v = c + 1; v < s.body_end && v < c + (bare ? 4 : 7); ++v) {
        if (!s.is_word(v) && s.tok(v).kind != token_kind::number) return false;
        if (bare && s.cue_at(v)) return false;
        // an auxiliary, or any negated one ("don't", "won’t")
        if (s.in<finite_verbs>(v) || s.word(v).ends_with("n't") || s.word(v).ends_with("n\u2019t")) return true;
    }
    return false;
}
/// "(expects) the bridge to reopen", "(wants) voters to know": a short object
/// phrase at c and "to" before a verb, within one clause.
template <class = void>
[[nodiscard]] inline bool object_before_to(const sentence_view& s, std::uint32_t c) {
    if (c >= s.body_end || !s.is_word(c) || s.in_quote(c) || s.lower_is(c, "to") ||
        !(s.in<determiners>(c) || s.upper(c) || s.in<object_pronouns>(c) || s.word(c).ends_with('s')))
        return false;
    for (std::uint32_t j = c + 1; j + 1 < s.body_end && j < c + 7; ++j) {
        if (!s.is_word(j) || s.in_quote(j) || s.cue_at(j) || s.in<finite_verbs>(j)) return false;
        // "a trip to Iowa": "to" before a name or a determiner is a preposition
        if (s.lower_is(j, "to"))
            return s.is_word(j + 1) && !s.upper(j + 1) && !s.in<determiners>(j + 1) && !s.in<object_pronouns>(j + 1);
    }
    return false;
}

/// "(see) Clinton as the stronger candidate": an object and an "as" phrase
/// judging it start at c, within one clause.
template <class = void>
[[nodiscard]] inline bool as_judgment_follows(const sentence_view& s, std::uint32_t c) {
    if (c >= s.body_end || !s.is_word(c) || s.lower_is(c, "as") || s.in_quote(c)) return false;
    for (std::uint32_t v = c + 1; v + 1 < s.body_end && v < c + 10; ++v) {
        if (!s.is_word(v) && s.tok(v).kind != token_kind::number) return false;
        if (!s.lower_is(v, "as")) continue;
        // "as well as", "as soon as", "as if": not a judgment
        return !(s.lower_is(v + 1, "well") || s.lower_is(v + 1, "soon") || s.lower_is(v + 1, "long") ||
                 s.lower_is(v + 1, "much") || s.lower_is(v + 1, "many") || s.lower_is(v + 1, "far") ||
                 s.lower_is(v + 1, "if") || s.lower_is(v + 1, "though") || s.lower_is(v - 1, "such"));
    }
    return false;
}
/// '"...," Ramos, 58, said' / '"...," according to X': a quotation closed after a
/// comma and followed by a speaker (a name, a pronoun or a noun phrase, perhaps with
/// an appositive) and a speech verb, or by "according to", ends the content at j,
/// the first token after the quotation.
template <class = void>
[[nodiscard]] inline bool attribution_after_quotation(const sentence_view& s, std::uint32_t j) {
    if (!(s.in_quote(j - 1) && s.is_close_quote(j - 1)) || j < 2 || !s.is_ch(j - 2, U',')) return false;
    if (s.lower_is(j, "according")) return true;
    if (!(s.upper(j) || s.is_subject_pronoun(j) || s.in<determiners>(j))) return false;
    for (std::uint32_t v = j + 1; v < s.body_end && v < j + 14; ++v) {
        if (s.in_quote(v)) return false;
        if (is_speech_report(s, v, true)) return true;
        if (!s.is_word(v) && s.tok(v).kind != token_kind::number && !s.is_ch(v, U',') &&
            !(s.is_ch(v, U'.') && s.toks_adjacent(v - 1, v)))
            return false;
    }
    return false;
}

/// Does a plain noun phrase (no finite verb, no cue, no quotation) of at most 24
/// tokens run from k to the end of the sentence? (The bound keeps content_end
/// linear in a sentence of many commas.)
template <class = void>
[[nodiscard]] inline bool closing_noun_phrase(const sentence_view& s, std::uint32_t k) {
    if (k >= s.body_end || s.body_end - k > 24) return false;
    for (std::uint32_t v = k; v < s.body_end; ++v)
        if (s.in_quote(v) || s.in<finite_verbs>(v) || (s.is_word(v) && s.cue_at(v))) return false;
    return true;
}

/// The end of a content clause starting at `b`: the sentence end, or before a
/// trailing attribution ("..., according to X", "..., he said").
/// Does "and" or "but" at j start a report of its own: a new subject and its
/// speech verb ("... and two aides said"; only when `new_subject`), or a second
/// verb of the same subject ("... and said", "... but warning that")?
template <class = void>
[[nodiscard]] inline bool coordinated_report(const sentence_view& s, std::uint32_t j, bool new_subject) {
    if (!(s.lower_is(j, "and") || s.lower_is(j, "but"))) return false;
    if (new_subject && j + 2 < s.body_end && starts_subject(s, j + 1) && own_speech_cue(s, j + 1, j + 7)) return true;
    std::uint32_t v = j + 1;
    bool auxiliary = false;  // "but did note that": a plain form after "did" is finite
    while (v < s.body_end && s.in<cue_modifiers>(v)) {
        auxiliary = auxiliary || s.lower_is(v, "did") || s.lower_is(v, "does") || s.lower_is(v, "will") ||
                    s.lower_is(v, "would");
        ++v;
    }
    // ("and would continue to spread it": a phase of the verb after "to", which
    // reports only if it is a cue itself)
    if (v + 2 < s.body_end && s.in<attempt_verbs>(v) && s.lower_is(v + 1, "to")) {
        auxiliary = true;  // the verb after "to" is plain
        v += 2;
    }
    if (v >= s.body_end || !s.is_word(v) || s.upper(v)) return false;
    const cue_match cm = s.cue_at(v);
    if (!cm) return false;
    // ("... and vowed to", "and criticized him" too: any cue but a thought's;
    // "... and talked about X" / "and thought of Y" stay in the reported clause)
    const bool thought = cm.lemma->rule == cue_rule::that && cm.lemma->cls == cue_class::cognition;
    // ("acknowledging that X but warning that Y", "criticizing the pipeline and
    // calling for a ban": a second participle)
    return !thought && (cm.form == verb_form::past || cm.form == verb_form::third || cm.form == verb_form::ing ||
                        (auxiliary && cm.form == verb_form::base));
}

/// "..., to which O'Malley interjected: '...'": a name and a verb before the colon
/// at j and a quotation report on their own; where the content before them ends
/// (or b).
template <class = void>
[[nodiscard]] inline std::uint32_t before_named_interjection(const sentence_view& s, std::uint32_t b, std::uint32_t j) {
    if (!(s.is_ch(j, U':') && j > b + 3 && s.is_open_quote(j + 1) && s.is_word(j - 1) && !s.upper(j - 1) &&
          s.upper(j - 2)))
        return b;
    std::uint32_t e = j - 2;
    while (e > b && j - e < 7 && (s.upper(e - 1) || (s.is_ch(e - 1, U'.') && s.toks_adjacent(e - 2, e - 1)))) --e;
    while (e > b && (s.lower_is(e - 1, "which") || s.lower_is(e - 1, "to") || s.lower_is(e - 1, "when") ||
                     s.lower_is(e - 1, "and") || s.is_ch(e - 1, U',')))
        --e;
    return e;
}

/// ", and the union stepped in": a new clause with a subject and a finite verb
/// after the comma at j (not the last item of a list of names: "the U.K.,
/// France, and Germany can help").
template <class = void>
[[nodiscard]] inline bool new_clause_after_and(const sentence_view& s, std::uint32_t b, std::uint32_t j) {
    if (!(j + 3 < s.body_end && (s.lower_is(j + 1, "and") || s.lower_is(j + 1, "so")) &&
          (s.in<determiners>(j + 2) || s.upper(j + 2) || (s.is_word(j + 2) && is_pronoun(s.word(j + 2)))) &&
          !(s.upper(j + 2) && list_item_before(s, b, j))))
        return false;
    for (std::uint32_t v = j + 3; v < s.body_end && v < j + 9 && s.is_word(v); ++v)
        if (s.in<finite_verbs>(v) ||
            (!s.upper(v) && (s.word(v).ends_with("ed") || (s.cue_at(v) && s.cue_at(v).form == verb_form::third))))
            return true;
    return false;
}

/// ", and Trump vowed to ...", ", and 42% say ...": a new clause with its own
/// cue after the comma at j.
template <class = void>
[[nodiscard]] inline bool own_cue_after_and(const sentence_view& s, std::uint32_t j) {
    if (!((s.lower_is(j + 1, "and") || s.lower_is(j + 1, "but")) && j + 2 < s.body_end &&
          (s.is_word(j + 2) || s.tok(j + 2).kind == token_kind::number)))
        return false;
    for (std::uint32_t v = j + 3; v < s.body_end && v < j + 8; ++v) {
        if (!s.is_word(v) && s.tok(v).kind != token_kind::number) break;
        const cue_match cm = s.cue_at(v);
        if (cm && !s.upper(v) && (cm.form == verb_form::past || cm.form == verb_form::third)) return true;
    }
    return false;
}

/// "police", "former officials": lowercase words that could be a plural subject
/// on their own, with no word that opens a clause or a phrase of another kind.
template <class = void>
[[nodiscard]] inline bool bare_noun_subject(const sentence_view& s, std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t w = b; w < e; ++w)
        if (!s.is_word(w) || s.upper(w) || s.in_quote(w) || s.in<bare_subject_stops>(w)) return false;
    return e > b && e - b <= 3;
}

/// After the comma or dash at j, does a report of its own begin: "according
/// to", an inverted speech cue ("said Ann Lee"), a new subject and its speech
/// verb, a participle clause with its own cue (", saying ..."), or ", he said"
/// ending the sentence?
template <class = void>
[[nodiscard]] inline bool report_after_comma(const sentence_view& s, std::uint32_t b, std::uint32_t j, bool quotes) {
    if (s.lower_is(j + 1, "according")) return true;
    if (j > b && is_speech_report(s, j + 1) && j + 2 < s.body_end && (s.upper(j + 2) || s.in<determiners>(j + 2)))
        return true;
    // "Although X has said that C, Smith said D"
    // (", the candidate said ...", ", 27 percent of those asked said ...")
    const bool common_subject = s.in<determiners>(j + 1) || s.tok(j + 1).kind == token_kind::number;
    if (j > b && !quotes && j + 2 < s.body_end && (s.upper(j + 1) || s.is_subject_pronoun(j + 1) || common_subject) &&
        own_speech_cue(s, j + 1, j + (common_subject ? 10 : 6)))
        return true;
    // ", saying ...", ", adding that ...", ", citing ..."
    if (s.is_word(j + 1) && !s.upper(j + 1) && s.cue_at(j + 1) && s.cue_at(j + 1).form == verb_form::ing) return true;
    // ", he said" / ", Rubio added" / ", the agency said" / ", former officials said
    // Tuesday" ending the sentence
    std::uint32_t v = j + 1;
    while (v < s.body_end && v < j + 6 && s.is_word(v) && !s.cue_at(v)) ++v;
    if (v >= s.body_end || v == j + 1 || !s.is_word(v) || !s.cue_at(v) || s.cue_at(v).lemma->rule != cue_rule::always)
        return false;
    const std::uint32_t after = skip_time(s, v + 1, v);
    return (after >= s.body_end || s.is_ch(after, U',')) &&
           (is_pronoun(s.word(j + 1)) || s.upper(j + 1) || (s.in<determiners>(j + 1) && v > j + 2) ||
            bare_noun_subject(s, j + 1, v));
}

/// ", but not for cases of rape", ", but that he would not ...", ", but also the
/// general election", ", but couldn't provide ...": after "but", a contrast the
/// same report draws (a negation, a focus word, a second "that" clause, a verb
/// of the same subject), not a clause of the writer's; so is ", even if".
template <class = void>
[[nodiscard]] inline bool contrast_inside(const sentence_view& s, std::uint32_t but) {
    if (but + 1 >= s.body_end || !s.is_word(but + 1)) return false;
    const std::uint32_t j = but + 1;
    // (", even if X": the report's own condition)
    if (s.lower_is(but, "even")) return s.lower_is(j, "if");
    if (!s.lower_is(but, "but")) return false;
    // ("but that was not the case": "that" as the subject is the writer's clause)
    if (s.lower_is(j, "that") && j + 1 < s.body_end && s.in<finite_verbs>(j + 1)) return false;
    return s.in<contrast_openers>(j) || s.word(j).ends_with("n't") || s.word(j).ends_with("n\u2019t");
}

/// Does the content starting at b stand inside a subordinate clause that opens the
/// sentence or follows a comma ("While he has said C, Sanders must ...",
/// "Clinton, though she said C, stopped short ...")?
template <class = void>
[[nodiscard]] inline bool in_opening_clause(const sentence_view& s, std::uint32_t b) {
    // (a clause of more than 40 tokens is no short subordinate one; the bound keeps
    // content_end linear in a sentence of many cues)
    std::uint32_t open = b;
    while (open > s.first && !s.is_ch(open - 1, U',')) {
        if (s.in_quote(open - 1) || b - open > 40) return false;
        --open;
    }
    // ("And while he said C, ...", "But if Carson implied C, ...": a conjunction
    // may open the sentence before the subordinate clause)
    if (open == s.first && open + 2 < b &&
        (s.lower_is(open, "and") || s.lower_is(open, "but") || s.lower_is(open, "so")))
        ++open;
    // "Having announced that C, the judge ...", "Among those who said C, most ...":
    // a participle or a group's phrase opening the sentence
    if (open == s.first && open + 1 < b && s.is_word(open) &&
        ((s.word(open).ends_with("ing") && s.word(open).size() > 4 && !s.lower_is(open, "according")) ||
         s.lower_is(open, "among")))
        return true;
    // (after a comma, "as" and the time words more often open an adjunct of the report)
    return open + 1 < b && s.in<opening_subordinators>(open) &&
           (open <= s.first + 1 || s.lower_is(open, "though") || s.lower_is(open, "although") ||
            s.lower_is(open, "while") || s.lower_is(open, "because") || s.lower_is(open, "whereas") ||
            s.lower_is(open, "even") || s.lower_is(open, "if") || s.lower_is(open, "unless"));
}

/// Where a reported clause starting at b ends: before the first break outside
/// quotation marks (a semicolon, a clause the source did not say, a report of
/// its own), or at the sentence's end.
template <class = void>
[[nodiscard]] inline std::uint32_t content_end(const sentence_view& s, std::uint32_t b) {
    // clause breaks apply to plain reported speech; a content runs on while a
    // quotation is still to come, and is plain again after the sentence's last
    const std::uint32_t last_quote = s.last_quoted != no_token && s.last_quoted >= b ? s.last_quoted : b;
    // a report inside an opening subordinate clause ends at the clause's comma
    bool opening_clause = in_opening_clause(s, b);
    // a new subject and its own speech verb end the content unless a quotation has
    // begun in it ("..., and Ms. Acosta said the ''measures'' ..."); a named one ends
    // it even then
    bool quote_begun = false;
    for (std::uint32_t j = b; j + 1 < s.body_end; ++j) {
        quote_begun = quote_begun || s.in_quote(j);
        const bool quotes = j < last_quote;
        // '..., "unpatriotic," and his aides ...': a comma inside the closing mark
        // breaks as one outside it would; the mark stays in the content
        const bool quote_comma = j > b && s.is_close_quote(j) && s.is_ch(j - 1, U',');
        const std::uint32_t here = quote_comma ? j + 1 : j;
        if (s.in_quote(j)) opening_clause = false;  // a quotation runs on past the clause
        if (s.in_quote(j) && !quote_comma) continue;
        if (j > b && attribution_after_quotation(s, j)) return j;
        // a semicolon or colon ends the reported clause, and so does a dash after
        // the content's last quotation ('... "the next George Washington" -- the ...')
        if ((s.is_ch(j, U';') || s.is_ch(j, U':') || (s.dash(j) && j > last_quote && last_quote > b)) && j > b &&
            !quotes)
            return j;
        if (const std::uint32_t e = before_named_interjection(s, b, j); e > b) return e;
        const bool comma = s.is_ch(j, U',') || quote_comma;
        if (opening_clause && j > b && s.is_ch(j, U',')) return j;
        // ", but ...", ", which ...", ", although ...": a clause the source did not say
        if (comma && j > b && (!quotes || s.lower_is(j + 1, "while") || s.lower_is(j + 1, "whereas")) &&
            s.in<clause_breaks>(j + 1) && !contrast_inside(s, j + 1))
            return here;
        // "Lee won the county, a 16-point margin": an appositive that ends the sentence
        // comments on the report; it is not part of it
        if (comma && j > b && !quotes && (s.lower_is(j + 1, "a") || s.lower_is(j + 1, "an")) &&
            closing_noun_phrase(s, j + 2))
            return here;
        if (comma && j > b && !quotes && new_clause_after_and(s, b, j)) return here;
        // ('accuses Obama of "leading from behind" and Donald Trump says ...')
        const bool new_speaker = !quotes || !quote_begun || (j + 1 < s.body_end && s.upper(j + 1));
        if (j > b && coordinated_report(s, j, new_speaker)) return s.is_ch(j - 1, U',') ? j - 1 : j;
        if (comma && own_cue_after_and(s, j)) return here;
        if ((comma || s.dash(j)) && report_after_comma(s, b, j, quote_begun && quotes)) return here;
    }
    return s.body_end;
}

/// The end of a stance verb's object phrase starting at `b` ("supports a ban on
/// imports, which ..."): a comma, semicolon, colon or dash outside quotation
/// marks, a subordinate clause, or "and"/"but" before a verb of the same subject.
template <class = void>
[[nodiscard]] inline std::uint32_t object_phrase_end(const sentence_view& s, std::uint32_t b) {
    bool clause_inside = false;  // a "that", "who" or "which" clause has its own verbs
    for (std::uint32_t j = b + 1; j < s.body_end; ++j) {
        if (s.in_quote(j)) continue;
        clause_inside = clause_inside || s.lower_is(j - 1, "that") || s.lower_is(j - 1, "which") ||
                        s.lower_is(j - 1, "who");
        if ((s.is_ch(j, U',') && !list_comma(s, j)) || s.is_ch(j, U';') || s.is_ch(j, U':') || s.dash(j) ||
            s.in<subordinators>(j))
            return j;
        // "who backed the bill that Gov. Lee said ...": a report of its own ends the
        // object before its subject
        // (not a noun after a possessive or a determiner: "responded to Lee's claim that")
        const bool noun = s.in<determiners>(j - 1) || !apostrophe_s_stem(s.word(j - 1)).empty();
        if (s.is_word(j) && !noun && s.cue_at(j) && s.cue_at(j).lemma->rule == cue_rule::always) {
            std::uint32_t stop = j;
            std::uint32_t e = np_left(s, stop);
            if (e <= b || e >= j) return j;
            if (e > b + 1 && s.lower_is(e - 1, "that")) --e;
            return e;
        }
        // "economists who favor the tax agree that ...": the main clause's cue verb
        if (s.is_word(j) && !noun && !s.upper(j) && s.cue_at(j) && s.cue_at(j).form != verb_form::ing &&
            j + 1 < s.body_end && s.lower_is(j + 1, "that"))
            return j;
        // "voters who back Lee are young": a finite verb outside a relative clause of
        // the object belongs to the main clause
        // ("Lee's criticism of Kim grew sharper": a past main verb, with a word after it)
        const bool past_verb = !clause_inside && s.in<irregular_pasts>(j) && !s.in<determiners>(j - 1) &&
                               j + 1 < s.body_end && s.is_word(j + 1);
        if ((s.in<finite_verbs>(j) || past_verb) &&
            !s.lower_is(j - 1, "that") && !s.lower_is(j - 1, "which") && !s.lower_is(j - 1, "who"))
            return j;
        if ((s.lower_is(j, "and") || s.lower_is(j, "but")) && j + 1 < s.body_end && s.is_word(j + 1) &&
            !s.upper(j + 1)) {
            std::uint32_t v = j + 1;
            while (v < s.body_end && s.in<cue_modifiers>(v)) ++v;
            if (v < s.body_end && s.is_word(v) && (s.word(v).ends_with("ed") || s.cue_at(v) || s.in<finite_verbs>(v)))
                return j;
        }
    }
    return s.body_end;
}

/// Does [b, s.body_end) hold a cue of its own outside quotation marks? (A stance
/// verb is what a poll or quotation reports, not a report of its own: "In a poll,
/// 48 percent favored the measure.")
template <class = void>
[[nodiscard]] inline bool has_own_cue(const sentence_view& s, std::uint32_t b) {
    for (std::uint32_t k = b; k < s.body_end; ++k) {
        if (s.in_quote(k) || !s.is_word(k)) continue;
        const cue_match m = s.cue_at(k);
        if ((m && m.lemma->rule != cue_rule::stance) || s.lower_is(k, "according")) return true;
    }
    return false;
}

}  // namespace newsprov::text::detail
