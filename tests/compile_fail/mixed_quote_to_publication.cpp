// A publication as such cannot be quoted, even partly.
// expect-error: quote-needs-speaker
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::mixed, cast::wire, "reported");
int main() {}
