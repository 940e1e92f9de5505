// A document is not a revision of itself.
// expect-lines-at-most: 25
// expect-error: no-self-attribution
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::revision_of(cast::memo, cast::memo);
int main() {}
