// Control for the byline snippets: a journalist, or the outlet for a staff report.
// expect-compile
#include "cast.hpp"
[[maybe_unused]] constexpr auto by_reporter = newsprov::byline(cast::reporter, "Kyiv");
[[maybe_unused]] constexpr auto staff = newsprov::byline(cast::wire);
int main() {}
