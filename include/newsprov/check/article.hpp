#pragma once
// One article prepared for checking: the extractor's attributions, figures and
// credits, its sentences and quotations (from the extractor's own segmentation
// pieces, so both agree on where a sentence ends), and an index of its words.

#include <newsprov/check/similarity.hpp>
#include <newsprov/core/error.hpp>
#include <newsprov/text/extract.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov::checker {

/// Limits on an article to check; exceeding one throws input_error naming it.
struct article_limits {
    std::size_t max_text_bytes = std::size_t{1} << 30;  ///< the article text
    std::size_t max_quotes = 100'000;                    ///< attributions the extractor finds in it
};

/// Throws input_error ("max_quotes", at the first attribution beyond the
/// limit) when an extraction holds more than `max_quotes` attributions.
template <class = void>
inline void check_quote_count(std::string_view text, const text::extraction& x, std::size_t max_quotes) {
    if (x.attributions.size() <= max_quotes) return;
    std::size_t at = text.size();
    const text::attribution& a = x.attributions[max_quotes];
    for (const auto* spans : {&a.content, &a.source, &a.cue})
        for (const text::span& sp : *spans) at = std::min<std::size_t>(at, sp.begin);
    throw input_error(position_of(text, at),
                      "more than max_quotes (" + std::to_string(max_quotes) + ") attributions in one article",
                      "max_quotes");
}

namespace detail {

/// Sentences and outermost closed quotations of `s`, as byte spans, in text order.
template <class = void>
inline void segment(std::string_view s, std::vector<text::span>& sentences, std::vector<text::span>& quotations) {
    std::vector<text::token> toks;
    std::vector<text::quotation> quotes;
    std::vector<std::uint32_t> inside;
    std::vector<text::sentence> sents;
    std::size_t pos = 0;
    bool continued = false;
    while (pos < s.size()) {
        const text::paragraph_bounds pb = text::next_paragraph(s, pos);
        const std::size_t next = pb.next > pos ? pb.next : s.size();
        const bool next_opens = next < s.size() && text::opens_with_quote(s, next);
        text::tokenize(s, pos, pb.end, toks);
        text::pair_quotes(toks, continued, next_opens, quotes, inside);
        continued = !quotes.empty() && quotes.back().continues;
        text::split_sentences(s, toks, quotes, inside, sents);
        for (const text::sentence& se : sents)
            if (se.last > se.first) sentences.push_back({toks[se.first].begin, toks[se.last - 1].end});
        for (const text::quotation& q : quotes)
            if (q.depth == 0 && q.close != text::no_token && q.close > q.open + 1)
                quotations.push_back({toks[q.open].end, toks[q.close].begin});
        pos = next;
    }
}

}  // namespace detail

/// An article with everything the checks look up.
class article {
public:
    /// Analyses `text`, which must outlive the article. Throws input_error when
    /// the text or its attributions exceed `lim` (offsets are 32-bit, as in the
    /// extractor, so max_text_bytes is at most 4 GiB).
    template <class = void>
    explicit article(std::string_view text, const article_limits& lim = {})
        : text_(checked(text, lim)), index_(text_) {
        text::extractor ex;
        ex.extract(text_, {}, extraction_);
        check_quote_count(text_, extraction_, lim.max_quotes);
        detail::segment(text_, sentences_, quotations_);
        std::sort(extraction_.attributions.begin(), extraction_.attributions.end(),
                  [](const text::attribution& a, const text::attribution& b) { return first_byte(a) < first_byte(b); });
    }

    [[nodiscard]] std::string_view text() const noexcept { return text_; }
    [[nodiscard]] const text::extraction& extraction() const noexcept { return extraction_; }
    template <class = void>
    [[nodiscard]] std::span<const text::span> sentences() const noexcept { return sentences_; }
    template <class = void>
    [[nodiscard]] std::span<const text::span> quotations() const noexcept { return quotations_; }
    [[nodiscard]] const word_index& index() const noexcept { return index_; }
    template <class = void>
    [[nodiscard]] std::span<const word> words() const noexcept { return index_.words(); }

    /// Index of the sentence containing byte `offset` (or the last one before it).
    template <class = void>
    [[nodiscard]] std::size_t sentence_at(std::size_t offset) const noexcept {
        const auto it = std::partition_point(sentences_.begin(), sentences_.end(),
                                             [&](const text::span& s) { return s.begin <= offset; });
        return it == sentences_.begin() ? 0 : static_cast<std::size_t>(it - sentences_.begin()) - 1;
    }

    /// Bytes of sentences [sentence_at(begin) - 1, sentence_at(end) + 1]: a passage and its neighbours.
    template <class = void>
    [[nodiscard]] text::span neighbourhood(std::size_t begin, std::size_t end) const noexcept {
        if (sentences_.empty()) return {0, static_cast<std::uint32_t>(text_.size())};
        std::size_t a = sentence_at(begin), b = sentence_at(end > begin ? end - 1 : begin);
        if (a > 0) --a;
        if (b + 1 < sentences_.size()) ++b;
        return {sentences_[a].begin, sentences_[b].end};
    }

    /// First byte of an attribution (its earliest span).
    template <class = void>
    [[nodiscard]] static std::uint32_t first_byte(const text::attribution& a) noexcept {
        std::uint32_t b = std::numeric_limits<std::uint32_t>::max();
        for (const auto* v : {&a.content, &a.source, &a.cue})
            for (const text::span& s : *v) b = std::min(b, s.begin);
        return b;
    }
    /// Bytes from the first to the last content span of an attribution.
    template <class = void>
    [[nodiscard]] static text::span content_extent(const text::attribution& a) noexcept {
        if (a.content.empty()) return {};
        text::span e = a.content.front();
        for (const text::span& s : a.content) {
            e.begin = std::min(e.begin, s.begin);
            e.end = std::max(e.end, s.end);
        }
        return e;
    }

private:
    template <class = void>
    [[nodiscard]] static std::string_view checked(std::string_view text, const article_limits& lim) {
        const std::size_t max = std::min<std::size_t>(lim.max_text_bytes, std::numeric_limits<std::uint32_t>::max() - 1);
        if (text.size() > max)
            throw input_error(position_of(text, max),
                              "article larger than max_text_bytes (" + std::to_string(max) + " bytes)",
                              "max_text_bytes");
        return text;
    }

    std::string_view text_;
    text::extraction extraction_;
    std::vector<text::span> sentences_;
    std::vector<text::span> quotations_;
    word_index index_;
};

}  // namespace newsprov::checker
