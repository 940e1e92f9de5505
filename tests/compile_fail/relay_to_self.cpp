// A source cannot relay what it said itself: name the original speaker.
// expect-error-within: 5
// expect-lines-at-most: 25
// expect-error: no-self-attribution
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::relay(cast::talks, cast::rubio, cast::rubio);
int main() {}
