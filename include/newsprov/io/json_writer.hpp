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

#include <newsprov/io/json_utf8.hpp>
#include <newsprov/io/json_value.hpp>

#include <charconv>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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
            const std::size_t len = utf8_sequence(s, i, bad);
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
