#pragma once
// The newsprov vocabulary as PROV qualified names (prefix np). The tables are
// the one place where a kind gets its name; README lists them.

#include <newsprov/core/kinds.hpp>
#include <newsprov/graph/strings.hpp>

#include <array>
#include <cstddef>
#include <optional>
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

template <std::size_t N>
[[nodiscard]] constexpr std::optional<std::size_t> find(const std::array<std::string_view, N>& names,
                                                        std::string_view name) noexcept {
    for (std::size_t i = 0; i < N; ++i)
        if (!names[i].empty() && detail::same(names[i], name)) return i;  // inline: no memcmp call per name
    return std::nullopt;
}

}  // namespace newsprov::vocab
