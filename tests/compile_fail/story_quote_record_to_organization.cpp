// An attribution record made by hand is held to the same rule as attribute().
// expect-lines-at-most: 25
// expect-error: quote-needs-speaker
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr newsprov::relation_record said = [] {
    newsprov::relation_record r;
    r.from = "q1";
    r.to = "kremlin";
    r.cue = "said";
    return r;
}();
[[maybe_unused]] constexpr auto story = newsprov::make_story(kremlin, quote, said);
static_assert(newsprov::check(story));
int main() {}
