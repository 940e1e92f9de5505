// A source type whose role is a data member is rejected where it is passed.
// expect-error: source_type
#include "cast.hpp"
struct loose_source {
    static constexpr newsprov::source_kind kind = newsprov::source_kind::person;
    newsprov::source_role role = newsprov::source_role::none;
    std::string_view id;
    [[nodiscard]] constexpr newsprov::source_record record() const { return {}; }
};
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::talks, loose_source{newsprov::source_role::none, "s"}, "said");
int main() {}
