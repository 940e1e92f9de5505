#pragma once
// The library's one error model for input it cannot use.
//
// Readers (JSON, PROV-JSON, PROV-N, JSON Lines records, claims files) throw
// newsprov::input_error when the input is malformed or exceeds a limit. The
// error carries the position (1-based line and column, 0-based byte offset) so
// that a command can print "file:line:col: message". Sourcing-rule findings are
// not errors: checks return diagnostics (see policy/ and check/).
//
// Programming mistakes caught at compile time stay compile errors; the same rule
// broken at run time on a constexpr-capable builder throws rule_violation.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace newsprov {

/// A place in a text: 1-based line and column (columns count bytes), 0-based offset.
struct text_position {
    std::size_t line = 1;
    std::size_t column = 1;
    std::size_t offset = 0;
};

/// Position of byte `offset` in `text`, counting lines by '\n'.
[[nodiscard]] constexpr text_position position_of(std::string_view text, std::size_t offset) noexcept {
    text_position pos{1, 1, offset};
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

/// Malformed or oversized input. what() is "line:col: message"; a caller that
/// knows the file name prefixes it.
class input_error : public std::runtime_error {
public:
    input_error(text_position where, const std::string& message, std::string_view limit = {})
        : std::runtime_error(describe(where, message)),
          where_(where),
          message_(message),
          limit_(limit) {}

    [[nodiscard]] const text_position& where() const noexcept { return where_; }
    /// The message without the position.
    [[nodiscard]] const std::string& message() const noexcept { return message_; }
    /// The name of the limit that was exceeded ("max_depth", ...), empty otherwise.
    [[nodiscard]] std::string_view limit() const noexcept { return limit_; }

private:
    // Built with append(): g++ 12 reports a false -Wrestrict on chained operator+.
    static std::string describe(const text_position& where, const std::string& message) {
        std::string text = std::to_string(where.line);
        text.append(1, ':').append(std::to_string(where.column)).append(": ").append(message);
        return text;
    }

    text_position where_;
    std::string message_;
    std::string_view limit_;
};

}  // namespace newsprov
