#pragma once
// What `newsprov check` and `newsprov diff` share: reading files whole, the
// --format option, colour only on a terminal, and writing findings.

#include <newsprov/check/check.hpp>
#include <newsprov/core/error.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#if __has_include(<unistd.h>)
#include <unistd.h>
#define NEWSPROV_CLI_HAS_ISATTY 1
#endif

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

/// The whole file; throws input_error naming the limit when it is too large.
[[nodiscard]] inline std::optional<std::string> read_file(const char* path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::string(path) + ":1:1: cannot open the file";
        return std::nullopt;
    }
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        error = std::string(path) + ":1:1: read error";
        return std::nullopt;
    }
    if (data.size() > max_input_bytes) {
        error = std::string(path) + ":1:1: the file exceeds max_input_bytes (1 GiB)";
        return std::nullopt;
    }
    return data;
}

/// Analyses an article into `out`; false (and a "file:line:col: message" on
/// standard error) when it exceeds the article limits (max_text_bytes, max_quotes).
[[nodiscard]] inline bool analyse(const char* path, const std::string& text, std::optional<newsprov::checker::article>& out) {
    try {
        out.emplace(text);
        return true;
    } catch (const newsprov::input_error& e) {
        std::fprintf(stderr, "%s:%s\n", path, e.what());
        return false;
    }
}

/// Colour when standard output is a terminal and NO_COLOR is unset.
[[nodiscard]] inline bool want_colour() {
#ifdef NEWSPROV_CLI_HAS_ISATTY
    const char* no = std::getenv("NO_COLOR");
    return isatty(fileno(stdout)) != 0 && (no == nullptr || *no == '\0');
#else
    return false;
#endif
}

inline void emit(std::span<const newsprov::checker::finding> findings, output_format format,
                 const newsprov::checker::sarif_rules& rules, const newsprov::checker::named_text& checked,
                 const newsprov::checker::named_text* original) {
    namespace ck = newsprov::checker;
    std::string out;
    switch (format) {
        case output_format::text: ck::write_text(out, findings, checked, original, want_colour()); break;
        case output_format::json: ck::write_json(out, findings, checked, original); break;
        case output_format::sarif: ck::write_sarif(out, findings, rules, checked, original); break;
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace newsprov_cli::check_support
