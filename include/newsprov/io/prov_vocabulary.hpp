#pragma once
// The newsprov vocabulary as PROV qualified names (prefix np). The tables are
// the one place where a kind gets its name; README lists them.

#include <newsprov/core/kinds.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/graph/strings.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsprov::vocab {

inline constexpr std::string_view np_prefix = "np";
inline constexpr std::string_view np_iri = "https://newsprov.dev/ns#";
/// Prefix of the story's own ids ("story:rubio"); its IRI is story_iri_base + story id + "/".
inline constexpr std::string_view id_prefix = "story";
inline constexpr std::string_view story_iri_base = "https://newsprov.dev/story/";

inline constexpr std::array<std::string_view, 7> source_types{
    "np:Person", "np:Office", "np:Organization", "np:Publication", "np:Journalist", "np:Anonymous", "np:Document"};
inline constexpr std::array<std::string_view, 6> claim_types{
    "np:DirectQuote", "np:MixedQuote", "np:Paraphrase", "np:ReportedFigure", "np:Denial", "np:Observation"};
inline constexpr std::array<std::string_view, 3> role_names{"", "np:Official", "np:Spokesperson"};
inline constexpr std::array<std::string_view, 7> document_types{
    "np:Statement", "np:Report", "np:Memorandum", "np:Filing", "np:Transcript", "np:Article", "np:OtherDocument"};

inline constexpr std::string_view story_type = "np:Story";
inline constexpr std::string_view quantity_type = "np:Quantity";
inline constexpr std::string_view relay_type = "np:Relay";
inline constexpr std::string_view byline_role = "np:Byline";
inline constexpr std::string_view contributor_role = "np:Contributor";

// Attributes.
inline constexpr std::string_view cue = "np:cue";
inline constexpr std::string_view date = "np:date";
inline constexpr std::string_view location = "np:location";
inline constexpr std::string_view via = "np:via";
inline constexpr std::string_view role = "np:role";
inline constexpr std::string_view text = "np:text";
inline constexpr std::string_view description = "np:description";
inline constexpr std::string_view principal = "np:principal";
inline constexpr std::string_view principal_kind = "np:principalKind";
inline constexpr std::string_view anonymity_reason = "np:anonymityReason";
inline constexpr std::string_view document_kind_attr = "np:documentKind";
inline constexpr std::string_view span = "np:span";
inline constexpr std::string_view source_span = "np:sourceSpan";
inline constexpr std::string_view cue_span = "np:cueSpan";
inline constexpr std::string_view figure = "np:figure";
inline constexpr std::string_view value = "np:value";
inline constexpr std::string_view unit = "np:unit";
inline constexpr std::string_view what = "np:what";
inline constexpr std::string_view index = "np:index";
inline constexpr std::string_view part_of = "np:partOf";
inline constexpr std::string_view headline = "np:headline";
inline constexpr std::string_view publication = "np:publication";
inline constexpr std::string_view dateline = "np:dateline";
inline constexpr std::string_view article_text = "np:articleText";
inline constexpr std::string_view article_sha256 = "np:articleSha256";

inline constexpr std::string_view prov_type = "prov:type";
inline constexpr std::string_view prov_label = "prov:label";
inline constexpr std::string_view quotation = "prov:Quotation";
inline constexpr std::string_view revision = "prov:Revision";

// ---- generic PROV records in the graph formats ---------------------------
// One row per PROV record kind (prov::record_kind order): its PROV-O class
// (also its PROV-JSONLD @type and its DOT node or edge label), its unqualified
// and qualified PROV-O properties, and per formal argument (prov::record_kinds
// order) the PROV-O predicate on the qualified node and what the argument names.

/// What a formal argument of a PROV record names.
enum class arg_kind : std::uint8_t { none, entity, activity, agent, time, bundle, generation, usage, plan };

struct prov_o_kind {
    std::string_view class_name;   ///< "Generation": prov:Generation, PROV-JSONLD "@type"
    std::string_view unqualified;  ///< "wasGeneratedBy" (PROV-O property, PROV-N keyword); empty for elements
    std::string_view qualified;    ///< "qualifiedGeneration"; empty where PROV-O has none
    std::array<std::string_view, 5> predicates;  ///< PROV-O predicate per argument ([0]: the subject)
    std::array<arg_kind, 5> args;
};

inline constexpr std::string_view prov_iri = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view xsd_iri = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view rdf_iri = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs_iri = "http://www.w3.org/2000/01/rdf-schema#";
/// The PROV-JSONLD context (W3C member submission, 2024).
inline constexpr std::string_view prov_jsonld_context = "https://openprovenance.org/prov-jsonld/context.jsonld";

inline constexpr std::array<prov_o_kind, prov::record_kind_count> prov_o_kinds{{
    {"Entity", "", "", {}, {}},
    {"Activity", "", "", {"prov:startedAtTime", "prov:endedAtTime"}, {arg_kind::time, arg_kind::time}},
    {"Agent", "", "", {}, {}},
    {"Generation", "wasGeneratedBy", "qualifiedGeneration", {"", "prov:activity", "prov:atTime"},
     {arg_kind::entity, arg_kind::activity, arg_kind::time}},
    {"Usage", "used", "qualifiedUsage", {"", "prov:entity", "prov:atTime"},
     {arg_kind::activity, arg_kind::entity, arg_kind::time}},
    {"Communication", "wasInformedBy", "qualifiedCommunication", {"", "prov:activity"},
     {arg_kind::activity, arg_kind::activity}},
    {"Start", "wasStartedBy", "qualifiedStart", {"", "prov:entity", "prov:hadActivity", "prov:atTime"},
     {arg_kind::activity, arg_kind::entity, arg_kind::activity, arg_kind::time}},
    {"End", "wasEndedBy", "qualifiedEnd", {"", "prov:entity", "prov:hadActivity", "prov:atTime"},
     {arg_kind::activity, arg_kind::entity, arg_kind::activity, arg_kind::time}},
    {"Invalidation", "wasInvalidatedBy", "qualifiedInvalidation", {"", "prov:activity", "prov:atTime"},
     {arg_kind::entity, arg_kind::activity, arg_kind::time}},
    {"Derivation", "wasDerivedFrom", "qualifiedDerivation",
     {"", "prov:entity", "prov:hadActivity", "prov:hadGeneration", "prov:hadUsage"},
     {arg_kind::entity, arg_kind::entity, arg_kind::activity, arg_kind::generation, arg_kind::usage}},
    {"Attribution", "wasAttributedTo", "qualifiedAttribution", {"", "prov:agent"}, {arg_kind::entity, arg_kind::agent}},
    {"Association", "wasAssociatedWith", "qualifiedAssociation", {"", "prov:agent", "prov:hadPlan"},
     {arg_kind::activity, arg_kind::agent, arg_kind::plan}},
    {"Delegation", "actedOnBehalfOf", "qualifiedDelegation", {"", "prov:agent", "prov:hadActivity"},
     {arg_kind::agent, arg_kind::agent, arg_kind::activity}},
    {"Influence", "wasInfluencedBy", "qualifiedInfluence", {"", "prov:influencer"}, {arg_kind::none, arg_kind::none}},
    {"Alternate", "alternateOf", "", {}, {arg_kind::entity, arg_kind::entity}},
    {"Specialization", "specializationOf", "", {}, {arg_kind::entity, arg_kind::entity}},
    {"Membership", "hadMember", "", {}, {arg_kind::entity, arg_kind::entity}},
    {"Mention", "mentionOf", "", {"", "", "prov:asInBundle"}, {arg_kind::entity, arg_kind::entity, arg_kind::bundle}},
}};

[[nodiscard]] constexpr const prov_o_kind& prov_o(prov::record_kind k) noexcept {
    return prov_o_kinds[static_cast<std::size_t>(k)];
}
/// Whether records of kind `k` are elements (nodes), not relations (edges).
[[nodiscard]] constexpr bool is_element(prov::record_kind k) noexcept { return prov_o(k).unqualified.empty(); }
/// The subtypes of derivation that PROV-O names ("prov:Revision" -> Revision).
inline constexpr std::array<std::string_view, 3> derivation_subtypes{"prov:Revision", "prov:Quotation",
                                                                     "prov:PrimarySource"};

template <std::size_t N>
[[nodiscard]] constexpr std::optional<std::size_t> find(const std::array<std::string_view, N>& names,
                                                        std::string_view name) noexcept {
    for (std::size_t i = 0; i < N; ++i)
        if (!names[i].empty() && detail::same(names[i], name)) return i;  // inline: no memcmp call per name
    return std::nullopt;
}

}  // namespace newsprov::vocab

namespace newsprov::detail {

/// A namespace a document declares, as the Turtle and JSON-LD writers keep it
/// (one type for both: one std::map instantiation).
struct declared_namespace {
    std::string iri;
    bool usable;  ///< written with its prefix (else names in it are written as full IRIs)
};

}  // namespace newsprov::detail
