// A spokesperson speaks for someone: leaving the principal out names the rule.
// (a constructor, not a relation builder: the include chain above it comes first)
// expect-error-within: 10
// expect-lines-at-most: 25
// expect-error: spokesperson-needs-principal
#include "cast.hpp"
[[maybe_unused]] constexpr newsprov::spokesperson aide{"aide", "an aide", "spokesman"};
int main() {}
