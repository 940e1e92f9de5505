// An unnamed source cannot be the party that declined to comment.
// expect-error: denial-needs-party
// expect-error-within: 5
// expect-lines-at-most: 25
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::declined, cast::official_unnamed, "declined");
int main() {}
