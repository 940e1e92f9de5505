// Control for figure_from_private_person: the mayor's office, or an official, may give figures.
// expect-compile
#include "cast.hpp"
[[maybe_unused]] constexpr newsprov::official minister{"minister", "Yulia Svyrydenko", "economy minister", cast::kremlin};
[[maybe_unused]] constexpr auto from_office = newsprov::attribute(cast::toll, cast::mayor, "reported");
[[maybe_unused]] constexpr auto from_official = newsprov::attribute(cast::toll, minister, "said");
int main() {}
