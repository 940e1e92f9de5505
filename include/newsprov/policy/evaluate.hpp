#pragma once
// The rule table evaluated over kinds and values. These functions are the one
// definition of what each rule means: the compile-time checks (policy/enforce.hpp,
// story/) and the run-time checker (graph/) both call them.

#include <newsprov/policy/rule.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace newsprov {

/// What the attribution rules look at: the claim, the source and its role.
struct attribution_facts {
    claim_kind claim;
    source_kind source;
    source_role role = source_role::none;
};

[[nodiscard]] constexpr bool source_allowed(const rule& r, source_kind kind, source_role role) noexcept {
    return r.sources.contains(kind) || (role != source_role::none && r.roles.contains(role));
}

/// Does rule `r` forbid attributing this claim to this source?
[[nodiscard]] constexpr bool breaks_attribution_rule(const rule& r, const attribution_facts& f) noexcept {
    return r.scope == rule_scope::attribution && r.check == rule_check::allowed_sources &&
           r.claims.contains(f.claim) && !source_allowed(r, f.source, f.role);
}

/// Does rule `r` forbid this source in a byline or contributor line?
[[nodiscard]] constexpr bool breaks_byline_rule(const rule& r, source_kind kind, source_role role) noexcept {
    return r.scope == rule_scope::byline && r.check == rule_check::allowed_sources &&
           !source_allowed(r, kind, role);
}

/// Does rule `r` reject this source on its own (an anonymous source without a reason)?
[[nodiscard]] constexpr bool breaks_source_rule(const rule& r, source_kind kind,
                                                std::string_view anonymity_reason) noexcept {
    return r.scope == rule_scope::source && r.check == rule_check::anonymity_reason &&
           kind == source_kind::anonymous && anonymity_reason.find_first_not_of(" \t\n") == std::string_view::npos;
}

/// Does rule `r` reject a spokesperson or official with this principal (none: nullopt)?
[[nodiscard]] constexpr bool breaks_principal_rule(const rule& r, source_role role,
                                                   std::optional<source_kind> principal) noexcept {
    if (r.scope != rule_scope::on_behalf_of || r.check != rule_check::principal_named) return false;
    if (role == source_role::none) return false;
    return !principal || !r.sources.contains(*principal);
}

/// Does rule `r` reject a relation between these two ids (a thing related to itself)?
[[nodiscard]] constexpr bool breaks_relation_rule(const rule& r, std::string_view from,
                                                  std::string_view to) noexcept {
    return r.scope == rule_scope::relation && r.check == rule_check::distinct_endpoints && from == to;
}

/// Does rule `r` reject a part of a quantity given the whole?
[[nodiscard]] constexpr bool breaks_figure_rule(const rule& r, double whole, double part) noexcept {
    return r.scope == rule_scope::figure && r.check == rule_check::parts_within_whole && part > whole;
}

/// The first rule of `rules` that forbids the attribution, if any.
[[nodiscard]] constexpr const rule* first_broken_attribution_rule(std::span<const rule> rules,
                                                                  const attribution_facts& f) noexcept {
    for (const rule& r : rules)
        if (breaks_attribution_rule(r, f)) return &r;
    return nullptr;
}

/// Whether the policy allows the attribution (no rule forbids it).
[[nodiscard]] constexpr bool allows_attribution(std::span<const rule> rules, const attribution_facts& f) noexcept {
    return first_broken_attribution_rule(rules, f) == nullptr;
}

/// The rule with this id, if the table has it.
[[nodiscard]] constexpr const rule* find_rule(std::span<const rule> rules, std::string_view id) noexcept {
    for (const rule& r : rules)
        if (r.id == id) return &r;
    return nullptr;
}

/// Whether the table has a rule of this scope and check (story checks ask this).
[[nodiscard]] constexpr const rule* find_rule(std::span<const rule> rules, rule_scope scope,
                                              rule_check check) noexcept {
    for (const rule& r : rules)
        if (r.scope == scope && r.check == check) return &r;
    return nullptr;
}

}  // namespace newsprov
