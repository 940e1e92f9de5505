#pragma once
// Questions asked of a story's records: who a claim is attributed to, and the
// chain that leads from it to its primary source. They work on story_records,
// so compile-time stories and run-time documents answer them alike.

#include <newsprov/core/records.hpp>
#include <newsprov/policy/check_records.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsprov {

/// The record with this id, or nullptr (linear: for reports, not hot paths).
template <class Record>
[[nodiscard]] constexpr const Record* find_record(std::span<const Record> records, std::string_view id) noexcept {
    for (const Record& r : records)
        if (r.id == id) return &r;
    return nullptr;
}

/// The attributions of a claim, in story order.
template <class = void>
[[nodiscard]] inline std::vector<const relation_record*> attributions_of(const story_records& story,
                                                                         std::string_view claim) {
    std::vector<const relation_record*> out;
    for (const relation_record& r : story.relations)
        if (r.kind == relation_kind::attribution && r.from == claim) out.push_back(&r);
    return out;
}

/// The sources from `first` (a source the claim is attributed to) along its relay
/// links to the primary source: {"rubio", "witkoff"} for a claim Rubio relayed from
/// Witkoff. A cycle ends the chain at the first repeated source.
template <class = void>
[[nodiscard]] inline std::vector<std::string_view> chain_to_primary(const story_records& story,
                                                                    std::string_view claim, std::string_view first) {
    std::vector<std::string_view> chain{first};
    for (bool moved = true; moved;) {
        moved = false;
        for (const relation_record& r : story.relations) {
            if (r.kind != relation_kind::relayed_by || r.from != claim || r.via != chain.back()) continue;
            for (std::string_view seen : chain)
                if (seen == r.to) return chain;
            chain.push_back(r.to);
            moved = true;
            break;
        }
    }
    return chain;
}

}  // namespace newsprov
