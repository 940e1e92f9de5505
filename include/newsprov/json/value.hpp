#pragma once
// newsprov::json::value: a JSON document in memory.
//
// A value is null, a boolean, a number, a string, an array or an object. Objects
// keep their members in document order (PROV-JSON and our own files rely on it).
// Every value remembers where it started in the text it was read from, so readers
// built on top (PROV-JSON, claims files, JSON Lines records) can report
// "line:col" for semantic errors as well as for syntax errors: the typed
// accessors throw newsprov::input_error at that position when the type is wrong.
//
// Numbers keep their exact text. A number written as an integer (no fraction, no
// exponent) that fits in 64 bits is also held as std::int64_t; any other number
// is also held as the nearest double. Nothing is lost: number_text() returns what
// was read, the writer writes it back unchanged, as_int() refuses numbers that
// are not exact 64-bit integers and as_double() refuses numbers beyond double's
// range (1e400) instead of returning infinity.
//
// Destruction and comparison use an explicit stack, never recursion, so a
// deeply nested value cannot overflow the call stack there. Copying recurses (one
// frame per level); values read by json::parse are at most limits::max_depth deep.

#include <newsprov/core/error.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

namespace newsprov::json {

enum class kind : std::uint8_t { null, boolean, number, string, array, object };

/// "null", "a boolean", "a number", "a string", "an array", "an object".
[[nodiscard]] constexpr std::string_view describe(kind k) noexcept {
    switch (k) {
        case kind::null: return "null";
        case kind::boolean: return "a boolean";
        case kind::number: return "a number";
        case kind::string: return "a string";
        case kind::array: return "an array";
        case kind::object: return "an object";
    }
    return "a value";
}

struct member;
class value;

namespace detail {
class parser;
class value_access;

/// A number's exact decimal value: 0.digits x 10^exponent, digits without
/// leading or trailing zeros; zero has no digits (and no sign).
struct decimal {
    bool negative = false;
    std::string digits;
    std::int64_t exponent = 0;
    friend bool operator==(const decimal&, const decimal&) = default;
};

// Exponents beyond this saturate; only a text with an exponent of more than
// 10^17 could tell the difference.
inline constexpr std::int64_t exponent_cap = std::int64_t{1} << 60;

[[nodiscard]] constexpr std::int64_t saturating_add(std::int64_t a, std::int64_t b) noexcept {
    const std::int64_t s = a + std::clamp(b, -exponent_cap, exponent_cap);
    return std::clamp(s, -exponent_cap, exponent_cap);
}

/// The exact value of a JSON number text (assumed valid).
template <class = void>
[[nodiscard]] inline decimal decimal_of(std::string_view t) {
    decimal d;
    std::size_t i = 0;
    if (i < t.size() && t[i] == '-') {
        d.negative = true;
        ++i;
    }
    std::int64_t point = 0;  // digits before the decimal point, once leading zeros are gone
    bool seen_point = false;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '.') {
            seen_point = true;
        } else if (c >= '0' && c <= '9') {
            if (d.digits.empty() && c == '0') {
                if (seen_point) --point;  // 0.00ddd: leading zeros after the point shift the value
                continue;
            }
            d.digits.push_back(c);
            if (!seen_point) ++point;
        } else {
            break;  // 'e' or 'E'
        }
    }
    std::int64_t exp = 0;
    if (i < t.size()) {
        ++i;  // e
        bool neg_exp = false;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg_exp = t[i++] == '-';
        for (; i < t.size(); ++i) {
            exp = exp > exponent_cap / 10 ? exponent_cap : std::min<std::int64_t>(exp * 10 + (t[i] - '0'), exponent_cap);
        }
        if (neg_exp) exp = -exp;
    }
    while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
    if (d.digits.empty()) return decimal{};
    d.exponent = saturating_add(point, exp);
    return d;
}

/// True when two JSON number texts denote the same value (1.5 == 15e-1, -0 == 0).
template <class = void>
[[nodiscard]] inline bool same_number_text(std::string_view a, std::string_view b) {
    return a == b || decimal_of(a) == decimal_of(b);
}
}  // namespace detail

class value {
public:
    using array_type = std::vector<value>;
    using object_type = std::vector<member>;

    // ---- construction --------------------------------------------------
    value() noexcept : kind_(kind::null) {}
    value(std::nullptr_t) noexcept : kind_(kind::null) {}
    value(bool b) noexcept : kind_(kind::boolean) { scalar_.b = b; }

    template <std::integral T>
        requires(!std::same_as<T, bool> && !std::same_as<T, char>)
    value(T n) : kind_(kind::number) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, n);
        new (&u_.str) std::string(buf, r.ptr);
        if constexpr (std::is_signed_v<T> || sizeof(T) < sizeof(std::int64_t)) {
            is_int_ = true;
            scalar_.i = static_cast<std::int64_t>(n);
        } else if (n <= static_cast<T>(std::numeric_limits<std::int64_t>::max())) {
            is_int_ = true;
            scalar_.i = static_cast<std::int64_t>(n);
        } else {
            scalar_.d = static_cast<double>(n);  // the text above stays exact
        }
    }

    /// A finite double, written with the shortest text that reads back the same.
    /// Throws std::domain_error for NaN and infinity (JSON has no such numbers).
    template <std::floating_point T>
    value(T x) : kind_(kind::number) {
        const double d = static_cast<double>(x);
        if (!std::isfinite(d)) throw std::domain_error("JSON numbers cannot be NaN or infinite");
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, d);
        new (&u_.str) std::string(buf, r.ptr);
        scalar_.d = d;
    }

    template <class = void>
    value(std::string s) noexcept : kind_(kind::string) { new (&u_.str) std::string(std::move(s)); }
    template <class = void>
    value(std::string_view s) : kind_(kind::string) { new (&u_.str) std::string(s); }
    template <class = void>
    value(const char* s) : kind_(kind::string) { new (&u_.str) std::string(s); }
    template <class = void>
    value(array_type a) noexcept : kind_(kind::array) { new (&u_.arr) array_type(std::move(a)); }
    value(object_type o) noexcept;

    /// A number from its JSON text ("12", "-0.5e3"), kept exactly. Throws
    /// std::invalid_argument when `text` is not a JSON number.
    template <class = void>
    [[nodiscard]] static value number_from_text(std::string_view text);

    value(const value& other);
    value(value&& other) noexcept { take(std::move(other)); }
    value& operator=(const value& other) {
        if (this != &other) {
            value copy(other);
            *this = std::move(copy);
        }
        return *this;
    }
    value& operator=(value&& other) noexcept {
        if (this == &other) return *this;
        if (kind_ == kind::array || kind_ == kind::object) {
            // Keep the old contents alive until this holds the new ones: `other`
            // may live inside them (v = std::move(v.as_array()[0])).
            value old;
            old.take(std::move(*this));
            take(std::move(other));
        } else {
            destroy();
            take(std::move(other));
        }
        return *this;
    }
    ~value() { destroy(); }

    // ---- type ------------------------------------------------------------
    [[nodiscard]] kind type() const noexcept { return kind_; }
    [[nodiscard]] bool is_null() const noexcept { return kind_ == kind::null; }
    [[nodiscard]] bool is_bool() const noexcept { return kind_ == kind::boolean; }
    [[nodiscard]] bool is_number() const noexcept { return kind_ == kind::number; }
    /// A number written as an integer that fits in std::int64_t.
    [[nodiscard]] bool is_integer() const noexcept { return kind_ == kind::number && is_int_; }
    [[nodiscard]] bool is_string() const noexcept { return kind_ == kind::string; }
    [[nodiscard]] bool is_array() const noexcept { return kind_ == kind::array; }
    [[nodiscard]] bool is_object() const noexcept { return kind_ == kind::object; }

    // ---- typed access --------------------------------------------------
    // Each throws newsprov::input_error at position() when the value has another
    // type: "3:14: expected a string for \"text\", found a number". `what` names
    // the value for the message (usually the member's key); it may be empty.
    template <class = void>
    [[nodiscard]] bool as_bool(std::string_view what = {}) const {
        expect(kind::boolean, what);
        return scalar_.b;
    }
    /// The integer; throws unless the number was written as an integer that fits
    /// in 64 bits (1.0 and 1e2 are refused: their text is not an integer).
    template <class = void>
    [[nodiscard]] std::int64_t as_int(std::string_view what = {}) const;
    /// The nearest double; throws when the number is beyond double's range.
    template <class = void>
    [[nodiscard]] double as_double(std::string_view what = {}) const;
    /// The number's text exactly as read (or as generated for a constructed number).
    template <class = void>
    [[nodiscard]] std::string_view number_text(std::string_view what = {}) const {
        expect(kind::number, what);
        return u_.str;
    }
    template <class = void>
    [[nodiscard]] const std::string& as_string(std::string_view what = {}) const {
        expect(kind::string, what);
        return u_.str;
    }
    template <class = void>
    [[nodiscard]] std::string& as_string(std::string_view what = {}) {
        expect(kind::string, what);
        return u_.str;
    }
    template <class = void>
    [[nodiscard]] const array_type& as_array(std::string_view what = {}) const {
        expect(kind::array, what);
        return u_.arr;
    }
    template <class = void>
    [[nodiscard]] array_type& as_array(std::string_view what = {}) {
        expect(kind::array, what);
        return u_.arr;
    }
    template <class = void>
    [[nodiscard]] const object_type& as_object(std::string_view what = {}) const {
        expect(kind::object, what);
        return u_.obj;
    }
    template <class = void>
    [[nodiscard]] object_type& as_object(std::string_view what = {}) {
        expect(kind::object, what);
        return u_.obj;
    }

    // ---- objects -------------------------------------------------------
    /// The member named `key` (the first one, should there be several), or
    /// nullptr when there is none or this is not an object.
    template <class = void>
    [[nodiscard]] const value* find(std::string_view key) const noexcept;
    template <class = void>
    [[nodiscard]] value* find(std::string_view key) noexcept {
        return const_cast<value*>(std::as_const(*this).find(key));
    }
    /// The member named `key`; throws input_error at this object's position when
    /// it is missing ("missing member \"id\"") or this is not an object.
    template <class = void>
    [[nodiscard]] const value& at(std::string_view key) const;
    template <class = void>
    [[nodiscard]] value& at(std::string_view key) { return const_cast<value&>(std::as_const(*this).at(key)); }
    /// Sets member `key` (replacing its value where it exists, appending
    /// otherwise) and returns the stored value. Throws input_error unless this is an object.
    template <class = void>
    value& set(std::string_view key, value v);
    /// Appends to an array. Throws input_error unless this is an array.
    template <class = void>
    value& push_back(value v) { return as_array().emplace_back(std::move(v)); }

    // ---- position ------------------------------------------------------
    /// Where this value started in the text it was read from: 1-based line and
    /// column (columns count bytes), 0-based offset. Constructed values: 1:1.
    [[nodiscard]] text_position position() const noexcept { return {line_, column_, offset_}; }
    template <class = void>
    void set_position(const text_position& p) noexcept {
        constexpr std::size_t cap = std::numeric_limits<std::uint32_t>::max();
        line_ = static_cast<std::uint32_t>(std::min(p.line, cap));  // saturates past 4G lines
        column_ = static_cast<std::uint32_t>(std::min(p.column, cap));
        offset_ = p.offset;
    }

    /// Same JSON value: same kind; numbers with the same exact value (1.5 ==
    /// 1.50, -0 == 0); strings byte for byte; arrays element by element; objects
    /// with the same members in the same order. Positions are not compared.
    template <class = void>
    friend bool operator==(const value& a, const value& b) { return equal(a, b); }

private:
    template <class = void>
    [[nodiscard]] static bool equal(const value& a, const value& b);
    friend class detail::parser;
    friend class detail::value_access;

    template <class = void>
    void expect(kind k, std::string_view what) const {
        if (kind_ != k) type_error(describe(k), what);
    }
    template <class = void>
    [[noreturn]] void type_error(std::string_view expected, std::string_view what) const {
        std::string msg = "expected ";
        msg += expected;
        if (!what.empty()) {
            msg += " for \"";
            msg += what;
            msg += '"';
        }
        msg += ", found ";
        msg += describe(kind_);
        throw input_error(position(), msg);
    }

    // Moves `other`'s contents into this (which holds nothing); `other` becomes null.
    void take(value&& other) noexcept;
    void destroy() noexcept;
    void dismantle() noexcept;

    union storage {
        storage() noexcept {}
        ~storage() {}
        std::string str;  // string, or number text
        array_type arr;
        object_type obj;
    } u_;
    union {
        bool b;
        std::int64_t i;
        double d;
    } scalar_{};
    std::size_t offset_ = 0;
    std::uint32_t line_ = 1;
    std::uint32_t column_ = 1;
    kind kind_;
    bool is_int_ = false;
};

/// An object member: key and value, in document order.
struct member {
    std::string key;
    value val;
    friend bool operator==(const member&, const member&) = default;
};

using array = value::array_type;
using object = value::object_type;

// ---- out-of-line definitions (they need member complete) ----------------

inline value::value(object_type o) noexcept : kind_(kind::object) { new (&u_.obj) object_type(std::move(o)); }

inline value::value(const value& other)
    : scalar_(other.scalar_),
      offset_(other.offset_),
      line_(other.line_),
      column_(other.column_),
      kind_(kind::null),
      is_int_(other.is_int_) {
    switch (other.kind_) {
        case kind::number:
        case kind::string: new (&u_.str) std::string(other.u_.str); break;
        case kind::array: new (&u_.arr) array_type(other.u_.arr); break;
        case kind::object: new (&u_.obj) object_type(other.u_.obj); break;
        default: break;
    }
    kind_ = other.kind_;  // only once the storage is constructed
}

inline void value::take(value&& other) noexcept {
    kind_ = other.kind_;
    is_int_ = other.is_int_;
    scalar_ = other.scalar_;
    line_ = other.line_;
    column_ = other.column_;
    offset_ = other.offset_;
    switch (kind_) {
        case kind::number:
        case kind::string: new (&u_.str) std::string(std::move(other.u_.str)); break;
        case kind::array: new (&u_.arr) array_type(std::move(other.u_.arr)); break;
        case kind::object: new (&u_.obj) object_type(std::move(other.u_.obj)); break;
        default: break;
    }
    other.destroy();
    other.kind_ = kind::null;
}

inline void value::dismantle() noexcept {
    // Move every container's child list out before it dies, so destructors
    // find only empty containers. Moving a vector steals its buffer; elements
    // do not move.
    std::vector<array_type> arrays;
    std::vector<object_type> objects;
    auto harvest = [&](value& v) {
        if (v.kind_ == kind::array && !v.u_.arr.empty()) {
            arrays.push_back(std::move(v.u_.arr));
            v.u_.arr.clear();
        } else if (v.kind_ == kind::object && !v.u_.obj.empty()) {
            objects.push_back(std::move(v.u_.obj));
            v.u_.obj.clear();
        }
    };
    harvest(*this);
    while (!arrays.empty() || !objects.empty()) {
        if (!arrays.empty()) {
            array_type a = std::move(arrays.back());
            arrays.pop_back();
            for (value& child : a) harvest(child);
        } else {
            object_type o = std::move(objects.back());
            objects.pop_back();
            for (member& m : o) harvest(m.val);
        }
    }
}

inline void value::destroy() noexcept {
    switch (kind_) {
        case kind::number:
        case kind::string: u_.str.~basic_string(); break;
        case kind::array:
        case kind::object: {
            // Plain recursion near the top, where it is fastest; from depth 32 on
            // a subtree is taken apart in a loop instead (dismantle), so that no
            // value, however deep, overflows the call stack when freed.
            thread_local std::size_t depth = 0;
            if (depth >= 32) dismantle();
            ++depth;
            if (kind_ == kind::array) {
                u_.arr.~array_type();
            } else {
                u_.obj.~object_type();
            }
            --depth;
            break;
        }
        default: break;
    }
}

namespace detail {

/// The result of reading a JSON number's grammar at some index.
struct number_scan {
    std::size_t length = 0;        // bytes of the number, when error is null
    const char* error = nullptr;   // what is wrong, otherwise
    std::size_t error_at = 0;      // index of the offending byte
    bool integer = false;          // written without fraction or exponent
};

[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// Reads `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` at s[i]; does
/// not look at what follows.
[[nodiscard]] constexpr number_scan scan_number(std::string_view s, std::size_t i) noexcept {
    const std::size_t start = i;
    const std::size_t n = s.size();
    auto fail = [](const char* why, std::size_t at) {
        number_scan r;
        r.error = why;
        r.error_at = at;
        return r;
    };
    if (i < n && s[i] == '-') ++i;
    if (i >= n || !is_digit(s[i])) return fail("expected a digit after '-'", i);
    if (s[i] == '0') {
        ++i;
        if (i < n && is_digit(s[i])) return fail("leading zeros are not allowed in numbers", i - 1);
    } else {
        while (i < n && is_digit(s[i])) ++i;
    }
    bool integer = true;
    if (i < n && s[i] == '.') {
        ++i;
        if (i >= n || !is_digit(s[i])) return fail("expected a digit after the decimal point", i);
        while (i < n && is_digit(s[i])) ++i;
        integer = false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
        if (i >= n || !is_digit(s[i])) return fail("expected a digit in the exponent", i);
        while (i < n && is_digit(s[i])) ++i;
        integer = false;
    }
    number_scan r;
    r.length = i - start;
    r.integer = integer;
    return r;
}

/// Builds values the public constructors do not offer (the parser's numbers).
class value_access {
public:
    /// A number from valid JSON number text; `integer` as scan_number said.
    template <class = void>
    [[nodiscard]] static value number(std::string text, bool integer) {
        value v;
        const char* const first = text.data();
        const char* const last = first + text.size();
        if (integer && text.size() <= 20) {
            // At most 19 digits and a sign: exact when it fits in 64 bits.
            std::int64_t i = 0;
            const auto r = std::from_chars(first, last, i);
            if (r.ec == std::errc{} && r.ptr == last) {
                v.is_int_ = true;
                v.scalar_.i = i;
            }
        }
        if (!v.is_int_) {
            double d = 0;
            const auto r = std::from_chars(first, last, d);
            if (r.ec == std::errc::result_out_of_range) {
                // Too large becomes infinity, which as_double() refuses; too small
                // rounds to zero, as any reader of doubles does.
                const decimal dec = decimal_of(text);
                d = dec.exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
                if (dec.negative) d = -d;
            }
            v.scalar_.d = d;
        }
        new (&v.u_.str) std::string(std::move(text));
        v.kind_ = kind::number;
        return v;
    }
};
}  // namespace detail

template <class>
inline value value::number_from_text(std::string_view text) {
    const detail::number_scan s = detail::scan_number(text, 0);
    if (s.error != nullptr || s.length != text.size()) {
        throw std::invalid_argument("not a JSON number: " + std::string(text));
    }
    return detail::value_access::number(std::string(text), s.integer);
}

template <class>
inline std::int64_t value::as_int(std::string_view what) const {
    expect(kind::number, what);
    if (!is_int_) {
        std::string msg = "expected an integer";
        if (!what.empty()) {
            msg += " for \"";
            msg += what;
            msg += '"';
        }
        msg += ", found " + u_.str;
        if (u_.str.find_first_of(".eE") == std::string::npos) msg += " (beyond 64 bits)";
        throw input_error(position(), msg);
    }
    return scalar_.i;
}

template <class>
inline double value::as_double(std::string_view what) const {
    expect(kind::number, what);
    if (is_int_) return static_cast<double>(scalar_.i);
    if (!std::isfinite(scalar_.d)) {
        std::string msg = "number " + u_.str + " is beyond the range of a double";
        if (!what.empty()) {
            msg += " for \"";
            msg += what;
            msg += '"';
        }
        throw input_error(position(), msg);
    }
    return scalar_.d;
}

template <class>
inline const value* value::find(std::string_view key) const noexcept {
    if (kind_ != kind::object) return nullptr;
    for (const member& m : u_.obj) {
        if (m.key == key) return &m.val;
    }
    return nullptr;
}

template <class>
inline const value& value::at(std::string_view key) const {
    expect(kind::object, {});
    if (const value* v = find(key)) return *v;
    std::string msg = "missing member \"";
    msg += key;
    msg += '"';
    throw input_error(position(), msg);
}

template <class>
inline value& value::set(std::string_view key, value v) {
    object_type& o = as_object();
    for (member& m : o) {
        if (m.key == key) {
            m.val = std::move(v);
            return m.val;
        }
    }
    return o.emplace_back(member{std::string(key), std::move(v)}).val;
}

template <class>
inline bool value::equal(const value& a, const value& b) {
    // An explicit stack of pairs still to compare: no recursion.
    std::vector<std::pair<const value*, const value*>> todo;
    todo.emplace_back(&a, &b);
    while (!todo.empty()) {
        const auto [x, y] = todo.back();
        todo.pop_back();
        if (x->kind_ != y->kind_) return false;
        switch (x->kind_) {
            case kind::null: break;
            case kind::boolean:
                if (x->scalar_.b != y->scalar_.b) return false;
                break;
            case kind::number:
                if (x->is_int_ && y->is_int_) {
                    if (x->scalar_.i != y->scalar_.i) return false;
                } else if (!detail::same_number_text(x->u_.str, y->u_.str)) {
                    return false;
                }
                break;
            case kind::string:
                if (x->u_.str != y->u_.str) return false;
                break;
            case kind::array:
                if (x->u_.arr.size() != y->u_.arr.size()) return false;
                for (std::size_t i = x->u_.arr.size(); i-- > 0;) todo.emplace_back(&x->u_.arr[i], &y->u_.arr[i]);
                break;
            case kind::object:
                if (x->u_.obj.size() != y->u_.obj.size()) return false;
                for (std::size_t i = x->u_.obj.size(); i-- > 0;) {
                    if (x->u_.obj[i].key != y->u_.obj[i].key) return false;
                    todo.emplace_back(&x->u_.obj[i].val, &y->u_.obj[i].val);
                }
                break;
        }
    }
    return true;
}

}  // namespace newsprov::json
