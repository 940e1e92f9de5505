#pragma once
// A sourcing rule is data: an id, a message, a hint for the fix, and what it
// constrains. The compiler and the run-time checker read the same table, so a
// rule has one definition and one id everywhere.

#include <newsprov/core/kinds.hpp>

#include <array>
#include <cstddef>
#include <concepts>
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>

namespace newsprov {

/// Where a rule applies.
enum class rule_scope : std::uint8_t {
    attribution,   ///< a claim attributed to a source
    source,        ///< a source on its own
    byline,        ///< a byline or contributor line
    on_behalf_of,  ///< a spokesperson or official and the principal they speak for
    relation,      ///< any relation between two things (relay, on behalf of, derivation)
    figure,        ///< the quantities of a reported figure
    story,         ///< a whole story: references, chains, coverage
};

/// The test a rule applies; the rule's sets parameterise it.
enum class rule_check : std::uint8_t {
    allowed_sources,      ///< the source's kind is in `sources`, or its role is in `roles`
    anonymity_reason,     ///< an anonymous source states why anonymity was granted
    principal_named,      ///< a spokesperson or official names a principal of a kind in `sources`
    distinct_endpoints,   ///< nothing is related to itself; relay chains end, without cycles
    parts_within_whole,   ///< no part of a quantity exceeds its whole
    references_declared,  ///< every source and claim a relation names is declared in the story
    ids_unique,           ///< no two sources, claims or the story share an id
    claims_attributed,    ///< every claim but the reporter's observations has a source
};

enum class severity : std::uint8_t { note, warning, error };

[[nodiscard]] constexpr std::string_view to_string(severity s) noexcept {
    constexpr std::array<std::string_view, 3> names{"note", "warning", "error"};
    return names[static_cast<std::size_t>(s)];
}

struct rule {
    std::string_view id;       ///< stable, kebab-case: appears in compile errors and diagnostics
    std::string_view message;  ///< one line: what the rule demands
    std::string_view hint;     ///< one line: how to fix a violation
    rule_scope scope = rule_scope::attribution;
    rule_check check = rule_check::allowed_sources;
    claim_kinds claims{};    ///< attribution scope: the claims the rule governs
    source_kinds sources{};  ///< allowed sources (attribution, byline) or principals (on_behalf_of)
    source_roles roles{};    ///< sources holding one of these roles are allowed too
    severity level = severity::error;
};

/// A policy is a type with `static constexpr std::array<rule, N> rules`; it is
/// passed as a template argument to the compile-time API and as a value to the
/// run-time checker.
template <class P>
concept policy = requires {
    { P::rules.size() } -> std::convertible_to<std::size_t>;
    { P::rules[0] } -> std::convertible_to<const rule&>;
};

namespace detail {
/// Whether P's rule table is a usable constant. It is not when its initializer
/// failed (without() naming a rule the table lacks): that error is the one worth
/// reading, so whatever uses the table then sees an empty one instead of failing again.
template <class P>
concept rules_are_constant =
    requires { typename std::bool_constant<(P::rules.size() == 0 || P::rules[0].id == P::rules[0].id)>; };

/// P's rules, or none when the table is not a constant (see rules_are_constant).
template <policy P>
[[nodiscard]] constexpr std::span<const rule> rules_of() noexcept {
    if constexpr (rules_are_constant<P>) return std::span<const rule>(P::rules);
    else return {};
}
}  // namespace detail

/// A new rule table: `base` followed by `extra` (for stricter house policies).
template <std::size_t N, class... Rules>
[[nodiscard]] constexpr std::array<rule, N + sizeof...(Rules)> extend(const std::array<rule, N>& base,
                                                                      const Rules&... extra) {
    std::array<rule, N + sizeof...(Rules)> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = base[i];
    std::size_t i = N;
    ((out[i++] = extra), ...);
    return out;
}

namespace detail {
// Not constexpr on purpose: reached only when without() names an absent rule,
// which makes the constant evaluation fail with this function's name.
inline void rule_to_remove_is_not_in_the_table() {}
}  // namespace detail

/// A new rule table: `base` without the rule named `id` (for looser policies).
/// Naming a rule the table lacks is a compile error in a constant expression.
template <std::size_t N>
[[nodiscard]] constexpr std::array<rule, N - 1> without(const std::array<rule, N>& base, std::string_view id) {
    std::array<rule, N - 1> out{};
    std::size_t j = 0;
    bool found = false;
    for (std::size_t i = 0; i < N; ++i) {
        if (!found && base[i].id == id) {
            found = true;
            continue;
        }
        if (j < N - 1) out[j++] = base[i];
    }
    if (!found) detail::rule_to_remove_is_not_in_the_table();
    return out;
}

}  // namespace newsprov
