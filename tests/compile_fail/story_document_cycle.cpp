// Documents that quote each other in a cycle break no-self-attribution; the error names the document.
// expect-error: no-self-attribution
// expect-error: memo-draft
// expect-lines-at-most: 25
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr auto story = newsprov::make_story(memo, memo_draft, newsprov::quoted_from(memo, memo_draft),
                                                             newsprov::quoted_from(memo_draft, memo));
static_assert(newsprov::check(story));
int main() {}
