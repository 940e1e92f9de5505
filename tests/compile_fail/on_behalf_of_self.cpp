// Nothing acts on its own behalf.
// expect-error-within: 5
// expect-lines-at-most: 25
// expect-error: no-self-attribution
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::on_behalf_of(cast::kremlin, cast::kremlin);
int main() {}
