#pragma once
// "According to X, C" and "C, according to X".

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/clauses.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/noun_phrases.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>

#include <cstddef>
#include <cstdint>

namespace newsprov::text::detail {

/// "According to X, C." / "C, according to X." / "C, according to X, C2." with "according" at k.
[[nodiscard]] inline bool according_to(const sentence_view& s, speaker_tracker& speakers, std::uint32_t k, attribution& a,
                                      std::uint32_t& used) {
    const std::uint32_t sb = k + 2;
    const std::uint32_t se = np_right(s, sb, false);
    if (se <= sb) return false;
    a.cue.push_back(s.range(k, k + 2));
    speakers.set_source(s, a, sb, se);
    // before "according": content from the sentence start (or after a leading comma phrase)
    std::uint32_t left_end = k;
    while (left_end > s.first && s.is_punct(left_end - 1) && !s.is_close_quote(left_end - 1)) --left_end;
    if (left_end > s.first + 1) {
        add_content(s, a, s.first, left_end);
        if (se < s.body_end && s.is_ch(se, U',') && se + 1 < s.body_end) add_content(s, a, se + 1, content_end(s, se + 1));
    } else {
        std::uint32_t b = se;
        if (b < s.body_end && s.is_ch(b, U',')) ++b;
        if (b < s.body_end) add_content(s, a, b, content_end(s, b));
    }
    used = se;
    // "According to MSNBC, basically.": one word reports nothing
    std::size_t words = 0;
    for (const span& part : a.content)
        for (std::uint32_t t = s.first; t < s.body_end; ++t)
            if (s.tok(t).begin >= part.begin && s.tok(t).end <= part.end && (s.is_word(t) || s.tok(t).kind == token_kind::number)) ++words;
    return words >= 2;
}

}  // namespace newsprov::text::detail
