#pragma once
// The document formats that `newsprov export --to` and `newsprov extract --to`
// write: one table, so adding a format is one row and both commands get it.

#include <newsprov/graph/document.hpp>
#include <newsprov/io/dot.hpp>
#include <newsprov/io/jsonld.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>
#include <newsprov/io/turtle.hpp>

#include <array>
#include <string>
#include <string_view>

namespace newsprov_cli {

/// One document format.
struct export_format {
    std::string_view name;
    std::string_view description;
    std::string (*write)(const newsprov::story_document&);
};

inline constexpr std::array export_formats{
    export_format{"prov-json", "W3C PROV-JSON",
                  [](const newsprov::story_document& d) { return newsprov::to_prov_json(d, {1}); }},
    export_format{"prov-n", "W3C PROV-N", [](const newsprov::story_document& d) { return newsprov::to_prov_n(d); }},
    export_format{"turtle", "PROV-O in Turtle", [](const newsprov::story_document& d) { return newsprov::to_turtle(d); }},
    export_format{"jsonld", "schema.org JSON-LD (NewsArticle, Claim)",
                  [](const newsprov::story_document& d) { return newsprov::to_jsonld(d); }},
    export_format{"dot", "Graphviz DOT (pipe to dot -Tsvg)",
                  [](const newsprov::story_document& d) { return newsprov::to_dot(d); }},
};

/// The row named `name`, or nullptr.
[[nodiscard]] inline const export_format* find_export_format(std::string_view name) {
    for (const auto& f : export_formats)
        if (f.name == name) return &f;
    return nullptr;
}

}  // namespace newsprov_cli
