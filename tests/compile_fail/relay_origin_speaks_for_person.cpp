// relay() checks its origin's principal at the call site, as attribute() does.
// expect-error-within: 5
// expect-lines-at-most: 25
// expect-error: spokesperson-needs-principal
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::relay(cast::talks, cast::rubio, cast::self_appointed);
int main() {}
