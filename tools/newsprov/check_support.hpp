#pragma once
// What `newsprov check` and `newsprov diff` share: the --format and --fail-on
// options, analysing an article, colour only on a terminal, rendering
// findings, the exit status, and the JSON Lines batch loop.

#include "args.hpp"
#include "io_support.hpp"

#include <newsprov/check/check.hpp>
#include <newsprov/core/error.hpp>
#include <newsprov/json/value.hpp>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <unistd.h>

namespace newsprov_cli::check_support {

enum class output_format { text, json, sarif };

[[nodiscard]] inline std::optional<output_format> parse_format(std::string_view s) {
    if (s == "text") return output_format::text;
    if (s == "json") return output_format::json;
    if (s == "sarif") return output_format::sarif;
    return std::nullopt;
}

/// Articles and documents larger than this are refused (exit 2), not truncated.
inline constexpr std::size_t max_input_bytes = std::size_t{1} << 30;

/// The least severity that makes the exit status 1; nothing for "never".
struct fail_threshold {
    std::optional<newsprov::severity> at = newsprov::severity::error;
};

[[nodiscard]] inline std::optional<fail_threshold> parse_fail_on(std::string_view s) {
    if (s == "error") return fail_threshold{newsprov::severity::error};
    if (s == "warning") return fail_threshold{newsprov::severity::warning};
    if (s == "note") return fail_threshold{newsprov::severity::note};
    if (s == "never") return fail_threshold{std::nullopt};
    return std::nullopt;
}

/// True when a finding is at or above the threshold.
[[nodiscard]] inline bool fails(std::span<const newsprov::checker::finding> findings, const fail_threshold& t) {
    if (!t.at) return false;
    for (const auto& f : findings)
        if (f.level >= *t.at) return true;
    return false;
}

/// The options check and diff share, read from parsed arguments; false (after
/// a usage error) when one is invalid.
struct common_options {
    output_format format = output_format::text;
    fail_threshold fail_on;
    bool jsonl = false;
    bool fail_fast = false;
    bool quiet = false;
    std::string_view output_path = "-";
};

inline constexpr option_spec common_specs[] = {
    {"format", '\0', true}, {"fail-on", '\0', true},    {"output", 'o', true},
    {"jsonl", '\0', false}, {"fail-fast", '\0', false}, {"quiet", 'q', false},
};

[[nodiscard]] inline bool read_common(const parsed_args& opts, common_options& c) {
    if (auto v = opts.value("format")) {
        const auto f = parse_format(*v);
        if (!f) {
            (void)opts.usage_error("unknown format '" + std::string(*v) + "' (text, json, sarif)");
            return false;
        }
        c.format = *f;
    }
    if (auto v = opts.value("fail-on")) {
        const auto t = parse_fail_on(*v);
        if (!t) {
            (void)opts.usage_error("--fail-on takes error, warning, note or never");
            return false;
        }
        c.fail_on = *t;
    }
    c.jsonl = opts.has("jsonl");
    c.fail_fast = opts.has("fail-fast");
    c.quiet = opts.has("quiet");
    c.output_path = opts.value("output").value_or("-");
    if (c.jsonl && opts.has("format")) {
        (void)opts.usage_error("--jsonl writes JSON Lines records; --format does not apply");
        return false;
    }
    return true;
}

/// Analyses an article into `out`; false and "NAME:line:col: message" in
/// `message` when it exceeds the article limits (max_text_bytes, max_quotes).
[[nodiscard]] inline bool analyse(std::string_view name, const std::string& text,
                                  std::optional<newsprov::checker::article>& out, std::string& message) {
    try {
        out.emplace(text);
        return true;
    } catch (const newsprov::input_error& e) {
        message = std::string(name) + ":" + e.what();
        return false;
    }
}

/// Colour when the findings go to a terminal and NO_COLOR is unset.
[[nodiscard]] inline bool want_colour(std::string_view output_path) {
    const char* no = std::getenv("NO_COLOR");
    return output_path == "-" && isatty(STDOUT_FILENO) != 0 && (no == nullptr || *no == '\0');
}

[[nodiscard]] inline std::string render(std::span<const newsprov::checker::finding> findings, output_format format,
                                        const newsprov::checker::sarif_rules& rules,
                                        const newsprov::checker::named_text& checked,
                                        const newsprov::checker::named_text* original, bool colour) {
    namespace ck = newsprov::checker;
    std::string out;
    switch (format) {
        case output_format::text: ck::write_text(out, findings, checked, original, colour); break;
        case output_format::json: ck::write_json(out, findings, checked, original); break;
        case output_format::sarif: ck::write_sarif(out, findings, rules, checked, original); break;
    }
    return out;
}

/// What one batch record gave: its report line, or a message for standard error.
struct pair_result {
    std::string report;
    std::string error;
    bool fails = false;  // a finding at or above --fail-on
};

/// Runs `check_pair` on every JSON Lines record of FILES (none: standard
/// input), writes each report line in order, names bad records on standard
/// error and goes on (or stops with --fail-fast). The exit status.
int run_batch(std::string_view command, std::span<const std::string_view> files, const common_options& c,
              const std::function<pair_result(const newsprov::json::value& record, const std::string& where)>& check_pair);

}  // namespace newsprov_cli::check_support
