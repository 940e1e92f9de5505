#pragma once
// Builds a story_document from a stream of bytes: the fuzz harnesses feed it
// libFuzzer's input, the property tests feed it bytes from a seeded PRNG. The
// document is well formed (ids unique, references resolvable, relations of the
// shapes the PROV mapping reads back as the same relation), but its strings are
// hostile: quotation marks, backslashes, PROV-N delimiters, comment openers,
// control characters and multi-byte UTF-8 in ids, names, cues and texts.

#include <newsprov/graph/document.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov_fuzz {

/// Reads numbers and strings from bytes; zeros once the bytes run out.
class byte_source {
public:
    explicit byte_source(std::string_view bytes) : s_(bytes) {}

    [[nodiscard]] std::uint8_t byte() { return i_ < s_.size() ? static_cast<std::uint8_t>(s_[i_++]) : 0; }
    [[nodiscard]] std::size_t below(std::size_t n) { return n == 0 ? 0 : byte() % n; }
    [[nodiscard]] bool flag() { return (byte() & 1u) != 0; }
    [[nodiscard]] bool exhausted() const noexcept { return i_ >= s_.size(); }
    /// Up to `max` raw bytes.
    [[nodiscard]] std::string_view raw(std::size_t max) {
        const std::size_t n = std::min(below(max + 1), s_.size() - std::min(i_, s_.size()));
        const std::string_view out = s_.substr(std::min(i_, s_.size()), n);
        i_ += n;
        return out;
    }
    [[nodiscard]] double number() {
        std::uint64_t bits = 0;
        for (int k = 0; k < 8; ++k) bits = (bits << 8) | byte();
        switch (bits % 8) {
        case 0: return static_cast<double>(bits % 1000);
        case 1: return -static_cast<double>(bits % 100) / 4;
        default: return std::bit_cast<double>(bits);  // any double: NaN, infinities, -0, subnormals
        }
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;
};

namespace detail {

// Pieces of valid UTF-8 text, chosen to stress every writer's escaping.
inline constexpr std::array<std::string_view, 40> text_pieces{
    "a", "Z", "said", " ", "  ", "0", "98", "-", ".", ",", ";", ":", "=", "(", ")", "[", "]", "{", "}", "'",
    "\"", "\\", "/", "//", "/*", "*/", "<", ">", "\n", "\r", "\t", "\x01", "\x1f", "\x7f", "\xC3\xA9",
    "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "%%"};
// Tails of ids: no letters, so that a tail never spells "-q" (quantity ids).
inline constexpr std::array<std::string_view, 34> id_pieces{
    ".", "-", "_", "/", "//", "/*", "\\", " ", ":", ";", ",", "(", ")", "[", "]", "=", "\"", "'", "<",
    ">", "{", "}", "|", "^", "`", "%", "@", "#", "\xC3\xA9", "*", "~", "!", "0", "7"};

}  // namespace detail

/// A string of up to `max_pieces` hostile pieces.
[[nodiscard]] inline std::string hostile_text(byte_source& in, std::size_t max_pieces) {
    std::string s;
    const std::size_t n = in.below(max_pieces + 1);
    for (std::size_t k = 0; k < n; ++k) s.append(detail::text_pieces[in.below(detail::text_pieces.size())]);
    return s;
}

/// An id: a letter and a number (unique by construction), then maybe a hostile tail.
[[nodiscard]] inline std::string hostile_id(byte_source& in, char letter, std::size_t n) {
    std::string s(1, letter);
    s.append(std::to_string(n));
    if (in.below(3) == 0) {
        const std::size_t k = in.below(4) + 1;
        for (std::size_t j = 0; j < k; ++j) s.append(detail::id_pieces[in.below(detail::id_pieces.size())]);
    }
    return s;
}

/// Options for the generated document.
struct document_shape {
    std::size_t max_sources = 6;
    std::size_t max_claims = 8;
    std::size_t max_relations = 12;
    std::string_view article;  ///< claims may quote pieces of it (validation)
};

/// A well-formed document with hostile strings, built from `in`.
[[nodiscard]] inline newsprov::story_document random_document(byte_source& in, const document_shape& shape = {}) {
    using namespace newsprov;
    story_document doc;
    std::deque<std::string> keep;  // stable: the builder's strings live until the document has copied them
    auto text = [&](std::size_t max) -> std::string_view { return keep.emplace_back(hostile_text(in, max)); };

    std::string story_id;
    if (in.flag()) {
        story_id = hostile_id(in, 'x', 0);
        doc.set_info(story_info{story_id, text(6), {}, text(3), text(3)});
        if (in.flag()) doc.set_text(shape.article.empty() ? text(12) : shape.article);
    }

    std::vector<std::string> sources, documents, claims;
    const std::size_t nsources = in.below(shape.max_sources + 1);
    for (std::size_t k = 0; k < nsources; ++k) {
        source_record s;
        s.kind = static_cast<source_kind>(in.below(7));
        const std::string& id = keep.emplace_back(hostile_id(in, 's', k));
        s.id = id;
        s.name = text(5);
        s.description = text(3);
        s.role = static_cast<source_role>(in.below(3));
        if (!sources.empty() && in.flag()) s.principal = keep.emplace_back(sources[in.below(sources.size())]);
        if (in.flag()) {
            s.has_principal_kind = true;
            s.principal_kind = static_cast<source_kind>(in.below(7));
        }
        s.anonymity_reason = text(3);
        if (s.kind == source_kind::document) s.document = static_cast<document_kind>(in.below(7));
        s.location = text(2);
        doc.add_source(s);
        sources.push_back(id);
        if (s.kind == source_kind::document) documents.push_back(id);
    }

    const std::size_t nclaims = in.below(shape.max_claims + 1);
    for (std::size_t k = 0; k < nclaims; ++k) {
        claim_record c;
        c.kind = static_cast<claim_kind>(in.below(6));
        const std::string& id = keep.emplace_back(hostile_id(in, 'c', k));
        c.id = id;
        if (!shape.article.empty() && in.flag()) {
            // a piece of the article, so that validation finds (or nearly finds) it
            const std::size_t b = in.below(shape.article.size());
            c.text = shape.article.substr(b, std::min<std::size_t>(shape.article.size() - b, 1 + in.below(120)));
        } else {
            c.text = text(10);
        }
        doc.add_claim(c);
        claims.push_back(id);
    }

    // Quantities: (claim, index) unique; a part names a whole of the same claim.
    for (std::size_t ci = 0; ci < claims.size(); ++ci) {
        if (in.below(3) != 0) continue;
        const std::size_t count = in.below(4) + 1;
        for (std::size_t q = 0; q < count; ++q) {
            quantity_record r;
            r.claim = claims[ci];
            r.value = in.number();
            r.unit = text(2);
            r.what = text(2);
            r.index = static_cast<std::uint8_t>(q);
            if (q > 0 && in.flag()) r.part_of = static_cast<std::uint8_t>(in.below(q));
            doc.add_quantity(r);
        }
    }

    std::size_t relation_ids = 0;
    const std::size_t nrelations = in.below(shape.max_relations + 1);
    for (std::size_t k = 0; k < nrelations; ++k) {
        relation_record r;
        auto pick = [&](const std::vector<std::string>& v) -> std::string_view { return v[in.below(v.size())]; };
        switch (in.below(6)) {
        case 0:  // attribution: claim -> source
            if (claims.empty() || sources.empty()) continue;
            r.kind = relation_kind::attribution;
            r.from = pick(claims);
            r.to = pick(sources);
            r.cue = text(3);
            r.date = text(2);
            break;
        case 1:  // relayed_by
            if (claims.empty() || sources.empty()) continue;
            r.kind = relation_kind::relayed_by;
            r.from = pick(claims);
            r.to = pick(sources);
            r.via = pick(sources);
            r.cue = text(2);
            break;
        case 2:  // on_behalf_of: source -> source
            if (sources.empty()) continue;
            r.kind = relation_kind::on_behalf_of;
            r.from = pick(sources);
            r.to = pick(sources);
            break;
        case 3:  // between documents
            if (documents.empty()) continue;
            r.kind = static_cast<relation_kind>(3 + in.below(3));
            r.from = pick(documents);
            r.to = pick(documents);
            break;
        default:  // byline or contributor of the story
            if (sources.empty() || story_id.empty()) continue;
            r.kind = in.flag() ? relation_kind::byline : relation_kind::contributor;
            r.to = pick(sources);
            r.location = text(2);
            break;
        }
        std::string_view id;
        if (in.below(4) == 0) id = keep.emplace_back(hostile_id(in, 'r', relation_ids++));
        doc.add_relation(r, id);
    }

    // Spans of sources and claims (the PROV form keeps spans with their subject).
    const std::size_t nspans = sources.empty() && claims.empty() ? 0 : in.below(6);
    for (std::size_t k = 0; k < nspans; ++k) {
        const bool of_claim = !claims.empty() && (sources.empty() || in.flag());
        const std::string& subject = of_claim ? claims[in.below(claims.size())] : sources[in.below(sources.size())];
        const std::size_t b = in.below(200);
        doc.add_span({subject, static_cast<span_role>(in.below(3)), b, b + in.below(50)});
    }
    return doc;
}

}  // namespace newsprov_fuzz
