#pragma once
// The output formats of `newsprov export` beyond PROV: each takes any document
// the PROV readers produce; the JSON-LD is valid JSON.

#include "fuzz_support.hpp"

#include <newsprov/graph/document.hpp>
#include <newsprov/io/dot.hpp>
#include <newsprov/json/json.hpp>
#include <newsprov/io/jsonld.hpp>
#include <newsprov/io/turtle.hpp>

#include <string>

namespace newsprov_fuzz {

inline void check_writers(const newsprov::story_document& doc) {
    const std::string ld = newsprov::to_jsonld(doc);
    try {
        (void)newsprov::json::parse(ld);
    } catch (const newsprov::input_error&) {
        require(false, "JSON-LD output is valid JSON");
    }
    require(!newsprov::to_turtle(doc).empty(), "Turtle output");
    require(!newsprov::to_dot(doc).empty(), "DOT output");
}

}  // namespace newsprov_fuzz
