// The driver must reject a snippet whose rule appears, but after the lines it allows.
// driver-must-report: not within the first 1 lines
// expect-error-within: 1
// expect-error: quote-needs-speaker
#include "../cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::quote, cast::kremlin, "said");
int main() {}
