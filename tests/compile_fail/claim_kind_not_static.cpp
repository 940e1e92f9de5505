// A claim type whose kind is a data member is rejected where it is passed.
// expect-error: claim_type
#include "cast.hpp"
struct loose_claim {
    newsprov::claim_kind kind = newsprov::claim_kind::paraphrase;
    std::string_view id;
    [[nodiscard]] constexpr newsprov::claim_record record() const { return {kind, id, {}}; }
};
[[maybe_unused]] constexpr auto broken = newsprov::attribute(loose_claim{newsprov::claim_kind::paraphrase, "c"}, cast::rubio, "said");
int main() {}
