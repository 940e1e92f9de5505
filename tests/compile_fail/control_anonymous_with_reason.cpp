// Control for anonymous_without_reason.
// expect-compile
#include "cast.hpp"
[[maybe_unused]] constexpr auto fine = newsprov::attribute(cast::talks, cast::official_unnamed, "said");
int main() {}
