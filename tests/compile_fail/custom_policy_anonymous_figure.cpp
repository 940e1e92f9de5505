// A newsroom's own rule: no figures from anonymous sources, not even from an unnamed
// official (whom the default policy accepts as an authority). The error names the rule
// in its first lines with g++, as for the default table's rules; clang names it in the
// call of its notes (its template arguments would print the id as character codes).
// expect-error: no-anonymous-figures
// expect-error-within: 5
// expect-error-within-clang: 14
// expect-lines-at-most: 30
#include "cast.hpp"
struct newsroom_policy {
    static constexpr auto rules = newsprov::extend(
        newsprov::default_policy::rules,
        newsprov::rule{"no-anonymous-figures", "figures are never taken from anonymous sources",
                       "find an on-the-record source for the number", newsprov::rule_scope::attribution,
                       newsprov::rule_check::allowed_sources, {newsprov::claim_kind::reported_figure},
                       newsprov::source_kinds::all().without(newsprov::source_kind::anonymous), {}});
};
struct anonymous_official {  // a user-defined source type: an official who may not be named
    static constexpr newsprov::source_kind kind = newsprov::source_kind::anonymous;
    static constexpr newsprov::source_role role = newsprov::source_role::official_of;
    static constexpr newsprov::source_kind principal_kind = newsprov::source_kind::organization;
    std::string_view id;
    [[nodiscard]] constexpr newsprov::source_record record() const {
        newsprov::source_record r;
        r.kind = kind;
        r.role = role;
        r.id = id;
        r.anonymity_reason = "not authorized to release figures";
        return r;
    }
};
[[maybe_unused]] constexpr anonymous_official insider{"insider"};
[[maybe_unused]] constexpr auto broken = newsprov::attribute<newsroom_policy>(cast::toll, insider, "said");
int main() {}
