#pragma once
// Generic W3C PROV records (a document's foreign records, graph/prov_model.hpp)
// as PROV-JSONLD (W3C member submission, 2024; context
// https://openprovenance.org/prov-jsonld/context.jsonld):
//
//   {"@type": "Entity", "@id": "ex:e", "type": ["prov:Plan"], "label": [{"@value": "..."}],
//    "ex:size": [{"@value": "10", "@type": "xsd:int"}]}
//   {"@type": "Generation", "@id": "ex:g", "entity": "ex:e", "activity": "ex:a", "time": "2012-..."}
//
// Every record is a node whose @type is its PROV class (vocab::prov_o_kinds)
// and whose keys are its formal arguments' PROV-JSON names without "prov:"
// (activity: startTime, endTime); attributes are grouped by name: prov:type,
// prov:label, prov:location, prov:role become type, label, location, role,
// others keep their qualified names. A bundle is a node {"@type": "prov:Bundle",
// "@id", "@graph": [...]}, with its own prefixes in a nested @context.
//
// Names: the document's prefixes join the context unless they would redefine a
// PROV-JSONLD term or one of ours (then names are written as full IRIs); "_:x"
// stays a blank node; an undeclared prefix is read as an IRI scheme. A name
// without a prefix in a document without a default namespace is an error
// (input_error at the record).

#include <newsprov/core/error.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/io/prov_vocabulary.hpp>
#include <newsprov/json/writer.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov::detail {

/// How the qualified names of a PROV container are written in JSON-LD.
class jsonld_prov_names {
public:
    /// `ours`: prefixes the context defines already (prefix, IRI).
    template <class = void>
    jsonld_prov_names(const prov::container& doc, const std::vector<prov::namespace_decl>& ours) {
        static constexpr std::string_view terms[] = {"prov", "xsd", "rdfs", "rdf", "provext", "role", "type",
                                                     "label", "location", "entity", "activity", "agent"};
        ours_.emplace("prov", std::string(vocab::prov_iri));
        ours_.emplace("xsd", std::string(vocab::xsd_iri));
        for (const auto& n : ours) ours_.emplace(n.prefix, n.iri);
        for (const auto& n : doc.namespaces) {
            const auto mine = ours_.find(n.prefix);
            bool usable = n.prefix != "default" && !n.prefix.empty() && n.prefix[0] != '@' && n.prefix != "_" &&
                          (mine == ours_.end() || mine->second == n.iri);
            for (std::string_view t : terms)
                if (n.prefix == t && mine == ours_.end()) usable = false;
            if (doc_.emplace(n.prefix, entry{n.iri, usable}).second && usable && mine == ours_.end())
                declared_.push_back(&n);
        }
    }
    /// The document's prefixes for the context object being written.
    template <class = void>
    void context(json::writer& w) const {
        for (const prov::namespace_decl* n : declared_) w.key(n->prefix).string(n->iri);
    }
    /// `qname` as a JSON-LD IRI: compact where the context has its prefix.
    template <class = void>
    [[nodiscard]] std::string name(std::string_view qname, const text_position& where) const {
        const std::size_t colon = qname.find(':');
        const std::string_view prefix = colon == std::string_view::npos ? "default" : qname.substr(0, colon);
        const std::string_view local = colon == std::string_view::npos ? qname : qname.substr(colon + 1);
        if (const auto d = doc_.find(prefix); d != doc_.end())
            return d->second.usable ? std::string(qname) : d->second.iri + std::string(local);
        if (colon == std::string_view::npos)
            throw input_error(where, "'" + std::string(qname) +
                                         "' has no prefix and the document declares no default namespace");
        return std::string(qname);  // ours, a blank node, or an undeclared prefix read as an IRI scheme
    }

private:
    using entry = declared_namespace;
    std::map<std::string, std::string, std::less<>> ours_;
    std::map<std::string, entry, std::less<>> doc_;
    std::vector<const prov::namespace_decl*> declared_;
};

/// Writes records as PROV-JSONLD nodes.
class jsonld_prov_writer {
public:
    template <class = void>
    jsonld_prov_writer(json::writer& w, const jsonld_prov_names& names) : w_(w), names_(names) {}

    template <class = void>
    void record(const prov::record& r) {
        where_ = &r.where;
        const prov::record_kind_info& info = prov::info(r.kind);
        const vocab::prov_o_kind& k = vocab::prov_o(r.kind);
        w_.begin_object();
        w_.key("@type").string(k.class_name);
        if (!r.id.empty()) w_.key("@id").string(name(r.id));
        for (std::size_t a = 0; a < info.arg_count; ++a) {
            if (r.args[a].empty()) continue;
            w_.key(info.args[a].substr(5));  // "prov:entity" -> "entity"
            if (k.args[a] == vocab::arg_kind::time) w_.string(r.args[a]);
            else w_.string(name(r.args[a]));
        }
        attributes(r.attributes);
        w_.end_object();
    }

    /// Extra attributes of a story part, as a node of its own (JSON-LD merges it by @id).
    template <class = void>
    void part(std::string_view iri, const std::vector<prov::attribute>& attrs) {
        where_ = &nowhere_;
        w_.begin_object().key("@id").string(iri);
        attributes(attrs);
        w_.end_object();
    }
    /// Extra attributes of a story relation, on its reification.
    template <class = void>
    void relation(std::string_view from, std::string_view predicate, std::string_view to,
                  const std::vector<prov::attribute>& attrs) {
        where_ = &nowhere_;
        w_.begin_object().key("@type").string("rdf:Statement");
        w_.key("rdf:subject").begin_object().key("@id").string(from).end_object();
        w_.key("rdf:predicate").begin_object().key("@id").string(std::string("prov:").append(predicate)).end_object();
        w_.key("rdf:object").begin_object().key("@id").string(to).end_object();
        attributes(attrs);
        w_.end_object();
    }

private:
    static constexpr text_position nowhere_{};
    template <class = void>
    [[nodiscard]] std::string name(std::string_view q) const { return names_.name(q, *where_); }

    /// Attributes grouped by name (a JSON object has each key once), in order of first use.
    template <class = void>
    void attributes(const std::vector<prov::attribute>& attrs) {
        std::vector<std::string_view> order;
        std::map<std::string_view, std::vector<const prov::literal*>, std::less<>> values;
        for (const prov::attribute& a : attrs) {
            auto& v = values[a.name];
            if (v.empty()) order.push_back(a.name);
            v.push_back(&a.value);
        }
        for (std::string_view attr : order) {
            const bool as_iri = attr == "prov:type" || attr == "prov:location" || attr == "prov:role";
            if (attr == "prov:type" || attr == "prov:label" || attr == "prov:location" || attr == "prov:role")
                w_.key(attr.substr(5));
            else
                w_.key(name(attr));
            w_.begin_array();
            for (const prov::literal* v : values.find(attr)->second) value(*v, as_iri);
            w_.end_array();
        }
    }

    /// A value object; a qualified name as a plain string where the key is coerced to an IRI.
    template <class = void>
    void value(const prov::literal& v, bool key_takes_iri) {
        if (v.is_qualified_name()) {
            if (key_takes_iri) w_.string(name(v.text));
            else w_.begin_object().key("@id").string(name(v.text)).end_object();
            return;
        }
        w_.begin_object().key("@value").string(v.text);
        if (!v.lang.empty()) w_.key("@language").string(v.lang);
        else if (!v.datatype.empty()) w_.key("@type").string(name(v.datatype));
        else if (v.form == prov::lexical::boolean) w_.key("@type").string("xsd:boolean");
        else if (v.form == prov::lexical::number)
            w_.key("@type").string(v.text.find_first_not_of("-0123456789") == std::string::npos ? "xsd:integer"
                                                                                                : "xsd:double");
        w_.end_object();
    }

    json::writer& w_;
    const jsonld_prov_names& names_;
    const text_position* where_ = nullptr;
};

/// The document's records, then its bundles, as members of the open "@graph" array.
template <class = void>
inline void write_jsonld_prov(json::writer& w, const prov::model& doc, const jsonld_prov_names& names,
                              const std::vector<prov::namespace_decl>& ours) {
    jsonld_prov_writer top(w, names);
    for (const prov::record& r : doc.top.records) top.record(r);
    for (const prov::bundle& b : doc.bundles) {
        prov::container scope;  // the bundle's prefixes, then the document's
        scope.namespaces = b.content.namespaces;
        for (const prov::namespace_decl& n : doc.top.namespaces) scope.declare(n.prefix, n.iri);
        const jsonld_prov_names inner(scope, ours);
        w.begin_object();
        if (!b.content.namespaces.empty()) {
            w.key("@context").begin_object();
            inner.context(w);
            w.end_object();
        }
        w.key("@type").string("prov:Bundle");
        const text_position where = b.content.records.empty() ? text_position{} : b.content.records.front().where;
        w.key("@id").string(names.name(b.id, where));
        w.key("@graph").begin_array();
        jsonld_prov_writer in_bundle(w, inner);
        for (const prov::record& r : b.content.records) in_bundle.record(r);
        w.end_array();
        w.end_object();
    }
}

}  // namespace newsprov::detail
