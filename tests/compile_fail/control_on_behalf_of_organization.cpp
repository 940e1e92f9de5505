// Control for the principal snippets.
// expect-compile
#include "cast.hpp"
[[maybe_unused]] constexpr auto fine = newsprov::on_behalf_of(cast::peskov, cast::kremlin);
int main() {}
