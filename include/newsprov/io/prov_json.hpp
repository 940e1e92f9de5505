#pragma once
// PROV-JSON (W3C member submission, 2013): read and write.
//
//   std::string text = newsprov::to_prov_json(doc);            // write a document
//   newsprov::story_document doc = newsprov::read_prov_json(text);   // read one (any tool's)
//
// Reading is strict JSON (io/json_reader.hpp) and then the PROV-JSON shape:
// "prefix", "bundle" and one object per record type, each mapping identifiers
// to a record or (several records with one id) to an array of them. Attribute
// values keep their JSON spelling (string, number, boolean, {"$", "type"},
// {"$", "lang"}, arrays for several values), so what is read is written back
// the same. Anonymous records ("_:id1", as python-prov writes them) get fresh
// blank identifiers, numbered in the order they are written. Errors throw
// newsprov::input_error with line and column.

#include <newsprov/core/error.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/io/json_reader.hpp>
#include <newsprov/io/json_value.hpp>
#include <newsprov/io/json_writer.hpp>
#include <newsprov/io/prov_mapping.hpp>

#include <algorithm>
#include <array>
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

/// Limits for PROV-JSON input: the JSON defaults, raised for large documents.
[[nodiscard]] inline json::limits prov_json_limits() {
    json::limits lim;
    lim.max_input_bytes = std::size_t{1} << 30;
    lim.max_members = 50'000'000;
    return lim;
}

namespace detail {

inline void prov_json_error(const json::value& at, const std::string& message) {
    throw input_error(at.position(), message);
}

[[nodiscard]] inline prov::literal read_prov_json_literal(json::value& v, const std::string& name) {
    prov::literal l;
    auto scalar = [&](json::value& x) {
        switch (x.type()) {
        case json::kind::string: l.text = std::move(x.as_string()); l.form = prov::lexical::string; return;
        case json::kind::number: l.text = std::string(x.number_text()); l.form = prov::lexical::number; return;
        case json::kind::boolean: l.text = x.as_bool() ? "true" : "false"; l.form = prov::lexical::boolean; return;
        default: prov_json_error(x, "attribute " + name + ": expected a string, number, boolean or {\"$\": ...}");
        }
    };
    if (!v.is_object()) {
        scalar(v);
        return l;
    }
    bool has_value = false;
    for (json::member& m : v.as_object()) {
        if (m.key == "$") {
            scalar(m.val);
            has_value = true;
        } else if (m.key == "type") {
            l.datatype = m.val.as_string("\"type\" of a typed value");
        } else if (m.key == "lang") {
            l.lang = m.val.as_string("\"lang\" of a language-tagged string");
        } else {
            prov_json_error(m.val, "attribute " + name + ": unexpected member \"" + m.key +
                                       "\" in a value (expected \"$\", \"type\" or \"lang\")");
        }
    }
    if (!has_value) prov_json_error(v, "attribute " + name + ": a value object needs \"$\"");
    return l;
}

inline void read_prov_json_record(prov::record_kind kind, const std::string& id, json::value& body,
                                  std::vector<prov::record>& out) {
    if (!body.is_object()) prov_json_error(body, "a PROV-JSON record must be an object");
    prov::record r;
    r.kind = kind;
    r.where = body.position();
    if (!id.starts_with("_:")) r.id = id;  // blank ids are renumbered on output
    r.attributes.reserve(body.as_object().size());
    for (json::member& m : body.as_object()) {
        if (const auto ai = prov::arg_index(kind, m.key)) {
            r.args[*ai] = std::move(m.val.as_string(m.key));
            if (r.args[*ai].empty()) prov_json_error(m.val, m.key + " must not be empty");
            continue;
        }
        if (m.key.empty()) prov_json_error(m.val, "an attribute needs a name");
        if (m.val.is_array()) {
            for (json::value& item : m.val.as_array())
                r.attributes.push_back({m.key, read_prov_json_literal(item, m.key)});
        } else {
            prov::literal l = read_prov_json_literal(m.val, m.key);
            r.attributes.push_back({std::move(m.key), std::move(l)});
        }
    }
    out.push_back(std::move(r));
}

inline void read_prov_json_container(json::value& v, prov::container& c, std::vector<prov::bundle>* bundles) {
    if (!v.is_object()) prov_json_error(v, "a PROV-JSON document or bundle must be an object");
    for (json::member& m : v.as_object()) {
        if (m.key == "prefix") {
            for (const json::member& p : m.val.as_object("\"prefix\"")) {
                if (c.find_namespace(p.key)) prov_json_error(p.val, "prefix " + p.key + " declared twice");
                c.namespaces.push_back({p.key, p.val.as_string("a namespace IRI")});
            }
        } else if (m.key == "bundle") {
            if (!bundles) prov_json_error(m.val, "bundles do not nest");
            for (json::member& b : m.val.as_object("\"bundle\"")) {
                prov::bundle bundle;
                bundle.id = b.key;
                read_prov_json_container(b.val, bundle.content, nullptr);
                bundles->push_back(std::move(bundle));
            }
        } else {
            const auto kind = prov::record_kind_from_name(m.key);
            if (!kind) prov_json_error(m.val, "unknown PROV-JSON member \"" + m.key + "\"");
            c.records.reserve(c.records.size() + m.val.as_object(m.key).size());
            for (json::member& rec : m.val.as_object(m.key)) {
                if (rec.val.is_array()) {
                    for (json::value& one : rec.val.as_array())
                        read_prov_json_record(*kind, rec.key, one, c.records);
                } else {
                    read_prov_json_record(*kind, rec.key, rec.val, c.records);
                }
            }
        }
    }
}

/// Compact JSON output with no bookkeeping beyond "is a comma due": what the
/// streaming document writer uses when no indentation is asked for. Callers
/// keep keys and values balanced and pass valid number texts.
class compact_json_writer {
public:
    explicit compact_json_writer(std::string& out) : out_(out) {}
    compact_json_writer& begin_object() { return open('{'); }
    compact_json_writer& end_object() { return close('}'); }
    compact_json_writer& begin_array() { return open('['); }
    compact_json_writer& end_array() { return close(']'); }
    compact_json_writer& key(std::string_view k) {
        if (!first_) out_ += ',';
        json::detail::append_quoted(out_, k);
        out_ += ':';
        after_key_ = true;
        return *this;
    }
    compact_json_writer& string(std::string_view v) {
        prefix();
        json::detail::append_quoted(out_, v);
        return *this;
    }
    compact_json_writer& number_text(std::string_view text) {
        prefix();
        out_.append(text);
        return *this;
    }
    compact_json_writer& boolean(bool b) {
        prefix();
        out_.append(b ? "true" : "false");
        return *this;
    }

private:
    void prefix() {
        if (!after_key_ && !first_) out_ += ',';
        after_key_ = false;
        first_ = false;
    }
    compact_json_writer& open(char c) {
        prefix();
        out_ += c;
        first_ = true;
        return *this;
    }
    compact_json_writer& close(char c) {
        out_ += c;
        first_ = false;
        return *this;
    }
    std::string& out_;
    bool first_ = true;
    bool after_key_ = false;
};

template <class Writer>
void write_prov_json_literal(Writer& w, std::string_view text, std::string_view datatype, std::string_view lang,
                             prov::lexical form) {
    auto scalar = [&] {
        if (form == prov::lexical::number) {
            const json::detail::number_scan s = json::detail::scan_number(text, 0);
            if (s.error == nullptr && s.length == text.size()) {
                w.number_text(text);
                return;
            }
        } else if (form == prov::lexical::boolean && (text == "true" || text == "false")) {
            w.boolean(text == "true");
            return;
        }
        w.string(text);
    };
    if (datatype.empty() && lang.empty()) {
        scalar();
        return;
    }
    w.begin_object().key("$");
    scalar();
    if (!lang.empty()) w.key("lang").string(lang);
    if (!datatype.empty()) w.key("type").string(datatype);
    w.end_object();
}
inline void write_prov_json_literal(json::writer& w, const prov::literal& l) {
    write_prov_json_literal(w, l.text, l.datatype, l.lang, l.form);
}

/// Attributes as members; several values of one name become one array member.
template <class Writer, class Attr, class Write>
void write_prov_json_attributes(Writer& w, std::span<const Attr> attrs, Write&& write_value) {
    for (std::size_t i = 0; i < attrs.size(); ++i) {
        bool seen = false;
        for (std::size_t j = 0; j < i && !seen; ++j) seen = attrs[j].name == attrs[i].name;
        if (seen) continue;
        std::size_t count = 0;
        for (std::size_t j = i; j < attrs.size(); ++j) count += attrs[j].name == attrs[i].name;
        w.key(attrs[i].name);
        if (count == 1) {
            write_value(attrs[i]);
            continue;
        }
        w.begin_array();
        for (std::size_t j = i; j < attrs.size(); ++j)
            if (attrs[j].name == attrs[i].name) write_value(attrs[j]);
        w.end_array();
    }
}

inline void write_prov_json_record_body(json::writer& w, const prov::record& r) {
    const prov::record_kind_info& ki = prov::info(r.kind);
    w.begin_object();
    for (std::size_t a = 0; a < ki.arg_count; ++a)
        if (!r.args[a].empty()) w.key(ki.args[a]).string(r.args[a]);
    write_prov_json_attributes(w, std::span<const prov::attribute>(r.attributes),
                               [&](const prov::attribute& a) { write_prov_json_literal(w, a.value); });
    w.end_object();
}

inline void write_prov_json_container(json::writer& w, const prov::container& c, const std::vector<prov::bundle>* bundles) {
    w.begin_object();
    if (!c.namespaces.empty()) {
        w.key("prefix").begin_object();
        for (const auto& n : c.namespaces) w.key(n.prefix).string(n.iri);
        w.end_object();
    }
    // Records grouped by kind (kinds in order of first appearance), records with
    // one id grouped into an array, blank ids numbered in output order.
    std::array<std::vector<std::size_t>, prov::record_kind_count> by_kind;
    std::array<std::size_t, prov::record_kind_count> first{};
    std::size_t order = 0;
    for (std::size_t i = 0; i < c.records.size(); ++i) {
        auto& list = by_kind[static_cast<std::size_t>(c.records[i].kind)];
        if (list.empty()) first[static_cast<std::size_t>(c.records[i].kind)] = ++order;
        list.push_back(i);
    }
    std::array<std::size_t, prov::record_kind_count> kinds{};
    for (std::size_t k = 0; k < kinds.size(); ++k) kinds[k] = k;
    std::sort(kinds.begin(), kinds.end(), [&](std::size_t a, std::size_t b) {
        const std::size_t fa = first[a] ? first[a] : SIZE_MAX, fb = first[b] ? first[b] : SIZE_MAX;
        return fa < fb;
    });
    std::size_t blank = 0;
    std::string blank_id;
    std::unordered_map<std::string_view, std::vector<std::size_t>> same_id;
    for (std::size_t k : kinds) {
        const auto& list = by_kind[k];
        if (list.empty()) continue;
        w.key(prov::record_kinds[k].name).begin_object();
        same_id.clear();
        bool repeated = false;
        for (std::size_t i : list) {
            const std::string& id = c.records[i].id;
            if (id.empty()) continue;
            auto& v = same_id[id];
            v.push_back(i);
            repeated = repeated || v.size() > 1;
        }
        for (std::size_t i : list) {
            const prov::record& r = c.records[i];
            if (r.id.empty()) {
                blank_id.assign("_:id").append(std::to_string(++blank));
                w.key(blank_id);
                write_prov_json_record_body(w, r);
                continue;
            }
            if (!repeated) {
                w.key(r.id);
                write_prov_json_record_body(w, r);
                continue;
            }
            const auto& group = same_id[r.id];
            if (group.front() != i) continue;  // written with the first of its id
            w.key(r.id);
            if (group.size() == 1) {
                write_prov_json_record_body(w, r);
            } else {
                w.begin_array();
                for (std::size_t j : group) write_prov_json_record_body(w, c.records[j]);
                w.end_array();
            }
        }
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

/// The PROV records of a PROV-JSON text (any tool's). Throws input_error.
[[nodiscard]] inline prov::model read_prov_json_model(std::string_view text, const json::limits& lim = prov_json_limits()) {
    json::value root = json::parse(text, lim);
    prov::model m;
    detail::read_prov_json_container(root, m.top, &m.bundles);
    return m;
}

/// PROV records as PROV-JSON text (ends with a newline).
[[nodiscard]] inline std::string write_prov_json(const prov::model& m, prov_json_options opts = {}) {
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
[[nodiscard]] inline std::string to_prov_json(const story_document& doc, prov_json_options opts = {}) {
    if (!detail::prov_json_streamable(doc)) return write_prov_json(to_prov_model(doc), opts);
    using K = prov::record_kind;
    std::array<std::size_t, prov::record_kind_count> first{};
    std::size_t order = 0;
    auto seen = [&](K k) {
        if (!first[static_cast<std::size_t>(k)]) first[static_cast<std::size_t>(k)] = ++order;
    };
    if (detail::has_story_entity(doc)) seen(K::entity);
    for (const source_record& s : doc.sources()) seen(detail::source_record_kind(s));
    if (!doc.claims().empty() || !doc.quantities().empty()) seen(K::entity);
    for (const relation_record& r : doc.relations()) seen(detail::relation_record_kind(r.kind));
    std::array<std::size_t, prov::record_kind_count> kinds{};
    for (std::size_t k = 0; k < kinds.size(); ++k) kinds[k] = k;
    std::sort(kinds.begin(), kinds.end(), [&](std::size_t a, std::size_t b) {
        return (first[a] ? first[a] : SIZE_MAX) < (first[b] ? first[b] : SIZE_MAX);
    });

    std::string out;
    out.reserve(256 + 160 * (doc.sources().size() + doc.claims().size() + doc.relations().size()) +
                2 * doc.string_bytes());
    auto write_all = [&](auto& w) {
        w.begin_object();
        w.key("prefix").begin_object();
        for (const auto& n : detail::prov_namespaces(doc)) w.key(n.prefix).string(n.iri);
        w.end_object();
        std::size_t blank = 0;
        std::string buf, key;
        for (std::size_t k : kinds) {
            if (!first[k]) break;
            const prov::record_kind_info& ki = prov::record_kinds[k];
            w.key(ki.name).begin_object();
            detail::emit_prov_records(
                doc,
                [&](const detail::prov_record_view& v) {
                    if (v.id.empty()) {
                        key.assign("_:id").append(std::to_string(++blank));
                        w.key(key);
                    } else {
                        w.key(v.id.resolve(key));
                    }
                    w.begin_object();
                    for (std::size_t a = 0; a < ki.arg_count; ++a)
                        if (!v.args[a].empty()) w.key(ki.args[a]).string(v.args[a].resolve(buf));
                    detail::write_prov_json_attributes(w, std::span<const detail::prov_attr_view>(v.attrs),
                                                       [&](const detail::prov_attr_view& a) {
                                                           detail::write_prov_json_literal(w, a.value.resolve(buf),
                                                                                           a.datatype, a.lang, a.form);
                                                       });
                    w.end_object();
                },
                static_cast<K>(k));
            w.end_object();
        }
        w.end_object();
    };
    if (opts.indent == 0) {
        detail::compact_json_writer w(out);
        write_all(w);
    } else {
        json::writer w(out, json::write_options{opts.indent});
        write_all(w);
    }
    out.push_back('\n');
    return out;
}

/// A document from PROV-JSON (newsprov's or another tool's). Throws input_error.
[[nodiscard]] inline story_document read_prov_json(std::string_view text, const json::limits& lim = prov_json_limits()) {
    return from_prov_model(read_prov_json_model(text, lim));
}

}  // namespace newsprov
