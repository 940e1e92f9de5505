// Command-line options of the subcommands: see args.hpp.
#include "args.hpp"

#include <charconv>

namespace newsprov_cli {

namespace {
const option_spec* find_long(std::span<const option_spec> specs, std::string_view name) {
    for (const auto& s : specs)
        if (s.name == name) return &s;
    return nullptr;
}
const option_spec* find_short(std::span<const option_spec> specs, char c) {
    for (const auto& s : specs)
        if (s.short_name != '\0' && s.short_name == c) return &s;
    return nullptr;
}
}  // namespace

int parsed_args::usage_error(const std::string& message) const {
    // The message and the usage lines (up to the first blank line); --help has the rest.
    const std::string_view synopsis = usage_.substr(0, usage_.find("\n\n") + 1);
    std::fprintf(stderr, "newsprov %.*s: %s\n%.*s(newsprov %.*s --help tells more)\n", static_cast<int>(command_.size()),
                 command_.data(), message.c_str(), static_cast<int>(synopsis.size()), synopsis.data(),
                 static_cast<int>(command_.size()), command_.data());
    return 2;
}

bool parsed_args::take(const option_spec& spec, std::optional<std::string_view> value) {
    const std::string shown = "--" + std::string(spec.name);
    if (has(spec.name)) {
        usage_error(shown + " given twice");
        return false;
    }
    if (!spec.takes_value && value) {
        usage_error(shown + " takes no value");
        return false;
    }
    if (spec.takes_value && (!value || value->empty())) {
        usage_error(shown + " needs a value");
        return false;
    }
    given_.emplace_back(spec.name, value.value_or(std::string_view{}));
    return true;
}

parsed_args::parsed_args(std::string_view command, std::span<char*> args, std::span<const option_spec> specs,
                         std::string_view usage)
    : command_(command), usage_(usage) {
    bool options_ended = false;
    for (std::size_t i = 1; i < args.size() && !error_; ++i) {
        const std::string_view a{args[i]};
        if (options_ended || a == "-" || a.empty() || a[0] != '-') {
            files_.push_back(a);
            continue;
        }
        if (a == "--") {
            options_ended = true;
            continue;
        }
        if (a == "-h" || a == "--help") {
            help_ = true;
            continue;
        }
        const bool is_long = a.starts_with("--");
        const std::size_t eq = is_long ? a.find('=') : std::string_view::npos;
        const std::string_view name = is_long ? a.substr(2, eq == std::string_view::npos ? eq : eq - 2) : a.substr(1);
        const option_spec* spec = is_long ? find_long(specs, name) : find_short(specs, name[0]);
        // -jVALUE: a short option's value may follow it directly.
        const bool attached = !is_long && spec != nullptr && spec->takes_value && name.size() > 1;
        if (!is_long && name.size() > 1 && !attached) spec = nullptr;
        if (spec == nullptr) {
            error_ = true;
            usage_error("unknown option '" + std::string(a) + "'");
            break;
        }
        std::optional<std::string_view> value;
        if (attached) {
            value = name.substr(1);
        } else if (eq != std::string_view::npos) {
            value = a.substr(eq + 1);
        } else if (spec->takes_value && i + 1 < args.size()) {
            value = std::string_view{args[++i]};
        }
        if (!take(*spec, value)) error_ = true;
    }
}

bool parsed_args::has(std::string_view name) const {
    for (const auto& g : given_)
        if (g.first == name) return true;
    return false;
}

std::optional<std::string_view> parsed_args::value(std::string_view name) const {
    for (const auto& g : given_)
        if (g.first == name) return g.second;
    return std::nullopt;
}

std::optional<std::size_t> parse_count(std::string_view text) {
    std::size_t n = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || r.ec != std::errc{} || r.ptr != text.data() + text.size()) return std::nullopt;
    return n;
}

}  // namespace newsprov_cli
