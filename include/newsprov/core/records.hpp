#pragma once
// Uniform records of a story's parts. The typed vocabulary (core/sources.hpp,
// core/claims.hpp) converts to these; compile-time stories keep them in arrays
// and the run-time document keeps them in vectors, so one checker serves both.
// Strings are views: into string literals for a constexpr story, into the
// document's own string storage at run time.

#include <newsprov/core/kinds.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsprov {

struct source_record {
    source_kind kind = source_kind::person;
    source_role role = source_role::none;
    std::string_view id = {};           ///< unique in the story; becomes the PROV identifier
    std::string_view name = {};         ///< "Dmitry Peskov", "the mayor of Kharkiv"
    std::string_view description = {};  ///< title or description: "Kremlin spokesman"
    std::string_view principal = {};    ///< id of the body spoken for (spokesperson, official)
    bool has_principal_kind = false;
    source_kind principal_kind = source_kind::organization;  ///< when known from a typed principal
    std::string_view anonymity_reason = {};                      ///< anonymous sources only
    document_kind document = document_kind::other;          ///< document sources only
    std::string_view location = {};                              ///< journalists: where they reported from
};

struct claim_record {
    claim_kind kind = claim_kind::paraphrase;
    std::string_view id = {};    ///< unique in the story
    std::string_view text = {};  ///< the words as they appear (quotes) or the gist (paraphrase)
};

/// One quantity of a reported figure. Parts point at their whole by index into
/// the same figure's quantities ("98 injured, including six children").
inline constexpr std::uint8_t no_whole = 0xFF;
struct quantity_record {
    std::string_view claim = {};  ///< id of the reported figure it belongs to
    double value = 0;
    std::string_view unit = {};  ///< "people", "USD", "km"
    std::string_view what = {};  ///< "killed", "injured", "children"
    std::uint8_t index = 0;  ///< position within its figure
    std::uint8_t part_of = no_whole;
};

struct relation_record {
    relation_kind kind = relation_kind::attribution;
    std::string_view from = {};  ///< attribution, relayed_by: claim; on_behalf_of: agent; documents: the derived one
    std::string_view to = {};    ///< attribution: source; relayed_by: origin; on_behalf_of: principal; byline: journalist
    std::string_view via = {};   ///< relayed_by: who passed the claim on
    std::string_view cue = {};   ///< attribution: "said", "according to", "told reporters"
    std::string_view date = {};  ///< attribution: when (ISO 8601 where known)
    std::string_view location = {};  ///< byline, contributor: where the journalist reported from
};

}  // namespace newsprov
