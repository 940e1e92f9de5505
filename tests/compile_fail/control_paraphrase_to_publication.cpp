// Control for mixed_quote_to_publication: a paraphrase may come from an outlet.
// expect-compile
#include "cast.hpp"
[[maybe_unused]] constexpr auto fine = newsprov::attribute(cast::talks, cast::wire, "reported");
int main() {}
