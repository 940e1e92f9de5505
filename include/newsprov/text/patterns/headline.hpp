#pragma once
// Headlines in title case ("Rubio Says Reform Was A Sign Of Leadership"), where a
// capitalized speech verb is a cue.

#include <newsprov/text/cues.hpp>
#include <newsprov/text/detail/sentence_view.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// "Rubio Says Reform Was A Sign Of Leadership": in a title-case headline a
/// capitalized speech verb is a cue. A headline has three or more longer words,
/// nearly all capitalized; the answer is kept in the sentence.
template <class = void>
[[nodiscard]] inline bool headline_cue(sentence_view& s, std::uint32_t k) {
    const cue_match m = s.cue_at(k);
    if (!m || m.lemma->cls != cue_class::speech || m.lemma->rule != cue_rule::always || k == s.first) return false;
    if (s.headline == headline_test::not_asked) {
        std::uint32_t words = 0;
        std::uint32_t caps = 0;
        for (std::uint32_t j = s.first; j < s.end; ++j)
            if (s.is_word(j) && s.tok(j).end - s.tok(j).begin > 3) {
                ++words;
                if (s.upper(j)) ++caps;
            }
        s.headline = words >= 3 && caps * 10 >= words * 9 ? headline_test::headline : headline_test::not_headline;
    }
    return s.headline == headline_test::headline;
}

}  // namespace newsprov::text::detail
