// Attribution extraction throughput over real news corpora.
//
//   extract_throughput [--rounds N] [CORPUS...]
//       (default: 3 rounds over NEWSPROV_SHARED_DIR/corpus/{bbc,reuters21578}.txt)
//
// Streams each corpus (articles separated by a line holding a form feed), runs
// newsprov::text::extractor on every article with one reused extractor, and in
// the same run a baseline single pass over the same bytes that only counts
// quotation marks and sentence ends. Prints MB/s for both, their ratio, and the
// peak resident memory (getrusage), which must not grow with the corpus: the
// reader holds one read buffer and one article. Times are the thread's CPU time
// (CLOCK_THREAD_CPUTIME_ID), so that other processes on a shared machine do not
// distort the figures; wall-clock MB/s is printed too. Each corpus is streamed
// N times and the best pass counts (of extraction and of the baseline apart),
// which keeps a busy machine's cache and frequency noise out of the figure.
#include <newsprov/text/extract.hpp>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#ifndef NEWSPROV_SHARED_DIR
#define NEWSPROV_SHARED_DIR "../shared"
#endif

namespace {

using clock_type = std::chrono::steady_clock;

[[nodiscard]] double cpu_seconds() noexcept {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// The baseline: one pass counting quotation marks and sentence ends.
struct baseline_counts {
    std::size_t quotes = 0;
    std::size_t ends = 0;
};
[[nodiscard]] baseline_counts baseline_pass(std::string_view s) noexcept {
    baseline_counts c;
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b == '"') {
            ++c.quotes;
        } else if (b == 0xE2 && i + 2 < n && static_cast<unsigned char>(s[i + 1]) == 0x80) {
            const auto b2 = static_cast<unsigned char>(s[i + 2]);
            if (b2 == 0x9C || b2 == 0x9D) ++c.quotes;  // “ ”
        } else if ((b == '.' || b == '!' || b == '?') && i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == '\n')) {
            ++c.ends;
        }
    }
    return c;
}

[[nodiscard]] long peak_rss_kib() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

struct result {
    std::size_t bytes = 0;
    std::size_t articles = 0;
    std::size_t attributions = 0;
    std::size_t figures = 0;
    double extract_s = 0;   // thread CPU time
    double baseline_s = 0;
    double extract_wall_s = 0;
    baseline_counts counts;
};

/// Streams `path`, article by article.
bool run(const std::string& path, result& r) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return false;
    newsprov::text::extractor ex;
    newsprov::text::extraction x;
    // Articles are timed in batches of up to ~1 MB (bounded memory) so that the
    // clock is read a few times per megabyte, not per article.
    std::string batch;
    std::vector<std::size_t> ends;  // end offset of each article in the batch
    std::size_t start = 0;          // where the current article starts in the batch
    std::vector<char> buf(1 << 16);
    auto process = [&] {
        if (ends.empty()) return;
        const auto w0 = clock_type::now();
        const double t0 = cpu_seconds();
        std::size_t b = 0;
        for (const std::size_t e : ends) {
            ex.extract(std::string_view(batch).substr(b, e - b), {}, x);
            r.attributions += x.attributions.size();
            r.figures += x.figures.size();
            b = e;
        }
        const double t1 = cpu_seconds();
        const auto w1 = clock_type::now();
        b = 0;
        for (const std::size_t e : ends) {
            const baseline_counts c = baseline_pass(std::string_view(batch).substr(b, e - b));
            r.counts.quotes += c.quotes;
            r.counts.ends += c.ends;
            b = e;
        }
        const double t2 = cpu_seconds();
        r.extract_s += t1 - t0;
        r.baseline_s += t2 - t1;
        r.extract_wall_s += std::chrono::duration<double>(w1 - w0).count();
        r.bytes += ends.back();
        r.articles += ends.size();
        batch.erase(0, ends.back());
        start -= ends.back();
        ends.clear();
    };
    std::size_t got;
    while ((got = std::fread(buf.data(), 1, buf.size(), f)) > 0) {
        for (std::size_t i = 0; i < got; ++i) {
            batch.push_back(buf[i]);
            // separator: "\n\f\n"
            const std::size_t n = batch.size();
            if (n >= 3 && batch[n - 1] == '\n' && batch[n - 2] == '\f' && batch[n - 3] == '\n') {
                batch.resize(n - 3);
                if (batch.size() > start) ends.push_back(batch.size());
                start = batch.size();
                if (batch.size() >= (1u << 20)) process();
            }
        }
    }
    if (batch.size() > start) ends.push_back(batch.size());
    process();
    std::fclose(f);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> paths;
    int rounds = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--rounds" && i + 1 < argc) {
            rounds = std::max(1, std::atoi(argv[++i]));
        } else {
            paths.emplace_back(arg);
        }
    }
    if (paths.empty()) {
        paths.push_back(std::string(NEWSPROV_SHARED_DIR) + "/corpus/bbc.txt");
        paths.push_back(std::string(NEWSPROV_SHARED_DIR) + "/corpus/reuters21578.txt");
    }
    int status = 0;
    for (const auto& p : paths) {
        result r;
        if (!run(p, r)) {
            std::printf("%s: not found, skipped\n", p.c_str());
            continue;
        }
        for (int round = 1; round < rounds; ++round) {
            result again;
            if (!run(p, again)) break;
            r.extract_s = std::min(r.extract_s, again.extract_s);
            r.baseline_s = std::min(r.baseline_s, again.baseline_s);
            r.extract_wall_s = std::min(r.extract_wall_s, again.extract_wall_s);
        }
        const double mb = static_cast<double>(r.bytes) / 1e6;
        const double ex_mbs = r.extract_s > 0 ? mb / r.extract_s : 0;
        const double base_mbs = r.baseline_s > 0 ? mb / r.baseline_s : 0;
        std::printf("%s (best of %d passes)\n", p.c_str(), rounds);
        std::printf("  %zu articles, %.2f MB, %zu attributions, %zu figures\n", r.articles, mb, r.attributions,
                    r.figures);
        std::printf("  extract:  %8.1f MB/s  (%.3f s CPU, single thread; wall clock %.1f MB/s)\n", ex_mbs, r.extract_s,
                    r.extract_wall_s > 0 ? mb / r.extract_wall_s : 0);
        std::printf("  baseline: %8.1f MB/s  (%.3f s; %zu quotation marks, %zu sentence ends)\n", base_mbs,
                    r.baseline_s, r.counts.quotes, r.counts.ends);
        std::printf("  ratio:    extract runs at %.3f of the baseline's speed (%.1fx slower)\n",
                    base_mbs > 0 ? ex_mbs / base_mbs : 0, ex_mbs > 0 ? base_mbs / ex_mbs : 0);
        std::printf("  peak memory (max RSS so far): %.1f MiB\n", static_cast<double>(peak_rss_kib()) / 1024.0);
    }
    return status;
}
