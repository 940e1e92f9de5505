// Control for the denial snippets.
// expect-compile
#include "cast.hpp"
[[maybe_unused]] constexpr auto fine = newsprov::attribute(cast::declined, cast::rubio, "declined to discuss");
int main() {}
