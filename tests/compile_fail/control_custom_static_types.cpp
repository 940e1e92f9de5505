// Control: user-defined claim and source types with static constexpr kind and role work.
// expect-compile
#include "cast.hpp"
struct my_claim {
    static constexpr newsprov::claim_kind kind = newsprov::claim_kind::paraphrase;
    std::string_view id;
    [[nodiscard]] constexpr newsprov::claim_record record() const { return {kind, id, {}}; }
};
struct my_source {
    static constexpr newsprov::source_kind kind = newsprov::source_kind::person;
    static constexpr newsprov::source_role role = newsprov::source_role::none;
    std::string_view id;
    [[nodiscard]] constexpr newsprov::source_record record() const { return {kind, role, id}; }
};
[[maybe_unused]] constexpr auto fine = newsprov::attribute(my_claim{"c"}, my_source{"s"}, "said");
int main() {}
