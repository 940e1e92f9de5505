// libFuzzer harness for the JSON layer: any bytes must either parse or throw
// input_error with a position inside the input; what parses must write back to
// JSON that parses to the same value; JSON Lines over the same bytes behaves;
// the writer turns any bytes into a string that parses back.
//
//   tests/fuzz/run.sh 600 json     (see README, "Robustness")
#include "fuzz_support.hpp"

#include <newsprov/json/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

namespace json = newsprov::json;

namespace newsprov_fuzz {

inline int run_json(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    json::limits lim;
    lim.max_depth = 64;
    lim.max_members = 1000;
    lim.max_string_bytes = 4096;
    if (size > 0 && data[0] % 2 == 0) lim.duplicates = json::duplicate_keys::keep_last;
    try {
        const json::value v = json::parse(text, lim);
        const std::string compact = json::write(v);
        const json::value back = json::parse(compact, lim);
        require(back == v, "json: back == v");
        require(json::write(back) == compact, "json: json::write(back) == compact");
        require(json::parse(json::write(v, {2}), lim) == v, "json: json::parse(json::write(v, {2}), lim) == v");
        const json::value copy = v;
        require(copy == v, "json: copy == v");
    } catch (const newsprov::input_error& e) {
        require(e.where().offset <= size, "json: e.where().offset <= size");
        require(e.where().line >= 1 && e.where().column >= 1, "json: e.where().line >= 1 && e.where().column >= 1");
        require(!e.message().empty(), "json: !e.message().empty()");
    }
    try {
        json::line_reader lines(text, lim);
        while (auto rec = lines.next()) require(rec->offset < size && rec->line >= 1, "json: rec->offset < size && rec->line >= 1");
    } catch (const newsprov::input_error& e) {
        require(e.where().offset <= size, "json: e.where().offset <= size");
    }
    try {
        std::istringstream in{std::string(text)};
        json::stream_line_reader lines(in, lim);
        while (auto rec = lines.next()) require(rec->offset < size, "json: rec->offset < size");
    } catch (const newsprov::input_error& e) {
        require(e.where().offset <= size, "json: e.where().offset <= size");
    }
    std::string out;
    json::writer(out).string(text);
    require(json::parse(out).is_string(), "json: json::parse(out).is_string()");
    return 0;
}

}  // namespace newsprov_fuzz

#ifndef NEWSPROV_FUZZ_NO_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return newsprov_fuzz::run_json(data, size);
}
#endif
