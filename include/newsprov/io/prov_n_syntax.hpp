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

/// "2011-11-16T16:05:00...": the start of an xsd:dateTime, which PROV-N writes
/// unquoted where a time goes (an extension argument is a name or a time).
[[nodiscard]] constexpr bool is_time_text(std::string_view t) noexcept {
    if (t.size() < 11 || t[4] != '-' || t[7] != '-' || t[10] != 'T') return false;
    for (std::size_t i = 0; i < 10; ++i)
        if (i != 4 && i != 7 && (t[i] < '0' || t[i] > '9')) return false;
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
