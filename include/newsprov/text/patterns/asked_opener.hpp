#pragma once
// A question put to the sentence's subject: "Asked on Monday whether C, she said
// ...", "When asked about C, he ...". PolNeAR marks the question as reported with
// no source; the answer that follows is an attribution of its own.

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/content_parts.hpp>
#include <newsprov/text/detail/sentence_view.hpp>
#include <newsprov/text/patterns/cue_site.hpp>

#include <cstdint>

namespace newsprov::text::detail {

/// Does a question start at k ("whether", "about", "what", "to", ...)?
template <class = void>
[[nodiscard]] inline bool opens_question(const sentence_view& s, std::uint32_t k) {
    return s.lower_is(k, "whether") || s.lower_is(k, "if") || s.lower_is(k, "about") || s.lower_is(k, "what") ||
           s.lower_is(k, "who") || s.lower_is(k, "why") || s.lower_is(k, "how") || s.lower_is(k, "where") ||
           s.lower_is(k, "which") || s.lower_is(k, "when") || s.lower_is(k, "to");
}

/// "Asked (on Fox News) whether C, X said ...": the cue is "Asked" opening the
/// sentence (or after "When"), the content the question up to the comma.
template <class = void>
[[nodiscard]] inline verdict asked_opener(const sentence_view& s, const cue_site& site, attribution& a,
                                          std::uint32_t& used) {
    const std::uint32_t k = site.verb;
    const bool opens = k == s.first || (k == s.first + 1 && s.lower_is(s.first, "when"));
    if (!opens || site.entry().lemma != "ask" || site.form != verb_form::past) return verdict::try_next;
    // ("Asked a direct question about ...": an object is the question too)
    std::uint32_t c = site.complement_start;
    const bool object = c < s.body_end && (s.lower_is(c, "a") || s.lower_is(c, "the"));
    // skip a place or an occasion where it was asked ("on Fox News", "at the forum")
    const std::uint32_t limit = c + 6;
    while (!object && c < s.body_end && c < limit && !opens_question(s, c) && s.is_word(c) && !s.in_quote(c)) ++c;
    if (c >= s.body_end || !(object || opens_question(s, c))) return verdict::rejected;
    std::uint32_t e = c;
    while (e < s.body_end && !(s.is_ch(e, U',') && !s.in_quote(e))) ++e;
    if (e >= s.body_end || e == c) return verdict::rejected;  // no main clause after the question
    a.cue.push_back(s.range(k, k + 1));
    add_content(s, a, c, e);
    used = e;
    return a.content.empty() ? verdict::rejected : verdict::found;
}

}  // namespace newsprov::text::detail
