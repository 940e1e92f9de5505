#pragma once
// Who has spoken so far in an article: names a source phrase, resolves "he" and
// "Rubio" to the earlier speaker they refer to, and keeps a sentence's named
// subject until a pronoun needs it.

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/attribution_words.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/sources.hpp>
#include <newsprov/text/tokens.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsprov::text::detail {

class speaker_tracker {
   public:
    template <class = void>
    void clear() {
        memory_.clear();
        pending_subject_.clear();
    }

    /// Keeps the tokens of a sentence's named subject, a likely referent for a later
    /// "he" or "she"; it is named only when a pronoun needs it.
    template <class = void>
    void hold_subject(const sentence_view& s, token_range subject) {
        pending_subject_.assign(s.paragraph->toks->begin() + subject.begin, s.paragraph->toks->begin() + subject.end);
    }

    /// The earlier speaker `name` refers to ("he", "Rubio"), or `name` itself.
    template <class = void>
    [[nodiscard]] std::string resolve(const std::string& name) const { return memory_.resolve(name); }

    /// Makes tokens [b, e) of the sentence (without trailing punctuation) the source
    /// of `a`, and names its speaker.
    template <class = void>
    void set_source(const sentence_view& s, attribution& a, std::uint32_t b, std::uint32_t e) {
        e = source_phrase_end(s, b, e);
        // trim trailing commas
        while (e > b && s.is_punct(e - 1) && !s.is_ch(e - 1, U')')) --e;
        if (e <= b) return;
        a.source.push_back(s.range(b, e));
        // "I've been saying", "she's tacked left": the pronoun without its auxiliary
        const std::string_view contracted = e - b == 1 ? s.contracted_pronoun(b) : std::string_view{};
        if (!contracted.empty())
            a.source.back().end = a.source.back().begin + static_cast<std::uint32_t>(contracted.size());
        const std::string_view first_word = contracted.empty() ? s.word(b) : contracted;
        std::string name = canonical_name(s.paragraph->text, *s.paragraph->toks, b, e);
        const bool pron = e - b == 1 && is_pronoun(first_word);
        if (pron) name_pending_subject(s.paragraph->text);
        std::string resolved = memory_.resolve(pron ? std::string{first_word} : name);
        // "..., by Rubio, who expressed that ...": a relative pronoun's speaker is the
        // name just before its comma, not the last one remembered
        if (pron && (s.lower_is(b, "who") || s.lower_is(b, "whom"))) {
            if (std::string antecedent = name_before_comma(s, b); !antecedent.empty())
                resolved = memory_.resolve(antecedent);
        }
        const bool person = !resolved.empty() && resolved.find(' ') != std::string::npos && s.upper(b) &&
                            !is_office_noun(s.word(e - 1));
        if (!pron) {
            pending_subject_.clear();  // a named source is more recent than any pending subject
            memory_.remember(resolved, person || (e - b == 1 && s.upper(b)));
        }
        a.speaker = std::move(resolved);
    }

   private:
    /// "Clinton, after the scandal broke, said": a circumstance set off by a comma
    /// after the source phrase is not part of it (an appositive or a relative
    /// clause is: annotators keep "Lee, who chairs the panel,").
    template <class = void>
    [[nodiscard]] static std::uint32_t source_phrase_end(const sentence_view& s, std::uint32_t b, std::uint32_t e) {
        bool comma = false;
        for (std::uint32_t j = b + 1; j + 1 < e; ++j) {
            if (s.is_ch(j, U',') && (s.in<source_circumstances>(j + 1) || participle_phrase_at(s, j + 1))) return j;
            comma = comma || s.is_ch(j, U',');
            if (!comma && s.upper(j - 1) && time_after_speaker(s, j)) return j;
        }
        return e;
    }

    /// "The Sanders campaign on Monday said", "Trump in his speech said", "Lee at
    /// the time said": a time or an occasion right after a name (not after an
    /// appositive's comma: "Elleithee, an aide during her 2008 run,").
    template <class = void>
    [[nodiscard]] static bool time_after_speaker(const sentence_view& s, std::uint32_t j) {
        if (s.lower_is(j, "on") && s.in<days>(j + 1)) return true;
        const bool possessive = s.lower_is(j + 1, "his") || s.lower_is(j + 1, "her") || s.lower_is(j + 1, "their") ||
                                s.lower_is(j + 1, "its");
        if ((s.lower_is(j, "in") || s.lower_is(j, "during")) && possessive) return true;
        return s.lower_is(j, "at") && s.lower_is(j + 1, "the") && j + 2 < s.body_end && s.lower_is(j + 2, "time");
    }

    /// "Lee, citing a report, said": a participle phrase after the comma is what the
    /// speaker did, not who the speaker is ("including" lists members, and stays, and
    /// so does a title: "managing director of", "ranking member of").
    template <class = void>
    [[nodiscard]] static bool participle_phrase_at(const sentence_view& s, std::uint32_t k) {
        return s.is_word(k) && !s.upper(k) && s.word(k).size() > 5 && s.word(k).ends_with("ing") &&
               !s.lower_is(k, "including") && !s.lower_is(k, "according") && !s.in<title_participles>(k);
    }

    /// The name (capitalized words) ending at the comma before token `k`, or "".
    template <class = void>
    [[nodiscard]] static std::string name_before_comma(const sentence_view& s, std::uint32_t k) {
        if (k < s.first + 2 || !s.is_ch(k - 1, U',')) return {};
        std::uint32_t b = k - 1;
        while (b > s.first && k - 1 - b < 5 &&
               (s.upper(b - 1) || (s.is_ch(b - 1, U'.') && b - 1 > s.first && s.upper(b - 2))))
            --b;
        if (b == k - 1) return {};
        return canonical_name(s.paragraph->text, *s.paragraph->toks, b, k - 1);
    }

    /// Names the latest sentence subject held (see hold_subject) and remembers it.
    template <class = void>
    void name_pending_subject(std::string_view text) {
        if (pending_subject_.empty()) return;
        std::string name = canonical_name(text, pending_subject_, 0, pending_subject_.size());
        pending_subject_.clear();
        if (name.find(' ') != std::string::npos) memory_.remember(memory_.resolve(name), true);
    }

    speaker_memory memory_;
    std::vector<token> pending_subject_;  ///< a sentence's named subject, not yet named (see hold_subject)
};

}  // namespace newsprov::text::detail
