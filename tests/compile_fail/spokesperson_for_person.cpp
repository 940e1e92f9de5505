// A spokesperson speaks for an organization, office or publication, not for a private person.
// expect-error: spokesperson-needs-principal
// expect-error-within: 5
// expect-lines-at-most: 25
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::attribute(cast::talks, cast::self_appointed, "said");
int main() {}
