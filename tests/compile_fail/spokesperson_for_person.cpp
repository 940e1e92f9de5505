// A spokesperson speaks for an organization, office or publication, not for a private person.
// expect-error: spokesperson-needs-principal
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::talks, cast::self_appointed, "said");
int main() {}
