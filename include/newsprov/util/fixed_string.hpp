#pragma once
// A string usable as a template argument. The compile-time checks put a rule's
// id and message into template arguments so that the compiler prints them when
// a rule is broken (see policy/enforce.hpp).

#include <cstddef>
#include <string_view>

namespace newsprov {

template <std::size_t N>
struct fixed_string {
    char chars[N]{};  // N counts the terminating NUL

    constexpr fixed_string(const char (&text)[N]) noexcept {  // NOLINT: implicit on purpose
        for (std::size_t i = 0; i < N; ++i) chars[i] = text[i];
    }
    // From a view whose size is N - 1 (the caller computes N from the view).
    constexpr explicit fixed_string(std::string_view text) noexcept {
        for (std::size_t i = 0; i + 1 < N && i < text.size(); ++i) chars[i] = text[i];
    }

    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
    [[nodiscard]] constexpr const char* c_str() const noexcept { return chars; }
};

}  // namespace newsprov
