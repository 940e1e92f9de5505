// A contributor line names journalists, not organizations.
// expect-error: byline-needs-journalist
// expect-error-within: 5
// expect-lines-at-most: 25
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::contributor(cast::kremlin, "Moscow");
int main() {}
