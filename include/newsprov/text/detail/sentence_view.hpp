#pragma once
// One sentence of a paragraph as the attribution patterns see it: its token
// bounds, its subject, and the token tests every pattern asks.

#include <newsprov/text/characters.hpp>
#include <newsprov/text/cues.hpp>
#include <newsprov/text/detail/apostrophes.hpp>
#include <newsprov/text/detail/attribution_words.hpp>
#include <newsprov/text/quotes.hpp>
#include <newsprov/text/sources.hpp>
#include <newsprov/text/tokens.hpp>
#include <newsprov/text/words.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsprov::text::detail {

/// A paragraph's text and what the earlier stages found in it.
struct paragraph_view {
    std::string_view text;
    const std::vector<token>* toks;
    const std::vector<quotation>* quotes;
    const std::vector<std::uint32_t>* inside;  ///< per token: index of its quotation, or no_token
};

/// Tokens [begin, end) of a paragraph; empty when end <= begin.
struct token_range {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    [[nodiscard]] constexpr bool empty() const noexcept { return end <= begin; }
};

/// Whether a sentence is a title-case headline ("Rubio Says Reform Was A Sign Of
/// Leadership"), found out the first time a capitalized cue asks.
enum class headline_test : std::uint8_t { not_asked, headline, not_headline };

/// The sentence being searched for attributions: tokens [first, end) of the paragraph.
struct sentence_view {
    const paragraph_view* paragraph = nullptr;
    std::uint32_t first = 0;     ///< its first token
    std::uint32_t end = 0;       ///< one past its last token
    std::uint32_t body_end = 0;  ///< one past its last token before the closing punctuation (a ')' stays)
    token_range subject;         ///< the main clause's subject (see sentence_subject); begin is where it would start
    std::uint32_t last_quoted = no_token;  ///< its last token inside a quotation, or no_token
    headline_test headline = headline_test::not_asked;

    [[nodiscard]] const token& tok(std::uint32_t k) const { return (*paragraph->toks)[k]; }
    /// The cue lexicon entry of word k (looked up once per token while tokenizing).
    template <class = void>
    [[nodiscard]] cue_match cue_at(std::uint32_t k) const {
        const token& t = tok(k);
        if (t.cue == 0xFFFF) return {};
        return {&detail::cue_lemmas[t.cue], static_cast<verb_form>(t.cue_form)};
    }
    template <class = void>
    [[nodiscard]] std::string_view word(std::uint32_t k) const {
        return paragraph->text.substr(tok(k).begin, tok(k).end - tok(k).begin);
    }
    template <class = void>
    [[nodiscard]] bool is_word(std::uint32_t k) const { return tok(k).kind == token_kind::word; }
    /// A cue verb form at k ("adding", "noting" after a comma start their own attribution).
    template <class = void>
    [[nodiscard]] bool is_word_cue(std::uint32_t k) const { return is_word(k) && cue_at(k); }
    template <class = void>
    [[nodiscard]] bool is_punct(std::uint32_t k) const {
        return tok(k).kind == token_kind::punct || tok(k).kind == token_kind::quote;
    }
    template <class = void>
    [[nodiscard]] char32_t ch(std::uint32_t k) const { return tok(k).ch; }
    template <class = void>
    [[nodiscard]] bool is_ch(std::uint32_t k, char32_t c) const {
        return tok(k).kind == token_kind::punct && tok(k).ch == c;
    }
    template <class = void>
    [[nodiscard]] bool upper(std::uint32_t k) const { return is_word(k) && tok(k).has(tf_upper); }
    /// An adverb in -ly ("repeatedly", "sarcastically"): a lower-case word of more
    /// than four letters in -ly that is not one of the -ly nouns and adjectives.
    template <class = void>
    [[nodiscard]] bool ly_adverb(std::uint32_t k) const {
        return is_word(k) && !upper(k) && word(k).size() > 4 && word(k).ends_with("ly") && !in<ly_non_adverbs>(k);
    }
    template <class = void>
    [[nodiscard, gnu::always_inline]] bool lower_is(std::uint32_t k, std::string_view w) const {
        const token& t = tok(k);
        return t.end - t.begin == w.size() && t.kind == token_kind::word && detail::iequals(word(k), w);
    }
    /// Is word k one of List's words (ASCII case-insensitive)? One hash lookup; a
    /// curly apostrophe reads as the lists' straight one ("doesn’t", "Monday’s").
    template <const auto& List>
    [[nodiscard]] bool in(std::uint32_t k) const {
        if (!is_word(k)) return false;
        const std::string_view w = word(k);
        if (detail::in_set<List>(w)) return true;
        return !tok(k).has(tf_ascii) && w.find('\xE2') != std::string_view::npos &&
               detail::in_set<List>(straight_word(w).view());
    }
    /// "he", "she", "they", "I", "we": a pronoun that can be a clause's subject.
    template <class = void>
    [[nodiscard]] bool is_subject_pronoun(std::uint32_t k) const {
        return lower_is(k, "he") || lower_is(k, "she") || lower_is(k, "they") || lower_is(k, "i") || lower_is(k, "we");
    }
    /// "it" of "it's", "we" of "we're", "they" of "they’ll": the subject pronoun of
    /// a word that holds a pronoun and a finite verb; empty for any other word.
    template <class = void>
    [[nodiscard]] std::string_view contracted_pronoun(std::uint32_t k) const {
        if (!is_word(k)) return {};
        const straight_word straight(word(k));
        const std::string_view w = straight.view();
        const std::size_t at = w.find('\'');  // the same offset in word(k): no curly mark before it
        if (at == std::string_view::npos || at == 0 || !in_set<contraction_suffixes>(w.substr(at + 1)) ||
            !in_set<contracted_subjects>(w.substr(0, at)))
            return {};
        return word(k).substr(0, at);
    }
    template <class = void>
    [[nodiscard]] bool contracted_subject(std::uint32_t k) const { return !contracted_pronoun(k).empty(); }
    template <class = void>
    [[nodiscard]] bool toks_adjacent(std::uint32_t a, std::uint32_t b) const { return tok(a).end == tok(b).begin; }
    /// Does a title line end right before token k ("A Sign Of Leadership\nMarco
    /// Rubio said")? A line whose longer words are all capitalized; the lines of
    /// hard-wrapped prose are not.
    template <class = void>
    [[nodiscard]] bool title_line_before(std::uint32_t k) const {
        if (k == 0 || !newline_between(k - 1, k)) return false;
        std::uint32_t longer = 0;
        for (std::uint32_t j = k; j-- > 0;) {
            if (is_word(j) && word(j).size() > 3) {
                if (!upper(j)) return false;
                ++longer;
            }
            if (j > 0 && newline_between(j - 1, j)) break;
        }
        return longer >= 2;
    }
    template <class = void>
    [[nodiscard]] bool newline_between(std::uint32_t a, std::uint32_t b) const {
        return paragraph->text.substr(tok(a).end, tok(b).begin - tok(a).end).find('\n') != std::string_view::npos;
    }
    template <class = void>
    [[nodiscard]] bool dash(std::uint32_t k) const {
        return tok(k).kind == token_kind::punct &&
               (is_dash(tok(k).ch) || (tok(k).ch == U'-' && tok(k).has(tf_space_before)));
    }

    [[nodiscard]] bool in_quote(std::uint32_t k) const { return (*paragraph->inside)[k] != no_token; }
    /// The quotation token k lies in (in_quote(k) must hold).
    [[nodiscard]] const quotation& quote_at(std::uint32_t k) const {
        return (*paragraph->quotes)[(*paragraph->inside)[k]];
    }
    template <class = void>
    [[nodiscard]] bool is_open_quote(std::uint32_t k) const {
        return tok(k).kind == token_kind::quote && in_quote(k) && quote_at(k).open == k;
    }
    template <class = void>
    [[nodiscard]] bool is_close_quote(std::uint32_t k) const {
        return tok(k).kind == token_kind::quote && in_quote(k) && quote_at(k).close == k;
    }
    /// Does a clause break stand right before token k: a comma, or a comma just
    /// inside the quotation that closes there ('... "New York values," saying')?
    template <class = void>
    [[nodiscard]] bool comma_before(std::uint32_t k) const {
        return k > first && (is_ch(k - 1, U',') || (k > first + 1 && is_close_quote(k - 1) && is_ch(k - 2, U',')));
    }
    /// Last token index of the quotation opening at k.
    template <class = void>
    [[nodiscard]] std::uint32_t quote_end(std::uint32_t k) const {
        const quotation& q = quote_at(k);
        return q.close == no_token ? static_cast<std::uint32_t>(paragraph->toks->size() - 1) : q.close;
    }
    /// The bytes of tokens [a, b).
    template <class = void>
    [[nodiscard]] span range(std::uint32_t a, std::uint32_t b) const { return {tok(a).begin, tok(b - 1).end}; }
};

}  // namespace newsprov::text::detail
