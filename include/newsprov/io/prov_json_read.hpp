#pragma once
// PROV-JSON (W3C member submission, 2013): reading.
//
//   newsprov::story_document doc = newsprov::read_prov_json(text);   // any tool's PROV-JSON
//   newsprov::prov::model m = newsprov::read_prov_json_model(text);  // its records only
//
// Reading is strict JSON (json/cursor.hpp, or json/reader.hpp's tree for
// keep_last duplicate keys) and then the PROV-JSON shape: "prefix", "bundle"
// and one object per record type, each mapping identifiers to a record or
// (several records with one id) to an array of them. Attribute values keep
// their JSON spelling (string, number, boolean, {"$", "type"}, {"$", "lang"},
// arrays for several values), so what is read is written back the same.
// Blank identifiers ("_:b1", or "_:id1" as python-prov writes anonymous
// records) are kept as they are, so the relations that name them still do. Errors throw newsprov::input_error with line and
// column. Writing is io/prov_json_write.hpp.

#include <newsprov/core/error.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/json/cursor.hpp>
#include <newsprov/json/reader.hpp>
#include <newsprov/json/value.hpp>
#include <newsprov/io/prov_mapping.hpp>

#include <array>
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace newsprov {

/// Limits for PROV-JSON input: the JSON defaults, raised for large documents.
[[nodiscard]] inline json::limits prov_json_limits() {
    json::limits lim;
    lim.max_input_bytes = std::size_t{1} << 30;
    lim.max_members = 50'000'000;
    return lim;
}

namespace detail {

template <class = void>
inline void prov_json_error(const json::value& at, const std::string& message) {
    throw input_error(at.position(), message);
}

template <class = void>
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
    l.form = prov::lexical::string;  // a typed or tagged value is its lexical form, whatever JSON type "$" had
    return l;
}

/// True for hadMember's "prov:entity" given as a list of entities, which
/// python-prov writes and reads as one membership per entity.
[[nodiscard]] inline bool is_member_list(prov::record_kind kind, std::string_view key) noexcept {
    return kind == prov::record_kind::membership && key == "prov:entity";
}

/// The records after the first of a hadMember with several entities: one
/// membership each, without id or attributes (as python-prov reads them).
template <class = void>
inline void add_extra_members(const prov::record& first, std::vector<std::string>& extra,
                              std::vector<prov::record>& out) {
    const std::string collection = first.args[0];  // `first` may move as `out` grows
    const text_position where = first.where;
    for (std::string& e : extra) {
        prov::record m;
        m.kind = prov::record_kind::membership;
        m.where = where;
        m.args[0] = collection;
        m.args[1] = std::move(e);
        out.push_back(std::move(m));
    }
}

template <class = void>
inline void read_prov_json_record(prov::record_kind kind, const std::string& id, json::value& body,
                                  std::vector<prov::record>& out) {
    if (!body.is_object()) prov_json_error(body, "a PROV-JSON record must be an object");
    prov::record r;
    r.kind = kind;
    r.where = body.position();
    r.id = id;  // blank ids ("_:b1") are kept: relations name them
    r.attributes.reserve(body.as_object().size());
    std::vector<std::string> extra_members;
    for (json::member& m : body.as_object()) {
        if (const auto ai = prov::arg_index(kind, m.key)) {
            if (m.val.is_array() && is_member_list(kind, m.key) && !m.val.as_array().empty()) {
                json::array& list = m.val.as_array();
                for (std::size_t k = 1; k < list.size(); ++k) {
                    extra_members.push_back(std::move(list[k].as_string(m.key)));
                    if (extra_members.back().empty()) prov_json_error(list[k], m.key + " must not be empty");
                }
                r.args[*ai] = std::move(list[0].as_string(m.key));
            } else {
                r.args[*ai] = std::move(m.val.as_string(m.key));
            }
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
    add_extra_members(out.back(), extra_members, out);
}

template <class = void>
inline void read_prov_json_container(json::value& v, prov::container& c, std::vector<prov::bundle>* bundles) {
    if (!v.is_object()) prov_json_error(v, "a PROV-JSON document or bundle must be an object");
    for (json::member& m : v.as_object()) {
        if (m.key == "prefix") {
            std::unordered_set<std::string_view> declared;  // looked up by hash: linear in the declarations
            for (const json::member& p : m.val.as_object("\"prefix\"")) {
                // PROV-N has no empty prefix (its default namespace is "default"): refused
                // here rather than written as a declaration that does not read back
                if (p.key.empty()) prov_json_error(p.val, "a namespace prefix must not be empty");
                if (!declared.insert(p.key).second) prov_json_error(p.val, "prefix " + p.key + " declared twice");
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

}  // namespace detail

/// The PROV records of a PROV-JSON text (any tool's). Throws input_error.
template <class = void>
[[nodiscard]] inline prov::model read_prov_json_model(std::string_view text, const json::limits& lim = prov_json_limits()) {
    json::value root = json::parse(text, lim);
    prov::model m;
    detail::read_prov_json_container(root, m.top, &m.bundles);
    return m;
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
    template <class = void>
    prov_json_stream_reader(std::string_view text, const json::limits& lim) : c_(text, lim), size_(text.size()) {}

    /// Reads the whole text into `doc` (a new document).
    template <class = void>
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
        std::vector<std::size_t> unmapped;  // waiting records that stay foreign
        for (std::size_t i = 0; i < waiting_.records.size(); ++i) {
            const prov_flat_record& r = waiting_.records[i];
            if (!mapper.map_relation(r, waiting_.attributes_of(r))) unmapped.push_back(i);
        }
        // Foreign records in the order they were read: those kept while reading
        // and the waiting ones are each in that order already, so a merge does.
        auto& foreign = doc.foreign().top.records;
        foreign.reserve(foreign.size() + foreign_.size() + unmapped.size());
        std::size_t kept = 0;
        for (std::size_t i : unmapped) {
            for (; kept < foreign_.size() && foreign_[kept].first < sequence_[i]; ++kept)
                foreign.push_back(std::move(foreign_[kept].second));
            foreign.push_back(waiting_.owned(waiting_.records[i]));
        }
        for (; kept < foreign_.size(); ++kept) foreign.push_back(std::move(foreign_[kept].second));
    }

private:
    template <class = void>
    [[noreturn]] static void error(const text_position& at, const std::string& message) {
        throw input_error(at, message);
    }
    /// `v` as it may be kept: views into the text stay, escaped ones are copied.
    template <class = void>
    std::string_view stable(std::string_view v) {
        if (v.empty() || c_.in_input(v)) return v;
        return escaped_.emplace_back(v);
    }

    template <class = void>
    void read_container(prov_flat_records& out, std::vector<prov::namespace_decl>& namespaces,
                        std::vector<prov::bundle>* bundles) {
        if (c_.peek() != json::kind::object) error(c_.position(), "a PROV-JSON document or bundle must be an object");
        c_.begin_object();
        std::string_view key;
        while (c_.next_member(key)) {
            if (same(key, "prefix")) {
                c_.begin_object("\"prefix\"");
                std::string_view prefix;
                std::unordered_set<std::string> declared;  // looked up by hash: linear in the declarations
                while (c_.next_member(prefix)) {
                    const text_position at = c_.position();
                    if (prefix.empty()) error(at, "a namespace prefix must not be empty");  // as in the tree reader
                    if (!declared.emplace(prefix).second) error(at, "prefix " + std::string(prefix) + " declared twice");
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
    template <class = void>
    void take_record(prov::record_kind kind, std::string_view id, prov_flat_records& out, bool top) {
        if (!top) {
            read_record(kind, id, out);
            return;
        }
        const std::size_t seq = seq_++;
        const bool node = kind == prov::record_kind::entity || kind == prov::record_kind::agent;
        // A hadMember may stand for several records (a list of entities):
        // it waits with the relations that come early, mapped at the end.
        if (!node && (kind == prov::record_kind::membership ||
                      !(entities_done_ && agents_done_ && waiting_.records.empty()))) {
            read_record(kind, id, waiting_);
            sequence_.resize(waiting_.records.size(), seq);
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
    template <class = void>
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

    template <class = void>
    void read_record(prov::record_kind kind, std::string_view id, prov_flat_records& out, bool prefetch_args = false) {
        if (c_.peek() != json::kind::object) error(c_.position(), "a PROV-JSON record must be an object");
        // Filled in place: a record is 144 bytes, read a hundred thousand times.
        prov_flat_record& r = out.records.emplace_back();
        r.kind = kind;
        r.where = c_.position();
        r.id = id;  // blank ids ("_:b1") are kept: relations name them
        r.first = out.attributes.size();
        c_.begin_object();
        std::string_view name;
        std::vector<std::string_view>& extra_members = extra_members_;  // only a hadMember touches it
        const bool membership = kind == prov::record_kind::membership;
        if (membership) extra_members.clear();
        while (c_.next_member(name)) {
            if (const auto ai = prov::arg_index(kind, name)) {
                const std::size_t at = c_.offset();
                if (membership && c_.peek() == json::kind::array && is_member_list(kind, name)) {
                    read_member_list(name, r.args[*ai], extra_members);
                    if (r.args[*ai].empty()) error(c_.position(at), std::string(name) + " must not be empty");
                    continue;
                }
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
        if (!membership || extra_members.empty()) return;
        const prov_flat_record first = r;  // `r` moves when records grow
        for (const std::string_view e : extra_members) {
            prov_flat_record& m = out.records.emplace_back();
            m.kind = kind;
            m.where = first.where;
            m.args[0] = first.args[0];
            m.args[1] = e;
            m.first = out.attributes.size();
            m.count = 0;
        }
    }

    /// hadMember's entities as a list: the first is the record's, the others
    /// become memberships of their own.
    template <class = void>
    void read_member_list(std::string_view name, std::string_view& first, std::vector<std::string_view>& extra) {
        c_.begin_array();
        bool any = false;
        while (c_.next_element()) {
            const std::size_t at = c_.offset();
            const std::string_view e = stable(c_.string(name));
            if (e.empty()) error(c_.position(at), std::string(name) + " must not be empty");
            if (any) {
                extra.push_back(e);
            } else {
                first = e;
                any = true;
            }
        }
    }

    template <class = void>
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
        l.form = prov::lexical::string;  // as in the tree reader
        return l;
    }

    template <class = void>
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
    std::vector<std::string_view> extra_members_;  // of the hadMember being read
    prov_record_mapper* mapper_ = nullptr;
    prov_flat_records one_;      // unused at the top level (records are staged)
    static constexpr std::size_t no_record = 2;
    std::array<prov_flat_records, 2> staged_records_;  // the record waiting to be mapped and the next
    std::array<std::size_t, 2> staged_seq_{};
    std::size_t staged_ = no_record;  // which of staged_records_ waits, if any
    prov_flat_records waiting_;  // relations read before all entities and agents
    std::vector<std::size_t> sequence_;  // of each waiting relation
    std::vector<std::pair<std::size_t, prov::record>> foreign_;  // (sequence, record), in sequence order
    std::size_t seq_ = 0;
    bool entities_done_ = false;
    bool agents_done_ = false;
};

}  // namespace detail

/// A document from PROV-JSON (newsprov's or another tool's). Throws input_error.
/// Reads straight from the text into the document; with
/// duplicate_keys::keep_last (which needs whole objects) through a JSON tree.
template <class = void>
[[nodiscard]] inline story_document read_prov_json(std::string_view text, const json::limits& lim = prov_json_limits()) {
    if (lim.duplicates != json::duplicate_keys::reject) return from_prov_model(read_prov_json_model(text, lim));
    story_document doc;
    detail::prov_json_stream_reader(text, lim).read(doc);
    return doc;
}

}  // namespace newsprov
