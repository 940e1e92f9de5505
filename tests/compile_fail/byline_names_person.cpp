// A byline names the journalist, not a source.
// expect-error: byline-needs-journalist
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::byline(cast::rubio, "Paris");
int main() {}
