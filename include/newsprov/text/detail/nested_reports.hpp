#pragma once
// One report per stretch of text: a report whose cue lies inside another report's
// content ("Ruiz says he thinks the depot is safe", "According to the poll, most
// voters say C") is part of that content, not an attribution of its own. The
// finder skips such cues within a sentence; this pass catches the ones found by
// another pattern or in another sentence of a long quotation. PolNeAR marks no
// report inside another (0 of 19,832 in train).

#include <newsprov/text/attribution.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsprov::text::detail {

/// A content part and the attribution it belongs to.
struct owned_part {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::size_t owner = 0;
};

/// The two farthest-reaching parts among those that start at or before a
/// point, from different owners, so an attribution's own part can be passed over.
struct reach {
    std::uint32_t end = 0;
    std::size_t owner = static_cast<std::size_t>(-1);
    std::uint32_t other_end = 0;  ///< the farthest end of any other owner

    void add(const owned_part& p) noexcept {
        if (p.owner == owner) {
            end = std::max(end, p.end);
        } else if (p.end > end) {
            other_end = end;
            end = p.end;
            owner = p.owner;
        } else {
            other_end = std::max(other_end, p.end);
        }
    }
    /// The farthest end among parts not owned by `who`.
    [[nodiscard]] std::uint32_t end_without(std::size_t who) const noexcept { return who == owner ? other_end : end; }
};

/// Buffers drop_nested_reports reuses from one article to the next.
struct nested_scratch {
    std::vector<owned_part> parts;
    std::vector<reach> reaches;
    std::vector<bool> nested;
};

/// Removes every attribution whose cue starts inside another attribution's
/// content part and ends within it. O(n log n) in the number of content parts.
template <class = void>
inline void drop_nested_reports(std::vector<attribution>& as, nested_scratch& scratch) {
    if (as.size() < 2) return;
    std::vector<owned_part>& parts = scratch.parts;
    parts.clear();
    for (std::size_t i = 0; i < as.size(); ++i)
        for (const span& c : as[i].content) parts.push_back({c.begin, c.end, i});
    std::sort(parts.begin(), parts.end(), [](const owned_part& x, const owned_part& y) { return x.begin < y.begin; });
    std::vector<reach>& reaches = scratch.reaches;
    reaches.resize(parts.size());
    reach running;
    for (std::size_t j = 0; j < parts.size(); ++j) {
        running.add(parts[j]);
        reaches[j] = running;
    }
    std::vector<bool>& nested = scratch.nested;
    nested.assign(as.size(), false);
    bool any = false;
    for (std::size_t i = 0; i < as.size(); ++i) {
        if (as[i].cue.empty()) continue;
        const span cue = as[i].cue.front();
        // the last part starting at or before the cue
        const auto after = std::upper_bound(parts.begin(), parts.end(), cue.begin,
                                            [](std::uint32_t at, const owned_part& p) { return at < p.begin; });
        if (after == parts.begin()) continue;
        const std::size_t j = static_cast<std::size_t>(after - parts.begin()) - 1;
        nested[i] = reaches[j].end_without(i) >= cue.end;
        any = any || nested[i];
    }
    if (!any) return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < as.size(); ++i)
        if (!nested[i]) {
            if (kept != i) as[kept] = std::move(as[i]);
            ++kept;
        }
    as.resize(kept);
}

/// The same with buffers of its own.
template <class = void>
inline void drop_nested_reports(std::vector<attribution>& as) {
    nested_scratch scratch;
    drop_nested_reports(as, scratch);
}

}  // namespace newsprov::text::detail
