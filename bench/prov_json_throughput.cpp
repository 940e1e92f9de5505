// PROV-JSON throughput: a document of 100,000 claims (with 10,000 spokespeople
// acting on behalf of 1,000 organizations, every claim attributed) built and
// written as PROV-JSON, then read back; and python-prov doing the same work in
// the same run (bench/prov_json_baseline.py with /usr/bin/python3).
//
//   prov_json_throughput [CLAIMS]      (default 100000)
//
// Prints times, MB/s, the ratio to python-prov and peak memory.

#include <newsprov/graph/document.hpp>
#include <newsprov/io/prov_json.hpp>

#include <sys/resource.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#ifndef NEWSPROV_BENCH_DIR
#define NEWSPROV_BENCH_DIR "bench"
#endif

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
double peak_mib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

newsprov::story_document build(std::size_t claims) {
    namespace np = newsprov;
    const std::size_t people = claims / 10 ? claims / 10 : 1, orgs = claims / 100 ? claims / 100 : 1;
    np::story_document doc;
    doc.set_info(np::story_info{"bench"});
    std::string id, name, text;
    np::source_record s;
    for (std::size_t o = 0; o < orgs; ++o) {
        id = "org-" + std::to_string(o);
        name = "Organization " + std::to_string(o);
        s.kind = np::source_kind::organization;
        s.id = id;
        s.name = name;
        doc.add_source(s);
    }
    for (std::size_t p = 0; p < people; ++p) {
        id = "person-" + std::to_string(p);
        name = "Person " + std::to_string(p);
        const std::string principal = "org-" + std::to_string(p % orgs);
        s.kind = np::source_kind::person;
        s.role = np::source_role::spokesperson_for;
        s.id = id;
        s.name = name;
        s.principal = principal;
        doc.add_source(s);
    }
    for (std::size_t c = 0; c < claims; ++c) {
        id = "claim-" + std::to_string(c);
        text = "claim number " + std::to_string(c) + " says something about the talks";
        doc.add_claim({np::claim_kind::paraphrase, id, text});
    }
    np::relation_record r;
    r.kind = np::relation_kind::attribution;
    r.cue = "said";
    std::string to;
    for (std::size_t c = 0; c < claims; ++c) {
        id = "claim-" + std::to_string(c);
        to = "person-" + std::to_string(c % people);
        r.from = id;
        r.to = to;
        doc.add_relation(r);
    }
    np::relation_record d;
    d.kind = np::relation_kind::on_behalf_of;
    for (std::size_t p = 0; p < people; ++p) {
        id = "person-" + std::to_string(p);
        to = "org-" + std::to_string(p % orgs);
        d.from = id;
        d.to = to;
        doc.add_relation(d);
    }
    return doc;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t claims = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;

    // Best of three for newsprov (the figures are small next to python's).
    double build_s = 1e9, write_s = 1e9, read_s = 1e9;
    std::string json;
    std::size_t records = 0;
    for (int round = 0; round < 3; ++round) {
        auto t0 = std::chrono::steady_clock::now();
        const newsprov::story_document doc = build(claims);
        const double b = seconds_since(t0);
        t0 = std::chrono::steady_clock::now();
        json = newsprov::to_prov_json(doc);
        const double w = seconds_since(t0);
        t0 = std::chrono::steady_clock::now();
        const newsprov::story_document back = newsprov::read_prov_json(json);
        const double r = seconds_since(t0);
        records = back.sources().size() + back.claims().size() + back.relations().size();
        if (back.claims().size() != claims || back.relations().size() != doc.relations().size()) {
            std::fprintf(stderr, "read back a different document\n");
            return 1;
        }
        if (b + w < build_s + write_s) {
            build_s = b;
            write_s = w;
        }
        if (r < read_s) read_s = r;
    }
    const double mb = static_cast<double>(json.size()) / 1e6;
    const double ours_peak = peak_mib();
    std::printf("newsprov PROV-JSON, %zu claims, %zu records, %.1f MB\n", claims, records, mb);
    std::printf("  build document       %8.3f s\n", build_s);
    std::printf("  write PROV-JSON      %8.3f s  %7.1f MB/s\n", write_s, mb / write_s);
    std::printf("  build + write        %8.3f s  %7.1f MB/s\n", build_s + write_s, mb / (build_s + write_s));
    std::printf("  read back            %8.3f s  %7.1f MB/s\n", read_s, mb / read_s);
    std::printf("  peak memory          %8.1f MiB\n", ours_peak);

    const std::string cmd = std::string("/usr/bin/python3 " NEWSPROV_BENCH_DIR "/prov_json_baseline.py ") +
                            std::to_string(claims);
    std::FILE* p = popen(cmd.c_str(), "r");
    double py_build = 0, py_read = 0, py_rss = 0;
    unsigned long long py_bytes = 0;
    const int got = p ? std::fscanf(p, "%lf %lf %llu %lf", &py_build, &py_read, &py_bytes, &py_rss) : 0;
    const int status = p ? pclose(p) : -1;
    if (got != 4 || status != 0) {
        std::printf("python-prov baseline: not run (needs /usr/bin/python3 with python3-prov)\n");
        return 0;
    }
    std::printf("python-prov 2 (same document, same run), %.1f MB\n", static_cast<double>(py_bytes) / 1e6);
    std::printf("  build + write        %8.3f s\n", py_build);
    std::printf("  read back            %8.3f s\n", py_read);
    std::printf("  peak memory          %8.1f MiB\n", py_rss);
    const double ratio = py_build / (build_s + write_s);
    std::printf("ratio build + write: newsprov %.0fx faster (floor 50x: %s)\n", ratio, ratio >= 50 ? "met" : "NOT MET");
    std::printf("ratio read back:     newsprov %.0fx faster\n", py_read / read_s);
    std::printf("newsprov reads %s fast as it builds and writes (%.1f vs %.1f MB/s)\n",
                mb / read_s >= mb / (build_s + write_s) ? "at least as" : "NOT as", mb / read_s, mb / (build_s + write_s));
    return 0;
}
