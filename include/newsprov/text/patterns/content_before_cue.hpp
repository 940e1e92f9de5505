#pragma once
// Content before its cue: '"C," X said.' / 'C, X said.' / '"C," said X, a doctor.'
// / '"A," he said, "B."'

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

namespace newsprov::text::detail {

/// "former Pennsylvania governor Ed Rendell", "lobbyist and strategist Charlie
/// Black": lower-case words of a title, then a name, within five tokens of b.
template <class = void>
[[nodiscard]] inline bool title_before_name(const sentence_view& s, std::uint32_t b) {
    // ("said of Trump's campaign", "said in his office": circumstances, not a title)
    if (b >= s.body_end || s.in<attribution_tail_words>(b) || s.in<subject_openers>(b)) return false;
    for (std::uint32_t k = b; k < s.body_end && k < b + 5; ++k) {
        if (!s.is_word(k) || s.in_quote(k)) return false;
        if (s.upper(k)) return k > b;
        if (s.in<np_stops>(k) && !s.lower_is(k, "and")) return false;
        if (is_pronoun(s.word(k)) || s.cue_at(k) || s.in<finite_verbs>(k)) return false;
    }
    return false;
}

/// "on MSNBC's \"Morning Joe.\"", "on CNN": does a medium named in capitals (and a
/// programme's quoted title) after "on" at k end the sentence?
template <class = void>
[[nodiscard]] inline bool medium_ends(const sentence_view& s, std::uint32_t k) {
    if (k + 1 >= s.body_end || !s.lower_is(k, "on") || !s.upper(k + 1)) return false;
    std::uint32_t j = k + 1;
    while (j < s.body_end && j < k + 6 && s.upper(j) && !s.in_quote(j)) ++j;
    j = after_quoted_title(s, j);
    while (j < s.body_end && s.is_punct(j)) ++j;
    return j >= s.body_end;
}

/// 'Said Comey, "The thought ..."', 'Said a neighbor who knew him, "..."': a
/// speech verb opening the sentence, its source, a comma and the quotation.
template <class = void>
[[nodiscard]] inline verdict opening_inverted_cue(const sentence_view& s, speaker_tracker& speakers,
                                                  const cue_site& site, attribution& a, std::uint32_t& used) {
    const std::uint32_t source_start = site.complement_start;
    if (site.begin != s.first || site.verb != s.first || site.entry().rule != cue_rule::always ||
        source_start + 2 >= s.body_end || !(s.upper(source_start) || s.in<determiners>(source_start)))
        return verdict::try_next;
    for (std::uint32_t j = source_start + 1; j + 1 < s.body_end && j < source_start + 25; ++j) {
        if (s.in_quote(j) || (s.is_word(j) && !s.upper(j) && s.cue_at(j) && s.cue_at(j).lemma->rule == cue_rule::always))
            return verdict::try_next;
        if (!(s.is_ch(j, U',') && s.is_open_quote(j + 1))) continue;
        a.cue.push_back(s.range(site.begin, site.end));
        speakers.set_source(s, a, source_start, j);
        const std::uint32_t close = s.quote_end(j + 1);
        const std::uint32_t e = close + 1 < s.end ? close + 1 : s.end;
        add_content(s, a, j + 1, e);
        used = e;
        return a.content.empty() ? verdict::rejected : verdict::found;
    }
    return verdict::try_next;
}

/// ", say officials", ", argue some Democrats": a group, the only source a plain
/// verb form inverts for (a name takes "says").
template <class = void>
[[nodiscard]] inline bool plural_group_at(const sentence_view& s, std::uint32_t b) {
    if (s.in<possessive_pronouns>(b)) return false;  // "said their speeches would ...": a clause
    std::uint32_t e = b;
    while (e < s.body_end && s.is_word(e) && !s.in<np_stops>(e)) ++e;
    return e > b && group_noun(s, e - 1);
}

/// '"A," said Lee, "B."', '"A," said Lee, speaking of the port, "B."': where the
/// quotation that goes on after the source opens, when the comma at j (and perhaps
/// a short aside set off by commas) leads to it; else s.body_end.
template <class = void>
[[nodiscard]] inline std::uint32_t quotation_after_comma(const sentence_view& s, std::uint32_t j) {
    if (j + 1 >= s.body_end || !s.is_ch(j, U',')) return s.body_end;
    if (s.is_open_quote(j + 1)) return j + 1;
    for (std::uint32_t k = j + 1; k + 1 < s.body_end && k < j + 12; ++k) {
        if (s.in_quote(k) || s.is_ch(k, U';') || s.is_ch(k, U':') || s.dash(k)) return s.body_end;
        if (s.is_ch(k, U',')) return s.is_open_quote(k + 1) && k > j + 1 ? k + 1 : s.body_end;
    }
    return s.body_end;
}

/// The source after an inverted cue: '"C," said X.' / 'C, said the agency.'
template <class = void>
[[nodiscard]] inline verdict source_after_cue(const sentence_view& s, speaker_tracker& speakers, const cue_site& site,
                                              attribution& a, std::uint32_t& used) {
    if (const verdict v = opening_inverted_cue(s, speakers, site, a, used); v != verdict::try_next) return v;
    const cue_lemma& entry = site.entry();
    const bool before_is_comma =
        site.begin > s.first && (s.is_ch(site.begin - 1, U',') || (s.is_close_quote(site.begin - 1)));
    const std::uint32_t source_start = site.complement_start;
    std::uint32_t probe_end = site.begin;
    const std::uint32_t probe =
        before_is_comma && !s.is_close_quote(site.begin - 1) ? np_left(s, probe_end) : site.begin;
    const bool appositive_subject = probe < site.begin && probe == s.subject.begin;
    // after a closed quotation any noun phrase is the speaker ("said former Gov. X",
    // "said master of ceremonies Y")
    const bool after_quotation =
        site.begin > s.first &&
        (s.is_close_quote(site.begin - 1) ||
         (site.begin > s.first + 1 && s.is_ch(site.begin - 1, U',') && s.is_close_quote(site.begin - 2)));
    // ("..., Rosenberg told the New Yorker": what follows "told" is whom it was told)
    // (a plain form inverts for a plural only: ", say officials", ", argue some Democrats")
    if (before_is_comma && !appositive_subject && entry.lemma != "tell" && site.form != verb_form::ing &&
        (site.form != verb_form::base || plural_group_at(s, source_start)) &&
        source_start < s.body_end && site.begin == site.verb &&
        (s.upper(source_start) || s.lower_is(source_start, "the") || s.lower_is(source_start, "a") ||
         s.lower_is(source_start, "an") || s.lower_is(source_start, "one") || title_before_name(s, source_start) ||
         (after_quotation &&
          ((s.is_word(source_start) && !s.in<np_stops>(source_start) && !is_pronoun(s.word(source_start))) ||
           s.tok(source_start).kind == token_kind::number)) ||
         // ", said several observers", ", said two aides": a counted group
         s.tok(source_start).kind == token_kind::number || s.tok(source_start).has(tf_number_word) ||
         s.lower_is(source_start, "several") || s.lower_is(source_start, "some") ||
         s.lower_is(source_start, "many") || plural_group_at(s, source_start))) {
        std::uint32_t left_end = site.begin - 1;  // the comma or closing mark
        if (s.is_ch(left_end, U',') && left_end > s.first && s.is_close_quote(left_end - 1)) --left_end;
        const std::uint32_t source_end = np_right(s, source_start, true);
        // the source must be a noun phrase: "X, a delegate, said the turmoil was ..."
        // has its subject on the left and a clause on the right
        bool clause_right = false;
        for (std::uint32_t j = source_start; j < source_end && !s.is_ch(j, U','); ++j)
            if (s.in<finite_verbs>(j) ||
                (s.is_word(j) && !s.upper(j) && s.cue_at(j) && s.cue_at(j).form != verb_form::ing))
                clause_right = true;
        const bool quoted_left = s.is_close_quote(left_end) || (left_end > s.first && s.is_close_quote(left_end - 1));
        // ("Manafort, citing ''the magic of Trump,'' said the candidate could ...": the
        // quotation is another cue's, inside the subject's phrase, and a clause follows)
        if (quoted_left && clause_right) {
            const std::uint32_t open = s.quote_at(s.is_close_quote(left_end) ? left_end : left_end - 1).open;
            if (open > s.first + 1 && s.is_word(open - 1) && s.cue_at(open - 1)) return verdict::try_next;
        }
        // without a quotation on the left the source runs to the end of the clause
        const bool np_to_end = source_end >= s.body_end || s.is_ch(source_end, U',') || s.is_ch(source_end, U';');
        // ("The program, called EB-5, allows ...": naming, not an inverted report)
        const bool reporting = entry.cls == cue_class::speech && entry.rule == cue_rule::always;
        if (source_end > source_start && left_end > s.first && !(clause_right && !quoted_left) &&
            (quoted_left || (np_to_end && reporting))) {
            a.cue.push_back(s.range(site.begin, site.end));
            speakers.set_source(s, a, source_start, before_reporting_relative(s, source_start, source_end));
            std::uint32_t content_start = content_opening(s, s.first, left_end);
            if (s.is_close_quote(left_end)) {
                // 'He put it this way: "..." he said': the quotation only
                const std::uint32_t open = s.quote_at(left_end).open;
                if (open > s.first + 1 && open < left_end && (s.is_ch(open - 1, U':') || s.dash(open - 1)))
                    content_start = open;
            }
            add_content(s, a, content_start, s.is_close_quote(left_end) ? left_end + 1 : left_end);
            used = source_end;  // a relative clause after the source may report on its own
            if (const std::uint32_t open = quotation_after_comma(s, source_end); open < s.body_end) {
                add_content(s, a, open, s.body_end);
                used = s.body_end;
            }
            return verdict::found;
        }
    }
    return verdict::try_next;
}

/// The source before the cue, the content before both: '"C," X said.' / 'C, X said,
/// "C2."' (`source` is the phrase left of the cue, see find_left_source).
template <class = void>
[[nodiscard]] inline verdict source_before_cue(const sentence_view& s, speaker_tracker& speakers, const cue_site& site,
                                               const left_source& source, attribution& a, std::uint32_t& used) {
    const cue_lemma& entry = site.entry();
    // ("In a 1963 speech, he declared:" ending its paragraph: what follows is said)
    const bool colon_ends = site.end + 1 >= s.end && site.end < s.end && s.is_ch(site.end, U':');
    if (source.found && !source.participle_after_comma && !colon_ends) {
        // '"C," as Lee put it.': "as" may stand between a quotation and the source
        const std::uint32_t lead = source.begin > s.first + 3 && s.lower_is(source.begin - 1, "as") &&
                                           (s.is_close_quote(source.begin - 2) ||
                                            (s.is_ch(source.begin - 2, U',') && s.is_close_quote(source.begin - 3)))
                                       ? source.begin - 1
                                       : source.begin;
        const bool source_after_comma =
            lead > s.first && (s.is_ch(lead - 1, U',') || s.is_close_quote(lead - 1));
        bool quote_before =
            lead > s.first + 1 && (s.is_close_quote(lead - 1) ||
                                           (s.is_ch(lead - 1, U',') && s.is_close_quote(lead - 2)));
        if (quote_before) {
            // 'On Sunday's "Meet the Press," X said C': a quoted title inside an opening
            // phrase is not what was said when the clause after the cue goes on
            const std::uint32_t close = s.is_close_quote(lead - 1) ? lead - 1 : lead - 2;
            const std::uint32_t open = s.quote_at(close).open;
            if (open > s.first + 1 && site.complement_start < s.body_end && !s.is_punct(site.complement_start) &&
                !s.in<attribution_tail_words>(site.complement_start))
                quote_before = false;
        }
        const bool quote_after = site.end + 1 < s.body_end && (s.is_ch(site.end, U',') || s.is_ch(site.end, U':')) &&
                                 s.is_open_quote(site.end + 1);
        // 'If she wins, he said, "she will ..."': a quotation that goes on in lower case
        // completes the words before the source, which are part of what was said
        // (not after a report of its own: "Mook acknowledged X, an outcome, he said, ...")
        bool quote_completes = quote_after && s.is_ch(site.end, U',') && site.end + 2 < s.body_end &&
                               s.is_word(site.end + 2) && !s.upper(site.end + 2);
        for (std::uint32_t j = s.first; quote_completes && j < source.begin; ++j)
            if (s.in_quote(j) || (s.is_word(j) && !s.upper(j) && s.cue_at(j))) quote_completes = false;
        // '"...," he told me on Friday.': the addressee of "told" sits between cue and time
        // ('..., Carter told a Senate panel Wednesday.': a short addressee that ends
        // the clause)
        std::uint32_t tail = site.complement_start;
        if (entry.lemma == "tell" && tail < s.body_end && s.in<object_pronouns>(tail)) {
            tail = skip_time(s, tail + 1, site.verb);
        } else if (entry.lemma == "tell" && tail < s.body_end) {
            std::uint32_t j = tail;
            while (j < s.body_end && j < tail + 7 && s.is_word(j) && !s.in<complementizers>(j) &&
                   !s.lower_is(j, "to") && !(s.cue_at(j) && !s.upper(j)) && !s.in_quote(j))  // ("The ... Post")
                ++j;
            if (j > tail && (j >= s.body_end || s.is_ch(j, U','))) tail = j;
        }
        // ("Lehel, the hacker known as Guccifer, ...": a participle judging "as" names)
        const bool naming_as = site.form == verb_form::past && passive_judgment_as(entry);
        const bool cue_ends = tail >= s.body_end || s.is_ch(tail, U',') || quote_before || s.lower_is(tail, "in") ||
                              s.lower_is(tail, "at") || s.lower_is(tail, "during") || s.lower_is(tail, "after") ||
                              s.lower_is(tail, "while") || s.lower_is(tail, "when") || s.lower_is(tail, "before") ||
                              (s.lower_is(tail, "as") && !naming_as) || s.is_ch(tail, U'(') || s.dash(tail) ||
                              short_tail(s, tail) || medium_ends(s, tail);
        // ("However, Martin, a lawyer, said in March that C": a connective alone
        // before the source is no content; the clause after the cue is)
        if (source_after_comma && cue_ends && !(quote_after && !quote_before && !quote_completes) &&
            lead > s.first + 1 && content_opening(s, s.first, lead + 1) < lead - 1) {
            // content before: from the sentence start to the comma
            std::uint32_t left_end = lead - 1;
            if (s.is_ch(left_end, U',') && left_end > s.first && s.is_close_quote(left_end - 1))
                left_end = left_end - 1;
            a.cue.push_back(s.range(site.begin, site.end));
            speakers.set_source(s, a, source.begin, source.end);
            std::uint32_t content_start = content_opening(s, s.first, left_end);
            if (s.is_close_quote(left_end)) {
                // 'He put it this way: "..." he said': the quotation only
                const std::uint32_t open = s.quote_at(left_end).open;
                if (open > s.first + 1 && open < left_end && (s.is_ch(open - 1, U':') || s.dash(open - 1)))
                    content_start = open;
            }
            add_content(s, a, content_start, s.is_close_quote(left_end) ? left_end + 1 : left_end);
            used = site.end;
            const bool left_quoted = s.is_close_quote(left_end);
            // '"A," Trump said during a rally in Ohio, "B."': the circumstances belong
            // to the cue (as PolNeAR marks it) when the quotation resumes after them
            if (left_quoted && tail < s.body_end && s.in<attribution_tail_words>(tail)) {
                for (std::uint32_t j = tail + 1; j + 1 < s.body_end && j < tail + 14; ++j) {
                    if (s.in_quote(j) || (s.is_word(j) && s.cue_at(j) && !s.upper(j))) break;
                    if (s.is_ch(j, U',') && s.is_open_quote(j + 1)) {
                        a.cue.back() = s.range(site.begin, j);
                        tail = j;
                        break;
                    }
                }
            }
            // ('"A," he said, but "B."': the conjunction joins the two parts)
            // (not "..., records show, and aviation experts say ...": a report of its own)
            // (not "..., he said, on condition of anonymity": the newsroom's formula)
            if (tail + 1 < s.body_end && s.is_ch(tail, U',') && !s.is_word_cue(tail + 1) &&
                !coordinated_report(s, tail + 1, true) &&
                !(tail + 2 < s.body_end && s.lower_is(tail + 1, "on") && s.lower_is(tail + 2, "condition")) &&
                (!left_quoted || s.is_open_quote(tail + 1) ||
                 (tail + 2 < s.body_end && (s.lower_is(tail + 1, "but") || s.lower_is(tail + 1, "and")) &&
                  s.is_open_quote(tail + 2)))) {
                std::uint32_t e2 = content_end(s, tail + 1);
                // a quotation that closes the sentence keeps its closing mark
                if (s.is_open_quote(tail + 1) && s.quote_end(tail + 1) < s.end && s.quote_end(tail + 1) >= e2 &&
                    s.quote_end(tail + 1) + 1 >= s.body_end)
                    e2 = s.quote_end(tail + 1) + 1;
                add_content(s, a, tail + 1, e2);
                used = e2;
            }
            return a.content.empty() ? verdict::rejected : verdict::found;
        }
    }
    return verdict::try_next;
}

}  // namespace newsprov::text::detail
