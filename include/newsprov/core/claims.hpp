#pragma once
// Typed claims: what a story reports someone as saying, counting or denying.
// Users add their own claim types by modelling claim_type.

#include <newsprov/core/kinds.hpp>
#include <newsprov/core/records.hpp>

#include <concepts>
#include <string_view>

namespace newsprov {

/// A claim type: `kind` as a static constexpr member, an `id`, and `record()`.
template <class T>
concept claim_type = requires(const T& c) {
    { &T::kind } -> std::same_as<const claim_kind*>;  // static: a data member's address is a member pointer
    { c.id } -> std::convertible_to<std::string_view>;
    { c.record() } -> std::same_as<claim_record>;
};

namespace detail {
template <claim_kind K>
struct simple_claim {
    static constexpr claim_kind kind = K;
    std::string_view id;
    std::string_view text;
    [[nodiscard]] constexpr claim_record record() const noexcept { return {kind, id, text}; }
};
}  // namespace detail

/// The speaker's words verbatim, in quotation marks.
struct direct_quote : detail::simple_claim<claim_kind::direct_quote> {};
/// A paraphrase with quoted fragments.
struct mixed_quote : detail::simple_claim<claim_kind::mixed_quote> {};
/// Reported speech without quotation marks.
struct paraphrase : detail::simple_claim<claim_kind::paraphrase> {};
/// A denial, a refusal, or "declined to comment".
struct denial : detail::simple_claim<claim_kind::denial> {};
/// What the reporter saw or established.
struct observation : detail::simple_claim<claim_kind::observation> {};

}  // namespace newsprov
