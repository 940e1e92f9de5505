#pragma once
// Quotation-mark pairing.
//
// Pairs opening and closing marks of compatible styles within a paragraph:
// curly “…”, straight "…", twin ''…'' and ``…'', guillemets «…», and single
// marks ‘…’ / '…' (nested inside a double quotation or on their own). A
// quotation left open at the end of a paragraph whose successor opens with a
// quotation mark continues there (news style: the closing mark is omitted, the
// opening one repeated). Apostrophes (Ukraine’s, don’t, ’90s) never reach this
// stage: the tokenizer glues them to their word. One pass, O(marks).

#include <newsprov/text/tokens.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace newsprov::text {

inline constexpr std::uint32_t no_token = std::numeric_limits<std::uint32_t>::max();

/// One paired quotation inside a paragraph, by token index.
struct quotation {
    std::uint32_t open = no_token;   ///< token index of the opening mark
    std::uint32_t close = no_token;  ///< token index of the closing mark; no_token when it runs to the paragraph end
    std::uint8_t depth = 0;          ///< 0 outermost, 1 nested
    bool single = false;             ///< single marks (‘…’ or '…')
    bool continued = false;          ///< continues a quotation from the previous paragraph
    bool continues = false;          ///< left open: continues into the next paragraph
};

namespace detail {
[[nodiscard]] constexpr bool is_double_style(quote_style s) noexcept {
    return s == quote_style::double_curly || s == quote_style::double_straight || s == quote_style::double_twin ||
           s == quote_style::guillemet;
}
}  // namespace detail

/// True when the paragraph starting at byte `i` opens with a double quotation mark.
template <class = void>
[[nodiscard]] inline bool opens_with_quote(std::string_view text, std::size_t i) noexcept {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) return false;
    if (text[i] == '"' || (text[i] == '`' && i + 1 < text.size() && text[i + 1] == '`') ||
        (text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\''))
        return true;
    const utf8::decoded d = utf8::decode(text, i);
    return d.cp == U'\u201C' || d.cp == U'\u00AB' || d.cp == U'\u201E';
}

namespace detail {

/// The quotation marks still open while a paragraph is read (token indexes).
struct open_marks {
    std::uint32_t double_at = no_token;
    std::uint32_t single_at = no_token;
    bool double_continued = false;  ///< the double one continues the previous paragraph's
};

/// A double mark at k: it closes the open double quotation (into `out`) when
/// it can and their styles agree, or opens one.
template <class = void>
inline void on_double_mark(const std::vector<token>& toks, std::uint32_t k, bool continued_in, open_marks& open,
                           std::vector<quotation>& out) {
    const token& t = toks[k];
    if (open.double_at != no_token) {
        const bool compatible =
            toks[open.double_at].style == t.style ||
            (toks[open.double_at].style != quote_style::guillemet && t.style != quote_style::guillemet);
        if (t.has(tf_can_close) && compatible) {
            quotation q;
            q.open = open.double_at;
            q.close = k;
            q.continued = open.double_continued;
            out.push_back(q);
            open = open_marks{};
        } else if (t.has(tf_can_open)) {
            // an unclosed quotation: forget it and start again here
            open = open_marks{k, no_token, false};
        }
    } else if (t.has(tf_can_open)) {
        open = open_marks{k, no_token, continued_in && out.empty()};
    }
}

/// A single mark at k: it closes the open single quotation, kept in `out` only
/// outside a double one (nested ones stay inside theirs), or opens one.
template <class = void>
inline void on_single_mark(const token& t, std::uint32_t k, open_marks& open, std::vector<quotation>& out) {
    if (open.single_at != no_token && t.has(tf_can_close)) {
        quotation q;
        q.open = open.single_at;
        q.close = k;
        q.single = true;
        if (open.double_at == no_token) out.push_back(q);
        open.single_at = no_token;
    } else if (t.has(tf_can_open) && (!t.has(tf_can_close) || t.has(tf_space_before))) {
        open.single_at = k;
    }
}

/// Outer quotations in order of their opening mark (singles at depth 0 may
/// interleave; the list is nearly sorted, so insertion sort).
template <class = void>
inline void sort_by_opening(std::vector<quotation>& out) noexcept {
    for (std::size_t a = 1; a < out.size(); ++a) {
        quotation q = out[a];
        std::size_t b = a;
        while (b > 0 && out[b - 1].open > q.open) {
            out[b] = out[b - 1];
            --b;
        }
        out[b] = q;
    }
}

/// Per token, the index of the outermost quotation containing it (no_token outside).
template <class = void>
inline void mark_inside(const std::vector<quotation>& out, std::uint32_t n, std::vector<std::uint32_t>& inside) {
    inside.assign(n, no_token);
    std::uint32_t last_end = 0;
    for (std::size_t qi = 0; qi < out.size(); ++qi) {
        const quotation& q = out[qi];
        const std::uint32_t last = q.close == no_token ? n - 1 : q.close;
        if (q.open < last_end) continue;  // overlapping single inside a double: keep the first
        for (std::uint32_t k = q.open; k <= last && k < n; ++k) inside[k] = static_cast<std::uint32_t>(qi);
        last_end = last + 1;
    }
}

}  // namespace detail

/// Pairs the quotation marks among `toks` (one paragraph). `continued_in` says
/// whether the previous paragraph left a quotation open; `next_opens_quote`
/// whether the next paragraph starts with an opening mark. Results (outer
/// quotations first by position) go to `out`, which is cleared first.
/// `inside` receives, per token, the index into `out` of the outermost
/// quotation containing it (no_token outside), marks included.
template <class = void>
inline void pair_quotes(const std::vector<token>& toks, bool continued_in, bool next_opens_quote,
                        std::vector<quotation>& out, std::vector<std::uint32_t>& inside) {
    out.clear();
    const auto n = static_cast<std::uint32_t>(toks.size());
    // A paragraph that continues a quotation begins with its (repeated) opening mark;
    // nothing special is needed beyond flagging the first quotation.
    detail::open_marks open;
    for (std::uint32_t k = 0; k < n; ++k) {
        if (toks[k].kind != token_kind::quote) continue;
        if (detail::is_double_style(toks[k].style))
            detail::on_double_mark(toks, k, continued_in, open, out);
        else
            detail::on_single_mark(toks[k], k, open, out);
    }
    if (open.double_at != no_token && next_opens_quote) {
        quotation q;
        q.open = open.double_at;
        q.close = no_token;
        q.continued = open.double_continued;
        q.continues = true;
        out.push_back(q);
    }
    detail::sort_by_opening(out);
    detail::mark_inside(out, n, inside);
}

}  // namespace newsprov::text
