// A publication as such cannot be quoted, even partly.
// expect-error: quote-needs-speaker
// expect-error-within: 5
// expect-lines-at-most: 25
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::mixed, cast::wire, "reported");
int main() {}
