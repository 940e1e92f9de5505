// libFuzzer harness for the extractor: for any bytes (invalid UTF-8, NULs,
// unbalanced quotation marks) every span is inside the text, on UTF-8
// boundaries, begin <= end; a reused extractor gives what a fresh one gives;
// the line `newsprov extract` writes for it is valid JSON.
//
//   tests/fuzz/run.sh 600 extract     (see README, "Robustness")
#include "fuzz_support.hpp"

#include <newsprov/json/json.hpp>
#include <newsprov/text/extract.hpp>

#include <newsprov/io/extraction_jsonl.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace t = newsprov::text;

namespace newsprov_fuzz::extract_detail {

void check_spans(std::string_view s, const std::vector<t::span>& spans) {
    for (const t::span& sp : spans) require_span(s, sp.begin, sp.end, "span inside the text, on boundaries");
}

void check(std::string_view s, const t::extraction& x) {
    for (const t::attribution& a : x.attributions) {
        require(!a.content.empty(), "an attribution has content");
        check_spans(s, a.content);
        check_spans(s, a.source);
        check_spans(s, a.cue);
    }
    for (const t::figure& f : x.figures) {
        require_span(s, f.where.begin, f.where.end, "figure span");
        require_span(s, f.number.begin, f.number.end, "figure number span");
        require_span(s, f.unit_span.begin, f.unit_span.end, "figure unit span");
        for (const t::figure_part& p : f.parts) {
            require_span(s, p.where.begin, p.where.end, "figure part span");
            require_span(s, p.number.begin, p.number.end, "figure part number span");
            require_span(s, p.unit_span.begin, p.unit_span.end, "figure part unit span");
        }
    }
    auto credit = [&](const t::credit& c) {
        require_span(s, c.where.begin, c.where.end, "credit span");
        check_spans(s, c.names);
        check_spans(s, c.places);
    };
    if (x.byline) credit(*x.byline);
    for (const t::credit& c : x.contributors) credit(c);
    require_span(s, x.dateline.begin, x.dateline.end, "dateline span");
}

bool same(const t::extraction& a, const t::extraction& b) {
    if (a.attributions.size() != b.attributions.size() || a.figures.size() != b.figures.size() ||
        a.contributors.size() != b.contributors.size() || a.byline.has_value() != b.byline.has_value() ||
        !(a.dateline == b.dateline))
        return false;
    for (std::size_t i = 0; i < a.attributions.size(); ++i) {
        const t::attribution &x = a.attributions[i], &y = b.attributions[i];
        if (x.content != y.content || x.source != y.source || x.cue != y.cue || x.kind != y.kind || x.speaker != y.speaker)
            return false;
    }
    for (std::size_t i = 0; i < a.figures.size(); ++i)
        if (!(a.figures[i].where == b.figures[i].where)) return false;
    return true;
}

t::extractor reused;  // carries state from earlier inputs: must not leak into later ones

}  // namespace newsprov_fuzz::extract_detail

namespace newsprov_fuzz {

inline int run_extract(const std::uint8_t* data, std::size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);
    using namespace extract_detail;
    const t::extraction fresh = t::extract(s);
    check(s, fresh);
    t::extraction again;
    reused.extract(s, {}, again);
    require(same(fresh, again), "a reused extractor gives what a fresh one gives");
    std::string line;
    newsprov::write_extraction_jsonl(line, "id", fresh);
    try {
        (void)newsprov::json::parse(line);
    } catch (const newsprov::input_error&) {
        require(false, "the output line of newsprov extract is valid JSON");
    }
    t::extract_options opt;
    opt.attributions = size % 2 == 0;
    opt.figures = size % 3 == 0;
    opt.credits = size % 5 != 0;
    check(s, t::extract(s, opt));
    return 0;
}

}  // namespace newsprov_fuzz

#ifndef NEWSPROV_FUZZ_NO_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return newsprov_fuzz::run_extract(data, size);
}
#endif
