// `newsprov export --to FORMAT [-o OUT] FILE`: reads a provenance document
// (PROV-JSON or PROV-N, told apart by content: document_input.hpp) and writes it in
// FORMAT. Formats are rows of `export_formats` (document_formats.hpp): adding one is one row.

#include "args.hpp"
#include "commands.hpp"
#include "document_input.hpp"
#include "io_support.hpp"

#include "document_formats.hpp"

#include <newsprov/core/error.hpp>

#include <array>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

namespace newsprov_cli {

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
        "  -o, --output OUT\n"
        "              write to OUT, whole or not at all ('-': standard output)\n"
        "  -h, --help  this text\n"
        "\n"
        "exit status: 0 written, 2 unusable input, a failed write or bad arguments\n"
        "(FILE:line:col: message)\n");
    return u;
}

int export_main(std::span<char*> args) {
    static constexpr option_spec specs[] = {{"to", '\0', true}, {"output", 'o', true}};
    const std::string usage = export_usage();
    const parsed_args opts("export", args, specs, usage);
    if (opts.error()) return 2;
    if (opts.help()) return write_to_stdout(usage);
    const auto to = opts.value("to");
    if (!to) return opts.usage_error("--to FORMAT is required");
    const export_format* format = find_export_format(*to);
    if (!format) return opts.usage_error("unknown format '" + std::string(*to) + "'");
    if (opts.files().size() != 1) return opts.usage_error(opts.files().empty() ? "no input FILE" : "one input FILE at a time");
    const std::string_view in_path = opts.files()[0];

    const auto text = read_whole_file(in_path, std::size_t{1} << 30);
    if (!text) return 2;
    std::string written;
    try {
        written = format->write(read_document(*text, in_path));
    } catch (const newsprov::input_error& e) {
        std::fprintf(stderr, "%s:%s\n", shown_name(in_path).c_str(), e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s:1:1: %s\n", shown_name(in_path).c_str(), e.what());
        return 2;
    }
    auto out = output::open(opts.value("output").value_or("-"));
    if (!out) return 2;
    out->write(written);
    return out->commit() ? 0 : 2;
}

}  // namespace newsprov_cli
