#pragma once
// The one rule by which every subcommand tells PROV-JSON from PROV-N: by
// content, after a UTF-8 byte order mark and white space: '{' or '[' is JSON,
// a letter is PROV-N ("document", a comment aside). Only when the content says
// nothing (an empty file, other bytes) does the name decide: *.provn is PROV-N,
// anything else PROV-JSON. Errors keep the positions of the file as given
// (the byte order mark counted).

#include <newsprov/core/error.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>

#include <string_view>

namespace newsprov_cli {

enum class document_syntax { prov_json, prov_n };

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

[[nodiscard]] inline document_syntax detect_syntax(std::string_view text, std::string_view path) {
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    const char c = first == std::string_view::npos ? '\0' : text[first];
    if (c == '{' || c == '[') return document_syntax::prov_json;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/') return document_syntax::prov_n;
    return path.ends_with(".provn") ? document_syntax::prov_n : document_syntax::prov_json;
}

/// The document in `text`; throws newsprov::input_error (line:col in `text`).
[[nodiscard]] inline newsprov::story_document read_document(std::string_view text, std::string_view path) {
    const document_syntax syntax = detect_syntax(text, path);
    const bool bom = text.starts_with(utf8_bom);
    if (bom) text.remove_prefix(utf8_bom.size());
    try {
        return syntax == document_syntax::prov_json ? newsprov::read_prov_json(text) : newsprov::read_prov_n(text);
    } catch (const newsprov::input_error& e) {
        if (!bom) throw;
        newsprov::text_position at = e.where();
        if (at.line == 1) at.column += utf8_bom.size();
        at.offset += utf8_bom.size();
        throw newsprov::input_error(at, e.message(), e.limit());
    }
}

}  // namespace newsprov_cli
