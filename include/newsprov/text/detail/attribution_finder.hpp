#pragma once
// The attribution finder: walks one sentence at a time, continues quotations
// across sentences and paragraphs, and asks each pattern family in turn
// (text/patterns/). State that lives across sentences is named here.

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/noun_phrases.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>
#include <newsprov/text/patterns/according_to.hpp>
#include <newsprov/text/patterns/adjective_clause.hpp>
#include <newsprov/text/patterns/colon_quotation.hpp>
#include <newsprov/text/patterns/cue_site.hpp>
#include <newsprov/text/patterns/cue_verb.hpp>
#include <newsprov/text/patterns/headline.hpp>
#include <newsprov/text/patterns/noun_clause.hpp>
#include <newsprov/text/patterns/poll.hpp>
#include <newsprov/text/patterns/pull_quote.hpp>
#include <newsprov/text/patterns/question.hpp>
#include <newsprov/text/patterns/stance_phrase.hpp>
#include <newsprov/text/patterns/transcript.hpp>
#include <newsprov/text/quotes.hpp>
#include <newsprov/text/sentences.hpp>
#include <newsprov/text/sources.hpp>
#include <newsprov/text/tokens.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace newsprov::text::detail {

/// State for attribution finding across the sentences of one article.
class attribution_finder {
public:
    using paragraph_view = detail::paragraph_view;

    template <class = void>
    void reset() {
        speakers_.clear();
        awaiting_quotation_ = no_token;
        paragraph_quotation_ = bare_quotation_ = span{};
        paragraph_first_output_ = 0;
    }

    /// Finds the attributions of sentence `s` of a paragraph; appends to `out`.
    template <class = void>
    void find(const paragraph_view& p, sentence s, std::vector<attribution>& out) {
        sentence_ = sentence_view{};
        sentence_.paragraph = &p;
        sentence_.first = s.first;
        sentence_.end = s.last;
        // trailing sentence punctuation is not content
        sentence_.body_end = s.last;
        while (sentence_.body_end > sentence_.first && sentence_.is_punct(sentence_.body_end - 1) &&
               sentence_.ch(sentence_.body_end - 1) != U')')
            --sentence_.body_end;
        for (std::uint32_t j = sentence_.first; j < sentence_.body_end; ++j)
            if (sentence_.in_quote(j)) sentence_.last_quoted = j;
        earlier_ = {};
        if (s.first == 0 && credit_line(out)) return;
        if (continues_quotation(out)) {
            paragraph_quotation_ = span{};  // its quotation is someone's already
            return;
        }
        continued_quote_ = no_token;
        sentence_first_output_ = out.size();
        sentence_.subject = sentence_subject(sentence_, sentence_.end);
        {
            // a named subject is a likely referent for a later "he" or "she": keep its
            // tokens and name it only when a pronoun needs it
            const auto [b, e] = sentence_.subject;
            if ((e > b + 1 || (e == b + 1 && b > sentence_.first && is_title(sentence_.word(b - 1)))) && e - b <= 8)
                speakers_.hold_subject(sentence_, sentence_.subject);
        }
        auto emit = [&](attribution& a) { finish(a, out); };
        transcript_line(sentence_, speakers_, emit);
        pull_quotes(sentence_, speakers_, emit);
        const std::uint32_t free = find_at_words(out);
        attribution a;
        if (colon_quotation(sentence_, speakers_, free, a)) finish(a, out);
    }

    /// A paragraph starts: hand a pending "X said:" its quotation.
    template <class = void>
    void paragraph_start(const paragraph_view& p, std::vector<attribution>& out) {
        // the last paragraph was one quotation that nobody was named for: a credit
        // line opening this one may name its speaker
        bare_quotation_ = out.size() == paragraph_first_output_ ? paragraph_quotation_ : span{};
        paragraph_quotation_ = whole_quotation(p);
        paragraph_first_output_ = out.size();
        // A paragraph that opens with a quotation continues the last speaker's
        // quotation when that one quoted (direct or mixed), and is what a pending
        // "X said:" introduced; its sentences are appended in find().
        const bool opens_quote = !p.quotes->empty() && (*p.quotes)[0].open == 0;
        if (awaiting_quotation_ != no_token && awaiting_quotation_ < out.size()) {
            continued_quote_ = opens_quote ? awaiting_quotation_ : no_token;
            awaiting_quotation_ = no_token;
            return;
        }
        awaiting_quotation_ = no_token;
        if (!opens_quote || continued_quote_ == no_token || continued_quote_ >= out.size() ||
            out[continued_quote_].kind == quote_kind::indirect)
            continued_quote_ = no_token;
    }

private:
    /// '"A," he said. "B."': a sentence that is only a quotation continues the
    /// direct quote before it in the same paragraph (any kind: '"A" of B, X said.
    /// "C."' continues too), and so does one that opens with a quotation and has no
    /// cue of its own ('"C" for D.'). A paragraph that opens with such a quotation
    /// continues the previous one's. A quotation that runs past the sentence
    /// (continued across sentences or paragraphs) continues too, sentence by sentence.
    /// Appends the sentence to that attribution and returns true when it does.
    template <class = void>
    bool continues_quotation(std::vector<attribution>& out) {
        const sentence_view& s = sentence_;
        const std::uint32_t f = s.first;
        const bool starts_quoted = s.is_open_quote(f) || (s.in_quote(f) && s.quote_at(f).open < f);
        // '"PENCE: Well, ...': a transcript's new speaker does not continue the last one
        const bool new_speaker =
            f == 0 && s.is_open_quote(f) && f + 2 < s.body_end && s.upper(f + 1) &&
            (s.is_ch(f + 2, U':') || (f + 3 < s.body_end && s.upper(f + 2) && s.is_ch(f + 3, U':')));
        if (continued_quote_ == no_token || continued_quote_ >= out.size() || !starts_quoted || new_speaker)
            return false;
        const std::uint32_t quote_last = s.quote_end(s.quote_at(f).open);
        if (quote_last + 1 >= s.end) {
            attribution& prev = out[continued_quote_];
            if (prev.content.empty())
                prev.kind = quote_kind::direct;
            else if (prev.kind != quote_kind::direct)
                prev.kind = quote_kind::mixed;
            append_part(s, prev,
                        s.range(f, quote_last < s.end ? quote_last + 1 : (s.body_end > f ? s.body_end : s.end)));
            return true;
        }
        if (quote_last < s.end && !has_own_cue(s, quote_last + 1)) {
            attribution& prev = out[continued_quote_];
            const std::uint32_t e = quote_last + 1 >= s.body_end ? quote_last + 1 : s.body_end;
            const quote_kind part = quote_last + 1 >= s.body_end ? quote_kind::direct : quote_kind::mixed;
            if (prev.content.empty())
                prev.kind = part;
            else if (prev.kind != part)
                prev.kind = quote_kind::mixed;
            append_part(s, prev, s.range(f, e));
            return true;
        }
        return false;
    }

    /// The patterns that start at a word: a question ("when asked whether"), a poll
    /// ("in a CNN poll"), "according to", and cue verbs.
    /// Returns the first token that no attribution of the sentence used.
    template <class = void>
    std::uint32_t find_at_words(std::vector<attribution>& out) {
        sentence_view& s = sentence_;
        std::uint32_t next_free = s.first;  // tokens before this are used by an earlier cue in the sentence
        for (std::uint32_t k = s.first; k < s.end; ++k) {
            const token& t = s.tok(k);
            if (t.kind != token_kind::word) continue;
            // only cue words, "in", "according" and prepositions start anything below ("asked" is a cue)
            const bool preposition = t.cue == 0xFFFF && stance_preposition(s, k);
            const bool that = t.cue == 0xFFFF && t.end - t.begin == 4 && s.lower_is(k, "that");
            if (t.cue == 0xFFFF && t.end - t.begin != 2 && t.end - t.begin != 9 && !preposition && !that) continue;
            if (s.in_quote(k) || question_at(k, next_free, out)) continue;
            // a report inside a content ("X said that Y promised to ...") is part of
            // that content: PolNeAR rarely marks it as an attribution of its own
            if (k < next_free || word_family_at(k, that, preposition, next_free, out)) continue;
            cue_verb_at(k, next_free, out);
        }
        return next_free;
    }

    /// A question at k ("when asked whether ..."): true when one was read there,
    /// found or not.
    template <class = void>
    bool question_at(std::uint32_t k, std::uint32_t next_free, std::vector<attribution>& out) {
        attribution a;
        const verdict question = asked_question(sentence_, speakers_, k, next_free, a);
        if (question == verdict::found) {
            finish(a, out);
            continued_quote_ = no_token;
        }
        return question != verdict::try_next;
    }

    /// The families that start at a word other than a cue verb: a poll ("in a CNN
    /// poll"), "according to", "the claim that", "railed against". True when the
    /// word opens one of them, found or not.
    template <class = void>
    bool word_family_at(std::uint32_t k, bool that, bool preposition, std::uint32_t& next_free,
                        std::vector<attribution>& out) {
        sentence_view& s = sentence_;
        const char c0 = s.paragraph->text[s.tok(k).begin];
        std::uint32_t used = 0;
        if ((c0 == 'i' || c0 == 'I') && s.lower_is(k, "in") && k + 2 < s.body_end) {
            attribution a;
            if (poll_in(s, speakers_, k, a, used)) {
                finish(a, out);
                next_free = used;
                return true;
            }
        }
        using word_family = bool (*)(const sentence_view&, speaker_tracker&, std::uint32_t, attribution&,
                                     std::uint32_t&);
        word_family family = nullptr;
        if ((c0 == 'a' || c0 == 'A') && s.lower_is(k, "according") && k + 1 < s.end && s.lower_is(k + 1, "to"))
            family = according_to<>;
        else if (that)
            family = that_clause<>;
        else if (preposition)
            family = stance_phrase<>;
        if (family == nullptr) return false;
        attribution a;
        if (family(s, speakers_, k, a, used)) {
            finish(a, out);
            next_free = used;
        }
        return true;
    }

    /// A cue verb at k: capitalized only right after an opening quotation mark
    /// ("'Yes,' Said ..." is rare), in a headline, or as the "Asked" or "Said"
    /// opening a sentence ('Said Comey, "..."').
    template <class = void>
    void cue_verb_at(std::uint32_t k, std::uint32_t& next_free, std::vector<attribution>& out) {
        sentence_view& s = sentence_;
        if (s.tok(k).has(tf_upper) && !(k == s.first + 1 && s.tok(s.first).kind == token_kind::quote) &&
            !headline_cue(s, k) && !(k == s.first && (s.lower_is(k, "asked") || s.lower_is(k, "said"))))
            return;
        const cue_match m = s.cue_at(k);
        if (!m) return;
        attribution a;  // only for cue words: most words are not
        std::uint32_t used = 0;
        const cue_result result = cue_verb(s, speakers_, earlier_, k, m, a, used);
        if (result == cue_result::none) return;
        if (result == cue_result::awaits_quotation) {
            out.push_back(std::move(a));
            awaiting_quotation_ = out.size() - 1;
            continued_quote_ = no_token;
        } else {
            finish(a, out);
        }
        earlier_.source = out.back().source.empty() ? span{} : out.back().source.front();
        earlier_.speaker = out.back().speaker;
        next_free = used;
    }

    /// The paragraph's text when it is one closed quotation and closing
    /// punctuation, else an empty span.
    template <class = void>
    [[nodiscard]] static span whole_quotation(const paragraph_view& p) {
        if (p.quotes->empty() || p.toks->empty()) return {};
        const quotation& q = p.quotes->front();
        if (q.open != 0 || q.close == no_token) return {};
        for (std::size_t k = q.close + 1; k < p.toks->size(); ++k)
            if ((*p.toks)[k].kind != token_kind::punct) return {};
        return {(*p.toks)[0].begin, (*p.toks)[q.close].end};
    }

    /// '"We need jobs."' then a paragraph "- Ana Ruiz.": a dash and one to five
    /// capitalized words credit the quotation of the paragraph before.
    template <class = void>
    bool credit_line(std::vector<attribution>& out) {
        const sentence_view& s = sentence_;
        if (bare_quotation_.end <= bare_quotation_.begin || s.first + 1 >= s.body_end) return false;
        const std::uint32_t d = s.first;
        const std::uint32_t names = s.dash(d) || s.is_ch(d, U'-') ? d + 1 : d;
        std::uint32_t n = names;
        while (n < s.body_end && n < names + 6 &&
               (s.upper(n) || (s.is_ch(n, U'.') && n > names && s.toks_adjacent(n - 1, n))))
            ++n;
        if (names == d || n == names || n != s.body_end) return false;
        attribution a;
        a.content.push_back(bare_quotation_);
        a.cue.push_back(s.range(d, names));
        speakers_.set_source(s, a, names, n);
        a.kind = quote_kind::direct;
        out.push_back(std::move(a));
        bare_quotation_ = span{};
        return true;
    }

    template <class = void>
    void finish(attribution& a, std::vector<attribution>& out) {
        set_kind(sentence_, a);
        close_final_quotation(sentence_, a);
        const bool has_content = !a.content.empty();
        const bool quoted = a.kind != quote_kind::indirect;
        out.push_back(std::move(a));
        // '"A," she said, adding that B. "C."': C continues the quotation, not the
        // paraphrase that came after it in the same sentence
        if (continued_quote_ != no_token && continued_quote_ >= sentence_first_output_ &&
            continued_quote_ < out.size() - 1 && out[continued_quote_].kind != quote_kind::indirect && !quoted)
            return;
        continued_quote_ = has_content ? out.size() - 1 : no_token;
    }

    sentence_view sentence_;    ///< the sentence being searched
    earlier_cue earlier_;       ///< the source of the sentence's latest cue verb
    speaker_tracker speakers_;  ///< who has spoken in the article so far
    /// index in `out` of an "X said:" that ended its paragraph, waiting for the next one's quotation
    std::size_t awaiting_quotation_ = no_token;
    /// index in `out` of the attribution whose quotation the next sentence may continue
    std::size_t continued_quote_ = no_token;
    std::size_t sentence_first_output_ = 0;  ///< index in `out` of the current sentence's first attribution
    span paragraph_quotation_{};              ///< the current paragraph when it is one quotation (whole_quotation)
    std::size_t paragraph_first_output_ = 0;  ///< index in `out` of the current paragraph's first attribution
    span bare_quotation_{};                   ///< the last paragraph's quotation, when no one was named for it
};

}  // namespace newsprov::text::detail
