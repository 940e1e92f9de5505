#pragma once
// Sources: who speaks. Noun phrases beside a cue, titles, offices, pronouns and
// short names resolved to the right earlier speaker.
//
// A source phrase is found by walking away from the cue over words that can sit
// in a noun phrase (names, titles, determiners, "of"/"for" links), stopping at
// clause boundaries (punctuation, conjunctions, auxiliaries). Its canonical name
// is the person's name without titles ("Kremlin spokesman Dmitry Peskov" ->
// "Dmitry Peskov"), the office for officeholders named by office ("the mayor of
// Kharkiv" -> "mayor of Kharkiv"), or, for "he"/"she"/"Rubio", the earlier speaker
// it refers to.

#include <newsprov/text/detail/apostrophes.hpp>
#include <newsprov/text/tokens.hpp>
#include <newsprov/text/words.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsprov::text {

namespace detail {

template <std::size_t N>
[[nodiscard]] constexpr bool in_list(const std::array<std::string_view, N>& list, std::string_view w) noexcept {
    for (auto x : list)
        if (x == w) return true;
    return false;
}

[[nodiscard]] constexpr char lower_ascii(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

/// Case-insensitive ASCII equality.
[[nodiscard]] constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
    return true;
}

template <std::size_t N>
[[nodiscard]] constexpr bool in_list_ci(const std::array<std::string_view, N>& list, std::string_view w) noexcept {
    for (auto x : list)
        if (iequals(x, w)) return true;
    return false;
}

// Titles and office nouns: stripped from a person's name, heads of office phrases.
inline constexpr std::array<std::string_view, 93> title_words{
    "President", "Vice", "Secretary", "Minister", "Prime", "Foreign", "Defense", "Defence", "State", "Senator", "Sen",
    "Sen.", "Rep", "Rep.", "Representative", "Gov", "Gov.", "Governor", "Mayor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms",
    "Ms.", "Dr", "Dr.", "Gen", "Gen.", "General", "Lt", "Lt.", "Col", "Col.", "Sgt", "Capt", "Adm", "Admiral", "Judge",
    "Justice", "Chief", "Chairman", "Chairwoman", "Chair", "Director", "Speaker", "Leader", "Majority", "Minority",
    "Attorney", "Commissioner", "Ambassador", "Envoy", "Special", "Deputy", "Assistant", "Acting", "Former", "Senior",
    "spokesman", "spokeswoman", "spokesperson", "Spokesman", "Spokeswoman", "Press", "Chancellor", "King", "Queen",
    "Prince", "Pope", "Rev", "Rev.", "Father", "Professor", "Prof", "Prof.", "Dean", "CEO", "Executive", "Officer",
    "Councilman", "Councilwoman", "Sheriff", "Inspector", "Treasurer", "Auditor", "Comptroller", "Lieutenant",
    "Congressman", "Congresswoman", "Sir", "Lord", "Dame"};

inline constexpr std::array<std::string_view, 54> office_nouns{
    "mayor", "governor", "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "official", "officials", "chairman", "chairwoman", "director", "head", "chief", "leader", "ambassador",
    "senator", "lawmaker", "lawmakers", "prosecutor", "prosecutors", "police", "ministry", "department",
    "office", "commission", "committee", "agency", "council", "government", "administration", "campaign",
    "spokespeople", "aide", "aides", "adviser", "advisers", "advisor", "analyst", "analysts", "expert",
    "experts", "source", "sources", "report", "survey", "poll", "study", "statement", "data", "investigators",
    "researchers", "authorities"};

inline constexpr std::array<std::string_view, 14> person_pronouns{"he", "she", "they", "i", "we", "it", "you",
                                                                   "who", "which", "him", "her", "them", "me", "us"};

}  // namespace detail

/// True for personal and relative pronouns that can stand as a source.
[[nodiscard]] constexpr bool is_pronoun(std::string_view w) noexcept { return detail::in_set<detail::person_pronouns>(w); }
/// True for a title or office word ("Senator", "spokesman").
[[nodiscard]] constexpr bool is_title(std::string_view w) noexcept { return detail::in_set_exact<detail::title_words>(w); }
/// True for a noun that names an office, body or document ("mayor", "poll").
[[nodiscard]] constexpr bool is_office_noun(std::string_view w) noexcept {
    return detail::in_set<detail::office_nouns>(w);
}

namespace detail {
/// The text of tokens [first, last) with each run of white space as one space.
template <class = void>
[[nodiscard]] inline std::string joined(std::string_view text, const std::vector<token>& toks, std::size_t first,
                                        std::size_t last) {
    std::string out;
    for (std::size_t k = first; k < last; ++k) {
        if (k > first && toks[k].has(tf_space_before)) out += ' ';
        out.append(text.substr(toks[k].begin, toks[k].end - toks[k].begin));
    }
    return out;
}
}  // namespace detail

namespace detail {

/// Runs of capitalized words that are not titles ("U.S. Secretary of State Marco
/// Rubio" has the runs "U.S." and "Marco Rubio") in [first, stop): the first run
/// of two or more words that an affiliation follows ("Joel Pollak of
/// Breitbart"), else the last run; [begin, end), empty when there is none.
template <class = void>
[[nodiscard]] inline std::pair<std::size_t, std::size_t> name_run(std::string_view text, const std::vector<token>& toks, std::size_t first,
                                        std::size_t stop) {
    auto word = [&](std::size_t k) { return token_text(text, toks[k]); };
    std::pair<std::size_t, std::size_t> best{0, 0};
    for (std::size_t k = first; k < stop; ++k) {
        if (toks[k].kind != token_kind::word || !toks[k].has(tf_upper) || is_title(word(k))) continue;
        const std::string_view w = word(k);
        if (k == first && (w == "The" || w == "A" || w == "An")) continue;
        std::size_t e = k;
        while (e < stop && ((toks[e].kind == token_kind::word && toks[e].has(tf_upper) && !is_title(word(e))) ||
                            (toks[e].kind == token_kind::word && (word(e) == "de" || word(e) == "van" || word(e) == "von" ||
                                                                  word(e) == "al")) ||
                            (toks[e].kind == token_kind::punct && toks[e].ch == U'.' && e > k &&
                             toks[e - 1].end == toks[e].begin && toks[e - 1].end - toks[e - 1].begin == 1)))
            ++e;
        best = {k, e};
        const bool affiliation = e < stop && toks[e].kind == token_kind::word &&
                                 (word(e) == "of" || word(e) == "at" || word(e) == "from" || word(e) == "for");
        if (affiliation && e - k >= 2) break;
        k = e - 1;
    }
    return best;
}

/// The office phrase headed by the lowercase office noun at `head` ("the mayor
/// of Kharkiv"): the noun with its
/// capitalized words before and "of/for" + names after, [begin, end).
template <class = void>
[[nodiscard]] inline std::pair<std::size_t, std::size_t> office_phrase(std::string_view text, const std::vector<token>& toks, std::size_t first,
                                             std::size_t stop, std::size_t head) {
    auto word = [&](std::size_t k) { return token_text(text, toks[k]); };
    std::size_t e = head + 1;
    if (e + 1 < stop && (word(e) == "of" || word(e) == "for")) {
        e += 2;
        while (e < stop && toks[e].kind == token_kind::word && toks[e].has(tf_upper)) ++e;
    }
    std::size_t b = head;
    while (b > first && toks[b - 1].kind == token_kind::word && toks[b - 1].has(tf_upper) && word(b - 1) != "The" &&
           word(b - 1) != "A")
        --b;
    return {b, e};
}

}  // namespace detail

/// The canonical name of a source phrase given by its tokens [first, last).
/// Returns an empty string when nothing name-like is found.
template <class = void>
[[nodiscard]] inline std::string canonical_name(std::string_view text, const std::vector<token>& toks, std::size_t first,
                                                std::size_t last) {
    auto word = [&](std::size_t k) { return token_text(text, toks[k]); };
    // Appositive: the name is before the first comma ("Hugh Hill, a doctor").
    std::size_t stop = last;
    for (std::size_t k = first; k < last; ++k)
        if (toks[k].kind == token_kind::punct && (toks[k].ch == U',' || toks[k].ch == U'(')) {
            stop = k;
            break;
        }
    const auto [best_b, best_e] = detail::name_run(text, toks, first, stop);
    if (best_e > best_b) {
        const std::string_view last_word = word(best_e - 1);
        const bool possessive = !detail::apostrophe_s_stem(last_word).empty();
        // "Ukraine's economy minister": the office of a country, not a name
        if (possessive && best_e < stop) {
            std::size_t h = best_e;
            while (h < stop && toks[h].kind == token_kind::word && !toks[h].has(tf_upper)) ++h;
            if (h > best_e && is_office_noun(word(h - 1))) return detail::joined(text, toks, best_b, h);
        }
    }
    // Office phrase: a lowercase office noun heads the phrase ("the mayor of Kharkiv").
    std::size_t head = stop;
    for (std::size_t k = first; k < stop; ++k)
        if (toks[k].kind == token_kind::word && !toks[k].has(tf_upper) && is_office_noun(word(k))) {
            head = k;
            break;
        }
    const bool name_in_affiliation = best_b > head && best_b > first &&
                                     (word(best_b - 1) == "of" || word(best_b - 1) == "for" || word(best_b - 1) == "in");
    if (head < stop && (best_e == best_b || name_in_affiliation)) {
        const auto [b, e] = detail::office_phrase(text, toks, first, stop, head);
        return detail::joined(text, toks, b, e);
    }
    if (best_e > best_b) {
        std::string out = detail::joined(text, toks, best_b, best_e);
        // possessive: "Trump's" -> "Trump"
        if (const std::string_view owner = detail::apostrophe_s_stem(out); !owner.empty()) out.resize(owner.size());
        return out;
    }
    if (last - first == 1 && toks[first].kind == token_kind::word) return std::string{word(first)};
    return {};
}

/// Recent speakers, to resolve pronouns and short names ("He", "Rubio").
class speaker_memory {
public:
    /// Canonical name for `name` given earlier speakers: a pronoun becomes the
    /// latest person, a surname the full name seen earlier.
    template <class = void>
    [[nodiscard]] std::string resolve(const std::string& name) const {
        if (name.empty()) return {};
        if (is_pronoun(name)) {
            const bool plural = detail::iequals(name, "they") || detail::iequals(name, "we") || detail::iequals(name, "them");
            const bool self = detail::iequals(name, "i") || detail::iequals(name, "me");
            if (self) return last_person_;
            if (detail::iequals(name, "it") || detail::iequals(name, "which")) return last_other_;
            if (detail::iequals(name, "who")) return last_named_;
            return plural ? last_other_ : last_person_;
        }
        // a surname alone: the latest full name that ends with it
        if (name.find(' ') == std::string::npos) {
            for (auto it = names_.rbegin(); it != names_.rend(); ++it) {
                if (it->size() > name.size() && it->ends_with(name) && (*it)[it->size() - name.size() - 1] == ' ')
                    return *it;
            }
        }
        return name;
    }
    /// Records a resolved speaker. `person`: a person's name, not an office or body.
    template <class = void>
    void remember(const std::string& name, bool person) {
        if (name.empty() || is_pronoun(name)) return;
        last_named_ = name;
        if (person) {
            last_person_ = name;
            if (std::find(names_.begin(), names_.end(), name) == names_.end()) {
                if (names_.size() >= 64) names_.erase(names_.begin());
                names_.push_back(name);
            }
        } else {
            last_other_ = name;
        }
    }
    template <class = void>
    void clear() {
        names_.clear();
        last_person_.clear();
        last_other_.clear();
        last_named_.clear();
    }

private:
    std::vector<std::string> names_;
    std::string last_person_;
    std::string last_other_;
    std::string last_named_;
};

}  // namespace newsprov::text
