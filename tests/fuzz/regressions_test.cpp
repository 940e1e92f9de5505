// Replays the reproducers of past fuzz findings (tests/fuzz/regressions/<harness>/*)
// through the harnesses themselves: each must now pass every property its
// harness checks. A new finding: copy libFuzzer's crash file there with a name
// that says what went wrong.
#define NEWSPROV_FUZZ_NO_MAIN
#include "drift_fuzz.cpp"
#include "extract_fuzz.cpp"
#include "json_fuzz.cpp"
#include "prov_json_fuzz.cpp"
#include "prov_n_fuzz.cpp"
#include "validate_fuzz.cpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace {

using harness = int (*)(const std::uint8_t*, std::size_t);

std::size_t replay(std::string_view name, harness run) {
    const std::filesystem::path dir = std::filesystem::path(NEWSPROV_SOURCE_DIR) / "tests/fuzz/regressions" / name;
    std::size_t count = 0;
    if (!std::filesystem::is_directory(dir)) return 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(e.path(), std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        INFO("reproducer ", e.path().string());
        CHECK_NOTHROW(run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
        ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("fuzz regressions: every kept reproducer passes its harness") {
    std::size_t n = 0;
    n += replay("json", newsprov_fuzz::run_json);
    n += replay("prov_json", newsprov_fuzz::run_prov_json);
    n += replay("prov_n", newsprov_fuzz::run_prov_n);
    n += replay("extract", newsprov_fuzz::run_extract);
    n += replay("validate", newsprov_fuzz::run_validate);
    n += replay("drift", newsprov_fuzz::run_drift);
    CHECK(n >= 1);
}

TEST_CASE("fuzz harnesses accept the empty input and a few fixed ones") {
    for (const std::string& s : {std::string(), std::string("{}"), std::string("document\nendDocument\n"),
                                std::string("\"He said\", she said.\xFF\"She said\", he said."),
                                std::string("\xFF\xFF\xC3", 3), std::string(1, '\0')}) {
        const auto* d = reinterpret_cast<const std::uint8_t*>(s.data());
        CHECK_NOTHROW(newsprov_fuzz::run_json(d, s.size()));
        CHECK_NOTHROW(newsprov_fuzz::run_prov_json(d, s.size()));
        CHECK_NOTHROW(newsprov_fuzz::run_prov_n(d, s.size()));
        CHECK_NOTHROW(newsprov_fuzz::run_extract(d, s.size()));
        CHECK_NOTHROW(newsprov_fuzz::run_validate(d, s.size()));
        CHECK_NOTHROW(newsprov_fuzz::run_drift(d, s.size()));
    }
}
