#pragma once
// The run-time provenance document (newsprov::story_document; the name
// newsprov::document is the typed document *source* of core/sources.hpp): a story known only at run time (loaded from
// PROV-JSON or PROV-N, built by a pipeline, extracted from text).
//
//   newsprov::story_document doc;
//   doc.set_info(newsprov::story_info{"paris-talks", "Rubio says ..."});
//   doc.add_source({.kind = source_kind::person, .id = "rubio", .name = "Marco Rubio"});
//   doc.add_claim({claim_kind::paraphrase, "c1", "talks were productive"});
//   doc.add_relation({.kind = relation_kind::attribution, .from = "c1", .to = "rubio", .cue = "said"});
//   auto diagnostics = newsprov::check(doc);            // graph/check.hpp
//
// or with the typed builders, which check the policy as the parts go in and
// throw the same rule_violation (same rule id) as the compile-time builders:
//
//   doc.add(newsprov::person{"rubio", "Marco Rubio"});
//   doc.add(newsprov::paraphrase{"c1", "talks were productive"});
//   doc.attribute("c1", "rubio", "said");               // ids of declared parts
//   doc.add(newsprov::reported_figure{"toll", "..."}.with(newsprov::quantity{98, "", "injured"}.including(6, "children")));
//
// It holds the same uniform records as a compile-time story (core/records.hpp),
// so the one rule checker (policy/check_records.hpp) serves both. Every string
// a record holds is a view into the document's own arena: the caller's strings
// may die after add_*(). Moving a document keeps all views valid; copying one
// re-interns every string into the copy's arena.
//
// Ids: sources, claims and the story share one namespace of non-empty ids
// (they become PROV identifiers); add_source/add_claim throw document_error on
// a duplicate. An empty id is replaced by a fresh one ("source-3", "claim-17").
// Relations and quantities are numbered by position; a relation may carry an
// optional id of its own (a PROV relation identifier).

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/graph/strings.hpp>
#include <newsprov/policy/check_records.hpp>
#include <newsprov/policy/evaluate.hpp>
#include <newsprov/story/figures.hpp>
#include <newsprov/story/relations.hpp>
#include <newsprov/story/story.hpp>
#include <newsprov/util/deferred.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <type_traits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsprov {

/// A misuse of the document API: a duplicate id, a reference to nothing.
class document_error : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// What a byte span of the article text shows.
enum class span_role : std::uint8_t {
    content,  ///< the claim's words (subject: a claim)
    source,   ///< a mention of the source (subject: a claim, for its attribution; or a source)
    cue,      ///< the cue ("said", "according to") of the subject claim's attribution
};
[[nodiscard]] constexpr std::string_view to_string(span_role r) noexcept {
    constexpr std::string_view names[]{"content", "source", "cue"};
    return names[static_cast<std::size_t>(r)];
}

/// Bytes [begin, end) of the article text (UTF-8 offsets, end exclusive).
struct text_span {
    std::string_view subject;  ///< id of a claim or source
    span_role role = span_role::content;
    std::size_t begin = 0;
    std::size_t end = 0;
    friend constexpr bool operator==(const text_span&, const text_span&) = default;
};

/// Which kind of part an id names.
enum class part_kind : std::uint8_t { story, source, claim };

/// The run-time document, used as `story_document` (the alias at the end). It is
/// a class template only so that g++ compiles its members, the copy above all,
/// in the units that use them (docs/compile_time.md).
template <class Tag>
class basic_story_document {
public:
    basic_story_document() = default;
    basic_story_document(basic_story_document&&) noexcept = default;
    basic_story_document& operator=(basic_story_document&&) noexcept = default;
    basic_story_document(const basic_story_document& other) { copy_from(other); }
    basic_story_document& operator=(const basic_story_document& other) {
        if (this != &other) {
            basic_story_document copy(other);
            *this = std::move(copy);
        }
        return *this;
    }
    ~basic_story_document() = default;

    // ---- story ------------------------------------------------------------
    /// Sets the story's id, headline, publication, date and dateline. The id
    /// joins the namespace of source and claim ids.
    template <class = void>
    void set_info(const story_info& info) {
        if (!info.id.empty() && info.id != info_.id) {
            if (ids_.contains(info.id)) throw document_error("duplicate id: " + std::string(info.id));
            if (!info_.id.empty()) ids_.erase(info_.id);
        }
        info_.id = strings_.store(info.id);
        info_.headline = strings_.store(info.headline);
        info_.publication = id_view(info.publication);
        info_.date = intern(info.date);
        info_.dateline = intern(info.dateline);
        if (!info_.id.empty()) {
            bool added = false;
            auto& e = ids_.find_or_add(info_.id, added);
            if (added) e.key = info_.id;
            e.value = {part_kind::story, 0};
        }
    }
    [[nodiscard]] const story_info& info() const noexcept { return info_; }

    /// The article text the spans point into, if the document keeps it.
    template <class = void>
    void set_text(std::string_view text) { text_ = strings_.store(text); }
    [[nodiscard]] std::string_view text() const noexcept { return text_; }

    /// Binds the document to the article it was made from: the SHA-256 of the
    /// text as 64 hex digits (util/sha256.hpp's sha256_hex), written as
    /// np:articleSha256; checker::validate reports article-changed when the text
    /// it is given hashes differently. Empty unbinds. document_error on other forms.
    template <class = void>
    void set_article_sha256(std::string_view hex) {
        if (!hex.empty() && (hex.size() != 64 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos))
            throw document_error("np:articleSha256 must be 64 hex digits");
        std::string lower(hex);
        for (char& c : lower) c = (c >= 'A' && c <= 'F') ? static_cast<char>(c - 'A' + 'a') : c;
        article_sha256_ = strings_.store(lower);
    }
    [[nodiscard]] std::string_view article_sha256() const noexcept { return article_sha256_; }

    // ---- building ---------------------------------------------------------
    /// Adds a source; returns its id (fresh if `s.id` is empty).
    template <class = void>
    std::string_view add_source(const source_record& s) {
        source_record r = s;
        r.id = claim_id(s.id, "source-", part_kind::source, sources_.size());
        r.name = strings_.store(s.name);
        r.description = strings_.store(s.description);
        r.principal = id_view(s.principal);
        r.anonymity_reason = strings_.store(s.anonymity_reason);
        r.location = intern(s.location);
        sources_.push_back(r);
        return r.id;
    }

    /// Adds a claim; returns its id (fresh if `c.id` is empty).
    template <class = void>
    std::string_view add_claim(const claim_record& c) {
        claim_record r = c;
        r.id = claim_id(c.id, "claim-", part_kind::claim, claims_.size());
        r.text = strings_.store(c.text);
        claims_.push_back(r);
        return r.id;
    }

    /// Adds a claim with the spans of its words in the article text (extraction).
    template <class = void>
    std::string_view add_claim(const claim_record& c, std::span<const std::pair<std::size_t, std::size_t>> content) {
        const std::string_view id = add_claim(c);
        for (const auto& [b, e] : content) add_span({id, span_role::content, b, e});
        return id;
    }

    /// Adds a quantity of a reported figure; returns its position. The figure's
    /// claim may be added later (the checker reports an undeclared one).
    template <class = void>
    std::size_t add_quantity(const quantity_record& q) {
        quantity_record r = q;
        r.claim = id_view(q.claim);
        r.unit = intern(q.unit);
        r.what = intern(q.what);
        quantities_.push_back(r);
        return quantities_.size() - 1;
    }

    /// Adds a relation; returns its position. `id` is an optional PROV relation
    /// identifier. Undeclared ends are allowed here and reported by check().
    template <class = void>
    std::size_t add_relation(const relation_record& rel, std::string_view id = {}) {
        relation_record r = rel;
        r.from = id_view(rel.from);
        r.to = id_view(rel.to);
        r.via = id_view(rel.via);
        r.cue = intern(rel.cue);
        r.date = intern(rel.date);
        r.location = intern(rel.location);
        relations_.push_back(r);
        relation_ids_.push_back(intern(id));
        return relations_.size() - 1;
    }

    /// Records where a claim's words, its source or its cue appear in the text.
    template <class = void>
    void add_span(const text_span& s) {
        if (s.end < s.begin) throw document_error("span ends before it begins");
        spans_.push_back({id_view(s.subject), s.role, s.begin, s.end});
    }

    // ---- typed builders: the policy checked as the parts go in -------------
    // Each throws rule_violation naming the rule a part breaks (the rule id the
    // compile-time builders and check() use); add_source/add_claim/add_relation
    // above take anything and leave the verdict to check().

    /// A typed source (person, office, spokesperson, anonymous...); returns its id.
    template <policy P = default_policy, source_type S>
    std::string_view add(const S& source) {
        detail::enforce_source_values<P>(source);
        return add_source(source.record());
    }
    /// A source whose kind is known only at run time (read from data).
    template <policy P = default_policy>
    std::string_view add(const source_record& source) {
        for (const rule& r : P::rules)
            if (breaks_source_rule(r, source.kind, source.anonymity_reason)) throw rule_violation(r.id, r.message, r.hint, source.id);
        return add_source(source);
    }
    /// A typed claim; a reported figure brings its quantities, parts given by
    /// value (`.with(quantity{98, "", "injured"}.including(6, "children"))`).
    template <policy P = default_policy, claim_type C>
    std::string_view add(const C& claim) {
        if constexpr (std::is_same_v<C, reported_figure>) detail::enforce_figure_values<P>(claim);
        const std::string_view id = add_claim(claim.record());
        if constexpr (std::is_same_v<C, reported_figure>) {
            for (std::size_t i = 0; i < claim.count; ++i) {
                quantity_record q = claim.quantities[i];
                q.claim = id;  // the figure's id, fresh when it had none
                add_quantity(q);
            }
        }
        return id;
    }

    /// `claim` wasAttributedTo `source` (ids of declared parts), checked against
    /// the policy's attribution rules for their kinds and role.
    template <policy P = default_policy>
    std::size_t attribute(std::string_view claim, std::string_view source, std::string_view cue = {},
                          std::string_view date = {}) {
        const claim_record& c = declared_claim<P>(claim);
        const source_record& s = declared_source<P>(source, claim);
        if (const rule* r = first_broken_attribution_rule(P::rules, {c.kind, s.kind, s.role}))
            throw rule_violation(r->id, r->message, r->hint, claim);
        return add_relation({.kind = relation_kind::attribution, .from = claim, .to = source, .cue = cue, .date = date});
    }
    /// The same with typed parts: a broken rule does not compile (story/relations.hpp).
    template <policy P = default_policy, claim_type C, source_type S>
    std::size_t attribute(const C& claim, const S& source, std::string_view cue = {}, std::string_view date = {}) {
        return add_relation(newsprov::attribute<P>(claim, source, cue, date));
    }
    /// `agent` speaks for `principal` (ids of declared sources).
    template <policy P = default_policy>
    std::size_t on_behalf_of(std::string_view agent, std::string_view principal) {
        const source_record& a = declared_source<P>(agent, agent);
        const source_record& p = declared_source<P>(principal, agent);
        const source_role role = a.role == source_role::none ? source_role::spokesperson_for : a.role;
        for (const rule& r : P::rules) {
            if (breaks_principal_rule(r, role, p.kind) || breaks_relation_rule(r, agent, principal))
                throw rule_violation(r.id, r.message, r.hint, agent);
        }
        return add_relation({.kind = relation_kind::on_behalf_of, .from = agent, .to = principal});
    }
    /// The story's byline or a contributor line (a declared journalist's id).
    template <policy P = default_policy>
    std::size_t credit(std::string_view journalist, relation_kind kind = relation_kind::byline,
                       std::string_view location = {}) {
        if (kind != relation_kind::byline && kind != relation_kind::contributor)
            throw document_error("credit() takes relation_kind::byline or relation_kind::contributor");
        const source_record& j = declared_source<P>(journalist, journalist);
        for (const rule& r : P::rules)
            if (breaks_byline_rule(r, j.kind, j.role)) throw rule_violation(r.id, r.message, r.hint, journalist);
        return add_relation({.kind = kind, .from = info_.id, .to = journalist, .location = location});
    }

    /// Room for this many parts (a reader that knows the counts saves regrowing).
    template <class = void>
    void reserve(std::size_t sources, std::size_t claims, std::size_t relations) {
        sources_.reserve(sources);
        claims_.reserve(claims);
        relations_.reserve(relations);
        relation_ids_.reserve(relations);
        ids_.reserve(sources + claims + 1);
        advise_huge_pages(sources_);
        advise_huge_pages(claims_);
        advise_huge_pages(relations_);
        advise_huge_pages(relation_ids_);
    }

    /// A stable copy of `s` in this document's arena (for callers building records).
    template <class = void>
    [[nodiscard]] std::string_view intern(std::string_view s) { return strings_.intern(s); }

    // ---- reading ----------------------------------------------------------
    [[nodiscard]] std::span<const source_record> sources() const noexcept { return sources_; }
    [[nodiscard]] std::span<const claim_record> claims() const noexcept { return claims_; }
    [[nodiscard]] std::span<const quantity_record> quantities() const noexcept { return quantities_; }
    [[nodiscard]] std::span<const relation_record> relations() const noexcept { return relations_; }
    [[nodiscard]] std::span<const text_span> spans() const noexcept { return spans_; }
    /// The optional PROV identifier of relation `i` (empty when it has none).
    [[nodiscard]] std::string_view relation_id(std::size_t i) const noexcept { return relation_ids_[i]; }

    /// The records as the checker and the story queries take them.
    [[nodiscard]] story_records records() const noexcept {
        return {sources_, claims_, quantities_, relations_, info_.id, info_.publication};
    }

    template <class = void>
    [[nodiscard]] const source_record* find_source(std::string_view id) const noexcept {
        const auto* e = ids_.find(id);
        return e && e->value.kind == part_kind::source ? &sources_[e->value.index] : nullptr;
    }
    template <class = void>
    [[nodiscard]] const claim_record* find_claim(std::string_view id) const noexcept {
        const auto* e = ids_.find(id);
        return e && e->value.kind == part_kind::claim ? &claims_[e->value.index] : nullptr;
    }
    /// A hint that `id` is about to be added or looked up (see string_table::prefetch).
    template <class = void>
    void prefetch_id(std::string_view id) const noexcept { ids_.prefetch(id); }
    /// What `id` names, if anything.
    template <class = void>
    [[nodiscard]] std::optional<part_kind> kind_of(std::string_view id) const noexcept {
        const auto* e = ids_.find(id);
        if (!e) return std::nullopt;
        return e->value.kind;
    }
    template <class = void>
    [[nodiscard]] bool empty() const noexcept {
        return sources_.empty() && claims_.empty() && relations_.empty() && info_.id.empty();
    }

    // ---- what the PROV readers found that has no newsprov meaning ---------
    /// Foreign records, namespaces and bundles, written back unchanged.
    [[nodiscard]] prov::model& foreign() noexcept { return foreign_; }
    [[nodiscard]] const prov::model& foreign() const noexcept { return foreign_; }

    /// Extra PROV attributes of a part (a story, source or claim id), of
    /// quantity i or of relation i. Quantities and relations have maps of their
    /// own: an id may be any string, so no key shaped like "#q0" is safe from
    /// colliding with one.
    template <class = void>
    [[nodiscard]] const std::vector<prov::attribute>* extra_attributes(std::string_view id) const noexcept {
        return find_extras(extra_, id);
    }
    template <class = void>
    [[nodiscard]] const std::vector<prov::attribute>* quantity_extra_attributes(std::size_t i) const noexcept {
        return find_extras(quantity_extra_, i);
    }
    template <class = void>
    [[nodiscard]] const std::vector<prov::attribute>* relation_extra_attributes(std::size_t i) const noexcept {
        return find_extras(relation_extra_, i);
    }
    template <class = void>
    [[nodiscard]] bool extra_attributes_empty() const noexcept {
        return extra_.empty() && quantity_extra_.empty() && relation_extra_.empty();
    }
    template <class = void>
    void add_extra_attribute(std::string_view id, prov::attribute a) { extras_of(extra_, id).push_back(std::move(a)); }
    template <class = void>
    void add_quantity_extra_attribute(std::size_t i, prov::attribute a) {
        extras_of(quantity_extra_, i).push_back(std::move(a));
    }
    template <class = void>
    void add_relation_extra_attribute(std::size_t i, prov::attribute a) {
        extras_of(relation_extra_, i).push_back(std::move(a));
    }

    /// Bytes of string data the document holds (for memory reports).
    template <class = void>
    [[nodiscard]] std::size_t string_bytes() const noexcept { return strings_.bytes(); }

private:
    template <class T>
    static void advise_huge_pages(std::vector<T>& v) noexcept {
        detail::advise_huge_pages(v.data() + v.size(), (v.capacity() - v.size()) * sizeof(T));
    }

    /// The declared part an id names, or the policy's attributor-declared violation.
    template <policy P>
    [[noreturn]] static void undeclared(std::string_view id, std::string_view subject) {
        const rule* r = find_rule(P::rules, "attributor-declared");
        const std::string message = "no declared part has the id '" + std::string(id) + "'";
        if (r == nullptr) throw document_error(message);
        throw rule_violation(r->id, message, r->hint, subject);
    }
    template <policy P>
    const claim_record& declared_claim(std::string_view id) const {
        if (const claim_record* c = find_claim(id)) return *c;
        undeclared<P>(id, id);
    }
    template <policy P>
    const source_record& declared_source(std::string_view id, std::string_view subject) const {
        if (const source_record* s = find_source(id)) return *s;
        undeclared<P>(id, subject);
    }

    struct slot {  // small: it sits in the id table's probed array
        part_kind kind = part_kind::story;
        std::uint32_t index = 0;
    };

    template <class = void>
    std::string_view claim_id(std::string_view wanted, std::string_view fresh_prefix, part_kind kind,
                              std::size_t index) {
        std::string_view id;
        std::string fresh;
        if (wanted.empty()) {
            for (std::size_t n = index + 1;; ++n) {
                fresh.assign(fresh_prefix).append(std::to_string(n));
                if (!ids_.contains(std::string_view(fresh))) break;
            }
            wanted = fresh;
        }
        if (index >= std::numeric_limits<std::uint32_t>::max()) throw document_error("too many sources or claims");
        bool added = false;
        auto& e = ids_.find_or_add(wanted, added);  // one hash for "is it new" and "add it"
        if (!added) throw document_error("duplicate id: " + std::string(wanted));
        e.key = id = strings_.store(wanted);
        e.value = slot{kind, static_cast<std::uint32_t>(index)};
        return id;
    }

    /// The stored copy of a declared id, or an interned copy of an undeclared one.
    template <class = void>
    [[nodiscard]] std::string_view id_view(std::string_view id) {
        if (id.empty()) return {};
        if (const auto* e = ids_.find(id)) return e->key;
        return strings_.intern(id);
    }

    // One shape for the three maps of extra attributes (by id, by quantity
    // index, by relation index).
    template <class Map, class Key>
    [[nodiscard]] static const std::vector<prov::attribute>* find_extras(const Map& m, const Key& k) noexcept {
        const auto it = m.find(k);
        return it == m.end() ? nullptr : &it->second;
    }
    template <class Map, class Key>
    static std::vector<prov::attribute>& extras_of(Map& m, const Key& k) {
        auto it = m.find(k);
        if (it == m.end()) it = m.emplace(typename Map::key_type(k), std::vector<prov::attribute>{}).first;
        return it->second;
    }

    template <class = void>
    void copy_from(const basic_story_document& o) {
        set_info(o.info_);
        if (!o.text_.empty()) set_text(o.text_);
        if (!o.article_sha256_.empty()) set_article_sha256(o.article_sha256_);
        sources_.reserve(o.sources_.size());
        claims_.reserve(o.claims_.size());
        for (const auto& s : o.sources_) add_source(s);
        for (const auto& c : o.claims_) add_claim(c);
        for (const auto& q : o.quantities_) add_quantity(q);
        for (std::size_t i = 0; i < o.relations_.size(); ++i) add_relation(o.relations_[i], o.relation_ids_[i]);
        for (const auto& s : o.spans_) add_span(s);
        foreign_ = o.foreign_;
        extra_ = o.extra_;
        quantity_extra_ = o.quantity_extra_;
        relation_extra_ = o.relation_extra_;
    }

    // Members named through Tag: util/deferred.hpp says why.
    template <class T> using deferred = detail::deferred<Tag, T>;
    deferred<string_arena> strings_;
    deferred<story_info> info_{};
    deferred<std::string_view> text_;
    deferred<std::string_view> article_sha256_;
    deferred<std::vector<source_record>> sources_;
    deferred<std::vector<claim_record>> claims_;
    deferred<std::vector<quantity_record>> quantities_;
    deferred<std::vector<relation_record>> relations_;
    deferred<std::vector<std::string_view>> relation_ids_;
    deferred<std::vector<text_span>> spans_;
    deferred<string_table<slot>> ids_;
    deferred<prov::model> foreign_;
    deferred<std::map<std::string, std::vector<prov::attribute>, std::less<>>> extra_;
    deferred<std::map<std::size_t, std::vector<prov::attribute>>> quantity_extra_;
    deferred<std::map<std::size_t, std::vector<prov::attribute>>> relation_extra_;
};

using story_document = basic_story_document<void>;

}  // namespace newsprov
