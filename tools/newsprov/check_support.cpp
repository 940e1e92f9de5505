// The JSON Lines batch loop of `newsprov check` and `newsprov diff`: see check_support.hpp.
#include "check_support.hpp"

#include "progress.hpp"

#include <newsprov/json/lines.hpp>

#include <istream>
#include <vector>

namespace newsprov_cli::check_support {

namespace {
// The records of one input; false when the run must stop (--fail-fast, a failed write).
bool run_file(input_file& in, const common_options& c, output& out, progress& shown, std::size_t& done, bool& bad,
              bool& failing,
              const std::function<pair_result(const newsprov::json::value&, const std::string&)>& check_pair) {
    auto report_bad = [&](const std::string& message) {
        shown.finish();
        std::fprintf(stderr, "%s\n", message.c_str());
        bad = true;
        return !c.fail_fast;
    };
    std::istream stream(&in);
    newsprov::json::stream_line_reader lines(stream);
    for (;;) {
        pair_result r;
        try {
            auto rec = lines.next();
            if (!rec) break;
            const std::string where = in.name() + ":" + std::to_string(rec->line) + ":1: ";
            r = check_pair(rec->data, where);
        } catch (const newsprov::input_error& e) {
            if (!report_bad(in.name() + ":" + e.what())) return false;
            if (e.limit() == "max_input_bytes" || e.limit() == "max_records") return true;  // cannot go on
            continue;
        }
        shown.update(++done, in.consumed());
        if (!r.error.empty()) {
            if (!report_bad(r.error)) return false;
            continue;
        }
        failing = failing || r.fails;
        out.write(r.report);
        if (out.failed()) return false;
    }
    if (in.error() != 0) return report_bad(system_error_message(in.name(), "cannot read", in.error()));
    return true;
}
}  // namespace

int run_batch(std::string_view command, std::span<const std::string_view> files, const common_options& c,
              const std::function<pair_result(const newsprov::json::value& record, const std::string& where)>& check_pair) {
    std::vector<std::string_view> inputs(files.begin(), files.end());
    if (inputs.empty()) inputs.emplace_back("-");
    auto out = output::open(c.output_path);
    if (!out) return 2;
    std::size_t total = 0;
    for (const auto f : inputs) total += file_size_hint(f);
    progress shown(command, c.quiet, total);
    std::size_t done = 0;
    bool bad = false, failing = false, going = true;
    for (std::size_t i = 0; i < inputs.size() && going; ++i) {
        std::string message;
        auto in = input_file::open(inputs[i], message);  // one file open at a time
        if (!in) {
            std::fprintf(stderr, "%s\n", message.c_str());
            bad = true;
            going = !c.fail_fast;
            continue;
        }
        going = run_file(*in, c, *out, shown, done, bad, failing, check_pair);
    }
    shown.finish();
    if (!out->commit() || bad) return 2;
    return failing ? 1 : 0;
}

}  // namespace newsprov_cli::check_support
