#pragma once
// Questions put to someone: "When asked whether C, ...", "Lopez was asked about C",
// "asked by a reporter whether C".

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/attribution_words.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>
#include <newsprov/text/patterns/cue_site.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// "asked" at k opening a question: the cue is "(was) asked (about)", the content the
/// question up to a comma, the source only a named asker ("asked by a reporter").
/// `next_free`: tokens before it belong to an earlier attribution of the sentence.
/// Returns try_next when "asked" opens no question here, rejected for a question
/// without content.
template <class = void>
[[nodiscard]] inline verdict asked_question(const sentence_view& s, speaker_tracker& speakers, std::uint32_t k,
                                            std::uint32_t next_free, attribution& a) {
    const char c0 = s.paragraph->text[s.tok(k).begin];
    // "Lopez was asked whether ...": the passive names the one asked, not the
    // asker; PolNeAR marks "was asked" and the question, without a source
    const bool asked = (c0 == 'a' || c0 == 'A') && s.lower_is(k, "asked") && k + 1 < s.body_end && !s.in_quote(k + 1);
    const bool passive_ask =
        asked && k > s.first && k >= next_free && !s.lower_is(k + 1, "to") &&
        (s.lower_is(k - 1, "was") || s.lower_is(k - 1, "were") || s.lower_is(k - 1, "is") || s.lower_is(k - 1, "are"));
    if (!asked ||
        !(k == s.first || s.lower_is(k - 1, "when") || s.lower_is(k - 1, "if") || s.is_ch(k - 1, U',') || passive_ask))
        return verdict::try_next;
    // "When asked whether ...": a question without a named asker
    std::uint32_t c = k + 1;
    std::uint32_t asker_begin = 0;
    std::uint32_t asker_end = 0;
    if (s.lower_is(c, "by")) {  // "asked by a reporter whether"
        asker_begin = c + 1;
        asker_end = asker_begin;
        while (asker_end < s.body_end && asker_end < asker_begin + 6 && !s.in<complementizers>(asker_end) &&
               !s.lower_is(asker_end, "about") && !s.is_punct(asker_end))
            ++asker_end;
        c = asker_end;
    }
    if (!(c < s.body_end && (s.in<complementizers>(c) || s.lower_is(c, "about") || s.lower_is(c, "to"))))
        return verdict::try_next;
    const std::uint32_t content_start = s.lower_is(c, "about") ? c + 1 : c;
    a.cue.push_back(s.range(passive_ask ? k - 1 : k, s.lower_is(c, "about") ? c + 1 : k + 1));
    if (asker_end > asker_begin) speakers.set_source(s, a, asker_begin, asker_end);
    std::uint32_t e = content_start;
    while (e < s.body_end && !s.is_ch(e, U',')) {
        if (s.is_open_quote(e)) {
            e = s.quote_end(e);
            // '... "realistic enough," 72 percent said': the comma inside the quotation
            if (s.is_ch(e - 1, U',')) {
                ++e;
                break;
            }
        }
        ++e;
    }
    if (e <= content_start) return verdict::rejected;
    add_content(s, a, content_start, e);
    return verdict::found;
}

}  // namespace newsprov::text::detail
