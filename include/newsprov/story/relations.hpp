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
#include <optional>
#include <span>
#include <string_view>

// Rules decided by values (an anonymous source's reason, the two ends of a
// relation, a figure's numbers) are checked in the builder itself. A rule of the
// default table stops constant evaluation at a call of the non-constexpr
// default_rule_broken() whose source line spells the rule's id: both compilers
// quote that line within the first five. Other rules stop two frames down, in
// rule_violated(), whose template arguments (g++) and arguments (clang) name them.

namespace newsprov {

namespace detail {

// The builders state each rule of the default table decided by kinds in a
// static_assert of their own, whose literal message starts with the rule's id:
// both compilers print it in the first lines. A rule is asked for by id, so a
// policy that drops or redefines it is obeyed. Rules a house policy adds are
// enforced afterwards by the evaluation below, whose notes name them.

/// Does P have the rule `id`, and does it forbid this attribution?
template <policy P>
[[nodiscard]] constexpr bool breaks_rule_named(std::string_view id, attribution_facts f) noexcept {
    const rule* r = find_rule(detail::rules_of<P>(), id);
    return r && breaks_attribution_rule(*r, f);
}
template <policy P>
[[nodiscard]] constexpr bool breaks_byline_rule_named(std::string_view id, source_kind kind, source_role role) noexcept {
    const rule* r = find_rule(detail::rules_of<P>(), id);
    return r && breaks_byline_rule(*r, kind, role);
}
template <policy P>
[[nodiscard]] constexpr bool breaks_principal_rule_named(std::string_view id, source_role role,
                                                         std::optional<source_kind> principal) noexcept {
    const rule* r = find_rule(detail::rules_of<P>(), id);
    return r && breaks_principal_rule(*r, role, principal);
}

/// Index of P's first house rule (one the default table lacks) that `broken` says the relation breaks, or P's rule count.
template <policy P, class Broken>
[[nodiscard]] constexpr std::size_t first_broken_house_rule(Broken broken) noexcept {
    const std::span<const rule> rules = rules_of<P>();
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (find_rule(std::span<const rule>(default_policy::rules), rules[i].id) == nullptr && broken(rules[i])) return i;
    return rules.size();
}

template <auto...>
inline constexpr bool never = false;

/// Stops compilation at a broken house rule. g++ opens its error with the line
/// "In instantiation of ... house_rule_broken() [with RuleId = {"the-rule-id"}; ...]".
template <fixed_string RuleId, fixed_string Message, fixed_string Hint>
constexpr void house_rule_broken() {
    static_assert(never<RuleId, Message, Hint>,
                  "newsprov: this breaks a rule of the policy's own: RuleId in the line above names it");
}

/// Stops compilation at house rule I of P, naming it within the first lines of
/// the error: g++ in the template arguments of house_rule_broken(), clang in the
/// arguments of the call in its notes (its template arguments would print the
/// strings as character codes).
template <policy P, std::size_t I>
constexpr void report_broken_house_rule() {
#if defined(__clang__)
    report_broken_rule<P, I>({});
#else
    house_rule_broken<rule_id_text<P, I>, rule_message_text<P, I>, rule_hint_text<P, I>>();
#endif
}

/// The house rule of P this attribution breaks first, or P's rule count.
template <policy P, attribution_facts F>
inline constexpr std::size_t broken_house_attribution_rule =
    first_broken_house_rule<P>([](const rule& r) { return breaks_attribution_rule(r, F); });

template <policy P, attribution_facts F>
constexpr bool enforce_house_attribution_rules() {
    constexpr std::size_t I = broken_house_attribution_rule<P, F>;
    if constexpr (I < rules_of<P>().size()) report_broken_house_rule<P, I>();
    return true;
}

template <policy P, source_kind Kind, source_role Role>
constexpr bool enforce_house_byline_rules() {
    constexpr std::size_t I =
        first_broken_house_rule<P>([](const rule& r) { return breaks_byline_rule(r, Kind, Role); });
    if constexpr (I < rules_of<P>().size()) report_broken_house_rule<P, I>();
    return true;
}

/// What attribute() demands of a claim kind and a source type at compile time
/// (the static_asserts below, as one predicate for tests).
template <policy P, attribution_facts F>
[[nodiscard]] constexpr bool default_attribution_rules_kept() noexcept {
    return !breaks_rule_named<P>(NEWSPROV_QUOTE_NEEDS_SPEAKER_ID, F) &&
           !breaks_rule_named<P>(NEWSPROV_FIGURE_NEEDS_AUTHORITY_ID, F) &&
           !breaks_rule_named<P>(NEWSPROV_DENIAL_NEEDS_PARTY_ID, F);
}

/// The principal rule for a source type (spokespeople and officials carry their principal's kind).
template <policy P, class S>
inline constexpr bool principal_kept =
    !breaks_principal_rule_named<P>(NEWSPROV_SPOKESPERSON_NEEDS_PRINCIPAL_ID, S::role, static_principal_kind<S>());

/// A value rule of the default table broken in a builder; `id_as_written` is
/// the rule's id, spelled at the call. Throws rule_violation at run time.
[[noreturn]] inline void default_rule_broken(std::string_view id_as_written, const rule& r,
                                             std::string_view subject) {
    throw rule_violation(id_as_written, r.message, r.hint, subject);
}

/// Index of P's first rule of this scope and check, or P::rules.size().
template <policy P>
[[nodiscard]] constexpr std::size_t rule_index(rule_scope scope, rule_check check) noexcept {
    const std::span<const rule> rules = rules_of<P>();
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].scope == scope && rules[i].check == check) return i;
    return rules.size();
}
template <policy P>
inline constexpr std::size_t anonymity_rule = rule_index<P>(rule_scope::source, rule_check::anonymity_reason);
template <policy P>
inline constexpr std::size_t distinct_rule = rule_index<P>(rule_scope::relation, rule_check::distinct_endpoints);
template <policy P>
inline constexpr std::size_t parts_rule = rule_index<P>(rule_scope::figure, rule_check::parts_within_whole);

/// Rules decided by a source's values (an anonymous source's reason), for the
/// run-time builders of story_document: rule_violation names the broken rule.
template <policy P, source_type S>
constexpr void enforce_source_values(const S& s) {
    const source_record rec = s.record();
    for_each_rule_index<P>([&]<std::size_t I>() {
        if constexpr (P::rules[I].scope == rule_scope::source) {
            if (breaks_source_rule(P::rules[I], rec.kind, rec.anonymity_reason)) report_broken_rule<P, I>(rec.id);
        }
    });
}

/// Rules decided by a figure's numbers (part-within-whole), for the same builders.
template <policy P>
constexpr void enforce_figure_values(const reported_figure& f) {
    for_each_rule_index<P>([&]<std::size_t I>() {
        if constexpr (P::rules[I].scope == rule_scope::figure) {
            for (std::size_t q = 0; q < f.count; ++q) {
                const quantity_record& part = f.quantities[q];
                if (part.part_of != no_whole &&
                    breaks_figure_rule(P::rules[I], f.quantities[part.part_of].value, part.value))
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
    constexpr attribution_facts facts{C::kind, S::kind, S::role};
    static_assert(!detail::breaks_rule_named<P>(NEWSPROV_QUOTE_NEEDS_SPEAKER_ID, facts),
                  NEWSPROV_RULE_TEXT(QUOTE_NEEDS_SPEAKER));
    static_assert(!detail::breaks_rule_named<P>(NEWSPROV_FIGURE_NEEDS_AUTHORITY_ID, facts),
                  NEWSPROV_RULE_TEXT(FIGURE_NEEDS_AUTHORITY));
    static_assert(!detail::breaks_rule_named<P>(NEWSPROV_DENIAL_NEEDS_PARTY_ID, facts),
                  NEWSPROV_RULE_TEXT(DENIAL_NEEDS_PARTY));
    static_assert(detail::principal_kept<P, S>, NEWSPROV_RULE_TEXT(SPOKESPERSON_NEEDS_PRINCIPAL));
    static_assert(detail::enforce_house_attribution_rules<P, facts>(),
                  "newsprov: this attribution breaks a rule of the policy's own; the note below names it");
    if constexpr (constexpr std::size_t I = detail::anonymity_rule<P>; I < detail::rules_of<P>().size()) {
        if (breaks_source_rule(P::rules[I], S::kind, source.record().anonymity_reason)) {
            if constexpr (P::rules[I].id == "anonymous-needs-reason")
                detail::default_rule_broken("anonymous-needs-reason", P::rules[I], source.id);
            else detail::report_broken_rule<P, I>(source.id);
        }
    }
    if constexpr (constexpr std::size_t I = detail::parts_rule<P>; I < detail::rules_of<P>().size()) {
        if constexpr (requires { claim.quantities; }) {
            for (std::size_t q = 0; q < claim.count; ++q) {
                const quantity_record& part = claim.quantities[q];
                if (part.part_of == no_whole ||
                    !breaks_figure_rule(P::rules[I], claim.quantities[part.part_of].value, part.value))
                    continue;
                if constexpr (P::rules[I].id == "part-within-whole")
                    detail::default_rule_broken("part-within-whole", P::rules[I], claim.id);
                else detail::report_broken_rule<P, I>(claim.id);
            }
        }
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
    constexpr attribution_facts facts{C::kind, Origin::kind, Origin::role};
    static_assert(!detail::breaks_rule_named<P>(NEWSPROV_QUOTE_NEEDS_SPEAKER_ID, facts),
                  "the origin of a relayed claim: " NEWSPROV_RULE_TEXT(QUOTE_NEEDS_SPEAKER));
    static_assert(!detail::breaks_rule_named<P>(NEWSPROV_FIGURE_NEEDS_AUTHORITY_ID, facts),
                  "the origin of a relayed claim: " NEWSPROV_RULE_TEXT(FIGURE_NEEDS_AUTHORITY));
    static_assert(!detail::breaks_rule_named<P>(NEWSPROV_DENIAL_NEEDS_PARTY_ID, facts),
                  "the origin of a relayed claim: " NEWSPROV_RULE_TEXT(DENIAL_NEEDS_PARTY));
    static_assert(detail::principal_kept<P, Origin>,
                  "the origin of a relayed claim: " NEWSPROV_RULE_TEXT(SPOKESPERSON_NEEDS_PRINCIPAL));
    static_assert(detail::principal_kept<P, Relayer>,
                  "the relayer of a claim: " NEWSPROV_RULE_TEXT(SPOKESPERSON_NEEDS_PRINCIPAL));
    static_assert(detail::enforce_house_attribution_rules<P, facts>(),
                  "newsprov: the origin of this relayed claim breaks a rule of the policy's own; the note below names it");
    if constexpr (constexpr std::size_t I = detail::anonymity_rule<P>; I < detail::rules_of<P>().size()) {
        if (breaks_source_rule(P::rules[I], Origin::kind, origin.record().anonymity_reason)) {
            if constexpr (P::rules[I].id == "anonymous-needs-reason")
                detail::default_rule_broken("anonymous-needs-reason", P::rules[I], origin.id);
            else detail::report_broken_rule<P, I>(origin.id);
        }
    }
    if constexpr (constexpr std::size_t I = detail::distinct_rule<P>; I < detail::rules_of<P>().size()) {
        if (breaks_relation_rule(P::rules[I], relayer.id, origin.id)) {
            if constexpr (P::rules[I].id == "no-self-attribution")
                detail::default_rule_broken("no-self-attribution", P::rules[I], relayer.id);
            else detail::report_broken_rule<P, I>(relayer.id);
        }
    }
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
    constexpr source_role role = Agent::role == source_role::none ? source_role::spokesperson_for : Agent::role;
    static_assert(!detail::breaks_principal_rule_named<P>(NEWSPROV_SPOKESPERSON_NEEDS_PRINCIPAL_ID, role,
                                                          Principal::kind),
                  NEWSPROV_RULE_TEXT(SPOKESPERSON_NEEDS_PRINCIPAL));
    if constexpr (constexpr std::size_t I = detail::distinct_rule<P>; I < detail::rules_of<P>().size()) {
        if (breaks_relation_rule(P::rules[I], agent.id, principal.id)) {
            if constexpr (P::rules[I].id == "no-self-attribution")
                detail::default_rule_broken("no-self-attribution", P::rules[I], agent.id);
            else detail::report_broken_rule<P, I>(agent.id);
        }
    }
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
    if constexpr (constexpr std::size_t I = distinct_rule<P>; I < detail::rules_of<P>().size()) {
        if (breaks_relation_rule(P::rules[I], derived.id, original.id)) {
            if constexpr (P::rules[I].id == "no-self-attribution")
                default_rule_broken("no-self-attribution", P::rules[I], derived.id);
            else report_broken_rule<P, I>(derived.id);
        }
    }
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
    static_assert(!detail::breaks_byline_rule_named<P>(NEWSPROV_BYLINE_NEEDS_JOURNALIST_ID, S::kind, S::role),
                  NEWSPROV_RULE_TEXT(BYLINE_NEEDS_JOURNALIST));
    static_assert(detail::enforce_house_byline_rules<P, S::kind, S::role>(),
                  "newsprov: this byline breaks a rule of the policy's own; the note below names it");
    relation_record r;
    r.kind = relation_kind::byline;
    r.to = author.id;
    r.location = location;
    return r;
}

/// A contributor line: who else reported, and where from.
template <policy P = default_policy, source_type S>
[[nodiscard]] constexpr relation_record contributor(const S& who, std::string_view location = {}) {
    static_assert(!detail::breaks_byline_rule_named<P>(NEWSPROV_BYLINE_NEEDS_JOURNALIST_ID, S::kind, S::role),
                  NEWSPROV_RULE_TEXT(BYLINE_NEEDS_JOURNALIST));
    static_assert(detail::enforce_house_byline_rules<P, S::kind, S::role>(),
                  "newsprov: this contributor line breaks a rule of the policy's own; the note below names it");
    relation_record r;
    r.kind = relation_kind::contributor;
    r.to = who.id;
    r.location = location;
    return r;
}

}  // namespace newsprov
