#pragma once
// Content parts of an attribution: trimmed, joined across a quotation's sentences,
// and the kind they make (direct, mixed, indirect).

#include <newsprov/text/attribution.hpp>
#include <newsprov/text/detail/sentence_view.hpp>

#include <cstddef>
#include <cstdint>

namespace newsprov::text::detail {

/// Sets the kind from how much of the content lies inside quotation marks.
template <class = void>
inline void set_kind(const sentence_view& s, attribution& a) {
    std::size_t in = 0;
    std::size_t out_words = 0;
    const auto& toks = *s.paragraph->toks;
    for (const span& part : a.content) {
        // tokens in the span: binary search would do; spans are short, scan from a hint
        std::size_t k = 0;
        std::size_t lo = 0;
        std::size_t hi = toks.size();
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (toks[mid].begin < part.begin)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (k = lo; k < toks.size() && toks[k].end <= part.end; ++k) {
            if (toks[k].kind != token_kind::word && toks[k].kind != token_kind::number) continue;
            if ((*s.paragraph->inside)[k] != no_token)
                ++in;
            else
                ++out_words;
        }
    }
    a.kind = in == 0 ? quote_kind::indirect : (out_words == 0 ? quote_kind::direct : quote_kind::mixed);
}

/// A content that runs to the end of its sentence inside a quotation keeps the
/// quotation's closing mark, and the stop before it ("called the system “rotten to
/// the core.”"): PolNeAR ends such a content with the quotation, as it was printed.
template <class = void>
inline void close_final_quotation(const sentence_view& s, attribution& a) {
    if (a.content.empty() || s.body_end <= s.first || s.body_end >= s.end) return;
    const std::uint32_t last = s.body_end - 1;
    if (a.content.back().end != s.tok(last).end || !s.in_quote(last)) return;
    const std::uint32_t quotation = (*s.paragraph->inside)[last];
    for (std::uint32_t k = s.body_end; k < s.end && s.is_punct(k); ++k) {
        if (s.is_close_quote(k) && (*s.paragraph->inside)[k] == quotation) {
            a.content.back().end = s.tok(k).end;
            return;
        }
    }
}

/// Adds a content part; one that continues the previous part within its line
/// (the next sentence of the same quotation) extends it, as PolNeAR marks them.
template <class = void>
inline void append_part(const sentence_view& s, attribution& a, span part) {
    if (!a.content.empty() && a.content.back().end <= part.begin) {
        bool adjacent = true;
        for (std::uint32_t i = a.content.back().end; i < part.begin && adjacent; ++i)
            adjacent = s.paragraph->text[i] == ' ' || s.paragraph->text[i] == '\t';
        if (adjacent) {
            a.content.back().end = part.end;
            return;
        }
    }
    a.content.push_back(part);
}

/// Adds the content part [b, e) without its closing punctuation and leading commas, colons or dashes.
template <class = void>
inline void add_content(const sentence_view& s, attribution& a, std::uint32_t b, std::uint32_t e) {
    while (e > b && s.is_punct(e - 1) && !s.is_close_quote(e - 1) && !s.is_ch(e - 1, U')')) --e;
    while (b < e && (s.is_ch(b, U',') || s.is_ch(b, U':') || s.dash(b))) ++b;
    if (e > b) a.content.push_back(s.range(b, e));
}

}  // namespace newsprov::text::detail
