// The driver must reject a snippet whose diagnostics are longer than it allows.
// driver-must-report: more than 2
// expect-lines-at-most: 2
// expect-error: quote-needs-speaker
#include "../cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::quote, cast::kremlin, "said");
int main() {}
