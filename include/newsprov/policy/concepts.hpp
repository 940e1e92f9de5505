#pragma once
// Concepts made from the rule table: one concept per question the compiler
// asks, each answered by the same evaluation the run-time checker uses.
// `newsprov::attributable<Claim, Source>` holds when no rule of the policy
// forbids attributing that kind of claim to that kind of source.

#include <newsprov/core/claims.hpp>
#include <newsprov/core/sources.hpp>
#include <newsprov/policy/default_policy.hpp>
#include <newsprov/policy/evaluate.hpp>

#include <optional>
#include <span>

namespace newsprov {

namespace detail {
template <class S>
[[nodiscard]] constexpr std::optional<source_kind> static_principal_kind() noexcept {
    if constexpr (requires { S::principal_kind; }) return S::principal_kind;
    else return std::nullopt;
}
}  // namespace detail

/// No rule of P forbids attributing a C to an S.
template <class C, class S, class P = default_policy>
concept attributable = claim_type<C> && source_type<S> && policy<P> &&
                       allows_attribution(detail::rules_of<P>(), {C::kind, S::kind, S::role});

/// No byline rule of P forbids S in a byline or contributor line.
template <class S, class P = default_policy>
concept byline_worthy = source_type<S> && policy<P> && []() {
    for (const rule& r : detail::rules_of<P>())
        if (breaks_byline_rule(r, S::kind, S::role)) return false;
    return true;
}();

/// S (a spokesperson or official type) speaks for a principal that P accepts.
template <class S, class P = default_policy>
concept speaks_for_valid_principal = source_type<S> && policy<P> && []() {
    for (const rule& r : detail::rules_of<P>())
        if (breaks_principal_rule(r, S::role, detail::static_principal_kind<S>())) return false;
    return true;
}();

/// One concept per default attribution rule, named after it, for static tests
/// and for users who want to constrain their own functions by a single rule.
template <class C, class S>
concept satisfies_quote_needs_speaker =
    claim_type<C> && source_type<S> && !breaks_attribution_rule(rules::quote_needs_speaker, {C::kind, S::kind, S::role});
template <class C, class S>
concept satisfies_figure_needs_authority =
    claim_type<C> && source_type<S> &&
    !breaks_attribution_rule(rules::figure_needs_authority, {C::kind, S::kind, S::role});
template <class C, class S>
concept satisfies_denial_needs_party =
    claim_type<C> && source_type<S> && !breaks_attribution_rule(rules::denial_needs_party, {C::kind, S::kind, S::role});
template <class S>
concept satisfies_byline_needs_journalist =
    source_type<S> && !breaks_byline_rule(rules::byline_needs_journalist, S::kind, S::role);
template <class S>
concept satisfies_spokesperson_needs_principal =
    source_type<S> &&
    !breaks_principal_rule(rules::spokesperson_needs_principal, S::role, detail::static_principal_kind<S>());

}  // namespace newsprov
