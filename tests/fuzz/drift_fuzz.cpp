// libFuzzer harness for drift detection: two versions of a story (the bytes
// before and after the first 0xFF). drift() never throws; every finding lies
// inside the text it names, and its related location inside the original.
//
//   tests/fuzz/run.sh 600 drift     (see README, "Robustness")
#include "fuzz_support.hpp"

#include <newsprov/check/check.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ck = newsprov::checker;

namespace newsprov_fuzz {

inline int run_drift(const std::uint8_t* data, std::size_t size) {
    const auto [original, derived] = newsprov_fuzz::split_input(data, size);
    for (int swap = 0; swap < 2; ++swap) {
        const std::string_view o = swap ? derived : original, d = swap ? original : derived;
        for (const ck::finding& f : ck::drift(o, d)) {
            const std::string_view in = f.in_original ? o : d;
            require(f.where.offset + f.where.length <= in.size(), "finding inside its text");
            if (f.related) require(f.related->offset + f.related->length <= o.size(), "related location inside the original");
            require(!f.rule_id.empty() && !f.message.empty(), "finding has a rule and a message");
        }
    }
    return 0;
}

}  // namespace newsprov_fuzz

#ifndef NEWSPROV_FUZZ_NO_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return newsprov_fuzz::run_drift(data, size);
}
#endif
