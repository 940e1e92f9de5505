// `newsprov diff ORIGINAL.txt DERIVED.txt`: attribution drift from a story to
// a version of it (a rewrite, a summary); findings as text, JSON or SARIF,
// located in DERIVED with the original's place beside them.

#include "commands.hpp"
#include "check_support.hpp"

#include <newsprov/check/check.hpp>

#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace newsprov_cli {

inline constexpr std::string_view diff_usage =
    "usage: newsprov diff [--format text|json|sarif] ORIGINAL.txt DERIVED.txt\n"
    "\n"
    "Aligns the attributions of two versions of a story and reports every drift:\n"
    "a claim moved to another source, an attribution lost (now stated as fact), a\n"
    "figure changed, a quote altered, a hedge or certainty changed, a cue of another\n"
    "strength, attributions added or removed. A paraphrase that keeps source,\n"
    "figures and meaning is not drift.\n"
    "\n"
    "  --format F   text (default; compiler style with source line and caret),\n"
    "               json, or sarif (SARIF 2.1.0)\n"
    "  -h, --help   this text\n"
    "\n"
    "exit status: 0 no drift, 1 drift found, 2 unusable input or arguments\n";

int diff_main(std::span<char*> args) {
    namespace ck = newsprov::checker;
    namespace cs = check_support;
    const char* paths[2] = {nullptr, nullptr};
    std::size_t n = 0;
    cs::output_format format = cs::output_format::text;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view a{args[i]};
        if (a == "-h" || a == "--help") {
            std::fputs(diff_usage.data(), stdout);
            return 0;
        }
        if (a == "--format") {
            const auto f = i + 1 < args.size() ? cs::parse_format(args[++i]) : std::nullopt;
            if (!f) {
                std::fprintf(stderr, "newsprov diff: --format needs text, json or sarif\n");
                return 2;
            }
            format = *f;
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "newsprov diff: unknown option '%s'\n\n%s", args[i], diff_usage.data());
            return 2;
        } else if (n < 2) {
            paths[n++] = args[i];
        } else {
            std::fprintf(stderr, "newsprov diff: two files, the original and the derived version\n\n%s", diff_usage.data());
            return 2;
        }
    }
    if (n != 2) {
        std::fputs(diff_usage.data(), stderr);
        return 2;
    }
    std::string error;
    const auto original_text = cs::read_file(paths[0], error);
    if (!original_text) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    const auto derived_text = cs::read_file(paths[1], error);
    if (!derived_text) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    std::optional<ck::article> original, derived;
    if (!cs::analyse(paths[0], *original_text, original) || !cs::analyse(paths[1], *derived_text, derived)) return 2;
    const auto findings = ck::drift(*original, *derived);
    const ck::named_text o{paths[0], original->text()};
    cs::emit(findings, format, {ck::drift_rules}, {paths[1], derived->text()}, &o);
    return findings.empty() ? 0 : 1;
}

}  // namespace newsprov_cli
