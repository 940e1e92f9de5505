#pragma once
// PROV-O in Turtle (W3C PROV-O, RDF 1.1 Turtle): a story's sources as
// prov:Agent (documents as prov:Entity), its claims as prov:Entity with
// prov:wasAttributedTo and a qualified prov:Attribution carrying np:cue,
// spokespeople and officials prov:actedOnBehalfOf their principal, relayed
// claims attributed to their origin with np:via, documents related by
// prov:wasQuotedFrom / prov:wasDerivedFrom / prov:wasRevisionOf, and the story
// entity attributed to its byline and contributors (prov:hadRole np:Byline,
// np:Contributor).
//
//   std::string ttl = newsprov::to_turtle(newsprov::to_document(seed::story));
//
// Escaping: literals escape '"', '\\' and every control character (\n, \t...,
// others as \u00XX); invalid UTF-8 becomes U+FFFD; non-ASCII is written as
// UTF-8, or as \uXXXX / \UXXXXXXXX with turtle_options::ascii_only. Ids become
// local names of the story's prefix, every byte outside [A-Za-z0-9_-] (and a
// leading '-') percent-encoded, so any id yields a valid prefixed name.

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/io/export_view.hpp>
#include <newsprov/util/utf8.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace newsprov {

struct turtle_options {
    /// IRI of the story's own names (ids); empty: detail::story_namespace(story id).
    std::string_view base;
    /// Escape every non-ASCII character (\uXXXX) instead of writing UTF-8.
    bool ascii_only = false;
};

namespace detail {

/// Appends `s` as a Turtle STRING_LITERAL_QUOTE (with its quotes).
inline void append_turtle_string(std::string& out, std::string_view s, bool ascii_only = false) {
    static constexpr char hex[] = "0123456789ABCDEF";
    out.push_back('"');
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            std::size_t bad = 0;
            const std::size_t len = utf8::sequence(s, i, bad);
            if (len == 0) {
                out.append(ascii_only ? "\\uFFFD" : "\xEF\xBF\xBD");
                i += bad;
                continue;
            }
            if (!ascii_only) {
                out.append(s.substr(i, len));
            } else {
                char32_t cp = len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
                for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
                const bool wide = cp > 0xFFFF;
                out.append(wide ? "\\U" : "\\u");
                for (int shift = wide ? 28 : 12; shift >= 0; shift -= 4) out.push_back(hex[(cp >> shift) & 0xF]);
            }
            i += len;
            continue;
        }
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                    out.append(esc, sizeof esc);
                } else {
                    out.push_back(static_cast<char>(c));
                }
        }
        ++i;
    }
    out.push_back('"');
}

/// Appends `id` as a PN_LOCAL: [A-Za-z0-9_-] as is (a leading '-' encoded),
/// every other byte as %XX. Distinct ids stay distinct.
inline void append_turtle_local(std::string& out, std::string_view id) {
    static constexpr char hex[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto c = static_cast<unsigned char>(id[i]);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum || c == '_' || (c == '-' && i != 0)) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xF]);
        }
    }
}

/// Appends `iri` as an IRIREF (<...>): characters Turtle forbids in one (controls,
/// space, <>"{}|^`\) and invalid UTF-8 bytes are percent-encoded.
inline void append_turtle_iri(std::string& out, std::string_view iri) {
    static constexpr char hex[] = "0123456789ABCDEF";
    out.push_back('<');
    for (std::size_t i = 0; i < iri.size();) {
        const auto c = static_cast<unsigned char>(iri[i]);
        if (c >= 0x80) {
            std::size_t bad = 0;
            const std::size_t len = utf8::sequence(iri, i, bad);
            if (len != 0) {
                out.append(iri.substr(i, len));
                i += len;
                continue;
            }
        } else if (c > 0x20 && c != 0x7F && std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) == std::string_view::npos) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        out.push_back('%');
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 0xF]);
        ++i;
    }
    out.push_back('>');
}

/// A Turtle number: an integer literal when exact, else an xsd:double.
inline void append_turtle_number(std::string& out, double v) {
    if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e15) {
        out.append(std::to_string(static_cast<long long>(v)));
        return;
    }
    if (std::isnan(v)) {
        out.append("\"NaN\"^^xsd:double");
    } else if (std::isinf(v)) {
        out.append(v > 0 ? "\"INF\"^^xsd:double" : "\"-INF\"^^xsd:double");
    } else {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.push_back('"');
        out.append(buf, r.ptr);
        out.append("\"^^xsd:double");
    }
}

/// Writes subjects one predicate-object pair at a time, with the separators
/// Turtle needs (' ;' between pairs, ' .' at the end), and counts triples.
class turtle_out {
public:
    turtle_out(std::string& out, bool ascii_only) : out_(out), ascii_(ascii_only) {}

    void subject(std::string_view id) {
        finish();
        out_.append("story:");
        append_turtle_local(out_, id);
        open_ = true;
        first_ = true;
    }
    /// Consecutive uses of one predicate share it (an object list: "p o1, o2").
    std::string& predicate(std::string_view p) {
        ++triples_;
        if (!first_ && p == last_) {
            out_.append(",\n        ");
            return out_;
        }
        out_.append(first_ ? " " : " ;\n    ");
        first_ = false;
        last_ = p;
        out_.append(p).push_back(' ');
        return out_;
    }
    void object_name(std::string_view p, std::string_view id) {
        predicate(p).append("story:");
        append_turtle_local(out_, id);
    }
    void object_string(std::string_view p, std::string_view text) {
        predicate(p);
        append_turtle_string(out_, text, ascii_);
    }
    /// A literal typed xsd:date when it is one, plain otherwise.
    void object_date(std::string_view p, std::string_view text) {
        object_string(p, text);
        if (is_iso_date(text)) out_.append("^^xsd:date");
    }
    /// `a T1, T2, ...`: one triple per type.
    void types(std::string_view list) {
        predicate("a").append(list);
        for (char ch : list)
            if (ch == ',') ++triples_;
    }
    /// One more type of the current `a`.
    void more_type(std::string_view type) {
        out_.append(", ").append(type);
        ++triples_;
    }
    /// [ a TYPES ; prov:agent|prov:entity s:WHO ; ...pairs ] as the object of `p`;
    /// `pairs` are (predicate, literal) with empty ones skipped; `role` an np: IRI.
    void qualified(std::string_view p, std::string_view types, std::string_view who_predicate, std::string_view who,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> pairs,
                   std::string_view role = {}, std::string_view via = {}) {
        predicate(p).append("[ a ").append(types);
        for (std::size_t at = 0; (at = types.find(',', at)) != std::string_view::npos; ++at) ++triples_;
        ++triples_;  // the first type
        out_.append(" ; ").append(who_predicate).append(" story:");
        append_turtle_local(out_, who);
        ++triples_;
        if (!role.empty()) {
            out_.append(" ; prov:hadRole ").append(role);
            ++triples_;
        }
        if (!via.empty()) {
            out_.append(" ; np:via story:");
            append_turtle_local(out_, via);
            ++triples_;
        }
        for (const auto& [key, text] : pairs) {
            if (text.empty()) continue;
            out_.append(" ; ").append(key).push_back(' ');
            append_turtle_string(out_, text, ascii_);
            if (key == "np:date" && is_iso_date(text)) out_.append("^^xsd:date");
            ++triples_;
        }
        out_.append(" ]");
    }
    void finish() {
        if (open_) out_.append(" .\n");
        open_ = false;
    }
    void comment(std::string_view text) {
        finish();
        out_.append("\n# ").append(text).push_back('\n');
    }
    [[nodiscard]] std::size_t triples() const noexcept { return triples_; }
    [[nodiscard]] std::string& text() noexcept { return out_; }

private:
    std::string& out_;
    bool ascii_;
    bool open_ = false;
    bool first_ = true;
    std::string_view last_;  // the current predicate (a string literal)
    std::size_t triples_ = 0;
};

[[nodiscard]] constexpr std::string_view turtle_agent_types(source_kind k) noexcept {
    switch (k) {
        case source_kind::person: return "prov:Agent, prov:Person, np:Person";
        case source_kind::office: return "prov:Agent, np:Office";
        case source_kind::organization: return "prov:Agent, prov:Organization, np:Organization";
        case source_kind::publication: return "prov:Agent, prov:Organization, np:Publication";
        case source_kind::journalist: return "prov:Agent, prov:Person, np:Journalist";
        case source_kind::anonymous: return "prov:Agent, np:Anonymous";
        case source_kind::document: return "prov:Entity, np:Document";
    }
    return "prov:Agent";
}

[[nodiscard]] constexpr std::string_view turtle_document_type(document_kind k) noexcept {
    switch (k) {
        case document_kind::statement: return "np:Statement";
        case document_kind::report: return "np:Report";
        case document_kind::memorandum: return "np:Memorandum";
        case document_kind::filing: return "np:Filing";
        case document_kind::transcript: return "np:Transcript";
        case document_kind::article: return "np:Article";
        case document_kind::other: break;
    }
    return "np:OtherDocument";
}

[[nodiscard]] constexpr std::string_view turtle_claim_type(claim_kind k) noexcept {
    switch (k) {
        case claim_kind::direct_quote: return "np:DirectQuote";
        case claim_kind::mixed_quote: return "np:MixedQuote";
        case claim_kind::paraphrase: return "np:Paraphrase";
        case claim_kind::reported_figure: return "np:ReportedFigure";
        case claim_kind::denial: return "np:Denial";
        case claim_kind::observation: return "np:Observation";
    }
    return "np:Claim";
}

/// The predicates of subject `id` that its relations make: plain PROV
/// relations first (deduplicated, so they form object lists), then their
/// qualified forms. `claim` is set when the subject is a claim; `source` when
/// it is a source (its declared principal counts as an on-behalf-of relation).
inline void turtle_relations(turtle_out& t, const story_records& records, const export_index& index,
                             std::string_view id, std::optional<claim_kind> claim, const source_record* source) {
    const auto& rels = index.relations_from(id);
    // (predicate, object) pairs written: a set, as one claim may have many sources.
    std::unordered_set<std::string> written;
    std::string key;
    auto plain = [&](std::string_view p, std::string_view object) {
        key.assign(p).push_back('\0');  // no predicate holds a NUL
        key.append(object);
        if (!written.insert(key).second) return;
        t.object_name(p, object);
    };
    const bool quote = claim && is_quote(*claim);
    if (source != nullptr && !source->principal.empty())
        plain(source->kind == source_kind::document ? "prov:wasAttributedTo" : "prov:actedOnBehalfOf",
              source->principal);  // a document's issuer; an agent's principal
    for (std::size_t ri : rels) {
        const relation_record& r = records.relations[ri];
        switch (r.kind) {
            case relation_kind::attribution:
                if (index.is_document(r.to))
                    plain(quote ? "prov:wasQuotedFrom" : "prov:wasDerivedFrom", r.to);  // a document is an entity
                else
                    plain("prov:wasAttributedTo", r.to);
                break;
            case relation_kind::relayed_by:
                plain(index.is_document(r.to) ? "prov:hadPrimarySource" : "prov:wasAttributedTo", r.to);
                break;
            case relation_kind::on_behalf_of: plain("prov:actedOnBehalfOf", r.to); break;
            case relation_kind::quoted_from: plain("prov:wasQuotedFrom", r.to); break;
            case relation_kind::derived_from: plain("prov:wasDerivedFrom", r.to); break;
            case relation_kind::revision_of: plain("prov:wasRevisionOf", r.to); break;
            case relation_kind::byline:
            case relation_kind::contributor: break;  // the story's, written with it
        }
    }
    for (std::size_t ri : rels) {
        const relation_record& r = records.relations[ri];
        if (r.kind == relation_kind::attribution && (!r.cue.empty() || !r.date.empty())) {
            if (!index.is_document(r.to))
                t.qualified("prov:qualifiedAttribution", "prov:Attribution", "prov:agent", r.to,
                            {{"np:cue", r.cue}, {"np:date", r.date}});
            else if (quote)
                t.qualified("prov:qualifiedQuotation", "prov:Quotation", "prov:entity", r.to,
                            {{"np:cue", r.cue}, {"np:date", r.date}});
            else
                t.qualified("prov:qualifiedDerivation", "prov:Derivation", "prov:entity", r.to,
                            {{"np:cue", r.cue}, {"np:date", r.date}});
        } else if (r.kind == relation_kind::relayed_by) {
            // Second hand: the origin said it, `via` passed it on.
            if (index.is_document(r.to))
                t.qualified("prov:qualifiedPrimarySource", "prov:PrimarySource, np:Relay", "prov:entity", r.to, {}, {},
                            r.via);
            else
                t.qualified("prov:qualifiedAttribution", "prov:Attribution, np:Relay", "prov:agent", r.to, {}, {},
                            r.via);
        }
    }
}

}  // namespace detail

/// Appends the story as PROV-O Turtle to `out`; returns the number of triples written.
inline std::size_t write_turtle(std::string& out, const story_info& info, const story_records& records,
                                const turtle_options& opts = {}) {
    const detail::export_index index(records);
    detail::turtle_out t(out, opts.ascii_only);

    out.append("@prefix prov: <http://www.w3.org/ns/prov#> .\n");
    out.append("@prefix np: ");
    detail::append_turtle_iri(out, detail::np_iri);
    out.append(" .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n");
    out.append("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
    out.append("@prefix story: ");
    detail::append_turtle_iri(out, opts.base.empty() ? detail::story_namespace(info.id) : std::string(opts.base));
    out.append(" .\n");

    // The story, its byline, contributors and publisher.
    const std::string_view story_id = info.id.empty() ? std::string_view("story") : info.id;
    t.comment("the story");
    t.subject(story_id);
    t.types("prov:Entity, np:Story");
    if (!info.headline.empty()) {
        t.object_string("rdfs:label", info.headline);
        t.object_string("np:headline", info.headline);
    }
    if (!info.dateline.empty()) t.object_string("np:dateline", info.dateline);
    if (!info.date.empty()) t.object_date("np:date", info.date);
    if (!info.publication.empty()) t.object_name("np:publication", info.publication);
    struct credit {
        std::string_view who, role, location;
    };
    std::vector<credit> credits;
    for (const relation_record& r : records.relations) {
        if (r.kind == relation_kind::byline) credits.push_back({r.to, "np:Byline", r.location});
        if (r.kind == relation_kind::contributor) credits.push_back({r.to, "np:Contributor", r.location});
    }
    for (const credit& c : credits) t.object_name("prov:wasAttributedTo", c.who);
    for (const credit& c : credits)
        t.qualified("prov:qualifiedAttribution", "prov:Attribution", "prov:agent", c.who,
                    {{"np:location", c.location}}, c.role);
    detail::turtle_relations(t, records, index, story_id, std::nullopt, nullptr);

    // Sources: agents, and documents as entities.
    t.comment("sources");
    for (const source_record& s : records.sources) {
        t.subject(s.id);
        t.types(detail::turtle_agent_types(s.kind));
        if (s.kind == source_kind::document)
            t.predicate("np:documentKind").append(detail::turtle_document_type(s.document));
        if (!s.name.empty()) t.object_string("rdfs:label", s.name);
        if (!s.description.empty()) t.object_string("np:description", s.description);
        if (!s.anonymity_reason.empty()) t.object_string("np:anonymityReason", s.anonymity_reason);
        if (!s.location.empty()) t.object_string("np:location", s.location);
        if (s.role == source_role::spokesperson_for) t.predicate("np:role").append("np:Spokesperson");
        if (s.role == source_role::official_of) t.predicate("np:role").append("np:Official");
        detail::turtle_relations(t, records, index, s.id, std::nullopt, &s);
    }

    // Claims and the quantities of figures.
    t.comment("claims");
    for (const claim_record& c : records.claims) {
        t.subject(c.id);
        t.types("prov:Entity");
        t.more_type(detail::turtle_claim_type(c.kind));
        if (!c.text.empty()) t.object_string("np:text", c.text);
        detail::turtle_relations(t, records, index, c.id, c.kind, nullptr);
    }
    // Quantities are named FIGURE-qINDEX, as in PROV-JSON (io/prov_mapping.hpp).
    std::string name, whole;
    for (const quantity_record& q : records.quantities) {
        name.assign(q.claim).append("-q").append(std::to_string(q.index));
        t.subject(name);
        t.types("prov:Entity, np:Quantity");
        t.object_name("np:figure", q.claim);
        detail::append_turtle_number(t.predicate("np:value"), q.value);
        if (!q.unit.empty()) t.object_string("np:unit", q.unit);
        if (!q.what.empty()) t.object_string("np:what", q.what);
        if (q.part_of != no_whole) t.object_name("np:partOf", whole.assign(q.claim).append("-q").append(std::to_string(q.part_of)));
    }

    // Relations from ids the story does not declare: written, not dropped.
    std::unordered_set<std::string_view> dangling;
    for (const relation_record& r : records.relations) {
        if (r.kind == relation_kind::byline || r.kind == relation_kind::contributor) continue;
        if (index.claim(r.from) || index.source(r.from) || r.from == story_id) continue;
        if (!dangling.insert(r.from).second) continue;
        if (dangling.size() == 1) t.comment("relations of undeclared parts");
        t.subject(r.from);
        detail::turtle_relations(t, records, index, r.from, std::nullopt, nullptr);
    }
    t.finish();
    return t.triples();
}

/// The story as PROV-O Turtle.
[[nodiscard]] inline std::string to_turtle(const story_info& info, const story_records& records,
                                           const turtle_options& opts = {}) {
    std::string out;
    write_turtle(out, info, records, opts);
    return out;
}
template <exportable_story S>
[[nodiscard]] std::string to_turtle(const S& story, const turtle_options& opts = {}) {
    return to_turtle(detail::info_of(story), story.records(), opts);
}

}  // namespace newsprov
