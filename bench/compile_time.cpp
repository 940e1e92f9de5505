// Compile-time benchmark: what including newsprov and checking a large
// constexpr story cost, with g++ and clang++, against a baseline translation
// unit that includes only <array> <string_view> <vector>, and against two
// well-known headers when they are installed (nlohmann/json.hpp, fmt/format.h),
// all measured in one run. The targets: the umbrella header costs no more than
// nlohmann/json.hpp, the compile-time story header <newsprov/story.hpp> no more
// than fmt/format.h. <newsprov/all.hpp> (the umbrella with extraction and
// citation checks) is measured too, against nlohmann/json.hpp, with no target.
//
//   compile_time [--runs N] [--attributions N] [--emit FILE] [COMPILER...]
//
// Each translation unit is compiled N times (-fsyntax-only, -std=c++20, the
// compiler's default constexpr limits); the median CPU time (user + system) of
// the compiler process is reported.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <sys/resource.h>

#ifndef NEWSPROV_INCLUDE_DIR
#error "build with -DNEWSPROV_INCLUDE_DIR=\"path/to/include\""
#endif

namespace fs = std::filesystem;

namespace {

std::string generated_story(int attributions) {
    // Sources of every kind that may carry the claims below; claims cycle through
    // kinds so the policy's every attribution rule is evaluated.
    const int people = std::max(1, attributions / 10);
    std::string s = "#include <newsprov/story.hpp>\nnamespace np = newsprov;\n";
    s += "constexpr np::organization org{\"org\", \"an organization\"};\n";
    s += "constexpr np::office office{\"office\", \"the mayor\"};\n";
    for (int i = 0; i < people; ++i)
        s += "constexpr np::official p" + std::to_string(i) + "{\"p" + std::to_string(i) + "\", \"Person " +
             std::to_string(i) + "\", \"minister\", org};\n";
    for (int i = 0; i < attributions; ++i) {
        const std::string id = std::to_string(i);
        switch (i % 3) {
        case 0: s += "constexpr np::direct_quote c" + id + "{\"c" + id + "\", \"we will act\"};\n"; break;
        case 1: s += "constexpr np::paraphrase c" + id + "{\"c" + id + "\", \"talks go on\"};\n"; break;
        default:
            s += "constexpr auto c" + id + " = np::reported_figure{\"c" + id +
                 "\", \"98 injured\"}.with(np::quantity{98, \"\", \"injured\"}.including(6, \"children\"));\n";
        }
    }
    s += "constexpr auto story = np::make_story(np::story_info{\"generated\"}, org, office";
    for (int i = 0; i < people; ++i) s += ", p" + std::to_string(i);
    for (int i = 0; i < attributions; ++i) s += ", c" + std::to_string(i);
    for (int i = 0; i < attributions; ++i) {
        const std::string id = std::to_string(i);
        s += ",\n  np::attribute(c" + id + ", ";
        // Appended piecewise: g++ 12 -O3 warns falsely (-Wrestrict) on "p" + std::to_string(...).
        if (i % 3 == 2 && i % 2 == 0) {
            s += "office";
        } else {
            s += 'p';
            s += std::to_string(i % people);
        }
        s += ", \"said\")";
    }
    // A few second-hand claims, so relay chains are followed too.
    for (int i = 1; i < attributions; i += 50)
        s += ",\n  np::relay(c" + std::to_string(i) + ", p" + std::to_string(i % people) + ", p" +
             std::to_string((i + 1) % people) + ")";
    s += ");\nstatic_assert(np::check(story));\nint main() { return static_cast<int>(story.claims.size() % 2); }\n";
    return s;
}

double children_cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return secs(usage.ru_utime) + secs(usage.ru_stime);
}

// CPU seconds of the compiler process: steadier than wall time on a shared
// machine. Negative when the unit does not compile (an anchor not installed).
double seconds_to_compile(const std::string& compiler, const fs::path& source, bool required = true) {
    const std::string command = compiler + " -std=c++20 -fsyntax-only -I\"" NEWSPROV_INCLUDE_DIR "\" \"" +
                                source.string() + "\" > /dev/null 2>\"" + source.string() + ".err\"";
    const double start = children_cpu_seconds();
    const int status = std::system(command.c_str());
    const double stop = children_cpu_seconds();
    if (status != 0 && !required) return -1;
    if (status != 0) {
        std::fprintf(stderr, "compile_time: '%s' failed on %s (see %s.err)\n", compiler.c_str(),
                     source.string().c_str(), source.string().c_str());
        std::exit(1);
    }
    return stop - start;
}

double median_seconds(const std::string& compiler, const fs::path& source, int runs, bool required = true) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        times.push_back(seconds_to_compile(compiler, source, required));
        if (times.back() < 0) return -1;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 3;
    int attributions = 1000;
    std::vector<std::string> compilers;
    const std::span<char*> args(argv, static_cast<std::size_t>(argc));
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view a = args[i];
        if (a == "--runs" && i + 1 < args.size()) runs = std::max(1, std::atoi(args[++i]));
        else if (a == "--attributions" && i + 1 < args.size()) attributions = std::max(1, std::atoi(args[++i]));
        else if (a == "--emit" && i + 1 < args.size()) {  // write the generated story and stop
            std::ofstream(args[++i]) << generated_story(attributions);
            return 0;
        } else if (a == "-h" || a == "--help") {
            std::puts("usage: compile_time [--runs N] [--attributions N] [--emit FILE] [COMPILER...]  (default: g++ clang++)");
            return 0;
        } else compilers.emplace_back(a);
    }
    if (compilers.empty()) compilers = {"g++", "clang++"};

    const fs::path dir = fs::temp_directory_path() / ("newsprov-compile-time-" + std::to_string(std::rand()));
    fs::create_directories(dir);
    struct unit {
        std::string label;
        std::string text;
        bool required;
    };
    const std::vector<unit> units{
        {"<array> <string_view> <vector> (baseline)", "#include <array>\n#include <string_view>\n#include <vector>\n", true},
        {"#include <newsprov/newsprov.hpp> (umbrella)", "#include <newsprov/newsprov.hpp>\n", true},
        {"#include <nlohmann/json.hpp> (anchor)", "#include <nlohmann/json.hpp>\n", false},
        {"#include <newsprov/story.hpp> (compile-time story)", "#include <newsprov/story.hpp>\n", true},
        {"#include <fmt/format.h> (anchor)", "#include <fmt/format.h>\n", false},
        {"story of " + std::to_string(attributions) + " attributions, static_assert(check)", generated_story(attributions),
         true},
        {"#include <newsprov/all.hpp> (everything)", "#include <newsprov/all.hpp>\n", true},
    };

    std::printf("compile time (CPU seconds), median of %d runs, -fsyntax-only -std=c++20, default constexpr limits\n",
                runs);
    std::printf("%-10s %-56s %9s %9s\n", "compiler", "translation unit", "seconds", "ratio");
    for (const std::string& cxx : compilers) {
        std::vector<double> seconds;
        for (std::size_t i = 0; i < units.size(); ++i) {
            const fs::path source = dir / ("unit" + std::to_string(i) + ".cpp");
            std::ofstream(source) << units[i].text << (units[i].text.find("main(") == std::string::npos ? "int main() {}\n" : "");
            seconds.push_back(median_seconds(cxx, source, runs, units[i].required));
            if (seconds.back() < 0) {
                std::printf("%-10s %-56s %9s\n", cxx.c_str(), units[i].label.c_str(), "absent");
                continue;
            }
            std::printf("%-10s %-56s %9.3f %9.2f\n", cxx.c_str(), units[i].label.c_str(), seconds.back(),
                        seconds.back() / seconds[0]);
        }
        // The targets, read off the rows above (1 = umbrella, 2 = json, 3 = story header, 4 = fmt,
        // 6 = everything).
        auto against = [&](std::size_t ours, std::size_t anchor, const char* what, bool target = true) {
            if (seconds[anchor] < 0) return;
            const char* verdict = !target ? "" : seconds[ours] <= seconds[anchor] ? "met" : "not met";
            std::printf("%-10s %-56s %9.2f %9s\n", cxx.c_str(), what, seconds[ours] / seconds[anchor], verdict);
        };
        against(1, 2, "umbrella / nlohmann/json.hpp (target <= 1)");
        against(3, 4, "story header / fmt/format.h (target <= 1)");
        against(6, 2, "everything / nlohmann/json.hpp (no target)", false);
    }
    fs::remove_all(dir);
    return 0;
}
