// A relayed quote needs an origin that can speak.
// expect-error-within: 5
// expect-lines-at-most: 25
// expect-error: quote-needs-speaker
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::relay(cast::quote, cast::rubio, cast::kremlin);
int main() {}
