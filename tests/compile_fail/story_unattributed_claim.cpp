// A claim that nobody made is stated as fact: attribute it or make it an observation.
// expect-lines-at-most: 25
// expect-error: claim-needs-source
// expect-error: "p1"
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr auto story = newsprov::make_story(rubio, quote, talks, newsprov::attribute(quote, rubio, "said"));
static_assert(newsprov::check(story));
int main() {}
