#pragma once
// The cue lexicon: reporting, cognition and intention verbs in all their forms.
//
// Each lemma carries a class and a firing rule learnt from how attribution is
// annotated in political news: speech verbs ("said", "told") introduce an
// attribution whenever a source stands beside them; verbs of thought, evidence
// and intention ("believes", "found", "wants") only with a clausal complement
// ("that ...", "to ...", a quotation, a colon, a wh-clause), because "he found
// his keys" reports nothing. Inflected forms (3rd person, past, participle,
// -ing) are generated from the lemma with English spelling rules plus the
// irregular forms listed with it. Lookup is one hash and a short probe in a
// table built once; words are matched case-insensitively, ASCII only.

#include <newsprov/text/tokens.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov::text {

enum class cue_class : std::uint8_t { speech, cognition, intention, evidence, evaluation };

/// When a cue verb starts an attribution.
enum class cue_rule : std::uint8_t {
    always,   ///< with any adjacent source (said, told, wrote)
    clause,   ///< only before a clausal complement: that / wh-word / quotation / colon (believes, found)
    object,   ///< before a complement or an object phrase (called, accused, praised)
    to_inf,   ///< before "to" + verb or a clause (wants to, plans to, hopes that)
    that,     ///< only before "that" or a quotation: too often literal otherwise (knew, wanted, saw)
    stance,   ///< before an object phrase, which is the whole content (supports the bill, opposed it)
};

/// Form of a verb occurrence.
enum class verb_form : std::uint8_t { base, third, past, ing };

struct cue_lemma {
    std::string_view lemma;
    cue_class cls;
    cue_rule rule;
    std::string_view irregular;  ///< "third,past,participle,ing" overrides; empty parts use the rules; '+' doubles the final consonant
};

namespace detail {

using cc = cue_class;
using cr = cue_rule;

// The hand-written lexicon: at least 150 lemmas, each with the rule that fits its
// use in news. Keep sorted by class for reading; order does not matter to lookup.
// ("prove" and "determine" are left out: in news they establish a fact more often
// than they attribute a view, "the audit proved that ...".)
inline constexpr auto hand_cue_lemmas = std::to_array<cue_lemma>({
    // speech acts
    {"say", cc::speech, cr::always, "says,said,said,saying"},
    {"tell", cc::speech, cr::always, ",told,told,"},
    {"add", cc::speech, cr::always, ""},
    {"note", cc::speech, cr::always, ""},
    {"point", cc::speech, cr::object, ""},
    {"refer", cc::speech, cr::object, "+"},
    {"state", cc::speech, cr::clause, ""},
    {"declare", cc::speech, cr::always, ""},
    {"announce", cc::speech, cr::always, ""},
    {"write", cc::speech, cr::always, ",wrote,written,writing"},
    {"tweet", cc::speech, cr::always, ""},
    {"post", cc::speech, cr::clause, ""},
    {"argue", cc::speech, cr::always, ""},
    {"claim", cc::speech, cr::always, ""},
    {"insist", cc::speech, cr::always, ""},
    {"explain", cc::speech, cr::always, ""},
    {"report", cc::speech, cr::always, ""},
    {"reply", cc::speech, cr::always, ""},
    {"respond", cc::speech, cr::clause, ""},
    {"answer", cc::speech, cr::clause, ""},
    {"ask", cc::speech, cr::always, ""},
    {"warn", cc::speech, cr::always, ""},
    {"urge", cc::speech, cr::always, ""},
    {"suggest", cc::speech, cr::always, ""},
    {"comment", cc::speech, cr::object, ""},
    {"remark", cc::speech, cr::always, ""},
    {"mention", cc::speech, cr::object, ""},
    {"acknowledge", cc::speech, cr::always, ""},
    {"admit", cc::speech, cr::always, "+"},
    {"concede", cc::speech, cr::always, ""},
    {"confirm", cc::speech, cr::clause, ""},
    {"deny", cc::speech, cr::object, ""},
    {"reveal", cc::speech, cr::always, ""},
    {"disclose", cc::speech, cr::clause, ""},
    {"assert", cc::speech, cr::always, ""},
    {"contend", cc::speech, cr::always, ""},
    {"maintain", cc::speech, cr::clause, ""},
    {"emphasize", cc::speech, cr::always, ""},
    {"emphasise", cc::speech, cr::always, ""},
    {"stress", cc::speech, cr::always, ""},
    {"predict", cc::speech, cr::always, ""},
    {"promise", cc::speech, cr::to_inf, ""},
    {"pledge", cc::speech, cr::to_inf, ""},
    {"vow", cc::speech, cr::to_inf, ""},
    {"recall", cc::speech, cr::always, ""},
    {"describe", cc::speech, cr::object, ""},
    {"complain", cc::speech, cr::always, ""},
    {"charge", cc::speech, cr::clause, ""},
    {"allege", cc::speech, cr::always, ""},
    {"testify", cc::speech, cr::always, ""},
    {"observe", cc::speech, cr::always, ""},
    {"counter", cc::speech, cr::always, ""},
    {"retort", cc::speech, cr::always, ""},
    {"quip", cc::speech, cr::always, "+"},
    {"joke", cc::speech, cr::always, ""},
    {"boast", cc::speech, cr::always, ""},
    {"brag", cc::speech, cr::always, "+"},
    {"lament", cc::speech, cr::always, ""},
    {"speculate", cc::speech, cr::always, ""},
    {"caution", cc::speech, cr::always, ""},
    {"signal", cc::speech, cr::clause, ""},
    {"hint", cc::speech, cr::clause, ""},
    {"imply", cc::speech, cr::clause, ""},
    {"demand", cc::speech, cr::to_inf, ""},
    {"request", cc::speech, cr::clause, ""},
    {"plead", cc::speech, cr::clause, ""},
    {"proclaim", cc::speech, cr::always, ""},
    {"affirm", cc::speech, cr::always, ""},
    {"reaffirm", cc::speech, cr::always, ""},
    {"reiterate", cc::speech, cr::always, ""},
    {"repeat", cc::speech, cr::clause, ""},
    {"continue", cc::speech, cr::clause, ""},
    {"elaborate", cc::speech, cr::clause, ""},
    {"clarify", cc::speech, cr::clause, ""},
    {"shout", cc::speech, cr::always, ""},
    {"yell", cc::speech, cr::always, ""},
    {"scream", cc::speech, cr::always, ""},
    {"whisper", cc::speech, cr::always, ""},
    {"mutter", cc::speech, cr::always, ""},
    {"exclaim", cc::speech, cr::always, ""},
    {"cry", cc::speech, cr::clause, ""},
    {"inform", cc::speech, cr::clause, ""},
    {"assure", cc::speech, cr::clause, ""},
    {"reassure", cc::speech, cr::clause, ""},
    {"advise", cc::speech, cr::clause, ""},
    {"remind", cc::speech, cr::clause, ""},
    {"brief", cc::speech, cr::clause, ""},
    {"discuss", cc::speech, cr::clause, ""},
    {"speak", cc::speech, cr::clause, ",spoke,spoken,"},
    {"talk", cc::speech, cr::clause, ""},
    {"tout", cc::speech, cr::object, ""},
    {"hail", cc::speech, cr::object, ""},
    {"cite", cc::speech, cr::object, ""},
    {"quote", cc::speech, cr::clause, ""},
    {"read", cc::speech, cr::clause, ",read,read,"},
    {"concur", cc::speech, cr::clause, "+"},
    {"object", cc::speech, cr::clause, ""},
    {"protest", cc::speech, cr::clause, ""},
    {"swear", cc::speech, cr::clause, ",swore,sworn,"},
    {"preach", cc::speech, cr::clause, ""},
    {"muse", cc::speech, cr::always, ""},
    {"recount", cc::speech, cr::always, ""},
    {"interject", cc::speech, cr::always, ""},
    {"wonder", cc::speech, cr::always, ""},
    {"posit", cc::speech, cr::always, ""},
    {"surmise", cc::speech, cr::always, ""},
    {"chide", cc::speech, cr::always, ""},
    {"recommend", cc::speech, cr::clause, ""},
    {"rule", cc::speech, cr::clause, ""},
    {"theorize", cc::cognition, cr::clause, ""},
    {"theorise", cc::cognition, cr::clause, ""},
    // evaluation: the content is the object
    {"call", cc::evaluation, cr::object, ""},
    {"accuse", cc::evaluation, cr::object, ""},
    {"blame", cc::evaluation, cr::object, ""},
    {"criticize", cc::evaluation, cr::object, ""},
    {"criticise", cc::evaluation, cr::object, ""},
    {"praise", cc::evaluation, cr::object, ""},
    {"attack", cc::evaluation, cr::object, ""},
    {"blast", cc::evaluation, cr::object, ""},
    {"slam", cc::evaluation, cr::object, "+"},
    {"defend", cc::evaluation, cr::object, ""},
    {"dismiss", cc::evaluation, cr::object, ""},
    {"reject", cc::evaluation, cr::object, ""},
    {"question", cc::evaluation, cr::object, ""},
    {"condemn", cc::evaluation, cr::object, ""},
    {"denounce", cc::evaluation, cr::object, ""},
    {"decry", cc::evaluation, cr::object, ""},
    {"deplore", cc::evaluation, cr::object, ""},
    {"mock", cc::evaluation, cr::object, ""},
    {"ridicule", cc::evaluation, cr::object, ""},
    {"applaud", cc::evaluation, cr::object, ""},
    {"welcome", cc::evaluation, cr::clause, ""},
    {"endorse", cc::evaluation, cr::stance, ""},
    {"oppose", cc::evaluation, cr::stance, ""},
    {"support", cc::evaluation, cr::stance, ""},
    {"back", cc::evaluation, cr::stance, ""},
    {"favor", cc::evaluation, cr::stance, ""},
    {"favour", cc::evaluation, cr::stance, ""},
    {"prefer", cc::evaluation, cr::stance, "+"},
    {"label", cc::evaluation, cr::object, ""},
    // casting someone as something: only before "that", a quotation or "X as Y"
    {"portray", cc::evaluation, cr::that, ""},
    {"characterize", cc::evaluation, cr::that, ""},
    {"characterise", cc::evaluation, cr::that, ""},
    {"depict", cc::evaluation, cr::that, ""},
    {"paint", cc::evaluation, cr::that, ""},
    {"pitch", cc::evaluation, cr::that, ""},
    {"regard", cc::evaluation, cr::that, ""},
    {"cast", cc::evaluation, cr::that, "casts,cast,cast,"},
    {"dub", cc::evaluation, cr::object, "+"},
    {"brand", cc::evaluation, cr::object, ""},
    // cognition
    {"think", cc::cognition, cr::that, ",thought,thought,"},
    {"believe", cc::cognition, cr::clause, ""},
    {"know", cc::cognition, cr::that, ",knew,known,"},
    {"feel", cc::cognition, cr::that, ",felt,felt,"},
    {"consider", cc::cognition, cr::that, ""},
    {"expect", cc::cognition, cr::to_inf, ""},
    {"assume", cc::cognition, cr::clause, ""},
    {"suspect", cc::cognition, cr::clause, ""},
    {"doubt", cc::cognition, cr::clause, ""},
    {"fear", cc::cognition, cr::clause, ""},
    {"worry", cc::cognition, cr::clause, ""},
    {"realize", cc::cognition, cr::clause, ""},
    {"understand", cc::cognition, cr::clause, ",understood,understood,"},
    {"recognize", cc::cognition, cr::clause, ""},
    {"figure", cc::cognition, cr::clause, ""},
    {"guess", cc::cognition, cr::clause, ""},
    {"imagine", cc::cognition, cr::clause, ""},
    {"agree", cc::cognition, cr::to_inf, ""},
    {"conclude", cc::cognition, cr::always, ""},
    {"decide", cc::cognition, cr::that, ""},
    {"learn", cc::cognition, cr::clause, ""},
    {"discover", cc::cognition, cr::clause, ""},
    {"remember", cc::cognition, cr::clause, ""},
    {"forget", cc::cognition, cr::clause, ",forgot,forgotten,forgetting"},
    {"notice", cc::cognition, cr::clause, ""},
    {"estimate", cc::cognition, cr::clause, ""},
    {"insinuate", cc::cognition, cr::clause, ""},
    {"hear", cc::cognition, cr::that, ",heard,heard,"},
    {"see", cc::cognition, cr::that, ",saw,seen,"},
    // intention
    {"want", cc::intention, cr::to_inf, ""},
    {"hope", cc::intention, cr::to_inf, ""},
    {"plan", cc::intention, cr::to_inf, "+"},
    {"intend", cc::intention, cr::that, ""},
    {"seek", cc::intention, cr::to_inf, ",sought,sought,"},
    {"wish", cc::intention, cr::that, ""},
    {"refuse", cc::intention, cr::to_inf, ""},
    {"decline", cc::intention, cr::to_inf, ""},
    {"threaten", cc::intention, cr::to_inf, ""},
    {"propose", cc::intention, cr::object, ""},
    {"offer", cc::intention, cr::object, ""},
    // evidence
    {"show", cc::evidence, cr::clause, ",,shown,"},
    {"find", cc::evidence, cr::clause, ",found,found,"},
    {"indicate", cc::evidence, cr::clause, ""},
    {"demonstrate", cc::evidence, cr::clause, ""},
    {"seem", cc::evidence, cr::to_inf, ""},
    {"appear", cc::evidence, cr::to_inf, ""},
    {"express", cc::speech, cr::object, ""},
    {"chant", cc::speech, cr::always, ""},
    {"echo", cc::speech, cr::object, "echoes,,,"},
    {"liken", cc::evaluation, cr::object, ""},
    {"clear", cc::speech, cr::that, ""},  // only in "made (it) clear" (see attributions.hpp)
    {"put", cc::speech, cr::always, "puts,put,put,putting"},  // only in "put it" (see patterns/cue_site.hpp)
});
static_assert(hand_cue_lemmas.size() >= 150);

/// The whole lexicon. (tools/lexicon/gen_wordnet_verbs.py can list WordNet's
/// clause-taking verbs of communication and cognition; added with cue_rule::that
/// they left the PolNeAR train folds unchanged or lower, see docs/extraction.md.)
inline constexpr auto cue_lemmas = hand_cue_lemmas;

/// One slot of the form table: 8 bytes, so that the whole table (16 KB) stays
/// in the first-level cache; the form's letters live in a side array read only
/// when the hash matches.
struct cue_form {
    std::uint32_t hash = 0;
    std::uint16_t lemma = 0xFFFF;
    verb_form vf = verb_form::base;
    std::uint8_t size = 0;
};

[[nodiscard]] constexpr char lower_first(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

[[nodiscard]] constexpr bool is_vowel(char c) noexcept {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

[[nodiscard]] constexpr std::uint32_t fnv1a(std::string_view s) noexcept {
    std::uint32_t h = 2166136261u;
    for (const char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

inline constexpr std::size_t cue_table_size = 2048;  // power of two, ~4x the forms

/// A cheap reject before any lookup: one bit per (first two letters, last two
/// letters, length) of the words added. Most words of running text fail it; a
/// false positive only costs a lookup. The last two letters tell "with" from
/// "wish" and "the" from "three", which first, second and last letters did not
/// (a fifth of all words passed). Case-blind for ASCII letters; other bytes share
/// keys with letters.
class letter_filter {
public:
    template <class = void>
    void add(std::string_view w) noexcept {
        if (w.size() < 2) return;
        const std::size_t key = key_of(w);
        bits_[key / 64] |= std::uint64_t{1} << (key % 64);
    }
    /// `w` has two bytes or more.
    template <class = void>
    [[nodiscard]] bool maybe(std::string_view w) const noexcept {
        const std::size_t key = key_of(w);
        return (bits_[key / 64] >> (key % 64) & 1u) != 0;
    }

private:
    /// Five low bits of each of the four letters (the same for both cases) and the
    /// length capped at 15 (24 bits), hashed down to filter_bits: a 4 KB filter stays
    /// in the first-level cache (a 64 KB one missed it on every word). About 1,000
    /// words set about 3% of the bits.
    static constexpr unsigned filter_bits = 15;
    [[nodiscard]] static constexpr std::size_t key_of(std::string_view w) noexcept {
        const auto bits = [](char c) { return static_cast<std::uint64_t>(static_cast<unsigned char>(c) & 31u); };
        const std::size_t n = w.size();
        const std::uint64_t key = (bits(w[0]) << 19) | (bits(w[1]) << 14) | (bits(w[n - 2]) << 9) |
                                  (bits(w[n - 1]) << 4) | (n < 15 ? n : 15);
        // Fibonacci hashing: the product's top bits depend on all of the key's bits
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> (64 - filter_bits));
    }
    std::array<std::uint64_t, (std::size_t{1} << filter_bits) / 64> bits_{};  // 4 KB
};

/// The form table: open addressing, built once on first use.
class cue_table {
public:
    template <class = void>
    cue_table() {
        // five forms a lemma, each under 20 letters: 16-bit offsets into storage_ suffice
        static_assert(cue_lemmas.size() * 5 * 20 <= 0xFFFF);
        storage_.reserve(cue_lemmas.size() * 5 * 20);
        for (std::size_t li = 0; li < cue_lemmas.size(); ++li) {
            const cue_lemma& l = cue_lemmas[li];
            std::array<std::string_view, 4> irr{};
            std::size_t part = 0;
            std::size_t from = 0;
            bool doubled = false;
            for (std::size_t i = 0; i <= l.irregular.size() && part < 4; ++i) {
                if (i == l.irregular.size() || l.irregular[i] == ',') {
                    std::string_view p = l.irregular.substr(from, i - from);
                    if (p == "+") {
                        doubled = true;
                        p = {};
                    }
                    irr[part++] = p;
                    from = i + 1;
                }
            }
            const std::string_view b = l.lemma;
            const char last = b.back();
            const char before = b.size() > 1 ? b[b.size() - 2] : ' ';
            std::string stem{b};
            if (doubled) stem += last;
            // third person
            std::string third{b};
            if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (before == 'c' || before == 's')))
                third += "es";
            else if (last == 'y' && !is_vowel(before))
                third = std::string{b.substr(0, b.size() - 1)} + "ies";
            else
                third += 's';
            std::string past;
            if (last == 'e')
                past = std::string{b} + 'd';
            else if (last == 'y' && !is_vowel(before))
                past = std::string{b.substr(0, b.size() - 1)} + "ied";
            else
                past = stem + "ed";
            std::string ing;
            if (b.size() > 2 && b.ends_with("ie"))
                ing = std::string{b.substr(0, b.size() - 2)} + "ying";
            else if (last == 'e' && before != 'e' && before != 'y' && before != 'o')
                ing = std::string{b.substr(0, b.size() - 1)} + "ing";
            else
                ing = stem + "ing";
            add(b, li, verb_form::base);
            add(irr[0].empty() ? std::string_view{third} : irr[0], li, verb_form::third);
            add(irr[1].empty() ? std::string_view{past} : irr[1], li, verb_form::past);
            add(irr[2].empty() ? std::string_view{past} : irr[2], li, verb_form::past);
            add(irr[3].empty() ? std::string_view{ing} : irr[3], li, verb_form::ing);
        }
    }

    /// Could this word (two bytes or more) be a form?
    template <class = void>
    [[nodiscard]] bool maybe(std::string_view w) const noexcept { return filter_.maybe(w); }
    /// The filter of all forms, for callers that screen more words with it.
    [[nodiscard]] const letter_filter& filter() const noexcept { return filter_; }

    template <class = void>
    [[nodiscard]] const cue_form* find(std::string_view lower) const noexcept { return find(lower, fnv1a(lower)); }
    template <class = void>
    [[nodiscard]] const cue_form* find(std::string_view lower, std::uint32_t hash) const noexcept {
        std::size_t h = hash & (cue_table_size - 1);
        for (;;) {
            const cue_form& f = slots_[h];
            if (f.lemma == 0xFFFF) return nullptr;
            if (f.hash == hash && form_of(h) == lower) return &f;
            h = (h + 1) & (cue_table_size - 1);
        }
    }
    /// The letters of the form in slot h.
    template <class = void>
    [[nodiscard]] std::string_view form_of(std::size_t h) const noexcept {
        return std::string_view{storage_}.substr(offsets_[h], slots_[h].size);
    }
    [[nodiscard]] std::size_t forms() const noexcept { return count_; }

private:
    template <class = void>
    void add(std::string_view form, std::size_t lemma, verb_form vf) {
        std::size_t h = fnv1a(form) & (cue_table_size - 1);
        while (slots_[h].lemma != 0xFFFF) {
            if (form_of(h) == form) return;  // first lemma wins (say before ...)
            h = (h + 1) & (cue_table_size - 1);
        }
        const std::size_t at = storage_.size();
        storage_.append(form);
        filter_.add(form);
        offsets_[h] = static_cast<std::uint16_t>(at);  // below 0xFFFF (see the constructor)
        slots_[h] = cue_form{fnv1a(form), static_cast<std::uint16_t>(lemma), vf, static_cast<std::uint8_t>(form.size())};
        ++count_;
    }
    std::string storage_;
    std::array<cue_form, cue_table_size> slots_{};
    std::array<std::uint16_t, cue_table_size> offsets_{};
    letter_filter filter_;
    std::size_t count_ = 0;
};

[[nodiscard]] inline const cue_table& cues() {
    static const cue_table table;
    return table;
}

}  // namespace detail

/// A cue verb found in a word: its lemma entry and form.
struct cue_match {
    const cue_lemma* lemma = nullptr;
    verb_form form = verb_form::base;
    explicit operator bool() const noexcept { return lemma != nullptr; }
};

namespace detail {
/// find_cue without the size check and the filter, for a caller that has done both
/// (a word of 2 to 15 bytes): a second filter test costs a cache line.
template <class = void>
[[nodiscard]] inline cue_match lookup_cue(std::string_view word) noexcept {
    const cue_table& table = cues();
    std::array<char, 16> buf{};
    std::uint32_t hash = 2166136261u;  // FNV-1a while lowercasing: one pass
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        else if (c < 'a' || c > 'z')
            return {};
        buf[i] = c;
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    const cue_form* f = table.find(std::string_view{buf.data(), word.size()}, hash);
    if (f == nullptr) return {};
    return {&cue_lemmas[f->lemma], f->vf};
}
}  // namespace detail

/// Looks up a word (any case, ASCII letters only) in the cue lexicon.
template <class = void>
[[nodiscard]] inline cue_match find_cue(std::string_view word) noexcept {
    if (word.size() < 2 || word.size() > 15) return {};
    if (!detail::cues().maybe(word)) return {};
    return detail::lookup_cue(word);
}

/// Marks every word token that is a form of a cue verb (token::cue, token::cue_form).
template <class = void>
inline void annotate_cues(std::string_view text, std::vector<token>& toks) {
    const detail::cue_table& table = detail::cues();
    for (token& t : toks) {
        // only plain ASCII words of 2 to 15 letters can be forms; the letter
        // filter rejects most of them before find_cue hashes anything
        if (t.kind != token_kind::word || !t.has(tf_ascii)) continue;
        const std::size_t size = t.end - t.begin;
        if (size < 2 || size > 15) continue;
        if (!table.maybe(text.substr(t.begin, size))) continue;
        const std::string_view w = text.substr(t.begin, size);
        const cue_match m = find_cue(w);
        if (!m) continue;
        t.cue = static_cast<std::uint16_t>(m.lemma - detail::cue_lemmas.data());
        t.cue_form = static_cast<std::uint8_t>(m.form);
    }
}

/// Number of distinct lemmas and of forms in the lexicon.
template <class = void>
[[nodiscard]] inline std::size_t cue_lemma_count() noexcept { return detail::cue_lemmas.size(); }
template <class = void>
[[nodiscard]] inline std::size_t cue_form_count() { return detail::cues().forms(); }

}  // namespace newsprov::text
