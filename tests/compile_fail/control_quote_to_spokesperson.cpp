// Control for quote_to_organization: the Kremlin's spokesman may be quoted.
// expect-compile
#include "cast.hpp"
[[maybe_unused]] constexpr auto fine = newsprov::attribute(cast::quote, cast::peskov, "said");
int main() {}
