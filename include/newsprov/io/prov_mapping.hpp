#pragma once
// How a story_document maps onto W3C PROV (the generic model of
// graph/prov_model.hpp), and back. PROV-JSON and PROV-N share this mapping;
// README ("The np: vocabulary") documents it:
//
//   source            agent(story:ID, [prov:type='np:Person'|..., prov:label=NAME, np:role=..., np:principal=...])
//   document source   entity(story:ID, [prov:type='np:Document', np:documentKind='np:Statement', ...])
//   claim             entity(story:ID, [prov:type='np:DirectQuote'|..., np:text=..., np:span="b-e"...])
//   quantity          entity(story:FIGURE-qN, [prov:type='np:Quantity', np:figure=..., np:value=..., np:partOf=...])
//   story info        entity(story:ID, [prov:type='np:Story', np:headline=..., np:date=..., np:dateline=...])
//   attribution       wasAttributedTo(claim, source, [np:cue=..., np:date=...])
//   relayed_by        wasAttributedTo(claim, origin, [prov:type='np:Relay', np:via=relayer])
//   on_behalf_of      actedOnBehalfOf(agent, principal, -)
//   quoted_from       wasDerivedFrom(derived, original, -, -, -, [prov:type='prov:Quotation'])
//   revision_of       wasDerivedFrom(..., [prov:type='prov:Revision']);  derived_from: plain wasDerivedFrom
//   byline            wasAttributedTo(story, journalist, [np:role='np:Byline', np:location=...])
//   contributor       wasAttributedTo(story, journalist, [np:role='np:Contributor', ...])
//
// Reading maps the records that carry this vocabulary into the document and
// keeps everything else (records without np types, extra attributes, bundles,
// namespaces) in story_document::foreign() and extra attributes, which the
// writer puts back: nothing read is dropped.

#include <newsprov/core/error.hpp>
#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/io/prov_vocabulary.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsprov {

namespace detail {

/// Document ids <-> qualified names: "rubio" <-> "story:rubio". An id that is a
/// qualified name already (read from another tool: "ex:alice") stays as it is.
[[nodiscard]] inline std::string id_to_qname(std::string_view id) {
    if (id.find(':') != std::string_view::npos) return std::string(id);
    std::string q;
    q.reserve(vocab::id_prefix.size() + 1 + id.size());
    q.append(vocab::id_prefix).push_back(':');
    q.append(id);
    return q;
}
[[nodiscard]] inline std::string_view qname_to_id(std::string_view q) noexcept {
    if (q.size() > vocab::id_prefix.size() && q.substr(0, vocab::id_prefix.size()) == vocab::id_prefix &&
        q[vocab::id_prefix.size()] == ':')
        return q.substr(vocab::id_prefix.size() + 1);
    return q;
}

/// A string of an emitted record: plain text, or a document id to be written as
/// a qualified name (optionally a quantity's: "story:toll-q1").
struct prov_ref {
    std::string_view text;
    bool doc_id = false;
    int quantity = -1;

    [[nodiscard]] bool empty() const noexcept { return text.empty() && !doc_id; }
    /// The string this stands for, in `buf` when it has to be composed.
    [[nodiscard]] std::string_view resolve(std::string& buf) const {
        if (!doc_id) return text;
        buf.clear();
        if (text.find(':') == std::string_view::npos) buf.append(vocab::id_prefix).push_back(':');
        buf.append(text);
        if (quantity >= 0) buf.append("-q").append(std::to_string(quantity));
        return buf;
    }
    [[nodiscard]] std::string str() const {
        std::string b;
        return std::string(resolve(b));
    }
};

struct prov_attr_view {
    std::string_view name;
    prov_ref value;
    std::string_view datatype;
    std::string_view lang;
    prov::lexical form = prov::lexical::string;
};

/// One record as the emitter hands it out: views into the document (and into
/// the view's own buffers), or the foreign record it stands for.
struct prov_record_view {
    prov::record_kind kind = prov::record_kind::entity;
    prov_ref id;
    std::array<prov_ref, 5> args{};
    std::vector<prov_attr_view> attrs;
    const prov::record* foreign = nullptr;
    std::array<char, 32> number[2]{};
    std::vector<std::string> span_texts;

    void clear(prov::record_kind k) {
        kind = k;
        id = {};
        args = {};
        attrs.clear();
        foreign = nullptr;
    }
    void string(std::string_view name, std::string_view value) {
        if (!value.empty()) attrs.push_back({name, {value}, {}, {}, prov::lexical::string});
    }
    void qname(std::string_view name, std::string_view value) {
        attrs.push_back({name, {value}, "prov:QUALIFIED_NAME", {}, prov::lexical::string});
    }
    void id_ref(std::string_view name, std::string_view id_, int quantity = -1) {
        attrs.push_back({name, {id_, true, quantity}, "prov:QUALIFIED_NAME", {}, prov::lexical::string});
    }
    void extras(const std::vector<prov::attribute>* extra) {
        if (!extra) return;
        for (const prov::attribute& a : *extra)
            attrs.push_back({a.name, {a.value.text}, a.value.datatype, a.value.lang, a.value.form});
    }
};

/// What the emitter needs to know before it starts: the kinds of the records
/// it emits, in order of first appearance.
[[nodiscard]] inline prov::record_kind source_record_kind(const source_record& s) noexcept {
    return s.kind == source_kind::document ? prov::record_kind::entity : prov::record_kind::agent;
}
[[nodiscard]] inline prov::record_kind relation_record_kind(relation_kind k) noexcept {
    switch (k) {
    case relation_kind::on_behalf_of: return prov::record_kind::delegation;
    case relation_kind::quoted_from:
    case relation_kind::derived_from:
    case relation_kind::revision_of: return prov::record_kind::derivation;
    default: return prov::record_kind::attribution;
    }
}
[[nodiscard]] inline bool has_story_entity(const story_document& doc) noexcept {
    const story_info& info = doc.info();
    if (!info.id.empty() || !info.headline.empty() || !doc.text().empty()) return true;
    for (const relation_record& r : doc.relations())
        if (r.kind == relation_kind::byline || r.kind == relation_kind::contributor) return true;
    return false;
}

/// Calls sink(const prov_record_view&) for every record of the document's PROV
/// form, in order: story, sources, claims, quantities, relations, foreign
/// records. With `only`, just the records of that kind (the others cost a test).
template <class Sink>
void emit_prov_records(const story_document& doc, Sink&& sink, std::optional<prov::record_kind> only = std::nullopt) {
    using K = prov::record_kind;
    auto wanted = [&](K k) { return !only || *only == k; };
    prov_record_view v;
    const story_info& info = doc.info();
    const std::string_view story_id = info.id.empty() ? std::string_view("story") : info.id;

    std::unordered_map<std::string_view, std::vector<const text_span*>> spans;
    for (const text_span& s : doc.spans()) spans[s.subject].push_back(&s);
    auto add_spans = [&](std::string_view id) {
        if (spans.empty()) return;
        const auto it = spans.find(id);
        if (it == spans.end()) return;
        v.span_texts.clear();
        v.span_texts.reserve(it->second.size());  // no reallocation below: views stay valid
        constexpr std::string_view names[]{vocab::span, vocab::source_span, vocab::cue_span};
        for (const text_span* s : it->second) {
            v.span_texts.push_back(std::to_string(s->begin) + "-" + std::to_string(s->end));
            v.string(names[static_cast<std::size_t>(s->role)], v.span_texts.back());
        }
    };

    if (wanted(K::entity) && has_story_entity(doc)) {
        v.clear(K::entity);
        v.id = {story_id, true};
        v.qname(vocab::prov_type, vocab::story_type);
        v.string(vocab::headline, info.headline);
        if (!info.publication.empty()) v.id_ref(vocab::publication, info.publication);
        v.string(vocab::date, info.date);
        v.string(vocab::dateline, info.dateline);
        v.string(vocab::article_text, doc.text());
        v.extras(doc.extra_attributes(info.id));
        sink(std::as_const(v));
    }

    for (const source_record& s : doc.sources()) {
        const K k = source_record_kind(s);
        if (!wanted(k)) continue;
        v.clear(k);
        v.id = {s.id, true};
        v.qname(vocab::prov_type, vocab::source_types[static_cast<std::size_t>(s.kind)]);
        v.string(vocab::prov_label, s.name);
        v.string(vocab::description, s.description);
        if (s.role != source_role::none) v.qname(vocab::role, vocab::role_names[static_cast<std::size_t>(s.role)]);
        if (!s.principal.empty()) v.id_ref(vocab::principal, s.principal);
        if (s.has_principal_kind)
            v.qname(vocab::principal_kind, vocab::source_types[static_cast<std::size_t>(s.principal_kind)]);
        v.string(vocab::anonymity_reason, s.anonymity_reason);
        if (s.kind == source_kind::document)
            v.qname(vocab::document_kind_attr, vocab::document_types[static_cast<std::size_t>(s.document)]);
        v.string(vocab::location, s.location);
        add_spans(s.id);
        v.extras(doc.extra_attributes(s.id));
        sink(std::as_const(v));
    }

    if (wanted(K::entity)) {
        for (const claim_record& c : doc.claims()) {
            v.clear(K::entity);
            v.id = {c.id, true};
            v.qname(vocab::prov_type, vocab::claim_types[static_cast<std::size_t>(c.kind)]);
            v.string(vocab::text, c.text);
            add_spans(c.id);
            v.extras(doc.extra_attributes(c.id));
            sink(std::as_const(v));
        }
        const auto quantities = doc.quantities();
        for (std::size_t i = 0; i < quantities.size(); ++i) {
            const quantity_record& q = quantities[i];
            v.clear(K::entity);
            v.id = {q.claim, true, q.index};
            v.qname(vocab::prov_type, vocab::quantity_type);
            v.id_ref(vocab::figure, q.claim);
            if (std::isfinite(q.value)) {
                const auto res = std::to_chars(v.number[0].data(), v.number[0].data() + v.number[0].size(), q.value);
                v.attrs.push_back({vocab::value, {std::string_view(v.number[0].data(), static_cast<std::size_t>(res.ptr - v.number[0].data()))},
                                   "xsd:double", {}, prov::lexical::number});
            } else {
                v.attrs.push_back({vocab::value, {std::isnan(q.value) ? "NaN" : q.value > 0 ? "INF" : "-INF"},
                                   "xsd:double", {}, prov::lexical::string});
            }
            v.string(vocab::unit, q.unit);
            v.string(vocab::what, q.what);
            const auto res = std::to_chars(v.number[1].data(), v.number[1].data() + v.number[1].size(), unsigned{q.index});
            v.attrs.push_back({vocab::index, {std::string_view(v.number[1].data(), static_cast<std::size_t>(res.ptr - v.number[1].data()))},
                               "xsd:int", {}, prov::lexical::number});
            if (q.part_of != no_whole) v.id_ref(vocab::part_of, q.claim, q.part_of);
            if (!doc.extra_attributes_empty()) v.extras(doc.extra_attributes(story_document::quantity_key(i)));
            sink(std::as_const(v));
        }
    }

    const auto relations = doc.relations();
    for (std::size_t i = 0; i < relations.size(); ++i) {
        const relation_record& rel = relations[i];
        const K k = relation_record_kind(rel.kind);
        if (!wanted(k)) continue;
        v.clear(k);
        const std::string_view rid = doc.relation_id(i);
        if (!rid.empty()) v.id = {rid, true};
        v.args[0] = {rel.from, true};
        v.args[1] = {rel.to, true};
        switch (rel.kind) {
        case relation_kind::relayed_by:
            v.qname(vocab::prov_type, vocab::relay_type);
            break;
        case relation_kind::byline:
        case relation_kind::contributor:
            if (rel.from.empty()) v.args[0] = {story_id, true};
            v.qname(vocab::role, rel.kind == relation_kind::byline ? vocab::byline_role : vocab::contributor_role);
            break;
        case relation_kind::quoted_from: v.qname(vocab::prov_type, vocab::quotation); break;
        case relation_kind::revision_of: v.qname(vocab::prov_type, vocab::revision); break;
        default: break;
        }
        if (!rel.via.empty()) v.id_ref(vocab::via, rel.via);
        v.string(vocab::cue, rel.cue);
        v.string(vocab::date, rel.date);
        v.string(vocab::location, rel.location);
        if (!doc.extra_attributes_empty()) v.extras(doc.extra_attributes(story_document::relation_key(i)));
        sink(std::as_const(v));
    }

    for (const prov::record& r : doc.foreign().top.records) {
        if (!wanted(r.kind)) continue;
        v.clear(r.kind);
        v.foreign = &r;
        sink(std::as_const(v));
    }
}

/// An emitted record as an owning PROV record.
[[nodiscard]] inline prov::record to_record(const prov_record_view& v) {
    if (v.foreign) return *v.foreign;
    prov::record r;
    r.kind = v.kind;
    r.id = v.id.str();
    for (std::size_t a = 0; a < r.args.size(); ++a) r.args[a] = v.args[a].str();
    r.attributes.reserve(v.attrs.size());
    for (const prov_attr_view& a : v.attrs)
        r.attributes.push_back({std::string(a.name), {a.value.str(), std::string(a.datatype), std::string(a.lang), a.form}});
    return r;
}

/// The namespaces a document is written with: those it was read with, then np and story.
[[nodiscard]] inline std::vector<prov::namespace_decl> prov_namespaces(const story_document& doc) {
    prov::container c;
    c.namespaces = doc.foreign().top.namespaces;
    c.declare(vocab::np_prefix, vocab::np_iri);
    const story_info& info = doc.info();
    c.declare(vocab::id_prefix,
              std::string(vocab::story_iri_base) + (info.id.empty() ? std::string() : std::string(info.id) + "/"));
    return std::move(c.namespaces);
}

}  // namespace detail

/// The document as PROV records: its own parts first (story, sources, claims,
/// quantities, relations), then the foreign records it was read with.
[[nodiscard]] inline prov::model to_prov_model(const story_document& doc) {
    prov::model m;
    m.top.namespaces = detail::prov_namespaces(doc);
    m.top.records.reserve(1 + doc.sources().size() + doc.claims().size() + doc.quantities().size() +
                          doc.relations().size() + doc.foreign().top.records.size());
    detail::emit_prov_records(doc, [&](const detail::prov_record_view& v) { m.top.records.push_back(detail::to_record(v)); });
    m.bundles = doc.foreign().bundles;
    return m;
}

namespace detail {

[[noreturn]] inline void prov_mapping_error(const prov::record& r, const std::string& message) {
    throw input_error(r.where, message + (r.id.empty() ? std::string() : " (in " + r.id + ")"));
}

/// The first qualified-name prov:type of `r` whose value is in `names`.
template <std::size_t N>
[[nodiscard]] inline std::optional<std::size_t> np_type(const prov::record& r,
                                                        const std::array<std::string_view, N>& names) {
    for (const auto& a : r.attributes)
        if (a.name == vocab::prov_type && a.value.is_qualified_name())
            if (auto i = vocab::find(names, a.value.text)) return i;
    return std::nullopt;
}
[[nodiscard]] inline bool has_type(const prov::record& r, std::string_view type) {
    for (const auto& a : r.attributes)
        if (a.name == vocab::prov_type && a.value.is_qualified_name() && a.value.text == type) return true;
    return false;
}
[[nodiscard]] inline const prov::literal* attribute_value(const prov::record& r, std::string_view name) {
    for (const auto& a : r.attributes)
        if (a.name == name) return &a.value;
    return nullptr;
}

/// Reads one record's attributes: known ones through `take`, the rest become
/// extra attributes of `key` (the first prov:type equal to `consumed_type`
/// counts as known).
template <class Take>
void read_attributes(story_document& doc, const prov::record& r, std::string_view key,
                     std::string_view consumed_type, Take&& take) {
    bool type_done = consumed_type.empty();
    for (const auto& a : r.attributes) {
        if (!type_done && a.name == vocab::prov_type && a.value.is_qualified_name() && a.value.text == consumed_type) {
            type_done = true;
            continue;
        }
        if (!take(a)) doc.add_extra_attribute(key, a);
    }
}

[[nodiscard]] inline std::string_view plain_string(const prov::record& r, const prov::attribute& a) {
    if (!a.value.datatype.empty() || !a.value.lang.empty() || a.value.form != prov::lexical::string)
        prov_mapping_error(r, a.name + " must be a plain string");
    return a.value.text;
}
[[nodiscard]] inline std::string_view qname_value(const prov::record& r, const prov::attribute& a) {
    if (!a.value.is_qualified_name()) prov_mapping_error(r, a.name + " must be a qualified name ('prefix:name')");
    return a.value.text;
}
[[nodiscard]] inline text_span parse_span(const prov::record& r, const prov::attribute& a, std::string_view subject,
                                          span_role role) {
    const std::string_view t = plain_string(r, a);
    text_span s{subject, role, 0, 0};
    const auto dash = t.find('-');
    const auto r1 = std::from_chars(t.data(), t.data() + (dash == std::string_view::npos ? 0 : dash), s.begin);
    const auto r2 = std::from_chars(t.data() + dash + 1, t.data() + t.size(), s.end);
    if (dash == std::string_view::npos || r1.ec != std::errc{} || r1.ptr != t.data() + dash || r2.ec != std::errc{} ||
        r2.ptr != t.data() + t.size() || s.end < s.begin)
        prov_mapping_error(r, a.name + " must be \"begin-end\" byte offsets, begin <= end");
    return s;
}

}  // namespace detail

/// A document from PROV records. Records in the newsprov vocabulary become the
/// document's parts; the rest is kept as foreign records. Throws input_error
/// (at the record's position) when np attributes have the wrong form or ids
/// repeat.
[[nodiscard]] inline story_document from_prov_model(prov::model m) {
    using detail::prov_mapping_error;
    using detail::qname_to_id;
    story_document doc;
    doc.foreign().top.namespaces = std::move(m.top.namespaces);
    doc.foreign().bundles = std::move(m.bundles);
    std::vector<prov::record>& records = m.top.records;
    std::vector<bool> mapped(records.size(), false);

    auto span_role_of = [](std::string_view name) -> std::optional<span_role> {
        if (name == vocab::span) return span_role::content;
        if (name == vocab::source_span) return span_role::source;
        if (name == vocab::cue_span) return span_role::cue;
        return std::nullopt;
    };
    auto guarded = [&](const prov::record& r, auto&& f) {
        try {
            f();
        } catch (const document_error& e) {
            prov_mapping_error(r, e.what());
        }
    };

    // Quantities refer to their whole by qualified name; resolved after all are read.
    struct pending_quantity {
        std::size_t record;
        quantity_record quantity;
        std::string part_of;
    };
    std::vector<pending_quantity> pending;
    std::unordered_map<std::string_view, std::uint8_t> quantity_index;

    // ---- pass 1: entities and agents ------------------------------------
    for (std::size_t ri = 0; ri < records.size(); ++ri) {
        const prov::record& r = records[ri];
        if (r.kind != prov::record_kind::entity && r.kind != prov::record_kind::agent) continue;
        const std::string_view id = qname_to_id(r.id);
        std::optional<std::size_t> source = detail::np_type(r, vocab::source_types);
        if (source && (*source == static_cast<std::size_t>(source_kind::document)) !=
                          (r.kind == prov::record_kind::entity))
            source.reset();  // np:Document is an entity, every other source an agent
        if (source) {
            source_record s;
            s.kind = static_cast<source_kind>(*source);
            std::vector<text_span> spans;
            detail::read_attributes(doc, r, r.id, vocab::source_types[*source], [&](const prov::attribute& a) {
                if (a.name == vocab::prov_label && !a.value.is_qualified_name()) s.name = a.value.text;
                else if (a.name == vocab::description) s.description = detail::plain_string(r, a);
                else if (a.name == vocab::role) {
                    const auto role = vocab::find(vocab::role_names, detail::qname_value(r, a));
                    if (!role) prov_mapping_error(r, "np:role of a source must be np:Official or np:Spokesperson");
                    s.role = static_cast<source_role>(*role);
                } else if (a.name == vocab::principal) s.principal = qname_to_id(detail::qname_value(r, a));
                else if (a.name == vocab::principal_kind) {
                    const auto k = vocab::find(vocab::source_types, detail::qname_value(r, a));
                    if (!k) prov_mapping_error(r, "np:principalKind must name a source type (np:Organization...)");
                    s.has_principal_kind = true;
                    s.principal_kind = static_cast<source_kind>(*k);
                } else if (a.name == vocab::anonymity_reason) s.anonymity_reason = detail::plain_string(r, a);
                else if (a.name == vocab::document_kind_attr) {
                    const auto k = vocab::find(vocab::document_types, detail::qname_value(r, a));
                    if (!k) prov_mapping_error(r, "np:documentKind must be np:Statement, np:Report, ...");
                    s.document = static_cast<document_kind>(*k);
                } else if (a.name == vocab::location) s.location = detail::plain_string(r, a);
                else if (auto role = span_role_of(a.name)) spans.push_back(detail::parse_span(r, a, id, *role));
                else return false;
                return true;
            });
            s.id = id;
            guarded(r, [&] { doc.add_source(s); });
            for (const text_span& sp : spans) doc.add_span(sp);
            mapped[ri] = true;
            continue;
        }
        if (r.kind != prov::record_kind::entity) continue;
        if (const auto claim = detail::np_type(r, vocab::claim_types)) {
            claim_record c;
            c.kind = static_cast<claim_kind>(*claim);
            c.id = id;
            std::vector<text_span> spans;
            detail::read_attributes(doc, r, r.id, vocab::claim_types[*claim], [&](const prov::attribute& a) {
                if (a.name == vocab::text) c.text = detail::plain_string(r, a);
                else if (auto role = span_role_of(a.name)) spans.push_back(detail::parse_span(r, a, id, *role));
                else return false;
                return true;
            });
            guarded(r, [&] { doc.add_claim(c); });
            for (const text_span& sp : spans) doc.add_span(sp);
            mapped[ri] = true;
        } else if (detail::has_type(r, vocab::story_type)) {
            story_info info{id};
            std::string_view text;
            detail::read_attributes(doc, r, r.id, vocab::story_type, [&](const prov::attribute& a) {
                if (a.name == vocab::headline) info.headline = detail::plain_string(r, a);
                else if (a.name == vocab::publication) info.publication = qname_to_id(detail::qname_value(r, a));
                else if (a.name == vocab::date) info.date = detail::plain_string(r, a);
                else if (a.name == vocab::dateline) info.dateline = detail::plain_string(r, a);
                else if (a.name == vocab::article_text) text = detail::plain_string(r, a);
                else return false;
                return true;
            });
            if (!doc.info().id.empty()) prov_mapping_error(r, "a document has one np:Story");
            guarded(r, [&] { doc.set_info(info); });
            if (!text.empty()) doc.set_text(text);
            mapped[ri] = true;
        } else if (detail::has_type(r, vocab::quantity_type)) {
            quantity_record q;
            std::string part_of;
            bool has_figure = false;
            const std::string key = story_document::quantity_key(pending.size());
            detail::read_attributes(doc, r, key, vocab::quantity_type, [&](const prov::attribute& a) {
                if (a.name == vocab::figure) {
                    q.claim = qname_to_id(detail::qname_value(r, a));
                    has_figure = true;
                } else if (a.name == vocab::value) {
                    const std::string& t = a.value.text;
                    double v = 0;
                    if (t == "NaN") v = std::nan("");
                    else if (t == "INF" || t == "-INF") v = t[0] == '-' ? -HUGE_VAL : HUGE_VAL;
                    else if (const auto res = std::from_chars(t.data(), t.data() + t.size(), v);
                             res.ec != std::errc{} || res.ptr != t.data() + t.size())
                        prov_mapping_error(r, "np:value must be a number");
                    q.value = v;
                } else if (a.name == vocab::unit) q.unit = detail::plain_string(r, a);
                else if (a.name == vocab::what) q.what = detail::plain_string(r, a);
                else if (a.name == vocab::index) {
                    unsigned v = 0;
                    const std::string& t = a.value.text;
                    const auto res = std::from_chars(t.data(), t.data() + t.size(), v);
                    if (res.ec != std::errc{} || res.ptr != t.data() + t.size() || v >= no_whole)
                        prov_mapping_error(r, "np:index must be an integer from 0 to 254");
                    q.index = static_cast<std::uint8_t>(v);
                } else if (a.name == vocab::part_of) part_of = detail::qname_value(r, a);
                else return false;
                return true;
            });
            if (!has_figure) prov_mapping_error(r, "an np:Quantity needs np:figure");
            quantity_index[r.id] = q.index;
            pending.push_back({ri, q, std::move(part_of)});
            mapped[ri] = true;
        }
    }
    for (pending_quantity& p : pending) {
        if (!p.part_of.empty()) {
            const auto it = quantity_index.find(p.part_of);
            if (it == quantity_index.end()) prov_mapping_error(records[p.record], "np:partOf names no np:Quantity");
            p.quantity.part_of = it->second;
        }
        doc.add_quantity(p.quantity);
    }

    // ---- pass 2: relations ----------------------------------------------
    for (std::size_t ri = 0; ri < records.size(); ++ri) {
        const prov::record& r = records[ri];
        relation_record rel;
        std::string_view consumed_type;
        bool is_ours = false;
        switch (r.kind) {
        case prov::record_kind::attribution: {
            const prov::literal* role = detail::attribute_value(r, vocab::role);
            if (role && role->is_qualified_name() &&
                (role->text == vocab::byline_role || role->text == vocab::contributor_role)) {
                rel.kind = role->text == vocab::byline_role ? relation_kind::byline : relation_kind::contributor;
                is_ours = true;
            } else if (detail::has_type(r, vocab::relay_type)) {
                rel.kind = relation_kind::relayed_by;
                consumed_type = vocab::relay_type;
                is_ours = true;
            } else {
                rel.kind = relation_kind::attribution;
                is_ours = doc.find_claim(qname_to_id(r.args[0])) || detail::attribute_value(r, vocab::cue);
            }
            break;
        }
        case prov::record_kind::delegation:
            rel.kind = relation_kind::on_behalf_of;
            is_ours = r.args[2].empty() && doc.find_source(qname_to_id(r.args[0])) &&
                      doc.find_source(qname_to_id(r.args[1]));
            break;
        case prov::record_kind::derivation: {
            rel.kind = relation_kind::derived_from;
            const source_record* a = doc.find_source(qname_to_id(r.args[0]));
            const source_record* b = doc.find_source(qname_to_id(r.args[1]));
            is_ours = r.args[2].empty() && r.args[3].empty() && r.args[4].empty() && a && b &&
                      a->kind == source_kind::document && b->kind == source_kind::document;
            if (detail::has_type(r, vocab::quotation)) {
                rel.kind = relation_kind::quoted_from;
                consumed_type = vocab::quotation;
            } else if (detail::has_type(r, vocab::revision)) {
                rel.kind = relation_kind::revision_of;
                consumed_type = vocab::revision;
            }
            break;
        }
        default: break;
        }
        if (!is_ours) continue;
        mapped[ri] = true;
        const bool credit = rel.kind == relation_kind::byline || rel.kind == relation_kind::contributor;
        // A credit names the story entity; keep its id only when it is not the story's.
        const std::string_view from = qname_to_id(r.args[0]);
        rel.from = credit && (from == doc.info().id || (doc.info().id.empty() && from == "story")) ? std::string_view{}
                                                                                                  : from;
        rel.to = qname_to_id(r.args[1]);
        const std::string key = story_document::relation_key(doc.relations().size());
        detail::read_attributes(doc, r, key, consumed_type, [&](const prov::attribute& a) {
            if (a.name == vocab::cue) rel.cue = detail::plain_string(r, a);
            else if (a.name == vocab::date) rel.date = detail::plain_string(r, a);
            else if (a.name == vocab::location) rel.location = detail::plain_string(r, a);
            else if (a.name == vocab::via) rel.via = qname_to_id(detail::qname_value(r, a));
            else if (credit && a.name == vocab::role) return true;
            else return false;
            return true;
        });
        const bool blank = r.id.empty() || r.id.starts_with("_:");
        doc.add_relation(rel, blank ? std::string_view{} : qname_to_id(r.id));
    }

    auto& foreign = doc.foreign().top.records;
    for (std::size_t ri = 0; ri < records.size(); ++ri)
        if (!mapped[ri]) foreign.push_back(std::move(records[ri]));
    return doc;
}

}  // namespace newsprov
