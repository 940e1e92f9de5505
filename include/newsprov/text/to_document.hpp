#pragma once
// An extraction as a story document: what extract() found in an article, in the
// run-time model that the checker, the PROV writers and the drawings take.
//
//   const newsprov::text::extraction x = newsprov::text::extract(article);
//   newsprov::story_document doc = newsprov::text::to_document(x, article, {.story_id = "kharkiv"});
//   newsprov::to_prov_json(doc);  checker::validate(doc, article);  ...
//
// The mapping:
//   attribution   one claim: direct -> direct quote, mixed -> mixed quote,
//                 indirect -> paraphrase. Its text is the article's bytes from
//                 the first to the last content span (so a quote interrupted by
//                 "he said" stays verbatim); content, source and cue spans are
//                 kept as text spans. Attributed to its speaker with the cue's
//                 words; when the extractor names no speaker the claim stays
//                 unattributed (the policy reports claim-needs-source). Content
//                 with no letter or digit (a stray mark) makes no claim.
//   speaker       one source per distinct canonical name (the extractor's
//                 speaker), of the kind source_kind_of() guesses.
//   figure        a reported figure with its parts (part_of the whole). Inside
//                 an attribution's content it takes that claim's text, source
//                 and cue; elsewhere its text is its sentence and it has no
//                 source (the policy then reports claim-needs-source: the
//                 article states the number on its own authority).
// Every claim's content span covers exactly its text, so the checker looks
// for it where the extractor found it.
//   byline        journalists, related by byline; contributor lines by
//                 contributor (with the place when the line names one place).
//   dateline      the story's dateline.
// The document records the article's SHA-256 (np:articleSha256), so a check
// against an edited text reports article-changed. Invariant, tested: checked
// against the same text, the document has no quote-not-verbatim,
// claim-not-found, source-mismatch or figure-not-found finding.

#include <newsprov/graph/document.hpp>
#include <newsprov/text/extract.hpp>
#include <newsprov/util/sha256.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsprov::text {

struct document_options {
    std::string_view story_id = "article";  ///< the story entity's id
    std::string_view headline = {};
    bool keep_text = false;  ///< also store the article itself (np:articleText)
    bool bind = true;        ///< record the article's SHA-256 (np:articleSha256)
};

namespace detail {

// Words that make a speaker name one kind of source or another (whole words).
inline constexpr std::array<std::string_view, 24> anonymous_words{
    "sources",  "source",    "officials", "aides",     "insiders",   "familiar",  "anonymity", "anonymously",
    "diplomats", "analysts", "experts",   "critics",   "observers",  "residents", "witnesses", "people",
    "someone",  "others",    "unnamed",   "unidentified", "advisers", "advisors", "he",        "she"};
inline constexpr std::array<std::string_view, 12> anonymous_openers{
    "a", "an", "one", "two", "three", "several", "some", "many", "other", "few", "most", "they"};
inline constexpr std::array<std::string_view, 30> publication_words{
    "Times",  "Post",     "Journal",   "News",      "Reuters",   "AP",       "Bloomberg", "CNN",
    "BBC",    "NBC",      "CBS",       "ABC",       "Fox",       "Politico", "Tribune",   "Herald",
    "Guardian", "Telegraph", "Gazette", "Daily",    "Axios",     "NPR",      "MSNBC",     "Newsweek",
    "Press",  "newspaper", "magazine", "Interfax",  "TASS",      "Xinhua"};
inline constexpr std::array<std::string_view, 58> organization_words{
    "Ministry",    "Department",  "Party",      "Committee",  "Council",      "Commission",  "Agency",
    "Administration", "Government", "government", "Kremlin",  "Pentagon",     "Congress",    "Senate",
    "Court",       "University",  "Institute",  "Foundation", "Association",  "Union",       "Corporation",
    "Corp",        "Corp.",       "Inc",        "Inc.",       "Company",      "company",     "Group",
    "Bank",        "Campaign",    "campaign",   "Organization", "Organisation", "Police",    "police",
    "Army",        "army",        "Navy",       "military",   "Bureau",       "Service",     "Authority",
    "FBI",         "CIA",         "NATO",       "UN",         "EU",           "Board",       "Coalition",
    "Fund",        "Network",     "ministry",   "House",      "office",       "administration", "firm",
    "Democrats",   "Republicans"};
inline constexpr std::array<std::string_view, 40> office_words{
    "president", "mayor",      "governor",   "minister",  "secretary", "spokesman",   "spokeswoman", "spokesperson",
    "chief",     "director",   "head",       "ambassador", "prosecutor", "judge",     "commissioner", "chairman",
    "chairwoman", "chair",     "leader",     "speaker",   "senator",   "general",     "commander",   "sheriff",
    "chancellor", "premier",   "attorney",   "envoy",     "official",  "representative", "administrator", "manager",
    "ceo",       "founder",    "coach",      "owner",     "editor",    "inspector",   "treasurer",   "auditor"};

template <class = void>
[[nodiscard]] inline std::vector<std::string_view> name_words(std::string_view name) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && (name[i] == ' ' || name[i] == ',' || name[i] == '\'' || name[i] == '"')) ++i;
        std::size_t j = i;
        while (j < name.size() && name[j] != ' ' && name[j] != ',') ++j;
        if (j > i) out.push_back(name.substr(i, j - i));
        i = j;
    }
    return out;
}

template <std::size_t N>
[[nodiscard]] bool any_word_in(const std::vector<std::string_view>& words, const std::array<std::string_view, N>& list) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return in_list(list, w); });
}

}  // namespace detail

/// The kind of source a speaker's name denotes, by a heuristic over its words
/// (checked in this order):
///   anonymous     no name, an unresolved pronoun, or an unnamed group or
///                 indefinite phrase: "officials", "a source familiar with ...", "two aides";
///   publication   an outlet's word: "The New York Times", "Reuters", "CNN";
///   organization  a body's word: "the Kremlin", "the Justice Department", "Trump campaign";
///   office        a phrase headed or ended by a lowercase title: "mayor of Kharkiv",
///                 "the president", "Ukraine's economy minister";
///   person        everything else (the extractor gives people's names without titles).
template <class = void>
[[nodiscard]] inline source_kind source_kind_of(std::string_view speaker) {
    const std::vector<std::string_view> words = detail::name_words(speaker);
    if (words.empty()) return source_kind::anonymous;
    std::string first;
    for (char c : words.front()) first += detail::lower_ascii(c);
    if (detail::in_list(detail::anonymous_openers, first) ||
        std::any_of(words.begin(), words.end(), [](std::string_view w) {
            std::string lw;
            for (char c : w) lw += detail::lower_ascii(c);
            return detail::in_list(detail::anonymous_words, lw);
        }))
        return source_kind::anonymous;
    if (detail::any_word_in(words, detail::publication_words)) return source_kind::publication;
    if (detail::any_word_in(words, detail::organization_words)) return source_kind::organization;
    // the head noun of "the president", "mayor of Kharkiv", "Ukraine's economy minister"
    auto office_noun = [](std::string_view w) {
        return !w.empty() && !(w.front() >= 'A' && w.front() <= 'Z') && detail::in_list(detail::office_words, w);
    };
    const std::string_view head = first == "the" && words.size() > 1 ? words[1] : words.front();
    if (office_noun(head) || office_noun(words.back())) return source_kind::office;
    return source_kind::person;
}

namespace detail {

/// A readable id from a name ("Dmitry Peskov" -> "dmitry-peskov"); empty when the name has no ASCII letter or digit.
template <class = void>
[[nodiscard]] inline std::string slug(std::string_view name) {
    std::string out;
    for (char c : name) {
        const char l = lower_ascii(c);
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) out += l;
        else if (!out.empty() && out.back() != '-') out += '-';
        if (out.size() >= 48) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

template <class = void>
[[nodiscard]] inline bool has_alnum(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    });
}

/// The words of spans, joined by single spaces ("told reporters", "according to").
template <class = void>
[[nodiscard]] inline std::string joined(std::string_view text, const std::vector<span>& spans) {
    std::string out;
    for (const span& s : spans) {
        if (!out.empty()) out += ' ';
        out.append(text.substr(s.begin, s.size()));
    }
    return out;
}

/// The sentence around [b, e): back to the previous and on to the next line
/// break or ". ", "? ", "! " (the checker's own splitter decides in the end;
/// this only gives a figure claim the words around its number).
template <class = void>
[[nodiscard]] inline span sentence_around(std::string_view text, span s) {
    auto ends_sentence = [&](std::size_t i) {  // text[i] closes a sentence
        const char c = text[i];
        if (c == '\n') return true;
        return (c == '.' || c == '?' || c == '!') && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n');
    };
    std::size_t b = s.begin;
    while (b > 0 && !ends_sentence(b - 1)) --b;
    std::size_t e = s.end;
    while (e < text.size() && !ends_sentence(e)) ++e;
    if (e < text.size() && text[e] != '\n') ++e;
    while (b < s.begin && (text[b] == ' ' || text[b] == '\n')) ++b;
    return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

/// Builds the document; one object so that the lookups it keeps stay together.
class document_builder {
public:
    template <class = void>
    document_builder(std::string_view text, const document_options& opt) : text_(text) {
        doc_.set_info({.id = opt.story_id, .headline = opt.headline});
        if (opt.keep_text) doc_.set_text(text);
        if (opt.bind) doc_.set_article_sha256(sha256_hex(text));
    }

    template <class = void>
    void add_attributions(const std::vector<attribution>& as) {
        for (const attribution& a : as) {
            if (a.content.empty()) continue;
            span extent{a.content.front().begin, a.content.front().end};
            for (const span& s : a.content) extent = {std::min(extent.begin, s.begin), std::max(extent.end, s.end)};
            const std::string_view body = text_.substr(extent.begin, extent.size());
            if (!has_alnum(body)) continue;
            constexpr std::array kinds{claim_kind::direct_quote, claim_kind::mixed_quote, claim_kind::paraphrase};
            const std::string_view claim = doc_.add_claim({kinds[static_cast<std::size_t>(a.kind)], {}, body});
            for (const span& s : a.content) doc_.add_span({claim, span_role::content, s.begin, s.end});
            for (const span& s : a.source) doc_.add_span({claim, span_role::source, s.begin, s.end});
            for (const span& s : a.cue) doc_.add_span({claim, span_role::cue, s.begin, s.end});
            const std::string cue = joined(text_, a.cue);
            // no speaker: the claim stays unattributed (see the mapping above)
            const std::string_view source = a.speaker.empty() ? std::string_view{} : speaker_source(a.speaker);
            if (!source.empty())
                doc_.add_relation({.kind = relation_kind::attribution, .from = claim, .to = source, .cue = cue});
            claims_.push_back({extent, std::string(claim), std::string(source), cue});
        }
    }

    template <class = void>
    void add_figures(const std::vector<figure>& fs) {
        for (const figure& f : fs) {
            const attributed* in = enclosing(f.where);
            const span sentence = sentence_around(text_, f.where);
            const span place = in ? in->extent : sentence;
            const std::string_view claim =
                doc_.add_claim({claim_kind::reported_figure, {}, text_.substr(place.begin, place.size())});
            doc_.add_span({claim, span_role::content, place.begin, place.end});
            add_quantity(claim, f.value, f.unit, 0, no_whole);
            std::uint8_t index = 1;
            for (const figure_part& p : f.parts) {
                if (index == no_whole) break;  // the record's index is one byte
                add_quantity(claim, p.value, p.unit, index++, 0);
            }
            if (in && !in->source.empty())
                doc_.add_relation({.kind = relation_kind::attribution, .from = claim, .to = in->source, .cue = in->cue});
        }
    }

    template <class = void>
    void add_credits(const extraction& x) {
        if (x.byline) add_credit(*x.byline, relation_kind::byline);
        for (const credit& c : x.contributors) add_credit(c, relation_kind::contributor);
        if (!x.dateline.empty()) {
            story_info info = doc_.info();
            info.dateline = text_.substr(x.dateline.begin, x.dateline.size());
            doc_.set_info(info);
        }
    }

    template <class = void>
    [[nodiscard]] story_document take() { return std::move(doc_); }

private:
    struct attributed {
        span extent;
        std::string claim, source, cue;
    };

    /// The source of a speaker: one per distinct canonical name.
    template <class = void>
    std::string_view speaker_source(const std::string& name) {
        return source_named(name, source_kind_of(name), speakers_);
    }

    template <class = void>
    std::string_view source_named(const std::string& name, source_kind kind,
                                  std::unordered_map<std::string, std::string>& seen) {
        if (const auto it = seen.find(name); it != seen.end()) return doc_.find_source(it->second)->id;
        std::string id = slug(name);
        if (!id.empty() && doc_.kind_of(id)) id += "-" + std::to_string(doc_.sources().size() + 1);
        if (!id.empty() && doc_.kind_of(id)) id.clear();  // a fresh "source-N" then
        const std::string_view stored = doc_.add_source({.kind = kind, .id = id, .name = name});
        seen.emplace(name, std::string(stored));
        return stored;
    }

    /// The attribution whose content holds a span, if any: among those starting
    /// at or before it (sorted by start), the nearest few are asked, so the
    /// work per figure stays constant.
    template <class = void>
    [[nodiscard]] const attributed* enclosing(span s) {
        if (!sorted_) {
            std::stable_sort(claims_.begin(), claims_.end(),
                             [](const attributed& x, const attributed& y) { return x.extent.begin < y.extent.begin; });
            sorted_ = true;
        }
        auto it = std::upper_bound(claims_.begin(), claims_.end(), s.begin,
                                   [](std::uint32_t b, const attributed& c) { return b < c.extent.begin; });
        for (int asked = 0; it != claims_.begin() && asked < 8; ++asked) {
            --it;
            if (s.end <= it->extent.end) return &*it;
        }
        return nullptr;
    }

    template <class = void>
    void add_quantity(std::string_view claim, double value, const std::string& unit, std::uint8_t index,
                      std::uint8_t part_of) {
        // money and percentages are units; a counted noun ("injured", "children") is what is counted
        static constexpr std::array<std::string_view, 10> units{"usd", "eur", "gbp", "jpy", "cny",
                                                                "rub", "uah", "inr", "percent", "chf"};
        const bool is_unit = in_list(units, unit);
        doc_.add_quantity({.claim = claim, .value = value, .unit = is_unit ? unit : std::string_view{},
                           .what = is_unit ? std::string_view{} : unit, .index = index, .part_of = part_of});
    }

    template <class = void>
    void add_credit(const credit& c, relation_kind kind) {
        const std::string_view place = c.places.size() == 1 ? text_.substr(c.places[0].begin, c.places[0].size())
                                                            : std::string_view{};
        for (const span& n : c.names) {
            const std::string name(text_.substr(n.begin, n.size()));
            const std::string_view id = source_named(name, source_kind::journalist, journalists_);
            doc_.add_relation({.kind = kind, .from = doc_.info().id, .to = id, .location = place});
        }
    }

    std::string_view text_;
    story_document doc_;
    std::vector<attributed> claims_;  // sorted by content start before the first figure is placed
    bool sorted_ = false;
    std::unordered_map<std::string, std::string> speakers_, journalists_;
};

}  // namespace detail

/// The extraction of `text` as a story document (see the mapping above).
template <class = void>
[[nodiscard]] inline story_document to_document(const extraction& x, std::string_view text,
                                                const document_options& opt = {}) {
    detail::document_builder b(text, opt);
    b.add_attributions(x.attributions);
    b.add_figures(x.figures);
    b.add_credits(x);
    return b.take();
}

/// Extracts and converts in one step.
template <class = void>
[[nodiscard]] inline story_document to_document(std::string_view text, const document_options& opt = {}) {
    return to_document(extract(text), text, opt);
}

}  // namespace newsprov::text
