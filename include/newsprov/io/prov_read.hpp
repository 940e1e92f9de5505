#pragma once
// Which PROV syntax a text is in, and reading it whichever it is: the one rule
// every subcommand and every user shares.
//
//   newsprov::prov_format f = newsprov::detect_prov_format(bytes, "doc.provn");
//   newsprov::story_document doc = newsprov::read_prov(bytes, file_name);
//
// Decided by content: a UTF-8 byte order mark, white space and PROV-N comments
// (// and /* */) are skipped; '{' (or '[' or '"') starts JSON, anything else
// (PROV-N begins with "document") is PROV-N. The file name's extension
// (.json / .provn) decides only when the content does not: an empty text, or
// one that is nothing but white space, a BOM and comments.

#include <newsprov/graph/document.hpp>
#include <newsprov/io/prov_json_read.hpp>
#include <newsprov/io/prov_n_read.hpp>

#include <cstddef>
#include <string_view>

namespace newsprov {

enum class prov_format { json, provn };

namespace detail {
inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

/// The text after a UTF-8 byte order mark, if it has one.
[[nodiscard]] constexpr std::string_view without_bom(std::string_view bytes) noexcept {
    return bytes.starts_with(utf8_bom) ? bytes.substr(utf8_bom.size()) : bytes;
}

/// Offset of the first byte that is not white space or inside a comment; npos if none.
[[nodiscard]] constexpr std::size_t first_significant(std::string_view t) noexcept {
    std::size_t i = 0;
    while (i < t.size()) {
        const char c = t[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (t.substr(i, 2) == "//") {
            const std::size_t end = t.find('\n', i);
            if (end == std::string_view::npos) return std::string_view::npos;
            i = end + 1;
        } else if (t.substr(i, 2) == "/*") {
            const std::size_t end = t.find("*/", i + 2);
            if (end == std::string_view::npos) return std::string_view::npos;
            i = end + 2;
        } else {
            return i;
        }
    }
    return std::string_view::npos;
}
}  // namespace detail

/// The syntax of `bytes` (see the top of this file); `file_name` breaks a tie.
[[nodiscard]] constexpr prov_format detect_prov_format(std::string_view bytes, std::string_view file_name = {}) noexcept {
    const std::string_view t = detail::without_bom(bytes);
    const std::size_t at = detail::first_significant(t);
    if (at != std::string_view::npos) {
        const char c = t[at];
        return c == '{' || c == '[' || c == '"' ? prov_format::json : prov_format::provn;
    }
    return file_name.ends_with(".json") ? prov_format::json : prov_format::provn;
}

/// A document from PROV-JSON or PROV-N, whichever `bytes` holds (a byte order
/// mark skipped). Throws input_error; positions count from after the mark.
template <class = void>
[[nodiscard]] inline story_document read_prov(std::string_view bytes, std::string_view file_name = {}) {
    const std::string_view t = detail::without_bom(bytes);
    return detect_prov_format(bytes, file_name) == prov_format::json ? read_prov_json(t) : read_prov_n(t);
}

}  // namespace newsprov
