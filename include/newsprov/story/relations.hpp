#pragma once
// Forming relations between typed sources and claims. Each builder checks the
// policy where the relation is formed: rules decided by kinds fail to compile
// at the call site (the error names the rule, its message and a hint); rules
// decided by values (a missing anonymity reason, a relation of a thing to
// itself) fail the constant evaluation of a constexpr story, or throw
// rule_violation when the builder runs at run time.

#include <newsprov/core/claims.hpp>
#include <newsprov/story/figures.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/core/sources.hpp>
#include <newsprov/policy/concepts.hpp>
#include <newsprov/policy/default_policy.hpp>
#include <newsprov/policy/enforce.hpp>
#include <newsprov/policy/evaluate.hpp>

#include <cstddef>
#include <string_view>

namespace newsprov {

namespace detail {

template <policy P, attribution_facts F>
constexpr bool enforce_attribution_kinds() {
    for_each_rule_index<P>([]<std::size_t I>() {
        if constexpr (breaks_attribution_rule(P::rules[I], F)) report_broken_rule<P, I>({});
    });
    return true;
}

template <policy P, source_type S>
constexpr bool enforce_principal_kind() {
    for_each_rule_index<P>([]<std::size_t I>() {
        if constexpr (breaks_principal_rule(P::rules[I], S::role, static_principal_kind<S>()))
            report_broken_rule<P, I>({});
    });
    return true;
}

template <policy P, source_role Role, source_kind Principal>
constexpr bool enforce_principal() {
    for_each_rule_index<P>([]<std::size_t I>() {
        if constexpr (breaks_principal_rule(P::rules[I], Role, Principal)) report_broken_rule<P, I>({});
    });
    return true;
}

template <policy P, source_kind Kind, source_role Role>
constexpr bool enforce_byline() {
    for_each_rule_index<P>([]<std::size_t I>() {
        if constexpr (breaks_byline_rule(P::rules[I], Kind, Role)) report_broken_rule<P, I>({});
    });
    return true;
}

/// Rules decided by a source's values (an anonymous source's reason).
template <policy P, source_type S>
constexpr void enforce_source_values(const S& s) {
    const source_record rec = s.record();
    for_each_rule_index<P>([&]<std::size_t I>() {
        if constexpr (P::rules[I].scope == rule_scope::source) {
            if (breaks_source_rule(P::rules[I], rec.kind, rec.anonymity_reason)) report_broken_rule<P, I>(rec.id);
        }
    });
}

/// Rules decided by the two ends of a relation (no-self-attribution).
template <policy P>
constexpr void enforce_distinct(std::string_view from, std::string_view to) {
    for_each_rule_index<P>([&]<std::size_t I>() {
        if constexpr (P::rules[I].scope == rule_scope::relation) {
            if (breaks_relation_rule(P::rules[I], from, to)) report_broken_rule<P, I>(from);
        }
    });
}

/// Rules decided by a figure's numbers (part-within-whole).
template <policy P>
constexpr void enforce_figure_values(const reported_figure& f) {
    for_each_rule_index<P>([&]<std::size_t I>() {
        if constexpr (P::rules[I].scope == rule_scope::figure) {
            for (std::size_t q = 0; q < f.count; ++q) {
                const quantity_record& part = f.quantities[q];
                if (part.part_of != no_whole && breaks_figure_rule(P::rules[I], f.quantities[part.part_of].value, part.value))
                    report_broken_rule<P, I>(f.id);
            }
        }
    });
}

template <class S>
inline constexpr bool is_document_source = source_type<S> && S::kind == source_kind::document;

}  // namespace detail

/// `claim` wasAttributedTo `source`, with the cue that introduced it ("said",
/// "according to") and optionally the date (ISO 8601).
template <policy P = default_policy, claim_type C, source_type S>
[[nodiscard]] constexpr relation_record attribute(const C& claim, const S& source, std::string_view cue,
                                                  std::string_view date = {}) {
    static_assert(detail::enforce_attribution_kinds<P, attribution_facts{C::kind, S::kind, S::role}>(),
                  "newsprov: this attribution breaks a sourcing rule; the notes name the rule, its message and a hint");
    static_assert(detail::enforce_principal_kind<P, S>(),
                  "newsprov: this source speaks for a principal the policy does not accept; the notes name the rule");
    detail::enforce_source_values<P>(source);
    if constexpr (C::kind == claim_kind::reported_figure) {
        if constexpr (requires { claim.quantities; }) detail::enforce_figure_values<P>(claim);
    }
    relation_record r;
    r.kind = relation_kind::attribution;
    r.from = claim.id;
    r.to = source.id;
    r.cue = cue;
    r.date = date;
    return r;
}

/// `claim`, first made by `origin`, reaches the story through `relayer`:
/// "Rubio said Witkoff had met Putin three times" (origin Witkoff, relayer Rubio).
template <policy P = default_policy, claim_type C, source_type Relayer, source_type Origin>
[[nodiscard]] constexpr relation_record relay(const C& claim, const Relayer& relayer, const Origin& origin) {
    static_assert(detail::enforce_attribution_kinds<P, attribution_facts{C::kind, Origin::kind, Origin::role}>(),
                  "newsprov: the origin of this relayed claim breaks a sourcing rule; the notes name it");
    detail::enforce_source_values<P>(origin);
    detail::enforce_distinct<P>(relayer.id, origin.id);
    relation_record r;
    r.kind = relation_kind::relayed_by;
    r.from = claim.id;
    r.to = origin.id;
    r.via = relayer.id;
    return r;
}

/// `agent` acts on behalf of `principal` (a spokesperson for an organization).
template <policy P = default_policy, source_type Agent, source_type Principal>
[[nodiscard]] constexpr relation_record on_behalf_of(const Agent& agent, const Principal& principal) {
    static_assert(detail::enforce_principal<P,
                                            Agent::role == source_role::none ? source_role::spokesperson_for
                                                                             : Agent::role,
                                            Principal::kind>(),
                  "newsprov: this principal is not one a spokesperson can speak for; the notes name the rule");
    detail::enforce_distinct<P>(agent.id, principal.id);
    relation_record r;
    r.kind = relation_kind::on_behalf_of;
    r.from = agent.id;
    r.to = principal.id;
    return r;
}

namespace detail {
template <relation_kind Kind, policy P, source_type Derived, source_type Original>
[[nodiscard]] constexpr relation_record document_relation(const Derived& derived, const Original& original) {
    static_assert(is_document_source<Derived> && is_document_source<Original>,
                  "newsprov: quoted_from, derived_from and revision_of relate two documents");
    enforce_distinct<P>(derived.id, original.id);
    relation_record r;
    r.kind = Kind;
    r.from = derived.id;
    r.to = original.id;
    return r;
}
}  // namespace detail

/// `derived` quotes `original` (prov:Quotation).
template <policy P = default_policy, source_type Derived, source_type Original>
[[nodiscard]] constexpr relation_record quoted_from(const Derived& derived, const Original& original) {
    return detail::document_relation<relation_kind::quoted_from, P>(derived, original);
}
/// `derived` was derived from `original` (prov:wasDerivedFrom).
template <policy P = default_policy, source_type Derived, source_type Original>
[[nodiscard]] constexpr relation_record derived_from(const Derived& derived, const Original& original) {
    return detail::document_relation<relation_kind::derived_from, P>(derived, original);
}
/// `revised` is a revision of `original` (prov:Revision).
template <policy P = default_policy, source_type Derived, source_type Original>
[[nodiscard]] constexpr relation_record revision_of(const Derived& revised, const Original& original) {
    return detail::document_relation<relation_kind::revision_of, P>(revised, original);
}

/// The story's byline: who wrote it, and where from.
template <policy P = default_policy, source_type S>
[[nodiscard]] constexpr relation_record byline(const S& author, std::string_view location = {}) {
    static_assert(detail::enforce_byline<P, S::kind, S::role>(),
                  "newsprov: this byline breaks a sourcing rule; the notes name the rule, its message and a hint");
    relation_record r;
    r.kind = relation_kind::byline;
    r.to = author.id;
    r.location = location;
    return r;
}

/// A contributor line: who else reported, and where from.
template <policy P = default_policy, source_type S>
[[nodiscard]] constexpr relation_record contributor(const S& who, std::string_view location = {}) {
    static_assert(detail::enforce_byline<P, S::kind, S::role>(),
                  "newsprov: this contributor line breaks a sourcing rule; the notes name the rule, its message and a hint");
    relation_record r;
    r.kind = relation_kind::contributor;
    r.to = who.id;
    r.location = location;
    return r;
}

}  // namespace newsprov
