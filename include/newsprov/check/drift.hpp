#pragma once
// Attribution drift between two versions of a story (a wire story and a
// rewrite, an article and its summary).
//
//   newsprov::checker::article original(a), derived(b);
//   for (const auto& f : newsprov::checker::drift(original, derived)) ...
//
// The attributions the extractor finds in both versions are aligned by the
// stems of their content (a shared speaker adds to the score), one to one,
// best pairs first. For each aligned pair: a different speaker is
// claim-moved-source; both quoted but different words is quote-altered; a
// different reporting verb strength (hedged "suggested", neutral "said",
// firm "confirmed", denial "denied") is cue-strength-changed; a different
// certainty of the content (hedged "might consider", plain, certain "will") is
// hedge-changed. An attribution of the original without a partner whose
// content is still in the derived text, with no attribution there, is
// attribution-lost (now stated as fact); otherwise attribution-removed. A
// derived attribution without a partner is attribution-added. Sentences with
// numbers are aligned separately, so a changed figure is found whether or not
// it is attributed (figure-changed). Findings are located in the derived text,
// with the original's span in `related` (attribution-removed: in the original).
// A paraphrase that keeps the speaker, the cue's strength, the certainty and
// the numbers produces nothing.

#include <newsprov/check/article.hpp>
#include <newsprov/check/finding.hpp>
#include <newsprov/check/similarity.hpp>
#include <newsprov/check/validate.hpp>
#include <newsprov/text/cues.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsprov::checker {

struct drift_options {
    double align_threshold = 0.3;  ///< least content similarity (stem Dice) of an aligned pair
    double moved_threshold = 0.5;  ///< least content similarity to call a change of speaker a moved claim
    double sentence_threshold = 0.6;  ///< least stem share to align a sentence (figures, lost attributions)
};

/// Strength of a reporting verb.
enum class cue_strength : std::uint8_t { hedged, neutral, firm, denial };

[[nodiscard]] constexpr std::string_view to_string(cue_strength s) noexcept {
    constexpr std::array<std::string_view, 4> names{"hedged", "neutral", "firm", "denial"};
    return names[static_cast<std::size_t>(s)];
}

/// Certainty of a statement's wording.
enum class certainty : std::uint8_t { hedged, plain, certain };

[[nodiscard]] constexpr std::string_view to_string(certainty c) noexcept {
    constexpr std::array<std::string_view, 3> names{"hedged", "plain", "certain"};
    return names[static_cast<std::size_t>(c)];
}

namespace detail {

inline constexpr std::array<std::string_view, 22> hedged_cues{
    "suggest", "hint", "indicate", "imply", "signal", "speculate", "believe", "think", "expect", "hope", "suspect",
    "guess", "estimate", "claim", "allege", "predict", "caution", "wonder", "speculate", "contend", "argue", "feel"};
inline constexpr std::array<std::string_view, 24> firm_cues{
    "confirm", "insist", "assert", "declare", "stress", "emphasize", "emphasise", "vow", "pledge", "promise",
    "announce", "reveal", "admit", "acknowledge", "warn", "prove", "demonstrate", "maintain", "affirm", "reaffirm",
    "reiterate", "guarantee", "concede", "establish"};
inline constexpr std::array<std::string_view, 5> denial_cues{"deny", "dismiss", "reject", "refute", "dispute"};

inline constexpr std::array<std::string_view, 19> hedge_words{
    "may", "might", "could", "would", "consider", "considering", "considers", "possibly", "perhaps", "likely",
    "probably", "potentially", "reportedly", "seems", "appears", "unclear", "maybe", "allegedly", "mulling"};
inline constexpr std::array<std::string_view, 9> certainty_words{
    "will", "must", "definitely", "certainly", "clearly", "undoubtedly", "shall", "surely", "won't"};

template <class = void>
[[nodiscard]] inline std::string lowercase(std::string_view w) {
    std::string s;
    lower_word(w, s);
    return s;
}

/// The strength of an attribution's cue, and the span of the verb that decides it.
template <class = void>
[[nodiscard]] inline std::pair<cue_strength, text::span> strength_of(std::string_view t, const text::attribution& a) {
    std::vector<word> ws;
    for (const text::span& c : a.cue) {
        ws.clear();
        split_words(t, ws, c.begin, c.end);
        for (const word& w : ws) {
            const std::string_view wv = t.substr(w.begin, w.end - w.begin);
            const text::cue_match m = text::find_cue(wv);
            if (!m) continue;
            const std::string_view lemma = m.lemma->lemma;
            auto in = [&](const auto& list) { return std::find(list.begin(), list.end(), lemma) != list.end(); };
            const text::span at{w.begin, w.end};
            if (in(denial_cues)) return {cue_strength::denial, at};
            if (in(firm_cues)) return {cue_strength::firm, at};
            if (in(hedged_cues)) return {cue_strength::hedged, at};
            return {cue_strength::neutral, at};
        }
    }
    return {cue_strength::neutral, a.cue.empty() ? text::span{} : a.cue.front()};
}

/// The certainty of a stretch of text, and the span of the word that decides it.
template <class = void>
[[nodiscard]] inline std::pair<certainty, text::span> certainty_of(std::string_view t, std::size_t b, std::size_t e) {
    std::pair<certainty, text::span> out{certainty::plain, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b)}};
    std::vector<word> ws;
    split_words(t, ws, b, e);
    for (const word& w : ws) {
        const std::string lw = lowercase(t.substr(w.begin, w.end - w.begin));
        if (std::find(hedge_words.begin(), hedge_words.end(), lw) != hedge_words.end())
            return {certainty::hedged, {w.begin, w.end}};
        if (out.first == certainty::plain && std::find(certainty_words.begin(), certainty_words.end(), lw) != certainty_words.end())
            out = {certainty::certain, {w.begin, w.end}};
    }
    return out;
}

/// Number-stem words of t[b, e) ("three" and "3" alike share their stem).
template <class = void>
[[nodiscard]] inline std::vector<word> numbers_in(std::string_view t, std::size_t b, std::size_t e) {
    std::vector<word> ws;
    split_words(t, ws, b, e);
    std::vector<word> out;
    std::string lower, buf;
    for (const word& w : ws) {
        lower_word(t.substr(w.begin, w.end - w.begin), lower);
        const std::string_view st = stem_of(lower, buf);
        if (!st.empty() && st[0] >= '0' && st[0] <= '9') out.push_back(w);
    }
    return out;
}

/// Sorted unique content stems of t[b, e) (all stems when it has fewer than three content words).
template <class = void>
[[nodiscard]] inline std::vector<std::uint64_t> content_stems(std::string_view t, std::size_t b, std::size_t e) {
    std::vector<word> ws;
    split_words(t, ws, b, e);
    std::vector<std::uint64_t> out;
    for (const word& w : ws)
        if (!w.stop) out.push_back(w.stem);
    if (out.size() < 3) {
        out.clear();
        for (const word& w : ws) out.push_back(w.stem);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

template <class = void>
[[nodiscard]] inline double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    if (a.empty() || b.empty()) return 0;
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) ++common, ++i, ++j;
        else if (a[i] < b[j]) ++i;
        else ++j;
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

/// One attribution prepared for alignment.
struct side {
    const text::attribution* a = nullptr;
    text::span content;
    std::vector<std::uint64_t> stems;
    std::string who;  ///< the speaker, or the source's words when unresolved
};

template <class = void>
[[nodiscard]] inline std::vector<side> sides(const article& art) {
    std::vector<side> out;
    for (const text::attribution& a : art.extraction().attributions) {
        side s;
        s.a = &a;
        s.content = article::content_extent(a);
        s.stems = content_stems(art.text(), s.content.begin, s.content.end);
        s.who = a.speaker;
        if (s.who.empty() && !a.source.empty()) s.who = std::string(art.text().substr(a.source.front().begin, a.source.front().size()));
        out.push_back(std::move(s));
    }
    return out;
}

/// Which content extents overlap a span, in O(log n): a story of 20,000 unmatched
/// attributions would otherwise compare every pair.
class span_overlaps {
public:
    /// Every side's content, or with `partner` only the sides that have one.
    template <class = void>
    explicit span_overlaps(const std::vector<side>& v, const std::vector<std::size_t>* partner = nullptr) {
        for (std::size_t k = 0; k < v.size(); ++k)
            if (!partner || (*partner)[k] != SIZE_MAX) by_begin_.push_back(v[k].content);
        std::sort(by_begin_.begin(), by_begin_.end(), begins_before);
        max_end_.reserve(by_begin_.size());
        std::uint32_t m = 0;
        for (const text::span& s : by_begin_) max_end_.push_back(m = std::max(m, s.end));
    }
    template <class = void>
    span_overlaps(const std::vector<side>& v, const std::vector<std::size_t>& partner) : span_overlaps(v, &partner) {}

    /// Does some extent [b, e) satisfy b < s.end and s.begin < e?
    template <class = void>
    [[nodiscard]] bool overlaps(text::span s) const {
        // extents that begin before s ends; among them, does one end after s begins?
        const auto k = std::partition_point(by_begin_.begin(), by_begin_.end(), [&](text::span x) { return x.begin < s.end; }) -
                       by_begin_.begin();
        return k > 0 && s.begin < max_end_[static_cast<std::size_t>(k - 1)];
    }

private:
    std::vector<text::span> by_begin_;
    std::vector<std::uint32_t> max_end_;  ///< the largest end among the first k extents
};

/// Do two speaker names denote the same source? ("Marco Rubio", "Rubio")
template <class = void>
[[nodiscard]] inline bool same_speaker(std::string_view x, std::string_view y) {
    if (x.empty() || y.empty()) return x.empty() && y.empty();
    if (x == y) return true;  // also when the name is only stop words ("he", "they")
    source_record r;
    r.kind = source_kind::person;
    r.name = x;
    if (speaker_is(y, key_of(r))) return true;
    r.name = y;
    return speaker_is(x, key_of(r));
}

[[nodiscard]] inline bool quoted_kind(text::quote_kind k) noexcept { return k != text::quote_kind::indirect; }

/// The quoted words of an attribution: its content spans when it is a quote.
template <class = void>
[[nodiscard]] inline std::string quoted_words(std::string_view t, const text::attribution& a) {
    std::string s;
    for (const text::span& c : a.content) s.append(t.substr(c.begin, c.size())).push_back(' ');
    return normalize_verbatim(s);
}

}  // namespace detail

namespace detail {

/// Where a passage of the original at byte `at` would be in the derived text if both ran in step.
template <class = void>
[[nodiscard]] inline std::size_t in_step(std::string_view ot, std::string_view dt, std::size_t at) {
    return ot.empty() ? std::size_t{0}
                      : static_cast<std::size_t>(static_cast<double>(at) / static_cast<double>(ot.size()) * static_cast<double>(dt.size()));
}

/// A short quotation of t[s] for a message.
template <class = void>
[[nodiscard]] inline std::string show(std::string_view t, text::span s, std::size_t max = 60) {
    return quoted(t.substr(s.begin, s.size()), max);
}

/// The drift findings so far, located in the derived text (or the original).
class drift_findings {
public:
    template <class = void>
    drift_findings(std::string_view original, std::string_view derived) : olines_(original), dlines_(derived) {}

    template <class = void>
    void add(std::string_view rule_id, text::span in_derived, std::optional<text::span> in_original, std::string message,
             bool where_original = false) {
        const rule_info* r = find_rule(rule_id);
        finding f;
        f.rule_id = r->id;
        f.level = r->level;
        f.in_original = where_original;
        f.where = where_original ? olines_.at(in_derived.begin, in_derived.end) : dlines_.at(in_derived.begin, in_derived.end);
        if (in_original) f.related = olines_.at(in_original->begin, in_original->end);
        f.message = std::move(message);
        f.hint = std::string(r->help);
        out.push_back(std::move(f));
    }

    std::vector<finding> out;

private:
    line_map olines_, dlines_;
};

/// The partner of each attribution on either side (SIZE_MAX: none).
struct side_alignment {
    std::vector<std::size_t> o_to, d_to;
};

/// Aligns the attributions of both versions one to one by content stems (a
/// shared speaker adds to the score), best pairs first.
template <class = void>
[[nodiscard]] inline side_alignment align_sides(const std::vector<side>& os, const std::vector<side>& ds,
                                                std::string_view ot, std::string_view dt, const drift_options& opt) {
    // candidate pairs, best first
    struct pair_score {
        double score, sim;
        std::size_t o, d;
    };
    std::vector<pair_score> pairs, near;
    // a band keeps the comparisons linear; at most `per_claim` candidates each keep
    // memory linear too when many attributions are alike (a text repeated)
    const std::size_t band = 400, per_claim = 16;
    for (std::size_t i = 0; i < os.size(); ++i) {
        const std::size_t centre = os.size() > 1 ? i * (ds.size() ? ds.size() - 1 : 0) / (os.size() - 1) : 0;
        const std::size_t lo = centre > band ? centre - band : 0, hi = std::min(ds.size(), centre + band + 1);
        near.clear();
        for (std::size_t j = lo; j < hi; ++j) {
            double sim = dice(os[i].stems, ds[j].stems);
            // content without stems (punctuation, stop words): equal bytes align
            if (os[i].stems.empty() && ds[j].stems.empty() &&
                ot.substr(os[i].content.begin, os[i].content.size()) == dt.substr(ds[j].content.begin, ds[j].content.size()))
                sim = 1;
            if (sim < opt.align_threshold) continue;
            const double score = sim + (same_speaker(os[i].who, ds[j].who) ? 0.2 : 0.0);
            near.push_back({score, sim, i, j});
        }
        if (near.size() > per_claim) {
            // the best, and among equals the nearest to the diagonal
            auto off = [&](const pair_score& p) { return p.d > centre ? p.d - centre : centre - p.d; };
            std::nth_element(near.begin(), near.begin() + per_claim - 1, near.end(), [&](const pair_score& x, const pair_score& y) {
                return x.score != y.score ? x.score > y.score : (off(x) != off(y) ? off(x) < off(y) : x.d < y.d);
            });
            near.resize(per_claim);
        }
        pairs.insert(pairs.end(), near.begin(), near.end());
    }
    std::sort(pairs.begin(), pairs.end(), [](const pair_score& x, const pair_score& y) {
        return x.score != y.score ? x.score > y.score : (x.o != y.o ? x.o < y.o : x.d < y.d);
    });
    side_alignment al{std::vector<std::size_t>(os.size(), SIZE_MAX), std::vector<std::size_t>(ds.size(), SIZE_MAX)};
    std::vector<std::size_t>& o_to = al.o_to;
    std::vector<std::size_t>& d_to = al.d_to;
    for (const pair_score& p : pairs) {
        if (o_to[p.o] != SIZE_MAX || d_to[p.d] != SIZE_MAX) continue;
        o_to[p.o] = p.d;
        d_to[p.d] = p.o;
    }

    return al;
}

/// A change of speaker, of quoted words, of the cue's strength or of certainty
/// between two aligned attributions.
template <class = void>
inline void compare_aligned(drift_findings& findings, const side& o, const side& d, std::string_view ot,
                            std::string_view dt, const drift_options& opt) {
    if (!same_speaker(o.who, d.who) && !o.who.empty() && dice(o.stems, d.stems) >= opt.moved_threshold) {
        const text::span ds_src = d.a->source.empty() ? d.content : d.a->source.front();
        const text::span os_src = o.a->source.empty() ? o.content : o.a->source.front();
        findings.add("claim-moved-source", ds_src, os_src,
            "claim " + show(dt, d.content, 50) + " moved from " + quoted(o.who) + " to " +
                (d.who.empty() ? std::string("an unnamed source") : quoted(d.who)));
    }
    if (quoted_kind(o.a->kind) && quoted_kind(d.a->kind)) {
        const std::string oq = quoted_words(ot, *o.a), dq = quoted_words(dt, *d.a);
        if (oq != dq) {
            std::vector<word> ow, dw;
            for (const text::span& c : o.a->content) split_words(ot, ow, c.begin, c.end);
            for (const text::span& c : d.a->content) split_words(dt, dw, c.begin, c.end);
            const alignment al = align_words(ow, dw, [](const word& w) { return w.exact; });
            std::string msg = "quotation altered";
            text::span at = d.content;
            text::span was = o.content;
            if (!al.differences.empty()) {
                const word_difference& df = al.differences.front();
                // align_words reports claim = original, passage = derived
                msg += ": " + quoted(ot.substr(df.claim_begin, df.claim_end - df.claim_begin), 40) + " became " +
                       quoted(dt.substr(df.passage_begin, df.passage_end - df.passage_begin), 40);
                if (df.passage_end > df.passage_begin) at = {df.passage_begin, df.passage_end};
                if (df.claim_end > df.claim_begin) was = {df.claim_begin, df.claim_end};
                if (al.differences.size() > 1) msg += " (and " + std::to_string(al.differences.size() - 1) + " more)";
            } else {
                msg += " (punctuation)";
            }
            findings.add("quote-altered", at, was, std::move(msg));
        }
    }
    const auto [os_strength, os_verb] = strength_of(ot, *o.a);
    const auto [ds_strength, ds_verb] = strength_of(dt, *d.a);
    if (os_strength != ds_strength)
        findings.add("cue-strength-changed", ds_verb, os_verb,
            "cue " + show(ot, os_verb) + " (" + std::string(to_string(os_strength)) + ") became " + show(dt, ds_verb) + " (" +
                std::string(to_string(ds_strength)) + ")");
    const auto [oc, ow] = certainty_of(ot, o.content.begin, o.content.end);
    const auto [dc, dw] = certainty_of(dt, d.content.begin, d.content.end);
    if (oc != dc)
        findings.add("hedge-changed", dw.empty() ? d.content : dw, ow.empty() ? o.content : ow,
            "the claim was " + std::string(to_string(oc)) + (ow.empty() ? std::string() : " (" + show(ot, ow) + ")") +
                " and is now " + std::string(to_string(dc)) + (dw.empty() ? std::string() : " (" + show(dt, dw) + ")"));
}

/// Attributions without a partner: lost (the claim is now stated as fact),
/// removed, or added.
template <class = void>
inline void report_unpartnered(drift_findings& findings, std::string_view ot, const article& derived,
                               paraphrase_finder& in_derived,
                               const std::vector<side>& os, const std::vector<side>& ds, const side_alignment& al,
                               const drift_options& opt) {
    const std::string_view dt = derived.text();
    const span_overlaps o_matched(os, al.o_to), d_matched(ds, al.d_to), d_any(ds);
    for (std::size_t i = 0; i < os.size(); ++i) {
        if (al.o_to[i] != SIZE_MAX || o_matched.overlaps(os[i].content)) continue;
        const claim_match m = in_derived.find(ot.substr(os[i].content.begin, os[i].content.size()),
                                              {.threshold = opt.sentence_threshold, .near = in_step(ot, dt, os[i].content.begin)});
        if (m.found && !d_any.overlaps({m.begin, m.end}))
            findings.add("attribution-lost", {m.begin, m.end}, os[i].content,
                "claim " + show(dt, {m.begin, m.end}, 50) + " was attributed to " +
                    (os[i].who.empty() ? std::string("a source") : quoted(os[i].who)) + " and is now stated as fact");
        else
            findings.add("attribution-removed", os[i].content, std::nullopt,
                "the attribution of " + show(ot, os[i].content, 50) + " to " +
                    (os[i].who.empty() ? std::string("its source") : quoted(os[i].who)) + " is not in the derived version",
                true);
    }
    for (std::size_t j = 0; j < ds.size(); ++j) {
        if (al.d_to[j] != SIZE_MAX || d_matched.overlaps(ds[j].content)) continue;
        findings.add("attribution-added", ds[j].content, std::nullopt,
            "new attribution of " + show(dt, ds[j].content, 50) + " to " + (ds[j].who.empty() ? std::string("an unnamed source") : quoted(ds[j].who)));
    }
}

/// Figures: aligns each original sentence holding numbers and compares the numbers.
template <class = void>
inline void compare_figures(drift_findings& findings, const article& original, const article& derived,
                            paraphrase_finder& in_derived, const drift_options& opt) {
    const std::string_view ot = original.text(), dt = derived.text();
    for (const text::span& s : original.sentences()) {
        const auto on = numbers_in(ot, s.begin, s.end);
        if (on.empty()) continue;
        const auto& ss = derived.sentences();
        text::span dsent{};
        // the same sentence at the same place (an unchanged passage) aligns first
        if (!ss.empty()) {
            const text::span same = ss[derived.sentence_at(s.begin)];
            if (dt.substr(same.begin, same.size()) == ot.substr(s.begin, s.size())) dsent = same;
        }
        if (dsent.empty()) {
            std::vector<std::uint64_t> figures;
            for (const word& n : on) figures.push_back(n.stem);
            const claim_match m =
                in_derived.find(ot.substr(s.begin, s.size()),
                                {.threshold = opt.sentence_threshold, .near = in_step(ot, dt, s.begin), .ignore = figures});
            if (!m.found) continue;
            dsent = {ss[derived.sentence_at(m.begin)].begin, ss[derived.sentence_at(m.end > m.begin ? m.end - 1 : m.begin)].end};
        }
        const auto dn = numbers_in(dt, dsent.begin, dsent.end);
        std::vector<word> gone, fresh;
        for (const word& n : on)
            if (std::none_of(dn.begin(), dn.end(), [&](const word& x) { return x.stem == n.stem; })) gone.push_back(n);
        for (const word& n : dn)
            if (std::none_of(on.begin(), on.end(), [&](const word& x) { return x.stem == n.stem; })) fresh.push_back(n);
        for (std::size_t k = 0; k < fresh.size(); ++k) {
            const word& nw = fresh[k];
            // the number with the word after it, for context ("98 injured")
            auto with_next = [](std::string_view t, const word& w) {
                std::vector<word> after;
                split_words(t, after, w.end, std::min<std::size_t>(t.size(), w.end + 40));
                return text::span{w.begin, after.empty() ? w.end : after.front().end};
            };
            const text::span dspan = with_next(dt, nw);
            std::optional<text::span> ospan;
            std::string msg = "figure " + show(dt, dspan, 40);
            if (k < gone.size()) {
                ospan = with_next(ot, gone[k]);
                msg = "figure " + show(ot, *ospan, 40) + " became " + show(dt, dspan, 40);
            } else {
                msg += " is not in the original sentence";
            }
            findings.add("figure-changed", dspan, ospan ? ospan : std::optional<text::span>(s), std::move(msg));
        }
    }
}

}  // namespace detail

/// Every drift from `original` to `derived`, sorted by position in `derived`.
template <class = void>
[[nodiscard]] inline std::vector<finding> drift(const article& original, const article& derived, const drift_options& opt = {}) {
    using namespace detail;
    const std::string_view ot = original.text(), dt = derived.text();
    drift_findings findings(ot, dt);
    const std::vector<side> os = sides(original), ds = sides(derived);
    const side_alignment al = align_sides(os, ds, ot, dt, opt);
    for (std::size_t i = 0; i < os.size(); ++i)
        if (al.o_to[i] != SIZE_MAX) compare_aligned(findings, os[i], ds[al.o_to[i]], ot, dt, opt);
    paraphrase_finder in_derived(derived);  // repeated sentences are ranked once
    report_unpartnered(findings, ot, derived, in_derived, os, ds, al, opt);
    compare_figures(findings, original, derived, in_derived, opt);
    sort_findings(findings.out);
    return std::move(findings.out);
}

/// The same, analysing both texts first.
template <class = void>
[[nodiscard]] inline std::vector<finding> drift(std::string_view original, std::string_view derived, const drift_options& opt = {}) {
    const article o(original), d(derived);
    return drift(o, d, opt);
}

}  // namespace newsprov::checker
