// 120 children cannot be among 98 injured.
// expect-error: part-within-whole
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::quantity{98, "people", "injured"}.including(120, "children");
int main() {}
