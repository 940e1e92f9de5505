#pragma once
// PROV-JSON (W3C member submission, 2013): read and write.
//
//   std::string text = newsprov::to_prov_json(doc);            // write a document
//   newsprov::story_document doc = newsprov::read_prov_json(text);   // read one (any tool's)
//
// Reading is strict JSON (json/reader.hpp) and then the PROV-JSON shape:
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
#include <newsprov/json/cursor.hpp>
#include <newsprov/json/reader.hpp>
#include <newsprov/json/value.hpp>
#include <newsprov/json/writer.hpp>
#include <newsprov/io/prov_mapping.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
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
                // PROV-N has no empty prefix (its default namespace is "default"): refused
                // here rather than written as a declaration that does not read back
                if (p.key.empty()) prov_json_error(p.val, "a namespace prefix must not be empty");
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
/// keep keys and values balanced and pass valid number texts. Writes through
/// json::detail::output_buffer; the text is complete when the writer is gone.
class compact_json_writer {
public:
    explicit compact_json_writer(std::string& out) : out_(out) {}
    compact_json_writer& begin_object() { return open('{'); }
    compact_json_writer& end_object() { return close('}'); }
    compact_json_writer& begin_array() { return open('['); }
    compact_json_writer& end_array() { return close(']'); }
    compact_json_writer& key(std::string_view k) {
        if (!first_) out_.put(',');
        out_.quoted(k);
        out_.put(':');
        after_key_ = true;
        return *this;
    }
    /// A key or string that is a word of the vocabulary (nothing to escape).
    compact_json_writer& plain_key(std::string_view k) {
        if (!first_) out_.put(',');
        out_.plain_quoted(k);
        out_.put(':');
        after_key_ = true;
        return *this;
    }
    compact_json_writer& plain_string(std::string_view v) {
        prefix();
        out_.plain_quoted(v);
        return *this;
    }
    compact_json_writer& string(std::string_view v) {
        prefix();
        out_.quoted(v);
        return *this;
    }
    /// A key or string that is a document id written as a qualified name.
    compact_json_writer& key(const prov_ref& r) {
        if (!first_) out_.put(',');
        quoted(r);
        out_.put(':');
        after_key_ = true;
        return *this;
    }
    compact_json_writer& string(const prov_ref& r) {
        prefix();
        quoted(r);
        return *this;
    }
    compact_json_writer& number_text(std::string_view text) {
        prefix();
        out_.put(text);
        return *this;
    }
    compact_json_writer& boolean(bool b) {
        prefix();
        out_.put(b ? std::string_view("true") : std::string_view("false"));
        return *this;
    }

private:
    void quoted(const prov_ref& r) {
        if (!r.doc_id) {
            out_.quoted(r.text);
        } else if (r.quantity >= 0) {
            out_.quoted(r.resolve(buf_));
        } else if (r.text.find(':') == std::string_view::npos) {
            out_.quoted(story_prefix, r.text);  // what prov_ref::resolve() composes
        } else {
            out_.quoted(r.text);
        }
    }
    void prefix() {
        if (!after_key_ && !first_) out_.put(',');
        after_key_ = false;
        first_ = false;
    }
    compact_json_writer& open(char c) {
        prefix();
        out_.put(c);
        first_ = true;
        return *this;
    }
    compact_json_writer& close(char c) {
        out_.put(c);
        first_ = false;
        return *this;
    }
    static constexpr std::string_view story_prefix = "story:";
    static_assert(story_prefix.substr(0, story_prefix.size() - 1) == vocab::id_prefix);
    json::detail::output_buffer out_;
    std::string buf_;
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
/// An emitted attribute value; document ids go to the compact writer unbuilt.
template <class Writer>
void write_prov_json_value(Writer& w, const prov_attr_view& a, std::string& buf) {
    if constexpr (std::is_same_v<Writer, compact_json_writer>) {
        if (a.form == prov::lexical::string && a.lang.empty() && (a.value.doc_id || a.plain_name)) {
            const bool typed = !a.datatype.empty();
            if (typed) w.begin_object().plain_key("$");
            if (a.plain_value) {
                w.plain_string(a.value.text);
            } else {
                w.string(a.value);
            }
            if (typed) {
                w.plain_key("type");
                if (a.plain_name) {
                    w.plain_string(a.datatype);
                } else {
                    w.string(a.datatype);
                }
                w.end_object();
            }
            return;
        }
    }
    write_prov_json_literal(w, a.value.resolve(buf), a.datatype, a.lang, a.form);
}
inline void write_prov_json_literal(json::writer& w, const prov::literal& l) {
    write_prov_json_literal(w, l.text, l.datatype, l.lang, l.form);
}

/// Attributes as members; several values of one name become one array member.
template <class Writer, class Attr, class Write>
void write_prov_json_attributes(Writer& w, std::span<const Attr> attrs, Write&& write_value) {
    for (std::size_t i = 0; i < attrs.size(); ++i) {
        bool seen = false;
        for (std::size_t j = 0; j < i && !seen; ++j) seen = same(attrs[j].name, attrs[i].name);
        if (seen) continue;
        std::size_t count = 0;
        for (std::size_t j = i; j < attrs.size(); ++j) count += same(attrs[j].name, attrs[i].name);
        if constexpr (requires { attrs[i].plain_name; w.plain_key(attrs[i].name); }) {
            if (attrs[i].plain_name) {
                w.plain_key(attrs[i].name);
            } else {
                w.key(attrs[i].name);
            }
        } else {
            w.key(attrs[i].name);
        }
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
                    constexpr bool compact = std::is_same_v<std::decay_t<decltype(w)>, detail::compact_json_writer>;
                    if (v.id.empty()) {
                        char digits[24];
                        const auto res = std::to_chars(digits, digits + sizeof digits, ++blank);
                        key.assign("_:id").append(digits, res.ptr);
                        w.key(key);
                    } else if constexpr (compact) {
                        w.key(v.id);
                    } else {
                        w.key(v.id.resolve(key));
                    }
                    w.begin_object();
                    for (std::size_t a = 0; a < ki.arg_count; ++a) {
                        if (v.args[a].empty()) continue;
                        if constexpr (compact) {
                            w.plain_key(ki.args[a]).string(v.args[a]);
                        } else {
                            w.key(ki.args[a]).string(v.args[a].resolve(buf));
                        }
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

namespace detail {

/// PROV-JSON read straight from the text (json::cursor) into the document:
/// no JSON tree, no string per key or value (only strings that had escapes
/// are copied, into `escaped_`), and no record kept longer than it takes to
/// map it, unless a relation comes before the entities and agents it may
/// refer to; such relations wait until the end. The result, the checks and
/// the messages are those of from_prov_model(read_prov_json_model(text)),
/// which stays for keep_last duplicate keys; only when a text has several
/// errors may the two report different ones (this one reports the first it
/// meets, where the tree reader reports JSON syntax before PROV shape).
class prov_json_stream_reader {
public:
    prov_json_stream_reader(std::string_view text, const json::limits& lim) : c_(text, lim), size_(text.size()) {}

    /// Reads the whole text into `doc` (a new document).
    void read(story_document& doc) {
        // Room for what a text of this size usually holds (a record takes
        // about 100 to 250 bytes), so that the document's tables and vectors
        // rarely regrow; only a guess: nothing depends on it. Relations (the
        // shortest records) get room for more: capacity never touched costs
        // no memory, while the id table, filled in when made, is kept tight.
        doc.reserve(size_ / 4096, size_ / 256, size_ / 128);
        prov_record_mapper mapper(doc);
        mapper_ = &mapper;
        read_container(one_, doc.foreign().top.namespaces, &doc.foreign().bundles);
        c_.finish();
        mapper.finish();
        for (std::size_t i = 0; i < waiting_.records.size(); ++i) {
            const prov_flat_record& r = waiting_.records[i];
            if (!mapper.map_relation(r, waiting_.attributes_of(r))) foreign_.push_back({sequence_[i], waiting_.owned(r)});
        }
        // Foreign records in the order they were read.
        std::stable_sort(foreign_.begin(), foreign_.end(),
                         [](const auto& x, const auto& y) { return x.first < y.first; });
        auto& foreign = doc.foreign().top.records;
        foreign.reserve(foreign_.size());
        for (auto& f : foreign_) foreign.push_back(std::move(f.second));
    }

private:
    [[noreturn]] static void error(const text_position& at, const std::string& message) {
        throw input_error(at, message);
    }
    /// `v` as it may be kept: views into the text stay, escaped ones are copied.
    std::string_view stable(std::string_view v) {
        if (v.empty() || c_.in_input(v)) return v;
        return escaped_.emplace_back(v);
    }

    void read_container(prov_flat_records& out, std::vector<prov::namespace_decl>& namespaces,
                        std::vector<prov::bundle>* bundles) {
        if (c_.peek() != json::kind::object) error(c_.position(), "a PROV-JSON document or bundle must be an object");
        c_.begin_object();
        std::string_view key;
        while (c_.next_member(key)) {
            if (same(key, "prefix")) {
                c_.begin_object("\"prefix\"");
                std::string_view prefix;
                while (c_.next_member(prefix)) {
                    const text_position at = c_.position();
                    if (prefix.empty()) error(at, "a namespace prefix must not be empty");  // as in the tree reader
                    for (const auto& n : namespaces)
                        if (same(n.prefix, prefix)) error(at, "prefix " + std::string(prefix) + " declared twice");
                    namespaces.push_back({std::string(prefix), std::string(c_.string("a namespace IRI"))});
                }
            } else if (same(key, "bundle")) {
                if (!bundles) error(c_.position(), "bundles do not nest");
                c_.begin_object("\"bundle\"");
                std::string_view id;
                while (c_.next_member(id)) {
                    prov::bundle b;
                    b.id = std::string(id);
                    prov_flat_records inner;
                    read_container(inner, b.content.namespaces, nullptr);
                    b.content.records.reserve(inner.records.size());
                    for (const prov_flat_record& r : inner.records) b.content.records.push_back(inner.owned(r));
                    bundles->push_back(std::move(b));
                }
            } else {
                const auto kind = prov::record_kind_from_name(key);
                if (!kind) error(c_.position(), "unknown PROV-JSON member \"" + std::string(key) + "\"");
                c_.begin_object(key);
                std::string_view id;
                while (c_.next_member(id)) {
                    if (c_.peek() == json::kind::array) {
                        c_.begin_array();
                        while (c_.next_element()) take_record(*kind, id, out, bundles != nullptr);
                    } else {
                        take_record(*kind, id, out, bundles != nullptr);
                    }
                }
                if (bundles) map_staged();
                if (bundles && *kind == prov::record_kind::entity) entities_done_ = true;
                if (bundles && *kind == prov::record_kind::agent) agents_done_ = true;
            }
        }
    }

    // A record of the document's top level is mapped as soon as it is read
    // (a relation only once all entities and agents are in, and none waits
    // before it); one of a bundle is kept in `out`.
    void take_record(prov::record_kind kind, std::string_view id, prov_flat_records& out, bool top) {
        if (!top) {
            read_record(kind, id, out);
            return;
        }
        const std::size_t seq = seq_++;
        const bool node = kind == prov::record_kind::entity || kind == prov::record_kind::agent;
        if (!node && !(entities_done_ && agents_done_ && waiting_.records.empty())) {
            read_record(kind, id, waiting_);
            sequence_.push_back(seq);
            return;
        }
        // Mapped one record late: the document's slots for this record's ids
        // are fetched from memory while the next record is parsed (in a table
        // of a hundred thousand ids each lookup would otherwise wait for one),
        // and so is the cursor's slot for the key, checked before any mapping.
        const std::size_t slot = staged_ == 0 ? 1 : 0;
        prov_flat_records& b = staged_records_[slot];
        b.records.clear();
        b.attributes.clear();
        if (node) mapper_->prefetch(id);
        read_record(kind, id, b, !node);
        c_.check_keys();
        map_staged();
        staged_ = slot;
        staged_seq_[slot] = seq;
    }

    /// Maps the record read last at the top level, if it waits.
    void map_staged() {
        if (staged_ > 1) return;
        const prov_flat_records& b = staged_records_[staged_];
        const std::size_t seq = staged_seq_[staged_];
        staged_ = no_record;
        const prov_flat_record& r = b.records.back();
        const auto attrs = b.attributes_of(r);
        const bool node = r.kind == prov::record_kind::entity || r.kind == prov::record_kind::agent;
        const bool mapped = node ? mapper_->map_node(r, attrs) : mapper_->map_relation(r, attrs);
        if (!mapped) foreign_.push_back({seq, b.owned(r)});
    }

    void read_record(prov::record_kind kind, std::string_view id, prov_flat_records& out, bool prefetch_args = false) {
        if (c_.peek() != json::kind::object) error(c_.position(), "a PROV-JSON record must be an object");
        // Filled in place: a record is 144 bytes, read a hundred thousand times.
        prov_flat_record& r = out.records.emplace_back();
        r.kind = kind;
        r.where = c_.position();
        if (id.size() < 2 || id[0] != '_' || id[1] != ':') r.id = id;  // blank ids are renumbered on output
        r.first = out.attributes.size();
        c_.begin_object();
        std::string_view name;
        while (c_.next_member(name)) {
            if (const auto ai = prov::arg_index(kind, name)) {
                const std::size_t at = c_.offset();
                r.args[*ai] = stable(c_.string(name));
                if (r.args[*ai].empty()) error(c_.position(at), std::string(name) + " must not be empty");
                if (prefetch_args) mapper_->prefetch(r.args[*ai]);
                continue;
            }
            if (name.empty()) error(c_.position(), "an attribute needs a name");
            if (c_.peek() == json::kind::array) {
                c_.begin_array();
                while (c_.next_element()) out.attributes.push_back({name, read_literal(name)});
            } else {
                out.attributes.push_back({name, read_literal(name)});
            }
        }
        r.count = out.attributes.size() - r.first;
    }

    prov_literal_view read_literal(std::string_view name) {
        prov_literal_view l;
        const std::size_t at = c_.offset();
        if (c_.peek() != json::kind::object) {
            scalar(l, name);
            return l;
        }
        c_.begin_object();
        bool has_value = false;
        std::string_view key;
        while (c_.next_member(key)) {
            if (same(key, "$")) {
                scalar(l, name);
                has_value = true;
            } else if (same(key, "type")) {
                l.datatype = stable(c_.string("\"type\" of a typed value"));
            } else if (same(key, "lang")) {
                l.lang = stable(c_.string("\"lang\" of a language-tagged string"));
            } else {
                error(c_.position(), "attribute " + std::string(name) + ": unexpected member \"" + std::string(key) +
                                         "\" in a value (expected \"$\", \"type\" or \"lang\")");
            }
        }
        if (!has_value) error(c_.position(at), "attribute " + std::string(name) + ": a value object needs \"$\"");
        return l;
    }

    void scalar(prov_literal_view& l, std::string_view name) {
        switch (c_.peek()) {
            case json::kind::string:
                l.text = stable(c_.string());
                l.form = prov::lexical::string;
                return;
            case json::kind::number:
                l.text = c_.number();
                l.form = prov::lexical::number;
                return;
            case json::kind::boolean:
                l.text = c_.boolean() ? "true" : "false";
                l.form = prov::lexical::boolean;
                return;
            default:
                error(c_.position(), "attribute " + std::string(name) +
                                         ": expected a string, number, boolean or {\"$\": ...}");
        }
    }

    json::cursor c_;
    std::size_t size_;
    std::deque<std::string> escaped_;
    prov_record_mapper* mapper_ = nullptr;
    prov_flat_records one_;      // unused at the top level (records are staged)
    static constexpr std::size_t no_record = 2;
    std::array<prov_flat_records, 2> staged_records_;  // the record waiting to be mapped and the next
    std::array<std::size_t, 2> staged_seq_{};
    std::size_t staged_ = no_record;  // which of staged_records_ waits, if any
    prov_flat_records waiting_;  // relations read before all entities and agents
    std::vector<std::size_t> sequence_;  // of each waiting relation
    std::vector<std::pair<std::size_t, prov::record>> foreign_;  // (sequence, record)
    std::size_t seq_ = 0;
    bool entities_done_ = false;
    bool agents_done_ = false;
};

}  // namespace detail

/// A document from PROV-JSON (newsprov's or another tool's). Throws input_error.
/// Reads straight from the text into the document; with
/// duplicate_keys::keep_last (which needs whole objects) through a JSON tree.
[[nodiscard]] inline story_document read_prov_json(std::string_view text, const json::limits& lim = prov_json_limits()) {
    if (lim.duplicates != json::duplicate_keys::reject) return from_prov_model(read_prov_json_model(text, lim));
    story_document doc;
    detail::prov_json_stream_reader(text, lim).read(doc);
    return doc;
}

}  // namespace newsprov
