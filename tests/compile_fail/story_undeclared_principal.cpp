// The Kremlin, for whom Peskov speaks, must be in the story too.
// expect-lines-at-most: 25
// expect-error: attributor-declared
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr auto story = newsprov::make_story(peskov, talks, newsprov::attribute(talks, peskov, "said"));
static_assert(newsprov::check(story));
int main() {}
