// An organization does not speak as such: a direct quote needs a speaker.
// expect-error: quote-needs-speaker
// expect-error: name its spokesperson
// expect-error: quote_to_organization\.cpp
// expect-error-within: 5
// expect-lines-at-most: 25
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::quote, cast::kremlin, "said");
int main() {}
