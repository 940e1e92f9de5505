// Casualty figures need an authority, not a passer-by.
// expect-error: figure-needs-authority
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::toll, cast::bystander, "said");
int main() {}
