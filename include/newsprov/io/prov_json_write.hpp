#pragma once
// PROV-JSON (W3C member submission, 2013): writing.
//
//   std::string text = newsprov::to_prov_json(doc);          // a document
//   std::string text = newsprov::write_prov_json(model);     // PROV records
//
// Everything goes through the one JSON writer (json/writer.hpp), which also
// escapes every string. A document is written straight from its tables (no
// intermediate records) unless ids repeat; vocabulary words go out unscanned
// (json::writer::plain_key) and document ids as "story:" + id without being
// composed first (prefixed_string). Records are grouped by kind, in order of
// first appearance; records sharing an id become an array; anonymous records
// are numbered "_:id1", "_:id2"... in the order they are written. Reading is
// io/prov_json_read.hpp.

#include <newsprov/graph/document.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/json/writer.hpp>
#include <newsprov/io/prov_extensions.hpp>
#include <newsprov/io/prov_mapping.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsprov {

struct prov_json_options {
    unsigned indent = 0;  ///< spaces per level; 0 writes one line
};

namespace detail {

inline constexpr std::string_view story_prefix = "story:";
static_assert(story_prefix.substr(0, story_prefix.size() - 1) == vocab::id_prefix);

using kind_order = std::array<std::size_t, prov::record_kind_count>;

/// The record kinds in order of first appearance, then the kinds never seen.
/// `first[k]` numbers the kinds seen 1, 2, 3, ... and is 0 for the others.
template <class = void>
[[nodiscard]] inline kind_order kinds_by_first_appearance(const kind_order& first) noexcept {
    kind_order kinds{};
    std::size_t seen = 0;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (!first[k]) continue;
        kinds[first[k] - 1] = k;
        ++seen;
    }
    for (std::size_t k = 0; k < kinds.size(); ++k)
        if (!first[k]) kinds[seen++] = k;
    return kinds;
}

/// A literal's value: a JSON number or boolean when it is one, else a string.
template <class = void>
inline void write_prov_json_scalar(json::writer& w, std::string_view text, prov::lexical form) {
    if (form == prov::lexical::number && w.try_number_text(text)) return;
    if (form == prov::lexical::boolean && (text == "true" || text == "false")) {
        w.boolean(text == "true");
        return;
    }
    w.string(text);
}

/// A literal: bare when it has no datatype and no language; otherwise
/// {"$": lexical form, "type"|"lang": ...}, where "$" is always a JSON string
/// as the PROV-JSON schema asks (a number there would lose "1.50" to 1.5 in
/// any JSON reader).
template <class = void>
inline void write_prov_json_literal(json::writer& w, std::string_view text, std::string_view datatype,
                                    std::string_view lang, prov::lexical form) {
    if (datatype.empty() && lang.empty()) {
        write_prov_json_scalar(w, text, form);
        return;
    }
    w.begin_object().plain_key("$").string(text);
    if (!lang.empty()) w.plain_key("lang").string(lang);
    if (!datatype.empty()) w.plain_key("type").string(datatype);
    w.end_object();
}
template <class = void>
inline void write_prov_json_literal(json::writer& w, const prov::literal& l) {
    write_prov_json_literal(w, l.text, l.datatype, l.lang, l.form);
}

/// A document id as a qualified name ("story:" + id, "story:toll-q1", or an
/// id that is a qualified name already), as a key or a string; `buf` is used
/// only when the name has to be composed.
template <bool Key>
void write_prov_ref(json::writer& w, const prov_ref& r, std::string& buf) {
    auto put = [&](std::string_view s) {
        if constexpr (Key) {
            w.key(s);
        } else {
            w.string(s);
        }
    };
    if (!r.doc_id || (r.quantity < 0 && r.text.find(':') != std::string_view::npos)) {
        put(r.text);
    } else if (r.quantity < 0) {
        if constexpr (Key) {
            w.prefixed_key(story_prefix, r.text);
        } else {
            w.prefixed_string(story_prefix, r.text);
        }
    } else {
        put(r.resolve(buf));
    }
}

/// An emitted attribute value. A string made of vocabulary words or document
/// ids (the common case) is written without composing or scanning it.
template <class = void>
inline void write_prov_json_value(json::writer& w, const prov_attr_view& a, std::string& buf) {
    if (a.form != prov::lexical::string || !a.lang.empty() || !(a.value.doc_id || a.plain_name)) {
        write_prov_json_literal(w, a.value.resolve(buf), a.datatype, a.lang, a.form);
        return;
    }
    const bool typed = !a.datatype.empty();
    if (typed) w.begin_object().plain_key("$");
    if (a.plain_value) {
        w.plain_string(a.value.text);
    } else {
        write_prov_ref<false>(w, a.value, buf);
    }
    if (!typed) return;
    w.plain_key("type");
    if (a.plain_name) {
        w.plain_string(a.datatype);
    } else {
        w.string(a.datatype);
    }
    w.end_object();
}

/// The key of an attribute: unscanned when it is a vocabulary word.
template <class Attr>
[[gnu::always_inline]] inline void write_prov_json_attribute_name(json::writer& w, const Attr& a) {
    if constexpr (requires { a.plain_name; }) {
        if (a.plain_name) {
            w.plain_key(a.name);
            return;
        }
    }
    w.key(a.name);
}

/// write_prov_json_attributes() for a record with many attributes (a foreign
/// record may have thousands): names counted in a hash table, so the work
/// stays linear.
template <class Attr, class Write>
void write_many_prov_json_attributes(json::writer& w, std::span<const Attr> attrs, Write&& write_value) {
    std::unordered_map<std::string_view, std::size_t> left;  // values of the name not yet written
    for (const Attr& a : attrs) ++left[std::string_view(a.name)];
    for (std::size_t i = 0; i < attrs.size(); ++i) {
        std::size_t& count = left.find(std::string_view(attrs[i].name))->second;
        if (count == 0) continue;  // written with the first of its name
        write_prov_json_attribute_name(w, attrs[i]);
        if (count == 1) {
            write_value(attrs[i]);
        } else {
            w.begin_array();
            for (std::size_t j = i; count > 0; ++j) {
                if (!same(attrs[j].name, attrs[i].name)) continue;
                write_value(attrs[j]);
                --count;
            }
            w.end_array();
        }
        count = 0;
    }
}

/// Attributes as members; several values of one name become one array
/// member, at the place of the first. A record has a handful of attributes,
/// compared pairwise.
template <class Attr, class Write>
void write_prov_json_attributes(json::writer& w, std::span<const Attr> attrs, Write&& write_value) {
    if (attrs.size() > 16) {
        write_many_prov_json_attributes(w, attrs, write_value);
        return;
    }
    for (std::size_t i = 0; i < attrs.size(); ++i) {
        bool seen = false;
        for (std::size_t j = 0; j < i && !seen; ++j) seen = same(attrs[j].name, attrs[i].name);
        if (seen) continue;
        std::size_t count = 0;
        for (std::size_t j = i; j < attrs.size(); ++j) count += same(attrs[j].name, attrs[i].name);
        write_prov_json_attribute_name(w, attrs[i]);
        if (count == 1) {
            write_value(attrs[i]);
            continue;
        }
        w.begin_array();
        for (std::size_t j = i; j < attrs.size(); ++j)
            if (same(attrs[j].name, attrs[i].name)) write_value(attrs[j]);
        w.end_array();
    }
}

template <class = void>
inline void write_prov_json_record_body(json::writer& w, const prov::record& r) {
    const prov::record_kind_info& ki = prov::info(r.kind);
    w.begin_object();
    for (std::size_t a = 0; a < ki.arg_count; ++a)
        if (!r.args[a].empty()) w.plain_key(ki.args[a]).string(r.args[a]);
    write_prov_json_attributes(w, std::span<const prov::attribute>(r.attributes),
                               [&](const prov::attribute& a) { write_prov_json_literal(w, a.value); });
    w.end_object();
}

/// The records of one kind as the members of its object: records that share
/// an id grouped into an array, blank ids numbered in output order (`blank`
/// counts across kinds) as fresh "_:idN" that no record of the kind has.
template <class = void>
inline void write_prov_json_kind(json::writer& w, const prov::container& c, const std::vector<std::size_t>& list,
                                 std::size_t& blank) {
    std::unordered_map<std::string_view, std::vector<std::size_t>> same_id;
    bool repeated = false;
    for (std::size_t i : list) {
        const std::string& id = c.records[i].id;
        if (id.empty()) continue;
        auto& v = same_id[id];  // every id of the kind: fresh blank ids avoid them
        v.push_back(i);
        repeated = repeated || v.size() > 1;
    }
    std::string blank_id;
    for (std::size_t i : list) {
        const prov::record& r = c.records[i];
        if (r.id.empty()) {
            // (blank ids read are kept)
            do blank_id.assign("_:id").append(std::to_string(++blank));
            while (same_id.contains(blank_id));
            w.key(blank_id);
            write_prov_json_record_body(w, r);
            continue;
        }
        const std::vector<std::size_t>* group = repeated ? &same_id[r.id] : nullptr;
        if (group && group->front() != i) continue;  // written with the first of its id
        w.key(r.id);
        if (!group || group->size() == 1) {
            write_prov_json_record_body(w, r);
            continue;
        }
        w.begin_array();
        for (std::size_t j : *group) write_prov_json_record_body(w, c.records[j]);
        w.end_array();
    }
}

template <class = void>
inline void write_prov_json_container(json::writer& w, const prov::container& c, const std::vector<prov::bundle>* bundles) {
    w.begin_object();
    if (!c.namespaces.empty()) {
        w.key("prefix").begin_object();
        for (const auto& n : c.namespaces) w.key(n.prefix).string(n.iri);
        w.end_object();
    }
    // Records grouped by kind, kinds in order of first appearance.
    std::array<std::vector<std::size_t>, prov::record_kind_count> by_kind;
    kind_order first{};
    std::size_t order = 0;
    for (std::size_t i = 0; i < c.records.size(); ++i) {
        auto& list = by_kind[static_cast<std::size_t>(c.records[i].kind)];
        if (list.empty()) first[static_cast<std::size_t>(c.records[i].kind)] = ++order;
        list.push_back(i);
    }
    std::size_t blank = 0;
    for (std::size_t k : kinds_by_first_appearance(first)) {
        if (by_kind[k].empty()) continue;
        w.key(prov::record_kinds[k].name).begin_object();
        write_prov_json_kind(w, c, by_kind[k], blank);
        w.end_object();
    }
    if (bundles && !bundles->empty()) {
        w.key("bundle").begin_object();
        for (const auto& b : *bundles) {
            w.key(b.id);
            write_prov_json_container(w, b.content, nullptr);
        }
        w.end_object();
    }
    w.end_object();
}

}  // namespace detail

/// PROV records as PROV-JSON text (ends with a newline). Throws input_error
/// (at its place) for an extension expression, which PROV-JSON cannot hold.
template <class = void>
[[nodiscard]] inline std::string write_prov_json(const prov::model& m, prov_json_options opts = {}) {
    detail::refuse_prov_extensions(&m, "PROV-JSON");
    std::string out;
    json::writer w(out, json::write_options{opts.indent});
    detail::write_prov_json_container(w, m.top, &m.bundles);
    out.push_back('\n');
    return out;
}

namespace detail {

/// True when the document's records can be streamed straight to PROV-JSON: no
/// two records of one kind share an id (so none is grouped into an array).
/// Story, source and claim ids are unique by construction; quantities, relation
/// ids and foreign records are checked.
template <class = void>
[[nodiscard]] inline bool prov_json_streamable(const story_document& doc) {
    if (!doc.foreign().top.records.empty() || !doc.foreign().bundles.empty()) return false;
    for (std::size_t i = 0; i < doc.relations().size(); ++i)
        if (!doc.relation_id(i).empty()) return false;
    if (doc.quantities().empty()) return true;
    std::unordered_map<std::string_view, std::uint64_t> seen;  // claim -> bit set of indexes
    std::string id;
    for (const quantity_record& q : doc.quantities()) {
        if (q.index >= 64) return false;
        std::uint64_t& bits = seen[q.claim];
        if (bits & (std::uint64_t{1} << q.index)) return false;
        bits |= std::uint64_t{1} << q.index;
        id.assign(q.claim).append("-q").append(std::to_string(q.index));
        if (doc.kind_of(id)) return false;
    }
    return true;
}

}  // namespace detail

/// A document as PROV-JSON. Written straight from the document (no
/// intermediate records) unless ids repeat; the output is the same either way.
/// Throws input_error for an extension expression (io/prov_extensions.hpp).
template <class = void>
[[nodiscard]] inline std::string to_prov_json(const story_document& doc, prov_json_options opts = {}) {
    detail::refuse_prov_extensions(&doc.foreign(), "PROV-JSON");
    if (!detail::prov_json_streamable(doc)) return write_prov_json(to_prov_model(doc), opts);
    using K = prov::record_kind;
    detail::kind_order first{};
    std::size_t order = 0;
    auto seen = [&](K k) {
        if (!first[static_cast<std::size_t>(k)]) first[static_cast<std::size_t>(k)] = ++order;
    };
    if (detail::has_story_entity(doc)) seen(K::entity);
    for (const source_record& s : doc.sources()) seen(detail::source_record_kind(s));
    if (!doc.claims().empty() || !doc.quantities().empty()) seen(K::entity);
    for (const relation_record& r : doc.relations()) seen(detail::relation_record_kind(r.kind));
    const detail::kind_order kinds = detail::kinds_by_first_appearance(first);

    std::string out;
    out.reserve(256 + 160 * (doc.sources().size() + doc.claims().size() + doc.relations().size()) +
                2 * doc.string_bytes());
    {
        json::writer w(out, json::write_options{opts.indent});
        w.begin_object();
        w.plain_key("prefix").begin_object();
        for (const auto& n : detail::prov_namespaces(doc)) w.key(n.prefix).string(n.iri);
        w.end_object();
        std::size_t blank = 0;
        std::string buf, key;
        for (std::size_t k : kinds) {
            if (!first[k]) break;
            const prov::record_kind_info& ki = prov::record_kinds[k];
            w.plain_key(ki.name).begin_object();
            detail::emit_prov_records(
                doc,
                [&](const detail::prov_record_view& v) {
                    if (v.id.empty()) {
                        char digits[24];
                        const auto res = std::to_chars(digits, digits + sizeof digits, ++blank);
                        key.assign("_:id").append(digits, res.ptr);
                        w.key(key);
                    } else {
                        detail::write_prov_ref<true>(w, v.id, key);
                    }
                    w.begin_object();
                    for (std::size_t a = 0; a < ki.arg_count; ++a) {
                        if (v.args[a].empty()) continue;
                        w.plain_key(ki.args[a]);
                        detail::write_prov_ref<false>(w, v.args[a], buf);
                    }
                    detail::write_prov_json_attributes(w, std::span<const detail::prov_attr_view>(v.attrs),
                                                       [&](const detail::prov_attr_view& a) {
                                                           detail::write_prov_json_value(w, a, buf);
                                                       });
                    w.end_object();
                },
                static_cast<K>(k));
            w.end_object();
        }
        w.end_object();
    }
    out.push_back('\n');
    return out;
}

}  // namespace newsprov
