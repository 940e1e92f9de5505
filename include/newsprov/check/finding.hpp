#pragma once
// Findings of the citation checker and the drift detector, and the table of
// their rules. A finding is a compiler-style diagnostic: a rule id, a severity,
// a place in one text (byte offset and length, 1-based line and column) and,
// for drift, the corresponding place in the other version.
//
// Rule ids are stable kebab-case strings: tools filter on them, SARIF lists
// them as rules. Policy rules (policy/default_policy.hpp) keep their own ids
// and appear beside these.

#include <newsprov/core/error.hpp>
#include <newsprov/policy/rule.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsprov::checker {

using newsprov::severity;

/// A rule of the checker: id, one-line description, how to fix, default severity.
struct rule_info {
    std::string_view id;
    std::string_view description;
    std::string_view help;
    severity level = severity::warning;
};

/// The rules of `validate()` (citation checking).
inline constexpr std::array validation_rules{
    rule_info{"quote-not-verbatim", "a declared quote differs from the text beyond quotation marks and white space",
              "quote the words exactly as published, or declare the claim a paraphrase", severity::error},
    rule_info{"claim-not-found", "no passage of the text matches a declared claim",
              "check the claim's words against the article, or remove the claim", severity::error},
    rule_info{"source-not-near", "the declared source is not named or referred to in the claim's sentence or the one next to it",
              "name the source beside the claim, or fix the declared source", severity::warning},
    rule_info{"source-mismatch", "the text attributes the claim to someone other than the declared source",
              "attribute the claim to the speaker the text names", severity::error},
    rule_info{"cue-not-near", "the declared cue does not appear in the claim's sentence or the one next to it",
              "declare the cue the text uses (\"said\", \"according to\")", severity::warning},
    rule_info{"figure-not-found", "a declared figure's value is not in the claim's passage, in digits or words",
              "check the number against the text", severity::error},
    rule_info{"byline-mismatch", "the byline of the text and the declared byline name different journalists",
              "declare the journalists the byline names", severity::warning},
    rule_info{"contributor-mismatch", "the contributor line and the declared contributors differ",
              "declare the journalists the contributor line names", severity::warning},
    rule_info{"undeclared-attribution", "the text attributes a statement that no declared claim covers",
              "declare the claim and its source", severity::warning},
    rule_info{"undeclared-figure", "the text reports a figure outside every declared claim",
              "declare the figure as a reported figure with its source", severity::note},
    rule_info{"quote-without-source", "a quotation in the text has no source",
              "name who said it, or remove the quotation marks", severity::warning},
    rule_info{"article-changed", "the text hashes differently from the np:articleSha256 the document was made from",
              "check the claims against the edited article, then record its new hash", severity::warning},
};

/// The rules of `drift()` (comparing two versions of a story).
inline constexpr std::array drift_rules{
    rule_info{"claim-moved-source", "a claim is attributed to a different source than in the original",
              "restore the original speaker", severity::error},
    rule_info{"attribution-lost", "a claim lost its attribution and is now stated as fact",
              "restore the source and cue of the claim", severity::error},
    rule_info{"figure-changed", "a figure has a different value than in the original",
              "restore the original number, or cite the source of the new one", severity::error},
    rule_info{"quote-altered", "a quotation's words differ from the original",
              "quote the original words, or turn the quote into a paraphrase", severity::error},
    rule_info{"hedge-changed", "the certainty of a claim changed (\"might consider\" became \"will\")",
              "keep the original hedging", severity::warning},
    rule_info{"cue-strength-changed", "the reporting verb is stronger or weaker than in the original (\"suggested\" became \"confirmed\")",
              "keep the original reporting verb, or one of the same strength", severity::warning},
    rule_info{"attribution-added", "an attribution appears that the original does not have",
              "check where the new claim comes from", severity::note},
    rule_info{"attribution-removed", "an attribution of the original is missing",
              "check whether dropping the claim changes the story", severity::note},
};

/// Looks a rule up among the checker's and the drift detector's rules.
[[nodiscard]] constexpr const rule_info* find_rule(std::string_view id) noexcept {
    for (const rule_info& r : validation_rules)
        if (r.id == id) return &r;
    for (const rule_info& r : drift_rules)
        if (r.id == id) return &r;
    return nullptr;
}

/// A place in a text: byte range [offset, offset + length) and its start and end positions.
struct location {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::size_t line = 1;
    std::size_t column = 1;  ///< 1-based, in bytes
    std::size_t end_line = 1;
    std::size_t end_column = 1;  ///< 1-based, one past the last byte
};

/// The location of bytes [begin, end) of `text` (clamped to the text).
template <class = void>
[[nodiscard]] inline location locate(std::string_view text, std::size_t begin, std::size_t end) {
    begin = std::min(begin, text.size());
    end = std::clamp(end, begin, text.size());
    const text_position a = position_of(text, begin);
    // position of the end counted on from the start: linear in the span, not the text
    std::size_t line = a.line, column = a.column;
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {begin, end - begin, a.line, a.column, line, column};
}

/// Line starts of a text, for locating many findings in a large text: each
/// lookup is a binary search, not a scan from the start.
class line_map {
public:
    template <class = void>
    explicit line_map(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts_.push_back(i + 1);
    }
    /// The location of bytes [begin, end) (clamped to the text); same result as locate().
    template <class = void>
    [[nodiscard]] location at(std::size_t begin, std::size_t end) const {
        begin = std::min(begin, text_.size());
        end = std::clamp(end, begin, text_.size());
        const auto a = position(begin), b = position(end);
        return {begin, end - begin, a.first, a.second, b.first, b.second};
    }

private:
    template <class = void>
    [[nodiscard]] std::pair<std::size_t, std::size_t> position(std::size_t offset) const {
        const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
        const auto line = static_cast<std::size_t>(it - starts_.begin());
        return {line, offset - starts_[line - 1] + 1};
    }
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

/// One diagnostic.
struct finding {
    std::string_view rule_id;  ///< a rule of validation_rules, drift_rules or the policy's table
    severity level = severity::warning;
    location where;                  ///< in the checked text (drift: the derived version)
    std::optional<location> related;  ///< drift: the same attribution in the original
    bool in_original = false;         ///< drift: `where` is in the original (an attribution that was removed)
    std::string message;
    std::string hint;
    std::string subject;  ///< id of the declared claim or source, when there is one
};

/// Sorts findings by position, then rule id (the order every output uses).
template <class = void>
inline void sort_findings(std::vector<finding>& fs) {
    std::stable_sort(fs.begin(), fs.end(), [](const finding& a, const finding& b) {
        if (a.where.offset != b.where.offset) return a.where.offset < b.where.offset;
        return a.rule_id < b.rule_id;
    });
}

/// How many findings have at least severity `at_least`.
template <class = void>
[[nodiscard]] inline std::size_t count_findings(std::span<const finding> fs, severity at_least = severity::note) {
    return static_cast<std::size_t>(
        std::count_if(fs.begin(), fs.end(), [&](const finding& f) { return f.level >= at_least; }));
}

}  // namespace newsprov::checker
