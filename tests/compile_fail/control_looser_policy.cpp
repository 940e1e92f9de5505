// Control for looser_policy_quote_from_organization: without quote-needs-speaker,
// an organization may be quoted.
// expect-compile
#include "cast.hpp"
struct loose_policy {
    static constexpr auto rules = newsprov::without(newsprov::default_policy::rules, "quote-needs-speaker");
};
[[maybe_unused]] constexpr auto fine = newsprov::attribute<loose_policy>(cast::quote, cast::kremlin, "said");
int main() {}
