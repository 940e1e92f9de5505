#pragma once
// The rule table evaluated over a whole story's records: the checks that span
// relations (declared references, relay chains, parts of figures, coverage) as
// well as every per-relation rule again. Compile-time stories and the run-time
// document both call check_records(), so each rule has one implementation.
//
// It must run in constant expressions within the default limits of g++ and
// clang (clang allows 1,048,576 evaluation steps, about one per statement
// executed) for stories of a thousand relations and more. Hence:
//   - ids are resolved once, through open-addressing hash tables in the
//     caller's scratch space; the rules then work on positions;
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

namespace newsprov {

/// Scratch space for check_records(), provided by the caller so the checker
/// allocates nothing (std::array at compile time, std::vector at run time).
/// Size it with scratch_slots(); its contents on entry do not matter.
struct id_slot {
    std::uint64_t hash = 0;
    std::uint32_t position = 0;  ///< record this slot stands for (hash tables, relay list)
    std::uint32_t from = 0;      ///< resolved endpoints (relation region)
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
};

/// Slots of the hash table for n ids: a power of two, more than twice n.
[[nodiscard]] constexpr std::size_t id_table_slots(std::size_t n) noexcept { return std::bit_ceil(2 * n + 1); }

/// The scratch space check_records() needs for a story of these sizes: a hash
/// table each for sources and claims, then a slot per relation for its resolved
/// ends and one per relation for the relay chains.
[[nodiscard]] constexpr std::size_t scratch_slots(std::size_t sources, std::size_t claims,
                                                  std::size_t relations) noexcept {
    return id_table_slots(sources) + id_table_slots(claims) + 2 * relations;
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
template <class Record>
class id_index {
public:
    constexpr id_index(std::span<const Record> records, std::span<id_slot> slots) noexcept
        : records_(records.data()), slots_(slots.data()), size_(slots.size()), mask_(slots.size() - 1) {
        for (std::size_t i = 0; i < size_; ++i) slots_[i] = {0, unresolved, 0, 0, 0, false};
        const std::size_t n = records.size();
        for (std::size_t i = 0; i < n; ++i) {
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
    /// Per-position marks, independent of where records sit in the table.
    constexpr void clear_flags() const noexcept {
        for (std::size_t i = 0; i < size_; ++i) slots_[i].flag = false;
    }
    constexpr void set_flag(std::uint32_t position) const noexcept { slots_[position].flag = true; }
    [[nodiscard]] constexpr bool flag(std::size_t position) const noexcept { return slots_[position].flag; }

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

}  // namespace detail

/// Evaluates every rule of `rules` over the story. For each violation calls
/// sink(rule_index, subject_id); a sink returning false stops the check.
/// Violations come rule by rule, in story order within a rule.
template <class Sink>
constexpr void check_records(std::span<const rule> rules, const story_records& story, std::span<id_slot> scratch,
                             Sink&& sink) {
    using detail::unresolved;
    const relation_record* const rels = story.relations.data();
    const source_record* const srcs = story.sources.data();
    const claim_record* const clms = story.claims.data();
    const quantity_record* const qs = story.quantities.data();
    const std::size_t nr = story.relations.size();
    const std::size_t ns = story.sources.size();
    const std::size_t nc = story.claims.size();
    const std::size_t nq = story.quantities.size();
    const std::size_t source_slots = id_table_slots(ns);
    const std::size_t claim_slots = id_table_slots(nc);
    const detail::id_index<source_record> sources(story.sources, scratch.first(source_slots));
    const detail::id_index<claim_record> claims(story.claims, scratch.subspan(source_slots, claim_slots));

    // Resolve every relation's ends once; the rules below work on positions.
    id_slot* const resolved = scratch.subspan(source_slots + claim_slots, nr).data();
    for (std::size_t i = 0; i < nr; ++i) {
        const relation_record& rel = rels[i];
        resolved[i].from = detail::is_credit(rel.kind)       ? unresolved
                           : detail::relates_claim(rel.kind) ? claims.find(rel.from)
                                                             : sources.find(rel.from);
        resolved[i].to = sources.find(rel.to);
        resolved[i].via = rel.kind == relation_kind::relayed_by ? sources.find(rel.via) : unresolved;
    }

    for (std::size_t ri = 0; ri < rules.size(); ++ri) {
        const rule& r = rules[ri];
        switch (r.scope) {
        case rule_scope::attribution:
            for (std::size_t i = 0; i < nr; ++i) {
                if (!detail::relates_claim(rels[i].kind)) continue;
                const claim_record* c = claims.at(resolved[i].from);
                const source_record* s = sources.at(resolved[i].to);
                if (c && s && breaks_attribution_rule(r, {c->kind, s->kind, s->role}) && !sink(ri, rels[i].from))
                    return;
            }
            break;
        case rule_scope::source:
            for (std::size_t i = 0; i < ns; ++i)
                if (breaks_source_rule(r, srcs[i].kind, srcs[i].anonymity_reason) && !sink(ri, srcs[i].id)) return;
            break;
        case rule_scope::byline:
            for (std::size_t i = 0; i < nr; ++i) {
                if (!detail::is_credit(rels[i].kind)) continue;
                const source_record* s = sources.at(resolved[i].to);
                if (s && breaks_byline_rule(r, s->kind, s->role) && !sink(ri, rels[i].to)) return;
            }
            break;
        case rule_scope::on_behalf_of:
            for (std::size_t i = 0; i < ns; ++i) {
                const source_record& s = srcs[i];
                if (s.role == source_role::none) continue;
                std::optional<source_kind> principal;
                if (s.has_principal_kind) principal = s.principal_kind;
                else if (const source_record* p = sources.record(s.principal)) principal = p->kind;
                if (breaks_principal_rule(r, s.role, principal) && !sink(ri, s.id)) return;
            }
            for (std::size_t i = 0; i < nr; ++i) {
                if (rels[i].kind != relation_kind::on_behalf_of) continue;
                const source_record* agent = sources.at(resolved[i].from);
                const source_record* principal = sources.at(resolved[i].to);
                if (!agent || !principal) continue;
                const source_role role = agent->role == source_role::none ? source_role::spokesperson_for : agent->role;
                if (breaks_principal_rule(r, role, principal->kind) && !sink(ri, rels[i].from)) return;
            }
            break;
        case rule_scope::relation: {
            std::size_t relays = 0;
            for (std::size_t i = 0; i < nr; ++i) {
                const relation_record& rel = rels[i];
                if (rel.kind == relation_kind::attribution || detail::is_credit(rel.kind)) continue;
                if (rel.kind == relation_kind::relayed_by) {
                    ++relays;
                    if (breaks_relation_rule(r, rel.via, rel.to) && !sink(ri, rel.from)) return;
                } else if (breaks_relation_rule(r, rel.from, rel.to) && !sink(ri, rel.from)) {
                    return;
                }
            }
            if (relays == 0 || r.check != rule_check::distinct_endpoints) break;
            // Relays of one claim link "via -> origin". Walking from each relay's
            // origin, more steps than there are relays means the chain has a cycle.
            id_slot* const relay = scratch.subspan(source_slots + claim_slots + nr, relays).data();
            std::size_t n = 0;
            for (std::size_t i = 0; i < nr; ++i)
                if (rels[i].kind == relation_kind::relayed_by)
                    relay[n++] = {detail::relay_key(rels[i].from, rels[i].via), static_cast<std::uint32_t>(i), 0, 0, 0,
                                  false};
            std::sort(relay, relay + relays, [](const id_slot& a, const id_slot& b) { return a.hash < b.hash; });
            auto next_origin = [&](std::string_view claim, std::string_view via) -> const relation_record* {
                const std::uint64_t h = detail::relay_key(claim, via);
                std::size_t lo = 0, hi = relays;  // first slot whose hash is not below h
                while (lo < hi) {
                    const std::size_t mid = lo + (hi - lo) / 2;
                    if (relay[mid].hash < h) lo = mid + 1;
                    else hi = mid;
                }
                for (; lo < relays && relay[lo].hash == h; ++lo) {
                    const relation_record& rel = rels[relay[lo].position];
                    if (detail::same_id(rel.from, claim) && detail::same_id(rel.via, via)) return &rel;
                }
                return nullptr;
            };
            for (std::size_t k = 0; k < relays; ++k) {
                const relation_record& first = rels[relay[k].position];
                std::string_view at = first.to;
                std::size_t steps = 0;
                while (const relation_record* next = next_origin(first.from, at)) {
                    at = next->to;
                    if (++steps > relays) break;
                }
                if (steps > relays && !sink(ri, first.from)) return;
            }
            break;
        }
        case rule_scope::figure:
            for (std::size_t qi = 0; qi < nq; ++qi) {
                const quantity_record& q = qs[qi];
                if (q.part_of == no_whole) continue;
                // A figure's quantities are stored together, in order: the whole is
                // (index - part_of) places back. Otherwise search the quantities.
                const quantity_record* whole = nullptr;
                const std::size_t back = q.index >= q.part_of ? std::size_t{q.index} - q.part_of : qi + 1;
                if (back <= qi && qs[qi - back].index == q.part_of && detail::same_id(qs[qi - back].claim, q.claim))
                    whole = qs + (qi - back);
                for (std::size_t wi = 0; !whole && wi < nq; ++wi)
                    if (qs[wi].index == q.part_of && detail::same_id(qs[wi].claim, q.claim)) whole = qs + wi;
                if (whole && breaks_figure_rule(r, whole->value, q.value) && !sink(ri, q.claim)) return;
            }
            break;
        case rule_scope::story:
            if (r.check == rule_check::references_declared) {
                for (std::size_t i = 0; i < nr; ++i) {
                    const relation_record& rel = rels[i];
                    const id_slot& e = resolved[i];
                    const bool from_ok = detail::is_credit(rel.kind) || e.from != unresolved;
                    const bool to_ok = rel.to.empty() || e.to != unresolved;
                    const bool via_ok = rel.kind != relation_kind::relayed_by || rel.via.empty() || e.via != unresolved;
                    if (!(from_ok && to_ok && via_ok) && !sink(ri, rel.from.empty() ? rel.to : rel.from)) return;
                }
                for (std::size_t i = 0; i < ns; ++i)
                    if (!srcs[i].principal.empty() && sources.find(srcs[i].principal) == unresolved &&
                        !sink(ri, srcs[i].id))
                        return;
                // A figure's quantities sit together: look its claim up once.
                bool known = false;
                for (std::size_t i = 0; i < nq; ++i) {
                    if (i == 0 || !detail::same_id(qs[i].claim, qs[i - 1].claim))
                        known = claims.find(qs[i].claim) != unresolved;
                    if (!known && !sink(ri, qs[i].claim)) return;
                }
            } else if (r.check == rule_check::claims_attributed) {
                claims.clear_flags();
                for (std::size_t i = 0; i < nr; ++i)
                    if (rels[i].kind == relation_kind::attribution && resolved[i].from != unresolved)
                        claims.set_flag(resolved[i].from);
                for (std::size_t c = 0; c < nc; ++c)
                    if (clms[c].kind != claim_kind::observation && !claims.flag(c) && !sink(ri, clms[c].id)) return;
            }
            break;
        }
    }
}

}  // namespace newsprov
