#pragma once
// Stable string storage for the run-time document. Records hold string_views;
// they point into blocks that never move, so growing the document, moving it,
// or moving the arena keeps every view valid. Short strings (ids, names, cues)
// are interned: one copy however often they occur.
//
// Lookups by string (interning, the document's ids) go through string_table, a
// flat open-addressing table: one probe sequence in one array, no node per
// entry, so building a document of a million parts is not dominated by the
// allocator and by std::hash.

#include <newsprov/util/large_buffer.hpp>
#include <newsprov/util/string_hash.hpp>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace newsprov {

namespace detail {

/// String equality, inline and constexpr: the PROV readers compare many short
/// names with the vocabulary's, most of them of another length, and a call to
/// memcmp costs more than the comparison.
[[nodiscard]] constexpr bool same(std::string_view a, std::string_view b) noexcept {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (!std::is_constant_evaluated() && n >= 8) {  // words, the last one overlapping
        std::uint64_t x = 0, y = 0;
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            std::memcpy(&x, a.data() + i, 8);
            std::memcpy(&y, b.data() + i, 8);
            if (x != y) return false;
        }
        std::memcpy(&x, a.data() + n - 8, 8);
        std::memcpy(&y, b.data() + n - 8, 8);
        return x == y;
    }
    if (!std::is_constant_evaluated() && n >= 4) {  // two 4-byte words, overlapping ("story", "prov:")
        std::uint32_t x = 0, y = 0, u = 0, v = 0;
        std::memcpy(&x, a.data(), 4);
        std::memcpy(&y, b.data(), 4);
        std::memcpy(&u, a.data() + n - 4, 4);
        std::memcpy(&v, b.data() + n - 4, 4);
        return x == y && u == v;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

}  // namespace detail

/// A map from strings to `Value`, open addressing with linear probing. Keys are
/// views: the caller keeps the bytes alive (the document keeps them in its
/// arena). Entries live in the probed array itself with 32 bits of their hash,
/// so a lookup touches one place in the table plus the key's bytes when the
/// hash bits match, and growing never reads a key. Insertion hands back the
/// entry, so "find or add" hashes once.
template <class Value>
class string_table {
public:
    struct entry {
        std::string_view key;
        Value value{};
    };

    string_table() = default;
    string_table(string_table&& o) noexcept
        : slots_(std::move(o.slots_)), mask_(std::exchange(o.mask_, 0)), size_(std::exchange(o.size_, 0)) {}
    string_table& operator=(string_table&& o) noexcept {
        slots_ = std::move(o.slots_);
        mask_ = std::exchange(o.mask_, 0);
        size_ = std::exchange(o.size_, 0);
        return *this;
    }
    string_table(const string_table&) = default;
    string_table& operator=(const string_table&) = default;
    ~string_table() = default;

    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }

    template <class = void>
    [[nodiscard]] entry* find(std::string_view key) noexcept {
        return const_cast<entry*>(std::as_const(*this).find(key));
    }
    template <class = void>
    [[nodiscard]] const entry* find(std::string_view key) const noexcept {
        if (size_ == 0) return nullptr;
        const std::uint32_t h = hash32(key);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const slot& s = slots_[i];
            if (s.hash == 0) return nullptr;
            if (s.hash == h && detail::same(s.e.key, key)) return &s.e;
        }
    }
    template <class = void>
    [[nodiscard]] bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }

    /// Starts loading the slot where `key` would be found: a reader that knows
    /// an id some time before it looks it up hides the cache miss of a large table.
    template <class = void>
    void prefetch(std::string_view key) const noexcept {
#if defined(__GNUC__) || defined(__clang__)
        if (!slots_.empty()) __builtin_prefetch(&slots_[hash32(key) & mask_]);
#else
        (void)key;
#endif
    }

    /// The entry of `key`, added (with a default value and key `key`) when
    /// missing; `added` says which. Callers that add may re-point entry::key to
    /// a stable copy of the same bytes. The reference is good until the next
    /// insertion.
    template <class = void>
    entry& find_or_add(std::string_view key, bool& added) {
        if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
        const std::uint32_t h = hash32(key);
        std::size_t i = h & mask_;
        for (;; i = (i + 1) & mask_) {
            slot& s = slots_[i];
            if (s.hash == 0) break;
            if (s.hash == h && detail::same(s.e.key, key)) {
                added = false;
                return s.e;
            }
        }
        slots_[i] = slot{{key, Value{}}, h};
        ++size_;
        added = true;
        return slots_[i].e;
    }

    /// Removes `key` if present (backward-shift deletion: no tombstones).
    template <class = void>
    void erase(std::string_view key) {
        if (size_ == 0) return;
        const std::uint32_t h = hash32(key);
        std::size_t i = h & mask_;
        for (;; i = (i + 1) & mask_) {
            if (slots_[i].hash == 0) return;
            if (slots_[i].hash == h && slots_[i].e.key == key) break;
        }
        // Close the gap in the probe sequence.
        for (std::size_t j = (i + 1) & mask_; slots_[j].hash != 0; j = (j + 1) & mask_) {
            const std::size_t home = slots_[j].hash & mask_;
            // Slot j may move back to i unless its home lies cyclically in (i, j].
            const bool stays = i <= j ? (home > i && home <= j) : (home > i || home <= j);
            if (stays) continue;
            slots_[i] = std::move(slots_[j]);
            i = j;
        }
        slots_[i] = slot{};
        --size_;
    }

    /// Room for `n` entries without growing.
    template <class = void>
    void reserve(std::size_t n) {
        std::size_t want = 16;
        while (want < 2 * n) want *= 2;
        if (want > slots_.size()) rehash(want);
    }

private:
    struct slot {
        entry e;
        std::uint32_t hash = 0;  // low bits of the key's hash (home slot, quick test); 0: unused
    };
    template <class = void>
    [[nodiscard]] static std::uint32_t hash32(std::string_view key) noexcept {
        return static_cast<std::uint32_t>(detail::string_hash(key)) | 1u;  // never 0
    }
    template <class = void>
    void rehash(std::size_t n) {
        std::vector<slot> old;
        old.reserve(n);
        detail::advise_huge_pages(old.data(), n * sizeof(slot));  // before the slots are first written
        old.resize(n);
        old.swap(slots_);
        mask_ = n - 1;
        for (slot& s : old) {
            if (s.hash == 0) continue;
            std::size_t i = s.hash & mask_;
            while (slots_[i].hash != 0) i = (i + 1) & mask_;
            slots_[i] = std::move(s);
        }
    }

    std::vector<slot> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

class string_arena {
public:
    string_arena() = default;
    // A copy would have to re-point every view of its owner; the document does
    // that by re-interning, so the arena itself is move-only.
    string_arena(const string_arena&) = delete;
    string_arena& operator=(const string_arena&) = delete;
    string_arena(string_arena&&) noexcept = default;
    string_arena& operator=(string_arena&&) noexcept = default;
    ~string_arena() = default;

    /// A stable copy of `s`; equal short strings share one copy.
    template <class = void>
    [[nodiscard]] std::string_view intern(std::string_view s) {
        if (s.empty()) return {};
        if (s.size() > max_interned) return store(s);
        if (detail::same(s, last_))
            return last_;  // the same cue, date or place as the part before: no hashing
        bool added = false;
        auto& e = set_.find_or_add(s, added);
        if (added) e.key = store(s);
        last_ = e.key;
        return e.key;
    }

    /// A stable copy of `s`, never shared (long texts).
    template <class = void>
    [[nodiscard]] std::string_view store(std::string_view s) {
        if (s.empty()) return {};
        if (s.size() > left_) {
            const std::size_t size = std::max(block_size, s.size());
            blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
            next_ = blocks_.back().get();
            left_ = size;
        }
        std::memcpy(next_, s.data(), s.size());
        const std::string_view v(next_, s.size());
        next_ += s.size();
        left_ -= s.size();
        bytes_ += s.size();
        return v;
    }

    /// Bytes of string data held.
    [[nodiscard]] std::size_t bytes() const noexcept { return bytes_; }

private:
    static constexpr std::size_t block_size = 256 * 1024;
    static constexpr std::size_t max_interned = 96;
    struct nothing {};
    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;
    std::size_t left_ = 0;
    std::size_t bytes_ = 0;
    std::string_view last_;  // the string interned last
    string_table<nothing> set_;
};

}  // namespace newsprov
