#pragma once
// A quotation after a colon, spoken by the sentence's subject: "Kasich resisted:
// 'C'", "Smith shot back: 'C'", "Blumenthal and Cohen: 'C'". The words between the
// subject and the colon are the cue (none when the colon follows the names).

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/cue_span.hpp>
#include <newsprov/text/detail/noun_phrases.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// The capitalized names ending at token `end` ("Mark Lee and Ann Cole", "Sen.
/// Ann Cole"), or none.
template <class = void>
[[nodiscard]] inline token_range names_before(const sentence_view& s, std::uint32_t end) {
    std::uint32_t b = end;
    while (b > s.first && end - b < 10 &&
           (s.upper(b - 1) || (s.is_ch(b - 1, U'.') && b - 1 > s.first && s.toks_adjacent(b - 2, b - 1)) ||
            (s.lower_is(b - 1, "and") && b < end && b - 1 > s.first && s.upper(b - 2))))
        --b;
    if (b == end || !s.upper(b)) return {};
    return {b, end};
}

/// The first colon at or after `from` that opens a quotation, outside quotation
/// marks, with a named speaker before it; the attribution in `a`.
template <class = void>
[[nodiscard]] inline bool colon_quotation(const sentence_view& s, speaker_tracker& speakers, std::uint32_t from,
                                          attribution& a) {
    for (std::uint32_t k = from > s.first ? from : s.first + 1; k + 1 < s.end; ++k) {
        if (!s.is_ch(k, U':') || s.in_quote(k) || !s.is_open_quote(k + 1)) continue;
        // "... agree - Mark Lee and Ann Cole: '...'": names right before the colon speak;
        // else the name or pronoun opening the main clause
        token_range who = names_before(s, k);
        // "O'Malley interjected: '...'": a name and one verb
        if (who.empty() && k > s.first + 1 && s.is_word(k - 1) && !s.upper(k - 1)) who = names_before(s, k - 1);
        if (who.empty()) who = s.subject;
        if (who.empty() || who.end > k) return false;
        // a short predicate only: a long one holds a report of its own or none
        if (k - who.end > 12 || who.begin < from) return false;
        // ("He told his audience, to rowdy applause: '...'": the cue verb, without its
        // addressee and circumstances, when the predicate has one)
        std::uint32_t cue_end = k;
        for (std::uint32_t v = who.end; v < k; ++v)
            if (s.is_word(v) && !s.upper(v) && s.cue_at(v) && cue_left(s, v) == who.end) {
                cue_end = v + 1;
                break;
            }
        if (who.end < k) a.cue.push_back(s.range(who.end, cue_end));
        speakers.set_source(s, a, who.begin, who.end);
        const std::uint32_t quote_last = s.quote_end(k + 1);
        add_content(s, a, k + 1, quote_last + 1 > s.end ? s.end : quote_last + 1);
        return !a.content.empty();
    }
    return false;
}

}  // namespace newsprov::text::detail
