#pragma once
// The default sourcing policy, after common wire-service practice. Each rule's
// id appears in compile errors and run-time diagnostics.

#include <newsprov/policy/rule.hpp>

#include <array>

// The texts of the rules decided by kinds are macros as well: the builders'
// static_assert messages (story/relations.hpp) must be string literals, and
// they put the rule's id, message and hint first in the compiler's output.
#define NEWSPROV_QUOTE_NEEDS_SPEAKER_ID "quote-needs-speaker"
#define NEWSPROV_QUOTE_NEEDS_SPEAKER_MESSAGE \
    "a direct or mixed quote needs a source that can speak: a person, an office holder, a journalist, " \
    "an anonymous source or a document's text"
#define NEWSPROV_QUOTE_NEEDS_SPEAKER_HINT \
    "an organization or publication does not speak as such: name its spokesperson (acting on its " \
    "behalf) or the statement it issued"

#define NEWSPROV_FIGURE_NEEDS_AUTHORITY_ID "figure-needs-authority"
#define NEWSPROV_FIGURE_NEEDS_AUTHORITY_MESSAGE \
    "a reported figure needs an authority: an office, organization, official, document, publication " \
    "or the reporter's own observation"
#define NEWSPROV_FIGURE_NEEDS_AUTHORITY_HINT \
    "attribute the figure to the office or body that counted it, or give the person an official role"

#define NEWSPROV_BYLINE_NEEDS_JOURNALIST_ID "byline-needs-journalist"
#define NEWSPROV_BYLINE_NEEDS_JOURNALIST_MESSAGE \
    "bylines and contributor lines name journalists, or the publication for staff reports"
#define NEWSPROV_BYLINE_NEEDS_JOURNALIST_HINT \
    "put the reporter (or the outlet) in the byline; quote other people as sources"

#define NEWSPROV_SPOKESPERSON_NEEDS_PRINCIPAL_ID "spokesperson-needs-principal"
#define NEWSPROV_SPOKESPERSON_NEEDS_PRINCIPAL_MESSAGE \
    "a spokesperson or official names the organization, office or publication they speak for"
#define NEWSPROV_SPOKESPERSON_NEEDS_PRINCIPAL_HINT \
    "pass the body they speak for as the last argument, e.g. spokesperson{\"peskov\", \"Dmitry Peskov\", " \
    "\"spokesman\", kremlin}, where kremlin is an organization, office or publication"

#define NEWSPROV_DENIAL_NEEDS_PARTY_ID "denial-needs-party"
#define NEWSPROV_DENIAL_NEEDS_PARTY_MESSAGE \
    "a denial or refusal to comment comes from a party that can be asked: a person, office, " \
    "organization, publication or journalist"
#define NEWSPROV_DENIAL_NEEDS_PARTY_HINT \
    "attribute the denial to whoever was asked; documents and unnamed sources do not decline"

/// "id: message; fix: hint" of a rule above, as one string literal.
#define NEWSPROV_RULE_TEXT(RULE) NEWSPROV_##RULE##_ID ": " NEWSPROV_##RULE##_MESSAGE "; fix: " NEWSPROV_##RULE##_HINT

namespace newsprov {

namespace rules {

inline constexpr rule quote_needs_speaker{
    NEWSPROV_QUOTE_NEEDS_SPEAKER_ID,
    NEWSPROV_QUOTE_NEEDS_SPEAKER_MESSAGE,
    NEWSPROV_QUOTE_NEEDS_SPEAKER_HINT,
    rule_scope::attribution,
    rule_check::allowed_sources,
    {claim_kind::direct_quote, claim_kind::mixed_quote},
    {source_kind::person, source_kind::office, source_kind::journalist, source_kind::anonymous,
     source_kind::document},
    {}};

inline constexpr rule figure_needs_authority{
    NEWSPROV_FIGURE_NEEDS_AUTHORITY_ID,
    NEWSPROV_FIGURE_NEEDS_AUTHORITY_MESSAGE,
    NEWSPROV_FIGURE_NEEDS_AUTHORITY_HINT,
    rule_scope::attribution,
    rule_check::allowed_sources,
    {claim_kind::reported_figure},
    {source_kind::office, source_kind::organization, source_kind::document, source_kind::publication,
     source_kind::journalist},
    {source_role::official_of, source_role::spokesperson_for}};

inline constexpr rule anonymous_needs_reason{
    "anonymous-needs-reason",
    "an anonymous source must state why anonymity was granted",
    "give the reason, e.g. \"not authorized to speak publicly\"",
    rule_scope::source,
    rule_check::anonymity_reason};

inline constexpr rule byline_needs_journalist{
    NEWSPROV_BYLINE_NEEDS_JOURNALIST_ID,
    NEWSPROV_BYLINE_NEEDS_JOURNALIST_MESSAGE,
    NEWSPROV_BYLINE_NEEDS_JOURNALIST_HINT,
    rule_scope::byline,
    rule_check::allowed_sources,
    {},
    {source_kind::journalist, source_kind::publication},
    {}};

inline constexpr rule spokesperson_needs_principal{
    NEWSPROV_SPOKESPERSON_NEEDS_PRINCIPAL_ID,
    NEWSPROV_SPOKESPERSON_NEEDS_PRINCIPAL_MESSAGE,
    NEWSPROV_SPOKESPERSON_NEEDS_PRINCIPAL_HINT,
    rule_scope::on_behalf_of,
    rule_check::principal_named,
    {},
    {source_kind::organization, source_kind::office, source_kind::publication},
    {}};

inline constexpr rule no_self_attribution{
    "no-self-attribution",
    "nothing is attributed to itself; relay chains end at a primary source, and documents do not quote, "
    "derive from or revise one another in a cycle",
    "relate two different sources or documents, end every relay chain at the original speaker, and point "
    "quoted_from, derived_from and revision_of from the later document to the earlier",
    rule_scope::relation,
    rule_check::distinct_endpoints};

inline constexpr rule part_within_whole{
    "part-within-whole",
    "a part of a reported figure does not exceed its whole",
    "check the numbers: \"98 injured, including six children\" has the part (6) within the whole (98)",
    rule_scope::figure,
    rule_check::parts_within_whole};

inline constexpr rule denial_needs_party{
    NEWSPROV_DENIAL_NEEDS_PARTY_ID,
    NEWSPROV_DENIAL_NEEDS_PARTY_MESSAGE,
    NEWSPROV_DENIAL_NEEDS_PARTY_HINT,
    rule_scope::attribution,
    rule_check::allowed_sources,
    {claim_kind::denial},
    {source_kind::person, source_kind::office, source_kind::organization, source_kind::publication,
     source_kind::journalist},
    {}};

inline constexpr rule attributor_declared{
    "attributor-declared",
    "every source and claim that a relation, a principal or the story's publication names is declared in "
    "the story, by a non-empty id",
    "add the source or claim to the story, or fix the id that names it",
    rule_scope::story,
    rule_check::references_declared};

inline constexpr rule id_unique{
    "id-unique",
    "ids are unique across the story's sources, its claims and the story itself",
    "give each source and claim its own id; relations would otherwise name whichever came first",
    rule_scope::story,
    rule_check::ids_unique};

inline constexpr rule claim_needs_source{
    "claim-needs-source",
    "every claim other than the reporter's own observation is attributed to a source",
    "attribute the claim, or declare it an observation of the reporter",
    rule_scope::story,
    rule_check::claims_attributed};

}  // namespace rules

/// The default policy: a type whose `rules` table the checks read.
struct default_policy {
    static constexpr std::array rules{
        rules::quote_needs_speaker,     rules::figure_needs_authority, rules::anonymous_needs_reason,
        rules::byline_needs_journalist, rules::spokesperson_needs_principal,
        rules::no_self_attribution,     rules::part_within_whole,      rules::denial_needs_party,
        rules::id_unique,               rules::attributor_declared,    rules::claim_needs_source,
    };
};

}  // namespace newsprov
