#pragma once
// The rule table evaluated over a whole story's records: the checks that span
// relations (declared and unique ids, relay chains and document relations
// without cycles, parts of figures, coverage) as well as every per-relation
// rule again. Compile-time stories and the run-time document both call
// check_records(), so each rule has one implementation.
//
// It must run in constant expressions within the default limits of g++ and
// clang (clang allows 1,048,576 evaluation steps, about one per statement
// executed) for stories of a thousand relations and more. Hence:
//   - ids are resolved once, through open-addressing hash tables in the
//     caller's scratch space; the rules then work on positions;
//   - every walk is linear: relay chains and document relations are walked
//     once each, with colours (white, grey while on the path, black when done);
//   - hot loops index raw pointers: in constant evaluation std::span's and
//     std::string_view's operator[] cost about a dozen steps each (the library
//     assertions), a range-for over a span about thirteen per element.

#include <newsprov/core/records.hpp>
#include <newsprov/policy/evaluate.hpp>
#include <newsprov/policy/rule.hpp>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

namespace newsprov {

/// Scratch space for check_records(), provided by the caller so the checker
/// allocates nothing (std::array at compile time, std::vector at run time).
/// Size it with scratch_slots(); its contents on entry do not matter.
struct id_slot {
    std::uint64_t hash = 0;
    std::uint32_t position = 0;  ///< record this slot stands for (hash tables, relay list, edges)
    std::uint32_t from = 0;      ///< resolved endpoints (relation region); per-record walk state
    std::uint32_t to = 0;
    std::uint32_t via = 0;
    bool flag = false;  ///< a per-position mark: slot i marks record i
};

/// The records of one story, as views.
struct story_records {
    std::span<const source_record> sources;
    std::span<const claim_record> claims;
    std::span<const quantity_record> quantities;
    std::span<const relation_record> relations;
    std::string_view story_id{};     ///< the story's own id: unique among source and claim ids
    std::string_view publication{};  ///< id of the publishing outlet, when given: must be declared
};

/// Slots of the hash table for n ids: a power of two, more than twice n.
[[nodiscard]] constexpr std::size_t id_table_slots(std::size_t n) noexcept { return std::bit_ceil(2 * n + 1); }

/// The scratch space check_records() needs for a story of these sizes: a hash
/// table each for sources and claims, then three slots per relation (its
/// resolved ends, the relay chains, the document relations' edges).
[[nodiscard]] constexpr std::size_t scratch_slots(std::size_t sources, std::size_t claims,
                                                  std::size_t relations) noexcept {
    return id_table_slots(sources) + id_table_slots(claims) + 3 * relations;
}
[[nodiscard]] constexpr std::size_t scratch_slots(const story_records& story) noexcept {
    return scratch_slots(story.sources.size(), story.claims.size(), story.relations.size());
}

namespace detail {

inline constexpr std::uint32_t unresolved = 0xFFFFFFFFu;

[[nodiscard]] constexpr std::uint64_t id_hash(std::string_view id) noexcept {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a
    for (const char *p = id.data(), *end = p + id.size(); p != end; ++p)
        h = (h ^ static_cast<unsigned char>(*p)) * 1099511628211ull;
    return h;
}

/// Id equality in few evaluation steps (std::string_view's goes through char_traits).
[[nodiscard]] constexpr bool same_id(std::string_view a, std::string_view b) noexcept {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    const char* p = a.data();
    const char* q = b.data();
    for (std::size_t i = 0; i < n; ++i)
        if (p[i] != q[i]) return false;
    return true;
}

[[nodiscard]] constexpr std::uint64_t relay_key(std::string_view claim, std::string_view via) noexcept {
    return id_hash(claim) ^ (id_hash(via) * 0x9E3779B97F4A7C15ull);
}

/// Ids of records to their positions: an open-addressing hash table over the
/// caller's slots (more slots than records, a power of two, so probing ends).
/// An empty id is never entered: it names nothing, so it is never declared.
template <class Record>
class id_index {
public:
    constexpr id_index(std::span<const Record> records, std::span<id_slot> slots) noexcept
        : records_(records.data()), slots_(slots.data()), size_(slots.size()), mask_(slots.size() - 1) {
        for (std::size_t i = 0; i < size_; ++i) slots_[i] = {0, unresolved, 0, 0, 0, false};
        const std::size_t n = records.size();
        for (std::size_t i = 0; i < n; ++i) {
            if (records_[i].id.empty()) continue;
            const std::uint64_t h = id_hash(records_[i].id);
            std::size_t at = static_cast<std::size_t>(h) & mask_;
            while (slots_[at].position != unresolved) at = (at + 1) & mask_;
            slots_[at].hash = h;
            slots_[at].position = static_cast<std::uint32_t>(i);
        }
    }
    /// Position of the first declared record with this id, or `unresolved`.
    [[nodiscard]] constexpr std::uint32_t find(std::string_view id) const noexcept {
        const std::uint64_t h = id_hash(id);
        std::uint32_t best = unresolved;
        for (std::size_t at = static_cast<std::size_t>(h) & mask_; slots_[at].position != unresolved;
             at = (at + 1) & mask_)
            if (slots_[at].hash == h && slots_[at].position < best && same_id(records_[slots_[at].position].id, id))
                best = slots_[at].position;
        return best;
    }
    [[nodiscard]] constexpr const Record* record(std::string_view id) const noexcept { return at(find(id)); }
    [[nodiscard]] constexpr const Record* at(std::uint32_t position) const noexcept {
        return position == unresolved ? nullptr : records_ + position;
    }
    /// Per-position state, independent of where records sit in the table: the
    /// `from`, `to`, `via` and `flag` fields of slot i belong to record i (the
    /// table needs only `hash` and `position`). There are more slots than records.
    [[nodiscard]] constexpr id_slot& state(std::size_t position) const noexcept { return slots_[position]; }
    constexpr void clear_flags() const noexcept {
        for (std::size_t i = 0; i < size_; ++i) slots_[i].flag = false;
    }

private:
    const Record* records_;
    id_slot* slots_;
    std::size_t size_;
    std::size_t mask_;
};

[[nodiscard]] constexpr bool relates_claim(relation_kind k) noexcept {
    return k == relation_kind::attribution || k == relation_kind::relayed_by;
}
[[nodiscard]] constexpr bool is_credit(relation_kind k) noexcept {
    return k == relation_kind::byline || k == relation_kind::contributor;
}
[[nodiscard]] constexpr bool relates_documents(relation_kind k) noexcept {
    return k == relation_kind::quoted_from || k == relation_kind::derived_from || k == relation_kind::revision_of;
}

/// One evaluation of a rule table over a story: the records, their id indexes
/// and every relation's resolved ends. Each check_* member evaluates one rule
/// and returns false when the sink asked to stop.
template <class Sink>
class record_checker {
public:
    constexpr record_checker(const story_records& records, std::span<id_slot> scratch, Sink& sink)
        : story_(records),
          rels_(records.relations.data()),
          srcs_(records.sources.data()),
          nr_(records.relations.size()),
          ns_(records.sources.size()),
          sources_(records.sources, scratch.first(id_table_slots(ns_))),
          claims_(records.claims, scratch.subspan(id_table_slots(ns_), id_table_slots(records.claims.size()))),
          resolved_(scratch.subspan(id_table_slots(ns_) + id_table_slots(records.claims.size())).data()),
          sink_(sink) {
        for (std::size_t i = 0; i < nr_; ++i) {
            const relation_record& rel = rels_[i];
            resolved_[i].from = is_credit(rel.kind)       ? unresolved
                                : relates_claim(rel.kind) ? claims_.find(rel.from)
                                                          : sources_.find(rel.from);
            resolved_[i].to = sources_.find(rel.to);
            resolved_[i].via = rel.kind == relation_kind::relayed_by ? sources_.find(rel.via) : unresolved;
        }
    }

    constexpr bool check(std::size_t ri, const rule& r) {
        ri_ = ri;
        switch (r.scope) {
        case rule_scope::attribution: return check_attributions(r);
        case rule_scope::source: return check_sources(r);
        case rule_scope::byline: return check_credits(r);
        case rule_scope::on_behalf_of: return check_principals(r);
        case rule_scope::relation:
            return check_distinct_ends(r) &&
                   (r.check != rule_check::distinct_endpoints || (check_relay_cycles() && check_document_cycles()));
        case rule_scope::figure: return check_figures(r);
        case rule_scope::story:
            if (r.check == rule_check::references_declared) return check_references();
            if (r.check == rule_check::ids_unique) return check_unique_ids();
            if (r.check == rule_check::claims_attributed) return check_coverage();
            return true;
        }
        return true;
    }

private:
    constexpr bool report(std::string_view subject) { return sink_(ri_, subject); }

    constexpr bool check_attributions(const rule& r) {
        for (std::size_t i = 0; i < nr_; ++i) {
            if (!relates_claim(rels_[i].kind)) continue;
            const claim_record* c = claims_.at(resolved_[i].from);
            const source_record* s = sources_.at(resolved_[i].to);
            if (c && s && breaks_attribution_rule(r, {c->kind, s->kind, s->role}) && !report(rels_[i].from))
                return false;
        }
        return true;
    }

    constexpr bool check_sources(const rule& r) {
        for (std::size_t i = 0; i < ns_; ++i)
            if (breaks_source_rule(r, srcs_[i].kind, srcs_[i].anonymity_reason) && !report(srcs_[i].id)) return false;
        return true;
    }

    constexpr bool check_credits(const rule& r) {
        for (std::size_t i = 0; i < nr_; ++i) {
            if (!is_credit(rels_[i].kind)) continue;
            const source_record* s = sources_.at(resolved_[i].to);
            if (s && breaks_byline_rule(r, s->kind, s->role) && !report(rels_[i].to)) return false;
        }
        return true;
    }

    constexpr bool check_principals(const rule& r) {
        for (std::size_t i = 0; i < ns_; ++i) {
            const source_record& s = srcs_[i];
            if (s.role == source_role::none) continue;
            std::optional<source_kind> principal;
            if (s.has_principal_kind) principal = s.principal_kind;
            else if (const source_record* p = sources_.record(s.principal)) principal = p->kind;
            if (breaks_principal_rule(r, s.role, principal) && !report(s.id)) return false;
        }
        for (std::size_t i = 0; i < nr_; ++i) {
            if (rels_[i].kind != relation_kind::on_behalf_of) continue;
            const source_record* agent = sources_.at(resolved_[i].from);
            const source_record* principal = sources_.at(resolved_[i].to);
            if (!agent || !principal) continue;
            const source_role role = agent->role == source_role::none ? source_role::spokesperson_for : agent->role;
            if (breaks_principal_rule(r, role, principal->kind) && !report(rels_[i].from)) return false;
        }
        return true;
    }

    /// Nothing related to itself: a relay from its origin, a document from itself.
    constexpr bool check_distinct_ends(const rule& r) {
        for (std::size_t i = 0; i < nr_; ++i) {
            const relation_record& rel = rels_[i];
            if (rel.kind == relation_kind::attribution || is_credit(rel.kind)) continue;
            const std::string_view from = rel.kind == relation_kind::relayed_by ? rel.via : rel.from;
            if (breaks_relation_rule(r, from, rel.to) && !report(rel.from)) return false;
        }
        return true;
    }

    /// Relays of one claim link "via -> origin"; each relay has at most one
    /// successor (the relay of the same claim by its origin), so the chains form
    /// a functional graph, walked once with colours. A walk that meets its own
    /// grey path found a cycle. Relays from themselves were reported already.
    constexpr bool check_relay_cycles() {
        id_slot* const relay = resolved_ + nr_;
        std::size_t n = 0;
        for (std::size_t i = 0; i < nr_; ++i)
            if (rels_[i].kind == relation_kind::relayed_by)
                relay[n++] = {relay_key(rels_[i].from, rels_[i].via), static_cast<std::uint32_t>(i), 0, 0, 0, false};
        if (n == 0) return true;
        std::sort(relay, relay + n, [](const id_slot& a, const id_slot& b) { return a.hash < b.hash; });
        for (std::size_t k = 0; k < n; ++k) relay[k].to = next_relay(relay, n, k);
        enum : std::uint32_t { white, grey, black };
        for (std::size_t k = 0; k < n; ++k) {
            std::uint32_t j = static_cast<std::uint32_t>(k);
            while (j != unresolved && relay[j].via == white) {
                relay[j].via = grey;
                j = relay[j].to;
            }
            const bool cycle = j != unresolved && relay[j].via == grey;
            const std::string_view claim = rels_[relay[k].position].from;
            for (j = static_cast<std::uint32_t>(k); j != unresolved && relay[j].via == grey; j = relay[j].to)
                relay[j].via = black;
            if (cycle && !report(claim)) return false;
        }
        return true;
    }

    /// The relay of the same claim whose relayer is relay k's origin, if any.
    [[nodiscard]] constexpr std::uint32_t next_relay(const id_slot* relay, std::size_t n, std::size_t k) const {
        const relation_record& rel = rels_[relay[k].position];
        if (same_id(rel.via, rel.to)) return unresolved;
        const std::uint64_t h = relay_key(rel.from, rel.to);
        std::size_t lo = 0, hi = n;  // first slot whose hash is not below h
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (relay[mid].hash < h) lo = mid + 1;
            else hi = mid;
        }
        for (; lo < n && relay[lo].hash == h; ++lo) {
            const relation_record& next = rels_[relay[lo].position];
            if (same_id(next.from, rel.from) && same_id(next.via, rel.to)) return static_cast<std::uint32_t>(lo);
        }
        return unresolved;
    }

    /// Documents quoting, deriving from or revising one another form a directed
    /// graph over the sources; a depth-first walk with colours finds its cycles.
    /// Per source (its table state): `from` is where its edges start (they end
    /// where the next source's start), `via` the next edge to follow (unresolved
    /// while white), `to` the parent on the walk, `flag` grey.
    constexpr bool check_document_cycles() {
        id_slot* const edges = resolved_ + 2 * nr_;
        std::size_t edge_count = 0;
        for (std::size_t i = 0; i < nr_; ++i) edge_count += document_edge(i) ? 1 : 0;
        if (edge_count == 0) return true;  // also spares g++ a false -Warray-bounds on stories without relations
        for (std::size_t s = 0; s <= ns_; ++s) sources_.state(s).from = 0;
        for (std::size_t i = 0; i < nr_; ++i)
            if (document_edge(i)) ++sources_.state(resolved_[i].from).from;
        for (std::size_t s = 0, start = 0; s <= ns_; ++s) {
            const std::size_t degree = sources_.state(s).from;
            sources_.state(s).from = static_cast<std::uint32_t>(start);
            sources_.state(s).via = static_cast<std::uint32_t>(start);  // the fill cursor for now
            start += degree;
        }
        for (std::size_t i = 0; i < nr_; ++i)
            if (document_edge(i))
                edges[sources_.state(resolved_[i].from).via++] = {0, resolved_[i].to, static_cast<std::uint32_t>(i),
                                                                  0, 0, false};
        for (std::size_t s = 0; s <= ns_; ++s) {
            sources_.state(s).via = unresolved;
            sources_.state(s).flag = false;
        }
        for (std::size_t root = 0; root < ns_; ++root)
            if (sources_.state(root).via == unresolved && !walk_documents(static_cast<std::uint32_t>(root), edges))
                return false;
        return true;
    }

    /// A relation of two different, declared documents (self-relations were reported already).
    [[nodiscard]] constexpr bool document_edge(std::size_t i) const noexcept {
        return relates_documents(rels_[i].kind) && resolved_[i].from != unresolved && resolved_[i].to != unresolved &&
               resolved_[i].from != resolved_[i].to;
    }

    constexpr bool walk_documents(std::uint32_t root, const id_slot* edges) {
        auto enter = [&](std::uint32_t s, std::uint32_t parent) {
            id_slot& st = sources_.state(s);
            st.via = st.from;
            st.to = parent;
            st.flag = true;
        };
        enter(root, unresolved);
        for (std::uint32_t at = root; at != unresolved;) {
            id_slot& st = sources_.state(at);
            if (st.via == sources_.state(at + 1).from) {  // every edge followed: black
                st.flag = false;
                at = st.to;
                continue;
            }
            const id_slot& edge = edges[st.via++];
            const id_slot& target = sources_.state(edge.position);
            if (target.via == unresolved) {
                enter(edge.position, at);
                at = edge.position;
            } else if (target.flag && !report(rels_[edge.from].from)) {
                return false;
            }
        }
        return true;
    }

    constexpr bool check_figures(const rule& r) {
        const quantity_record* const qs = story_.quantities.data();
        const std::size_t nq = story_.quantities.size();
        for (std::size_t qi = 0; qi < nq; ++qi) {
            const quantity_record& q = qs[qi];
            if (q.part_of == no_whole) continue;
            // A figure's quantities are stored together, in order: the whole is
            // (index - part_of) places back. Otherwise search the quantities.
            const quantity_record* whole = nullptr;
            const std::size_t back = q.index >= q.part_of ? std::size_t{q.index} - q.part_of : qi + 1;
            if (back <= qi && qs[qi - back].index == q.part_of && same_id(qs[qi - back].claim, q.claim))
                whole = qs + (qi - back);
            for (std::size_t wi = 0; !whole && wi < nq; ++wi)
                if (qs[wi].index == q.part_of && same_id(qs[wi].claim, q.claim)) whole = qs + wi;
            if (whole && breaks_figure_rule(r, whole->value, q.value) && !report(q.claim)) return false;
        }
        return true;
    }

    /// Every id a relation, a principal, a figure or the story names is declared.
    /// The subject is the unresolved id itself; an empty id names nothing, so
    /// the relation's other end stands for it.
    constexpr bool check_references() {
        for (std::size_t i = 0; i < nr_; ++i) {
            const relation_record& rel = rels_[i];
            const id_slot& e = resolved_[i];
            const std::string_view named = is_credit(rel.kind) ? to_string(rel.kind) : rel.from;
            if (!is_credit(rel.kind) && e.from == unresolved && !report(rel.from.empty() ? rel.to : rel.from))
                return false;
            if (e.to == unresolved && !report(rel.to.empty() ? named : rel.to)) return false;
            const bool via_missing = rel.kind == relation_kind::relayed_by && e.via == unresolved;
            if (via_missing && !report(rel.via.empty() ? rel.from : rel.via)) return false;
        }
        for (std::size_t i = 0; i < ns_; ++i) {
            const source_record& s = srcs_[i];
            const bool needs_principal = s.role != source_role::none || !s.principal.empty();
            if (needs_principal && sources_.find(s.principal) == unresolved &&
                !report(s.principal.empty() ? s.id : s.principal))
                return false;
        }
        if (!story_.publication.empty() && sources_.find(story_.publication) == unresolved &&
            !report(story_.publication))
            return false;
        const quantity_record* const qs = story_.quantities.data();
        bool known = false;  // a figure's quantities sit together: look its claim up once
        for (std::size_t i = 0, nq = story_.quantities.size(); i < nq; ++i) {
            if (i == 0 || !same_id(qs[i].claim, qs[i - 1].claim)) known = claims_.find(qs[i].claim) != unresolved;
            if (!known && !report(qs[i].claim)) return false;
        }
        return true;
    }

    /// Ids are unique across sources, claims and the story: a later record with
    /// an id already taken is reported by that id.
    constexpr bool check_unique_ids() {
        for (std::size_t i = 0; i < ns_; ++i) {
            const std::string_view id = srcs_[i].id;
            if (!id.empty() && sources_.find(id) != i && !report(id)) return false;
        }
        const claim_record* const clms = story_.claims.data();
        for (std::size_t i = 0, nc = story_.claims.size(); i < nc; ++i) {
            const std::string_view id = clms[i].id;
            if (id.empty()) continue;
            if ((claims_.find(id) != i || sources_.find(id) != unresolved) && !report(id)) return false;
        }
        const std::string_view story_id = story_.story_id;
        if (!story_id.empty() && (sources_.find(story_id) != unresolved || claims_.find(story_id) != unresolved))
            return report(story_id);
        return true;
    }

    /// Every claim but the reporter's observations is attributed.
    constexpr bool check_coverage() {
        claims_.clear_flags();
        for (std::size_t i = 0; i < nr_; ++i)
            if (rels_[i].kind == relation_kind::attribution && resolved_[i].from != unresolved)
                claims_.state(resolved_[i].from).flag = true;
        const claim_record* const clms = story_.claims.data();
        for (std::size_t c = 0, nc = story_.claims.size(); c < nc; ++c)
            if (clms[c].kind != claim_kind::observation && !claims_.state(c).flag && !report(clms[c].id)) return false;
        return true;
    }

    const story_records& story_;
    const relation_record* rels_;
    const source_record* srcs_;
    std::size_t nr_;
    std::size_t ns_;
    id_index<source_record> sources_;
    id_index<claim_record> claims_;
    id_slot* resolved_;  ///< nr_ slots of resolved ends, then nr_ for relays, then nr_ edges
    Sink& sink_;
    std::size_t ri_ = 0;
};

}  // namespace detail

/// Evaluates every rule of `rules` over the story. For each violation calls
/// sink(rule_index, subject_id); a sink returning false stops the check.
/// Violations come rule by rule, in story order within a rule.
template <class Sink>
constexpr void check_records(std::span<const rule> rules, const story_records& story, std::span<id_slot> scratch,
                             Sink&& sink) {
    detail::record_checker<std::remove_reference_t<Sink>> checker(story, scratch, sink);
    for (std::size_t ri = 0; ri < rules.size(); ++ri)
        if (!checker.check(ri, rules[ri])) return;
}

}  // namespace newsprov
