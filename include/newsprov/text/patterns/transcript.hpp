#pragma once
// Transcripts: "NAME: what they said" opening a paragraph.

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/detail/speaker_tracker.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// "NAME: text" (transcripts, headlines): a short capitalized speaker, a colon, what they said.
template <class Emit>
void transcript_line(const sentence_view& s, speaker_tracker& speakers, Emit&& emit) {
    if (s.first != 0) return;  // only a paragraph's first sentence
    // a transcript quoted as a whole: '"PENCE: Well, ...'
    const std::uint32_t b =
        s.tok(s.first).kind == token_kind::quote && s.is_open_quote(s.first) ? s.first + 1 : s.first;
    std::uint32_t c = b;
    while (c < s.body_end && c < b + 4 && (s.upper(c) || (s.is_ch(c, U'.') && c > b))) ++c;
    if (c == b || c + 1 >= s.body_end || !s.is_ch(c, U':') || (s.in_quote(c) && b == s.first)) return;
    if (s.is_word(c - 1) && (s.in<days>(c - 1) || in_set_exact<months_short>(s.word(c - 1)))) return;
    // headlines ("The Latest: ...", "Clinton: 1,769") are not speech: a speaker is
    // not "The ...", and says a sentence of six words or more
    if (s.lower_is(b, "the") || s.lower_is(b, "a") || (c == b + 1 && s.in<notice_labels>(b))) return;
    std::uint32_t words = 0;
    for (std::uint32_t j = c + 1; j < s.body_end && words < 6; ++j)
        if (s.is_word(j)) ++words;
    if (words < 6) return;
    attribution a;
    a.cue.push_back(s.range(c, c + 1));
    speakers.set_source(s, a, b, c);
    add_content(s, a, c + 1, s.body_end);
    if (!a.content.empty()) emit(a);
}

}  // namespace newsprov::text::detail
