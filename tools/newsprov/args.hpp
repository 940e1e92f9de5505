#pragma once
// Command-line options of the subcommands, parsed one way for all of them:
//
//   --name VALUE, --name=VALUE, -x VALUE   options with a value
//   --name                                 a switch (no value)
//   --                                     the end of the options
//   -                                      a file argument (standard input)
//
// An option given twice, an empty value, an unknown option or a value for a
// switch is a usage error (exit 2). -h and --help ask for the subcommand's usage.

#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov_cli {

/// One option of a subcommand.
struct option_spec {
    std::string_view name;        ///< long name without "--", e.g. "format"
    char short_name = '\0';       ///< e.g. 'o' for -o, or '\0'
    bool takes_value = false;
};

/// The options and file arguments of one run of a subcommand.
class parsed_args {
public:
    /// Parses args[1...] (args[0] is the subcommand). On a usage error prints
    /// "newsprov COMMAND: message" and the usage on standard error and sets error().
    parsed_args(std::string_view command, std::span<char*> args, std::span<const option_spec> specs,
                std::string_view usage);

    [[nodiscard]] bool error() const noexcept { return error_; }
    [[nodiscard]] bool help() const noexcept { return help_; }
    [[nodiscard]] bool has(std::string_view name) const;
    [[nodiscard]] std::optional<std::string_view> value(std::string_view name) const;
    [[nodiscard]] const std::vector<std::string_view>& files() const noexcept { return files_; }

    /// Prints a usage error in the same words as the parser's own; returns 2.
    int usage_error(const std::string& message) const;

private:
    bool take(const option_spec& spec, std::optional<std::string_view> value);

    std::string_view command_;
    std::string_view usage_;
    std::vector<std::pair<std::string_view, std::string_view>> given_;  // name, value ("" for a switch)
    std::vector<std::string_view> files_;
    bool help_ = false;
    bool error_ = false;
};

/// Parses a count option (--jobs, --max-quotes): digits only. Nothing when invalid.
[[nodiscard]] std::optional<std::size_t> parse_count(std::string_view text);

}  // namespace newsprov_cli
