#pragma once
// json::writer: streaming JSON output into a std::string; json::write(value).
//
// Output is always valid JSON (RFC 8259) in UTF-8:
// - strings escape '"', '\\' and the control characters U+0000..U+001F
//   (\b \f \n \r \t, others as \u00XX); everything else, non-ASCII included,
//   is written as is;
// - invalid UTF-8 in a string or key is replaced by U+FFFD, one per maximal
//   ill-formed subsequence (the Unicode recommendation), so a bad byte never
//   yields invalid JSON and never swallows the valid text around it;
// - integers are exact; doubles use the shortest text that reads back to the
//   same double (std::to_chars); NaN and infinity throw std::domain_error;
// - a parsed number is written with its original text, so parse(write(v)) == v
//   and nothing of a huge or very precise number is lost.
// Misuse (a value where a key is due, unbalanced end_array(), a second top-level
// value) throws std::logic_error: it is a programming mistake, not bad input.
// write(value) walks the tree with an explicit stack: no recursion.

#include <newsprov/json/scan.hpp>
#include <newsprov/util/utf8.hpp>
#include <newsprov/util/large_buffer.hpp>
#include <newsprov/json/value.hpp>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsprov::json {

struct write_options {
    /// Spaces per nesting level; 0 writes compact JSON on one line.
    unsigned indent = 0;
};

namespace detail {
/// A growing output buffer for bulk JSON writing: the caller asks for room,
/// writes through a pointer, and the std::string is cut to size at the end
/// (finish() or destruction). It avoids a capacity test per byte, which is
/// what std::string::push_back costs in a writer's inner loop.
class output_buffer {
public:
    /// Appends to `out`; nothing is written to it before the first byte.
    template <class = void>
    explicit output_buffer(std::string& out) : out_(&out), start_(out.size()) {
        newsprov::detail::advise_huge_pages(out.data() + start_, out.capacity() - start_);
        reset(start_);
    }
    output_buffer(const output_buffer&) = delete;
    output_buffer& operator=(const output_buffer&) = delete;
    ~output_buffer() { finish(); }

    /// At least `n` writable bytes at the returned pointer; commit with advance().
    template <class = void>
    [[nodiscard]] char* room(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n) grow(n);
        return p_;
    }
    void advance(char* to) noexcept { p_ = to; }
    template <class = void>
    void put(char c) { *room(1) = c, ++p_; }
    template <class = void>
    void put(std::string_view s) {
        char* p = room(s.size());
        if (!s.empty()) std::memcpy(p, s.data(), s.size());
        p_ = p + s.size();
    }
    // The string writers below put a ',' before the string when `comma` and
    // a ':' after it when `colon` (an object member's key), within one
    // request for room. A ':' not asked for is still stored, past the end,
    // where the next write goes: fewer branches, and the room is there.

    /// `s` as a JSON string literal: '"' '\\' and controls escaped, invalid
    /// UTF-8 replaced (see the top of this file).
    template <class = void>
    void quoted(std::string_view s, bool comma = false, bool colon = false) {
        char* p = room(6 * s.size() + 12);
        *p = ',';
        p += comma;
        *p++ = '"';
        p = escape_into(p, s);
        *p++ = '"';
        *p = ':';
        p_ = p + colon;
    }
    /// `s` as a JSON string literal when the caller knows it needs no escape
    /// (a word of a fixed vocabulary): copied, not scanned. Debug builds check.
    template <class = void>
    void plain_quoted(std::string_view s, bool comma = false, bool colon = false) {
#ifndef NDEBUG
        for (const char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) {
                quoted(s, comma, colon);  // not plain after all: stay correct
                return;
            }
        }
#endif
        char* p = room(s.size() + 4);
        *p = ',';
        p += comma;
        *p++ = '"';
        copy_small(p, s);
        p += s.size();
        *p++ = '"';
        *p = ':';
        p_ = p + colon;
    }
    /// The JSON string literal of `plain` + `s`, where `plain` needs no
    /// escaping (a known prefix: "story:"), without composing it first.
    template <class = void>
    void prefixed_quoted(std::string_view plain, std::string_view s, bool comma = false, bool colon = false) {
        char* p = room(plain.size() + 6 * s.size() + 12);
        *p = ',';
        p += comma;
        *p++ = '"';
        std::memcpy(p, plain.data(), plain.size());
        p = escape_into(p + plain.size(), s);
        *p++ = '"';
        *p = ':';
        p_ = p + colon;
    }

private:
    // Writes `s` escaped at p (room for 6 bytes per byte plus 8 is there: the
    // loop stores whole words); returns the end.
    template <class = void>
    static char* escape_into(char* p, std::string_view s) {
        const char* in = s.data();
#if defined(__GNUC__) && !defined(__clang__)
        // Inlined with a short string literal, g++ 12 warns (-Warray-bounds)
        // about the 16-byte loads below that the loop guard never lets run;
        // an empty asm hides where `in` points (it costs no instruction).
        __asm__("" : "+r"(in));
#endif
        const std::size_t n = s.size();
        std::size_t i = 0;
        for (;;) {
            copy_plain_run(p, in, n, i);
            if (i >= n) break;
            p = escape_byte(p, s, i);
        }
        return p;
    }

    // Copies the bytes from in + i up to the next one that needs escaping (a
    // quote, a backslash, a control byte; any byte from 0x80 on big-endian
    // machines) to p, advancing both. Stores whole words, so up to 16 bytes
    // past what it keeps may be overwritten (escape_into has the room).
    template <class = void>
    static void copy_plain_run(char*& p, const char* in, std::size_t n, std::size_t& i) {
        if constexpr (std::endian::native == std::endian::little) {
#if defined(__SSE2__)
            // Sixteen bytes at a time while there are that many (the
            // same test as the reader's, see lexer::plain_run).
            while (i + 16 <= n) {
                const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(p), x);
                const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                              _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                                                 _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
                const auto m = static_cast<unsigned>(_mm_movemask_epi8(hit));
                const std::size_t k = m == 0 ? 16 : static_cast<std::size_t>(std::countr_zero(m));
                p += k;
                i += k;
                if (m != 0) return;
            }
#endif
            // Eight bytes at a time: store them, then keep those before the
            // first special one.
            for (;;) {
                const std::size_t r = n - i < 8 ? n - i : 8;
                std::uint64_t w = 0;
                if (r == 8) {
                    std::memcpy(&w, in + i, 8);
                } else {
                    w = load_tail(in + i, r);
                }
                std::memcpy(p, &w, 8);
                const std::uint64_t mask = special_bytes8(w);
                const std::size_t k = mask == 0 ? r : static_cast<std::size_t>(std::countr_zero(mask)) >> 3;
                p += k;
                i += k;
                if (mask != 0 || r < 8) return;
            }
        } else {
            while (i < n) {
                const auto c = static_cast<unsigned char>(in[i]);
                if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) return;
                *p++ = in[i++];
            }
        }
    }

    // Writes the byte at s[i] escaped (a whole UTF-8 sequence from 0x80 on,
    // U+FFFD for a malformed one) at p and steps past it; returns the end.
    template <class = void>
    static char* escape_byte(char* p, std::string_view s, std::size_t& i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            std::size_t bad = 0;
            const std::size_t len = utf8::sequence(s, i, bad);
            if (len != 0) {
                std::memcpy(p, s.data() + i, len);
                i += len;
                return p + len;
            }
            std::memcpy(p, "\xEF\xBF\xBD", 3);  // U+FFFD REPLACEMENT CHARACTER
            i += bad;
            return p + 3;
        }
        ++i;
        *p++ = '\\';
        switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\b': *p++ = 'b'; break;
            case '\f': *p++ = 'f'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            default: {
                static constexpr char hex[] = "0123456789abcdef";
                const char esc[5] = {'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                std::memcpy(p, esc, sizeof esc);
                p += sizeof esc;
            }
        }
        return p;
    }

public:
    /// Cuts the string to what was written. Further writes may follow.
    template <class = void>
    void finish() {
        if (out_ == nullptr) return;
        const auto used = static_cast<std::size_t>(p_ - out_->data());
        out_->resize(used);
        reset(used);
    }
    /// finish(), and the string is the caller's again: no later write, and
    /// the destructor leaves it alone.
    template <class = void>
    void release() {
        finish();
        out_ = nullptr;
        p_ = end_ = nullptr;
    }

private:
    // The string is lengthened a step at a time within its capacity: resize()
    // zero-fills, and filling a whole reserved capacity up front would touch
    // (and page in) memory that may never be written. The step grows with
    // what was written (a short JSON line takes a short step), up to 64 KiB.
    static constexpr std::size_t min_step = 256;
    static constexpr std::size_t max_step = 64 * 1024;
    template <class = void>
    void grow(std::size_t n) {
        const auto used = static_cast<std::size_t>(p_ - out_->data());
        const std::size_t step = std::clamp(used - start_, min_step, max_step);
        const std::size_t want = used + std::max(n, step);
        if (want > out_->capacity()) {
            out_->resize(used);  // reserve() then copies only what was written
            out_->reserve(std::max(out_->capacity() * 2, want));
            newsprov::detail::advise_huge_pages(out_->data() + used, out_->capacity() - used);
        }
        out_->resize(want);
        reset(used);
    }
    template <class = void>
    void reset(std::size_t used) noexcept {
        p_ = out_->data() + used;
        end_ = out_->data() + out_->size();
    }
    // memcpy of a short string without a call: two overlapping word copies.
    template <class = void>
    static void copy_small(char* p, std::string_view s) noexcept {
        const std::size_t n = s.size();
        const char* in = s.data();
        if (n >= 8 && n <= 16) {
            std::uint64_t a = 0, b = 0;
            std::memcpy(&a, in, 8);
            std::memcpy(&b, in + n - 8, 8);
            std::memcpy(p, &a, 8);
            std::memcpy(p + n - 8, &b, 8);
        } else if (n >= 4 && n < 8) {
            std::uint32_t a = 0, b = 0;
            std::memcpy(&a, in, 4);
            std::memcpy(&b, in + n - 4, 4);
            std::memcpy(p, &a, 4);
            std::memcpy(p + n - 4, &b, 4);
        } else if (n > 16) {
            std::memcpy(p, in, n);
        } else {
            for (std::size_t i = 0; i < n; ++i) p[i] = in[i];
        }
    }
    /// The `r` (< 8) bytes at `p` in the low bytes of a word, spaces above
    /// them (a space is not special); fixed-size loads only, no memcpy call.
    template <class = void>
    [[nodiscard]] static std::uint64_t load_tail(const char* p, std::size_t r) noexcept {
        std::uint64_t w = 0;
        if (r >= 4) {
            std::uint32_t a = 0, b = 0;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + r - 4, 4);
            w = a | (std::uint64_t{b} << ((r - 4) * 8));
        } else if (r >= 2) {
            std::uint16_t a = 0;
            std::memcpy(&a, p, 2);
            w = a | (std::uint64_t{static_cast<unsigned char>(p[r - 1])} << ((r - 1) * 8));
        } else if (r == 1) {
            w = static_cast<unsigned char>(p[0]);
        }
        const std::uint64_t low = (std::uint64_t{1} << (r * 8)) - 1;  // r < 8
        return (w & low) | (0x2020202020202020ull & ~low);
    }
    std::string* out_;
    std::size_t start_;  // where this buffer's text begins in the string
    char* p_ = nullptr;
    char* end_ = nullptr;
};
}  // namespace detail

/// The one JSON writer: every JSON text newsprov writes (PROV-JSON, JSON-LD,
/// reports, JSON Lines) goes through it. It writes into `out` through an
/// output buffer: `out` holds the text once the top-level value is complete
/// (the writer then lets go of it) or the writer is gone, and the caller
/// leaves `out` alone until then. Besides the checked calls, plain_key() and
/// plain_string() copy a word known to need no escaping (a vocabulary word),
/// and prefixed_key() / prefixed_string() write a known prefix and a string
/// as one JSON string without composing them first: what a fast writer of a
/// large document needs, with the same bookkeeping.
class writer {
public:
    /// Appends to `out` (which is not cleared).
    template <class = void>
    explicit writer(std::string& out, write_options opts = {}) : out_(out), opts_(opts) {}
    writer(const writer&) = delete;
    writer& operator=(const writer&) = delete;

    template <class = void>
    writer& null() { return raw_scalar("null"); }
    template <class = void>
    writer& boolean(bool b) { return raw_scalar(b ? std::string_view("true") : std::string_view("false")); }
    template <std::integral T>
        requires(!std::same_as<T, bool>)
    writer& number(T n) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, n);
        return raw_scalar(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
    }
    /// Throws std::domain_error for NaN and infinity.
    template <class = void>
    writer& number(double d) {
        if (!std::isfinite(d)) throw std::domain_error("JSON numbers cannot be NaN or infinite");
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, d);
        return raw_scalar(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
    }
    /// A number given as JSON number text, written unchanged. Throws
    /// std::invalid_argument when `text` is not a JSON number.
    template <class = void>
    writer& number_text(std::string_view text) {
        if (!try_number_text(text)) throw std::invalid_argument("not a JSON number: " + std::string(text));
        return *this;
    }
    /// Writes `text` as a number when it is JSON number text and says whether
    /// it did; otherwise writes nothing.
    template <class = void>
    [[nodiscard]] bool try_number_text(std::string_view text) {
        const detail::number_scan r = detail::scan_number(text, 0);
        if (r.error != nullptr || r.length != text.size()) return false;
        raw_scalar(text);
        return true;
    }
    template <class = void>
    [[gnu::always_inline]] writer& string(std::string_view s) {
        before_value();
        out_.quoted(s);
        return after_scalar();
    }
    /// A string that needs no escaping (no '"', '\\', control or non-ASCII
    /// byte: a word of a fixed vocabulary), copied unscanned. Debug builds check.
    template <class = void>
    [[gnu::always_inline]] writer& plain_string(std::string_view s) {
        before_value();
        out_.plain_quoted(s);
        return after_scalar();
    }
    /// The string `plain` + `s` ("story:" + an id), where `plain` needs no escaping.
    template <class = void>
    [[gnu::always_inline]] writer& prefixed_string(std::string_view plain, std::string_view s) {
        before_value();
        out_.prefixed_quoted(plain, s);
        return after_scalar();
    }
    /// The key of the next object member.
    template <class = void>
    [[gnu::always_inline]] writer& key(std::string_view k) {
        out_.quoted(k, begin_key(), true);
        return end_key();
    }
    /// A key that needs no escaping, as plain_string().
    template <class = void>
    [[gnu::always_inline]] writer& plain_key(std::string_view k) {
        out_.plain_quoted(k, begin_key(), true);
        return end_key();
    }
    /// The key `plain` + `k`, as prefixed_string().
    template <class = void>
    [[gnu::always_inline]] writer& prefixed_key(std::string_view plain, std::string_view k) {
        out_.prefixed_quoted(plain, k, begin_key(), true);
        return end_key();
    }
    template <class = void>
    [[gnu::always_inline]] writer& begin_array() { return open('[', 0); }
    template <class = void>
    [[gnu::always_inline]] writer& end_array() { return close(']', 0); }
    template <class = void>
    [[gnu::always_inline]] writer& begin_object() { return open('{', is_object); }
    template <class = void>
    [[gnu::always_inline]] writer& end_object() { return close('}', is_object); }

    /// Writes a whole value (iteratively: any depth).
    template <class = void>
    writer& write(const value& v) {
        struct item {
            const value* container;
            std::size_t next;
        };
        std::vector<item> todo;
        auto emit = [&](const value& x) {
            switch (x.type()) {
                case kind::null: null(); break;
                case kind::boolean: boolean(x.as_bool()); break;
                case kind::number: raw_scalar(x.number_text()); break;
                case kind::string: string(x.as_string()); break;
                case kind::array:
                    begin_array();
                    todo.push_back({&x, 0});
                    break;
                case kind::object:
                    begin_object();
                    todo.push_back({&x, 0});
                    break;
            }
        };
        emit(v);
        while (!todo.empty()) {
            const value& c = *todo.back().container;
            const std::size_t k = todo.back().next++;
            if (c.is_array()) {
                const array& a = c.as_array();
                if (k < a.size()) {
                    emit(a[k]);
                } else {
                    end_array();
                    todo.pop_back();
                }
            } else {
                const object& o = c.as_object();
                if (k < o.size()) {
                    key(o[k].key);
                    emit(o[k].val);
                } else {
                    end_object();
                    todo.pop_back();
                }
            }
        }
        return *this;
    }

    /// True once one complete top-level value has been written.
    [[nodiscard]] bool complete() const noexcept { return done_; }
    /// Open arrays and objects.
    [[nodiscard]] std::size_t depth() const noexcept { return depth_; }

private:
    // Flags of the innermost open container (`top_`, `none` when there is
    // none); those of the containers around it (no key pending there: two
    // bits each) are kept in `outer_`, innermost in the low bits, and past
    // 32 levels in `deep_`: no allocation and no vector in the common case.
    static constexpr std::uint8_t is_object = 1;
    static constexpr std::uint8_t has_items = 2;
    static constexpr std::uint8_t has_key = 4;
    static constexpr std::uint8_t none = 8;  // no container open

    // Out of line and cold: the checks stay cheap in the inlined fast path.
    template <class = void>
    [[noreturn, gnu::cold, gnu::noinline]] static void misuse(const char* what) { throw std::logic_error(what); }

    template <class = void>
    [[gnu::always_inline]] void before_value() {
        if ((top_ & has_key) != 0) {  // an object member's value: the common case
            top_ = static_cast<std::uint8_t>(top_ & ~has_key);
            return;
        }
        if (top_ == none) {
            if (done_) misuse("json::writer: a JSON text holds one top-level value");
            return;
        }
        if ((top_ & is_object) != 0) misuse("json::writer: an object member needs key() first");
        if ((top_ & has_items) != 0) out_.put(',');
        newline(depth_);
        top_ |= has_items;
    }
    template <class = void>
    [[gnu::always_inline]] writer& after_scalar() {
        if (top_ == none) {
            done_ = true;
            out_.release();  // the text is whole: `out` is the caller's again
        }
        return *this;
    }
    template <class = void>
    [[gnu::always_inline]] writer& raw_scalar(std::string_view text) {
        before_value();
        out_.put(text);
        return after_scalar();
    }
    // Checks that a key may come, and says whether a ',' is due before it
    // (with indentation, writes it and the line break itself).
    template <class = void>
    [[gnu::always_inline]] bool begin_key() {
        if ((top_ & (is_object | has_key | none)) != is_object)
            misuse("json::writer: key() outside an object or twice in a row");
        const bool comma = (top_ & has_items) != 0;
        top_ |= has_items | has_key;
        if (opts_.indent == 0) return comma;
        if (comma) out_.put(',');
        newline(depth_);
        return false;
    }
    template <class = void>
    [[gnu::always_inline]] writer& end_key() {
        if (opts_.indent != 0) out_.put(' ');
        return *this;
    }
    template <class = void>
    [[gnu::always_inline]] void newline(std::size_t level) {
        if (opts_.indent != 0) indent(level);
    }
    // Out of line: compact output (the large documents) does not carry it.
    template <class = void>
    [[gnu::noinline]] void indent(std::size_t level) {
        const std::size_t n = level * opts_.indent;
        char* p = out_.room(n + 1);
        *p = '\n';
        std::memset(p + 1, ' ', n);
        out_.advance(p + 1 + n);
    }
    template <class = void>
    [[gnu::always_inline]] writer& open(char bracket, std::uint8_t flags) {
        before_value();
        out_.put(bracket);
        if (depth_ > 0) {
            if (depth_ > 32) deep_.push_back(static_cast<std::uint8_t>(outer_ >> 62));
            outer_ = outer_ << 2 | top_;
        }
        top_ = flags;
        ++depth_;
        return *this;
    }
    template <class = void>
    [[gnu::always_inline]] writer& close(char bracket, std::uint8_t flags) {
        if ((top_ & (is_object | has_key | none)) != flags)
            misuse(bracket == ']' ? "json::writer: unbalanced ']'" : "json::writer: unbalanced '}'");
        const bool had_items = (top_ & has_items) != 0;
        if (--depth_ == 0) {
            top_ = none;
        } else {
            top_ = static_cast<std::uint8_t>(outer_ & 3);
            outer_ >>= 2;
            if (depth_ > 32) {
                outer_ |= std::uint64_t{deep_.back()} << 62;
                deep_.pop_back();
            }
        }
        if (had_items) newline(depth_);
        out_.put(bracket);
        return after_scalar();
    }

    detail::output_buffer out_;
    write_options opts_;
    std::uint64_t outer_ = 0;
    std::vector<std::uint8_t> deep_;
    std::size_t depth_ = 0;
    std::uint8_t top_ = none;
    bool done_ = false;
};

/// `v` as JSON text.
template <class = void>
[[nodiscard]] inline std::string write(const value& v, write_options opts = {}) {
    std::string out;
    writer(out, opts).write(v);
    return out;
}

/// Writes `v` as JSON text to `os`.
template <class = void>
inline std::ostream& write(std::ostream& os, const value& v, write_options opts = {}) {
    const std::string text = write(v, opts);
    return os.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace newsprov::json
