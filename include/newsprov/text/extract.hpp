#pragma once
// extract(): attributions, figures and credits from the plain text of an article.
//
//   newsprov::text::extraction x = newsprov::text::extract(article);
//   for (const auto& a : x.attributions) ... a.content / a.source / a.cue (byte spans), a.kind, a.speaker
//   x.figures (value, unit, parts), x.byline, x.contributors, x.dateline
//
// Every span is a half-open byte range into `article` that starts and ends on a
// UTF-8 boundary, whatever the input bytes (invalid UTF-8 and NULs included).
// Work is linear in the input: paragraphs are processed one at a time (long ones
// in pieces of max_paragraph bytes), with O(1) work per token. For corpus-scale
// use keep one `extractor` and call it per article: its buffers are reused, so
// memory depends on the largest paragraph, not on the corpus.
//
// Filling a runtime document (graph/) from an extraction is left to graph/.

#include <newsprov/core/error.hpp>
#include <newsprov/text/attributions.hpp>
#include <newsprov/text/detail/nested_reports.hpp>
#include <newsprov/text/bylines.hpp>
#include <newsprov/text/cues.hpp>
#include <newsprov/text/figures.hpp>
#include <newsprov/text/quotes.hpp>
#include <newsprov/text/sentences.hpp>
#include <newsprov/text/tokens.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov::text {

/// Spans are 32-bit byte offsets: the largest article extract() accepts.
inline constexpr std::size_t max_article_bytes = std::numeric_limits<std::uint32_t>::max() - 1;

struct extract_options {
    bool attributions = true;
    bool figures = true;
    bool credits = true;  ///< byline, contributors, dateline
    /// Longer articles are refused with an input_error naming "max_article_bytes"
    /// (never truncated). Values above max_article_bytes mean max_article_bytes.
    std::size_t max_bytes = max_article_bytes;
};

struct extraction {
    std::vector<attribution> attributions;
    std::vector<figure> figures;
    std::optional<credit> byline;
    std::vector<credit> contributors;
    span dateline;  ///< empty when none
};

namespace detail {

inline constexpr std::array<std::string_view, 4> contributor_words{"contributed", "contributing", "contributions",
                                                                   "reporting"};

/// Screens the words extract() marks while tokenizing: cue forms, number words and
/// contributor words.
template <class = void>
[[nodiscard]] inline const letter_filter& marked_words() {
    static const letter_filter filter = [] {
        letter_filter f = cues().filter();
        for (const number_word& n : number_words) f.add(n.word);
        for (const std::string_view w : contributor_words) f.add(w);
        return f;
    }();
    return filter;
}

}  // namespace detail

/// Reusable extraction state (buffers and the speaker memory of one article).
class extractor {
public:
    /// Extracts from one article into `out` (cleared first).
    template <class = void>
    void extract(std::string_view article, const extract_options& opt, extraction& out) {
        out.attributions.clear();
        out.figures.clear();
        out.byline.reset();
        out.contributors.clear();
        out.dateline = {};
        check_article_size(article, opt);
        finder_.reset();
        std::size_t pos = 0;
        bool continued = false;
        bool first_body = true;
        std::size_t paragraph_index = 0;
        paragraph_bounds pb = next_paragraph(article, 0);
        while (pos < article.size()) {
            const std::size_t next = pb.next > pos ? pb.next : article.size();
            const paragraph_bounds after = next < article.size() ? next_paragraph(article, next) : paragraph_bounds{next, next};
            const bool next_opens = next < article.size() && opens_with_quote(article, next);
            const bool maybe_credit = tokenize_paragraph(article, pos, pb.end, opt.figures) && opt.credits;
            pair_quotes(toks_, continued, next_opens, quotes_, inside_);
            continued = !quotes_.empty() && quotes_.back().continues;
            split_sentences(article, toks_, quotes_, inside_, sentences_);
            const detail::paragraph_view pv{article, &toks_, &quotes_, &inside_};
            if (opt.attributions) finder_.paragraph_start(pv, out.attributions);
            if (opt.credits && !toks_.empty()) find_byline_or_dateline(article, paragraph_index, first_body, out);
            for (const sentence& s : sentences_) {
                if (opt.attributions) finder_.find(pv, s, out.attributions);
                if (opt.figures) find_figures(article, toks_, s.first, s.last, figure_tokens_, out.figures);
                if (maybe_credit) {
                    credit c;
                    if (find_contributors(article, toks_, s.first, s.last, c)) out.contributors.push_back(std::move(c));
                }
            }
            ++paragraph_index;
            pos = next;
            pb = after;
        }
        // a "said:" never followed by its quotation has no content: drop it
        std::erase_if(out.attributions, [](const attribution& a) { return a.content.empty(); });
        detail::drop_nested_reports(out.attributions, nested_);
    }

    template <class = void>
    [[nodiscard]] extraction extract(std::string_view article, const extract_options& opt = {}) {
        extraction x;
        extract(article, opt, x);
        return x;
    }

private:
    /// Offsets are 32-bit: a longer article is an error, not a silent truncation.
    template <class = void>
    static void check_article_size(std::string_view article, const extract_options& opt) {
        const std::size_t limit = opt.max_bytes < max_article_bytes ? opt.max_bytes : max_article_bytes;
        if (article.size() <= limit) return;
        // the position of the first byte beyond the limit (lines counted by '\n')
        const std::size_t lines = static_cast<std::size_t>(
            std::count(article.begin(), article.begin() + static_cast<std::ptrdiff_t>(limit), '\n'));
        const std::size_t line_start = article.rfind('\n', limit == 0 ? 0 : limit - 1);
        const std::size_t column = line_start == std::string_view::npos || limit == 0 ? limit + 1 : limit - line_start;
        throw input_error({lines + 1, column, limit},
                          "article of " + std::to_string(article.size()) + " bytes exceeds max_article_bytes (" +
                              std::to_string(limit) + " bytes; spans are 32-bit offsets)",
                          "max_article_bytes");
    }

    /// Tokenizes the paragraph [pos, end) into toks_, marking cues, number words
    /// (their indexes go to figure_tokens_ with the numbers) and contributor
    /// words while it goes; true when a contributor word was seen.
    template <class = void>
    bool tokenize_paragraph(std::string_view article, std::size_t pos, std::size_t end, bool figures) {
        bool maybe_credit = false;
        figure_tokens_.clear();
        const detail::letter_filter& marked = detail::marked_words();
        tokenize(article, pos, end, toks_, [&](token& t) {
            if (t.kind == token_kind::number) {
                figure_tokens_.push_back(static_cast<std::uint32_t>(toks_.size()));
                return;
            }
            t.cue = 0xFFFF;  // a word extended by an apostrophe is looked up again
            t.cue_form = 0;
            t.flags &= static_cast<std::uint8_t>(~tf_number_word);
            // every word marked here is plain ASCII of 2 to 15 letters, and one
            // filter rejects nearly all other words with a single branch
            const std::size_t size = t.end - t.begin;
            if (!t.has(tf_ascii) || size < 2 || size > 15) return;
            const std::string_view w{article.data() + t.begin, size};
            if (marked.maybe(w) && mark_word(t, w, figures)) maybe_credit = true;
        });
        return maybe_credit;
    }

    /// The byline among the first four paragraphs, else the dateline of the
    /// first paragraph of the body (one of more than 12 tokens).
    template <class = void>
    void find_byline_or_dateline(std::string_view article, std::size_t paragraph_index, bool& first_body,
                                 extraction& out) {
        credit c;
        if (paragraph_index < 4 && !out.byline && find_byline(article, toks_, 0, toks_.size(), c)) {
            out.byline = std::move(c);
        } else if (first_body && toks_.size() > 12) {
            out.dateline = find_dateline(article, toks_);
            first_body = false;
        }
    }

    /// The lookups for a word (2 to 15 bytes) that passed marked_words(): its cue, whether it starts
    /// a figure, and (returned) whether it is a contributor word. Kept out of line
    /// so that the tokenizer's per-word check stays small enough to inline.
    template <class = void>
    [[gnu::noinline]] bool mark_word(token& t, std::string_view w, bool figures) {
        if (const cue_match m = detail::lookup_cue(w)) {  // marked_words() holds the cue filter
            t.cue = static_cast<std::uint16_t>(m.lemma - detail::cue_lemmas.data());
            t.cue_form = static_cast<std::uint8_t>(m.form);
        }
        if (figures && starts_figure(w)) {
            t.flags |= tf_number_word;
            // (called before `t` is stored, so its index is toks_.size(); a word extended
            // by an apostrophe, looked up again, is no number word)
            figure_tokens_.push_back(static_cast<std::uint32_t>(toks_.size()));
        }
        // a contributor line holds one of these words (see find_contributors)
        return detail::in_list_ci(detail::contributor_words, w);
    }

    std::vector<token> toks_;
    std::vector<quotation> quotes_;
    std::vector<std::uint32_t> inside_;
    std::vector<sentence> sentences_;
    std::vector<std::uint32_t> figure_tokens_;
    detail::attribution_finder finder_;
    detail::nested_scratch nested_;
};

/// One-shot extraction from an article's text.
template <class = void>
[[nodiscard]] inline extraction extract(std::string_view article, const extract_options& opt = {}) {
    extractor x;
    return x.extract(article, opt);
}

}  // namespace newsprov::text
