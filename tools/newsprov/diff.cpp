// `newsprov diff ORIGINAL.txt DERIVED.txt`: attribution drift from a story to
// a version of it (a rewrite, a summary); findings as text, JSON or SARIF,
// located in DERIVED with the original's place beside them. With --jsonl,
// many pairs in one run: one record in, one report line out.

#include "args.hpp"
#include "check_support.hpp"
#include "commands.hpp"
#include "io_support.hpp"

#include <newsprov/check/check.hpp>

#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace newsprov_cli {

inline constexpr std::string_view diff_usage =
    "usage: newsprov diff [options] ORIGINAL.txt DERIVED.txt\n"
    "       newsprov diff --jsonl [options] [PAIRS.jsonl...]\n"
    "\n"
    "Aligns the attributions of two versions of a story and reports every drift:\n"
    "a claim moved to another source, an attribution lost (now stated as fact), a\n"
    "figure changed, a quote altered, a hedge or certainty changed, a cue of another\n"
    "strength, attributions added or removed. A paraphrase that keeps source,\n"
    "figures and meaning is not drift. Either file may be '-' (standard input).\n"
    "\n"
    "  --format F        text (default; compiler style with source line and caret),\n"
    "                    json (schemas/diff-report.schema.json) or sarif (2.1.0)\n"
    "  --fail-on LEVEL   exit 1 for a finding at or above LEVEL: error (default),\n"
    "                    warning, note, or never\n"
    "  -o, --output OUT  write to OUT, whole or not at all ('-': standard output)\n"
    "  --jsonl           many pairs: each line of PAIRS.jsonl (default: standard input)\n"
    "                    is {\"id\", \"original\": \"text\", \"derived\": \"text\"}; each gives\n"
    "                    one line {\"id\", \"findings\", \"summary\", ...}\n"
    "                    (schemas/batch-report.schema.json)\n"
    "  --fail-fast       with --jsonl, stop at the first bad record (default: name it\n"
    "                    on standard error and go on)\n"
    "  -q, --quiet       no progress line (shown only on a terminal, after 3 s)\n"
    "  -h, --help        this text\n"
    "\n"
    "exit status: 0 no drift, 1 drift at or above --fail-on, 2 unusable input, a\n"
    "failed write or bad arguments\n";

namespace {
namespace ck = newsprov::checker;
namespace cs = check_support;

/// One {"id", "original", "derived"} record compared.
cs::pair_result diff_record(const newsprov::json::value& rec, const std::string& where, const cs::fail_threshold& fail_on) {
    cs::pair_result r;
    const newsprov::json::value* original_text = rec.is_object() ? rec.find("original") : nullptr;
    const newsprov::json::value* derived_text = rec.is_object() ? rec.find("derived") : nullptr;
    const newsprov::json::value* id = rec.is_object() ? rec.find("id") : nullptr;
    if (original_text == nullptr || !original_text->is_string() || derived_text == nullptr || !derived_text->is_string()) {
        r.error = where + "record needs \"original\" and \"derived\" (strings)";
        return r;
    }
    std::optional<ck::article> original, derived;
    std::string message;
    if (!cs::analyse("original", original_text->as_string(), original, message) ||
        !cs::analyse("derived", derived_text->as_string(), derived, message)) {
        r.error = where + message;
        return r;
    }
    const auto findings = ck::drift(*original, *derived);
    const ck::named_text o{"original", original->text()};
    ck::write_json_line(r.report, id != nullptr ? *id : newsprov::json::value(nullptr), findings,
                        {"derived", derived->text()}, &o);
    r.fails = cs::fails(findings, fail_on);
    return r;
}

int diff_one(std::string_view original_path, std::string_view derived_path, const cs::common_options& c) {
    const auto original_text = read_whole_file(original_path, cs::max_input_bytes);
    if (!original_text) return 2;
    const auto derived_text = read_whole_file(derived_path, cs::max_input_bytes);
    if (!derived_text) return 2;
    const std::string original_name = shown_name(original_path), derived_name = shown_name(derived_path);
    std::optional<ck::article> original, derived;
    std::string message;
    if (!cs::analyse(original_name, *original_text, original, message) ||
        !cs::analyse(derived_name, *derived_text, derived, message)) {
        std::fprintf(stderr, "%s\n", message.c_str());
        return 2;
    }
    const auto findings = ck::drift(*original, *derived);
    const ck::named_text o{original_name, original->text()};
    auto out = output::open(c.output_path);
    if (!out) return 2;
    out->write(cs::render(findings, c.format, {ck::drift_rules}, {derived_name, derived->text()}, &o,
                          cs::want_colour(c.output_path)));
    if (!out->commit()) return 2;
    return cs::fails(findings, c.fail_on) ? 1 : 0;
}
}  // namespace

int diff_main(std::span<char*> args) {
    const parsed_args opts("diff", args, cs::common_specs, diff_usage);
    if (opts.error()) return 2;
    if (opts.help()) return write_to_stdout(diff_usage);
    cs::common_options c;
    if (!cs::read_common(opts, c)) return 2;
    if (c.jsonl) {
        return cs::run_batch("diff", opts.files(), c, [&](const newsprov::json::value& rec, const std::string& where) {
            return diff_record(rec, where, c.fail_on);
        });
    }
    if (opts.files().size() != 2) return opts.usage_error("two files, the original and the derived version");
    if (opts.files()[0] == "-" && opts.files()[1] == "-")
        return opts.usage_error("standard input can be one of the two versions, not both");
    return diff_one(opts.files()[0], opts.files()[1], c);
}

}  // namespace newsprov_cli
