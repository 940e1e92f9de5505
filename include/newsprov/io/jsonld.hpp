#pragma once
// schema.org JSON-LD: the story as a NewsArticle (headline, dateline,
// datePublished, author = byline, contributor = contributor lines, publisher),
// every source as a node (Person, Organization, GovernmentOrganization,
// NewsMediaOrganization, CreativeWork...), every claim as a schema.org Claim
// with author (its source) and appearance (the article); a reported figure
// carries its quantities as QuantitativeValue, parts as valueReference of their
// whole. What schema.org has no term for (the cue, the claim kind, relays,
// anonymity reasons) uses the np: vocabulary.
//
//   std::string ld = newsprov::to_jsonld(newsprov::to_document(seed::story));
//
// The context is inline ({"@vocab": "https://schema.org/", "np": ...}), so the
// output expands without fetching anything. A document's generic PROV records
// follow as PROV-JSONLD (io/jsonld_prov.hpp); the context then starts with the
// PROV-JSONLD context's URL, which a processor fetches. Node ids are the IRIs the Turtle
// writer uses. Strings are escaped by the JSON writer (always valid JSON).

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/io/export_view.hpp>
#include <newsprov/io/prov_extensions.hpp>
#include <newsprov/io/jsonld_prov.hpp>
#include <newsprov/json/writer.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace newsprov {

struct jsonld_options {
    /// Spaces per level; 0 writes one line.
    unsigned indent = 2;
    /// IRI of the story's own names (ids); empty: detail::story_namespace(story id).
    std::string_view base;
};

namespace detail {

/// Whether a name or description says "government" or "ministry" (the only
/// signal the vocabulary has for schema.org's GovernmentOrganization).
template <class = void>
[[nodiscard]] inline bool sounds_governmental(const source_record& s) {
    auto has = [](std::string_view text, std::string_view word) {
        if (text.size() < word.size()) return false;
        for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
            std::size_t k = 0;
            while (k < word.size() &&
                   std::tolower(static_cast<unsigned char>(text[i + k])) == static_cast<unsigned char>(word[k]))
                ++k;
            if (k == word.size()) return true;
        }
        return false;
    };
    for (std::string_view text : {s.name, s.description})
        if (has(text, "government") || has(text, "ministry")) return true;
    return false;
}

template <class = void>
[[nodiscard]] inline std::string_view jsonld_source_type(const source_record& s) {
    switch (s.kind) {
        case source_kind::person:
        case source_kind::office:
        case source_kind::journalist:
        case source_kind::anonymous: return "Person";
        case source_kind::organization: return sounds_governmental(s) ? "GovernmentOrganization" : "Organization";
        case source_kind::publication: return "NewsMediaOrganization";
        case source_kind::document:
            switch (s.document) {
                case document_kind::report: return "Report";
                case document_kind::article: return "Article";
                case document_kind::filing:
                case document_kind::memorandum: return "DigitalDocument";
                default: return "CreativeWork";
            }
    }
    return "Thing";
}

/// A kind's np: name without its prefix ("Person"), from the vocabulary table.
template <class Kind, std::size_t N>
[[nodiscard]] constexpr std::string_view np_kind_name(const std::array<std::string_view, N>& table, Kind k) noexcept {
    return table[static_cast<std::size_t>(k)].substr(vocab::np_prefix.size() + 1);
}

class jsonld_ids {
public:
    template <class = void>
    explicit jsonld_ids(std::string base) : base_(std::move(base)) {}
    /// The node IRI of an id: base + id, percent-encoded as in Turtle.
    template <class = void>
    [[nodiscard]] const std::string& operator()(std::string_view id) {
        static constexpr char hex[] = "0123456789ABCDEF";
        buf_.assign(base_);
        for (std::size_t i = 0; i < id.size(); ++i) {
            const auto c = static_cast<unsigned char>(id[i]);
            const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                               (c == '-' && i != 0);
            if (plain) {
                buf_.push_back(static_cast<char>(c));
            } else {
                buf_.push_back('%');
                buf_.push_back(hex[c >> 4]);
                buf_.push_back(hex[c & 0xF]);
            }
        }
        return buf_;
    }

private:
    std::string base_;
    std::string buf_;
};

template <class = void>
inline void jsonld_ref(json::writer& w, jsonld_ids& ids, std::string_view id) {
    w.begin_object().key("@id").string(ids(id)).end_object();
}
template <class = void>
inline void jsonld_place(json::writer& w, std::string_view name) {
    w.begin_object().key("@type").string("Place").key("name").string(name).end_object();
}
template <class = void>
inline void jsonld_number(json::writer& w, double v) {
    if (std::isfinite(v))
        w.number(v);
    else
        w.string(std::isnan(v) ? "NaN" : v > 0 ? "INF" : "-INF");  // JSON has no infinity
}

/// What the parts of the story's graph share.
struct jsonld_story {
    const story_info& info;
    const story_records& records;
    const export_index& index;
    jsonld_ids& ids;
    std::string_view story_id;
    std::string np_vocab_kind;
    // The credit lines with a location, by the journalist they credit (a story may credit many):
    // indexes into records.relations (indexes: the map type the other id indexes use).
    std::unordered_map<std::string_view, std::vector<std::size_t>> located_credits;
};

/// The article: headline, dateline, date, author (byline), contributor, publisher.
template <class = void>
inline void jsonld_article(json::writer& w, jsonld_story& d) {
    w.begin_object();
    w.key("@id").string(d.ids(d.story_id));
    w.key("@type").string("NewsArticle");
    if (!d.info.headline.empty()) w.key("headline").string(d.info.headline);
    if (!d.info.dateline.empty()) w.key("dateline").string(d.info.dateline);
    if (!d.info.date.empty()) w.key("datePublished").string(d.info.date);
    for (relation_kind credit : {relation_kind::byline, relation_kind::contributor}) {
        bool open = false;
        for (const relation_record& r : d.records.relations) {
            if (r.kind != credit) continue;
            if (!open) w.key(credit == relation_kind::byline ? "author" : "contributor").begin_array();
            open = true;
            jsonld_ref(w, d.ids, r.to);
        }
        if (open) w.end_array();
    }
    if (!d.info.publication.empty()) {
        w.key("publisher");
        jsonld_ref(w, d.ids, d.info.publication);
    }
    w.end_object();
}

/// A source: its schema.org type, principals, places, and the documents it is based on.
template <class = void>
inline void jsonld_source(json::writer& w, jsonld_story& d, const source_record& s) {
    w.begin_object();
    w.key("@id").string(d.ids(s.id));
    w.key("@type").string(jsonld_source_type(s));
    w.key("additionalType").string(d.np_vocab_kind + std::string(np_kind_name(vocab::source_types, s.kind)));
    if (!s.name.empty()) w.key(s.kind == source_kind::anonymous ? "description" : "name").string(s.name);
    if (!s.description.empty())
        // an anonymous source's name is its description already: no duplicate key
        w.key(s.kind == source_kind::person || s.kind == source_kind::office ? "jobTitle"
              : s.kind == source_kind::anonymous && !s.name.empty()     ? "disambiguatingDescription"
                                                                         : "description")
            .string(s.description);
    if (!s.anonymity_reason.empty()) w.key("np:anonymityReason").string(s.anonymity_reason);
    // Principals: by role, and by on_behalf_of relations (once each).
    std::vector<std::string_view> principals;
    std::unordered_set<std::string_view> principal_seen;
    if (!s.principal.empty()) {
        principals.push_back(s.principal);
        principal_seen.insert(s.principal);
    }
    for (std::size_t ri : d.index.relations_from(s.id)) {
        const relation_record& r = d.records.relations[ri];
        if (r.kind == relation_kind::on_behalf_of && principal_seen.insert(r.to).second) principals.push_back(r.to);
    }
    if (!principals.empty()) {
        w.key(s.kind == source_kind::document ? "author" : "worksFor").begin_array();
        for (std::string_view p : principals) jsonld_ref(w, d.ids, p);
        w.end_array();
    }
    if (s.role != source_role::none)
        w.key("np:role").string(np_kind_name(vocab::role_names, s.role));
    // Where they reported from: the credit line's location, else the source's own.
    std::vector<std::string_view> places;
    if (const auto credits = d.located_credits.find(s.id); credits != d.located_credits.end()) {
        std::unordered_set<std::string_view> seen;
        for (std::size_t i : credits->second)
            if (const std::string_view where = d.records.relations[i].location; seen.insert(where).second)
                places.push_back(where);
    }
    if (places.empty() && !s.location.empty()) places.push_back(s.location);
    if (!places.empty()) {
        w.key("workLocation").begin_array();
        for (std::string_view p : places) jsonld_place(w, p);
        w.end_array();
    }
    for (std::size_t ri : d.index.relations_from(s.id)) {  // documents derived from, quoting or revising others
        const relation_record& r = d.records.relations[ri];
        if (r.kind == relation_kind::quoted_from || r.kind == relation_kind::derived_from) {
            w.key("isBasedOn");
            jsonld_ref(w, d.ids, r.to);
        } else if (r.kind == relation_kind::revision_of) {
            w.key("np:revisionOf");
            jsonld_ref(w, d.ids, r.to);
        }
    }
    w.end_object();
}

/// How a claim is attributed: authors, documents it is based on, cues, relays.
template <class = void>
inline void jsonld_claim_sources(json::writer& w, jsonld_story& d, const claim_record& c) {
    std::vector<const relation_record*> authors, documents, relays;
    for (std::size_t ri : d.index.relations_from(c.id)) {
        const relation_record& r = d.records.relations[ri];
        if (r.kind == relation_kind::attribution) (d.index.is_document(r.to) ? documents : authors).push_back(&r);
        if (r.kind == relation_kind::relayed_by) relays.push_back(&r);
    }
    // A claim from a document's text: authored by the document's issuer, based on the document.
    std::vector<std::string_view> author_ids;
    for (const relation_record* r : authors) author_ids.push_back(r->to);
    for (const relation_record* r : documents)
        if (const source_record* doc = d.index.source(r->to); doc && !doc->principal.empty())
            author_ids.push_back(doc->principal);
    if (!author_ids.empty()) {
        w.key("author").begin_array();
        for (std::string_view a : author_ids) jsonld_ref(w, d.ids, a);
        w.end_array();
    }
    if (!documents.empty()) {
        w.key("isBasedOn").begin_array();
        for (const relation_record* r : documents) jsonld_ref(w, d.ids, r->to);
        w.end_array();
    }
    if (!authors.empty() || !documents.empty()) {  // how the story attributes it: cue and date, per source
        w.key("np:attribution").begin_array();
        for (const auto* group : {&authors, &documents})
            for (const relation_record* r : *group) {
                w.begin_object().key("np:source");
                jsonld_ref(w, d.ids, r->to);
                if (!r->cue.empty()) w.key("np:cue").string(r->cue);
                if (!r->date.empty()) w.key("np:date").string(r->date);
                w.end_object();
            }
        w.end_array();
    }
    if (!relays.empty()) {
        w.key("np:relay").begin_array();
        for (const relation_record* r : relays) {
            w.begin_object().key("np:origin");
            jsonld_ref(w, d.ids, r->to);
            if (!r->via.empty()) {
                w.key("np:via");
                jsonld_ref(w, d.ids, r->via);
            }
            w.end_object();
        }
        w.end_array();
    }
}

/// A figure's quantities; parts nest in their whole's valueReference.
template <class = void>
inline void jsonld_quantities(json::writer& w, jsonld_story& d, std::span<const std::size_t> qs) {
    // each quantity once: repeated indexes or a cycle of np:partOf (read from a
    // file) must not repeat a subtree without end
    std::unordered_set<const quantity_record*> written;
    std::string name;
    auto quantity = [&](const quantity_record& q, auto&& self) -> void {
        written.insert(&q);
        w.begin_object();
        name.assign(q.claim).append("-q").append(std::to_string(q.index));
        w.key("@id").string(d.ids(name));
        w.key("@type").string("QuantitativeValue");
        w.key("value");
        jsonld_number(w, q.value);
        if (!q.unit.empty()) w.key("unitText").string(q.unit);
        if (!q.what.empty()) w.key("name").string(q.what);
        bool open = false;
        for (std::size_t pi : qs) {
            const quantity_record& p = d.records.quantities[pi];
            if (p.part_of != q.index || written.contains(&p)) continue;
            if (!open) w.key("valueReference").begin_array();
            open = true;
            self(p, self);
        }
        if (open) w.end_array();
        w.end_object();
    };
    w.key("np:quantity").begin_array();
    for (std::size_t qi : qs) {
        const quantity_record& q = d.records.quantities[qi];
        bool whole_known = false;
        if (q.part_of != no_whole)
            for (std::size_t wi : qs)
                if (d.records.quantities[wi].index == q.part_of && wi != qi) whole_known = true;
        if (!whole_known && !written.contains(&q)) quantity(q, quantity);  // a whole, or a part whose whole is missing
    }
    w.end_array();
}

template <class = void>
inline void jsonld_claim(json::writer& w, jsonld_story& d, const claim_record& c) {
    w.begin_object();
    w.key("@id").string(d.ids(c.id));
    w.key("@type").string("Claim");
    w.key("additionalType").string(d.np_vocab_kind + std::string(np_kind_name(vocab::claim_types, c.kind)));
    if (!c.text.empty()) w.key("text").string(c.text);
    w.key("appearance");
    jsonld_ref(w, d.ids, d.story_id);
    jsonld_claim_sources(w, d, c);
    if (const auto& qs = d.index.quantities_of(c.id); !qs.empty()) jsonld_quantities(w, d, qs);
    w.end_object();
}

/// Quantities of figures the story does not declare, and relations from undeclared ids: kept.
template <class = void>
inline void jsonld_orphans(json::writer& w, jsonld_story& d) {
    std::unordered_set<std::string_view> orphans;
    for (const quantity_record& q : d.records.quantities)
        if (!d.index.claim(q.claim)) orphans.insert(q.claim);
    for (const relation_record& r : d.records.relations)
        if (r.kind != relation_kind::byline && r.kind != relation_kind::contributor && !d.index.claim(r.from) &&
            !d.index.source(r.from) && r.from != d.story_id)
            orphans.insert(r.from);
    std::vector<std::string_view> orphan_list(orphans.begin(), orphans.end());
    std::sort(orphan_list.begin(), orphan_list.end());
    for (std::string_view id : orphan_list) {
        w.begin_object();
        w.key("@id").string(d.ids(id));
        w.key("np:undeclared").boolean(true);
        bool open = false;
        for (std::size_t ri : d.index.relations_from(id)) {
            const relation_record& r = d.records.relations[ri];
            if (!open) w.key("np:relation").begin_array();
            open = true;
            w.begin_object().key("np:kind").string(to_string(r.kind)).key("np:to");
            jsonld_ref(w, d.ids, r.to);
            if (!r.cue.empty()) w.key("np:cue").string(r.cue);
            w.end_object();
        }
        if (open) w.end_array();
        if (const auto& qs = d.index.quantities_of(id); !qs.empty()) {
            w.key("np:quantity").begin_array();
            for (std::size_t qi : qs) {
                const quantity_record& q = d.records.quantities[qi];
                w.begin_object().key("@type").string("QuantitativeValue").key("value");
                jsonld_number(w, q.value);
                if (!q.unit.empty()) w.key("unitText").string(q.unit);
                if (!q.what.empty()) w.key("name").string(q.what);
                w.key("np:index").number(static_cast<unsigned>(q.index));
                if (q.part_of != no_whole) w.key("np:partOf").number(static_cast<unsigned>(q.part_of));
                w.end_object();
            }
            w.end_array();
        }
        w.end_object();
    }
}

/// The story's nodes, as members of the open "@graph" array.
template <class = void>
inline void jsonld_story_nodes(json::writer& w, jsonld_story& d) {
    for (std::size_t i = 0; i < d.records.relations.size(); ++i)
        if (const relation_record& r = d.records.relations[i];
            (r.kind == relation_kind::byline || r.kind == relation_kind::contributor) && !r.location.empty())
            d.located_credits[r.to].push_back(i);
    jsonld_article(w, d);
    for (const source_record& s : d.records.sources) jsonld_source(w, d, s);
    for (const claim_record& c : d.records.claims) jsonld_claim(w, d, c);
    jsonld_orphans(w, d);
}

}  // namespace detail

/// Appends the story as schema.org JSON-LD to `out`, then the generic PROV
/// records of `foreign` (a document's foreign(), io/jsonld_prov.hpp), if given,
/// as PROV-JSONLD in the same @graph; the context then starts with the
/// PROV-JSONLD context. A document with only generic records is PROV-JSONLD alone.
/// Throws input_error, `out` untouched, for an extension expression.
template <class = void>
inline void write_jsonld(std::string& out, const story_info& info, const story_records& records,
                         const jsonld_options& opts = {}, const prov::model* foreign = nullptr,
                         const detail::part_extras& extras = {}) {
    detail::refuse_prov_extensions(foreign, "JSON-LD");
    const detail::export_index index(records);
    const std::string base = opts.base.empty() ? detail::story_namespace(info.id) : std::string(opts.base);
    detail::jsonld_ids ids(base);
    const std::string_view story_id = info.id.empty() ? std::string_view("story") : info.id;
    detail::jsonld_story d{info, records, index, ids, story_id, std::string(detail::np_iri), {}};
    const bool generic =
        extras.any() || (foreign != nullptr && (!foreign->top.records.empty() || !foreign->bundles.empty()));
    const bool story = !generic || !detail::no_story(info, records);
    static const prov::model none;
    const prov::model& doc = foreign != nullptr ? *foreign : none;
    std::vector<prov::namespace_decl> ours;
    if (story) ours = {{"np", std::string(detail::np_iri)}, {"story", base}};
    json::writer w(out, {opts.indent});

    w.begin_object();
    w.key("@context");
    if (generic) w.begin_array().string(vocab::prov_jsonld_context);
    w.begin_object();
    if (story) w.key("@vocab").string("https://schema.org/");
    if (story) w.key("np").string(detail::np_iri);
    if (generic && story && !doc.top.find_namespace("story")) w.key("story").string(base);
    std::optional<detail::jsonld_prov_names> names;
    if (generic) names.emplace(doc.top, ours);
    if (generic) names->context(w);
    w.end_object();
    if (generic) w.end_array();
    w.key("@graph").begin_array();
    if (story) detail::jsonld_story_nodes(w, d);
    if (extras.any()) {
        detail::jsonld_prov_writer extra(w, *names);
        std::string from;
        detail::for_each_extra(
            extras, info, records,
            [&](const std::string& id, std::string_view, const std::vector<prov::attribute>& attrs) { extra.part(ids(id), attrs); },
            [&](const relation_record& r, const std::vector<prov::attribute>& attrs) {
                from = ids(r.from);
                extra.relation(from, detail::prov_relation_name(r.kind), ids(r.to), attrs);
            });
    }
    if (generic) detail::write_jsonld_prov(w, doc, *names, ours);
    w.end_array();
    w.end_object();
    if (opts.indent != 0) out.push_back('\n');
}

/// The story as schema.org JSON-LD.
template <class = void>
[[nodiscard]] inline std::string to_jsonld(const story_info& info, const story_records& records,
                                           const jsonld_options& opts = {}) {
    std::string out;
    write_jsonld(out, info, records, opts);
    return out;
}
/// The story or document as JSON-LD; a document's foreign records as PROV-JSONLD.
template <exportable_story S>
[[nodiscard]] std::string to_jsonld(const S& story, const jsonld_options& opts = {}) {
    std::string out;
    write_jsonld(out, detail::info_of(story), story.records(), opts, detail::foreign_of(story), detail::extras_of(story));
    return out;
}

}  // namespace newsprov
