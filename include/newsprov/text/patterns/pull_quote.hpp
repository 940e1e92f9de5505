#pragma once
// Pull quotes credited with a dash: '"We need jobs." - Ana Ruiz'.

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// Pull quotes credited with a dash: '"We need jobs." ― Ana Ruiz'. A closed
/// quotation, a dash, then one to five capitalized words ending the sentence,
/// the line or before the next quotation.
template <class Emit>
void pull_quotes(const sentence_view& s, speaker_tracker& speakers, Emit&& emit) {
    for (const quotation& q : *s.paragraph->quotes) {  // the paragraph's quotations, not its tokens
        const std::uint32_t k = q.close;
        if (k == no_token || k < s.first || k + 2 >= s.end || !s.is_close_quote(k)) continue;
        std::uint32_t d = k + 1;
        if (s.is_ch(d, U',')) ++d;
        if (d >= s.end || !(s.dash(d) || (s.is_ch(d, U'-') && d + 1 < s.end && s.is_ch(d + 1, U'-')))) continue;
        std::uint32_t n = s.is_ch(d, U'-') && s.is_ch(d + 1, U'-') ? d + 2 : d + 1;
        const std::uint32_t nb = n;
        while (n < s.end && n < nb + 6 && (s.upper(n) || (s.is_ch(n, U'.') && n > nb && s.toks_adjacent(n - 1, n))))
            ++n;
        const bool ends = n >= s.body_end || s.is_open_quote(n) || (s.is_punct(n) && !s.is_ch(n, U','));
        if (n == nb || n > nb + 5 || !ends) continue;
        attribution a;
        const std::uint32_t open = s.quote_at(k).open;
        if (open < s.first) continue;
        a.content.push_back(s.range(open, k + 1));
        a.cue.push_back(s.range(d, nb));
        speakers.set_source(s, a, nb, n);
        emit(a);
    }
}

}  // namespace newsprov::text::detail
