// A relay chain that loops back never reaches a primary source.
// expect-lines-at-most: 25
// expect-error: no-self-attribution
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr auto story = newsprov::make_story(rubio, witkoff, talks, newsprov::attribute(talks, rubio, "said"),
                                            newsprov::relay(talks, rubio, witkoff),
                                            newsprov::relay(talks, witkoff, rubio));
static_assert(newsprov::check(story));
int main() {}
