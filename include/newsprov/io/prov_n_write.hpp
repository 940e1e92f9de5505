#pragma once
// PROV-N (W3C recommendation, 2013): writing.
//
//   std::string text = newsprov::to_prov_n(doc);     // a document
//   std::string text = newsprov::write_prov_n(model); // PROV records
//
// Every record expression with its identifier (a relation's as "id; "),
// "-" for an absent argument, and attribute lists; then the container's
// extension expressions (prov::extension), argument by argument as read, so
// PROV-N -> PROV-N keeps them. The escapers are here and
// only here: append_provn_name() for qualified names, prefixes and times
// (backslash escapes), append_provn_string() for strings, append_provn_iri()
// for IRIs (percent-encoding). Whatever its bytes, a name written here is read
// back the same by io/prov_n_read.hpp.
//
// PROV-N spells fewer forms than PROV-JSON, so the round trip
// PROV-JSON -> PROV-N -> PROV-JSON normalises three of them: a value typed with
// a numeric xsd type comes back as a JSON number inside {"$", "type"}; a
// boolean, typed or not, comes back as a bare JSON true or false; and a bare
// JSON number that is not an integer comes back as {"$": n, "type":
// "xsd:double"}. Everything newsprov and python-prov write comes back the same.

#include <newsprov/graph/document.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/io/prov_mapping.hpp>
#include <newsprov/io/prov_n_syntax.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsprov {

namespace detail {

/// Characters a PROV-N local name has to escape with a backslash.
[[nodiscard]] constexpr bool provn_escaped(char c) noexcept {
    switch (c) {
    case '=': case '\'': case '(': case ')': case ',': case ':': case ';': case '[': case ']':
    case ' ': case '"': case '<': case '>': case '{': case '}': case '|': case '^': case '`': case '\\':
    case '\t': case '\n': case '\r':
        return true;
    default: return false;
    }
}

/// What append_provn_name() writes: the three token kinds escape alike, with
/// the differences noted there.
enum class provn_name { qualified_name, prefix, time };

/// A qualified name, a namespace prefix or a time, escaped so that the reader
/// gets it back whatever its bytes. A qualified name escapes delimiters in the
/// local part and, for names read from other tools whose "prefix" is no valid
/// prefix ("a,b:c"), in the prefix too; a local part's leading '-' or '.' and
/// trailing '.' are escaped as well. A prefix ("prefix s\\ <...>", or "a,b"
/// from PROV-JSON) escapes every delimiter, its colon included. A time
/// ("2026-11-28T10:00:00Z") keeps its colons and escapes a lone "-" (which
/// would read as "absent"). In all three a '/' that would open a comment
/// ("//", "/*") is escaped.
template <class = void>
inline void append_provn_name(std::string& out, std::string_view q, provn_name kind) {
    const std::size_t colon = kind == provn_name::qualified_name ? q.find(':') : std::string_view::npos;
    const std::size_t local_start = colon == std::string_view::npos ? 0 : colon + 1;
    for (std::size_t i = 0; i < q.size(); ++i) {
        const char c = q[i];
        if (i + 1 == local_start) {  // the prefix's colon
            out.push_back(c);
            continue;
        }
        bool escape = c == '/' && i + 1 < q.size() && (q[i + 1] == '/' || q[i + 1] == '*');
        switch (kind) {
        case provn_name::qualified_name:
            escape = escape || (i == local_start && (c == '-' || c == '.')) || (i + 1 == q.size() && c == '.') ||
                     provn_escaped(c);
            break;
        case provn_name::prefix: escape = escape || provn_escaped(c); break;
        case provn_name::time:
            escape = escape || (c != ':' && provn_escaped(c)) || (i == 0 && c == '-' && q.size() == 1);
            break;
        }
        if (escape) out.push_back('\\');
        out.push_back(c);
    }
}
template <class = void>
inline void append_provn_qname(std::string& out, std::string_view q) {
    append_provn_name(out, q, provn_name::qualified_name);
}

/// An IRI between < and >. What IRI_REF excludes (possible in an IRI read from
/// PROV-JSON) is percent-encoded, so the text reads back.
template <class = void>
inline void append_provn_iri(std::string& out, std::string_view iri) {
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const char c : iri) {
        if (provn_iri_excluded(c)) {
            const auto u = static_cast<unsigned char>(c);
            out.push_back('%');
            out.push_back(hex[u >> 4]);
            out.push_back(hex[u & 15]);
        } else {
            out.push_back(c);
        }
    }
}

template <class = void>
inline void append_provn_string(std::string& out, std::string_view s) {
    out.push_back('"');
    for (char c : s) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: out.push_back(c);
        }
    }
    out.push_back('"');
}

template <class = void>
inline void append_provn_literal(std::string& out, const prov::literal& l) {
    if (l.is_qualified_name()) {
        out.push_back('\'');
        append_provn_qname(out, l.text);
        out.push_back('\'');
        return;
    }
    if (l.datatype.empty() && l.lang.empty() && l.form == prov::lexical::number && is_integer_text(l.text)) {
        out.append(l.text);
        return;
    }
    append_provn_string(out, l.text);
    if (!l.lang.empty()) {
        out.push_back('@');
        out.append(l.lang);
    } else if (!l.datatype.empty()) {
        out.append(" %% ");
        append_provn_qname(out, l.datatype);
    } else if (l.form == prov::lexical::number) {
        out.append(" %% xsd:double");
    } else if (l.form == prov::lexical::boolean) {
        out.append(" %% xsd:boolean");
    }
}

/// ", [name=value, ...]" (without the comma when `first`).
template <class = void>
inline void append_provn_attributes(std::string& out, const std::vector<prov::attribute>& attrs, bool first) {
    out.append(first ? "[" : ", [");
    for (std::size_t i = 0; i < attrs.size(); ++i) {
        if (i > 0) out.append(", ");
        append_provn_qname(out, attrs[i].name);
        out.push_back('=');
        append_provn_literal(out, attrs[i].value);
    }
    out.push_back(']');
}

template <class = void>
inline void append_provn_extension_call(std::string& out, std::string_view name, std::string_view id,
                                        const std::vector<prov::extension_argument>& args,
                                        const std::vector<prov::attribute>& attrs);

/// One extension argument as PROV-N reads it back (io/prov_n_read.hpp).
template <class = void>
inline void append_provn_extension_argument(std::string& out, const prov::extension_argument& a) {
    using shape = prov::extension_argument::shape;
    switch (a.form) {
    case shape::name: append_provn_qname(out, a.text); return;
    case shape::time: append_provn_name(out, a.text, provn_name::time); return;
    case shape::absent: out.push_back('-'); return;
    case shape::value: append_provn_literal(out, a.value); return;
    case shape::expression: append_provn_extension_call(out, a.text, a.id, a.items, a.attributes); return;
    case shape::set:
    case shape::tuple:
        out.push_back(a.form == shape::set ? '{' : '(');
        for (std::size_t i = 0; i < a.items.size(); ++i) {
            if (i > 0) out.append(", ");
            append_provn_extension_argument(out, a.items[i]);
        }
        out.push_back(a.form == shape::set ? '}' : ')');
        return;
    }
}

/// name(id; arguments, [attributes]): an extension expression or a nested one.
template <class>
inline void append_provn_extension_call(std::string& out, std::string_view name, std::string_view id,
                                        const std::vector<prov::extension_argument>& args,
                                        const std::vector<prov::attribute>& attrs) {
    append_provn_qname(out, name);
    out.push_back('(');
    if (!id.empty()) {
        append_provn_qname(out, id);
        out.append("; ");
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i > 0) out.append(", ");
        append_provn_extension_argument(out, args[i]);
    }
    if (!attrs.empty()) append_provn_attributes(out, attrs, args.empty());
    out.push_back(')');
}

template <class = void>
[[nodiscard]] inline std::size_t provn_written_args(const prov::record& r) {
    const prov::record_kind_info& ki = prov::info(r.kind);
    switch (r.kind) {
    case prov::record_kind::entity:
    case prov::record_kind::agent: return 0;
    case prov::record_kind::activity: return r.args[0].empty() && r.args[1].empty() ? 0 : 2;
    case prov::record_kind::derivation: return r.args[2].empty() && r.args[3].empty() && r.args[4].empty() ? 2 : 5;
    default: return ki.arg_count;
    }
}

template <class = void>
inline void write_provn_container(std::string& out, const prov::container& c, std::string_view indent) {
    for (const auto& n : c.namespaces) {
        out.append(indent);
        if (n.prefix == "default") {
            out.append("default <");
        } else {
            out.append("prefix ");
            append_provn_name(out, n.prefix, provn_name::prefix);
            out.append(" <");
        }
        append_provn_iri(out, n.iri);
        out.append(">\n");
    }
    if (!c.namespaces.empty()) out.push_back('\n');
    // PROV-N requires an element's identifier: one without (an anonymous record
    // of PROV-JSON, "_:x" there) is written with a fresh "_:idN" that no record
    // of the container already has, as the PROV-JSON writer numbers them.
    std::size_t blank = 0;
    std::string blank_id;
    std::optional<std::unordered_set<std::string_view>> taken;  // built on the first need: one pass, not one per record
    auto fresh_blank_id = [&]() -> const std::string& {
        if (!taken) {
            taken.emplace();
            for (const prov::record& x : c.records)
                if (x.id.starts_with("_:id")) taken->insert(x.id);
        }
        do blank_id.assign("_:id").append(std::to_string(++blank));
        while (taken->contains(blank_id));
        return blank_id;
    };
    for (const prov::record& r : c.records) {
        const prov::record_kind_info& ki = prov::info(r.kind);
        out.append(indent).append(ki.name).push_back('(');
        const std::size_t nargs = provn_written_args(r);
        const bool element = r.kind == prov::record_kind::entity || r.kind == prov::record_kind::agent ||
                             r.kind == prov::record_kind::activity;
        if (element) {
            append_provn_qname(out, r.id.empty() ? fresh_blank_id() : r.id);
        } else if (!r.id.empty() && ki.has_id) {
            append_provn_qname(out, r.id);
            out.append("; ");
        }
        for (std::size_t a = 0; a < nargs; ++a) {
            if (a > 0 || element) out.append(", ");
            if (r.args[a].empty()) out.push_back('-');
            else if (ki.args[a].ends_with("ime")) append_provn_name(out, r.args[a], provn_name::time);  // prov:time, startTime, endTime
            else append_provn_qname(out, r.args[a]);
        }
        if (!r.attributes.empty()) append_provn_attributes(out, r.attributes, nargs == 0 && !element);
        out.append(")\n");
    }
    for (const prov::extension& e : c.extensions) {
        out.append(indent);
        append_provn_extension_call(out, e.name, e.id, e.args, e.attributes);
        out.push_back('\n');
    }
}

}  // namespace detail

/// PROV records as PROV-N text.
template <class = void>
[[nodiscard]] inline std::string write_prov_n(const prov::model& m) {
    std::string out = "document\n";
    detail::write_provn_container(out, m.top, "  ");
    for (const prov::bundle& b : m.bundles) {
        out.append("  bundle ");
        detail::append_provn_qname(out, b.id);
        out.push_back('\n');
        detail::write_provn_container(out, b.content, "    ");
        out.append("  endBundle\n");
    }
    out.append("endDocument\n");
    return out;
}

/// A document as PROV-N.
template <class = void>
[[nodiscard]] inline std::string to_prov_n(const story_document& doc) { return write_prov_n(to_prov_model(doc)); }

}  // namespace newsprov
