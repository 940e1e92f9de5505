#pragma once
// The output formats of `newsprov export` beyond PROV: each takes any document
// the PROV readers produce; the JSON-LD is valid JSON. Turtle and JSON-LD may
// refuse what they cannot hold (a name without prefix and no default namespace;
// in Turtle a bundle) with an input_error naming a place; DOT draws everything.

#include "fuzz_support.hpp"

#include <newsprov/graph/document.hpp>
#include <newsprov/io/dot.hpp>
#include <newsprov/json/json.hpp>
#include <newsprov/io/jsonld.hpp>
#include <newsprov/io/turtle.hpp>

#include <string>

namespace newsprov_fuzz {

inline void check_writers(const newsprov::story_document& doc) {
    std::string ld;
    try {
        ld = newsprov::to_jsonld(doc);
    } catch (const newsprov::input_error& e) {
        require(e.where().line >= 1 && !e.message().empty(), "JSON-LD refusal names a place");
    }
    if (!ld.empty()) {
        try {
            (void)newsprov::json::parse(ld);
        } catch (const newsprov::input_error&) {
            require(false, "JSON-LD output is valid JSON");
        }
    }
    try {
        require(!newsprov::to_turtle(doc).empty(), "Turtle output");
    } catch (const newsprov::input_error& e) {
        require(e.where().line >= 1 && !e.message().empty(), "Turtle refusal names a place");
    }
    require(!newsprov::to_dot(doc).empty(), "DOT output");
}

}  // namespace newsprov_fuzz
