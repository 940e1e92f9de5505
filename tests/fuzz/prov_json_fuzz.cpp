// libFuzzer harness for the PROV-JSON reader: any bytes either read or throw
// input_error with a position inside the input. What reads writes back to
// PROV-JSON that reads again and writes the same bytes (nothing lost or
// changed on the second trip), at the record level and the document level;
// the document also goes through PROV-N and back without an error, and the
// other writers (Turtle, JSON-LD, DOT) take it; the JSON-LD is valid JSON.
//
//   tests/fuzz/run.sh 600 prov_json     (see README, "Robustness")
#include "check_writers.hpp"
#include "fuzz_support.hpp"

#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>


namespace newsprov_fuzz {

inline int run_prov_json(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    newsprov::json::limits lim = newsprov::prov_json_limits();
    lim.max_depth = 64;
    lim.max_members = 10'000;
    try {
        const newsprov::prov::model m = newsprov::read_prov_json_model(text, lim);
        const std::string once = newsprov::write_prov_json(m);
        const std::string twice = newsprov::write_prov_json(newsprov::read_prov_json_model(once, lim));
        require(once == twice, "PROV-JSON model: write(read(write(m))) == write(m)");
    } catch (const newsprov::input_error& e) {
        require(e.where().offset <= size && e.where().line >= 1 && e.where().column >= 1, "error position in input");
        require(!e.message().empty(), "error message");
    }
    try {
        const newsprov::story_document doc = newsprov::read_prov_json(text, lim);
        const std::string once = newsprov::to_prov_json(doc);
        const newsprov::story_document back = newsprov::read_prov_json(once, lim);
        require(newsprov::to_prov_json(back) == once, "PROV-JSON document: second trip unchanged");
        require(newsprov::to_prov_json(doc, {2}) == newsprov::to_prov_json(newsprov::read_prov_json(newsprov::to_prov_json(doc, {2}), lim), {2}),
                "indented PROV-JSON: second trip unchanged");
        (void)newsprov::read_prov_n(newsprov::to_prov_n(doc));
        check_writers(doc);
    } catch (const newsprov::input_error& e) {
        require(e.where().offset <= size && e.where().line >= 1, "error position in input");
    }
    return 0;
}

}  // namespace newsprov_fuzz

#ifndef NEWSPROV_FUZZ_NO_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return newsprov_fuzz::run_prov_json(data, size);
}
#endif
