#pragma once
// Extension expressions (prov::extension: provext:alternateOf(...),
// prov:derivedByInsertionFrom(...)) outside PROV-N. PROV-JSON, PROV-O Turtle,
// DOT and JSON-LD have no standard form for an arbitrary one, so their writers
// refuse a document that holds one rather than drop it: the error names the
// expression and where it was read, and output is not begun.

#include <newsprov/core/error.hpp>
#include <newsprov/graph/prov_model.hpp>

#include <string>
#include <string_view>

namespace newsprov::detail {

/// Throws input_error at the first extension expression of `m` (nullptr: none),
/// which `format` ("PROV-JSON") cannot hold.
template <class = void>
inline void refuse_prov_extensions(const prov::model* m, std::string_view format) {
    if (m == nullptr) return;
    const prov::extension* e = m->first_extension();
    if (e == nullptr) return;
    std::string message(format);
    message.append(" cannot hold the extension expression ").append(e->name).append("; export --to prov-n keeps it");
    throw input_error(e->where, message);
}

}  // namespace newsprov::detail
