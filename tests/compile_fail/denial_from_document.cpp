// A document does not decline to comment; whoever was asked does.
// expect-error: denial-needs-party
// expect-error-within: 5
// expect-lines-at-most: 25
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::declined, cast::memo, "declined");
int main() {}
