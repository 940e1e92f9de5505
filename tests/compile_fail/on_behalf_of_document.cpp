// Nobody acts on behalf of a memorandum.
// expect-error: spokesperson-needs-principal
// expect-error-within: 5
// expect-lines-at-most: 25
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::on_behalf_of(cast::rubio, cast::memo);
int main() {}
