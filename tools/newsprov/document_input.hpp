#pragma once
// How every subcommand reads a provenance document: the library's one rule
// (newsprov::read_prov, io/prov_read.hpp: by content, a byte order mark
// skipped, the file name only as a tie-break), with error positions counted in
// the file as given (the byte order mark included).

#include <newsprov/core/error.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/io/prov_read.hpp>

#include <string_view>

namespace newsprov_cli {

/// The document in `text`; throws newsprov::input_error (line:col in `text`).
[[nodiscard]] inline newsprov::story_document read_document(std::string_view text, std::string_view path) {
    try {
        return newsprov::read_prov(text, path);
    } catch (const newsprov::input_error& e) {
        const std::size_t bom = text.size() - newsprov::detail::without_bom(text).size();
        if (bom == 0) throw;
        newsprov::text_position at = e.where();
        if (at.line == 1) at.column += bom;
        at.offset += bom;
        throw newsprov::input_error(at, e.message(), e.limit());
    }
}

}  // namespace newsprov_cli
