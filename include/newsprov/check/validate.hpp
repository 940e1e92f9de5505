#pragma once
// Citation validation: each declared claim of a document proved against the
// article text, and the other way round, everything the extractor finds in the
// text checked against the declarations.
//
//   newsprov::checker::article a(text);
//   std::vector<newsprov::checker::finding> fs = newsprov::checker::validate(doc, a);
//
// What "found" means, per claim kind:
//   direct quote   verbatim, tolerating quotation-mark style and white space
//                  (and punctuation just outside the first and last word);
//                  otherwise the closest passage is reported with its
//                  similarity and the differing words (quote-not-verbatim).
//   mixed quote    located like a paraphrase; each quoted fragment of the
//                  claim text must then be verbatim in the passage.
//   the others     a paraphrase: the sentence (or two adjacent sentences)
//                  holding the largest share of the claim's content-word stems;
//                  found when the share is at least paraphrase_threshold.
// For a found claim: the declared source is named, or referred to by a pronoun
// or short name the extractor resolves to it, in the passage's sentence or an
// adjacent one, and no attribution the extractor found there names someone
// else; the declared cue's verb appears there; each declared quantity's value
// appears there in digits or words. Then the byline and contributor lines, the
// policy's rules (policy/check_records.hpp, via graph/check.hpp), and the
// reverse direction: attributions and figures outside every declared claim,
// and quotations nobody is named for.

#include <newsprov/check/article.hpp>
#include <newsprov/check/finding.hpp>
#include <newsprov/check/similarity.hpp>
#include <newsprov/graph/check.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/policy/default_policy.hpp>
#include <newsprov/util/sha256.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsprov::checker {

struct validate_options {
    double quote_threshold = 0.5;       ///< below this a quote's closest passage counts as not found
    double paraphrase_threshold = 0.5;  ///< share of a paraphrase's content stems one passage must hold
    bool reverse = true;                ///< report undeclared attributions, figures and unsourced quotes
    std::size_t min_quote_words = 4;    ///< shorter quotations (scare quotes, titles) need no source
    std::span<const rule> policy = default_policy::rules;
};

/// Where a claim was found.
struct claim_match {
    bool found = false;
    bool verbatim = false;
    double score = 0;  ///< 0..1: 1 for a verbatim quote; Dice similarity (quotes) or stem share (paraphrases)
    std::uint32_t begin = 0, end = 0;  ///< the passage (bytes); empty when nothing resembles the claim
    std::vector<word_difference> differences;  ///< quotes: runs of words that differ
};

namespace detail {

template <class = void>
[[nodiscard]] inline std::string clip(std::string_view s, std::size_t max = 80) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
    if (out.size() > max) {
        std::size_t cut = max;
        while (cut > 0 && !utf8::is_boundary(out, cut)) --cut;
        out.resize(cut);
        out += "...";
    }
    return out;
}

// Built with append(): g++ 12 reports a false -Wrestrict on "\"" + std::string.
template <class = void>
[[nodiscard]] inline std::string quoted(std::string_view s, std::size_t max = 80) {
    std::string out(1, '"');
    out.append(clip(s, max)).push_back('"');
    return out;
}

template <class = void>
[[nodiscard]] inline std::string format_score(double v) {
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::round(v * 100) / 100, std::chars_format::fixed, 2);
    return std::string(buf, r.ptr);
}

/// Orders spans by where they begin (one comparator for every such sort: one instantiation).
inline constexpr auto begins_before = [](text::span x, text::span y) noexcept { return x.begin < y.begin; };

/// Sorted, unique hashes of words [first, last) (exact or stem).
template <class Key>
[[nodiscard]] std::vector<std::uint64_t> hash_set(std::span<const word> ws, Key key) {
    std::vector<std::uint64_t> out;
    out.reserve(ws.size());
    for (const word& w : ws) out.push_back(key(w));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}
template <class = void>
[[nodiscard]] inline bool contains(const std::vector<std::uint64_t>& set, std::uint64_t h) {
    return std::binary_search(set.begin(), set.end(), h);
}

/// The words of a text window [b, e) of an article.
template <class = void>
[[nodiscard]] inline std::span<const word> window_words(const article& a, std::size_t b, std::size_t e) {
    const std::size_t first = a.index().word_at(b);
    std::size_t last = a.index().word_at(e);
    const auto ws = a.words();
    if (last < ws.size() && ws[last].begin < e) ++last;
    return ws.subspan(first, std::max(first, last) - first);
}

/// How a declared source is recognised in a text.
struct source_key {
    std::vector<std::uint64_t> name;         ///< exact hashes of the name's words (no stop words)
    std::vector<std::uint64_t> description;  ///< the same for the description
    std::uint64_t surname = 0;               ///< persons and journalists: last word of the name
    bool personal = false;
    std::string_view full_name;  ///< the name as declared: a speaker spelled the same is this source
};

template <class = void>
[[nodiscard]] inline source_key key_of(const source_record& s) {
    source_key k;
    auto words_of = [](std::string_view t) {
        std::vector<std::uint64_t> out;
        for (const word& w : split_words(t))
            if (!w.stop) out.push_back(w.exact);
        return out;
    };
    k.full_name = s.name;
    k.name = words_of(s.name);
    k.description = words_of(s.description);
    k.personal = s.kind == source_kind::person || s.kind == source_kind::journalist;
    if (k.personal) {
        const std::vector<word> ws = split_words(s.name);
        if (!ws.empty()) k.surname = ws.back().exact;
    }
    return k;
}

/// Does the extractor's canonical speaker name denote this source?
template <class = void>
[[nodiscard]] inline bool speaker_is(std::string_view speaker, const source_key& k) {
    if (speaker.empty()) return false;
    if (speaker == k.full_name) return true;  // even a name of stop words only ("This")
    std::vector<std::uint64_t> sp;
    for (const word& w : split_words(speaker))
        if (!w.stop) sp.push_back(w.exact);
    if (sp.empty()) return false;
    auto subset = [](const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
        if (a.empty()) return false;
        return std::all_of(a.begin(), a.end(), [&](std::uint64_t h) { return std::find(b.begin(), b.end(), h) != b.end(); });
    };
    if (subset(sp, k.name) || subset(k.name, sp) || subset(sp, k.description) || subset(k.description, sp)) return true;
    return k.personal && k.surname != 0 && std::find(sp.begin(), sp.end(), k.surname) != sp.end();
}

/// Is the source named in a window (given as a sorted set of exact word hashes)?
template <class = void>
[[nodiscard]] inline bool named_in(const std::vector<std::uint64_t>& window, const source_key& k) {
    if (k.personal && k.surname != 0 && contains(window, k.surname)) return true;
    auto all_in = [&](const std::vector<std::uint64_t>& ws) {
        return !ws.empty() && std::all_of(ws.begin(), ws.end(), [&](std::uint64_t h) { return contains(window, h); });
    };
    return all_in(k.name) || all_in(k.description);
}

/// The verb of a cue: its first word that is not an auxiliary or negation.
template <class = void>
[[nodiscard]] inline const word* cue_verb(const std::vector<word>& cue, std::string_view cue_text) {
    static constexpr std::array<std::string_view, 18> aux{"did", "does", "do", "not", "has", "have", "had", "was",
                                                          "were", "is", "are", "would", "will", "to", "from",
                                                          "also", "be", "been"};
    std::string lower;
    for (const word& w : cue) {
        lower.clear();
        for (char c : cue_text.substr(w.begin, w.end - w.begin)) lower += text::detail::lower_ascii(c);
        if (std::find(aux.begin(), aux.end(), lower) == aux.end()) return &w;
    }
    return cue.empty() ? nullptr : &cue.front();
}

/// The stem hash of a number's digits ("98", "1000"): how a value is found in digits or words.
template <class = void>
[[nodiscard]] inline std::uint64_t number_stem(double v) {
    if (!(v >= 0 && v < 1e15) || std::floor(v) != v) return 0;
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
    return hash_bytes(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

template <class = void>
[[nodiscard]] inline bool same_value(double a, double b) noexcept {
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

template <class = void>
[[nodiscard]] inline std::string format_value(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

/// A stem of a claim and where the article has it.
struct rare {
    std::size_t at;  ///< the stem's place in the claim (or in its list of stems)
    std::span<const std::uint32_t> positions;  ///< word indices in the article
};

/// Keeps the four stems with the fewest places, rarest first.
template <class = void>
inline void keep_rarest(std::vector<rare>& rares) {
    std::sort(rares.begin(), rares.end(), [](const rare& a, const rare& b) { return a.positions.size() < b.positions.size(); });
    if (rares.size() > 4) rares.resize(4);
}

/// Candidate start positions (word indices) for a claim of `m` words: the
/// positions of its rarest stems, shifted back by their place in the claim.
template <class = void>
[[nodiscard]] inline std::vector<std::size_t> candidate_starts(const word_index& index, std::span<const word> claim,
                                                               std::size_t max_candidates) {
    std::vector<rare> rares;
    for (std::size_t j = 0; j < claim.size(); ++j) {
        if (claim[j].stop && claim.size() > 3) continue;
        const auto ps = index.positions(claim[j].stem);
        if (!ps.empty()) rares.push_back({j, ps});
    }
    keep_rarest(rares);
    std::vector<std::size_t> starts;
    for (const rare& r : rares)
        for (std::size_t k = 0; k < r.positions.size() && k < 4096; ++k)
            starts.push_back(r.positions[k] >= r.at ? r.positions[k] - r.at : 0);
    std::sort(starts.begin(), starts.end());
    // vote: starts within a few words of each other support one window
    std::vector<std::pair<std::size_t, std::size_t>> votes;  // (count, start)
    const std::size_t slack = 2 + claim.size() / 4;
    for (std::size_t i = 0, j = 0; i < starts.size(); ++i) {
        while (starts[i] - starts[j] > slack) ++j;
        votes.emplace_back(i - j + 1, starts[j]);
    }
    std::sort(votes.begin(), votes.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<std::size_t> out;
    for (const auto& v : votes) {
        if (out.size() == max_candidates) break;
        if (std::none_of(out.begin(), out.end(), [&](std::size_t s) { return (s > v.second ? s - v.second : v.second - s) <= slack; }))
            out.push_back(v.second);
    }
    return out;
}

/// The quoted fragments of a claim text ("called the talks 'productive'").
template <class = void>
[[nodiscard]] inline std::vector<std::pair<std::size_t, std::size_t>> quoted_fragments(std::string_view s) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t q = quote_mark(s, i);
        // an apostrophe inside a word is not a quotation mark
        const bool inner = q != 0 && i > 0 && i + q < s.size() && word_char(s, i + q) != 0 &&
                           word_char(s, utf8::previous_boundary(s, i)) != 0;
        if (q == 0 || inner) {
            ++i;
            continue;
        }
        if (open == std::string_view::npos) open = i + q;
        else {
            if (i > open) out.emplace_back(open, i);
            open = std::string_view::npos;
        }
        i += q;
    }
    return out;
}

}  // namespace detail

/// Where a document says a claim is: the first and last byte of its content
/// spans (graph/document.hpp's text_span); none when it declares no span.
struct declared_place {
    bool known = false;
    std::size_t begin = 0, end = 0;
};

namespace detail {

/// The quote's words verbatim in the article, as the occurrence of its rarest
/// word shows them: the first occurrence, or the one nearest `near`.
template <class = void>
[[nodiscard]] inline claim_match verbatim_quote(const article& a, std::string_view quote, const std::vector<word>& cw,
                                                declared_place near) {
    claim_match m;
    const auto ws = a.words();
    const std::string core = normalize_verbatim(quote.substr(cw.front().begin, cw.back().end - cw.front().begin));
    std::size_t rarest = 0;
    std::size_t rarest_count = SIZE_MAX;
    for (std::size_t j = 0; j < cw.size(); ++j) {
        const std::size_t c = a.index().positions(cw[j].stem).size();
        if (c < rarest_count) {
            rarest_count = c;
            rarest = j;
        }
    }
    const auto positions = a.index().positions(cw[rarest].stem);
    // the quote verbatim at the occurrence of its rarest word at positions[i]?
    auto verbatim_at = [&](std::size_t i) {
        const std::uint32_t p = positions[i];
        if (p < rarest || p - rarest + cw.size() > ws.size()) return false;
        const std::size_t s = p - rarest;
        for (std::size_t j = 0; j < cw.size(); ++j)
            if (ws[s + j].exact != cw[j].exact) return false;
        const std::uint32_t b = ws[s].begin, e = ws[s + cw.size() - 1].end;
        if (normalize_verbatim(a.text().substr(b, e - b)) != core) return false;
        m.found = m.verbatim = true;
        m.score = 1;
        m.begin = b;
        m.end = e;
        return true;
    };
    if (!near.known) {
        for (std::size_t i = 0; i < positions.size(); ++i)
            if (verbatim_at(i)) return m;
        return m;
    }
    // the occurrences are in text order: the nearest match is the first one
    // found walking out from the declared place, on one side or the other
    const std::size_t mid = static_cast<std::size_t>(
        std::partition_point(positions.begin(), positions.end(),
                             [&](std::uint32_t p) { return p < rarest || ws[p - rarest].begin < near.begin; }) -
        positions.begin());
    claim_match after;
    for (std::size_t i = mid; i < positions.size(); ++i)
        if (verbatim_at(i)) {
            after = m;
            break;
        }
    m = claim_match{};
    for (std::size_t i = mid; i-- > 0;)
        if (verbatim_at(i)) break;
    // the nearer of the two; the earlier on a tie
    if (after.found && (!m.found || after.begin - near.begin < near.begin - m.begin)) m = after;
    return m;
}

/// The passage closest to the quote's words: aligned word by word around the
/// best candidate windows; found when its similarity reaches `threshold`.
template <class = void>
[[nodiscard]] inline claim_match closest_passage(const article& a, const std::vector<word>& cw, double threshold) {
    claim_match m;
    const auto ws = a.words();
    const std::span<const word> claim = std::span<const word>(cw).first(std::min<std::size_t>(cw.size(), 1000));
    for (const std::size_t start : candidate_starts(a.index(), claim, 4)) {
        const std::size_t pad = 2 + claim.size() / 4;
        const std::size_t wb = start > pad ? start - pad : 0;
        const std::size_t we = std::min(ws.size(), start + claim.size() + pad);
        const alignment al = align_words(claim, ws.subspan(wb, we - wb), [](const word& w) { return w.exact; });
        const double score = similarity(al, claim.size());
        if (score > m.score) {
            m.score = score;
            m.begin = ws[wb + al.first].begin;
            m.end = ws[wb + al.last].end;
            m.differences = al.differences;
        }
    }
    m.found = m.score >= threshold;
    return m;
}

}  // namespace detail

/// Finds a direct quote: verbatim (the occurrence nearest `near` when the
/// quote appears more than once), else the closest passage.
template <class = void>
[[nodiscard]] inline claim_match find_quote(const article& a, std::string_view quote, double threshold = 0.5,
                                            declared_place near = {}) {
    const std::vector<word> cw = split_words(quote);
    if (cw.empty()) return {};
    if (claim_match m = detail::verbatim_quote(a, quote, cw, near); m.found) return m;
    return detail::closest_passage(a, cw, threshold);
}

/// How find_paraphrase searches.
struct paraphrase_search {
    /// Least share of the claim's content-word stems that counts as found.
    double threshold = 0.5;
    /// Among sentences that share as much, the one nearest this byte wins (the
    /// first when not given): a caller that knows where the passage should be
    /// finds the right one of several alike.
    std::size_t near = 0;
    /// Stems that do not count (a caller comparing figures aligns on the words
    /// around them, not on the figures themselves).
    std::span<const std::uint64_t> ignore = {};
    /// Where the document says the claim is. When the sentences holding that
    /// place (if it is not much longer than the claim) hold a share of at least
    /// `threshold`, they are the passage: a claim said twice is checked where
    /// the document puts it.
    declared_place at = {};
};

namespace detail {

/// The claim stems a paraphrase search counts: content-word stems (all stems when
/// the claim has only stop words), sorted and unique, without `ignore` (unless
/// that would leave none).
template <class = void>
[[nodiscard]] inline std::vector<std::uint64_t> paraphrase_stems(std::string_view claim_text,
                                                                 std::span<const std::uint64_t> ignore) {
    const std::vector<word> cw = split_words(claim_text);
    std::vector<std::uint64_t> stems;
    for (const word& w : cw)
        if (!w.stop) stems.push_back(w.stem);
    if (stems.empty())
        for (const word& w : cw) stems.push_back(w.stem);
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    if (!ignore.empty()) {
        std::vector<std::uint64_t> kept;
        for (std::uint64_t h : stems)
            if (std::find(ignore.begin(), ignore.end(), h) == ignore.end()) kept.push_back(h);
        if (!kept.empty()) stems = std::move(kept);
    }
    return stems;
}

/// The sentences holding a claim's rarest stems (at most four stems, the first
/// 4096 places of each), grouped by how many of those stems each holds.
struct sentence_votes {
    std::array<std::vector<std::uint32_t>, 5> by_count;  ///< [votes]: sentence indices in text order
    template <class = void>
    [[nodiscard]] std::size_t size() const noexcept {
        std::size_t n = 0;
        for (const auto& v : by_count) n += v.size();
        return n;
    }
};

template <class = void>
[[nodiscard]] inline sentence_votes vote_sentences(const article& a, const std::vector<std::uint64_t>& stems) {
    std::vector<rare> rares;
    for (std::size_t j = 0; j < stems.size(); ++j)
        if (const auto ps = a.index().positions(stems[j]); !ps.empty()) rares.push_back({j, ps});
    keep_rarest(rares);
    std::vector<std::size_t> sents;  // size_t: sorted like the other index lists (one std::sort)
    const auto ws = a.words();
    for (const auto& r : rares) {
        std::size_t last = SIZE_MAX;
        for (std::size_t k = 0; k < r.positions.size() && k < 4096; ++k) {
            const std::size_t s = a.sentence_at(ws[r.positions[k]].begin);
            if (s != last) sents.push_back(s);
            last = s;
        }
    }
    std::sort(sents.begin(), sents.end());
    sentence_votes v;
    for (std::size_t i = 0; i < sents.size();) {
        std::size_t j = i;
        while (j < sents.size() && sents[j] == sents[i]) ++j;
        v.by_count[std::min<std::size_t>(j - i, 4)].push_back(static_cast<std::uint32_t>(sents[i]));  // one vote per stem: at most 4
        i = j;
    }
    return v;
}

/// The `limit` best-voted sentences, in order: most votes first, then the nearest
/// to byte `near`, then the first. Logarithmic in the votes: a sentence repeated
/// a thousand times is not ranked a thousand times.
template <class = void>
[[nodiscard]] inline std::vector<std::size_t> best_voted(const article& a, const sentence_votes& v, std::size_t near,
                                                         std::size_t limit) {
    const auto sentences = a.sentences();
    std::vector<std::size_t> out;
    for (std::size_t votes = v.by_count.size(); votes-- > 1 && out.size() < limit;) {
        const std::vector<std::uint32_t>& group = v.by_count[votes];
        // sentences are in text order: walk out from `near` both ways
        std::size_t right = static_cast<std::size_t>(
            std::partition_point(group.begin(), group.end(), [&](std::uint32_t s) { return sentences[s].begin < near; }) -
            group.begin());
        std::size_t left = right;  // group[left - 1] is the next one on the left
        while (out.size() < limit && (left > 0 || right < group.size())) {
            const bool take_right =
                right < group.size() &&
                (left == 0 || sentences[group[right]].begin - near < near - sentences[group[left - 1]].begin);
            out.push_back(take_right ? group[right++] : group[--left]);
        }
    }
    return out;
}

}  // namespace detail

/// Finds paraphrases in one article, remembering the sentence votes of each
/// claim signature (its stems): claims repeated in a document, or a sentence
/// repeated in a derived text, are ranked once, so that the work stays linear.
class paraphrase_finder {
public:
    template <class = void>
    explicit paraphrase_finder(const article& a) : a_(a) {}

    /// The sentence, or two adjacent sentences, holding the largest share of the
    /// claim's content-word stems.
    template <class = void>
    [[nodiscard]] claim_match find(std::string_view claim_text, const paraphrase_search& search = {}) {
        claim_match m;
        const std::vector<std::uint64_t> stems = detail::paraphrase_stems(claim_text, search.ignore);
        if (stems.empty() || a_.sentences().empty()) return m;
        const auto sentences = a_.sentences();
        std::vector<char> seen(stems.size());  // reused: this runs for every candidate window
        auto share = [&](std::size_t s0, std::size_t s1, std::uint32_t& b, std::uint32_t& e) {
            const std::span<const word> sw = detail::window_words(a_, sentences[s0].begin, sentences[s1].end);
            std::fill(seen.begin(), seen.end(), char{0});
            std::size_t hit = 0;
            // the passage: from the first to the last word whose stem the claim has
            b = sentences[s0].begin;
            e = sentences[s1].end;
            bool any = false;
            for (const word& w : sw) {
                const auto at = std::lower_bound(stems.begin(), stems.end(), w.stem);
                if (at == stems.end() || *at != w.stem) continue;
                char& was = seen[static_cast<std::size_t>(at - stems.begin())];
                hit += was ? 0 : 1;
                was = 1;
                if (w.stop) continue;
                if (!any) b = w.begin;
                e = w.end;
                any = true;
            }
            return static_cast<double>(hit) / static_cast<double>(stems.size());
        };
        if (const declared_place& at = search.at; at.known && at.begin < at.end && at.end <= a_.text().size() &&
                                                  at.end - at.begin <= 2 * claim_text.size() + 200) {
            std::uint32_t b = 0, e = 0;
            const double sc = share(a_.sentence_at(at.begin), a_.sentence_at(at.end - 1), b, e);
            if (sc >= search.threshold) {
                m.found = true;
                m.score = sc, m.begin = b, m.end = e;
                return m;
            }
        }
        const std::size_t near = search.at.known ? search.at.begin : search.near;
        for (const std::size_t s : detail::best_voted(a_, votes_for(stems), near, 6)) {
            std::uint32_t b = 0, e = 0;
            double sc = share(s, s, b, e);
            if (sc > m.score) m.score = sc, m.begin = b, m.end = e;
            if (s + 1 < sentences.size() && (sc = share(s, s + 1, b, e)) > m.score + 0.1) m.score = sc, m.begin = b, m.end = e;
            if (s > 0 && (sc = share(s - 1, s, b, e)) > m.score + 0.1) m.score = sc, m.begin = b, m.end = e;
        }
        m.found = m.score >= search.threshold;
        return m;
    }

private:
    /// Votes of a stem signature: remembered when ranking them again would cost,
    /// within a memory budget (a cache miss only costs time, never changes a result).
    template <class = void>
    const detail::sentence_votes& votes_for(const std::vector<std::uint64_t>& stems) {
        if (const auto it = remembered_.find(stems); it != remembered_.end()) return it->second;
        scratch_ = detail::vote_sentences(a_, stems);
        const std::size_t n = scratch_.size();
        if (n < 32 || remembered_votes_ + n > (std::size_t{1} << 21)) return scratch_;
        remembered_votes_ += n;
        return remembered_.emplace(stems, std::move(scratch_)).first->second;
    }

    const article& a_;
    std::map<std::vector<std::uint64_t>, detail::sentence_votes> remembered_;
    std::size_t remembered_votes_ = 0;
    detail::sentence_votes scratch_;
};

/// Finds a paraphrase: the sentence, or two adjacent sentences, holding the
/// largest share of the claim's content-word stems. (Searching one article for
/// many claims, a paraphrase_finder ranks repeated signatures once.)
template <class = void>
[[nodiscard]] inline claim_match find_paraphrase(const article& a, std::string_view claim_text,
                                                 const paraphrase_search& search = {}) {
    return paraphrase_finder(a).find(claim_text, search);
}

namespace detail {

class validator {
public:
    template <class = void>
    validator(const story_document& doc, const article& a, const validate_options& opt)
        : doc_(doc), a_(a), opt_(opt), lines_(a.text()) {}

    template <class = void>
    std::vector<finding> run() {
        const auto claims = doc_.claims();
        const auto relations = doc_.relations();
        for (std::size_t i = 0; i < relations.size(); ++i) relations_of_[relations[i].from].push_back(i);
        const auto quantities = doc_.quantities();
        for (std::size_t i = 0; i < quantities.size(); ++i) quantities_of_[quantities[i].claim].push_back(i);
        for (const text_span& sp : doc_.spans()) {
            if (sp.role != span_role::content) continue;
            declared_place& p = declared_[sp.subject];
            p.begin = p.known ? std::min(p.begin, sp.begin) : sp.begin;
            p.end = p.known ? std::max(p.end, sp.end) : sp.end;
            p.known = true;
        }
        for (const text::attribution& at : a_.extraction().attributions) {
            const text::span ce = article::content_extent(at);
            extents_.push_back({ce, &at});
            longest_ = std::max(longest_, ce.size());
        }
        std::sort(extents_.begin(), extents_.end(), [](const auto& x, const auto& y) { return x.first.begin < y.first.begin; });
        for (const text::figure& f : a_.extraction().figures) figures_.push_back(&f);
        std::sort(figures_.begin(), figures_.end(), [](const text::figure* x, const text::figure* y) { return x->where.begin < y->where.begin; });
        check_binding();
        matches_.resize(claims.size());
        for (std::size_t i = 0; i < claims.size(); ++i) check_claim(claims[i], matches_[i]);
        check_credits();
        check_policy();
        if (opt_.reverse) check_reverse();
        sort_findings(out_);
        return std::move(out_);
    }

private:
    template <class = void>
    void add(std::string_view rule_id, std::size_t b, std::size_t e, std::string message, std::string_view subject = {},
             std::string hint = {}) {
        const rule_info* r = find_rule(rule_id);
        finding f;
        f.rule_id = r ? r->id : rule_id;
        f.level = r ? r->level : severity::warning;
        f.where = lines_.at(b, e);
        f.message = std::move(message);
        f.hint = hint.empty() && r ? std::string(r->help) : std::move(hint);
        f.subject = std::string(subject);
        out_.push_back(std::move(f));
    }

    /// A document bound to its article (np:articleSha256) given another text.
    template <class = void>
    void check_binding() {
        const std::string_view declared = doc_.article_sha256();
        if (declared.empty()) return;
        const std::string actual = sha256_hex(a_.text());
        if (actual != declared)
            add("article-changed", 0, 0,
                "the text's SHA-256 is " + actual + ", but the document was made from a text with SHA-256 " +
                    std::string(declared));
    }

    template <class = void>
    void check_claim(const claim_record& c, claim_match& m) {
        std::string_view body = c.text;
        const auto place = declared_.find(c.id);
        const declared_place at = place == declared_.end() ? declared_place{} : place->second;
        if (c.kind == claim_kind::direct_quote) {
            m = quote_match(body, at);
            if (m.found && !m.verbatim) {
                std::string msg = "quote '" + std::string(c.id) + "' is not verbatim: closest passage (similarity " +
                                  format_score(m.score) + ")";
                std::size_t shown = 0;
                for (const word_difference& d : m.differences) {
                    if (shown++ == 3) {
                        msg += "; ...";
                        break;
                    }
                    const std::string_view cl = body.substr(d.claim_begin, d.claim_end - d.claim_begin);
                    const std::string_view tx = a_.text().substr(d.passage_begin, d.passage_end - d.passage_begin);
                    msg += shown == 1 ? " has " : "; ";
                    if (cl.empty()) msg += quoted(tx, 40) + " where the claim has nothing";
                    else if (tx.empty()) msg += "nothing where the claim has " + quoted(cl, 40);
                    else msg += quoted(tx, 40) + " where the claim has " + quoted(cl, 40);
                }
                add("quote-not-verbatim", m.begin, m.end, std::move(msg), c.id);
            }
        } else {
            m = paraphrases_.find(body, {.threshold = opt_.paraphrase_threshold, .at = at});
            if (m.found && c.kind == claim_kind::mixed_quote) {
                for (const auto& [fb, fe] : quoted_fragments(body)) {
                    const std::string frag = normalize_verbatim(body.substr(fb, fe - fb));
                    const text::span hood = a_.neighbourhood(m.begin, m.end);
                    if (frag.empty() ||
                        normalize_verbatim(a_.text().substr(hood.begin, hood.end - hood.begin)).find(frag) != std::string::npos)
                        continue;
                    const claim_match q = find_quote(a_, body.substr(fb, fe - fb), 0);
                    add("quote-not-verbatim", q.score > 0 ? q.begin : m.begin, q.score > 0 ? q.end : m.end,
                        "quoted words " + quoted(body.substr(fb, fe - fb), 60) + " of claim '" + std::string(c.id) +
                            "' are not verbatim in the text",
                        c.id);
                }
            }
        }
        if (!m.found) {
            std::string msg = "claim '" + std::string(c.id) + "' (" + std::string(to_string(c.kind)) + ") " +
                              quoted(body, 60) + " is not in the text";
            if (m.score > 0)
                msg += "; closest passage (similarity " + format_score(m.score) + "): " +
                       quoted(a_.text().substr(m.begin, m.end - m.begin), 60);
            add("claim-not-found", m.score > 0 ? m.begin : 0, m.score > 0 ? m.end : 0, std::move(msg), c.id);
            return;
        }
        check_attribution(c, m);
        check_figures(c, m);
    }

    /// find_quote, once per quote text: a document that repeats a quote does not
    /// search the article again for every repeat.
    /// A quote the document places is looked for nearest that place (the walk out
    /// from it is logarithmic in the quote's repeats).
    template <class = void>
    claim_match quote_match(std::string_view body, const declared_place& at) {
        if (at.known) return find_quote(a_, body, opt_.quote_threshold, at);
        const auto [it, fresh] = quote_index_.try_emplace(body, quotes_found_.size());
        if (fresh) quotes_found_.push_back(find_quote(a_, body, opt_.quote_threshold));
        return quotes_found_[it->second];
    }

    template <class = void>
    void check_attribution(const claim_record& c, const claim_match& m) {
        const text::span hood = a_.neighbourhood(m.begin, m.end);
        const std::span<const word> hw = window_words(a_, hood.begin, hood.end);
        const std::vector<std::uint64_t> exact = hash_set(hw, [](const word& w) { return w.exact; });
        const std::vector<std::uint64_t> stems = hash_set(hw, [](const word& w) { return w.stem; });
        // the extractor's attributions near the passage, and those whose content overlaps it
        std::vector<const text::attribution*> near, over;
        const std::uint32_t from = hood.begin > longest_ ? hood.begin - longest_ : 0;
        for (auto it = std::partition_point(extents_.begin(), extents_.end(), [&](const auto& x) { return x.first.begin < from; });
             it != extents_.end() && it->first.begin < hood.end; ++it) {
            const text::span ce = it->first;
            if (ce.end <= hood.begin) continue;
            near.push_back(it->second);
            if (ce.begin < m.end && ce.end > m.begin) over.push_back(it->second);
        }
        const auto rel_it = relations_of_.find(c.id);
        if (rel_it == relations_of_.end()) return;
        for (const std::size_t ri : rel_it->second) {
            const relation_record& r = doc_.relations()[ri];
            if (r.kind == relation_kind::relayed_by) {
                // the origin of a relayed claim must be named too ("... Witkoff met Putin, Rubio said")
                if (const source_record* o = doc_.find_source(r.to); o && !named_in(exact, key_of(*o)))
                    add("source-not-near", m.begin, m.end,
                        "claim '" + std::string(c.id) + "' is relayed from " + quoted(display(*o)) +
                            ", who is not named near it",
                        c.id);
                continue;
            }
            if (r.kind != relation_kind::attribution) continue;
            const source_record* s = doc_.find_source(r.to);
            if (s != nullptr) {
                const source_key k = key_of(*s);
                const bool spoken_by = std::any_of(over.begin(), over.end(), [&](const text::attribution* at) { return speaker_is(at->speaker, k); });
                const bool near_speaker = std::any_of(near.begin(), near.end(), [&](const text::attribution* at) { return speaker_is(at->speaker, k); });
                const text::attribution* other = nullptr;
                for (const text::attribution* at : over)
                    if (!at->speaker.empty() && !speaker_is(at->speaker, k)) other = at;
                if (!spoken_by && other != nullptr) {
                    const text::span src = other->source.empty() ? article::content_extent(*other) : other->source.front();
                    add("source-mismatch", src.begin, src.end,
                        "claim '" + std::string(c.id) + "' is declared as " + quoted(display(*s)) +
                            "'s, but the text attributes it to " + quoted(other->speaker),
                        c.id);
                } else if (!spoken_by && !near_speaker && !named_in(exact, k)) {
                    add("source-not-near", m.begin, m.end,
                        "declared source " + quoted(display(*s)) + " of claim '" + std::string(c.id) +
                            "' is not named in its sentence or the next",
                        c.id);
                }
            }
            if (!r.cue.empty()) {
                const std::vector<word> cue = split_words(r.cue);
                if (const word* v = cue_verb(cue, r.cue); v != nullptr && !contains(stems, v->stem))
                    add("cue-not-near", m.begin, m.end,
                        "declared cue " + quoted(r.cue) + " of claim '" + std::string(c.id) +
                            "' is not in its sentence or the next",
                        c.id);
            }
        }
    }

    template <class = void>
    void check_figures(const claim_record& c, const claim_match& m) {
        const auto q_it = quantities_of_.find(c.id);
        if (q_it == quantities_of_.end()) return;
        const text::span hood = a_.neighbourhood(m.begin, m.end);
        const std::span<const word> hw = window_words(a_, hood.begin, hood.end);
        const std::vector<std::uint64_t> stems = hash_set(hw, [](const word& w) { return w.stem; });
        for (const std::size_t qi : q_it->second) {
            const quantity_record& q = doc_.quantities()[qi];
            bool ok = contains(stems, number_stem(q.value));
            std::string seen;
            for (auto it = std::partition_point(figures_.begin(), figures_.end(), [&](const text::figure* f) { return f->where.begin < hood.begin; });
                 it != figures_.end() && (*it)->where.begin < hood.end; ++it) {
                const text::figure& f = **it;
                if (f.where.end > hood.end) continue;
                ok = ok || same_value(f.value, q.value);
                for (const text::figure_part& p : f.parts) ok = ok || same_value(p.value, q.value);
                if (seen.size() < 80) seen += (seen.empty() ? "" : ", ") + quoted(a_.text().substr(f.where.begin, f.where.size()), 30);
            }
            if (ok) continue;
            std::string what = std::string(q.what.empty() ? q.unit : q.what);
            add("figure-not-found", m.begin, m.end,
                "declared figure " + format_value(q.value) + (what.empty() ? "" : " " + what) + " of claim '" +
                    std::string(c.id) + "' is not in its passage" + (seen.empty() ? "" : "; the text has " + seen),
                c.id);
        }
    }

    template <class = void>
    [[nodiscard]] static std::string display(const source_record& s) {
        return std::string(!s.name.empty() ? s.name : !s.description.empty() ? s.description : s.id);
    }

    template <class = void>
    void check_credits() {
        const text::extraction& x = a_.extraction();
        std::vector<const source_record*> bylines, contributors;
        for (const relation_record& r : doc_.relations()) {
            if (r.kind != relation_kind::byline && r.kind != relation_kind::contributor) continue;
            if (const source_record* s = doc_.find_source(r.to))
                (r.kind == relation_kind::byline ? bylines : contributors).push_back(s);
        }
        auto compare = [&](std::string_view rule_id, std::string_view what, const std::vector<const source_record*>& declared,
                           std::vector<const text::credit*> credits) {
            std::vector<text::span> names;
            for (const text::credit* cr : credits) names.insert(names.end(), cr->names.begin(), cr->names.end());
            const text::span where = credits.empty() ? text::span{} : credits.front()->where;
            for (const source_record* s : declared) {
                const source_key k = key_of(*s);
                const bool found = std::any_of(names.begin(), names.end(), [&](const text::span& n) {
                    return speaker_is(a_.text().substr(n.begin, n.size()), k);
                });
                if (!found)
                    add(rule_id, where.begin, where.end,
                        "declared " + std::string(what) + " " + quoted(display(*s)) +
                            (credits.empty() ? " but the text has no " + std::string(what) + " line"
                                             : " is not named in the " + std::string(what) + " line"),
                        s->id);
            }
            for (const text::span& n : names) {
                const std::string_view name = a_.text().substr(n.begin, n.size());
                const bool declared_name = std::any_of(declared.begin(), declared.end(), [&](const source_record* s) {
                    return speaker_is(name, key_of(*s));
                });
                if (!declared_name)
                    add(rule_id, n.begin, n.end,
                        "the " + std::string(what) + " line names " + quoted(name) + ", who is not declared as " +
                            (what == "byline" ? "the byline" : "a contributor"));
            }
        };
        std::vector<const text::credit*> by;
        if (x.byline) by.push_back(&*x.byline);
        if (!bylines.empty() || !by.empty()) compare("byline-mismatch", "byline", bylines, by);
        std::vector<const text::credit*> co;
        for (const text::credit& cr : x.contributors) co.push_back(&cr);
        if (!contributors.empty() || !co.empty()) compare("contributor-mismatch", "contributor", contributors, co);
    }

    template <class = void>
    void check_policy() {
        std::unordered_map<std::string_view, std::size_t> claim_index;
        const auto claims = doc_.claims();
        for (std::size_t i = 0; i < claims.size(); ++i) claim_index.emplace(claims[i].id, i);
        for (const diagnostic& d : newsprov::check(doc_, opt_.policy)) {
            std::size_t b = 0, e = 0;
            if (const auto it = claim_index.find(d.subject); it != claim_index.end() && matches_[it->second].found)
                b = matches_[it->second].begin, e = matches_[it->second].end;
            finding f;
            f.rule_id = d.rule_id;
            f.level = d.level;
            f.where = lines_.at(b, e);
            f.message = std::string(d.message) + " ('" + std::string(d.subject) + "')";
            f.hint = std::string(d.hint);
            f.subject = std::string(d.subject);
            out_.push_back(std::move(f));
        }
    }

    template <class = void>
    void check_reverse() {
        // the passages of found claims, and the sentences holding them
        std::vector<text::span> passages, sentences;
        for (const claim_match& m : matches_) {
            if (!m.found) continue;
            passages.push_back({m.begin, m.end});
            const auto ss = a_.sentences();
            if (!ss.empty()) sentences.push_back({ss[a_.sentence_at(m.begin)].begin, ss[a_.sentence_at(m.end > m.begin ? m.end - 1 : m.begin)].end});
        }
        auto merge = [](std::vector<text::span>& v) {
            std::sort(v.begin(), v.end(), begins_before);
            std::vector<text::span> out;
            for (const text::span& s : v)
                if (!out.empty() && s.begin <= out.back().end) out.back().end = std::max(out.back().end, s.end);
                else out.push_back(s);
            v = std::move(out);
        };
        merge(passages);
        merge(sentences);
        auto overlaps = [](const std::vector<text::span>& v, text::span s) {
            const auto it = std::partition_point(v.begin(), v.end(), [&](const text::span& x) { return x.end <= s.begin; });
            return it != v.end() && it->begin < std::max(s.end, static_cast<std::uint32_t>(s.begin + 1));
        };
        const text::extraction& x = a_.extraction();
        std::vector<text::span> sourced;  // content of attributions that name someone
        for (const text::attribution& at : x.attributions) {
            const text::span ce = article::content_extent(at);
            if (!at.source.empty() || !at.speaker.empty()) sourced.push_back(ce);
            if (overlaps(sentences, ce) && overlaps(passages, ce)) continue;
            if (at.source.empty() && at.speaker.empty()) continue;  // reported below as a quote without source
            const std::string who = at.speaker.empty() && !at.source.empty()
                                        ? std::string(a_.text().substr(at.source.front().begin, at.source.front().size()))
                                        : at.speaker;
            add("undeclared-attribution", ce.begin, ce.end,
                "the text attributes " + quoted(a_.text().substr(ce.begin, ce.size()), 50) + " to " + quoted(who) +
                    "; no declared claim covers it");
        }
        for (const text::figure& f : x.figures) {
            if (overlaps(sentences, f.where)) continue;
            add("undeclared-figure", f.where.begin, f.where.end,
                "the text reports the figure " + quoted(a_.text().substr(f.where.begin, f.where.size())) +
                    " outside every declared claim");
        }
        merge(sourced);
        for (const text::span& q : a_.quotations()) {
            if (window_words(a_, q.begin, q.end).size() < opt_.min_quote_words) continue;
            if (overlaps(sourced, q) || overlaps(passages, q)) continue;
            add("quote-without-source", q.begin, q.end,
                "the quotation " + quoted(a_.text().substr(q.begin, q.size()), 50) + " has no source");
        }
    }

    const story_document& doc_;
    const article& a_;
    const validate_options& opt_;
    line_map lines_;
    std::vector<claim_match> matches_;
    paraphrase_finder paraphrases_{a_};
    std::unordered_map<std::string_view, std::size_t> quote_index_;  ///< by quote text, into quotes_found_
    std::vector<claim_match> quotes_found_;
    std::vector<finding> out_;
    std::unordered_map<std::string_view, std::vector<std::size_t>> relations_of_, quantities_of_;
    std::unordered_map<std::string_view, declared_place> declared_;  // by claim id
    std::vector<std::pair<text::span, const text::attribution*>> extents_;  // by content begin
    std::uint32_t longest_ = 0;
    std::vector<const text::figure*> figures_;  // by position
};

}  // namespace detail

/// Every finding for the document's claims against the article, sorted by position.
template <class = void>
[[nodiscard]] inline std::vector<finding> validate(const story_document& doc, const article& a,
                                                   const validate_options& opt = {}) {
    return detail::validator(doc, a, opt).run();
}

/// The same, analysing `text` first.
template <class = void>
[[nodiscard]] inline std::vector<finding> validate(const story_document& doc, std::string_view text,
                                                   const validate_options& opt = {}) {
    const article a(text);
    return validate(doc, a, opt);
}

}  // namespace newsprov::checker
