// Control for without_absent_rule_used: the same policy with the rule's id
// spelt right lets an organization be quoted, through every builder and the check.
// expect-compile
#include "cast.hpp"
struct loose_policy {
    static constexpr auto rules = newsprov::without(newsprov::default_policy::rules, "quote-needs-speaker");
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
