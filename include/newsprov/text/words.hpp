#pragma once
// Word lists looked up in O(1): a compile-time hash table per list.
//
// The extractor asks "is this token one of these words?" several times per
// token (stop words, days, titles, pronouns). A linear scan over 20 to 100
// entries made those questions the largest cost of extraction; a table built at
// compile time from the list answers with one hash (case-folded FNV-1a) and,
// almost always, no comparison at all: a bit per word length rejects most
// words before hashing.
//
//   inline constexpr std::array<std::string_view, 3> days{"Monday", "Tuesday", "Friday"};
//   detail::in_set<days>("monday")        // true (ASCII case-insensitive)
//   detail::in_set_exact<days>("monday")  // false (exact spelling)

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace newsprov::text::detail {

[[nodiscard]] constexpr char fold_ascii(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

/// Case-insensitive ASCII equality.
[[nodiscard]] constexpr bool equals_folded(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (fold_ascii(a[i]) != fold_ascii(b[i])) return false;
    return true;
}

/// FNV-1a over the case-folded bytes.
[[nodiscard]] constexpr std::uint32_t folded_hash(std::string_view w) noexcept {
    std::uint32_t h = 2166136261u;
    for (const char c : w) {
        h ^= static_cast<unsigned char>(fold_ascii(c));
        h *= 16777619u;
    }
    return h;
}

/// Open-addressing table of indices into a list (index + 1; 0 is empty).
template <std::size_t N>
struct word_table {
    static constexpr std::size_t slots = std::bit_ceil(N * 4);
    std::array<std::uint16_t, slots> slot{};
    std::uint64_t lengths = 0;  ///< bit n: some word has n bytes (n < 63; longer words share bit 63)
};

[[nodiscard]] constexpr std::size_t length_bit(std::size_t n) noexcept { return n < 63 ? n : 63; }

template <std::size_t N>
[[nodiscard]] consteval word_table<N> make_word_table(const std::array<std::string_view, N>& list) {
    word_table<N> t;
    for (std::size_t i = 0; i < N; ++i) {
        t.lengths |= std::uint64_t{1} << length_bit(list[i].size());
        std::size_t h = folded_hash(list[i]) & (word_table<N>::slots - 1);
        while (t.slot[h] != 0) h = (h + 1) & (word_table<N>::slots - 1);
        t.slot[h] = static_cast<std::uint16_t>(i + 1);
    }
    return t;
}

template <const auto& List>
inline constexpr auto word_table_of = make_word_table(List);

/// Index of `w` in List (case-insensitive), or N when absent.
template <const auto& List>
[[nodiscard]] constexpr std::size_t find_word(std::string_view w) noexcept {
    constexpr auto& t = word_table_of<List>;
    constexpr std::size_t mask = std::remove_cvref_t<decltype(t)>::slots - 1;
    if (((t.lengths >> length_bit(w.size())) & 1u) == 0) return List.size();
    for (std::size_t h = folded_hash(w) & mask;; h = (h + 1) & mask) {
        const std::size_t i = t.slot[h];
        if (i == 0) return List.size();
        if (equals_folded(List[i - 1], w)) return i - 1;
    }
}

/// Is `w` one of List's words, ignoring ASCII case?
template <const auto& List>
[[nodiscard]] constexpr bool in_set(std::string_view w) noexcept {
    return find_word<List>(w) < List.size();
}

/// Is `w` one of List's words, spelled exactly so? (Lists may hold case variants.)
template <const auto& List>
[[nodiscard]] constexpr bool in_set_exact(std::string_view w) noexcept {
    constexpr auto& t = word_table_of<List>;
    constexpr std::size_t mask = std::remove_cvref_t<decltype(t)>::slots - 1;
    if (((t.lengths >> length_bit(w.size())) & 1u) == 0) return false;
    for (std::size_t h = folded_hash(w) & mask;; h = (h + 1) & mask) {
        const std::size_t i = t.slot[h];
        if (i == 0) return false;
        if (List[i - 1] == w) return true;
    }
}

}  // namespace newsprov::text::detail
