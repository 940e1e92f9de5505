// Two claims with one id break id-unique (not claim-needs-source).
// expect-error: id-unique
// expect-error: "q1"
#include "cast.hpp"
using namespace cast;
inline constexpr newsprov::direct_quote again{"q1", "another quote"};
[[maybe_unused]] constexpr auto story = newsprov::make_story(rubio, quote, again, newsprov::attribute(quote, rubio, "said"),
                                                             newsprov::attribute(again, rubio, "said"));
static_assert(newsprov::check(story));
int main() {}
