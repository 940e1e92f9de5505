// The `newsprov` command: one entry point, one file per subcommand.
#include <newsprov/version.hpp>

#include "commands.hpp"

#include <array>
#include <cstdio>
#include <span>
#include <string_view>

namespace {

// Each subcommand lives in its own file as `int NAME_main(std::span<char*> args)`
// (declared in commands.hpp), where args[0] is the subcommand's name; list it here.
using command_main = int (*)(std::span<char*>);
struct command {
    std::string_view name;
    command_main run;
};
constexpr std::array<command, 4> commands{{
    {"check", newsprov_cli::check_main},
    {"diff", newsprov_cli::diff_main},
    {"extract", newsprov_cli::extract_main},
    {"export", newsprov_cli::export_main},
}};

constexpr std::string_view usage_text =
    "usage: newsprov <command> [options] [FILE...]\n"
    "\n"
    "commands:\n"
    "  extract [--jsonl] [FILE...]        attributions found in text, one JSON line per article\n"
    "  check --claims DOC ARTICLE.txt     declared attributions proved against the text\n"
    "  diff ORIGINAL.txt DERIVED.txt      attribution drift between two versions\n"
    "  export --to FORMAT DOC             prov-json | prov-n | turtle | jsonld | dot\n"
    "\n"
    "options:\n"
    "  -h, --help       this text (also: newsprov <command> --help)\n"
    "  --version        the version\n"
    "\n"
    "exit status: 0 clean, 1 findings, 2 unusable input or arguments\n";

}  // namespace

int main(int argc, char** argv) {
    const std::span<char*> args{argv, static_cast<std::size_t>(argc)};
    if (args.size() < 2) {
        std::fputs(usage_text.data(), stderr);
        return 2;
    }
    const std::string_view command{args[1]};
    if (command == "-h" || command == "--help" || command == "help") {
        std::fputs(usage_text.data(), stdout);
        return 0;
    }
    if (command == "--version") {
        std::printf("newsprov %s\n", NEWSPROV_VERSION_STRING);
        return 0;
    }
    for (const auto& c : commands) {
        if (c.name == command) return c.run(args.subspan(1));
    }
    std::fprintf(stderr, "newsprov: unknown command '%.*s'\n\n%s", static_cast<int>(command.size()),
                 command.data(), usage_text.data());
    return 2;
}
