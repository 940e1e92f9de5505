#pragma once
// json::parse: a strict RFC 8259 reader.
//
// Accepts exactly RFC 8259 JSON text: one value (any type at top level)
// surrounded by optional whitespace; no comments, trailing commas, single
// quotes, NaN, byte order mark, or leading zeros. Strings must be well-formed
// UTF-8 (RFC 3629); \u escapes are decoded, surrogate pairs joined, and a lone
// surrogate escape is an error (it has no UTF-8 form).
//
// Errors throw newsprov::input_error with line, column (in bytes) and byte offset
// of the offending byte and a message saying what was expected there; when a
// limit is exceeded, input_error::limit() names it ("max_depth", ...).
//
// The parser is iterative (an explicit stack, no recursion), so depth is bounded
// only by limits::max_depth, and it runs in time linear in the input (duplicate
// key detection hashes the keys of large objects; should crafted keys collide,
// it sorts them instead, so the worst case is O(n log n) in the member count).
//
// Memory: a value takes 64 bytes plus its string's heap bytes; the worst input
// for memory per byte is "[0,0,0,...]" (about 32 bytes of values per input
// byte, twice that while the array is being closed). max_input_bytes bounds it.

#include <newsprov/core/error.hpp>
#include <newsprov/json/scan.hpp>
#include <newsprov/util/utf8.hpp>
#include <newsprov/json/value.hpp>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// The lexer's innermost steps (whitespace, a member count, a short string)
// run once per token: they must be inlined into the readers' loops.
#if defined(__GNUC__) || defined(__clang__)
#define NEWSPROV_JSON_HOT [[gnu::always_inline]] inline
#else
#define NEWSPROV_JSON_HOT inline
#endif

namespace newsprov::json {

/// What to do with a key that appears twice in one object.
enum class duplicate_keys : std::uint8_t {
    reject,     ///< input_error at the second occurrence (default: the meaning would be ambiguous)
    keep_last,  ///< the last occurrence wins and stays where it was written; earlier ones are dropped
};

/// Limits on what parse() accepts. The defaults suit articles, claims files and
/// PROV-JSON documents of a few hundred thousand records; raise them for more.
struct limits {
    std::size_t max_input_bytes = std::size_t{64} << 20;   ///< whole text (for JSON Lines: each record)
    std::size_t max_depth = 512;                           ///< nested arrays and objects
    std::size_t max_string_bytes = std::size_t{16} << 20;  ///< one string or key, after unescaping
    std::size_t max_members = 1'000'000;                   ///< elements of one array or object
    duplicate_keys duplicates = duplicate_keys::reject;
    /// JSON Lines readers only: records per input. Records are handed out one at
    /// a time, so the default is no limit.
    std::size_t max_records = std::numeric_limits<std::size_t>::max();
};

namespace detail {

/// What the DOM parser and the streaming cursor (json/cursor.hpp) share:
/// the input, where we are in it, errors with positions, whitespace, strings
/// and escapes. One definition of the grammar's lexical part, so both readers
/// accept and reject exactly the same texts with the same messages.
class lexer {
public:
    /// `first_line` and `base_offset` place `text` inside a larger input (a JSON
    /// Lines record), so that positions are those of the whole input.
    template <class = void>
    lexer(std::string_view text, const limits& lim, std::size_t first_line = 1, std::size_t base_offset = 0)
        : s_(text), lim_(lim), first_line_(first_line), base_offset_(base_offset) {}

protected:
    /// The checks made before the first value: size limit, byte order mark.
    template <class = void>
    void check_start() const {
        if (s_.size() > lim_.max_input_bytes) {
            fail_slow(lim_.max_input_bytes, "input larger than max_input_bytes (" +
                                                std::to_string(lim_.max_input_bytes) + " bytes)",
                      "max_input_bytes");
        }
        if (s_.size() >= 3 && s_.substr(0, 3) == "\xEF\xBB\xBF") {
            fail(0, "byte order mark (U+FEFF) before the JSON text");
        }
    }

    // ---- positions and errors --------------------------------------------
    template <class = void>
    [[nodiscard]] text_position where(std::size_t at) const {
        if (at >= line_start_) return {first_line_ + line_ - 1, at - line_start_ + 1, base_offset_ + at};
        text_position p = position_of(s_, at);  // an earlier line: rare, only for errors
        return {first_line_ + p.line - 1, p.column, base_offset_ + at};
    }
    template <class = void>
    [[noreturn]] void fail(std::size_t at, const std::string& msg, std::string_view limit = {}) const {
        throw input_error(where(at), msg, limit);
    }
    template <class = void>
    [[noreturn]] void fail_slow(std::size_t at, const std::string& msg, std::string_view limit) const {
        const text_position p = position_of(s_, at);
        throw input_error({first_line_ + p.line - 1, p.column, base_offset_ + at}, msg, limit);
    }
    /// "'x'", "byte 0xC3" or "end of input", for messages.
    template <class = void>
    [[nodiscard]] std::string found(std::size_t at) const {
        if (at >= s_.size()) return "end of input";
        const auto c = static_cast<unsigned char>(s_[at]);
        if (c > 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
        return "byte " + hex_byte(c);
    }
    template <class = void>
    [[nodiscard]] static std::string hex_byte(unsigned char c) {
        constexpr char digits[] = "0123456789ABCDEF";
        return std::string("0x") + digits[c >> 4] + digits[c & 0xF];
    }

    template <class = void>
    NEWSPROV_JSON_HOT void skip_ws() noexcept {
        // Compact JSON has no whitespace between tokens: one test for that case.
        if (i_ < s_.size() && static_cast<unsigned char>(s_[i_]) > ' ') return;
        skip_ws_run();
    }
    template <class = void>
    void skip_ws_run() noexcept {
        const std::size_t n = s_.size();
        while (i_ < n) {
            const char c = s_[i_];
            if (c == ' ' || c == '\t' || c == '\r') {
                ++i_;
            } else if (c == '\n') {
                ++i_;
                ++line_;
                line_start_ = i_;
            } else {
                break;
            }
        }
    }

    template <class = void>
    NEWSPROV_JSON_HOT void check_count(std::size_t count, const char* what, const char* items) const {
        if (count >= lim_.max_members) too_many(what, items);
    }
    template <class = void>
    [[noreturn]] void too_many(const char* what, const char* items) const {
        fail(i_, std::string(what) + " with more than max_members (" + std::to_string(lim_.max_members) + ") " +
                     items,
             "max_members");
    }


    template <class = void>
    [[nodiscard]] static std::string printable(std::string_view key) {
        std::string out;
        for (const char ch : key.substr(0, 80)) {
            const auto c = static_cast<unsigned char>(ch);
            if (c < 0x20 || c == 0x7F) {
                out += "\\x" + hex_byte(c).substr(2);
            } else {
                out.push_back(ch);
            }
        }
        if (key.size() > 80) out += "...";
        return out;
    }


    // ---- strings -----------------------------------------------------------
    // Reads the string starting at the quote at i_ into `out` (unescaped).
    template <class = void>
    void read_string(std::string& out) {
        const std::string_view v = scan_string(out);
        if (v.data() != out.data()) out.assign(v);
    }

    // Reads the string starting at the quote at i_. Returns its content: a view
    // into the input when it has no escapes (the common case: no copy), or else
    // a view of `buf`, which then holds the unescaped bytes.
    template <class = void>
    [[nodiscard]] NEWSPROV_JSON_HOT std::string_view scan_string(std::string& buf) {
#if defined(__SSE2__)
        // Most strings (keys, ids, short values) end within 16 bytes without an
        // escape: one load finds the closing quote.
        if (i_ + 17 <= s_.size() && lim_.max_string_bytes >= 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_.data() + i_ + 1));
            const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                          _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                                             _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
            const auto m = static_cast<unsigned>(_mm_movemask_epi8(hit));
            if (m != 0) {
                const auto k = static_cast<std::size_t>(std::countr_zero(m));
                if (s_[i_ + 1 + k] == '"') {
                    const std::string_view v(s_.data() + i_ + 1, k);
                    i_ += k + 2;
                    return v;
                }
            }
        }
#endif
        return scan_string_run(buf);
    }
    template <class = void>
    [[nodiscard]] std::string_view scan_string_run(std::string& buf) {
        const std::size_t start = i_;
        ++i_;
        std::size_t j = plain_run(i_);
        if (j < s_.size() && s_[j] == '"') {  // no escapes: the input itself
            if (j - i_ > lim_.max_string_bytes) too_long(start);
            const std::string_view v(s_.data() + i_, j - i_);
            i_ = j + 1;
            return v;
        }
        buf.clear();
        for (;;) {
            append(buf, s_.substr(i_, j - i_), start);
            i_ = j;
            if (i_ >= s_.size()) fail(i_, "unexpected end of input in string (missing closing '\"')");
            const auto c = static_cast<unsigned char>(s_[i_]);
            if (c == '"') {
                ++i_;
                return buf;
            }
            if (c == '\\') {
                read_escape(buf, start);
            } else if (c < 0x20) {
                fail(i_, "unescaped control character U+00" + hex_byte(c).substr(2) + " in string");
            } else {
                fail(i_, "invalid UTF-8 in string (byte " + hex_byte(c) + ")");
            }
            j = plain_run(i_);
        }
    }

    // The end of the run of string bytes from `j` that need no attention: 8 at
    // a time while they are plain ASCII, then byte by byte; well-formed UTF-8
    // sequences stay in the run. Stops at '"', '\\', a control byte, a bad
    // sequence or the end of input.
    template <class = void>
    [[nodiscard]] std::size_t plain_run(std::size_t j) const noexcept {
        const std::size_t n = s_.size();
        for (;;) {
#if defined(__SSE2__)
            // 16 bytes at a time: '"', '\\', and (as signed bytes) below 0x20,
            // which takes in control bytes and every non-ASCII byte.
            while (j + 16 <= n) {
                const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_.data() + j));
                const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                              _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                                                 _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
                const auto m = static_cast<unsigned>(_mm_movemask_epi8(hit));
                if (m == 0) {
                    j += 16;
                    continue;
                }
                j += static_cast<std::size_t>(std::countr_zero(m));
                goto at_special;  // the byte at j needs a look
            }
#endif
            while (j + 8 <= n) {
                std::uint64_t w = 0;
                std::memcpy(&w, s_.data() + j, 8);
                const std::uint64_t m = special_bytes8(w);
                if (m == 0) {
                    j += 8;
                    continue;
                }
                if constexpr (std::endian::native == std::endian::little) {
                    j += static_cast<std::size_t>(std::countr_zero(m)) >> 3;  // the first special byte
                }
                break;
            }
            if (j >= n) return j;
#if defined(__SSE2__)
        at_special:
#endif
            const auto c = static_cast<unsigned char>(s_[j]);
            if (c == '"' || c == '\\' || c < 0x20) return j;
            if (c < 0x80) {
                ++j;
                continue;
            }
            std::size_t bad = 0;
            const std::size_t len = utf8::sequence(s_, j, bad);
            if (len == 0) return j;
            j += len;
        }
    }

    template <class = void>
    [[noreturn]] void too_long(std::size_t string_start) const {
        fail(string_start, "string longer than max_string_bytes (" + std::to_string(lim_.max_string_bytes) + ")",
             "max_string_bytes");
    }

    template <class = void>
    void append(std::string& out, std::string_view bytes, std::size_t string_start) const {
        if (out.size() + bytes.size() > lim_.max_string_bytes) too_long(string_start);
        out.append(bytes);
    }

    template <class = void>
    void read_escape(std::string& out, std::size_t string_start) {
        const std::size_t esc = i_;
        if (i_ + 1 >= s_.size()) fail(i_ + 1, "unexpected end of input in string escape");
        const char e = s_[i_ + 1];
        char plain = 0;
        switch (e) {
            case '"': plain = '"'; break;
            case '\\': plain = '\\'; break;
            case '/': plain = '/'; break;
            case 'b': plain = '\b'; break;
            case 'f': plain = '\f'; break;
            case 'n': plain = '\n'; break;
            case 'r': plain = '\r'; break;
            case 't': plain = '\t'; break;
            case 'u': break;
            default: fail(esc, "invalid escape '\\" + printable(std::string(1, e)) + "' in string");
        }
        if (plain != 0) {
            append(out, std::string_view(&plain, 1), string_start);
            i_ += 2;
            return;
        }
        char32_t cp = hex4(esc);
        i_ += 6;
        if (cp >= 0xDC00 && cp <= 0xDFFF) {
            fail(esc, "unpaired surrogate " + std::string(s_.substr(esc, 6)) + " in string");
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i_ + 1 < s_.size() && s_[i_] == '\\' && s_[i_ + 1] == 'u') {
                const char32_t low = hex4(i_);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i_ += 6;
                } else {
                    fail(esc, "unpaired surrogate " + std::string(s_.substr(esc, 6)) + " in string");
                }
            } else {
                fail(esc, "unpaired surrogate " + std::string(s_.substr(esc, 6)) + " in string");
            }
        }
        std::string utf8;
        utf8::append(utf8, cp);
        append(out, utf8, string_start);
    }

    // The four hex digits of the \u escape at s_[esc].
    template <class = void>
    [[nodiscard]] char32_t hex4(std::size_t esc) const {
        char32_t cp = 0;
        for (std::size_t k = esc + 2; k < esc + 6; ++k) {
            if (k >= s_.size()) fail(k, "unexpected end of input in \\u escape");
            const char h = s_[k];
            unsigned d = 0;
            if (h >= '0' && h <= '9') {
                d = static_cast<unsigned>(h - '0');
            } else if (h >= 'a' && h <= 'f') {
                d = static_cast<unsigned>(h - 'a' + 10);
            } else if (h >= 'A' && h <= 'F') {
                d = static_cast<unsigned>(h - 'A' + 10);
            } else {
                fail(k, "expected 4 hex digits after \\u, found " + found(k));
            }
            cp = (cp << 4) | d;
        }
        return cp;
    }

    std::string_view s_;
    limits lim_;  // a copy: a cursor may outlive the limits it was given
    std::size_t first_line_;
    std::size_t base_offset_;
    std::size_t i_ = 0;
    std::size_t line_ = 1;        // current line, 1-based, within s_
    std::size_t line_start_ = 0;  // offset of its first byte
};

class parser : lexer {
public:
    using lexer::lexer;

    template <class = void>
    [[nodiscard]] value run() {
        check_start();
        skip_ws();
        for (;;) {
            value v;
            if (!start_value(v)) continue;  // opened a container: read its first element
            for (;;) {                      // v is complete: hand it to its container
                if (frames_.empty()) {
                    skip_ws();
                    if (i_ < s_.size()) fail(i_, "unexpected " + found(i_) + " after the JSON value");
                    return v;
                }
                const frame& f = frames_.back();
                const bool in_array = f.k == kind::array;
                if (in_array) {
                    values_.push_back(std::move(v));
                } else {
                    members_.back().val = std::move(v);
                }
                skip_ws();
                if (i_ < s_.size() && s_[i_] == ',') {
                    ++i_;
                    skip_ws();
                    if (in_array) {
                        check_count(values_.size() - f.base, "array", "elements");
                    } else {
                        read_key("expected a string key after ','");
                    }
                    break;
                }
                if (i_ < s_.size() && s_[i_] == (in_array ? ']' : '}')) {
                    ++i_;
                    v = close();
                    continue;
                }
                fail(i_, std::string(in_array ? "expected ',' or ']' after array element, found "
                                              : "expected ',' or '}' after object member, found ") +
                             found(i_));
            }
        }
    }

private:
    struct frame {
        kind k;
        text_position pos;
        std::size_t base;  // first index of this container's items in values_ or members_
    };

    // ---- values ------------------------------------------------------------
    // Reads the value at i_ (whitespace already skipped). Returns true with the
    // value in `v`, or false after opening a non-empty container whose first
    // element (array) or first key (object) is next.
    template <class = void>
    bool start_value(value& v) {
        if (i_ >= s_.size()) fail(i_, "unexpected end of input, expected a value");
        const char c = s_[i_];
        switch (c) {
            case '[':
            case '{': {
                const bool is_array = c == '[';
                if (frames_.size() >= lim_.max_depth) {
                    fail(i_, "nesting deeper than max_depth (" + std::to_string(lim_.max_depth) + ")", "max_depth");
                }
                const text_position pos = where(i_);
                ++i_;
                skip_ws();
                if (i_ < s_.size() && s_[i_] == (is_array ? ']' : '}')) {
                    ++i_;
                    v = is_array ? value(array{}) : value(object{});
                    v.set_position(pos);
                    return true;
                }
                frames_.push_back({is_array ? kind::array : kind::object, pos,
                                   is_array ? values_.size() : members_.size()});
                if (is_array) {
                    check_count(0, "array", "elements");
                } else {
                    read_key("expected a string key or '}' after '{'");
                }
                return false;
            }
            case '"': {
                const text_position pos = where(i_);
                std::string str;
                read_string(str);
                v = value(std::move(str));
                v.set_position(pos);
                return true;
            }
            case 't': literal("true", v, true); return true;
            case 'f': literal("false", v, false); return true;
            case 'n': literal("null", v, nullptr); return true;
            default: break;
        }
        if (c == '-' || is_digit(c)) {
            const number_scan r = scan_number(s_, i_);
            if (r.error != nullptr) {
                const std::string why(r.error);
                fail(r.error_at, why.starts_with("expected") ? why + ", found " + found(r.error_at) : why);
            }
            const text_position pos = where(i_);
            v = value_access::number(std::string(s_.substr(i_, r.length)), r.integer);
            v.set_position(pos);
            i_ += r.length;
            return true;
        }
        if (c == ']' || c == '}') {
            fail(i_, "expected a value, found '" + std::string(1, c) + "'" +
                         (i_ > 0 && s_[i_ - 1] == ',' ? " (trailing commas are not allowed)" : ""));
        }
        fail(i_, "expected a value, found " + found(i_));
    }

    template <class = void>
    void literal(std::string_view word, value& v, value lit) {
        if (s_.substr(i_, word.size()) != word) fail(i_, "invalid literal, expected '" + std::string(word) + "'");
        v = std::move(lit);
        v.set_position(where(i_));
        i_ += word.size();
    }

    template <class = void>
    void read_key(const char* expected) {
        const frame& f = frames_.back();
        if (i_ >= s_.size() || s_[i_] != '"') fail(i_, std::string(expected) + ", found " + found(i_));
        check_count(members_.size() - f.base, "object", "members");
        key_pos_.push_back(where(i_));
        std::string key;
        read_string(key);
        members_.push_back(member{std::move(key), value()});
        skip_ws();
        if (i_ >= s_.size() || s_[i_] != ':') fail(i_, "expected ':' after object key, found " + found(i_));
        ++i_;
        skip_ws();
    }

    // Closes the innermost container and returns it.
    template <class = void>
    value close() {
        const frame f = frames_.back();
        frames_.pop_back();
        value v;
        if (f.k == kind::array) {
            const auto first = values_.begin() + static_cast<std::ptrdiff_t>(f.base);
            v = value(array(std::make_move_iterator(first), std::make_move_iterator(values_.end())));
            values_.erase(first, values_.end());
        } else {
            check_duplicates(f.base);
            const auto first = members_.begin() + static_cast<std::ptrdiff_t>(f.base);
            v = value(object(std::make_move_iterator(first), std::make_move_iterator(members_.end())));
            members_.erase(first, members_.end());
            key_pos_.resize(f.base);
        }
        v.set_position(f.pos);
        return v;
    }

    // Keys of the object being closed are members_[base..]; finds repeated ones.
    template <class = void>
    void check_duplicates(std::size_t base) {
        const std::size_t n = members_.size() - base;
        if (n < 2) return;
        // first_[j]: index (relative to base) of the first member with j's key.
        first_.resize(n);
        bool any = false;
        if (n <= 16) {
            for (std::size_t j = 0; j < n; ++j) {
                first_[j] = j;
                for (std::size_t k = 0; k < j; ++k) {
                    if (members_[base + k].key == members_[base + j].key) {
                        first_[j] = k;
                        any = true;
                        break;
                    }
                }
            }
        } else if (!hash_duplicates(base, n, any)) {
            sort_duplicates(base, n, any);
        }
        if (!any) return;
        if (lim_.duplicates == duplicate_keys::reject) {
            std::size_t j = 0;
            while (first_[j] == j) ++j;  // the first repeat in document order
            const text_position& p = key_pos_[base + first_[j]];
            throw input_error(key_pos_[base + j], "duplicate key \"" + printable(members_[base + j].key) +
                                                      "\" in object (first at " + std::to_string(p.line) + ":" +
                                                      std::to_string(p.column) + ")");
        }
        // keep_last: every occurrence but the last of each key goes.
        std::vector<std::size_t> last(n);
        for (std::size_t j = 0; j < n; ++j) last[first_[j]] = j;
        std::size_t out = base;
        for (std::size_t j = 0; j < n; ++j) {
            if (last[first_[j]] != j) continue;
            if (out != base + j) {
                members_[out] = std::move(members_[base + j]);
                key_pos_[out] = key_pos_[base + j];
            }
            ++out;
        }
        members_.erase(members_.begin() + static_cast<std::ptrdiff_t>(out), members_.end());
        key_pos_.resize(out);
    }

    // Expected linear time: an open-addressing table of member indices. Gives up
    // (returns false) when probing takes too long, as crafted colliding keys
    // would make it; sort_duplicates then bounds the work at O(n log n).
    template <class = void>
    bool hash_duplicates(std::size_t base, std::size_t n, bool& any) {
        std::size_t size = 32;
        while (size < 2 * n) size *= 2;
        slots_.assign(size, 0);  // member index + 1; 0 is empty
        std::size_t budget = 8 * n + 64;
        for (std::size_t j = 0; j < n; ++j) {
            const std::string& key = members_[base + j].key;
            std::uint64_t h = 14695981039346656037ull;  // FNV-1a
            for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
            h ^= h >> 29;
            std::size_t slot = static_cast<std::size_t>(h) & (size - 1);
            first_[j] = j;
            for (;;) {
                if (budget-- == 0) return false;
                const std::size_t held = slots_[slot];
                if (held == 0) {
                    slots_[slot] = j + 1;
                    break;
                }
                if (members_[base + held - 1].key == key) {
                    first_[j] = held - 1;
                    any = true;
                    break;
                }
                slot = (slot + 1) & (size - 1);
            }
        }
        return true;
    }

    template <class = void>
    void sort_duplicates(std::size_t base, std::size_t n, bool& any) {
        order_.resize(n);
        for (std::size_t j = 0; j < n; ++j) order_[j] = j;
        std::sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
            const int c = members_[base + a].key.compare(members_[base + b].key);
            return c != 0 ? c < 0 : a < b;
        });
        std::size_t head = order_[0];
        first_[head] = head;
        for (std::size_t j = 1; j < n; ++j) {
            const std::size_t k = order_[j];
            if (members_[base + k].key == members_[base + head].key) {
                first_[k] = head;
                any = true;
            } else {
                head = k;
                first_[k] = k;
            }
        }
    }

    /// A key for a message: control characters escaped, long keys shortened.

    std::vector<frame> frames_;
    std::vector<value> values_;          // elements of the open arrays
    std::vector<member> members_;        // members of the open objects
    std::vector<text_position> key_pos_;  // where each key in members_ starts
    std::vector<std::size_t> order_;      // scratch for duplicate detection
    std::vector<std::size_t> first_;
    std::vector<std::size_t> slots_;
};

}  // namespace detail

/// Reads one JSON text (RFC 8259). Throws newsprov::input_error on malformed
/// input or when a limit is exceeded.
template <class = void>
[[nodiscard]] inline value parse(std::string_view text, const limits& lim = {}) {
    return detail::parser(text, lim).run();
}

}  // namespace newsprov::json

#undef NEWSPROV_JSON_HOT
