#pragma once
// A contracted auxiliary: "He's claiming that ...", "she's said ...".

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/attribution_words.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/cue_span.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>
#include <newsprov/text/patterns/cue_site.hpp>
#include <newsprov/text/sources.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsprov::text::detail {

/// "He's claiming that C": the cue starts at the apostrophe ("'s claiming"), the
/// source is the pronoun before it, the content follows the cue.
template <class = void>
[[nodiscard]] inline verdict contracted_pronoun(const sentence_view& s, const speaker_tracker& speakers,
                                                const cue_site& site, attribution& a, std::uint32_t& used) {
    const cue_lemma& entry = site.entry();
    if ((site.form == verb_form::ing || site.form == verb_form::past) && site.contracted &&
        !s.toks_adjacent(site.contraction, site.contraction + 1)) {
        const std::uint32_t word = site.contraction;
        const std::string_view pronoun = apostrophe_s_stem(s.word(word));
        const std::uint32_t c = site.complement_start;
        // ("it's written": a passive)
        const bool passive = site.form == verb_form::past && is_contraction_of_is(s, word);
        if (!pronoun.empty() && !passive && is_pronoun(pronoun) && c < s.body_end &&
            (s.in<complementizers>(c) || s.lower_is(c, "to") || s.is_open_quote(c) || entry.rule == cue_rule::always ||
             entry.rule == cue_rule::object)) {
            const std::uint32_t e = content_end(s, c);
            if (e > c) {
                const std::uint32_t apostrophe = s.tok(word).begin + static_cast<std::uint32_t>(pronoun.size());
                a.cue.push_back({apostrophe, s.tok(site.end - 1).end});
                a.source.push_back({s.tok(word).begin, apostrophe});
                a.speaker = speakers.resolve(std::string{pronoun});
                add_content(s, a, c, e);
                used = e;
                return a.content.empty() ? verdict::rejected : verdict::found;
            }
        }
    }
    return verdict::try_next;
}

}  // namespace newsprov::text::detail
