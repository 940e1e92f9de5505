#pragma once
// What the libFuzzer harnesses share: a check that aborts (so libFuzzer records
// the input), and span checks against the text the spans point into.
//
// Each harness defines newsprov_fuzz::run_<name>(data, size) and, unless
// NEWSPROV_FUZZ_NO_MAIN is defined, LLVMFuzzerTestOneInput calling it. The
// regression test (tests/fuzz/regressions_test.cpp) defines NEWSPROV_FUZZ_NO_MAIN,
// includes the harnesses and replays tests/fuzz/regressions/<name>/*: there a
// violated property throws property_violation instead of aborting.

#include <newsprov/util/utf8.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <utility>
#include <string_view>

namespace newsprov_fuzz {

struct property_violation : std::logic_error {
    using std::logic_error::logic_error;
};

inline void require(bool ok, const char* what) {
    if (ok) return;
#ifdef NEWSPROV_FUZZ_NO_MAIN
    throw property_violation(what);
#else
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
#endif
}

/// [begin, end) inside `text`, begin <= end, both on UTF-8 boundaries.
inline void require_span(std::string_view text, std::size_t begin, std::size_t end, const char* what) {
    require(begin <= end && end <= text.size(), what);
    require(newsprov::utf8::is_boundary(text, begin) && newsprov::utf8::is_boundary(text, end), what);
}

/// Splits fuzz bytes at the first byte 0xFF (absent: the whole input, and an empty rest).
inline std::pair<std::string_view, std::string_view> split_input(const std::uint8_t* data, std::size_t size) {
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    const std::size_t cut = all.find('\xFF');
    if (cut == std::string_view::npos) return {all, {}};
    return {all.substr(0, cut), all.substr(cut + 1)};
}

}  // namespace newsprov_fuzz
