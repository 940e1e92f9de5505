#pragma once
// The span of a cue: auxiliaries and adverbs before its verb ("has also said"),
// particles, an adverb and a medium after it ("pointed out", "said in a statement").

#include <newsprov/text/cues.hpp>
#include <newsprov/text/detail/apostrophes.hpp>
#include <newsprov/text/detail/sentence_view.hpp>

#include <cstdint>
#include <string_view>

namespace newsprov::text::detail {

/// "have all said", "Lee and Cole both argued": "all", "both" or "each" after the
/// subject or its auxiliary belongs to the cue. (After "and", or opening the
/// sentence, the word is the subject itself: "and all said", "Both said".)
template <class = void>
[[nodiscard]] inline bool floating_quantifier(const sentence_view& s, std::uint32_t j) {
    if (!(s.lower_is(j, "all") || s.lower_is(j, "both") || s.lower_is(j, "each")) || s.upper(j) || j == s.first)
        return false;
    return s.is_word(j - 1) && !s.lower_is(j - 1, "and") && !s.lower_is(j - 1, "or") && !s.lower_is(j - 1, "of") &&
           !s.lower_is(j - 1, "but") && !s.lower_is(j - 1, "that") && !s.lower_is(j - 1, "for");
}

/// Forms of "be" (a progressive, a passive, a copula).
template <class = void>
[[nodiscard]] inline bool is_be(const sentence_view& s, std::uint32_t j) {
    return s.lower_is(j, "is") || s.lower_is(j, "are") || s.lower_is(j, "was") || s.lower_is(j, "were") ||
           s.lower_is(j, "be") || s.lower_is(j, "been") || s.lower_is(j, "being") || s.lower_is(j, "am");
}

/// The verb at k moved left over the adverbs, negations and "being" before it
/// ("is not saying", "were also being told"): where a be-chain would end.
template <class = void>
[[nodiscard]] inline std::uint32_t before_verb_modifiers(const sentence_view& s, std::uint32_t k) {
    while (k > s.first && (s.ly_adverb(k - 1) || s.in<cue_modifiers>(k - 1) || s.lower_is(k - 1, "being"))) --k;
    return k;
}

/// The auxiliary of a negated one ("does" of "doesn't", "wo" of "won’t"); empty
/// for any other word.
template <class = void>
[[nodiscard]] inline std::string_view negated_auxiliary(const sentence_view& s, std::uint32_t j) {
    return s.is_word(j) ? clitic_stem(s.word(j), "n", "t") : std::string_view{};
}

/// "it's", "that's", "what's", "there's", "here's": an "'s" that stands for "is"
/// (after "he" or "she" it is as often "has": "she's said").
template <class = void>
[[nodiscard]] inline bool is_contraction_of_is(const sentence_view& s, std::uint32_t j) {
    if (!s.is_word(j)) return false;
    const std::string_view w = clitic_stem(s.word(j), "", "s");
    return iequals(w, "it") || iequals(w, "that") || iequals(w, "what") || iequals(w, "there") || iequals(w, "here");
}

/// "isn't", "wasn't", "aren't", "weren't".
template <class = void>
[[nodiscard]] inline bool negated_be(const sentence_view& s, std::uint32_t j) {
    const std::string_view w = negated_auxiliary(s, j);
    return iequals(w, "is") || iequals(w, "was") || iequals(w, "are") || iequals(w, "were");
}

/// Extends the cue left over auxiliaries and adverbs; returns its first token.
template <class = void>
[[nodiscard]] inline std::uint32_t cue_left(const sentence_view& s, std::uint32_t k) {
    std::uint32_t b = k;
    // "made it clear that", "has made clear": the light verb is part of the cue
    if (s.lower_is(b, "clear")) {
        if (b >= s.first + 2 && s.lower_is(b - 1, "it")) --b;
        if (b > s.first && (s.lower_is(b - 1, "made") || s.lower_is(b - 1, "make") || s.lower_is(b - 1, "makes") ||
                            s.lower_is(b - 1, "making")))
            --b;
        else
            return k;
    }
    // "went on to say", "goes on to argue": the verb of the report is the one after "to"
    if (b >= s.first + 3 && s.lower_is(b - 1, "to") && s.lower_is(b - 2, "on") &&
        (s.lower_is(b - 3, "went") || s.lower_is(b - 3, "goes") || s.lower_is(b - 3, "go") ||
         s.lower_is(b - 3, "going")))
        b -= 3;
    // "tried to defend", "has continued to insist", "began to question": an
    // attempt or a phase of the report is part of its cue
    else if (b >= s.first + 2 && s.lower_is(b - 1, "to") && s.in<attempt_verbs>(b - 2)) {
        b -= 2;
        // ("is trying to show", "are struggling to explain": the progressive's "be")
        if (s.word(b).ends_with("ing") && b > s.first && is_be(s, b - 1)) --b;
    }
    // "was quick to condemn", "are slightly more likely to say": the copula and
    // the adjective of readiness belong to the cue
    else if (b >= s.first + 3 && s.lower_is(b - 1, "to") && s.in<control_adjectives>(b - 2)) {
        std::uint32_t j = b - 2;
        while (j > s.first && b - j < 6 &&
               (s.lower_is(j - 1, "more") || s.lower_is(j - 1, "less") || s.lower_is(j - 1, "not") ||
                s.ly_adverb(j - 1) || s.lower_is(j - 1, "also") || s.lower_is(j - 1, "so")))
            --j;
        if (j > s.first && is_be(s, j - 1)) b = j - 1;
    }

    // ("has since stressed": "since" is an adverb after a perfect's auxiliary)
    while (b > s.first &&
           (s.in<cue_modifiers>(b - 1) || !negated_auxiliary(s, b - 1).empty() || s.ly_adverb(b - 1) ||
            floating_quantifier(s, b - 1) ||
            (s.lower_is(b - 1, "since") && b > s.first + 1 &&
             (s.lower_is(b - 2, "has") || s.lower_is(b - 2, "have") || s.lower_is(b - 2, "had")))))
        --b;
    return b;
}

/// Skips up to two time phrases ("on Friday", "last week", "Tuesday night")
/// starting at e, after the cue verb at k; returns one past them.
template <class = void>
[[nodiscard]] inline std::uint32_t skip_time(const sentence_view& s, std::uint32_t e, std::uint32_t k) {
    for (int round = 0; round < 2; ++round) {
        if (e >= s.body_end || !s.in<time_starts>(e)) break;  // one lookup settles most cases
        if (e < s.body_end && s.lower_is(e, "on") && e + 1 < s.body_end && s.in<days>(e + 1))
            e += 2;
        else if (e + 2 < s.body_end && s.lower_is(e, "earlier") && s.lower_is(e + 1, "this") &&
                 (s.lower_is(e + 2, "week") || s.lower_is(e + 2, "month") || s.lower_is(e + 2, "year")))
            e += 3;  // "earlier this month"
        else if (e + 1 < s.body_end && (s.lower_is(e, "last") || s.lower_is(e, "this") || s.lower_is(e, "earlier")) &&
                 (s.lower_is(e + 1, "week") || s.lower_is(e + 1, "month") || s.lower_is(e + 1, "year") ||
                  s.in<days>(e + 1)))
            e += 2;
        else if (e < s.body_end && s.in<days>(e) && s.upper(e))
            ++e;
        else if (e < s.body_end &&
                 (s.lower_is(e, "night") || s.lower_is(e, "morning") || s.lower_is(e, "afternoon") ||
                  s.lower_is(e, "evening")) &&
                 e > k + 1)
            ++e;
    }
    return e;
}

/// A cue's extent to the right of its verb.
struct cue_extent {
    std::uint32_t end;               ///< one past the cue (particle, adverb, "in a statement")
    std::uint32_t complement_start;  ///< where its complement may start: after a medium ("in an interview") and a time
};

/// Extends the cue right over particles, a medium and a time.
template <class = void>
[[nodiscard]] inline cue_extent cue_right(const sentence_view& s, std::uint32_t k, const cue_lemma& lem) {
    std::uint32_t e = k + 1;
    const std::string_view lemma = lem.lemma;
    auto particle = [&](std::uint32_t j) {
        if (j >= s.body_end || !s.is_word(j)) return false;
        const std::string_view w = s.word(j);
        if (w == "out") return lemma == "point" || lemma == "speak" || lemma == "lay" || lemma == "rule";
        if (w == "for" || w == "on")
            return lemma == "call" || lemma == "comment" || lemma == "elaborate" || lemma == "hope";
        if (w == "about")
            return lemma == "talk" || lemma == "speak" || lemma == "ask" || lemma == "write" || lemma == "complain" ||
                   lemma == "joke" || lemma == "worry" || lemma == "warn" || lemma == "know" || lemma == "learn" ||
                   lemma == "hear" || lemma == "boast" || lemma == "brag";
        if (w == "of") return lemma == "speak" || lemma == "warn" || lemma == "boast";
        if (w == "to")
            return lemma == "respond" || lemma == "reply" || lemma == "object" || lemma == "point" || lemma == "refer";
        if (w == "up") return lemma == "bring" || lemma == "sum";
        if (w == "it") return lemma == "put";
        return false;
    };
    if (particle(e)) ++e;
    // "expressed concern that", "voiced strong support for": the feeling named
    // belongs to the cue when a clause or its preposition follows it
    if ((lemma == "express" || lemma == "voice") && e + 1 < s.body_end && s.is_word(e) && !s.upper(e) &&
        !s.in<determiners>(e) && !s.in_quote(e)) {
        auto preposition = [&](std::uint32_t j) {
            return s.lower_is(j, "about") || s.lower_is(j, "for") || s.lower_is(j, "over") || s.lower_is(j, "in") ||
                   s.lower_is(j, "at") || s.lower_is(j, "with") || s.lower_is(j, "on");
        };
        auto clause = [&](std::uint32_t j) { return s.lower_is(j, "that") || s.is_subject_pronoun(j); };
        std::uint32_t j = e + 1;
        if (!clause(j) && !preposition(j) && j + 1 < s.body_end && s.is_word(j) && !s.in<determiners>(j) &&
            !s.upper(j))
            ++j;  // "strong support for"
        if (clause(j))
            e = j;
        else if (preposition(j))
            e = j + 1;
    }
    // "said repeatedly that", "wrote recently:", "said sarcastically.": a manner or
    // time adverb right after the verb belongs to the cue when the complement (or
    // the sentence) follows at once, as one before it does ("has repeatedly said")
    if (e < s.body_end && s.ly_adverb(e) && !s.in_quote(e) &&
        (e + 1 >= s.body_end || s.is_ch(e + 1, U',') || s.is_ch(e + 1, U':') || s.lower_is(e + 1, "that") ||
         s.is_open_quote(e + 1)))
        ++e;
    // "in a statement" belongs to the cue as PolNeAR marks it; "in an interview
    // (with X)", "in an email", "on Twitter" do not, but are skipped before the content
    std::uint32_t skip = e;
    if (e + 2 < s.body_end && (s.lower_is(e, "in") || s.lower_is(e, "during")) &&
        (s.lower_is(e + 1, "a") || s.lower_is(e + 1, "an") || s.lower_is(e + 1, "the") || s.lower_is(e + 1, "his") ||
         s.lower_is(e + 1, "her"))) {
        std::uint32_t j = e + 2;
        while (j < s.body_end && j < e + 5 && s.is_word(j) && !s.in<media>(j) && !s.upper(j)) ++j;
        while (j + 1 < s.body_end && s.in<media>(j) && s.in<media>(j + 1)) ++j;  // "a video message"
        if (j < s.body_end && (s.lower_is(j, "statement") || s.lower_is(j, "release")))
            e = skip = j + 1;
        else if (j < s.body_end && s.in<media>(j)) {
            skip = j + 1;
            if (skip + 1 < s.body_end && s.lower_is(skip, "with") &&
                s.upper(skip + 1)) {  // "with The Associated Press"
                ++skip;
                while (skip < s.body_end && (s.upper(skip) || s.lower_is(skip, "of"))) ++skip;
            }
        }
    } else if (e + 1 < s.body_end && s.lower_is(e, "on") &&
               (s.lower_is(e + 1, "Twitter") || s.lower_is(e + 1, "Facebook"))) {
        e = skip = e + 2;  // "wrote on Facebook" is part of the cue more often than not
    }
    // "said Tuesday (night)": a bare weekday right after the cue is part of it as
    // PolNeAR marks it (in about 60 percent of cases); "on Friday", "last week" are
    // not, and all are skipped before the content
    if (skip == e && e < s.body_end && s.upper(e) && s.in<days>(e)) {
        e = skip = e + 1;
        if (e < s.body_end && (s.lower_is(e, "night") || s.lower_is(e, "morning") || s.lower_is(e, "afternoon") ||
                               s.lower_is(e, "evening")))
            e = skip = e + 1;
    }
    return {e, skip_time(s, skip, k)};
}

}  // namespace newsprov::text::detail
