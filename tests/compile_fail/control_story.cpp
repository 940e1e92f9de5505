// Control for the story snippets: a small story that keeps every rule.
// expect-compile
#include "cast.hpp"
using namespace cast;
[[maybe_unused]] constexpr auto story = newsprov::make_story(
    newsprov::story_info{"control"}, kremlin, peskov, rubio, witkoff, mayor, reporter, quote, talks, toll,
    newsprov::attribute(quote, rubio, "said"), newsprov::attribute(talks, rubio, "said"),
    newsprov::relay(talks, rubio, witkoff), newsprov::attribute(toll, mayor, "reported"),
    newsprov::on_behalf_of(peskov, kremlin), newsprov::byline(reporter, "Kyiv"));
static_assert(newsprov::check(story));
static_assert(newsprov::verdict(story).ok);
int main() {}
