// The cast shared by the compile-fail snippets: a small story's sources and claims.
#pragma once
#include <newsprov/story/check.hpp>
#include <newsprov/story/relations.hpp>

namespace cast {
namespace np = newsprov;
inline constexpr np::organization kremlin{"kremlin", "the Kremlin"};
inline constexpr np::publication wire{"wire", "a wire service"};
inline constexpr np::person rubio{"rubio", "Marco Rubio", "U.S. Secretary of State"};
inline constexpr np::person witkoff{"witkoff", "Steve Witkoff", "presidential envoy"};
inline constexpr np::person bystander{"bystander", "a shopper"};
inline constexpr np::spokesperson peskov{"peskov", "Dmitry Peskov", "Kremlin spokesman", kremlin};
inline constexpr np::spokesperson self_appointed{"aide", "an aide", "spokesman", rubio};
inline constexpr np::office mayor{"kharkiv-mayor", "the mayor of Kharkiv"};
inline constexpr np::journalist reporter{"arhirova", "Hanna Arhirova", "Kyiv"};
inline constexpr np::anonymous official_unnamed{"unnamed", "a senior official", "not authorized to discuss the talks"};
inline constexpr np::anonymous no_reason{"unnamed2", "a person familiar with the talks"};
inline constexpr np::document memo{"memo", "memorandum of intent", np::document_kind::memorandum};
inline constexpr np::document memo_draft{"memo-draft", "draft memorandum", np::document_kind::memorandum};
inline constexpr np::direct_quote quote{"q1", "we are going to have to move on"};
inline constexpr np::mixed_quote mixed{"m1", "talks were \"productive\""};
inline constexpr np::paraphrase talks{"p1", "complex negotiations are under way"};
inline constexpr np::denial declined{"d1", "declined to discuss security guarantees"};
inline constexpr auto toll = np::reported_figure{"toll", "one killed, 98 injured"}
                                 .with(np::quantity{1, "people", "killed"})
                                 .with(np::quantity{98, "people", "injured"}.including(6, "children"));
}  // namespace cast
