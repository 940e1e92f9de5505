// Parts built without including() are still checked when the story is.
// expect-lines-at-most: 25
// expect-error: part-within-whole
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr newsprov::quantity injured{98, "people", "injured", {newsprov::part{120, "children"}}, 1};
[[maybe_unused]] constexpr auto figure = newsprov::reported_figure{"bad-toll", "98 injured"}.with(injured);
[[maybe_unused]] constexpr auto story = newsprov::make_story(mayor, figure);
static_assert(newsprov::check(story));
int main() {}
