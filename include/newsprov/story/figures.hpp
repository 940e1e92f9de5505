#pragma once
// Reported figures: quantities with units, and parts of quantities
// ("98 injured, including six children"). A part that exceeds its whole breaks
// part-within-whole where the part is added, at compile time in a constant
// expression and by throwing rule_violation at run time.

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/policy/default_policy.hpp>
#include <newsprov/policy/enforce.hpp>
#include <newsprov/policy/evaluate.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace newsprov {

/// Capacity of one figure: quantities plus their parts.
inline constexpr std::size_t max_figure_quantities = 8;

namespace detail {
// Not constexpr: reached only when a capacity is exceeded, which stops constant evaluation here.
[[noreturn]] inline void too_many_parts() { throw std::length_error("newsprov: a quantity has at most 4 parts"); }
[[noreturn]] inline void too_many_quantities() {
    throw std::length_error("newsprov: a reported figure has at most 8 quantities and parts");
}
}  // namespace detail

struct part {
    double value = 0;
    std::string_view what;
};

struct quantity {
    double value = 0;
    std::string_view unit;  ///< "people", "USD"
    std::string_view what;  ///< "killed", "injured"
    std::array<part, 4> parts{};
    std::uint8_t part_count = 0;

    /// The same quantity with one more part; the part must fit in the whole.
    template <policy P = default_policy>
    [[nodiscard]] constexpr quantity including(double part_value, std::string_view part_what) const {
        detail::for_each_rule_index<P>([&]<std::size_t I>() {
            if constexpr (P::rules[I].scope == rule_scope::figure) {
                if (breaks_figure_rule(P::rules[I], value, part_value)) detail::report_broken_rule<P, I>(what);
            }
        });
        quantity q = *this;
        if (q.part_count == q.parts.size()) detail::too_many_parts();
        q.parts[q.part_count++] = part{part_value, part_what};
        return q;
    }
};


/// Quantities with units: "one killed and 98 injured, including six children".
struct reported_figure {
    static constexpr claim_kind kind = claim_kind::reported_figure;
    std::string_view id;
    std::string_view text;
    std::array<quantity_record, max_figure_quantities> quantities{};
    std::uint8_t count = 0;

    /// The same figure with one more quantity (and its parts).
    [[nodiscard]] constexpr reported_figure with(const quantity& q) const {
        reported_figure f = *this;
        if (f.count + 1u + q.part_count > max_figure_quantities) detail::too_many_quantities();
        const auto whole = f.count;
        f.quantities[f.count] = {id, q.value, q.unit, q.what, whole, no_whole};
        ++f.count;
        for (std::uint8_t i = 0; i < q.part_count; ++i) {
            f.quantities[f.count] = {id, q.parts[i].value, q.unit, q.parts[i].what, f.count, whole};
            ++f.count;
        }
        return f;
    }
    [[nodiscard]] constexpr claim_record record() const noexcept { return {kind, id, text}; }
};

}  // namespace newsprov
