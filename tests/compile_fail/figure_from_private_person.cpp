// Casualty figures need an authority, not a passer-by.
// expect-error: figure-needs-authority
// expect-error-within: 5
// expect-lines-at-most: 25
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::toll, cast::bystander, "said");
int main() {}
