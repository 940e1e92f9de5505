// A looser policy made with without() drops a rule; naming a rule the table lacks fails.
// expect-error: rule_to_remove_is_not_in_the_table
#include "cast.hpp"
struct loose_policy {
    static constexpr auto rules = newsprov::without(newsprov::default_policy::rules, "no-such-rule");
};
int main() { return static_cast<int>(loose_policy::rules.size()); }
