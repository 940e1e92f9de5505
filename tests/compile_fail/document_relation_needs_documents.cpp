// quoted_from relates documents; a person is not one.
// expect-error: relate two documents
#include "cast.hpp"
[[maybe_unused]] constexpr auto broken = newsprov::quoted_from(cast::memo, cast::rubio);
int main() {}
