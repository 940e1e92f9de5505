// The seed story, checked at compile time, printed as a report at run time.
#include "seed_story.hpp"

#include <newsprov/story/report.hpp>

#include <cstdio>

int main() {
    const std::string report = newsprov::format_report(seed::story);
    std::fputs(report.c_str(), stdout);
    return newsprov::findings(seed::story).empty() ? 0 : 1;
}
