// The `newsprov` command: one entry point, one file per subcommand.
#include <newsprov/version.hpp>

#include "commands.hpp"
#include "io_support.hpp"

#include <array>
#include <exception>
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
    "  check --jsonl [PAIRS.jsonl]        many claims/article pairs, one report line each\n"
    "  diff ORIGINAL.txt DERIVED.txt      attribution drift between two versions\n"
    "  diff --jsonl [PAIRS.jsonl]         many original/derived pairs, one report line each\n"
    "  export --to FORMAT DOC             prov-json | prov-n | turtle | jsonld | dot\n"
    "\n"
    "Every FILE may be '-' (standard input); -o OUT writes OUT whole or not at all.\n"
    "\n"
    "options:\n"
    "  -h, --help       this text (also: newsprov <command> --help)\n"
    "  --version        the version\n"
    "\n"
    "exit status: 0 clean, 1 findings (at or above --fail-on), 2 unusable input,\n"
    "a failed write or bad arguments\n";

}  // namespace

int main(int argc, char** argv) {
    newsprov_cli::ignore_write_signals();
    const std::span<char*> args{argv, static_cast<std::size_t>(argc)};
    if (args.size() < 2) {
        std::fputs(usage_text.data(), stderr);
        return 2;
    }
    const std::string_view command{args[1]};
    if (command == "-h" || command == "--help" || command == "help") {
        return newsprov_cli::write_to_stdout(usage_text);
    }
    if (command == "--version") {
        return newsprov_cli::write_to_stdout("newsprov " NEWSPROV_VERSION_STRING "\n");
    }
    for (const auto& c : commands) {
        if (c.name != command) continue;
        try {
            return c.run(args.subspan(1));
        } catch (const std::exception& e) {  // a bug or out of memory: a message, never an abort
            std::fprintf(stderr, "newsprov %.*s: %s\n", static_cast<int>(command.size()), command.data(), e.what());
            return 2;
        }
    }
    std::fprintf(stderr, "newsprov: unknown command '%.*s'\n\n%s", static_cast<int>(command.size()),
                 command.data(), usage_text.data());
    return 2;
}
