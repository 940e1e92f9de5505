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
/// Appends `s` as a JSON string literal (with quotes) to `out`.
inline void append_quoted(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t run = 0;  // start of the bytes not yet copied
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        while (i + 8 <= n && plain_ascii8(s.data() + i)) i += 8;
        if (i >= n) break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            std::size_t bad = 0;
            const std::size_t len = utf8::sequence(s, i, bad);
            if (len != 0) {
                i += len;
                continue;
            }
            out.append(s.substr(run, i - run));
            out.append("\xEF\xBF\xBD");  // U+FFFD REPLACEMENT CHARACTER
            i += bad;
            run = i;
            continue;
        }
        out.append(s.substr(run, i - run));
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default: {
                const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                out.append(esc, sizeof esc);
            }
        }
        ++i;
        run = i;
    }
    out.append(s.substr(run, n - run));
    out.push_back('"');
}

/// A growing output buffer for bulk JSON writing: the caller asks for room,
/// writes through a pointer, and the std::string is cut to size at the end
/// (finish() or destruction). It avoids a capacity test per byte, which is
/// what std::string::push_back costs in a writer's inner loop.
class output_buffer {
public:
    explicit output_buffer(std::string& out) : out_(out) {
        const std::size_t used = out_.size();
        newsprov::detail::advise_huge_pages(out_.data() + used, out_.capacity() - used);
        out_.resize(used + std::min(step, std::max<std::size_t>(out_.capacity() - used, 256)));
        reset(used);
    }
    output_buffer(const output_buffer&) = delete;
    output_buffer& operator=(const output_buffer&) = delete;
    ~output_buffer() { finish(); }

    /// At least `n` writable bytes at the returned pointer; commit with advance().
    [[nodiscard]] char* room(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n) grow(n);
        return p_;
    }
    void advance(char* to) noexcept { p_ = to; }
    void put(char c) { *room(1) = c, ++p_; }
    void put(std::string_view s) {
        char* p = room(s.size());
        if (!s.empty()) std::memcpy(p, s.data(), s.size());
        p_ = p + s.size();
    }
    /// `s` as a JSON string literal, escaped exactly as append_quoted() does.
    void quoted(std::string_view s) {
        char* p = room(6 * s.size() + 10);
        *p++ = '"';
        p = escape_into(p, s);
        *p++ = '"';
        p_ = p;
    }
    /// `s` as a JSON string literal when the caller knows it needs no escape
    /// (a word of a fixed vocabulary): copied, not scanned. Debug builds check.
    void plain_quoted(std::string_view s) {
#ifndef NDEBUG
        for (const char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) {
                quoted(s);  // not plain after all: stay correct
                return;
            }
        }
#endif
        char* p = room(s.size() + 2);
        *p++ = '"';
        copy_small(p, s);
        p += s.size();
        *p++ = '"';
        p_ = p;
    }
    /// The JSON string literal of `plain` + `s`, where `plain` needs no
    /// escaping (a known prefix: "story:"), without composing it first.
    void quoted(std::string_view plain, std::string_view s) {
        char* p = room(plain.size() + 6 * s.size() + 10);
        *p++ = '"';
        std::memcpy(p, plain.data(), plain.size());
        p = escape_into(p + plain.size(), s);
        *p++ = '"';
        p_ = p;
    }

private:
    // Writes `s` escaped at p (room for 6 bytes per byte plus 8 is there: the
    // loop stores whole words); returns the end.
    static char* escape_into(char* p, std::string_view s) {
        const char* in = s.data();
        const std::size_t n = s.size();
        std::size_t i = 0;
        for (;;) {
            std::uint64_t mask = 0;
            std::size_t k = 0;
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
                    if (m == 0) {
                        p += 16;
                        i += 16;
                        continue;
                    }
                    k = static_cast<std::size_t>(std::countr_zero(m));
                    p += k;
                    i += k;
                    goto special;
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
                    mask = special_bytes8(w);
                    if (mask == 0) {
                        p += r;
                        i += r;
                        if (r < 8) break;
                        continue;
                    }
                    k = static_cast<std::size_t>(std::countr_zero(mask)) >> 3;
                    p += k;
                    i += k;
                    break;
                }
            } else {
                while (i < n) {
                    const auto c = static_cast<unsigned char>(in[i]);
                    if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
                    *p++ = in[i++];
                }
            }
            if (i >= n) break;
#if defined(__SSE2__)
        special:
#endif
            const auto c = static_cast<unsigned char>(in[i]);
            if (c >= 0x80) {
                std::size_t bad = 0;
                const std::size_t len = utf8::sequence(s, i, bad);
                if (len != 0) {
                    std::memcpy(p, in + i, len);
                    p += len;
                    i += len;
                } else {
                    std::memcpy(p, "\xEF\xBF\xBD", 3);  // U+FFFD REPLACEMENT CHARACTER
                    p += 3;
                    i += bad;
                }
                continue;
            }
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
            ++i;
        }
        return p;
    }

public:
    /// Cuts the string to what was written. Further writes may follow.
    void finish() {
        const auto used = static_cast<std::size_t>(p_ - out_.data());
        out_.resize(used);
        reset(used);
    }

private:
    // The string is lengthened a step at a time within its capacity: resize()
    // zero-fills, and filling a whole reserved capacity up front would touch
    // (and page in) memory that may never be written.
    static constexpr std::size_t step = 64 * 1024;
    void grow(std::size_t n) {
        const auto used = static_cast<std::size_t>(p_ - out_.data());
        const std::size_t want = used + std::max(n, step);
        if (want > out_.capacity()) {
            out_.resize(used);  // reserve() then copies only what was written
            out_.reserve(std::max(out_.capacity() * 2, want));
            newsprov::detail::advise_huge_pages(out_.data() + used, out_.capacity() - used);
        }
        out_.resize(std::min(out_.capacity(), want));
        reset(used);
    }
    void reset(std::size_t used) noexcept {
        p_ = out_.data() + used;
        end_ = out_.data() + out_.size();
    }
    // memcpy of a short string without a call: two overlapping word copies.
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
    std::string& out_;
    char* p_ = nullptr;
    char* end_ = nullptr;
};
}  // namespace detail

class writer {
public:
    /// Appends to `out` (which is not cleared).
    explicit writer(std::string& out, write_options opts = {}) : out_(out), opts_(opts) {}

    writer& null() {
        before_value();
        out_.append("null");
        after_scalar();
        return *this;
    }
    writer& boolean(bool b) {
        before_value();
        out_.append(b ? "true" : "false");
        after_scalar();
        return *this;
    }
    template <std::integral T>
        requires(!std::same_as<T, bool>)
    writer& number(T n) {
        before_value();
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, n);
        out_.append(buf, r.ptr);
        after_scalar();
        return *this;
    }
    /// Throws std::domain_error for NaN and infinity.
    writer& number(double d) {
        if (!std::isfinite(d)) throw std::domain_error("JSON numbers cannot be NaN or infinite");
        before_value();
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, d);
        out_.append(buf, r.ptr);
        after_scalar();
        return *this;
    }
    /// A number given as JSON number text, written unchanged. Throws
    /// std::invalid_argument when `text` is not a JSON number.
    writer& number_text(std::string_view text) {
        const detail::number_scan r = detail::scan_number(text, 0);
        if (r.error != nullptr || r.length != text.size()) {
            throw std::invalid_argument("not a JSON number: " + std::string(text));
        }
        before_value();
        out_.append(text);
        after_scalar();
        return *this;
    }
    writer& string(std::string_view s) {
        before_value();
        detail::append_quoted(out_, s);
        after_scalar();
        return *this;
    }
    /// The key of the next object member.
    writer& key(std::string_view k) {
        if (stack_.empty() || (stack_.back() & is_object) == 0 || (stack_.back() & has_key) != 0) {
            throw std::logic_error("json::writer: key() outside an object or twice in a row");
        }
        if ((stack_.back() & has_items) != 0) out_.push_back(',');
        newline(stack_.size());
        stack_.back() |= has_items | has_key;
        detail::append_quoted(out_, k);
        out_.push_back(':');
        if (opts_.indent != 0) out_.push_back(' ');
        return *this;
    }
    writer& begin_array() { return open('[', 0); }
    writer& end_array() { return close(']', 0); }
    writer& begin_object() { return open('{', is_object); }
    writer& end_object() { return close('}', is_object); }

    /// Writes a whole value (iteratively: any depth).
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
                case kind::number:
                    before_value();
                    out_.append(x.number_text());
                    after_scalar();
                    break;
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
    [[nodiscard]] std::size_t depth() const noexcept { return stack_.size(); }

private:
    static constexpr std::uint8_t is_object = 1;
    static constexpr std::uint8_t has_items = 2;
    static constexpr std::uint8_t has_key = 4;

    void before_value() {
        if (stack_.empty()) {
            if (done_) throw std::logic_error("json::writer: a JSON text holds one top-level value");
            return;
        }
        std::uint8_t& top = stack_.back();
        if ((top & is_object) != 0) {
            if ((top & has_key) == 0) throw std::logic_error("json::writer: an object member needs key() first");
            top = static_cast<std::uint8_t>(top & ~has_key);
            return;
        }
        if ((top & has_items) != 0) out_.push_back(',');
        newline(stack_.size());
        top |= has_items;
    }
    void after_scalar() noexcept {
        if (stack_.empty()) done_ = true;
    }
    void newline(std::size_t level) {
        if (opts_.indent == 0) return;
        out_.push_back('\n');
        out_.append(level * opts_.indent, ' ');
    }
    writer& open(char bracket, std::uint8_t flags) {
        before_value();
        out_.push_back(bracket);
        stack_.push_back(flags);
        return *this;
    }
    writer& close(char bracket, std::uint8_t flags) {
        if (stack_.empty() || (stack_.back() & is_object) != flags || (stack_.back() & has_key) != 0) {
            throw std::logic_error(std::string("json::writer: unbalanced '") + bracket + "'");
        }
        const bool had_items = (stack_.back() & has_items) != 0;
        stack_.pop_back();
        if (had_items) newline(stack_.size());
        out_.push_back(bracket);
        after_scalar();
        return *this;
    }

    std::string& out_;
    write_options opts_;
    std::vector<std::uint8_t> stack_;
    bool done_ = false;
};

/// `v` as JSON text.
[[nodiscard]] inline std::string write(const value& v, write_options opts = {}) {
    std::string out;
    writer(out, opts).write(v);
    return out;
}

/// Writes `v` as JSON text to `os`.
inline std::ostream& write(std::ostream& os, const value& v, write_options opts = {}) {
    const std::string text = write(v, opts);
    return os.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace newsprov::json
