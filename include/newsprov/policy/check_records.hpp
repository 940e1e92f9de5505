#pragma once
// The rule table evaluated over a whole story's records: the checks that span
// relations (declared references, relay chains, parts of figures, coverage) as
// well as every per-relation rule again. Compile-time stories and the run-time
// document both call check_records(), so each rule has one implementation.
//
// It runs in constant expressions within the default limits of g++ and clang
// for stories of thousands of relations: ids are looked up through sorted
// hashes (O(n log n)), never by pairwise comparison.

#include <newsprov/core/records.hpp>
#include <newsprov/policy/evaluate.hpp>
#include <newsprov/policy/rule.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace newsprov {

/// Scratch space for check_records(): one slot per source and per claim. The
/// caller provides it so the checker allocates nothing (std::array at compile
/// time, std::vector at run time).
struct id_slot {
    std::uint64_t hash = 0;
    std::uint32_t position = 0;
    bool marked = false;
};

/// The records of one story, as views.
struct story_records {
    std::span<const source_record> sources;
    std::span<const claim_record> claims;
    std::span<const quantity_record> quantities;
    std::span<const relation_record> relations;
};

namespace detail {

[[nodiscard]] constexpr std::uint64_t id_hash(std::string_view id) noexcept {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a
    for (char c : id) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

template <class Record>
class id_index {
public:
    constexpr id_index(std::span<const Record> records, std::span<id_slot> slots) noexcept
        : records_(records), slots_(slots.first(records.size())) {
        for (std::size_t i = 0; i < records.size(); ++i)
            slots_[i] = {id_hash(records[i].id), static_cast<std::uint32_t>(i), false};
        std::sort(slots_.begin(), slots_.end(),
                  [](const id_slot& a, const id_slot& b) { return a.hash < b.hash; });
    }
    /// The slot of the record with this id, or nullptr. A plain binary search:
    /// the standard algorithms cost many more steps in constant evaluation.
    [[nodiscard]] constexpr id_slot* find(std::string_view id) const noexcept {
        const std::uint64_t h = id_hash(id);
        std::size_t lo = 0, hi = slots_.size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (slots_[mid].hash < h) lo = mid + 1;
            else hi = mid;
        }
        for (; lo < slots_.size() && slots_[lo].hash == h; ++lo)
            if (records_[slots_[lo].position].id == id) return &slots_[lo];
        return nullptr;
    }
    [[nodiscard]] constexpr const Record* record(std::string_view id) const noexcept {
        const id_slot* s = find(id);
        return s ? &records_[s->position] : nullptr;
    }
    [[nodiscard]] constexpr std::span<id_slot> slots() const noexcept { return slots_; }
    [[nodiscard]] constexpr const Record& at(const id_slot& s) const noexcept { return records_[s.position]; }

private:
    std::span<const Record> records_;
    std::span<id_slot> slots_;
};

[[nodiscard]] constexpr std::uint64_t relay_key(std::string_view claim, std::string_view via) noexcept {
    return id_hash(claim) ^ (id_hash(via) * 0x9E3779B97F4A7C15ull);
}


}  // namespace detail

/// The scratch space check_records() needs for this story.
[[nodiscard]] constexpr std::size_t scratch_slots(const story_records& story) noexcept {
    return story.sources.size() + story.claims.size() + story.relations.size();
}

/// Evaluates every rule of `rules` over the story. For each violation calls
/// sink(rule_index, subject_id); a sink returning false stops the check.
/// `scratch` needs scratch_slots(story) slots.
template <class Sink>
constexpr void check_records(std::span<const rule> rules, const story_records& story, std::span<id_slot> scratch,
                             Sink&& sink) {
    const detail::id_index<source_record> sources(story.sources, scratch.first(story.sources.size()));
    const detail::id_index<claim_record> claims(story.claims,
                                                scratch.subspan(story.sources.size(), story.claims.size()));
    auto principal_kind = [&](const source_record& s) -> std::optional<source_kind> {
        if (s.has_principal_kind) return s.principal_kind;
        if (const source_record* p = sources.record(s.principal)) return p->kind;
        return std::nullopt;
    };

    for (std::size_t ri = 0; ri < rules.size(); ++ri) {
        const rule& r = rules[ri];
        switch (r.scope) {
        case rule_scope::attribution:
            for (const relation_record& rel : story.relations) {
                if (rel.kind != relation_kind::attribution && rel.kind != relation_kind::relayed_by) continue;
                const claim_record* c = claims.record(rel.from);
                const source_record* s = sources.record(rel.to);
                if (c && s && breaks_attribution_rule(r, {c->kind, s->kind, s->role}) && !sink(ri, rel.from)) return;
            }
            break;
        case rule_scope::source:
            for (const source_record& s : story.sources)
                if (breaks_source_rule(r, s.kind, s.anonymity_reason) && !sink(ri, s.id)) return;
            break;
        case rule_scope::byline:
            for (const relation_record& rel : story.relations) {
                if (rel.kind != relation_kind::byline && rel.kind != relation_kind::contributor) continue;
                const source_record* s = sources.record(rel.to);
                if (s && breaks_byline_rule(r, s->kind, s->role) && !sink(ri, rel.to)) return;
            }
            break;
        case rule_scope::on_behalf_of:
            for (const source_record& s : story.sources) {
                if (s.role == source_role::none) continue;
                if (breaks_principal_rule(r, s.role, principal_kind(s)) && !sink(ri, s.id)) return;
            }
            for (const relation_record& rel : story.relations) {
                if (rel.kind != relation_kind::on_behalf_of) continue;
                const source_record* agent = sources.record(rel.from);
                const source_record* principal = sources.record(rel.to);
                if (!agent || !principal) continue;
                const source_role role = agent->role == source_role::none ? source_role::spokesperson_for : agent->role;
                if (breaks_principal_rule(r, role, principal->kind) && !sink(ri, rel.from)) return;
            }
            break;
        case rule_scope::relation: {
            std::size_t relays = 0;
            for (const relation_record& rel : story.relations) {
                if (rel.kind == relation_kind::attribution || rel.kind == relation_kind::byline ||
                    rel.kind == relation_kind::contributor)
                    continue;
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
            const std::span<id_slot> relay_slots = scratch.subspan(story.sources.size() + story.claims.size(), relays);
            std::size_t n = 0;
            for (std::size_t i = 0; i < story.relations.size(); ++i) {
                const relation_record& rel = story.relations[i];
                if (rel.kind == relation_kind::relayed_by)
                    relay_slots[n++] = {detail::relay_key(rel.from, rel.via), static_cast<std::uint32_t>(i), false};
            }
            std::sort(relay_slots.begin(), relay_slots.end(),
                      [](const id_slot& a, const id_slot& b) { return a.hash < b.hash; });
            auto next_origin = [&](std::string_view claim, std::string_view via) -> const relation_record* {
                const std::uint64_t h = detail::relay_key(claim, via);
                auto it = std::lower_bound(relay_slots.begin(), relay_slots.end(), h,
                                           [](const id_slot& sl, std::uint64_t v) { return sl.hash < v; });
                for (; it != relay_slots.end() && it->hash == h; ++it) {
                    const relation_record& rel = story.relations[it->position];
                    if (rel.from == claim && rel.via == via) return &rel;
                }
                return nullptr;
            };
            for (const id_slot& start : relay_slots) {
                const relation_record& first = story.relations[start.position];
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
            for (std::size_t qi = 0; qi < story.quantities.size(); ++qi) {
                const quantity_record& q = story.quantities[qi];
                if (q.part_of == no_whole) continue;
                // A figure's quantities are stored together, in order: the whole is
                // (index - part_of) places back. Otherwise search its figure.
                const quantity_record* whole = nullptr;
                const std::size_t back = q.index >= q.part_of ? std::size_t{q.index} - q.part_of : qi + 1;
                if (back <= qi) {
                    const quantity_record& w = story.quantities[qi - back];
                    if (w.index == q.part_of && w.claim == q.claim) whole = &w;
                }
                for (std::size_t wi = 0; !whole && wi < story.quantities.size(); ++wi) {
                    const quantity_record& w = story.quantities[wi];
                    if (w.index == q.part_of && w.claim == q.claim) whole = &w;
                }
                if (whole && breaks_figure_rule(r, whole->value, q.value) && !sink(ri, q.claim)) return;
            }
            break;
        case rule_scope::story:
            if (r.check == rule_check::references_declared) {
                auto declared_source = [&](std::string_view id) { return id.empty() || sources.find(id) != nullptr; };
                for (const relation_record& rel : story.relations) {
                    bool ok = true;
                    switch (rel.kind) {
                    case relation_kind::attribution: ok = claims.find(rel.from) && declared_source(rel.to); break;
                    case relation_kind::relayed_by:
                        ok = claims.find(rel.from) && declared_source(rel.to) && declared_source(rel.via);
                        break;
                    case relation_kind::byline:
                    case relation_kind::contributor: ok = declared_source(rel.to); break;
                    default: ok = declared_source(rel.from) && declared_source(rel.to); break;
                    }
                    if (!ok && !sink(ri, rel.from.empty() ? rel.to : rel.from)) return;
                }
                for (const source_record& s : story.sources)
                    if (!declared_source(s.principal) && !sink(ri, s.id)) return;
                for (const quantity_record& q : story.quantities)
                    if (!claims.find(q.claim) && !sink(ri, q.claim)) return;
            } else if (r.check == rule_check::claims_attributed) {
                for (id_slot& s : claims.slots()) s.marked = false;
                for (const relation_record& rel : story.relations)
                    if (rel.kind == relation_kind::attribution)
                        if (id_slot* s = claims.find(rel.from)) s->marked = true;
                // Report in declaration order, not hash order.
                for (const claim_record& c : story.claims) {
                    if (c.kind == claim_kind::observation) continue;
                    const id_slot* s = claims.find(c.id);
                    if (s && !s->marked && !sink(ri, c.id)) return;
                }
            }
            break;
        }
    }
}

}  // namespace newsprov
