#pragma once
// Stable string storage for the run-time document. Records hold string_views;
// they point into blocks that never move, so growing the document, moving it,
// or moving the arena keeps every view valid. Short strings (ids, names, cues)
// are interned: one copy however often they occur.

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsprov {

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
    [[nodiscard]] std::string_view intern(std::string_view s) {
        if (s.empty()) return {};
        if (s.size() > max_interned) return store(s);
        if (auto it = set_.find(s); it != set_.end()) return *it;
        const std::string_view v = store(s);
        set_.insert(v);
        return v;
    }

    /// A stable copy of `s`, never shared (long texts).
    [[nodiscard]] std::string_view store(std::string_view s) {
        if (s.empty()) return {};
        if (s.size() > left_) {
            const std::size_t size = std::max(block_size, s.size());
            blocks_.push_back(std::make_unique<char[]>(size));
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
    static constexpr std::size_t block_size = 64 * 1024;
    static constexpr std::size_t max_interned = 96;
    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;
    std::size_t left_ = 0;
    std::size_t bytes_ = 0;
    std::unordered_set<std::string_view> set_;
};

}  // namespace newsprov
