#pragma once
// A compile-time story: sources, claims, figures and relations gathered from
// typed parts into uniform arrays, so that the whole can be checked with
// static_assert(newsprov::check(story)) and converted to a run-time document.
//
//   constexpr auto s = newsprov::make_story(
//       newsprov::story_info{"paris-talks", "headline"},
//       rubio, quote, newsprov::attribute(quote, rubio, "said"), ...);

#include <newsprov/core/claims.hpp>
#include <newsprov/story/figures.hpp>
#include <newsprov/core/records.hpp>
#include <newsprov/core/sources.hpp>
#include <newsprov/policy/check_records.hpp>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string_view>
#include <type_traits>

namespace newsprov {

/// What a story is: its id, headline, publication, date and dateline. An
/// aggregate: `story_info{"id", "headline"}` or `story_info{.id = "id", .dateline = "PARIS"}`.
struct story_info {
    std::string_view id = {};
    std::string_view headline = {};
    std::string_view publication = {};  ///< id of the publishing outlet, if declared as a source
    std::string_view date = {};         ///< ISO 8601
    std::string_view dateline = {};     ///< "PARIS"
};

template <std::size_t Sources, std::size_t Claims, std::size_t Quantities, std::size_t Relations>
struct story {
    story_info info{};
    std::array<source_record, Sources> sources{};
    std::array<claim_record, Claims> claims{};
    std::array<quantity_record, Quantities> quantity_storage{};
    std::size_t quantity_count = 0;
    std::array<relation_record, Relations> relations{};

    [[nodiscard]] constexpr std::span<const quantity_record> quantities() const noexcept {
        return std::span<const quantity_record>(quantity_storage).first(quantity_count);
    }
    [[nodiscard]] constexpr story_records records() const noexcept {
        return {sources, claims, quantities(), relations, info.id, info.publication};
    }
    /// Scratch slots check_records() needs; known at compile time.
    static constexpr std::size_t scratch_size = scratch_slots(Sources, Claims, Relations);
};

namespace detail {

template <class T>
inline constexpr bool is_relation_v = std::is_same_v<T, relation_record>;
template <class T>
inline constexpr bool is_info_v = std::is_same_v<T, story_info>;
template <class T>
inline constexpr std::size_t quantity_capacity_v = std::is_same_v<T, reported_figure> ? max_figure_quantities : 0;

template <class T>
inline constexpr bool is_story_part_v =
    source_type<T> || claim_type<T> || is_relation_v<T> || is_info_v<T>;

// Counts over a pack without fold expressions: clang limits a fold's nesting to
// 256, and generated stories pass thousands of parts.
template <std::size_t N>
[[nodiscard]] constexpr std::size_t sum(const std::array<std::size_t, N>& values) noexcept {
    std::size_t total = 0;
    for (std::size_t v : values) total += v;
    return total;
}
template <class... Parts>
inline constexpr std::size_t count_sources = sum(std::array<std::size_t, sizeof...(Parts)>{std::size_t{source_type<Parts>}...});
template <class... Parts>
inline constexpr std::size_t count_claims = sum(std::array<std::size_t, sizeof...(Parts)>{std::size_t{claim_type<Parts>}...});
template <class... Parts>
inline constexpr std::size_t count_quantities = sum(std::array<std::size_t, sizeof...(Parts)>{quantity_capacity_v<Parts>...});
template <class... Parts>
inline constexpr std::size_t count_relations = sum(std::array<std::size_t, sizeof...(Parts)>{std::size_t{is_relation_v<Parts>}...});
template <class... Parts>
inline constexpr std::size_t count_infos = sum(std::array<std::size_t, sizeof...(Parts)>{std::size_t{is_info_v<Parts>}...});
template <class... Parts>
inline constexpr bool all_story_parts =
    sum(std::array<std::size_t, sizeof...(Parts)>{std::size_t{is_story_part_v<Parts>}...}) == sizeof...(Parts);

}  // namespace detail

/// Gathers typed sources, claims, relations and at most one story_info into a story.
template <class... Parts>
    requires detail::all_story_parts<Parts...>
[[nodiscard]] constexpr auto make_story(const Parts&... parts) {
    static_assert(detail::count_infos<Parts...> <= 1, "newsprov: a story has at most one story_info");
    using result = story<detail::count_sources<Parts...>, detail::count_claims<Parts...>,
                         detail::count_quantities<Parts...>, detail::count_relations<Parts...>>;
    result s{};
    std::size_t ns = 0, nc = 0, nr = 0;
    auto add = [&]<class T>(const T& part) {
        if constexpr (detail::is_info_v<T>) {
            s.info = part;
        } else if constexpr (source_type<T>) {
            s.sources[ns++] = part.record();
        } else if constexpr (claim_type<T>) {
            s.claims[nc++] = part.record();
            if constexpr (std::is_same_v<T, reported_figure>) {
                for (std::size_t i = 0; i < part.count; ++i) s.quantity_storage[s.quantity_count++] = part.quantities[i];
            }
        } else {
            s.relations[nr++] = part;
        }
    };
    // A braced list, not a fold: evaluated left to right, and not nested.
    (void)std::initializer_list<int>{(add(parts), 0)...};
    return s;
}

}  // namespace newsprov
