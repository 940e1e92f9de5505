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

[[nodiscard]] inline prov::literal read_prov_json_literal(const json::value& v, const std::string& name) {
    prov::literal l;
    auto scalar = [&](const json::value& x) {
        switch (x.type()) {
        case json::kind::string: l.text = x.as_string(); l.form = prov::lexical::string; return;
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
    for (const json::member& m : v.as_object()) {
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

inline void read_prov_json_record(prov::record_kind kind, const std::string& id, const json::value& body,
                                  std::vector<prov::record>& out) {
    if (!body.is_object()) prov_json_error(body, "a PROV-JSON record must be an object");
    prov::record r;
    r.kind = kind;
    r.where = body.position();
    if (!id.starts_with("_:")) r.id = id;  // blank ids are renumbered on output
    for (const json::member& m : body.as_object()) {
        if (const auto ai = prov::arg_index(kind, m.key)) {
            r.args[*ai] = m.val.as_string(m.key);
            if (r.args[*ai].empty()) prov_json_error(m.val, m.key + " must not be empty");
            continue;
        }
        if (m.key.empty()) prov_json_error(m.val, "an attribute needs a name");
        if (m.val.is_array()) {
            for (const json::value& item : m.val.as_array())
                r.attributes.push_back({m.key, read_prov_json_literal(item, m.key)});
        } else {
            r.attributes.push_back({m.key, read_prov_json_literal(m.val, m.key)});
        }
    }
    out.push_back(std::move(r));
}

inline void read_prov_json_container(const json::value& v, prov::container& c, std::vector<prov::bundle>* bundles) {
    if (!v.is_object()) prov_json_error(v, "a PROV-JSON document or bundle must be an object");
    for (const json::member& m : v.as_object()) {
        if (m.key == "prefix") {
            for (const json::member& p : m.val.as_object("\"prefix\"")) {
                if (c.find_namespace(p.key)) prov_json_error(p.val, "prefix " + p.key + " declared twice");
                c.namespaces.push_back({p.key, p.val.as_string("a namespace IRI")});
            }
        } else if (m.key == "bundle") {
            if (!bundles) prov_json_error(m.val, "bundles do not nest");
            for (const json::member& b : m.val.as_object("\"bundle\"")) {
                prov::bundle bundle;
                bundle.id = b.key;
                read_prov_json_container(b.val, bundle.content, nullptr);
                bundles->push_back(std::move(bundle));
            }
        } else {
            const auto kind = prov::record_kind_from_name(m.key);
            if (!kind) prov_json_error(m.val, "unknown PROV-JSON member \"" + m.key + "\"");
            for (const json::member& rec : m.val.as_object(m.key)) {
                if (rec.val.is_array()) {
                    for (const json::value& one : rec.val.as_array())
                        read_prov_json_record(*kind, rec.key, one, c.records);
                } else {
                    read_prov_json_record(*kind, rec.key, rec.val, c.records);
                }
            }
        }
    }
}

inline void write_prov_json_literal(json::writer& w, const prov::literal& l) {
    auto scalar = [&] {
        if (l.form == prov::lexical::number) {
            const json::detail::number_scan s = json::detail::scan_number(l.text, 0);
            if (s.error == nullptr && s.length == l.text.size()) {
                w.number_text(l.text);
                return;
            }
        } else if (l.form == prov::lexical::boolean && (l.text == "true" || l.text == "false")) {
            w.boolean(l.text == "true");
            return;
        }
        w.string(l.text);
    };
    if (l.datatype.empty() && l.lang.empty()) {
        scalar();
        return;
    }
    w.begin_object().key("$");
    scalar();
    if (!l.lang.empty()) w.key("lang").string(l.lang);
    if (!l.datatype.empty()) w.key("type").string(l.datatype);
    w.end_object();
}

inline void write_prov_json_record_body(json::writer& w, const prov::record& r) {
    const prov::record_kind_info& ki = prov::info(r.kind);
    w.begin_object();
    for (std::size_t a = 0; a < ki.arg_count; ++a)
        if (!r.args[a].empty()) w.key(ki.args[a]).string(r.args[a]);
    const auto& attrs = r.attributes;
    for (std::size_t i = 0; i < attrs.size(); ++i) {
        // Several values of one attribute are one member holding an array.
        bool seen = false;
        for (std::size_t j = 0; j < i && !seen; ++j) seen = attrs[j].name == attrs[i].name;
        if (seen) continue;
        std::size_t count = 0;
        for (std::size_t j = i; j < attrs.size(); ++j) count += attrs[j].name == attrs[i].name;
        w.key(attrs[i].name);
        if (count == 1) {
            write_prov_json_literal(w, attrs[i].value);
            continue;
        }
        w.begin_array();
        for (std::size_t j = i; j < attrs.size(); ++j)
            if (attrs[j].name == attrs[i].name) write_prov_json_literal(w, attrs[j].value);
        w.end_array();
    }
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
    const json::value root = json::parse(text, lim);
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

/// A document as PROV-JSON.
[[nodiscard]] inline std::string to_prov_json(const story_document& doc, prov_json_options opts = {}) {
    return write_prov_json(to_prov_model(doc), opts);
}

/// A document from PROV-JSON (newsprov's or another tool's). Throws input_error.
[[nodiscard]] inline story_document read_prov_json(std::string_view text, const json::limits& lim = prov_json_limits()) {
    return from_prov_model(read_prov_json_model(text, lim));
}

}  // namespace newsprov
