// JSON layer throughput: parse and write MB/s on a generated PROV-JSON-like
// document (about 50 MB), against a baseline single pass over the same bytes
// (counting structural characters) measured in the same run; peak memory.
//
//   json_throughput [MEGABYTES]     (default 50)
#include <newsprov/json/json.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace json = newsprov::json;

namespace {
double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double peak_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

// Best time of `runs` calls of f().
template <class F>
double best_of(int runs, F&& f) {
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        best = std::min(best, seconds_since(t0));
    }
    return best;
}

// A PROV-JSON-like document: quotes (entities) with text and spans, sources
// (agents), attributions and delegations, indented as provenance tools write it.
std::string make_document(std::size_t target_bytes) {
    static const char* const texts[] = {
        "\u201cWe will rebuild every school that was hit,\u201d the mayor said on Tuesday.",
        "Officials said one person was killed and 98 injured, including six children.",
        "The ministry declined to comment on the report, citing an ongoing investigation.",
        "\"It is a tragedy\", said a resident who asked not to be named \\ for fear of reprisal.",
        "Selon le porte-parole, la r\u00e9union a dur\u00e9 trois heures \u2014 sans accord.",
    };
    static const char* const kinds[] = {"newsprov:DirectQuote", "newsprov:ReportedFigure", "newsprov:Denial",
                                        "newsprov:MixedQuote", "newsprov:Paraphrase"};
    std::string out;
    out.reserve(target_bytes + (1u << 20));
    json::writer w(out, {2});
    w.begin_object();
    w.key("prefix").begin_object();
    w.key("ex").string("http://example.org/");
    w.key("newsprov").string("https://example.invalid/newsprov#");
    w.end_object();
    // Sections sized so the whole document reaches target_bytes.
    const std::size_t records = target_bytes / 520 + 1;
    w.key("entity").begin_object();
    for (std::size_t i = 0; i < records; ++i) {
        w.key("ex:q" + std::to_string(i)).begin_object();
        w.key("prov:type").begin_object().key("$").string(kinds[i % 5]).key("type").string("prov:QUALIFIED_NAME").end_object();
        w.key("prov:value").string(texts[i % 5]);
        w.key("newsprov:span").begin_array().number(i * 37).number(i * 37 + 80).end_array();
        w.key("newsprov:confidence").number(static_cast<double>(i % 1000) / 997.0);
        w.end_object();
    }
    w.end_object();
    w.key("agent").begin_object();
    for (std::size_t i = 0; i < records / 4 + 1; ++i) {
        w.key("ex:s" + std::to_string(i)).begin_object();
        w.key("prov:type").string(i % 3 == 0 ? "newsprov:Office" : "newsprov:Person");
        w.key("prov:label").string("the deputy mayor of Kharkiv, Ihor Terekhov");
        w.end_object();
    }
    w.end_object();
    w.key("wasAttributedTo").begin_object();
    for (std::size_t i = 0; i < records; ++i) {
        w.key("_:a" + std::to_string(i)).begin_object();
        w.key("prov:entity").string("ex:q" + std::to_string(i));
        w.key("prov:agent").string("ex:s" + std::to_string(i / 4));
        w.key("newsprov:cue").string(i % 2 == 0 ? "said" : "according to");
        w.end_object();
    }
    w.end_object();
    w.key("actedOnBehalfOf").begin_object();
    for (std::size_t i = 0; i < records / 4 + 1; ++i) {
        w.key("_:d" + std::to_string(i)).begin_object();
        w.key("prov:delegate").string("ex:s" + std::to_string(i));
        w.key("prov:responsible").string("ex:org" + std::to_string(i % 17));
        w.end_object();
    }
    w.end_object();
    w.end_object();
    return out;
}
}  // namespace

int main(int argc, char** argv) {
    const double want_mb = argc > 1 ? std::atof(argv[1]) : 50.0;
    const auto target = static_cast<std::size_t>(want_mb * 1e6);
    const std::string doc = make_document(target);
    const double mb = static_cast<double>(doc.size()) / 1e6;
    std::printf("document: %.1f MB of PROV-JSON-like text (indented)\n", mb);
    const double peak_before = peak_mb();

    json::limits lim;
    lim.max_input_bytes = std::max(lim.max_input_bytes, doc.size());
    const int runs = 5;

    // Baseline: one pass over the same bytes counting structural characters.
    std::size_t structural = 0;
    const double t_base = best_of(runs, [&] {
        std::size_t n = 0;
        for (const char c : doc) {
            n += (c == '{') | (c == '}') | (c == '[') | (c == ']') | (c == ',') | (c == ':') | (c == '"');
        }
        structural = n;
    });

    // Memory first: one parsed document alive.
    const json::value v = json::parse(doc, lim);
    const double peak_after_parse = peak_mb();
    // Parse time, without the time to free the result.
    auto parse_time = [&](const std::string& text) {
        double best = 1e300;
        for (int r = 0; r < runs; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            const json::value tmp = json::parse(text, lim);
            best = std::min(best, seconds_since(t0));
        }
        return best;
    };
    const double t_parse = parse_time(doc);

    std::string compact, indented;
    const double t_write = best_of(runs, [&] { compact = json::write(v); });
    const double t_write_indented = best_of(runs, [&] { indented = json::write(v, {2}); });
    const double t_parse_compact = parse_time(compact);
    const bool round_trip = indented == doc && json::parse(compact, lim) == v;

    const double mb_compact = static_cast<double>(compact.size()) / 1e6;
    std::printf("baseline (count %zu structural chars): %8.0f MB/s  %.4f s\n", structural, mb / t_base, t_base);
    std::printf("parse indented:                          %8.0f MB/s  %.4f s  (%.1fx the baseline time)\n",
                mb / t_parse, t_parse, t_parse / t_base);
    std::printf("parse compact (%.1f MB):                 %8.0f MB/s  %.4f s\n", mb_compact,
                mb_compact / t_parse_compact, t_parse_compact);
    std::printf("write compact:                           %8.0f MB/s  %.4f s  (%.1fx the baseline time)\n",
                mb_compact / t_write, t_write, t_write / t_base);
    std::printf("write indented:                          %8.0f MB/s  %.4f s\n", mb / t_write_indented,
                t_write_indented);
    std::printf("round trip (write(parse(doc)) == doc):   %s\n", round_trip ? "yes" : "NO");
    std::printf("peak memory: %.0f MB before parsing, %.0f MB after (the parsed document: %.0f MB, %.1f bytes per input byte)\n",
                peak_before, peak_after_parse, peak_after_parse - peak_before,
                (peak_after_parse - peak_before) / mb);
    return round_trip ? 0 : 1;
}
