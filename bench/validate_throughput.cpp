// Citation validation throughput: 10,000 declared claims validated against
// news text of three sizes (2.5, 5 and 10 MB), to show how the cost grows.
//
//   validate_throughput [CORPUS...]   (default: NEWSPROV_SHARED_DIR/corpus/{bbc,reuters21578}.txt)
//
// The corpora are concatenated and cut at a paragraph boundary to each size.
// The claims are made from the text's own sentences, in three equal parts:
// verbatim quotes, quotes with one word changed (not verbatim: the closest
// passage is searched and aligned) and paraphrases (every fourth word dropped,
// two words swapped); each is attributed to one of 50 invented people with the
// cue "said", so the source and cue checks run (and mostly report). Times are
// the thread's CPU time. Printed per size: the analysis of the article
// (extraction, sentences, word index), the validation of the claims, MB/s and
// claims/s, and, measured in the same run, a baseline single pass over the
// bytes (counting quotation marks and sentence ends) and the extractor alone.
#include <newsprov/check/check.hpp>
#include <newsprov/graph/document.hpp>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#ifndef NEWSPROV_SHARED_DIR
#define NEWSPROV_SHARED_DIR "../shared"
#endif

namespace {

namespace ck = newsprov::checker;

[[nodiscard]] double cpu_seconds() noexcept {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

[[nodiscard]] long peak_rss_kib() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

[[nodiscard]] std::size_t baseline_pass(std::string_view s) noexcept {
    std::size_t c = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char b = s[i];
        c += (b == '"' || ((b == '.' || b == '?') && i + 1 < s.size() && s[i + 1] == ' ')) ? 1 : 0;
    }
    return c;
}

/// The declared claims: 10,000 made from the article's sentences.
newsprov::story_document make_claims(const ck::article& a, std::size_t count) {
    newsprov::story_document doc;
    const char* first[] = {"Anna", "Ben", "Clara", "David", "Eva", "Farid", "Grace", "Hugo", "Ines", "Jonas"};
    const char* last[] = {"Abbott", "Brennan", "Castro", "Dalton", "Ekwueme"};
    for (std::size_t i = 0; i < 50; ++i) {
        newsprov::source_record s;
        s.kind = newsprov::source_kind::person;
        std::string id(1, 'p');  // appended: g++ 12 -O3 reports a false -Wrestrict on "p" + string
        id += std::to_string(i);
        const std::string name = std::string(first[i % 10]) + " " + last[i / 10];
        s.id = id;
        s.name = name;
        doc.add_source(s);
    }
    // sentences of 8 to 60 words, spread evenly over the text
    std::vector<newsprov::text::span> usable;
    for (const auto& s : a.sentences()) {
        const std::size_t words = ck::detail::window_words(a, s.begin, s.end).size();
        if (words >= 8 && words <= 60) usable.push_back(s);
    }
    if (usable.empty()) return doc;
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        const auto s = usable[(i * 7919) % usable.size()];
        const auto ws = ck::detail::window_words(a, s.begin, s.end);
        const std::string_view sentence = a.text().substr(s.begin, s.size());
        newsprov::claim_kind kind = newsprov::claim_kind::direct_quote;
        if (i % 3 == 0) {
            text.assign(sentence);
        } else if (i % 3 == 1) {  // one word changed
            const auto& w = ws[ws.size() / 2];
            text.assign(a.text().substr(s.begin, w.begin - s.begin)).append("nonesuch").append(a.text().substr(w.end, s.end - w.end));
        } else {  // a paraphrase: every fourth word dropped, the first two swapped
            kind = newsprov::claim_kind::paraphrase;
            text.clear();
            for (std::size_t k = 0; k < ws.size(); ++k) {
                if (k % 4 == 3) continue;
                const std::size_t j = k == 0 ? 1 : k == 1 ? 0 : k;
                text.append(a.text().substr(ws[j].begin, ws[j].end - ws[j].begin)).push_back(' ');
            }
        }
        const std::string id = "c" + std::to_string(i);
        doc.add_claim({kind, id, text});
        newsprov::relation_record r;
        r.kind = newsprov::relation_kind::attribution;
        r.from = id;
        const std::string to = "p" + std::to_string(i % 50);
        r.to = to;
        r.cue = "said";
        doc.add_relation(r);
    }
    return doc;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) paths.emplace_back(argv[i]);
    if (paths.empty()) {
        paths.push_back(std::string(NEWSPROV_SHARED_DIR) + "/corpus/bbc.txt");
        paths.push_back(std::string(NEWSPROV_SHARED_DIR) + "/corpus/reuters21578.txt");
    }
    std::string corpus;
    for (const auto& p : paths) {
        std::ifstream in(p, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "validate_throughput: cannot read %s (skipped)\n", p.c_str());
            continue;
        }
        corpus.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        corpus += "\n\n";
    }
    if (corpus.size() < 1000) {
        std::fprintf(stderr, "validate_throughput: no corpus; pass text files as arguments\n");
        return 0;
    }
    constexpr std::size_t claims = 10'000;
    std::printf("validate_throughput: %zu declared claims (1/3 verbatim quotes, 1/3 altered quotes, 1/3 paraphrases)\n",
                claims);
    std::printf("%8s %10s %10s %10s %10s %12s %12s %12s %10s\n", "MB", "analyse s", "validate s", "total s",
                "MB/s", "claims/s", "extract MB/s", "baseline MB/s", "findings");
    for (const double mb : {2.5, 5.0, 10.0}) {
        std::size_t size = static_cast<std::size_t>(mb * 1e6);
        if (size > corpus.size()) size = corpus.size();
        const std::size_t cut = corpus.rfind("\n\n", size);
        const std::string_view text = std::string_view(corpus).substr(0, cut == std::string::npos || cut == 0 ? size : cut);
        const double megabytes = static_cast<double>(text.size()) / 1e6;

        double t0 = cpu_seconds();
        std::size_t sink = 0;
        for (int r = 0; r < 3; ++r) sink += baseline_pass(text);
        const double baseline = (cpu_seconds() - t0) / 3;

        t0 = cpu_seconds();
        const auto x = newsprov::text::extract(text);
        const double extract_only = cpu_seconds() - t0;
        sink += x.attributions.size();

        t0 = cpu_seconds();
        const ck::article a(text);
        const double analyse = cpu_seconds() - t0;
        const auto doc = make_claims(a, claims);
        t0 = cpu_seconds();
        const auto fs = ck::validate(doc, a);
        const double validate = cpu_seconds() - t0;
        const double total = analyse + validate;
        std::printf("%8.2f %10.3f %10.3f %10.3f %10.2f %12.0f %12.2f %12.1f %10zu\n", megabytes, analyse, validate, total,
                    megabytes / total, static_cast<double>(claims) / validate, megabytes / extract_only,
                    megabytes / baseline, fs.size());
        if (sink == 0) std::printf(" ");
    }
    std::printf("peak memory (max RSS): %.1f MiB\n", static_cast<double>(peak_rss_kib()) / 1024.0);
    return 0;
}
