// A source with an empty id is never declared: attributor-declared, naming the claim it sources.
// expect-error: attributor-declared
// expect-error: toll
#include "cast.hpp"
using namespace cast;
inline constexpr newsprov::office nameless{.id = "", .name = "the mayor of Kharkiv"};
[[maybe_unused]] constexpr auto story = newsprov::make_story(nameless, toll, newsprov::attribute(toll, nameless, "reported"));
static_assert(newsprov::check(story));
int main() {}
