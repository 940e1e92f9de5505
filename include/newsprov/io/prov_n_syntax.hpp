#pragma once
// PROV-N (W3C recommendation, 2013): the lexical facts its reader
// (io/prov_n_read.hpp) and writer (io/prov_n_write.hpp) both rely on, so the
// two agree on what reads back.

#include <cstddef>
#include <string_view>

namespace newsprov::detail {

/// An optionally signed run of decimal digits: PROV-N's bare integer literal.
[[nodiscard]] constexpr bool is_integer_text(std::string_view t) noexcept {
    std::size_t i = t.size() > 0 && t[0] == '-' ? 1 : 0;
    if (i == t.size()) return false;
    for (; i < t.size(); ++i)
        if (t[i] < '0' || t[i] > '9') return false;
    return true;
}

/// Bytes PROV-N's IRI_REF production excludes between < and >: controls,
/// space and <>"{}|^`\ (the reader refuses them).
[[nodiscard]] constexpr bool provn_iri_excluded(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
           c == '`' || c == '\\';
}

}  // namespace newsprov::detail
