#pragma once
// How a story_document maps onto W3C PROV (the generic model of
// graph/prov_model.hpp), and back. PROV-JSON and PROV-N share this mapping;
// README ("The np: vocabulary") documents it:
//
//   source            agent(story:ID, [prov:type='np:Person'|..., prov:label=NAME, np:role=..., np:principal=...])
//   document source   entity(story:ID, [prov:type='np:Document', np:documentKind='np:Statement', ...])
//   claim             entity(story:ID, [prov:type='np:DirectQuote'|..., np:text=..., np:span="b-e"...])
//   quantity          entity(story:FIGURE-qN, [prov:type='np:Quantity', np:figure=..., np:value=..., np:partOf=...])
//   story info        entity(story:ID, [prov:type='np:Story', np:headline=..., np:date=..., np:dateline=..., np:articleSha256=...])
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

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsprov {

namespace detail {

/// Document ids <-> qualified names: "rubio" <-> "story:rubio". An id that is a
/// qualified name already (read from another tool: "ex:alice") stays as it is.
template <class = void>
[[nodiscard]] inline std::string id_to_qname(std::string_view id) {
    if (id.find(':') != std::string_view::npos) return std::string(id);
    std::string q;
    q.reserve(vocab::id_prefix.size() + 1 + id.size());
    q.append(vocab::id_prefix).push_back(':');
    q.append(id);
    return q;
}
/// A local name that has a colon itself ("story:_:x", "story:a:b") keeps its
/// prefix: stripped, it would read back as another qualified name ("_:x" even
/// as an anonymous record), so id_to_qname(qname_to_id(q)) == q always.
template <class = void>
[[nodiscard]] inline std::string_view qname_to_id(std::string_view q) noexcept {
    constexpr std::size_t n = vocab::id_prefix.size();
    if (q.size() > n && q[n] == ':' && same(std::string_view(q.data(), n), vocab::id_prefix)) {
        const std::string_view local(q.data() + n + 1, q.size() - n - 1);
        if (local.find(':') == std::string_view::npos) return local;
    }
    return q;
}

/// A string of an emitted record: plain text, or a document id to be written as
/// a qualified name (optionally a quantity's: "story:toll-q1").
struct prov_ref {
    std::string_view text;
    bool doc_id = false;
    int quantity = -1;

    template <class = void>
    [[nodiscard]] bool empty() const noexcept { return text.empty() && !doc_id; }
    /// The string this stands for, in `buf` when it has to be composed.
    template <class = void>
    [[nodiscard]] std::string_view resolve(std::string& buf) const {
        if (!doc_id) return text;
        buf.clear();
        if (text.find(':') == std::string_view::npos) buf.append(vocab::id_prefix).push_back(':');
        buf.append(text);
        if (quantity >= 0) buf.append("-q").append(std::to_string(quantity));
        return buf;
    }
    template <class = void>
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
    /// The name and datatype (and, with plain_value, the value) are words of
    /// the vocabulary, which need no escaping in any output format.
    bool plain_name = false;
    bool plain_value = false;
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

    template <class = void>
    void clear(prov::record_kind k) {
        kind = k;
        id = {};
        args = {};
        attrs.clear();
        foreign = nullptr;
    }
    template <class = void>
    void string(std::string_view name, std::string_view value) {
        if (!value.empty()) attrs.push_back({name, {value}, {}, {}, prov::lexical::string, true, false});
    }
    template <class = void>
    void qname(std::string_view name, std::string_view value) {
        attrs.push_back({name, {value}, "prov:QUALIFIED_NAME", {}, prov::lexical::string, true, true});
    }
    template <class = void>
    void id_ref(std::string_view name, std::string_view id_, int quantity = -1) {
        attrs.push_back({name, {id_, true, quantity}, "prov:QUALIFIED_NAME", {}, prov::lexical::string, true, false});
    }
    template <class = void>
    void extras(const std::vector<prov::attribute>* extra) {
        if (!extra) return;
        for (const prov::attribute& a : *extra)
            attrs.push_back({a.name, {a.value.text}, a.value.datatype, a.value.lang, a.value.form, false, false});
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
template <class = void>
[[nodiscard]] inline bool has_story_entity(const story_document& doc) noexcept {
    const story_info& info = doc.info();
    if (!info.id.empty() || !info.headline.empty() || !doc.text().empty() || !doc.article_sha256().empty()) return true;
    for (const relation_record& r : doc.relations())
        if (r.kind == relation_kind::byline || r.kind == relation_kind::contributor) return true;
    return false;
}

/// The document's text spans by subject id, written into a record as span,
/// source-span and cue-span attributes.
class span_index {
public:
    template <class = void>
    explicit span_index(std::span<const text_span> spans) : spans_(spans) {
        for (std::size_t i = 0; i < spans.size(); ++i) by_subject_[spans[i].subject].push_back(i);
    }
    template <class = void>
    void add_to(prov_record_view& v, std::string_view id) const {
        if (by_subject_.empty()) return;
        const auto it = by_subject_.find(id);
        if (it == by_subject_.end()) return;
        v.span_texts.clear();
        v.span_texts.reserve(it->second.size());  // no reallocation below: views stay valid
        constexpr std::string_view names[]{vocab::span, vocab::source_span, vocab::cue_span};
        for (std::size_t i : it->second) {
            const text_span& s = spans_[i];
            v.span_texts.push_back(std::to_string(s.begin) + "-" + std::to_string(s.end));
            v.string(names[static_cast<std::size_t>(s.role)], v.span_texts.back());
        }
    }

private:
    std::span<const text_span> spans_;
    // indexes into spans_ (the map type the other id indexes use)
    std::unordered_map<std::string_view, std::vector<std::size_t>> by_subject_;
};

/// The text of a number, written into one of the view's buffers.
template <class Number>
[[nodiscard]] std::string_view number_text(std::array<char, 32>& buffer, Number value) {
    const auto res = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return {buffer.data(), static_cast<std::size_t>(res.ptr - buffer.data())};
}

template <class = void>
void fill_story_entity(prov_record_view& v, const story_document& doc, std::string_view story_id) {
    const story_info& info = doc.info();
    v.clear(prov::record_kind::entity);
    v.id = {story_id, true};
    v.qname(vocab::prov_type, vocab::story_type);
    v.string(vocab::headline, info.headline);
    if (!info.publication.empty()) v.id_ref(vocab::publication, info.publication);
    v.string(vocab::date, info.date);
    v.string(vocab::dateline, info.dateline);
    v.string(vocab::article_text, doc.text());
    v.string(vocab::article_sha256, doc.article_sha256());
    v.extras(doc.extra_attributes(info.id));
}

template <class = void>
void fill_source(prov_record_view& v, const source_record& s) {
    v.clear(source_record_kind(s));
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
}

template <class = void>
void fill_claim(prov_record_view& v, const claim_record& c) {
    v.clear(prov::record_kind::entity);
    v.id = {c.id, true};
    v.qname(vocab::prov_type, vocab::claim_types[static_cast<std::size_t>(c.kind)]);
    v.string(vocab::text, c.text);
}

template <class = void>
void fill_quantity(prov_record_view& v, const quantity_record& q) {
    v.clear(prov::record_kind::entity);
    v.id = {q.claim, true, q.index};
    v.qname(vocab::prov_type, vocab::quantity_type);
    v.id_ref(vocab::figure, q.claim);
    if (std::isfinite(q.value))
        v.attrs.push_back({vocab::value, {number_text(v.number[0], q.value)}, "xsd:double", {}, prov::lexical::number});
    else
        v.attrs.push_back({vocab::value, {std::isnan(q.value) ? "NaN" : q.value > 0 ? "INF" : "-INF"}, "xsd:double",
                           {}, prov::lexical::string});
    v.string(vocab::unit, q.unit);
    v.string(vocab::what, q.what);
    v.attrs.push_back({vocab::index, {number_text(v.number[1], unsigned{q.index})}, "xsd:int", {},
                       prov::lexical::number});
    if (q.part_of != no_whole) v.id_ref(vocab::part_of, q.claim, q.part_of);
}

template <class = void>
void fill_relation(prov_record_view& v, const relation_record& rel, std::string_view relation_id,
                   std::string_view story_id) {
    v.clear(relation_record_kind(rel.kind));
    if (!relation_id.empty()) v.id = {relation_id, true};
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
}

/// Calls sink(const prov_record_view&) for every record of the document's PROV
/// form, in order: story, sources, claims, quantities, relations, foreign
/// records. With `only`, just the records of that kind (the others cost a test).
template <class Sink>
void emit_prov_records(const story_document& doc, Sink&& sink, std::optional<prov::record_kind> only = std::nullopt) {
    using K = prov::record_kind;
    auto wanted = [&](K k) { return !only || *only == k; };
    prov_record_view v;
    const std::string_view story_id = doc.info().id.empty() ? std::string_view("story") : doc.info().id;
    const span_index spans(doc.spans());
    if (wanted(K::entity) && has_story_entity(doc)) {
        fill_story_entity(v, doc, story_id);
        sink(std::as_const(v));
    }
    for (const source_record& s : doc.sources()) {
        if (!wanted(source_record_kind(s))) continue;
        fill_source(v, s);
        spans.add_to(v, s.id);
        v.extras(doc.extra_attributes(s.id));
        sink(std::as_const(v));
    }
    if (wanted(K::entity)) {
        for (const claim_record& c : doc.claims()) {
            fill_claim(v, c);
            spans.add_to(v, c.id);
            v.extras(doc.extra_attributes(c.id));
            sink(std::as_const(v));
        }
        const auto quantities = doc.quantities();
        for (std::size_t i = 0; i < quantities.size(); ++i) {
            fill_quantity(v, quantities[i]);
            if (!doc.extra_attributes_empty()) v.extras(doc.quantity_extra_attributes(i));
            sink(std::as_const(v));
        }
    }
    const auto relations = doc.relations();
    for (std::size_t i = 0; i < relations.size(); ++i) {
        if (!wanted(relation_record_kind(relations[i].kind))) continue;
        fill_relation(v, relations[i], doc.relation_id(i), story_id);
        if (!doc.extra_attributes_empty()) v.extras(doc.relation_extra_attributes(i));
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
template <class = void>
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
template <class = void>
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
template <class = void>
[[nodiscard]] inline prov::model to_prov_model(const story_document& doc) {
    prov::model m;
    m.top.namespaces = detail::prov_namespaces(doc);
    m.top.records.reserve(1 + doc.sources().size() + doc.claims().size() + doc.quantities().size() +
                          doc.relations().size() + doc.foreign().top.records.size());
    detail::emit_prov_records(doc, [&](const detail::prov_record_view& v) { m.top.records.push_back(detail::to_record(v)); });
    m.top.extensions = doc.foreign().top.extensions;
    m.bundles = doc.foreign().bundles;
    return m;
}

namespace detail {

/// A PROV attribute value as views (into a reader's input or into a model).
struct prov_literal_view {
    std::string_view text;
    std::string_view datatype;
    std::string_view lang;
    prov::lexical form = prov::lexical::string;
    template <class = void>
    [[nodiscard]] bool is_qualified_name() const noexcept { return same(datatype, "prov:QUALIFIED_NAME"); }
};
struct prov_attribute_view {
    std::string_view name;
    prov_literal_view value;
};
/// A PROV record as views; its attributes are [first, first + count) of the
/// attribute list of its prov_flat_records.
struct prov_flat_record {
    prov::record_kind kind = prov::record_kind::entity;
    std::string_view id;  ///< empty when anonymous
    std::array<std::string_view, 5> args{};
    std::size_t first = 0;
    std::size_t count = 0;
    text_position where{};
};
/// Records without an allocation each: what the mapping reads. A streaming
/// reader fills it straight from its input; a prov::model is viewed as one.
struct prov_flat_records {
    std::vector<prov_flat_record> records;
    std::vector<prov_attribute_view> attributes;

    template <class = void>
    [[nodiscard]] std::span<const prov_attribute_view> attributes_of(const prov_flat_record& r) const noexcept {
        return std::span<const prov_attribute_view>(attributes).subspan(r.first, r.count);
    }
    /// Views of the records of `c` (which must outlive this).
    template <class = void>
    void view(const prov::container& c) {
        records.reserve(records.size() + c.records.size());
        for (const prov::record& r : c.records) {
            prov_flat_record f{r.kind, r.id, {}, attributes.size(), r.attributes.size(), r.where};
            for (std::size_t a = 0; a < f.args.size(); ++a) f.args[a] = r.args[a];
            for (const prov::attribute& at : r.attributes)
                attributes.push_back({at.name, {at.value.text, at.value.datatype, at.value.lang, at.value.form}});
            records.push_back(f);
        }
    }
    /// An owning copy of record `r`.
    template <class = void>
    [[nodiscard]] prov::record owned(const prov_flat_record& r) const {
        prov::record o;
        o.kind = r.kind;
        o.id = std::string(r.id);
        for (std::size_t a = 0; a < o.args.size(); ++a) o.args[a] = std::string(r.args[a]);
        o.attributes.reserve(r.count);
        for (const prov_attribute_view& at : attributes_of(r)) o.attributes.push_back(owned(at));
        o.where = r.where;
        return o;
    }
    template <class = void>
    [[nodiscard]] static prov::attribute owned(const prov_attribute_view& a) {
        return {std::string(a.name),
                {std::string(a.value.text), std::string(a.value.datatype), std::string(a.value.lang), a.value.form}};
    }
};

template <class = void>
[[noreturn]] inline void prov_mapping_error(const prov_flat_record& r, const std::string& message) {
    throw input_error(r.where, message + (r.id.empty() ? std::string() : " (in " + std::string(r.id) + ")"));
}

using prov_attributes = std::span<const prov_attribute_view>;

/// The first qualified-name prov:type of `attrs` whose value is in `names`.
template <std::size_t N>
[[nodiscard]] inline std::optional<std::size_t> np_type(prov_attributes attrs,
                                                        const std::array<std::string_view, N>& names) {
    for (const auto& a : attrs)
        if (same(a.name, vocab::prov_type) && a.value.is_qualified_name())
            if (auto i = vocab::find(names, a.value.text)) return i;
    return std::nullopt;
}
template <class = void>
[[nodiscard]] inline bool has_type(prov_attributes attrs, std::string_view type) {
    for (const auto& a : attrs)
        if (same(a.name, vocab::prov_type) && a.value.is_qualified_name() && same(a.value.text, type)) return true;
    return false;
}
template <class = void>
[[nodiscard]] inline const prov_literal_view* attribute_value(prov_attributes attrs, std::string_view name) {
    for (const auto& a : attrs)
        if (same(a.name, name)) return &a.value;
    return nullptr;
}

/// Reads one record's attributes: known ones through `take`, the rest are handed
/// to `add_extra` (the first prov:type equal to `consumed_type` counts as known).
template <class AddExtra, class Take>
void read_attributes(prov_attributes attrs, AddExtra&& add_extra, std::string_view consumed_type, Take&& take) {
    bool type_done = consumed_type.empty();
    for (const auto& a : attrs) {
        if (!type_done && same(a.name, vocab::prov_type) && a.value.is_qualified_name() && same(a.value.text, consumed_type)) {
            type_done = true;
            continue;
        }
        if (!take(a)) add_extra(prov_flat_records::owned(a));
    }
}

template <class = void>
[[nodiscard]] inline std::string_view plain_string(const prov_flat_record& r, const prov_attribute_view& a) {
    if (!a.value.datatype.empty() || !a.value.lang.empty() || a.value.form != prov::lexical::string)
        prov_mapping_error(r, std::string(a.name) + " must be a plain string");
    return a.value.text;
}
template <class = void>
[[nodiscard]] inline std::string_view qname_value(const prov_flat_record& r, const prov_attribute_view& a) {
    if (!a.value.is_qualified_name())
        prov_mapping_error(r, std::string(a.name) + " must be a qualified name ('prefix:name')");
    return a.value.text;
}
template <class = void>
[[nodiscard]] inline text_span parse_span(const prov_flat_record& r, const prov_attribute_view& a,
                                          std::string_view subject, span_role role) {
    const std::string_view t = plain_string(r, a);
    text_span s{subject, role, 0, 0};
    const auto dash = t.find('-');
    if (dash == std::string_view::npos)  // checked first: data() + npos + 1 would overflow the pointer
        prov_mapping_error(r, std::string(a.name) + " must be \"begin-end\" byte offsets, begin <= end");
    const auto r1 = std::from_chars(t.data(), t.data() + dash, s.begin);
    const auto r2 = std::from_chars(t.data() + dash + 1, t.data() + t.size(), s.end);
    if (r1.ec != std::errc{} || r1.ptr != t.data() + dash || r2.ec != std::errc{} ||
        r2.ptr != t.data() + t.size() || s.end < s.begin)
        prov_mapping_error(r, std::string(a.name) + " must be \"begin-end\" byte offsets, begin <= end");
    return s;
}

/// Maps PROV records in the newsprov vocabulary into a document, one record
/// at a time: entities and agents (map_node) before the relations that refer
/// to them (map_relation), then finish(). A record it does not map (returns
/// false) is the caller's to keep as a foreign record. Throws input_error (at
/// the record's position) when np attributes have the wrong form or ids repeat.
class prov_record_mapper {
public:
    template <class = void>
    explicit prov_record_mapper(story_document& doc) : doc_(doc) {}

    /// A hint: the record of `qname`, or a relation naming it, is coming.
    template <class = void>
    void prefetch(std::string_view qname) const noexcept { doc_.prefetch_id(qname_to_id(qname)); }

    /// An entity or agent: a source, claim, story or quantity when its
    /// prov:type says so.
    template <class = void>
    bool map_node(const prov_flat_record& r, prov_attributes attrs) {
        if (r.kind != prov::record_kind::entity && r.kind != prov::record_kind::agent) return false;
        const std::string_view id = qname_to_id(r.id);
        const prov_attributes types = qualified_types(attrs);
        std::optional<std::size_t> source = np_type(types, vocab::source_types);
        if (source && (*source == static_cast<std::size_t>(source_kind::document)) !=
                          (r.kind == prov::record_kind::entity))
            source.reset();  // np:Document is an entity, every other source an agent
        if (source) {
            map_source(r, attrs, id, *source);
            return true;
        }
        if (r.kind != prov::record_kind::entity) return false;
        if (const auto claim = np_type(types, vocab::claim_types)) {
            map_claim(r, attrs, id, *claim);
            return true;
        }
        if (has_type(types, vocab::story_type)) {
            map_story(r, attrs, id);
            return true;
        }
        if (has_type(types, vocab::quantity_type)) {
            map_quantity(r, attrs);
            return true;
        }
        return false;
    }

    /// A relation (wasAttributedTo, actedOnBehalfOf, wasDerivedFrom) between
    /// parts of the document; every entity and agent must be mapped before.
    template <class = void>
    bool map_relation(const prov_flat_record& r, prov_attributes attrs) {
        story_document& doc = doc_;
        relation_record rel;
        std::string_view consumed_type;
        bool is_ours = false;
        switch (r.kind) {
        case prov::record_kind::attribution: {
            const prov_literal_view* role = attribute_value(attrs, vocab::role);
            if (role && role->is_qualified_name() &&
                (role->text == vocab::byline_role || role->text == vocab::contributor_role)) {
                rel.kind = role->text == vocab::byline_role ? relation_kind::byline : relation_kind::contributor;
                is_ours = true;
            } else if (has_type(attrs, vocab::relay_type)) {
                rel.kind = relation_kind::relayed_by;
                consumed_type = vocab::relay_type;
                is_ours = true;
            } else {
                rel.kind = relation_kind::attribution;
                // The cue first: it is there on most and costs no lookup. An empty
                // cue does not count: the writer leaves it out, and the relation
                // read back would turn foreign (fuzz finding).
                const prov_literal_view* cue = attribute_value(attrs, vocab::cue);
                is_ours = (cue && !cue->text.empty()) || doc.find_claim(qname_to_id(r.args[0]));
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
            if (has_type(attrs, vocab::quotation)) {
                rel.kind = relation_kind::quoted_from;
                consumed_type = vocab::quotation;
            } else if (has_type(attrs, vocab::revision)) {
                rel.kind = relation_kind::revision_of;
                consumed_type = vocab::revision;
            }
            break;
        }
        default: break;
        }
        if (!is_ours) return false;
        const bool credit = rel.kind == relation_kind::byline || rel.kind == relation_kind::contributor;
        // A credit names the story entity; keep its id only when it is not the story's.
        const std::string_view from = qname_to_id(r.args[0]);
        rel.from = credit && (from == doc.info().id || (doc.info().id.empty() && from == "story")) ? std::string_view{}
                                                                                                  : from;
        rel.to = qname_to_id(r.args[1]);
        const std::size_t position = doc.relations().size();
        read_attributes(attrs, [&](prov::attribute a) { doc.add_relation_extra_attribute(position, std::move(a)); }, consumed_type,
                        [&](const prov_attribute_view& a) {
            if (same(a.name, vocab::cue)) rel.cue = plain_string(r, a);
            else if (same(a.name, vocab::date)) rel.date = plain_string(r, a);
            else if (same(a.name, vocab::location)) rel.location = plain_string(r, a);
            else if (same(a.name, vocab::via)) rel.via = qname_to_id(qname_value(r, a));
            else if (credit && same(a.name, vocab::role)) return true;
            else return false;
            return true;
        });
        const bool blank = r.id.empty() || r.id.starts_with("_:");
        doc.add_relation(rel, blank ? std::string_view{} : qname_to_id(r.id));
        return true;
    }

    /// Adds the quantities, their wholes resolved now that all are read.
    template <class = void>
    void finish() {
        for (pending_quantity& p : pending_) {
            if (!p.part_of.empty()) {
                const auto it = quantity_index_.find(p.part_of);
                if (it == quantity_index_.end()) prov_mapping_error(p.record, "np:partOf names no np:Quantity");
                p.quantity.part_of = static_cast<std::uint8_t>(it->second);  // a quantity's index, read as one
            }
            doc_.add_quantity(p.quantity);
        }
        pending_.clear();
    }

private:
    /// The qualified-name prov:type values the type tests look at; with one of
    /// them (the usual case) just that one.
    template <class = void>
    [[nodiscard]] static prov_attributes qualified_types(prov_attributes attrs) {
        const prov_attribute_view* only = nullptr;
        std::size_t count = 0;
        for (const auto& a : attrs)
            if (same(a.name, vocab::prov_type) && a.value.is_qualified_name()) only = &a, ++count;
        if (count > 1) return attrs;
        return only ? prov_attributes(only, 1) : prov_attributes();
    }

    /// Reads the attributes of part `id`, a source or claim of type `type_name`:
    /// `take` the newsprov ones, then spans (into spans_); the rest are kept as
    /// the part's extra attributes.
    template <class Take>
    void read_part(const prov_flat_record& r, prov_attributes attrs, std::string_view id, std::string_view type_name,
                   Take&& take) {
        spans_.clear();
        read_attributes(attrs, [&](prov::attribute a) { doc_.add_extra_attribute(id, std::move(a)); }, type_name,
                        [&](const prov_attribute_view& a) {
                            if (take(a)) return true;
                            const auto role = span_role_of(a.name);
                            if (role) spans_.push_back(parse_span(r, a, id, *role));
                            return role.has_value();
                        });
    }

    template <class = void>
    void map_source(const prov_flat_record& r, prov_attributes attrs, std::string_view id, std::size_t type) {
        source_record s;
        s.kind = static_cast<source_kind>(type);
        read_part(r, attrs, id, vocab::source_types[type], [&](const prov_attribute_view& a) {
            if (same(a.name, vocab::prov_label) && !a.value.is_qualified_name()) s.name = a.value.text;
            else if (same(a.name, vocab::description)) s.description = plain_string(r, a);
            else if (same(a.name, vocab::role)) {
                const auto role = vocab::find(vocab::role_names, qname_value(r, a));
                if (!role) prov_mapping_error(r, "np:role of a source must be np:Official or np:Spokesperson");
                s.role = static_cast<source_role>(*role);
            } else if (same(a.name, vocab::principal)) s.principal = qname_to_id(qname_value(r, a));
            else if (same(a.name, vocab::principal_kind)) {
                const auto k = vocab::find(vocab::source_types, qname_value(r, a));
                if (!k) prov_mapping_error(r, "np:principalKind must name a source type (np:Organization...)");
                s.has_principal_kind = true;
                s.principal_kind = static_cast<source_kind>(*k);
            } else if (same(a.name, vocab::anonymity_reason)) s.anonymity_reason = plain_string(r, a);
            else if (same(a.name, vocab::document_kind_attr)) {
                const auto k = vocab::find(vocab::document_types, qname_value(r, a));
                if (!k) prov_mapping_error(r, "np:documentKind must be np:Statement, np:Report, ...");
                s.document = static_cast<document_kind>(*k);
            } else if (same(a.name, vocab::location)) s.location = plain_string(r, a);
            else return false;
            return true;
        });
        s.id = id;
        guarded(r, [&] { doc_.add_source(s); });
        for (const text_span& sp : spans_) doc_.add_span(sp);
    }

    template <class = void>
    void map_claim(const prov_flat_record& r, prov_attributes attrs, std::string_view id, std::size_t type) {
        claim_record c;
        c.kind = static_cast<claim_kind>(type);
        c.id = id;
        read_part(r, attrs, id, vocab::claim_types[type], [&](const prov_attribute_view& a) {
            if (!same(a.name, vocab::text)) return false;
            c.text = plain_string(r, a);
            return true;
        });
        guarded(r, [&] { doc_.add_claim(c); });
        for (const text_span& sp : spans_) doc_.add_span(sp);
    }

    template <class = void>
    void map_story(const prov_flat_record& r, prov_attributes attrs, std::string_view id) {
        story_document& doc = doc_;
        auto add_own_extra = [&](prov::attribute a) { doc.add_extra_attribute(id, std::move(a)); };
        story_info info{id};
        std::string_view text, sha;
        read_attributes(attrs, add_own_extra, vocab::story_type, [&](const prov_attribute_view& a) {
            if (same(a.name, vocab::headline)) info.headline = plain_string(r, a);
            else if (same(a.name, vocab::publication)) info.publication = qname_to_id(qname_value(r, a));
            else if (same(a.name, vocab::date)) info.date = plain_string(r, a);
            else if (same(a.name, vocab::dateline)) info.dateline = plain_string(r, a);
            else if (same(a.name, vocab::article_text)) text = plain_string(r, a);
            else if (same(a.name, vocab::article_sha256)) sha = plain_string(r, a);
            else return false;
            return true;
        });
        if (!doc.info().id.empty()) prov_mapping_error(r, "a document has one np:Story");
        guarded(r, [&] { doc.set_info(info); });
        if (!text.empty()) doc.set_text(text);
        if (!sha.empty()) guarded(r, [&] { doc.set_article_sha256(sha); });
    }

    template <class = void>
    void map_quantity(const prov_flat_record& r, prov_attributes attrs) {
        story_document& doc = doc_;
        quantity_record q;
        std::string_view part_of;
        bool has_figure = false;
        const std::size_t position = pending_.size();
        read_attributes(attrs, [&](prov::attribute a) { doc.add_quantity_extra_attribute(position, std::move(a)); }, vocab::quantity_type,
                        [&](const prov_attribute_view& a) {
            if (same(a.name, vocab::figure)) {
                q.claim = qname_to_id(qname_value(r, a));
                has_figure = true;
            } else if (same(a.name, vocab::value)) {
                const std::string_view t = a.value.text;
                double v = 0;
                if (t == "NaN") v = std::nan("");
                else if (t == "INF" || t == "-INF") v = t[0] == '-' ? -HUGE_VAL : HUGE_VAL;
                else if (const auto res = std::from_chars(t.data(), t.data() + t.size(), v);
                         res.ec != std::errc{} || res.ptr != t.data() + t.size())
                    prov_mapping_error(r, "np:value must be a number");
                q.value = v;
            } else if (same(a.name, vocab::unit)) q.unit = plain_string(r, a);
            else if (same(a.name, vocab::what)) q.what = plain_string(r, a);
            else if (same(a.name, vocab::index)) {
                unsigned v = 0;
                const std::string_view t = a.value.text;
                const auto res = std::from_chars(t.data(), t.data() + t.size(), v);
                if (res.ec != std::errc{} || res.ptr != t.data() + t.size() || v >= no_whole)
                    prov_mapping_error(r, "np:index must be an integer from 0 to 254");
                q.index = static_cast<std::uint8_t>(v);
            } else if (same(a.name, vocab::part_of)) part_of = qname_value(r, a);
            else return false;
            return true;
        });
        if (!has_figure) prov_mapping_error(r, "an np:Quantity needs np:figure");
        quantity_index_[r.id] = q.index;
        pending_.push_back({r, q, part_of});
    }

    template <class = void>
    static std::optional<span_role> span_role_of(std::string_view name) {
        if (name == vocab::span) return span_role::content;
        if (name == vocab::source_span) return span_role::source;
        if (name == vocab::cue_span) return span_role::cue;
        return std::nullopt;
    }
    template <class F>
    static void guarded(const prov_flat_record& r, F&& f) {
        try {
            f();
        } catch (const document_error& e) {
            prov_mapping_error(r, e.what());
        }
    }

    // Quantities refer to their whole by qualified name; resolved by finish().
    struct pending_quantity {
        prov_flat_record record;  // for errors
        quantity_record quantity;
        std::string_view part_of;
    };
    story_document& doc_;
    std::vector<pending_quantity> pending_;
    std::unordered_map<std::string_view, std::size_t> quantity_index_;  // size_t: the map type other indexes use
    std::vector<text_span> spans_;
};

/// Maps every record of `in` (entities and agents first) and marks the mapped
/// ones in `mapped`; the caller keeps the others as foreign records.
template <class = void>
inline void map_prov_records(story_document& doc, const prov_flat_records& in, std::vector<bool>& mapped) {
    const std::vector<prov_flat_record>& records = in.records;
    mapped.assign(records.size(), false);
    prov_record_mapper mapper(doc);
    for (std::size_t ri = 0; ri < records.size(); ++ri)
        mapped[ri] = mapper.map_node(records[ri], in.attributes_of(records[ri]));
    mapper.finish();
    for (std::size_t ri = 0; ri < records.size(); ++ri)
        if (!mapped[ri]) mapped[ri] = mapper.map_relation(records[ri], in.attributes_of(records[ri]));
}

}  // namespace detail

/// A document from PROV records. Records in the newsprov vocabulary become the
/// document's parts; the rest is kept as foreign records. Throws input_error
/// (at the record's position) when np attributes have the wrong form or ids
/// repeat.
template <class = void>
[[nodiscard]] inline story_document from_prov_model(prov::model m) {
    story_document doc;
    doc.foreign().top.namespaces = std::move(m.top.namespaces);
    doc.foreign().top.extensions = std::move(m.top.extensions);
    doc.foreign().bundles = std::move(m.bundles);
    detail::prov_flat_records flat;
    flat.view(m.top);
    std::vector<bool> mapped;
    detail::map_prov_records(doc, flat, mapped);
    auto& foreign = doc.foreign().top.records;
    for (std::size_t ri = 0; ri < m.top.records.size(); ++ri)
        if (!mapped[ri]) foreign.push_back(std::move(m.top.records[ri]));
    return doc;
}

}  // namespace newsprov
