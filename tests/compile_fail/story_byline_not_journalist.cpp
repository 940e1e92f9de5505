// A byline record made by hand, bypassing byline(), is caught by the story check.
// expect-lines-at-most: 25
// expect-error: byline-needs-journalist
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr newsprov::relation_record by_rubio = [] {
    newsprov::relation_record r;
    r.kind = newsprov::relation_kind::byline;
    r.to = "rubio";
    return r;
}();
[[maybe_unused]] constexpr auto story = newsprov::make_story(rubio, by_rubio);
static_assert(newsprov::check(story));
int main() {}
