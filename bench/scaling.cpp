// Does the work stay linear? Six inputs that once took quadratic time (issue 20,
// item 8), each generated at n and at 4n and timed through the library (CPU time
// of this process, best of --runs). Linear work takes about 4x as long at 4n;
// the goal is at most 5x. Also prints diff's seconds per MB of the larger input.
//
//   scaling [--scale F] [--runs N] [--only NAME]
//
// --scale multiplies every n (0.25 for a quick run); --only runs one input.
// Exit 0 always: this program measures, it does not judge (the figures go to
// docs/scaling.md).
//
//   prefixes-prov-n     n namespace prefixes (each used once) read by read_prov_n
//   prefixes-prov-json  the same as PROV-JSON, read by read_prov_json
//   relay-chain         one claim relayed through a chain of n sources, check()
//   delegation-chain    an actedOnBehalfOf chain of n agents, to_dot()
//   repeated-claims     n copies of one claim against n copies of its sentence, checker::validate()
//   repeated-sentences  n alike attributed sentences with a number, against a rewrite
//                       that changed the number in each, checker::drift() (newsprov diff)

#include <newsprov/check/check.hpp>
#include <newsprov/graph/graph.hpp>
#include <newsprov/io/dot.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace np = newsprov;

namespace {

[[nodiscard]] double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

/// One input: how to make it at size n, and what to time on it.
struct scaling_case {
    const char* name;
    std::size_t n;  ///< the base size; timed at n and at 4n
    /// Prepares the input of size n and returns the work to time (called once per run).
    std::function<std::function<std::size_t()>(std::size_t)> make;
    bool per_mb = false;  ///< print seconds per MB of input
};

// ---- generators -------------------------------------------------------------

std::string prefixes_prov_n(std::size_t n) {
    std::string s = "document\n";
    for (std::size_t i = 0; i < n; ++i) s += "  prefix p" + std::to_string(i) + " <https://example.org/ns/" + std::to_string(i) + "#>\n";
    for (std::size_t i = 0; i < n; ++i) s += "  entity(p" + std::to_string(i) + ":e)\n";
    return s + "endDocument\n";
}

std::string prefixes_prov_json(std::size_t n) {
    std::string s = "{\"prefix\": {";
    for (std::size_t i = 0; i < n; ++i)
        s += (i ? ", \"p" : "\"p") + std::to_string(i) + "\": \"https://example.org/ns/" + std::to_string(i) + "#\"";
    s += "}, \"entity\": {";
    for (std::size_t i = 0; i < n; ++i) s += (i ? ", \"p" : "\"p") + std::to_string(i) + ":e\": {}";
    return s + "}}";
}

/// Sources s0..sn; the claim reached s0 from s1, s1 from s2, ... (relayed_by: to = origin, via = relayer).
np::story_document relay_chain(std::size_t n) {
    np::story_document d;
    d.set_info({.id = "relay"});
    for (std::size_t i = 0; i <= n; ++i)
        d.add_source({.kind = np::source_kind::person, .id = "s" + std::to_string(i), .name = "Person " + std::to_string(i)});
    d.add_claim({np::claim_kind::paraphrase, "c", "the bridge will reopen"});
    d.add_relation({.kind = np::relation_kind::attribution, .from = "c", .to = "s0", .cue = "said"});
    for (std::size_t i = 0; i < n; ++i) {
        const std::string relayer = "s" + std::to_string(i), origin = "s" + std::to_string(i + 1);
        d.add_relation({.kind = np::relation_kind::relayed_by, .from = "c", .to = origin, .via = relayer});
    }
    return d;
}

/// Agents a0..an, each acting on behalf of the next.
np::story_document delegation_chain(std::size_t n) {
    np::story_document d;
    d.set_info({.id = "chain"});
    for (std::size_t i = 0; i <= n; ++i)
        d.add_source({.kind = i == n ? np::source_kind::organization : np::source_kind::person,
                      .id = "a" + std::to_string(i), .name = "Agent " + std::to_string(i)});
    for (std::size_t i = 0; i < n; ++i)
        d.add_relation({.kind = np::relation_kind::on_behalf_of, .from = "a" + std::to_string(i), .to = "a" + std::to_string(i + 1)});
    return d;
}

constexpr std::string_view repeated_sentence = "The harbour master said the new ferry pier would open in the spring. ";

// diff's input: every sentence attributed and holding a number, the number changed in the rewrite
constexpr std::string_view figure_sentence = "The mayor said 12 ferries would dock at the new pier. ";
constexpr std::string_view changed_figure_sentence = "The mayor said 21 ferries would dock at the new pier. ";

std::string repeated_text(std::size_t n, std::string_view sentence) {
    std::string s;
    s.reserve(n * sentence.size());
    for (std::size_t i = 0; i < n; ++i) s += sentence;
    return s;
}

np::story_document repeated_claims(std::size_t n) {
    np::story_document d;
    d.set_info({.id = "repeat"});
    d.add_source({.kind = np::source_kind::office, .id = "master", .name = "the harbour master"});
    for (std::size_t i = 0; i < n; ++i) {
        const std::string id = "c" + std::to_string(i);
        d.add_claim({np::claim_kind::paraphrase, id, "the new ferry pier would open in the spring"});
        d.add_relation({.kind = np::relation_kind::attribution, .from = id, .to = "master", .cue = "said"});
    }
    return d;
}

// ---- the cases --------------------------------------------------------------

std::vector<scaling_case> cases() {
    std::vector<scaling_case> out;
    out.push_back({"prefixes-prov-n", 16000, [](std::size_t n) {
                       auto text = std::make_shared<std::string>(prefixes_prov_n(n));
                       return std::function<std::size_t()>([text] { return np::read_prov_n(*text).foreign().record_count(); });
                   }});
    out.push_back({"prefixes-prov-json", 16000, [](std::size_t n) {
                       auto text = std::make_shared<std::string>(prefixes_prov_json(n));
                       return std::function<std::size_t()>([text] { return np::read_prov_json(*text).foreign().record_count(); });
                   }});
    out.push_back({"relay-chain", 4000, [](std::size_t n) {
                       auto doc = std::make_shared<np::story_document>(relay_chain(n));
                       return std::function<std::size_t()>([doc] { return np::check(*doc).size(); });
                   }});
    out.push_back({"delegation-chain", 4000, [](std::size_t n) {
                       auto doc = std::make_shared<np::story_document>(delegation_chain(n));
                       return std::function<std::size_t()>([doc] { return np::to_dot(*doc).size(); });
                   }});
    out.push_back({"repeated-claims", 1000, [](std::size_t n) {
                       auto doc = std::make_shared<np::story_document>(repeated_claims(n));
                       auto text = std::make_shared<std::string>(repeated_text(n, repeated_sentence));
                       return std::function<std::size_t()>([doc, text] { return np::checker::validate(*doc, *text).size(); });
                   }});
    out.push_back({"repeated-sentences", 1000, [](std::size_t n) {
                       auto original = std::make_shared<std::string>(repeated_text(n, figure_sentence));
                       auto derived = std::make_shared<std::string>(repeated_text(n, changed_figure_sentence));
                       return std::function<std::size_t()>([original, derived] { return np::checker::drift(*original, *derived).size(); });
                   }, true});
    return out;
}

/// Input bytes of a case at size n (for s/MB): the texts the timed work reads.
std::size_t input_bytes(const scaling_case& c, std::size_t n) {
    if (std::string_view(c.name) == "repeated-sentences") return n * (figure_sentence.size() + changed_figure_sentence.size());
    return 0;
}

double best_time(const scaling_case& c, std::size_t n, int runs, std::size_t& result) {
    const auto work = c.make(n);
    double best = 1e300;
    for (int r = 0; r < runs; ++r) {
        const double t0 = cpu_seconds();
        result = work();
        best = std::min(best, cpu_seconds() - t0);
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    double scale = 1;
    int runs = 3;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--scale" && i + 1 < argc) scale = std::atof(argv[++i]);
        else if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--only" && i + 1 < argc) only = argv[++i];
        else {
            std::fprintf(stderr, "usage: scaling [--scale F] [--runs N] [--only NAME]\n");
            return 2;
        }
    }
    std::printf("%-20s %9s %10s %10s %7s  %s\n", "input", "n", "cpu(n) s", "cpu(4n) s", "4n/n", "");
    for (const scaling_case& c : cases()) {
        if (!only.empty() && only != c.name) continue;
        const std::size_t n = std::max<std::size_t>(1, static_cast<std::size_t>(static_cast<double>(c.n) * scale));
        std::size_t r1 = 0, r4 = 0;
        const double t1 = best_time(c, n, runs, r1);
        const double t4 = best_time(c, 4 * n, runs, r4);
        const double ratio = t1 > 0 ? t4 / t1 : 0;
        std::printf("%-20s %9zu %10.4f %10.4f %6.1fx  %s", c.name, n, t1, t4, ratio, ratio <= 5 ? "linear" : "SUPERLINEAR");
        if (c.per_mb) {
            const double mb = static_cast<double>(input_bytes(c, 4 * n)) / 1e6;
            std::printf("  %.2f s/MB at %.2f MB", t4 / mb, mb);
        }
        std::printf("  (results %zu, %zu)\n", r1, r4);
        std::fflush(stdout);
    }
    return 0;
}
