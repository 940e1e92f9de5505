// Every attributor must be declared in the story: Rubio is missing here.
// expect-error: attributor-declared
// expect-error: "rubio"
// expect-lines-at-most: 25
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr auto story = newsprov::make_story(quote, newsprov::attribute(quote, rubio, "said"));
static_assert(newsprov::check(story));
int main() {}
