#pragma once
// What the extractor reports for one attribution: content, source, cue, kind.

#include <newsprov/text/tokens.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov::text {

enum class quote_kind : std::uint8_t { direct, mixed, indirect };

[[nodiscard]] constexpr std::string_view to_string(quote_kind k) noexcept {
    switch (k) {
        case quote_kind::direct: return "direct";
        case quote_kind::mixed: return "mixed";
        case quote_kind::indirect: return "indirect";
    }
    return "indirect";
}

/// One attribution: what was said (content), by whom (source), how (cue).
/// Each role may have several parts ("A," he said, "B." has two content parts).
struct attribution {
    std::vector<span> content;
    std::vector<span> source;
    std::vector<span> cue;
    quote_kind kind = quote_kind::indirect;
    std::string speaker;  ///< canonical name: "Dmitry Peskov", "mayor of Kharkiv"; empty when unknown
};

}  // namespace newsprov::text
