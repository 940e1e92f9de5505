#pragma once
// Generic W3C PROV records (a document's foreign records, graph/prov_model.hpp)
// as PROV-O Turtle. io/turtle.hpp writes them after the story's own parts.
//
//   elements   ex:e a prov:Entity, ex:Type ; rdfs:label "..." ; ex:attr "v" .
//              an activity's times: prov:startedAtTime / prov:endedAtTime (xsd:dateTime)
//   relations  unqualified (ex:e prov:wasGeneratedBy ex:a .) when the record has no id,
//              no attributes and no argument past the second; otherwise only the
//              qualified form (ex:e prov:qualifiedGeneration [ a prov:Generation ;
//              prov:activity ex:a ; prov:atTime "..."^^xsd:dateTime ]), the node
//              named by the record's id when it has one. A derivation typed
//              prov:Revision, prov:Quotation or prov:PrimarySource becomes
//              prov:qualifiedRevision etc.
//   alternateOf, specializationOf, hadMember, mentionOf (+ prov:asInBundle):
//              PROV-O has no qualified form, so one with an id or attributes is also
//              written as an RDF reification (rdf:Statement) carrying them.
//   attributes prov:type -> rdf:type, prov:label -> rdfs:label, prov:location ->
//              prov:atLocation, prov:role -> prov:hadRole, others as they are named.
//
// Names: the document's prefixes are declared when Turtle can spell them and they
// do not clash with the story writer's own (prov, np, xsd, rdfs, story); other
// names are written as full IRIs; "_:x" stays a blank node; a prefix the document
// never declares is read as an IRI scheme ("ex:a" -> <ex:a>). A name without a
// prefix in a document without a default namespace, a bundle (Turtle has no
// named graphs) and a malformed language tag are errors (input_error naming the
// record's place), never silent loss.

#include <newsprov/core/error.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/io/prov_vocabulary.hpp>
#include <newsprov/io/turtle_syntax.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <functional>
#include <map>
#include <vector>

namespace newsprov::detail {

[[nodiscard]] constexpr bool turtle_name_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
/// Whether `p` is a PN_PREFIX (ASCII subset): a letter, then name characters or
/// dots, not ending in a dot.
[[nodiscard]] constexpr bool turtle_prefix_ok(std::string_view p) noexcept {
    if (p.empty() || !((p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z')) || p.back() == '.') return false;
    for (char c : p)
        if (!turtle_name_char(c) && c != '.') return false;
    return true;
}
/// Whether `l` can follow "prefix:" as it is (ASCII subset of PN_LOCAL).
[[nodiscard]] constexpr bool turtle_local_ok(std::string_view l) noexcept {
    if (l.empty()) return true;
    if (l[0] == '-' || l[0] == '.' || l.back() == '.') return false;
    for (char c : l)
        if (!turtle_name_char(c) && c != '.') return false;
    return true;
}
/// LANGTAG: letters, then '-'-separated letters and digits.
[[nodiscard]] constexpr bool turtle_lang_ok(std::string_view t) noexcept {
    if (t.empty() || t[0] == '-' || t.back() == '-') return false;
    bool in_first = true;
    for (char c : t) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (c == '-') in_first = false;
        else if (!letter && (in_first || c < '0' || c > '9')) return false;
    }
    return true;
}

/// How the qualified names of a PROV document are written in Turtle.
class turtle_prov_names {
public:
    /// `ours`: the prefixes declared already (prefix, IRI).
    template <class = void>
    turtle_prov_names(const prov::container& doc, std::span<const prov::namespace_decl> ours) {
        for (const auto& n : ours) ours_.emplace(n.prefix, n.iri);
        for (const auto& n : doc.namespaces) {
            const auto mine = ours_.find(n.prefix);
            const bool spellable = n.prefix == "default" || turtle_prefix_ok(n.prefix);
            if (doc_.emplace(n.prefix, entry{n.iri, spellable && (mine == ours_.end() || mine->second == n.iri)}).second)
                order_.push_back(n.prefix);
        }
    }
    /// The @prefix lines of the document's prefixes that are used as prefixes.
    template <class = void>
    void declare(std::string& out) const {
        for (const std::string& prefix : order_) {
            const entry& e = doc_.find(prefix)->second;
            if (!e.usable || ours_.contains(prefix)) continue;
            out.append("@prefix ").append(prefix == "default" ? std::string_view() : std::string_view(prefix));
            out.append(": ");
            append_turtle_iri(out, e.iri);
            out.append(" .\n");
        }
    }
    /// Appends `qname` as a Turtle name (prefixed name, <IRI> or blank node).
    template <class = void>
    void name(std::string& out, std::string_view qname, const text_position& where) const {
        const std::size_t colon = qname.find(':');
        const std::string_view prefix = colon == std::string_view::npos ? "default" : qname.substr(0, colon);
        const std::string_view local = colon == std::string_view::npos ? qname : qname.substr(colon + 1);
        if (prefix == "_" && !local.empty()) {  // a blank node keeps its label; '_' and others as _XX
            static constexpr char hex[] = "0123456789ABCDEF";
            out.append("_:");
            for (char c : local) {
                const auto b = static_cast<unsigned char>(c);
                if (c != '_' && turtle_name_char(c)) {
                    out.push_back(c);
                } else {
                    out.push_back('_');
                    out.push_back(hex[b >> 4]);
                    out.push_back(hex[b & 0xF]);
                }
            }
            return;
        }
        if (const auto d = doc_.find(prefix); d != doc_.end()) {
            write(out, prefix == "default" ? std::string_view() : prefix, d->second.iri, local, d->second.usable);
        } else if (const auto o = ours_.find(prefix); o != ours_.end()) {
            write(out, prefix, o->second, local, true);
        } else if (colon == std::string_view::npos) {
            throw input_error(where, "'" + std::string(qname) +
                                         "' has no prefix and the document declares no default namespace");
        } else {
            append_turtle_iri(out, qname);  // an undeclared prefix: the name is an IRI of that scheme
        }
    }
    /// Appends an attribute value as a Turtle term.
    template <class = void>
    void literal(std::string& out, const prov::literal& v, const text_position& where, bool ascii) const {
        if (v.is_qualified_name()) return name(out, v.text, where);
        append_turtle_string(out, v.text, ascii);
        if (!v.lang.empty()) {
            if (!turtle_lang_ok(v.lang)) throw input_error(where, "'" + v.lang + "' is not a language tag");
            out.append("@").append(v.lang);
        } else if (!v.datatype.empty()) {
            out.append("^^");
            name(out, v.datatype, where);
        } else if (v.form == prov::lexical::boolean) {
            out.append("^^xsd:boolean");
        } else if (v.form == prov::lexical::number) {
            const bool integer = v.text.find_first_not_of("-0123456789") == std::string::npos;
            out.append(integer ? "^^xsd:integer" : "^^xsd:double");
        }
    }

private:
    using entry = declared_namespace;
    template <class = void>
    static void write(std::string& out, std::string_view prefix, std::string_view iri, std::string_view local,
                      bool usable) {
        if (usable && turtle_local_ok(local)) {
            out.append(prefix).push_back(':');
            out.append(local);
        } else {
            std::string full(iri);
            full.append(local);
            append_turtle_iri(out, full);
        }
    }
    std::map<std::string, std::string, std::less<>> ours_;
    std::map<std::string, entry, std::less<>> doc_;
    std::vector<std::string> order_;  // the document's prefixes, as declared
};

/// Writes generic PROV records as Turtle statements and counts their triples.
class turtle_prov_writer {
public:
    template <class = void>
    turtle_prov_writer(std::string& out, const turtle_prov_names& names, bool ascii)
        : out_(out), names_(names), ascii_(ascii) {}

    template <class = void>
    void record(const prov::record& r) {
        where_ = &r.where;
        if (vocab::is_element(r.kind)) return element(r);
        const vocab::prov_o_kind& k = vocab::prov_o(r.kind);
        const bool bare = r.id.empty() && r.attributes.empty() && r.args[2].empty() && r.args[3].empty() &&
                          r.args[4].empty() && !r.args[0].empty() && !r.args[1].empty();
        // A blank-node id names nothing outside the document (PROV-JSON keys
        // unnamed relations so): such a relation without attributes is its triple.
        const bool unnamed = r.id.empty() || r.id.starts_with("_:");
        if (k.qualified.empty()) return unqualifiable(r, bare || (unnamed && r.attributes.empty()));
        if (bare) {
            start(r.args[0]);
            pair().append("prov:").append(k.unqualified).push_back(' ');
            name(r.args[1]);
            end();
            return;
        }
        qualified(r, k);
    }
    [[nodiscard]] std::size_t triples() const noexcept { return triples_; }

    /// Extra attributes of a story part; `subject` is written already ("story:rubio").
    template <class = void>
    void part(std::string_view subject, const std::vector<prov::attribute>& attrs) {
        where_ = &nowhere_;
        out_.append(subject);
        first_ = true;
        attributes(attrs, {});
        end();
    }
    /// Extra attributes of a story relation, on its reification (`from`, `to` written already).
    template <class = void>
    void relation(std::string_view from, std::string_view predicate, std::string_view to,
                  const std::vector<prov::attribute>& attrs) {
        where_ = &nowhere_;
        out_.append("[]");
        first_ = true;
        static constexpr std::string_view rdf = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        pair().append("a ").append(rdf).append("Statement>");
        pair().append(rdf).append("subject> ").append(from);
        pair().append(rdf).append("predicate> prov:").append(predicate);
        pair().append(rdf).append("object> ").append(to);
        attributes(attrs, {});
        end();
    }

private:
    static constexpr text_position nowhere_{};
    template <class = void>
    void name(std::string_view q) { names_.name(out_, q, *where_); }
    template <class = void>
    void start(std::string_view subject) {
        name(subject);
        first_ = true;
    }
    /// Starts a predicate-object pair; returns the output to append the predicate to.
    template <class = void>
    std::string& pair(std::string_view sep = " ;\n    ") {
        out_.append(first_ ? " " : sep);
        first_ = false;
        ++triples_;
        return out_;
    }
    template <class = void>
    void end() { out_.append(" .\n"); }

    template <class = void>
    void element(const prov::record& r) {
        start(r.id);
        pair().append("a prov:").append(vocab::prov_o(r.kind).class_name);
        if (r.kind == prov::record_kind::activity)
            for (std::size_t a = 0; a < 2; ++a)
                if (!r.args[a].empty()) argument(vocab::prov_o(r.kind).predicates[a], r.args[a], vocab::arg_kind::time);
        attributes(r.attributes, {});
        end();
    }

    template <class = void>
    void argument(std::string_view predicate, std::string_view value, vocab::arg_kind kind,
                  std::string_view sep = " ;\n    ") {
        pair(sep).append(predicate).push_back(' ');
        if (kind == vocab::arg_kind::time) {
            append_turtle_string(out_, value, ascii_);
            out_.append("^^xsd:dateTime");
        } else {
            name(value);
        }
    }

    /// Attributes; `skip`: a prov:type written as the node's class.
    template <class = void>
    void attributes(const std::vector<prov::attribute>& attrs, std::string_view skip,
                    std::string_view sep = " ;\n    ") {
        for (const prov::attribute& a : attrs) {
            if (a.name == "prov:type") {
                if (!skip.empty() && a.value.is_qualified_name() && a.value.text == skip) continue;
                pair(sep).append("a ");
            } else if (a.name == "prov:label") {
                pair(sep).append("rdfs:label ");
            } else if (a.name == "prov:location") {
                pair(sep).append("prov:atLocation ");
            } else if (a.name == "prov:role") {
                pair(sep).append("prov:hadRole ");
            } else {
                pair(sep);
                name(a.name);
                out_.push_back(' ');
            }
            names_.literal(out_, a.value, *where_, ascii_);
        }
    }

    template <class = void>
    void qualified(const prov::record& r, const vocab::prov_o_kind& k) {
        std::string_view cls = k.class_name, subtype;
        if (r.kind == prov::record_kind::derivation)
            for (const prov::attribute& a : r.attributes)
                for (std::string_view s : vocab::derivation_subtypes)
                    if (subtype.empty() && a.name == "prov:type" && a.value.is_qualified_name() && a.value.text == s)
                        subtype = s;
        if (!subtype.empty()) cls = subtype.substr(5);  // "prov:Revision" -> "Revision"
        const std::string_view sep = r.id.empty() ? " ; " : " ;\n    ";
        if (!r.args[0].empty()) {
            start(r.args[0]);
            pair().append("prov:qualified").append(cls).push_back(' ');
            if (r.id.empty()) {
                out_.append("[");
            } else {
                name(r.id);
                end();
            }
        } else if (r.id.empty()) {
            out_.append("[");
        }
        if (!r.id.empty()) start(r.id);
        first_ = true;
        pair(sep).append("a prov:").append(cls);
        for (std::size_t a = 1; a < k.predicates.size(); ++a)
            if (!r.args[a].empty()) argument(k.predicates[a], r.args[a], k.args[a], sep);
        attributes(r.attributes, subtype, sep);
        if (r.id.empty()) out_.append(" ]");
        end();
    }

    /// alternateOf, specializationOf, hadMember, mentionOf: the plain triple, and
    /// unless `plain_only` a reification carrying the id and attributes.
    template <class = void>
    void unqualifiable(const prov::record& r, bool plain_only) {
        const vocab::prov_o_kind& k = vocab::prov_o(r.kind);
        if (!r.args[0].empty() && !r.args[1].empty()) {
            start(r.args[0]);
            pair().append("prov:").append(k.unqualified).push_back(' ');
            name(r.args[1]);
            if (r.kind == prov::record_kind::mention && !r.args[2].empty())
                argument(k.predicates[2], r.args[2], vocab::arg_kind::bundle);
            end();
        }
        if (plain_only) return;
        if (r.id.empty()) out_.append("[]");
        else start(r.id);
        first_ = true;
        static constexpr std::string_view rdf = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        pair().append("a ").append(rdf).append("Statement>");
        static constexpr std::string_view parts[] = {"subject> ", "object> "};
        for (std::size_t a = 0; a < 2; ++a) {
            if (r.args[a].empty()) continue;
            pair().append(rdf).append(parts[a]);
            name(r.args[a]);
        }
        pair().append(rdf).append("predicate> prov:").append(k.unqualified);
        attributes(r.attributes, {});
        end();
    }

    std::string& out_;
    const turtle_prov_names& names_;
    bool ascii_;
    bool first_ = true;
    std::size_t triples_ = 0;
    const text_position* where_ = nullptr;
};

/// Appends the document's generic records (after the story's own statements);
/// returns the triples written. Throws input_error for what Turtle cannot hold.
template <class = void>
inline std::size_t write_turtle_prov(std::string& out, const prov::model& doc, const turtle_prov_names& names,
                                     bool ascii) {
    if (!doc.bundles.empty()) {
        const prov::bundle& b = doc.bundles.front();
        const text_position where = b.content.records.empty() ? text_position{} : b.content.records.front().where;
        throw input_error(where, "bundle '" + b.id +
                                     "': Turtle has no named graphs, so a bundle cannot be written without loss "
                                     "(export --to prov-json, prov-n or jsonld keeps it)");
    }
    turtle_prov_writer w(out, names, ascii);
    if (!doc.top.records.empty()) out.append("\n# PROV records\n");
    for (const prov::record& r : doc.top.records) w.record(r);
    return w.triples();
}

}  // namespace newsprov::detail
