// A document does not decline to comment; whoever was asked does.
// expect-error: denial-needs-party
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::declined, cast::memo, "declined");
int main() {}
