// A looser policy whose without() names a rule the table lacks (a typo), used
// by every builder and the story check: one error, naming the misspelt rule and
// why, not a cascade from each use of the broken table (it used to be 7 to 9).
// expect-error: rule_to_remove_is_not_in_the_table
// expect-error: quote-needs-speeker
// expect-error-within: 8
// expect-lines-at-most: 15
#include "cast.hpp"
struct loose_policy {
    static constexpr auto rules = newsprov::without(newsprov::default_policy::rules, "quote-needs-speeker");
};
constexpr auto quoted = newsprov::attribute<loose_policy>(cast::quote, cast::kremlin, "said");
constexpr auto told = newsprov::attribute<loose_policy>(cast::talks, cast::rubio, "said");
constexpr auto relayed = newsprov::relay<loose_policy>(cast::talks, cast::rubio, cast::witkoff);
constexpr auto written = newsprov::byline<loose_policy>(cast::reporter, "Kyiv");
constexpr auto story = newsprov::make_story(newsprov::story_info{"loose"}, cast::kremlin, cast::rubio, cast::witkoff,
                                            cast::reporter, cast::quote, cast::talks, quoted, told, relayed,
                                            written);
static_assert(newsprov::check<loose_policy>(story));
int main() {}
