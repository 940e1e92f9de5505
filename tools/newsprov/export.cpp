// `newsprov export --to FORMAT [-o OUT] FILE`: reads a provenance document
// (PROV-JSON or PROV-N, told apart by its first character) and writes it in
// FORMAT. Formats are rows of `export_formats`: adding one is one row.

#include "commands.hpp"
#include <newsprov/core/error.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/dot.hpp>
#include <newsprov/io/jsonld.hpp>
#include <newsprov/io/prov_n.hpp>
#include <newsprov/io/prov_read.hpp>
#include <newsprov/io/turtle.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <span>
#include <sstream>
#include <string>
#include <string_view>

namespace newsprov_cli {

/// One output format of `newsprov export`.
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

inline std::string export_usage() {
    std::string u =
        "usage: newsprov export --to FORMAT [-o OUT] FILE\n"
        "\n"
        "Reads a provenance document, PROV-JSON or PROV-N (FILE '-' is standard input),\n"
        "and writes it in FORMAT to standard output or OUT. Records without newsprov\n"
        "types are carried through unchanged.\n"
        "\n"
        "formats:\n";
    for (const auto& f : export_formats) u.append("  ").append(f.name).append(12 - f.name.size(), ' ').append(f.description).append("\n");
    u.append(
        "\n"
        "  -o OUT      write to OUT instead of standard output\n"
        "  -h, --help  this text\n"
        "\n"
        "exit status: 0 written, 2 unusable input or arguments (file:line:col: message)\n");
    return u;
}

int export_main(std::span<char*> args) {
    std::string_view to, out_path, in_path;
    auto usage_error = [](const std::string& message) {
        std::fprintf(stderr, "newsprov export: %s\n\n%s", message.c_str(), export_usage().c_str());
        return 2;
    };
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view a = args[i];
        if (a == "-h" || a == "--help") {
            std::fputs(export_usage().c_str(), stdout);
            return 0;
        }
        if (a == "--to" || a == "-o") {
            if (i + 1 >= args.size()) return usage_error(std::string(a) + " needs a value");
            (a == "--to" ? to : out_path) = args[++i];
        } else if (a.starts_with("--to=")) {
            to = a.substr(5);
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            return usage_error("unknown option " + std::string(a));
        } else if (!in_path.empty()) {
            return usage_error("one input FILE at a time");
        } else {
            in_path = a;
        }
    }
    if (to.empty()) return usage_error("--to FORMAT is required");
    const export_format* format = nullptr;
    for (const auto& f : export_formats)
        if (f.name == to) format = &f;
    if (!format) return usage_error("unknown format '" + std::string(to) + "'");
    if (in_path.empty()) return usage_error("no input FILE");

    std::string text;
    if (in_path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::ifstream in{std::string(in_path), std::ios::binary};
        if (!in) {
            std::fprintf(stderr, "%.*s: cannot open\n", static_cast<int>(in_path.size()), in_path.data());
            return 2;
        }
        std::ostringstream buf;
        buf << in.rdbuf();
        text = std::move(buf).str();
    }
    std::string output;
    try {
        output = format->write(newsprov::read_prov(text, in_path));
    } catch (const newsprov::input_error& e) {
        std::fprintf(stderr, "%.*s:%s\n", static_cast<int>(in_path.size()), in_path.data(), e.what());
        return 2;
    }
    if (out_path.empty()) {
        std::fwrite(output.data(), 1, output.size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 2;
    }
    std::ofstream out{std::string(out_path), std::ios::binary};
    out.write(output.data(), static_cast<std::streamsize>(output.size()));
    if (!out.flush()) {
        std::fprintf(stderr, "%.*s: cannot write\n", static_cast<int>(out_path.size()), out_path.data());
        return 2;
    }
    return 0;
}

}  // namespace newsprov_cli
