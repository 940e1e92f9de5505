#pragma once
// Noun phrases around a cue: the source on the left ("Hugh Hill, a doctor, said"),
// on the right ("said Ann Lee"), and the subject of a sentence's main clause.

#include <newsprov/text/bylines.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/sentences.hpp>
#include <newsprov/text/sources.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace newsprov::text::detail {

/// Does the word at k name a group that can hold a view: a share ("most",
/// "60 percent") or a plural common noun ("critics", "voters"; of capitalized
/// plurals only members of a party or a nation, "Republicans", "Iowans")?
template <class = void>
[[nodiscard]] inline bool group_noun(const sentence_view& s, std::uint32_t k) {
    if (!s.is_word(k)) return false;
    if (s.in<group_shares>(k)) return true;
    const std::string_view w = s.word(k);
    const bool plural = w.size() > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") &&
                        !w.ends_with("is") && apostrophe_s_stem(w).empty();
    return plural && (!s.upper(k) || k == s.first || w.ends_with("ans") || w.ends_with("ats"));
}

template <class = void>
[[nodiscard]] inline std::uint32_t np_left_plain(const sentence_view& s, std::uint32_t end);

/// "A former candidate -- Tom Hale, who lost in 2008 -- said": a subject and a
/// parenthesis between dashes (or "--") that ends at `end`. Returns the subject's
/// first token and sets `end` to the closing dash (PolNeAR's source takes the
/// parenthesis), or returns `end` when there is no such phrase.
template <class = void>
[[nodiscard]] inline std::uint32_t np_before_dashes(const sentence_view& s, std::uint32_t& end) {
    if (end < s.first + 4) return end;
    const bool twin = s.is_ch(end - 1, U'-') && s.is_ch(end - 2, U'-');
    if (!s.dash(end - 1) && !twin) return end;
    const std::uint32_t close = twin ? end - 2 : end - 1;
    auto dash_ends_at = [&](std::uint32_t k) {
        return s.dash(k) || (s.is_ch(k, U'-') && k > s.first && s.is_ch(k - 1, U'-'));
    };
    std::uint32_t d = close;  // one past the opening dash
    while (d > s.first + 1 && close - d < 40 && !s.in_quote(d - 1) && !s.is_ch(d - 1, U';') && !dash_ends_at(d - 1))
        --d;
    if (d <= s.first + 1 || d + 1 >= close || !dash_ends_at(d - 1)) return end;
    const std::uint32_t open = s.dash(d - 1) ? d - 1 : d - 2;
    const std::uint32_t b = np_left_plain(s, open);
    if (b >= open || !(s.upper(b) || s.in<determiners>(b))) return end;
    end = close;
    return b;
}

/// Is [b, c), a capitalized segment after a comma, the state or country of a place
/// named just before the comma ("of Flint, Mich.", "in Aurora, Colorado")?
template <class = void>
[[nodiscard]] inline bool place_state(const sentence_view& s, std::uint32_t b, std::uint32_t c) {
    if (c - b > 3 || b < s.first + 3 || !s.upper(b)) return false;
    for (std::uint32_t j = b; j < c; ++j)
        if (!s.upper(j) && !(s.is_ch(j, U'.') && s.toks_adjacent(j - 1, j))) return false;
    std::uint32_t j = b - 2;  // the last word of the place, before the comma
    for (int words = 0; words < 3 && j > s.first && s.upper(j); ++words) --j;
    return j < b - 2 && (s.lower_is(j, "of") || s.lower_is(j, "from") || s.lower_is(j, "in") ||
                         s.lower_is(j, "near") || s.lower_is(j, "outside"));
}

/// Moves `end` left past what may stand between a subject and its verb: a time
/// ("McAuliffe on Friday announced", "who last year threatened", "He soon
/// learned") and an aside between commas ("Leaders, for instance, noted",
/// "Proponents of the bill, however, said").
template <class = void>
inline void skip_time_and_aside(const sentence_view& s, std::uint32_t& end) {
    // ("RNC spokesman Sean Spicer on Thursday evening said")
    if (end >= s.first + 4 && s.lower_is(end - 3, "on") && s.in<days>(end - 2) && s.in<days>(end - 1))
        end -= 3;
    else if (end >= s.first + 3 && s.lower_is(end - 2, "on") && s.in<days>(end - 1))
        end -= 2;
    else if (end >= s.first + 2 && s.upper(end - 1) && s.in<days>(end - 1))
        end -= 1;
    else if (end >= s.first + 3 && (s.lower_is(end - 2, "last") || s.lower_is(end - 2, "this")) &&
             (s.in<days>(end - 1) || s.lower_is(end - 1, "year")))
        end -= 2;
    else if (end >= s.first + 2 && (s.lower_is(end - 1, "soon") || s.lower_is(end - 1, "later")))
        end -= 1;
    if (end >= s.first + 4 && s.is_ch(end - 1, U',') && s.is_ch(end - 4, U',') && s.lower_is(end - 3, "for") &&
        (s.lower_is(end - 2, "instance") || s.lower_is(end - 2, "example")))
        end -= 4;
    else if (end >= s.first + 4 && s.is_ch(end - 1, U',') && s.is_ch(end - 3, U',') &&
             s.in<discourse_adverbs>(end - 2))
        end -= 3;
}

/// A pronoun subject ending at j ("she", "they", "it"), or a share of a group
/// named by one ("many of you", "some of them"): its first token, or nothing.
template <class = void>
[[nodiscard]] inline std::optional<std::uint32_t> pronoun_subject(const sentence_view& s, std::uint32_t j) {
    if (j >= s.first + 2 && (s.lower_is(j, "you") || s.lower_is(j, "them") || s.lower_is(j, "us")) &&
        s.lower_is(j - 1, "of") &&
        (s.in<group_shares>(j - 2) || s.lower_is(j - 2, "some") || s.lower_is(j - 2, "all") ||
         s.lower_is(j - 2, "none") || s.lower_is(j - 2, "both") || s.lower_is(j - 2, "each")))
        return j - 2;
    if (s.is_word(j) && is_pronoun(s.word(j)) && !s.lower_is(j, "it") && !s.lower_is(j, "her") &&
        !s.lower_is(j, "him") && !s.lower_is(j, "them") && !s.lower_is(j, "me") && !s.lower_is(j, "us"))
        return j;
    if (s.is_word(j) && s.lower_is(j, "it")) return j;
    return std::nullopt;
}

/// "X, a doctor, said" / "X, 49, who ..., said": appositive segments between
/// commas, the last closed by the comma at j, walking left until a segment that
/// starts with a name. Returns the phrase's first token, or `end` when there is
/// none; a stray comma after the subject moves `end` to it.
template <class = void>
[[nodiscard]] inline std::uint32_t np_before_appositives(const sentence_view& s, std::uint32_t j, std::uint32_t& end) {
    std::uint32_t c = j;  // the comma closing the current segment
    for (int segs = 0; segs < 4; ++segs) {
        std::uint32_t b = c;
        while (b > s.first && c - b < 40 && !s.is_ch(b - 1, U',') && !s.in_quote(b - 1) && !s.is_ch(b - 1, U';') &&
               !s.dash(b - 1) && !s.is_ch(b - 1, U':'))
            --b;
        // "The company, has said that", "Sen. Ann Lee (D-Va.), said": a stray comma
        // between the sentence's subject and its verb
        if (segs == 0 && b < c && c - b <= 10 && (b == s.first || b == s.subject.begin) &&
            (s.upper(b) || s.in<determiners>(b)) && !s.in<subject_openers>(b) && !s.in<days>(b) &&
            np_left_plain(s, c) == b) {
            end = c;
            return b;
        }
        if (b == c || b <= s.first || !s.is_ch(b - 1, U',') || c - b >= 40) return end;
        // the segment [b, c) is an appositive when it starts like one
        const bool appositive = s.in<determiners>(b) || s.lower_is(b, "who") || s.lower_is(b, "which") ||
                                s.lower_is(b, "whose") || s.lower_is(b, "now") || s.lower_is(b, "former") ||
                                s.tok(b).kind == token_kind::number || (s.is_word(b) && !s.upper(b)) ||
                                (s.upper(b) && is_title(s.word(b))) ||
                                (s.is_word(b) && s.word(b).find('-') != std::string_view::npos && c - b <= 3);
        // "of Flint, Mich.,", "from Dayton, Ohio,": the state after a place is
        // part of the appositive, not a name of its own
        if (!appositive && place_state(s, b, c)) {
            c = b - 1;
            continue;
        }
        if (!appositive) {
            // "A Twitter spokesman, Christopher Abboud, said": a name in apposition to a title
            if (segs == 0 && s.upper(b) && b >= s.first + 2) {
                const std::uint32_t title_start = np_left_plain(s, b - 1);
                // ('"...," his wife, Gabriela Lazar, wrote': the title may follow a quotation)
                const bool after_quotation =
                    title_start > s.first + 1 && (s.is_close_quote(title_start - 1) ||
                                                  (s.is_ch(title_start - 1, U',') && s.is_close_quote(title_start - 2)));
                if (title_start < b - 1 && (title_start == s.subject.begin || after_quotation) &&
                    (s.in<determiners>(title_start) || s.upper(title_start)))
                    return title_start;
                return b;
            }
            return end;
        }
        const std::uint32_t name_start = np_left_plain(s, b - 1);
        if (name_start < b - 1 && (s.upper(name_start) || s.in<determiners>(name_start)) &&
            (s.upper(b - 2) || s.tok(b - 2).kind == token_kind::word || s.is_ch(b - 2, U')') ||
             s.is_ch(b - 2, U'.')))
            return name_start;
        c = b - 1;
    }
    return end;
}

/// "Carson, Fiorina and Huckabee said": when the phrase [b, end) joins names with
/// "and", the names listed before it with commas belong to it too. Returns the
/// list's first token (b when there is none).
template <class = void>
[[nodiscard]] inline std::uint32_t name_list_left(const sentence_view& s, std::uint32_t b, std::uint32_t end) {
    bool joined = false;
    for (std::uint32_t w = b; w < end && !joined; ++w) joined = s.lower_is(w, "and") && w > b && s.upper(w - 1);
    if (!joined || !s.upper(b)) return b;
    for (int names = 0; names < 6 && b >= s.first + 2 && s.is_ch(b - 1, U','); ++names) {
        std::uint32_t n = b - 1;  // the comma; walk left over one to four capitalized words
        while (n > s.first && b - 1 - n < 4 && s.upper(n - 1) && !s.in_quote(n - 1)) --n;
        if (n == b - 1 || s.in<subject_openers>(n) || !(n == s.first || s.is_ch(n - 1, U',') || n == s.subject.begin))
            return b;
        b = n;
    }
    return b;
}

/// The noun phrase ending just before token `end` (exclusive), walking left.
/// Returns its first token, or `end` when there is none.
template <class = void>
[[nodiscard]] inline std::uint32_t np_left(const sentence_view& s, std::uint32_t& end) {
    if (end <= s.first) return end;
    skip_time_and_aside(s, end);
    if (const std::uint32_t b = np_before_dashes(s, end); b < end) return b;
    // a noun that doubles as a cue ("his remarks", "the questions") follows a determiner
    const std::uint32_t j = end - 1;
    if (const auto pronoun = pronoun_subject(s, j)) return *pronoun;
    if (s.is_ch(j, U',')) return np_before_appositives(s, j, end);
    return name_list_left(s, np_left_plain(s, end), end);
}

/// One step of the left walk (np_left_plain): the phrase's new first token and
/// the words it gained.
struct walk_step {
    std::uint32_t begin;
    int words;
};

/// Does the left walk go on past the stop word at j, the phrase so far being
/// [b, end)? Mostly a stop word ends a noun phrase; these are the exceptions.
/// Is the "by" at j the agent of a participle that modifies a noun ("a poll
/// conducted by", "a panel led by", "released Sunday by") or of a document noun
/// ("the statement by")? Then the phrase goes on left of it.
template <class = void>
[[nodiscard]] inline bool by_phrase_inside(const sentence_view& s, std::uint32_t j) {
    std::uint32_t p = j - 1;
    if (s.in<days>(p) && p > s.first + 1) --p;
    if (s.in<document_nouns>(p) || s.lower_is(p, "statement")) return true;
    if (!s.is_word(p) || s.upper(p) || s.cue_at(p) || s.in<np_stops>(p - 1) || !s.is_word(p - 1)) return false;
    const std::string_view w = s.word(p);
    const bool participle = (w.size() > 4 && w.ends_with("ed")) || s.lower_is(p, "run") || s.lower_is(p, "led") ||
                            s.lower_is(p, "written") || s.lower_is(p, "done");
    return participle && !s.in<determiners>(p - 1);
}

template <class = void>
[[nodiscard]] inline std::optional<walk_step> past_stop_word(const sentence_view& s, std::uint32_t j, std::uint32_t b,
                                                             std::uint32_t end) {
    // "officials who spoke with The Huffington Post": a short relative clause
    // inside the phrase, its verb and preposition
    if (j > s.first + 2 && b < end && s.lower_is(j - 2, "who") && s.is_word(j - 1) && !s.upper(j - 1) &&
        s.is_word(j - 3) && !s.in<np_stops>(j - 3) && !is_pronoun(s.word(j - 3)))
        return walk_step{j - 2, 3};
    // "people familiar with the talks", "a source close to him", "aides to Clinton":
    // the phrase goes on
    if (j > s.first && ((s.lower_is(j, "with") && s.lower_is(j - 1, "familiar")) ||
                        (s.lower_is(j, "to") && (s.lower_is(j - 1, "close") || s.in<counsel_nouns>(j - 1)))))
        return walk_step{j - 1, 2};
    // "A poll conducted by the college found", "a panel led by Lee", "the
    // statement by the two": whoever made the document is inside its phrase
    if (s.lower_is(j, "by") && j > s.first + 1 && b < end && by_phrase_inside(s, j)) return walk_step{j, 1};
    // "Not everyone agreed": a negated quantifier opening the sentence
    if (j == s.first && s.lower_is(j, "not") && b < end && s.in<negatable_quantifiers>(b)) return walk_step{j, 1};
    // "critics like Huffman", "the majority on the Supreme Court": a group and
    // its example or its body, when a name follows
    const bool name_follows = b < end && (s.upper(b) || (s.lower_is(b, "the") && b + 1 < end && s.upper(b + 1)));
    if (j > s.first && name_follows && s.is_word(j - 1) && (!s.upper(j - 1) || j - 1 == s.first) &&
        !s.cue_at(j - 1) &&
        ((s.lower_is(j, "like") && s.word(j - 1).ends_with('s')) ||
         (s.lower_is(j, "on") && s.lower_is(b, "the"))))
        return walk_step{j, 1};
    // "critics on both sides", "officials with the committee": a group and
    // where it stands
    if (j > s.first && b < end && (s.lower_is(j, "on") || s.lower_is(j, "with")) && group_noun(s, j - 1) &&
        !s.cue_at(j - 1))
        return walk_step{j, 1};
    // "he and other challengers said", "She and her defenders say": a subject
    // pronoun joined to the phrase
    if (s.lower_is(j, "and") && j > s.first && b < end && s.is_subject_pronoun(j - 1) && !s.lower_is(j - 1, "it"))
        return walk_step{j - 1, 1};
    // "Democrats and civil rights groups", "experts and U.S. officials": two groups
    if (s.lower_is(j, "and") && j > s.first && b < end && group_noun(s, j - 1) && !s.cue_at(j - 1) &&
        group_noun(s, end - 1))
        return walk_step{j, 0};
    // "Rubio and Witkoff said": a conjunction between names
    if (s.lower_is(j, "and") && j > s.first && s.upper(j - 1) && b < end && s.upper(b))
        return walk_step{j, 0};
    // "current and former aides", "Clinton and the State Department": a
    // conjunction inside the phrase, between words that are no verbs
    if (s.lower_is(j, "and") && j > s.first && b < end && s.is_word(j - 1) && !s.cue_at(j - 1) &&
        !s.in<np_stops>(j - 1) && !is_pronoun(s.word(j - 1)) && !s.word(j - 1).ends_with("ed") &&
        // (a determiner or number after "and" opens a phrase of its own, joined
        // only to a name: not "the well ran dry and two guards said")
        (s.in<determiners>(b) || s.tok(b).kind == token_kind::number || s.tok(b).has(tf_number_word) ||
                 s.lower_is(b, "other") || s.in<group_shares>(b)
             ? s.upper(j - 1)
             : (s.upper(j - 1) && j - 1 != s.first) == s.upper(b)))  // ("Current and former aides")
        return walk_step{j, 0};
    // "a study by the Council of the Great City Schools": a document and who made it
    if (s.lower_is(j, "by") && j > s.first && b < end && (s.upper(b) || s.in<determiners>(b)) &&
        s.in<document_nouns>(j - 1))
        return walk_step{j, 1};
    // "about four in 10 voters", "some 20 percent", "more than half of white
    // women": an approximation or a bound of a number or share
    const bool quantity =
        b < end && (s.tok(b).kind == token_kind::number || s.tok(b).has(tf_number_word) || s.in<group_shares>(b));
    if (quantity && (s.lower_is(j, "about") || s.lower_is(j, "some") || s.lower_is(j, "nearly") ||
                     s.lower_is(j, "almost") || s.lower_is(j, "roughly") || s.lower_is(j, "only")))
        return walk_step{j, 0};
    if (quantity && s.lower_is(j, "than") && j > s.first &&
        (s.lower_is(j - 1, "more") || s.lower_is(j - 1, "less") || s.lower_is(j - 1, "fewer")))
        return walk_step{j - 1, 0};
    return std::nullopt;
}

/// "people familiar with the talks said", "a source familiar with Cruz's
/// thinking said": a cue word after a preposition and an article or a
/// possessive, inside the phrase, is a noun ("talks", "thinking"), not the verb
/// of another clause; so is one right after an article at the phrase's head ("the
/// note says"). (Not after a possessive there: "Trump's plan rejected ...".)
template <class = void>
[[nodiscard]] inline bool noun_after_determiner(const sentence_view& s, std::uint32_t j, std::uint32_t end) {
    if (j <= s.first || j >= end || !s.is_word(j - 1)) return false;
    // "the note says": right before the cue, after "the" ("a plan announced" is
    // more often a reduced relative clause)
    if (j + 1 == end && s.lower_is(j - 1, "the")) return true;
    if (j == s.first + 1) return false;
    // "the secretary of state said", "across the four states --"
    if (s.lower_is(j - 1, "of") || s.tok(j - 1).kind == token_kind::number || s.tok(j - 1).has(tf_number_word))
        return true;
    const std::string_view before = s.word(j - 1);
    const bool determined = s.in<noun_markers>(j - 1) || !apostrophe_s_stem(before).empty();
    return determined && (s.lower_is(j - 2, "with") || s.lower_is(j - 2, "of") || s.lower_is(j - 2, "about") ||
                          s.lower_is(j - 2, "to") || s.lower_is(j - 2, "on"));
}

template <class>
[[nodiscard]] inline std::uint32_t np_left_plain(const sentence_view& s, std::uint32_t end) {
    std::uint32_t b = end;
    int words = 0;
    while (b > s.first && words < 10) {
        const std::uint32_t j = b - 1;
        if (b < end && s.title_line_before(b)) break;  // a title line above is no part of the speaker
        // "Sanders' aides" (straight or curly): a plural's possessive mark
        if (s.tok(j).kind == token_kind::quote && (s.tok(j).ch == U'\u2019' || s.tok(j).ch == U'\'') && j > s.first &&
            s.toks_adjacent(j - 1, j) && s.is_word(j - 1) && s.word(j - 1).ends_with('s') && !s.toks_adjacent(j, b) &&
            !s.is_open_quote(j)) {
            b = j;
            continue;
        }
        if (s.in_quote(j)) break;
        if (s.is_ch(j, U')')) {  // "(R-Ky.)"
            std::uint32_t o = j;
            while (o > s.first && !s.is_ch(o - 1, U'(') && o + 8 > j) --o;
            if (o > s.first && s.is_ch(o - 1, U'(')) {
                b = o - 1;
                continue;
            }
            break;
        }
        if (s.is_ch(j, U'.') && j > s.first && s.toks_adjacent(j - 1, j) && s.is_word(j - 1) &&
            (is_title(s.word(j - 1)) || is_abbreviation(s.word(j - 1)) || s.word(j - 1).size() == 1)) {
            b = j;  // "Mr." "Sen." "J."
            continue;
        }
        if (s.tok(j).kind == token_kind::number) {
            ++words;
            b = j;
            continue;
        }
        // "the 50-state poll", "a CNN/ORC poll": a hyphen or slash inside a word
        if ((s.is_ch(j, U'-') || s.is_ch(j, U'/')) && j > s.first && s.toks_adjacent(j - 1, j) &&
            s.toks_adjacent(j, j + 1)) {
            b = j;
            continue;
        }
        if (!s.is_word(j)) break;
        if (s.in<np_stops>(j)) {
            const std::optional<walk_step> step = past_stop_word(s, j, b, end);
            if (!step) break;
            b = step->begin;
            words += step->words;
            continue;
        }
        // "those close to him", "many of them": an object pronoun inside the phrase
        // ("US Senator Jeff Sessions": "US" in capitals is no pronoun)
        if (is_pronoun(s.word(j)) && !s.tok(j).has(tf_all_upper) && !s.lower_is(j, "her") && !s.lower_is(j, "his") &&
            !(j > s.first + 1 && s.in<object_pronouns>(j) &&
              (s.lower_is(j - 1, "to") || s.lower_is(j - 1, "of") || s.lower_is(j - 1, "with") ||
               s.lower_is(j - 1, "for"))))
            break;
        // ("50-state": a cue word after a hyphen is part of a compound)
        const bool compound = j > s.first && s.is_ch(j - 1, U'-') && s.toks_adjacent(j - 1, j);
        if (s.cue_at(j) && !compound && !s.upper(j) && !is_office_noun(s.word(j)) && !s.lower_is(j, "report") &&
            !s.in<document_nouns>(j) && !s.lower_is(j, "poll") && !s.lower_is(j, "survey") && !s.lower_is(j, "study") &&
            !s.lower_is(j, "statement") && !noun_after_determiner(s, j, end)) {
            // "economists who favor the tax (agree)": a relative clause inside the phrase
            if (j > s.first + 1 && s.lower_is(j - 1, "who") && s.is_word(j - 2) && !s.in<np_stops>(j - 2) &&
                !is_pronoun(s.word(j - 2))) {
                b = j - 1;
                words += 2;
                continue;
            }
            break;  // another verb
        }
        ++words;
        b = j;
    }
    // no leading preposition or determiner-only phrase ("At least four senators" keeps its "At")
    const auto at_quantifier = [&](std::uint32_t k) {
        return s.lower_is(k, "at") && k + 1 < end && (s.lower_is(k + 1, "least") || s.lower_is(k + 1, "most"));
    };
    while (b < end && (s.lower_is(b, "of") || s.lower_is(b, "for") || s.lower_is(b, "in") ||
                       (s.lower_is(b, "at") && !at_quantifier(b)) || s.lower_is(b, "from")))
        ++b;
    // must have a head that can speak: a capitalized word, a noun
    if (b < end) {
        bool head = false;
        for (std::uint32_t j = b; j < end; ++j)
            if ((s.is_word(j) && !s.lower_is(j, "the") && !s.lower_is(j, "a") && !s.lower_is(j, "an")) ||
                s.tok(j).kind == token_kind::number)  // "42% say", poll shares
                head = true;
        if (!head) return end;
    }
    return b;
}

/// Does the word at j open an adverbial before the subject besides those in
/// subject_openers: a leading adverb ("Then", "By noon,"), an adverb in -ly ("Publicly,",
/// "Shortly after the merger,"), a participle ("Arriving at the scene,") or a
/// time ("Hours later,")?
template <class = void>
[[nodiscard]] inline bool opens_adverbial(const sentence_view& s, std::uint32_t j) {
    if (s.in<leading_adverbs>(j) || s.in<phrase_openers>(j)) return true;
    // "More recently, ...": a comparative before an adverb
    if ((s.lower_is(j, "more") || s.lower_is(j, "most")) && j + 1 < s.body_end && s.ly_adverb(j + 1)) return true;
    if (!s.is_word(j) || !s.upper(j) || s.in<ly_non_adverbs>(j)) return false;
    const std::string_view w = s.word(j);
    return w.size() > 5 && (w.ends_with("ly") || w.ends_with("ing"));
}

/// A name or a pronoun opening the main clause at j (after "but", "and" or
/// "so"): tokens [b, e), or b == e when there is none.
template <class = void>
[[nodiscard]] inline token_range subject_at(const sentence_view& s, std::uint32_t j, std::uint32_t limit) {
    if (j < limit && (s.lower_is(j, "but") || s.lower_is(j, "and") || s.lower_is(j, "so"))) ++j;
    if (j < limit && s.is_word(j) && is_pronoun(s.word(j)) && !s.lower_is(j, "it") && !s.lower_is(j, "who") &&
        !s.lower_is(j, "which"))
        return {j, j + 1};
    std::uint32_t e = j;
    // "Kremlin spokesman Dmitry Peskov": names with titles and office nouns
    while (e < limit &&
           (s.upper(e) || (s.is_ch(e, U'.') && e > j && s.toks_adjacent(e - 1, e) && is_title(s.word(e - 1))) ||
            (s.is_word(e) && e > j && is_office_noun(s.word(e)) && e + 1 < limit && s.upper(e + 1))))
        ++e;
    if (e > j && e < limit && !s.in<days>(j) && !(e == j + 1 && s.lower_is(j, "the"))) return {j, e};
    return {j, j};
}

/// One past an opening adverbial that starts at j and ends at a comma ("In Paris,",
/// "At an event in Ames, Iowa, on Sunday,"), or `limit` when no comma closes it.
template <class = void>
[[nodiscard]] inline std::uint32_t after_opener(const sentence_view& s, std::uint32_t j, std::uint32_t limit) {
    std::uint32_t c = j;
    while (c < limit && !s.is_ch(c, U',')) ++c;
    if (c >= limit) return limit;
    j = c + 1;
    // "At an event in Ames, Iowa, on Sunday, Clinton ...": a state after the
    // opener's place and a time, each between commas, belong to the opener
    for (int round = 0; round < 2; ++round) {
        std::uint32_t c2 = j;
        while (c2 < limit && c2 < j + 4 && !s.is_ch(c2, U',')) ++c2;
        if (c2 >= limit || !s.is_ch(c2, U',')) break;
        const bool time = s.in<days>(j) || (s.lower_is(j, "on") && j + 1 < c2 && s.in<days>(j + 1));
        if (!time && !place_state(s, j, c2)) break;
        j = c2 + 1;
    }
    return j;
}

/// "ORLANDO, Fla. (Reuters) - President Obama ...": one past a dateline opening the
/// sentence at j (see dateline_dash), else j.
template <class = void>
[[nodiscard]] inline std::uint32_t after_dateline(const sentence_view& s, std::uint32_t j, std::uint32_t limit) {
    const std::size_t dash = dateline_dash(*s.paragraph->toks, j, limit);
    return dash + 1 < limit ? static_cast<std::uint32_t>(dash + 1) : j;
}

/// A verb of speech or thought at k, not a participle ("said", "believes"; not
/// "endorsed", "saying").
template <class = void>
[[nodiscard]] inline bool reports_speech_or_thought(const sentence_view& s, std::uint32_t k) {
    if (k >= s.body_end || !s.is_word(k) || s.upper(k)) return false;
    const cue_match m = s.cue_at(k);
    return m && m.form != verb_form::ing && (m.lemma->cls == cue_class::speech || m.lemma->cls == cue_class::cognition);
}

/// The comma that opens the first relative clause (", who", ", which") inside the
/// source phrase [b, e), else e.
template <class = void>
[[nodiscard]] inline std::uint32_t relative_clause_comma(const sentence_view& s, std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t j = b + 1; j + 1 < e; ++j)
        if (s.is_ch(j, U',') && !s.in_quote(j) && (s.lower_is(j + 1, "who") || s.lower_is(j + 1, "which"))) return j;
    return e;
}

/// "Barkley, who said he votes Democratic": a relative clause inside the source
/// phrase [b, e) that reports speech or thought of its own is no part of the
/// source. Returns the source's end without it (e when there is none).
template <class = void>
[[nodiscard]] inline std::uint32_t before_reporting_relative(const sentence_view& s, std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t j = relative_clause_comma(s, b, e); j < e; j = relative_clause_comma(s, j + 1, e)) {
        for (std::uint32_t k = j + 2; k < e; ++k)
            if (!s.in_quote(k) && !s.in<determiners>(k - 1) && reports_speech_or_thought(s, k)) return j;
    }
    return e;
}

/// Where a content that opens the sentence at `b` starts: past a dateline ("LOS
/// ANGELES (UPI) --") and a connective that ties the sentence to the one before
/// ("Still,", "In fact,", "Even so,"), which PolNeAR leaves out of the content.
template <class = void>
[[nodiscard]] inline std::uint32_t content_opening(const sentence_view& s, std::uint32_t b, std::uint32_t limit) {
    const std::uint32_t dateline_end = after_dateline(s, b, limit);
    if (dateline_end > b)  // ("(AP) --": the second hyphen of a double one)
        for (b = dateline_end; b < limit && (s.dash(b) || s.is_ch(b, U'-'));) ++b;
    if (b + 2 < limit && s.in<connective_openers>(b) && s.is_ch(b + 1, U',')) return b + 2;
    if (b + 3 < limit && s.is_ch(b + 2, U',') && s.is_word(b) && s.is_word(b + 1)) {
        for (const auto& [first, second] : connective_pairs)
            if (s.lower_is(b, first) && s.lower_is(b + 1, second)) return b + 3;
    }
    return b;
}

/// The subject of the sentence's main clause, when it is a name or a pronoun:
/// tokens [b, e) or b == e. Skips an opening adverbial ("In Paris, ...").
template <class = void>
[[nodiscard]] inline token_range sentence_subject(const sentence_view& s, std::uint32_t limit) {
    std::uint32_t j = s.first;
    if (j >= limit || s.tok(j).kind == token_kind::quote) return {j, j};
    j = after_dateline(s, j, limit);
    if (s.in<subject_openers>(j)) {
        const std::uint32_t after = after_opener(s, j, limit);
        return after >= limit ? token_range{j, j} : subject_at(s, after, limit);
    }
    // "Then he cut into Bush", "Arriving at the scene, police ...", "Publicly, the
    // nominee ...": other openers count only when a name or pronoun follows them
    if (opens_adverbial(s, j)) {
        const std::uint32_t after =
            s.in<leading_adverbs>(j) && j + 1 < limit && !s.is_ch(j + 1, U',') ? j + 1 : after_opener(s, j, limit);
        if (after < limit) {
            const token_range named = subject_at(s, after, limit);
            if (!named.empty()) return named;
            // ("Instead, the Vermont senator is ...": the subject starts after the
            // opener's comma; the opener itself is never the subject)
            if (after > j + 1 && s.is_ch(after - 1, U',')) return {after, after};
        }
    }
    return subject_at(s, j, limit);
}

/// Could token k be the main clause's verb after its subject: an auxiliary or a
/// cue modifier ("has", "also"), a lower-case verb in -ed, or a cue verb's finite form?
template <class = void>
[[nodiscard]] inline bool main_verb_at(const sentence_view& s, std::uint32_t k) {
    if (!s.is_word(k) || s.upper(k)) return false;
    if (s.in<finite_verbs>(k) || s.in<cue_modifiers>(k)) return true;
    const cue_match m = s.cue_at(k);
    return (m && (m.form == verb_form::past || m.form == verb_form::third)) ||
           (s.word(k).size() > 3 && s.word(k).ends_with("ed"));
}

/// "Huma Abedin, vice chairwoman for the campaign, emailed": up to two phrases set
/// off by commas after the subject ending at e, when the main verb follows the last
/// comma; returns where the subject then ends (e when there is none).
template <class = void>
[[nodiscard]] inline std::uint32_t past_subject_appositives(const sentence_view& s, std::uint32_t e,
                                                            std::uint32_t limit) {
    std::uint32_t end = e;
    for (int phrases = 0; phrases < 2 && end < limit && s.is_ch(end, U','); ++phrases) {
        // (words, numbers and the marks inside them: "Ky.", "co-founder", "(D)")
        std::uint32_t k = end + 1;
        while (k < limit && k < end + 25 && !s.is_ch(k, U',') && !s.in_quote(k) && !s.is_ch(k, U';') &&
               !s.is_ch(k, U':') && !s.dash(k))
            ++k;
        if (k >= limit || !s.is_ch(k, U',') || k == end + 1) break;
        // ("Trump, meanwhile, said", "Rubio, particularly in Iowa, said": a
        // circumstance, not a description of the subject)
        if (s.in<connective_openers>(end + 1) || s.ly_adverb(end + 1) || s.in<source_circumstances>(end + 1) ||
            s.in<phrase_openers>(end + 1))
            break;
        if (k + 1 < limit && main_verb_at(s, k + 1)) return k;
        end = k;
    }
    return e;
}

/// The main clause's subject as a whole phrase ("Lazar's public defense counsel",
/// "A group of 67 artists"): from where sentence_subject starts to the main
/// verb, when one follows within ten plain words; else sentence_subject's name.
template <class = void>
[[nodiscard]] inline token_range subject_phrase(const sentence_view& s, std::uint32_t limit) {
    const token_range named = sentence_subject(s, limit);
    const std::uint32_t b = named.begin;
    if (named.end == b + 1 && s.is_word(b) && is_pronoun(s.word(b))) return named;
    std::uint32_t e = b;
    while (e < limit && e < b + 10 && !(e > b && main_verb_at(s, e)) && !s.in_quote(e) &&
           (s.is_word(e) || s.tok(e).kind == token_kind::number ||
            (s.tok(e).kind == token_kind::punct && !s.is_ch(e, U',') && e > b && s.toks_adjacent(e - 1, e))) &&
           !s.lower_is(e, "who") && !s.lower_is(e, "which") && !s.lower_is(e, "that"))
        ++e;
    if (e > b && e < limit && e >= named.end && main_verb_at(s, e)) return {b, e};
    if (e > b && e == named.end) return {b, past_subject_appositives(s, e, limit)};
    return named;
}

/// Is a cue lemma also a noun ("his remarks", "the questions")?
template <class = void>
[[nodiscard]] inline bool noun_homograph(std::string_view lemma) noexcept {
    return in_set_exact<homograph_nouns>(lemma);
}

/// The noun phrase starting at `begin`, walking right to a comma or the end; returns one past it.
template <class = void>
[[nodiscard]] inline std::uint32_t np_right(const sentence_view& s, std::uint32_t begin, bool to_sentence_end) {
    std::uint32_t e = begin;
    while (e < s.body_end) {
        if (s.in_quote(e)) break;
        if (s.is_ch(e, U',') && !to_sentence_end) break;
        if (s.is_ch(e, U',') && e + 1 < s.body_end && s.tok(e + 1).kind == token_kind::quote) break;
        if (s.is_ch(e, U',') && e + 1 < s.body_end &&
            ((s.is_word(e + 1) && s.cue_at(e + 1) && s.cue_at(e + 1).form == verb_form::ing) ||
             s.lower_is(e + 1, "according") ||
             (!to_sentence_end && (s.lower_is(e + 1, "but") || s.lower_is(e + 1, "and")))))
            break;
        if (s.is_ch(e, U';') || s.is_ch(e, U':') || s.dash(e)) break;
        // "said Reince Priebus, though he added ...": a clause of the sentence's own
        if (s.is_ch(e, U',') && e + 1 < s.body_end && s.in<clause_breaks>(e + 1) && !s.lower_is(e + 1, "which") &&
            !s.lower_is(e + 1, "but"))
            break;
        // "said Beck, who said there were ...": the relative clause reports on its own
        // ("said Lee, who endorsed Rubio": a stance describes the speaker and stays)
        if (s.is_ch(e, U',') && e + 2 < s.body_end && (s.lower_is(e + 1, "who") || s.lower_is(e + 1, "which")) &&
            (reports_speech_or_thought(s, e + 2) ||
             (e + 3 < s.body_end && s.in<cue_modifiers>(e + 2) && reports_speech_or_thought(s, e + 3))))
            break;
        if (!to_sentence_end && (s.lower_is(e, "that") || s.lower_is(e, "in") || s.lower_is(e, "on")) && e > begin)
            break;
        // "according to Smith the property was sold": with no comma, a determiner
        // after a name opens the reported clause
        if (!to_sentence_end && e > begin && s.upper(e - 1) && !s.upper(e) && !s.lower_is(e, "of") &&
            s.in<determiners>(e))
            break;
        ++e;
    }
    return e;
}

}  // namespace newsprov::text::detail
