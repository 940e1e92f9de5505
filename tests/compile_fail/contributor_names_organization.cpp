// A contributor line names journalists, not organizations.
// expect-error: byline-needs-journalist
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::contributor(cast::kremlin, "Moscow");
int main() {}
