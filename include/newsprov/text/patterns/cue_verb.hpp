#pragma once
// A cue verb ("said", "has warned", "told reporters"): the patterns around it,
// tried in order.

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/cues.hpp>
#include <newsprov/text/detail/cue_span.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>
#include <newsprov/text/patterns/asked_opener.hpp>
#include <newsprov/text/patterns/content_before_cue.hpp>
#include <newsprov/text/patterns/contracted.hpp>
#include <newsprov/text/patterns/cue_before_content.hpp>
#include <newsprov/text/patterns/cue_site.hpp>
#include <newsprov/text/patterns/headline.hpp>
#include <newsprov/text/patterns/left_source.hpp>
#include <newsprov/text/patterns/passive_agent.hpp>

#include <cstdint>
#include <optional>

namespace newsprov::text::detail {

/// The attribution around the cue verb at k, in `a`; `used` is set one past the
/// tokens it took (a report inside a content is part of that content).
/// `earlier` is the source of the sentence's previous attribution.
template <class = void>
[[nodiscard]] inline cue_result cue_verb(sentence_view& s, speaker_tracker& speakers, const earlier_cue& earlier,
                                         std::uint32_t k, const cue_match& m, attribution& a, std::uint32_t& used) {
    std::optional<cue_site> read = read_cue_site(s, k, m);
    if (!read) return cue_result::none;
    cue_site& site = *read;
    // "Asked whether C, she said ...": the question, with no source
    if (const verdict v = asked_opener(s, site, a, used); v != verdict::try_next)
        return v == verdict::found ? cue_result::found : cue_result::none;
    // "He's claiming that C"
    if (const verdict v = contracted_pronoun(s, speakers, site, a, used); v != verdict::try_next)
        return v == verdict::found ? cue_result::found : cue_result::none;
    // "X was criticized by Y", "a bill opposed by Y"
    if (const verdict v = passive_agent(s, speakers, site, a, used); v != verdict::try_next)
        return v == verdict::found ? cue_result::found : cue_result::none;
    // "It was reported that C"
    if (const verdict v = impersonal_passive(s, site, a, used); v != verdict::try_next)
        return v == verdict::found ? cue_result::found : cue_result::none;
    site.begin = site.progressive || site.expected ? cue_left(s, site.be_before) : cue_left(s, k);
    // a passive: "was asked", "was not told", "aren't admitted", "as it's currently written"
    if (site.form == verb_form::past && !site.expected && passive_auxiliary(s, k) != k) return cue_result::none;
    if (s.upper(k) && k > s.first && !(k == s.first + 1 && s.tok(s.first).kind == token_kind::quote) &&
        !headline_cue(s, k))
        return cue_result::none;  // "Said" as a name
    // '"C," said X.'
    if (const verdict v = source_after_cue(s, speakers, site, a, used); v != verdict::try_next)
        return v == verdict::found ? cue_result::found : cue_result::none;
    std::optional<left_source> source = find_left_source(s, site, earlier);
    if (!source) return cue_result::none;
    document_participle(s, site, *source);
    // '"C," X said.'
    if (const verdict v = source_before_cue(s, speakers, site, *source, a, used); v != verdict::try_next)
        return v == verdict::found ? cue_result::found : cue_result::none;
    // "X said (that) C."
    return cue_before_content(s, speakers, site, *source, earlier, a, used);
}

}  // namespace newsprov::text::detail
