// Control for the self-attribution snippets: the same relations between two different things.
// expect-compile
#include "cast.hpp"
[[maybe_unused]] constexpr auto relayed = newsprov::relay(cast::talks, cast::rubio, cast::witkoff);
[[maybe_unused]] constexpr auto revised = newsprov::revision_of(cast::memo, cast::memo_draft);
int main() {}
