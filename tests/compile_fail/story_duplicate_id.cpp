// An organization and an office sharing an id break id-unique; the error names the id.
// expect-error: id-unique
// expect-error: "russia"
// expect-lines-at-most: 25
#include "cast.hpp"
using namespace cast;
inline constexpr newsprov::organization russia{"russia", "Russia"};
inline constexpr newsprov::office russian_government{"russia", "the Russian government"};
[[maybe_unused]] constexpr auto story = newsprov::make_story(russia, russian_government, toll,
                                                             newsprov::attribute(toll, russia, "said"));
static_assert(newsprov::check(story));
int main() {}
