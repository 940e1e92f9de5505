#pragma once
// json::cursor: a streaming (pull) reader over one JSON text, for readers that
// know the shape they expect and want no tree in between (PROV-JSON of a
// hundred thousand records would otherwise cost a value of 64 bytes plus a
// string per key, value and member).
//
//   json::cursor c(text);
//   c.begin_object();
//   std::string_view key;
//   while (c.next_member(key)) {
//       if (key == "name") name = c.string(); else c.skip();
//   }
//   c.finish();
//
// It is exactly as strict as json::parse (the two share the lexer of
// json/reader.hpp): the same texts are rejected with the same messages and
// positions, the same limits apply (depth, string size, members per container,
// input size), and duplicate keys in an object are an error. (The keep_last
// duplicate policy needs the whole object; it is json::parse's alone, and
// the cursor rejects a duplicate whatever limits::duplicates says.)
//
// Views: a key stays valid as long as the cursor lives; a string() value until
// the next string() call. Both point into the input unless the text had
// escapes (in_input() tells which).
//
// In an object of many members (more than 16) the duplicate check of a key
// runs when the next key is read, when the object ends, or at check_keys():
// its hash slot is fetched from memory meanwhile, which in an object of a
// hundred thousand records saves most of the check's cost. A caller that acts
// on a member before the next key (a reader that stores a record under its
// key) calls check_keys() first.

#include <newsprov/core/error.hpp>
#include <newsprov/util/string_hash.hpp>
#include <newsprov/json/reader.hpp>

#include <cstddef>
#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// The per-key step is small and runs once per member: inlined into the
// caller's loop it saves a call and lets the common path stay in registers.
#if defined(__GNUC__) || defined(__clang__)
#define NEWSPROV_CURSOR_HOT [[gnu::always_inline]] inline
#else
#define NEWSPROV_CURSOR_HOT inline
#endif

namespace newsprov::json {

class cursor : detail::lexer {
public:
    template <class = void>
    explicit cursor(std::string_view text, const limits& lim = {}) : lexer(text, lim) {
        check_start();
        skip_ws();
    }

    /// The kind of the next value (whitespace skipped). Throws at the end of
    /// input or at a byte no value starts with.
    template <class = void>
    [[nodiscard]] kind peek() {
        if (i_ < s_.size()) {
            const kind k = start_kind(s_[i_]);
            if (k != no_value) return k;
        }
        not_a_value();
    }

    /// Where the next value (or, inside a container, the next token) starts.
    template <class = void>
    [[nodiscard]] text_position position() const { return where(i_); }
    /// The same as a byte offset (cheaper; position(offset) turns it into a
    /// line and column when an error needs them).
    [[nodiscard]] std::size_t offset() const noexcept { return i_; }
    template <class = void>
    [[nodiscard]] text_position position(std::size_t offset) const { return where(offset); }

    /// Throws input_error at `at` (a position this cursor gave out).
    template <class = void>
    [[noreturn]] static void error(const text_position& at, const std::string& message) {
        throw input_error(at, message);
    }

    // ---- containers -------------------------------------------------------
    /// Enters the object that is next; then call next_member() until false.
    template <class = void>
    void begin_object(std::string_view what = {}) { open(kind::object, what); }
    /// Enters the array that is next; then call next_element() until false.
    template <class = void>
    void begin_array(std::string_view what = {}) { open(kind::array, what); }

    /// Moves to the next member of the innermost object: true with its key
    /// (the value is next), or false when the object ends (it is then left).
    template <class = void>
    [[nodiscard]] NEWSPROV_CURSOR_HOT bool next_member(std::string_view& key) {
        frame& f = frames_[depth_ - 1];
        if (f.count > 0) {
            skip_ws();
            if (i_ < s_.size() && s_[i_] == '}') return close();
            if (i_ >= s_.size() || s_[i_] != ',')
                fail(i_, "expected ',' or '}' after object member, found " + found(i_));
            ++i_;
            skip_ws();
            if (i_ >= s_.size() || s_[i_] != '"') fail(i_, "expected a string key after ',', found " + found(i_));
        } else {
            if (i_ < s_.size() && s_[i_] == '}') return close();
            if (i_ >= s_.size() || s_[i_] != '"')
                fail(i_, "expected a string key or '}' after '{', found " + found(i_));
        }
        check_count(f.count, "object", "members");
        const std::size_t key_at = i_;
        key = scan_string(buf_);
        if (key.data() == buf_.data()) key = escaped_keys_.emplace_back(key);  // keep it stable
        remember_key(f, key, key_at);
        ++f.count;
        skip_ws();
        if (i_ >= s_.size() || s_[i_] != ':') fail(i_, "expected ':' after object key, found " + found(i_));
        ++i_;
        skip_ws();
        return true;
    }

    /// Moves to the next element of the innermost array: true when one is
    /// next, false when the array ends (it is then left).
    template <class = void>
    [[nodiscard]] bool next_element() {
        frame& f = frames_[depth_ - 1];
        if (f.count > 0) {
            skip_ws();
            if (i_ < s_.size() && s_[i_] == ']') return close();
            if (i_ >= s_.size() || s_[i_] != ',')
                fail(i_, "expected ',' or ']' after array element, found " + found(i_));
            ++i_;
            skip_ws();
        } else if (i_ < s_.size() && s_[i_] == ']') {
            return close();
        }
        check_count(f.count, "array", "elements");
        ++f.count;
        return true;
    }

    // ---- scalars ------------------------------------------------------------
    /// The string that is next (unescaped). `what` names it in a type error.
    template <class = void>
    [[nodiscard]] std::string_view string(std::string_view what = {}) {
        expect(kind::string, what);
        return scan_string(buf_);
    }
    /// The text of the number that is next, exactly as written.
    template <class = void>
    [[nodiscard]] std::string_view number(std::string_view what = {}) {
        expect(kind::number, what);
        const detail::number_scan r = detail::scan_number(s_, i_);
        if (r.error != nullptr) {
            const std::string why(r.error);
            fail(r.error_at, why.starts_with("expected") ? why + ", found " + found(r.error_at) : why);
        }
        const std::string_view t = s_.substr(i_, r.length);
        i_ += r.length;
        return t;
    }
    template <class = void>
    [[nodiscard]] bool boolean(std::string_view what = {}) {
        expect(kind::boolean, what);
        const bool b = s_[i_] == 't';
        word(b ? "true" : "false");
        return b;
    }
    template <class = void>
    void null(std::string_view what = {}) {
        expect(kind::null, what);
        word("null");
    }

    /// Runs the duplicate checks still waiting (see above) in every open
    /// object; throws input_error at a repeated key.
    template <class = void>
    void check_keys() {
        for (std::size_t d = 0; d < depth_; ++d) check_pending_key(frames_[d]);
    }

    /// Reads past the next value, whatever it is (checking it all the same).
    template <class = void>
    void skip() {
        const std::size_t depth = depth_;
        std::string_view key;
        do {
            if (depth_ > depth) {
                const bool more = frames_[depth_ - 1].k == kind::object ? next_member(key) : next_element();
                if (!more) continue;
            }
            switch (peek()) {
                case kind::object: begin_object(); break;
                case kind::array: begin_array(); break;
                case kind::string: (void)string(); break;
                case kind::number: (void)number(); break;
                case kind::boolean: (void)boolean(); break;
                case kind::null: null(); break;
            }
        } while (depth_ > depth);
    }

    /// Checks that nothing but whitespace follows the value read.
    template <class = void>
    void finish() {
        skip_ws();
        if (i_ < s_.size()) fail(i_, "unexpected " + found(i_) + " after the JSON value");
    }

    /// True when `v` points into the input text (it had no escapes).
    template <class = void>
    [[nodiscard]] bool in_input(std::string_view v) const noexcept {
        const std::less<const char*> before;
        return !before(v.data(), s_.data()) && !before(s_.data() + s_.size(), v.data() + v.size());
    }

private:
    static constexpr std::size_t few_keys = 4;
    struct frame {
        kind k;
        std::size_t count = 0;      // members or elements so far
        std::size_t key_base = 0;   // this object's keys start here in keys_ (after the first few)
        std::size_t table = 0;      // 1 + index into tables_ once the object is large
        std::size_t pending = 0;    // 1 + index into keys_ of a key not yet checked (large objects)
        std::uint32_t pending_hash = 0;
        // The first keys of an object stay here: most objects have no more.
        std::array<std::string_view, few_keys> few{};
        std::array<std::size_t, few_keys> few_at{};
    };
    // The keys of a large object, hashed (open addressing over indexes into
    // keys_); should crafted keys make probing long, an ordered set takes over.
    struct key_table {
        std::vector<std::uint64_t> slots;  // hash bits << 32 | key index + 1; 0 is empty
        std::size_t budget = 0;
        std::unique_ptr<std::set<std::string_view>> fallback;
    };
    static constexpr std::size_t linear_keys = 16;

    static constexpr auto no_value = static_cast<kind>(0xFF);
    [[nodiscard]] static constexpr kind start_kind(char c) noexcept {
        switch (c) {
            case '{': return kind::object;
            case '[': return kind::array;
            case '"': return kind::string;
            case 't':
            case 'f': return kind::boolean;
            case 'n': return kind::null;
            case '-': return kind::number;
            default: return c >= '0' && c <= '9' ? kind::number : no_value;
        }
    }
    template <class = void>
    [[noreturn]] void not_a_value() const {
        if (i_ >= s_.size()) fail(i_, "unexpected end of input, expected a value");
        const char c = s_[i_];
        if (c == ']' || c == '}') {
            fail(i_, "expected a value, found '" + std::string(1, c) + "'" +
                         (i_ > 0 && s_[i_ - 1] == ',' ? " (trailing commas are not allowed)" : ""));
        }
        fail(i_, "expected a value, found " + found(i_));
    }

    template <class = void>
    void expect(kind k, std::string_view what) {
        if (i_ < s_.size() && start_kind(s_[i_]) == k) return;
        wrong_kind(k, what);
    }
    template <class = void>
    [[noreturn]] void wrong_kind(kind k, std::string_view what) {
        const kind got = peek();
        std::string msg = "expected ";
        msg += describe(k);
        if (!what.empty()) {
            msg += " for \"";
            msg += what;
            msg += '"';
        }
        msg += ", found ";
        msg += describe(got);
        fail(i_, msg);
    }

    template <class = void>
    void word(std::string_view w) {
        if (s_.substr(i_, w.size()) != w) fail(i_, "invalid literal, expected '" + std::string(w) + "'");
        i_ += w.size();
    }

    template <class = void>
    void open(kind k, std::string_view what) {
        expect(k, what);
        if (depth_ >= lim_.max_depth) {
            fail(i_, "nesting deeper than max_depth (" + std::to_string(lim_.max_depth) + ")", "max_depth");
        }
        ++i_;
        skip_ws();
        // Frames are reused, not rebuilt: a record's object and its values'
        // objects open and close a million times.
        if (depth_ == frames_.size()) frames_.emplace_back();
        frame& f = frames_[depth_++];
        f.k = k;
        f.count = 0;
        f.key_base = keys_.size();
        f.table = 0;
        f.pending = 0;
    }

    template <class = void>
    bool close() {
        ++i_;
        frame& f = frames_[depth_ - 1];
        if (f.k == kind::object) {
            check_pending_key(f);
            keys_.resize(f.key_base);
            if (f.table) tables_.pop_back();
        }
        --depth_;
        return false;
    }

    // ---- duplicate keys -------------------------------------------------------
    template <class = void>
    [[nodiscard]] static std::uint32_t key_hash(std::string_view k) noexcept {
        return static_cast<std::uint32_t>(newsprov::detail::string_hash(k));
    }

    template <class = void>
    NEWSPROV_CURSOR_HOT void remember_key(frame& f, std::string_view key, std::size_t at) {
        const std::size_t n = f.count;  // keys of this object so far
        if (n < few_keys) {
            for (std::size_t j = 0; j < n; ++j)
                if (f.few[j].size() == key.size() && f.few[j] == key) duplicate(key, at, f.few_at[j]);
            f.few[n] = key;
            f.few_at[n] = at;
            return;
        }
        remember_more_keys(f, key, at);
    }
    template <class = void>
    void remember_more_keys(frame& f, std::string_view key, std::size_t at) {
        const std::size_t n = f.count;
        if (n == few_keys) {  // from here on in keys_
            for (std::size_t j = 0; j < few_keys; ++j) keys_.push_back({f.few[j], f.few_at[j]});
        }
        if (f.table == 0) {
            for (std::size_t j = f.key_base; j < keys_.size(); ++j)
                if (keys_[j].key.size() == key.size() && keys_[j].key == key) duplicate(key, at, keys_[j].at);
            keys_.push_back({key, at});
            if (n + 1 == linear_keys) {
                tables_.emplace_back();
                f.table = tables_.size();
                rehash(f);
            }
            return;
        }
        check_pending_key(f);
        key_table& t = tables_[f.table - 1];
        if (!t.fallback && 2 * (n + 1) > t.slots.size()) rehash(f);  // the table doubles first
        keys_.push_back({key, at});
        // Checked later (check_pending_key): the slot's cache line is on its way.
        const std::uint32_t h = key_hash(key);
#if defined(__GNUC__) || defined(__clang__)
        if (!t.fallback) __builtin_prefetch(&t.slots[h & (t.slots.size() - 1)], 1);
#endif
        f.pending = keys_.size();
        f.pending_hash = h;
    }

    template <class = void>
    void check_pending_key(frame& f) {
        if (f.pending == 0) return;
        const std::size_t index = f.pending - 1;
        f.pending = 0;
        insert(f, tables_[f.table - 1], index, f.pending_hash);
    }

    // Adds key `index` (hash `h`) to the table of `f`; throws when it repeats one.
    template <class = void>
    void insert(const frame& f, key_table& t, std::size_t index, std::uint32_t h) {
        const std::string_view key = keys_[index].key;
        if (t.fallback) {
            if (!t.fallback->insert(key).second) {
                for (std::size_t j = f.key_base; j < index; ++j)
                    if (keys_[j].key == key) duplicate(key, keys_[index].at, keys_[j].at);
            }
            return;
        }
        const std::size_t mask = t.slots.size() - 1;
        // A slot holds the key's 32 hash bits (high half) and its index + 1 (low
        // half); 0 is empty. Keys are compared only when the hash bits match.
        const std::uint64_t tag = std::uint64_t{h} << 32;
        for (std::size_t s = h & mask;; s = (s + 1) & mask) {
            if (t.budget == 0) {  // crafted collisions: O(log n) per key from here on
                t.fallback = std::make_unique<std::set<std::string_view>>();
                for (std::size_t j = f.key_base; j < index; ++j) t.fallback->insert(keys_[j].key);
                t.slots = {};
                insert(f, t, index, h);
                return;
            }
            --t.budget;
            const std::uint64_t held = t.slots[s];
            if (held == 0) {
                t.slots[s] = tag | static_cast<std::uint32_t>(index - f.key_base + 1);
                return;
            }
            if ((held >> 32) == h) {
                const std::size_t other = f.key_base + static_cast<std::uint32_t>(held) - 1;
                if (keys_[other].key == key) duplicate(key, keys_[index].at, keys_[other].at);
            }
        }
    }

    template <class = void>
    void rehash(const frame& f) {
        key_table& t = tables_[f.table - 1];
        const std::size_t n = keys_.size() - f.key_base + 1;  // room for one more
        std::size_t size = 64;
        while (size < 4 * n) size *= 2;
        std::vector<std::uint64_t> old(size, 0);
        old.swap(t.slots);
        t.budget = 8 * size + 64;  // probes allowed until the table doubles again
        if (old.empty()) {  // first time: the keys so far, read linearly
            for (std::size_t j = f.key_base; j < keys_.size(); ++j) insert(f, t, j, key_hash(keys_[j].key));
            return;
        }
        const std::size_t mask = size - 1;
        for (const std::uint64_t held : old) {  // no key is read again: the hash bits are kept
            if (held == 0) continue;
            std::size_t s = (held >> 32) & mask;
            while (t.slots[s] != 0) s = (s + 1) & mask;
            t.slots[s] = held;
        }
    }

    template <class = void>
    [[noreturn]] void duplicate(std::string_view key, std::size_t at, std::size_t first_at) const {
        const text_position p = where(first_at);
        throw input_error(where(at), "duplicate key \"" + printable(key) + "\" in object (first at " +
                                         std::to_string(p.line) + ":" + std::to_string(p.column) + ")");
    }

    std::vector<frame> frames_;  // [0, depth_) are the open containers
    std::size_t depth_ = 0;
    struct key_entry {
        std::string_view key;
        std::size_t at;  // where it starts (for a duplicate's message)
    };
    std::vector<key_entry> keys_;          // keys of the open objects
    std::vector<key_table> tables_;        // for the open objects that are large
    std::deque<std::string> escaped_keys_; // stable copies of keys that had escapes
    std::string buf_;                      // unescaped string() values
};

}  // namespace newsprov::json

#undef NEWSPROV_CURSOR_HOT
