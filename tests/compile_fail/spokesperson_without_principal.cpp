// A spokesperson speaks for someone: leaving the principal out names the rule.
// expect-error-within: 5
// expect-lines-at-most: 25
// expect-error: spokesperson-needs-principal
#include "cast.hpp"
[[maybe_unused]] constexpr newsprov::spokesperson aide{"aide", "an aide", "spokesman"};
int main() {}
