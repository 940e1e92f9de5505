// PROV-JSON throughput: a document of 100,000 claims (with 10,000 spokespeople
// acting on behalf of 1,000 organizations, every claim attributed) built and
// written as PROV-JSON, then read back; and python-prov doing the same work in
// the same run (bench/prov_json_baseline.py with /usr/bin/python3).
//
//   prov_json_throughput [CLAIMS] [ROUNDS]     (defaults 100000 and 5)
//
// Prints times (best of ROUNDS for newsprov; python runs once), MB/s, the
// ratios to python-prov, read against write (and against build + write), and
// peak memory and page faults of each phase. The read is also timed in its two
// parts, each alone: the strict JSON parse of the text with no document built
// (json::cursor skipping it, every check on), and the document built through
// its API from records whose strings are ready (no parsing, no number
// formatting). Times are CPU time of the process (both sides), which a machine
// shared with other work disturbs least; elapsed times are printed beside.
// The document read back is checked against the one written: the same number
// of sources, claims and relations, and written again it gives the same bytes.
// Figures are printed, not judged by the exit status; it is 1 when the
// read-back differs and 77 (after our own figures) when /usr/bin/python3 with
// python3-prov is not there to compare with.

#include <newsprov/graph/document.hpp>
#include <newsprov/json/cursor.hpp>
#include <newsprov/io/prov_json.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#ifndef NEWSPROV_BENCH_DIR
#define NEWSPROV_BENCH_DIR "bench"
#endif

namespace {

/// Elapsed and CPU seconds at one moment, and minor page faults so far (each
/// first touch of fresh memory: on a virtual machine a large share of a phase
/// that fills new tables).
struct clocks {
    double wall = 0;
    double cpu = 0;
    long faults = 0;
};
clocks now() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    const double cpu = static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return {std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(), cpu,
            u.ru_minflt};
}
clocks since(const clocks& t0) {
    const clocks t = now();
    return {t.wall - t0.wall, t.cpu - t0.cpu, t.faults - t0.faults};
}

// Peak memory of a phase: Linux lets a process reset its high-water mark
// (clear_refs "5") and read it back (VmHWM); elsewhere the figure is the peak
// of the whole run so far (getrusage).
void reset_peak() {
    if (std::FILE* f = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", f);
        std::fclose(f);
    }
}
double peak_mib() {
    if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
        char line[256];
        double kib = -1;
        while (std::fgets(line, sizeof line, f))
            if (std::strncmp(line, "VmHWM:", 6) == 0) kib = std::strtod(line + 6, nullptr);
        std::fclose(f);
        if (kib >= 0) return kib / 1024.0;
    }
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

/// `prefix` followed by the decimal digits of n, in `out` (reused: no allocation
/// once it has grown).
void numbered(std::string& out, std::string_view prefix, std::size_t n, std::string_view suffix = {}) {
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, n);
    out.assign(prefix).append(digits, r.ptr).append(suffix);
}

/// The benchmark document: the same records as bench/prov_json_baseline.py builds.
newsprov::story_document build(std::size_t claims) {
    namespace np = newsprov;
    const std::size_t people = claims / 10 ? claims / 10 : 1, orgs = claims / 100 ? claims / 100 : 1;
    np::story_document doc;
    doc.set_info(np::story_info{"bench"});
    std::string id, name, text, to;
    np::source_record s;
    s.kind = np::source_kind::organization;
    for (std::size_t o = 0; o < orgs; ++o) {
        numbered(id, "org-", o);
        numbered(name, "Organization ", o);
        s.id = id;
        s.name = name;
        doc.add_source(s);
    }
    s.kind = np::source_kind::person;
    s.role = np::source_role::spokesperson_for;
    for (std::size_t p = 0; p < people; ++p) {
        numbered(id, "person-", p);
        numbered(name, "Person ", p);
        numbered(to, "org-", p % orgs);
        s.id = id;
        s.name = name;
        s.principal = to;
        doc.add_source(s);
    }
    for (std::size_t c = 0; c < claims; ++c) {
        numbered(id, "claim-", c);
        numbered(text, "claim number ", c, " says something about the talks");
        doc.add_claim({np::claim_kind::paraphrase, id, text});
    }
    np::relation_record r;
    r.kind = np::relation_kind::attribution;
    r.cue = "said";
    for (std::size_t c = 0; c < claims; ++c) {
        numbered(id, "claim-", c);
        numbered(to, "person-", c % people);
        r.from = id;
        r.to = to;
        doc.add_relation(r);
    }
    np::relation_record d;
    d.kind = np::relation_kind::on_behalf_of;
    for (std::size_t p = 0; p < people; ++p) {
        numbered(id, "person-", p);
        numbered(to, "org-", p % orgs);
        d.from = id;
        d.to = to;
        doc.add_relation(d);
    }
    return doc;
}

/// The document's records added anew to an empty document, sized first as the
/// reader sizes it: what building costs once every string is at hand.
newsprov::story_document rebuild(const newsprov::story_document& from) {
    newsprov::story_document doc;
    doc.reserve(from.sources().size(), from.claims().size(), from.relations().size());
    doc.set_info(from.info());
    for (const auto& s : from.sources()) doc.add_source(s);
    for (const auto& c : from.claims()) doc.add_claim(c);
    for (const auto& r : from.relations()) doc.add_relation(r);
    return doc;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t claims = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;

    clocks build_t{1e9, 1e9}, write_t{1e9, 1e9}, read_t{1e9, 1e9}, parse_t{1e9, 1e9}, rebuild_t{1e9, 1e9};
    double write_peak = 0, read_peak = 0;
    std::string json;
    std::size_t records = 0;
    for (int round = 0; round < rounds; ++round) {
        json = std::string();
        reset_peak();
        clocks t0 = now();
        newsprov::story_document doc = build(claims);
        const clocks b = since(t0);
        t0 = now();
        json = newsprov::to_prov_json(doc);
        const clocks w = since(t0);
        write_peak = std::max(write_peak, peak_mib());
        doc = newsprov::story_document();  // the reader starts without the writer's document

        reset_peak();
        t0 = now();
        const newsprov::story_document back = newsprov::read_prov_json(json);
        const clocks r = since(t0);
        read_peak = std::max(read_peak, peak_mib());

        // Not timed: what was read is what was written.
        const newsprov::story_document again = build(claims);
        records = back.sources().size() + back.claims().size() + back.relations().size();
        if (back.sources().size() != again.sources().size() || back.claims().size() != again.claims().size() ||
            back.relations().size() != again.relations().size() || newsprov::to_prov_json(back) != json) {
            std::fprintf(stderr, "prov_json_throughput: the document read back differs from the one written\n");
            return 1;
        }
        // Best round of each (CPU time decides; elapsed time of the same round).
        if (b.cpu + w.cpu < build_t.cpu + write_t.cpu) {
            build_t = b;
            write_t = w;
        }
        if (r.cpu < read_t.cpu) read_t = r;
    }
    // The read's two parts, each alone, in rounds of their own (after the
    // others, so as not to change the memory the timed phases above start with).
    {
        const newsprov::story_document written = build(claims);
        for (int round = 0; round < rounds; ++round) {
            clocks t0 = now();
            {
                newsprov::json::cursor c(json, newsprov::prov_json_limits());
                c.skip();
                c.finish();
            }
            const clocks p = since(t0);
            if (p.cpu < parse_t.cpu) parse_t = p;
            t0 = now();
            const newsprov::story_document rebuilt = rebuild(written);
            const clocks r = since(t0);
            if (r.cpu < rebuild_t.cpu) rebuild_t = r;
            if (rebuilt.relations().size() != written.relations().size()) return 1;
        }
    }
    const double mb = static_cast<double>(json.size()) / 1e6;
    const clocks bw{build_t.wall + write_t.wall, build_t.cpu + write_t.cpu};
    std::printf("newsprov PROV-JSON: %zu claims, %zu records, %.1f MB; best of %d rounds, CPU time (elapsed)\n"
                "  (read back checked every round: same number of sources, claims and relations; written again, the same bytes)\n",
                claims, records, mb, rounds);
    std::printf("  build document       %8.3f s (%.3f)\n", build_t.cpu, build_t.wall);
    std::printf("  write PROV-JSON      %8.3f s (%.3f)  %7.1f MB/s   page faults %6ld\n", write_t.cpu, write_t.wall,
                mb / write_t.cpu, write_t.faults);
    std::printf("  build + write        %8.3f s (%.3f)  %7.1f MB/s   peak memory %7.1f MiB\n", bw.cpu, bw.wall,
                mb / bw.cpu, write_peak);
    std::printf("  read back            %8.3f s (%.3f)  %7.1f MB/s   peak memory %7.1f MiB   page faults %6ld\n",
                read_t.cpu, read_t.wall, mb / read_t.cpu, read_peak, read_t.faults);
    std::printf("  read / write: %.2f  (floor: at most 1, read back at least as fast as written: %s); read / (build + write): %.2f\n",
                read_t.cpu / write_t.cpu, read_t.cpu <= write_t.cpu ? "met" : "NOT MET", read_t.cpu / bw.cpu);
    std::printf("  the read's parts, each timed alone, against the write:\n"
                "    strict JSON parse, no document     %8.3f s (%.3f)  %7.1f MB/s   %.2f of the write   page faults %6ld\n"
                "    document from ready strings        %8.3f s (%.3f)                  %.2f of the write   page faults %6ld\n",
                parse_t.cpu, parse_t.wall, mb / parse_t.cpu, parse_t.cpu / write_t.cpu, parse_t.faults, rebuild_t.cpu,
                rebuild_t.wall, rebuild_t.cpu / write_t.cpu, rebuild_t.faults);
    std::fflush(stdout);

    const std::string cmd = std::string("/usr/bin/python3 " NEWSPROV_BENCH_DIR "/prov_json_baseline.py ") +
                            std::to_string(claims);
    std::FILE* p = popen(cmd.c_str(), "r");
    double py_build = 0, py_read = 0, py_rss = 0, py_build_cpu = 0, py_read_cpu = 0;
    unsigned long long py_bytes = 0;
    const int got = p ? std::fscanf(p, "%lf %lf %llu %lf %lf %lf", &py_build, &py_read, &py_bytes, &py_rss,
                                    &py_build_cpu, &py_read_cpu)
                      : 0;
    const int status = p ? pclose(p) : -1;
    if (got != 6 || status != 0) {
        std::printf("python-prov: NOT RUN, no comparison (needs /usr/bin/python3 with the python3-prov package:\n"
                    "  apt-get install python3-prov)\n");
        return 77;
    }
    const double py_mb = static_cast<double>(py_bytes) / 1e6;
    std::printf("python-prov (same document, same run, once): %.1f MB; CPU time (elapsed)\n", py_mb);
    std::printf("  build + write        %8.3f s (%.3f)  %7.1f MB/s   peak memory %7.1f MiB (whole process)\n",
                py_build_cpu, py_build, py_mb / py_build_cpu, py_rss);
    std::printf("  read back            %8.3f s (%.3f)  %7.1f MB/s\n", py_read_cpu, py_read, py_mb / py_read_cpu);
    const double ratio = py_build_cpu / bw.cpu;
    std::printf("ratio build + write: newsprov %.0fx faster than python-prov (elapsed: %.0fx; floor 50x: %s)\n", ratio,
                py_build / bw.wall, ratio >= 50 ? "met" : "NOT MET");
    std::printf("ratio read back:     newsprov %.0fx faster than python-prov (elapsed: %.0fx)\n", py_read_cpu / read_t.cpu,
                py_read / read_t.wall);
    return 0;
}
