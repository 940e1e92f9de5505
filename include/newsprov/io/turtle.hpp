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
// A document's generic PROV records follow in their PROV-O mapping
// (io/turtle_prov.hpp). Escaping (io/turtle_syntax.hpp): literals escape '"', '\\' and every control character (\n, \t...,
// others as \u00XX); invalid UTF-8 becomes U+FFFD; non-ASCII is written as
// UTF-8, or as \uXXXX / \UXXXXXXXX with turtle_options::ascii_only. Ids become
// local names of the story's prefix, every byte outside [A-Za-z0-9_-] (and a
// leading '-') percent-encoded, so any id yields a valid prefixed name.

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/io/export_view.hpp>
#include <newsprov/io/prov_extensions.hpp>
#include <newsprov/io/turtle_prov.hpp>
#include <newsprov/io/turtle_syntax.hpp>

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

/// Writes subjects one predicate-object pair at a time, with the separators
/// Turtle needs (' ;' between pairs, ' .' at the end), and counts triples.
class turtle_out {
public:
    template <class = void>
    turtle_out(std::string& out, bool ascii_only) : out_(out), ascii_(ascii_only) {}

    template <class = void>
    void subject(std::string_view id) {
        finish();
        out_.append("story:");
        append_turtle_local(out_, id);
        open_ = true;
        first_ = true;
    }
    /// Consecutive uses of one predicate share it (an object list: "p o1, o2").
    template <class = void>
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
    template <class = void>
    void object_name(std::string_view p, std::string_view id) {
        predicate(p).append("story:");
        append_turtle_local(out_, id);
    }
    template <class = void>
    void object_string(std::string_view p, std::string_view text) {
        predicate(p);
        append_turtle_string(out_, text, ascii_);
    }
    /// A literal typed xsd:date when it is one, plain otherwise.
    template <class = void>
    void object_date(std::string_view p, std::string_view text) {
        object_string(p, text);
        if (is_iso_date(text)) out_.append("^^xsd:date");
    }
    /// `a T1, T2, ...`: one triple per type.
    template <class = void>
    void types(std::string_view list) {
        predicate("a").append(list);
        for (char ch : list)
            if (ch == ',') ++triples_;
    }
    /// One more type of the current `a`.
    template <class = void>
    void more_type(std::string_view type) {
        out_.append(", ").append(type);
        ++triples_;
    }
    /// [ a TYPES ; prov:agent|prov:entity s:WHO ; ...pairs ] as the object of `p`;
    /// `pairs` are (predicate, literal) with empty ones skipped; `role` an np: IRI.
    template <class = void>
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
    template <class = void>
    void finish() {
        if (open_) out_.append(" .\n");
        open_ = false;
    }
    template <class = void>
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

/// The PROV classes of a source kind; its np: class comes from vocab::source_types,
/// the one table of kind names.
[[nodiscard]] constexpr std::string_view turtle_prov_classes(source_kind k) noexcept {
    switch (k) {
        case source_kind::person:
        case source_kind::journalist: return "prov:Agent, prov:Person";
        case source_kind::organization:
        case source_kind::publication: return "prov:Agent, prov:Organization";
        case source_kind::document: return "prov:Entity";
        default: return "prov:Agent";
    }
}
template <class Table, class Kind>
[[nodiscard]] constexpr std::string_view np_name(const Table& table, Kind k) noexcept {
    return table[static_cast<std::size_t>(k)];
}

/// The predicates of subject `id` that its relations make: plain PROV
/// relations first (deduplicated, so they form object lists), then their
/// qualified forms. `claim` is set when the subject is a claim; `source` when
/// it is a source (its declared principal counts as an on-behalf-of relation).
template <class = void>
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

/// The story entity: headline, dateline, date, publication, its byline and
/// contributors, and its relations.
template <class = void>
inline void turtle_story_entity(turtle_out& t, const story_info& info, const story_records& records,
                                const export_index& index, std::string_view story_id) {
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
    std::vector<const relation_record*> credits;  // the byline and contributor lines
    for (const relation_record& r : records.relations)
        if (r.kind == relation_kind::byline || r.kind == relation_kind::contributor) credits.push_back(&r);
    for (const relation_record* c : credits) t.object_name("prov:wasAttributedTo", c->to);
    for (const relation_record* c : credits)
        t.qualified("prov:qualifiedAttribution", "prov:Attribution", "prov:agent", c->to, {{"np:location", c->location}},
                    c->kind == relation_kind::byline ? "np:Byline" : "np:Contributor");
    turtle_relations(t, records, index, story_id, std::nullopt, nullptr);
}

/// Sources (agents, and documents as entities) and claims, with their relations.
template <class = void>
inline void turtle_sources_and_claims(turtle_out& t, const story_records& records, const export_index& index) {
    t.comment("sources");
    for (const source_record& s : records.sources) {
        t.subject(s.id);
        t.types(turtle_prov_classes(s.kind));
        t.more_type(np_name(vocab::source_types, s.kind));
        if (s.kind == source_kind::document)
            t.predicate("np:documentKind").append(np_name(vocab::document_types, s.document));
        if (!s.name.empty()) t.object_string("rdfs:label", s.name);
        if (!s.description.empty()) t.object_string("np:description", s.description);
        if (!s.anonymity_reason.empty()) t.object_string("np:anonymityReason", s.anonymity_reason);
        if (!s.location.empty()) t.object_string("np:location", s.location);
        if (s.role != source_role::none) t.predicate("np:role").append(np_name(vocab::role_names, s.role));
        turtle_relations(t, records, index, s.id, std::nullopt, &s);
    }

    t.comment("claims");
    for (const claim_record& c : records.claims) {
        t.subject(c.id);
        t.types("prov:Entity");
        t.more_type(np_name(vocab::claim_types, c.kind));
        if (!c.text.empty()) t.object_string("np:text", c.text);
        turtle_relations(t, records, index, c.id, c.kind, nullptr);
    }
}

/// The quantities of figures, named FIGURE-qINDEX as in PROV-JSON (io/prov_mapping.hpp).
template <class = void>
inline void turtle_quantities(turtle_out& t, const story_records& records) {
    std::string name, whole;
    for (const quantity_record& q : records.quantities) {
        name.assign(q.claim).append("-q").append(std::to_string(q.index));
        t.subject(name);
        t.types("prov:Entity, np:Quantity");
        t.object_name("np:figure", q.claim);
        append_turtle_number(t.predicate("np:value"), q.value);
        if (!q.unit.empty()) t.object_string("np:unit", q.unit);
        if (!q.what.empty()) t.object_string("np:what", q.what);
        if (q.part_of != no_whole) t.object_name("np:partOf", whole.assign(q.claim).append("-q").append(std::to_string(q.part_of)));
    }
}

/// Relations from ids the story does not declare: written, not dropped.
template <class = void>
inline void turtle_dangling_relations(turtle_out& t, const story_records& records, const export_index& index,
                                      std::string_view story_id) {
    std::unordered_set<std::string_view> dangling;
    for (const relation_record& r : records.relations) {
        if (r.kind == relation_kind::byline || r.kind == relation_kind::contributor) continue;
        if (index.claim(r.from) || index.source(r.from) || r.from == story_id) continue;
        if (!dangling.insert(r.from).second) continue;
        if (dangling.size() == 1) t.comment("relations of undeclared parts");
        t.subject(r.from);
        turtle_relations(t, records, index, r.from, std::nullopt, nullptr);
    }
}

/// The story's own statements: the story, its sources, claims and quantities.
template <class = void>
inline void write_turtle_story(turtle_out& t, const story_info& info, const story_records& records,
                               const export_index& index) {
    const std::string_view story_id = info.id.empty() ? std::string_view("story") : info.id;
    turtle_story_entity(t, info, records, index, story_id);
    turtle_sources_and_claims(t, records, index);
    turtle_quantities(t, records);
    turtle_dangling_relations(t, records, index, story_id);
}

/// The extra PROV attributes of the story's parts, after its own statements.
template <class = void>
inline std::size_t write_turtle_extras(std::string& out, const story_info& info, const story_records& records,
                                       const part_extras& extras, const turtle_prov_names& names, bool ascii) {
    if (!extras.any()) return 0;
    turtle_prov_writer w(out, names, ascii);
    std::string subject, object;
    auto name = [](std::string& s, std::string_view id) {
        s.assign("story:");
        append_turtle_local(s, id);
    };
    out.append("\n# further attributes of the story's parts\n");
    for_each_extra(
        extras, info, records,
        [&](const std::string& id, std::string_view, const std::vector<prov::attribute>& attrs) {
            name(subject, id);
            w.part(subject, attrs);
        },
        [&](const relation_record& r, const std::vector<prov::attribute>& attrs) {
            name(subject, r.from);
            name(object, r.to);
            w.relation(subject, prov_relation_name(r.kind), object, attrs);
        });
    return w.triples();
}

}  // namespace detail

/// Appends the story as PROV-O Turtle to `out`, then the generic PROV records of
/// `foreign` (a document's foreign(), io/turtle_prov.hpp), if given; returns the
/// number of triples written. Throws input_error for records Turtle cannot hold.
template <class = void>
inline std::size_t write_turtle(std::string& out, const story_info& info, const story_records& records,
                                const turtle_options& opts = {}, const prov::model* foreign = nullptr,
                                const detail::part_extras& extras = {}) {
    detail::refuse_prov_extensions(foreign, "PROV-O Turtle");
    const detail::export_index index(records);
    detail::turtle_out t(out, opts.ascii_only);
    const std::string story_iri = opts.base.empty() ? detail::story_namespace(info.id) : std::string(opts.base);
    const bool generic =
        extras.any() || (foreign != nullptr && (!foreign->top.records.empty() || !foreign->bundles.empty()));
    const prov::namespace_decl ours[] = {{"prov", std::string(vocab::prov_iri)},
                                         {"np", std::string(detail::np_iri)},
                                         {"xsd", std::string(vocab::xsd_iri)},
                                         {"rdfs", std::string(vocab::rdfs_iri)},
                                         {"story", story_iri}};
    for (const prov::namespace_decl& n : ours) {
        out.append("@prefix ").append(n.prefix).append(": ");
        detail::append_turtle_iri(out, n.iri);
        out.append(" .\n");
    }
    if (!generic) {
        detail::write_turtle_story(t, info, records, index);
        t.finish();
        return t.triples();
    }
    static const prov::model none;
    const prov::model& doc = foreign != nullptr ? *foreign : none;
    const detail::turtle_prov_names names(doc.top, ours);
    names.declare(out);
    if (!detail::no_story(info, records)) detail::write_turtle_story(t, info, records, index);
    t.finish();
    return t.triples() + detail::write_turtle_extras(out, info, records, extras, names, opts.ascii_only) +
           detail::write_turtle_prov(out, doc, names, opts.ascii_only);
}

/// The story as PROV-O Turtle.
template <class = void>
[[nodiscard]] inline std::string to_turtle(const story_info& info, const story_records& records,
                                           const turtle_options& opts = {}) {
    std::string out;
    write_turtle(out, info, records, opts);
    return out;
}
/// The story or document as PROV-O Turtle; a document's foreign records too.
template <exportable_story S>
[[nodiscard]] std::string to_turtle(const S& story, const turtle_options& opts = {}) {
    std::string out;
    write_turtle(out, detail::info_of(story), story.records(), opts, detail::foreign_of(story), detail::extras_of(story));
    return out;
}

}  // namespace newsprov
