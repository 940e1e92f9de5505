// libFuzzer harness for the PROV-N reader: any bytes either read or throw
// input_error with a position inside the input. What reads writes back to
// PROV-N that reads again and writes the same text; as a document, it writes
// PROV-N and PROV-JSON that read again without an error.
//
//   tests/fuzz/run.sh 600 prov_n     (see README, "Robustness")
#include "check_writers.hpp"
#include "fuzz_support.hpp"

#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>


namespace newsprov_fuzz {

inline int run_prov_n(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const newsprov::prov::model m = newsprov::read_prov_n_model(text);
        const std::string once = newsprov::write_prov_n(m);
        const newsprov::prov::model back = newsprov::read_prov_n_model(once);
        require(back == m, "PROV-N model: read(write(m)) == m");
        require(newsprov::write_prov_n(back) == once, "PROV-N model: second trip unchanged");
    } catch (const newsprov::input_error& e) {
        require(e.where().offset <= size && e.where().line >= 1 && e.where().column >= 1, "error position in input");
        require(!e.message().empty(), "error message");
    }
    try {
        const newsprov::story_document doc = newsprov::read_prov_n(text);
        const std::string once = newsprov::to_prov_n(doc);
        require(newsprov::to_prov_n(newsprov::read_prov_n(once)) == once, "PROV-N document: second trip unchanged");
        (void)newsprov::read_prov_json(newsprov::to_prov_json(doc));
        check_writers(doc);
    } catch (const newsprov::input_error& e) {
        require(e.where().offset <= size && e.where().line >= 1, "error position in input");
    }
    return 0;
}

}  // namespace newsprov_fuzz

#ifndef NEWSPROV_FUZZ_NO_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return newsprov_fuzz::run_prov_n(data, size);
}
#endif
