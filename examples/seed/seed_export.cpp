// The seed story in the graph formats: PROV-O Turtle, schema.org JSON-LD,
// Graphviz DOT. The README's picture comes from here:
//
//   seed_export dot | dot -Tsvg > docs/seed-story.svg
//
// `--hostile` writes a small story whose ids and texts hold quotes,
// backslashes, newlines, markup, non-ASCII and invalid UTF-8, so the interop
// tests can feed the real tools what escaping must survive.
#include "seed_story.hpp"

#include <newsprov/io/dot.hpp>
#include <newsprov/io/jsonld.hpp>
#include <newsprov/io/turtle.hpp>

#include <array>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view usage = "usage: seed_export [--hostile] turtle|jsonld|dot\n";

std::string hostile(std::string_view format) {
    namespace np = newsprov;
    std::array<np::source_record, 3> sources{};
    sources[0].id = "a\" -> b [color=red]; //";
    sources[0].name = "<b>Bold</b> & \"co\"\n\\";
    sources[1].id = "-x.y:z\xC3\xA9";
    sources[1].kind = np::source_kind::anonymous;
    sources[1].name = "an official in Kyi\xD1\x97v";
    sources[1].anonymity_reason = "not \"authorized\"\r\n\x01";
    sources[2].id = "statement#1";
    sources[2].kind = np::source_kind::document;
    sources[2].name = "the ministry's {statement}";
    std::array<np::claim_record, 2> claims{};
    claims[0].id = "c}";
    claims[0].text = "}\"; digraph x { \\ \xF0\x9F\x98\x80 \xFF <script>";
    claims[1].id = "q 2";
    claims[1].kind = np::claim_kind::direct_quote;
    claims[1].text = "we said \"no\"\t\\n";
    std::array<np::relation_record, 4> relations{};
    relations[0].from = "c}";
    relations[0].to = sources[0].id;
    relations[0].cue = "said \"<&>\"\\";
    relations[1].from = "c}";
    relations[1].to = "undeclared one";
    relations[2].from = "c}";
    relations[2].to = sources[1].id;
    relations[2].date = "2025-01-01";
    relations[3].from = "q 2";
    relations[3].to = "statement#1";
    relations[3].cue = "wrote";
    const np::story_info info{"s \"1\"", "head\"line\\ \xE2\x80\x94 <i>"};
    const np::story_records records{sources, claims, {}, relations};
    if (format == "turtle") return np::to_turtle(info, records);
    if (format == "jsonld") return np::to_jsonld(info, records);
    return np::to_dot(info, records);
}

}  // namespace

int main(int argc, char** argv) {
    const std::span<char*> args{argv, static_cast<std::size_t>(argc)};
    bool bad = false;
    std::string_view format;
    std::string_view which = "seed";
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view a{args[i]};
        if (a == "--hostile")
            which = "hostile";
        else if (a == "-h" || a == "--help") {
            std::fputs(usage.data(), stdout);
            return 0;
        } else if (format.empty() && (a == "turtle" || a == "jsonld" || a == "dot"))
            format = a;
        else
            bad = true;
    }
    if (bad || format.empty()) {
        std::fputs(usage.data(), stderr);
        return 2;
    }
    std::string out;
    if (which == "hostile")
        out = hostile(format);
    else if (format == "turtle")
        out = newsprov::to_turtle(seed::story);
    else if (format == "jsonld")
        out = newsprov::to_jsonld(seed::story);
    else
        out = newsprov::to_dot(seed::story);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
