// An unnamed source must say why it is unnamed.
// expect-error-within: 5
// expect-lines-at-most: 25
// expect-error: anonymous-needs-reason
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::talks, cast::no_reason, "said");
int main() {}
