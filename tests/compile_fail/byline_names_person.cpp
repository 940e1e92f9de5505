// A byline names the journalist, not a source.
// expect-error: byline-needs-journalist
// expect-error-within: 5
// expect-lines-at-most: 25
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::byline(cast::rubio, "Paris");
int main() {}
