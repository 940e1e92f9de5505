// story_info's publication must name a declared source: the typo is named.
// expect-error: attributor-declared
// expect-error: "reuter"
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr auto story = newsprov::make_story(newsprov::story_info{"s", "headline", "reuter"}, wire, rubio,
                                                             quote, newsprov::attribute(quote, rubio, "said"));
static_assert(newsprov::check(story));
int main() {}
