#pragma once
// PROV-N (W3C recommendation, 2013): reading.
//
//   newsprov::story_document doc = newsprov::read_prov_n(text);
//   newsprov::prov::model m = newsprov::read_prov_n_model(text);
//
// The reader takes the notation as the recommendation defines it: namespace
// declarations (prefix, default), all eighteen record expressions with optional
// identifiers, "-" markers and attribute lists, literals ("s", "s"@lang,
// "s" %% type, """long""", 'qualified:name', integers), time values, bundles,
// and // or /* */ comments, and extension expressions (a prefixed name as the
// expression: provext:alternateOf(id; a, b, [...]), PROV-Dictionary's
// prov:derivedByInsertionFrom(d2, d1, {("k1", e1)})), kept generically in
// prov::container::extensions. Errors throw newsprov::input_error with line:col.
// Input beyond prov_n_limits (size, string length, records, attributes) is
// refused the same way, with input_error::limit() naming the limit. The reader
// is a loop, not a recursion (bundles do not nest), except inside an extension
// expression, whose sets, tuples and nested expressions it reads recursively up
// to max_extension_depth; it runs in linear time.
// Writing is io/prov_n_write.hpp.

#include <newsprov/core/error.hpp>
#include <newsprov/graph/document.hpp>
#include <newsprov/graph/prov_model.hpp>
#include <newsprov/io/prov_mapping.hpp>
#include <newsprov/io/prov_n_syntax.hpp>
#include <newsprov/util/utf8.hpp>

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace newsprov {

/// Limits on what the PROV-N reader accepts; exceeding one throws input_error
/// naming it. The defaults suit documents of a few million records.
struct prov_n_limits {
    std::size_t max_input_bytes = std::size_t{1} << 30;    ///< the whole text
    std::size_t max_string_bytes = std::size_t{16} << 20;  ///< one string, name, time or IRI
    std::size_t max_records = 50'000'000;                  ///< records, bundles included
    std::size_t max_attributes = 100'000;                  ///< attributes of one record
    std::size_t max_extension_depth = 64;  ///< sets, tuples and expressions nested in an extension expression
};

namespace detail {

/// The PROV-N reader: one pass over the text, no recursion.
class provn_parser {
public:
    template <class = void>
    explicit provn_parser(std::string_view text, const prov_n_limits& lim = {}) : s_(text), lim_(lim) {}

    template <class = void>
    prov::model run() {
        prov::model m;
        if (s_.size() > lim_.max_input_bytes)
            fail(lim_.max_input_bytes,
                 "input larger than max_input_bytes (" + std::to_string(lim_.max_input_bytes) + " bytes)",
                 "max_input_bytes");
        // PROV-N is Unicode text: a bad byte would otherwise reach names and
        // strings, and the writers would have to change it.
        for (std::size_t i = 0; i < s_.size();) {
            const utf8::decoded d = utf8::decode(s_, i);
            if (!d.valid) {
                static constexpr char hex[] = "0123456789ABCDEF";
                const auto byte = static_cast<unsigned char>(s_[i]);
                fail(i, std::string("invalid UTF-8 (byte 0x") + hex[byte >> 4] + hex[byte & 15] + ")");
            }
            i += d.length;
        }
        skip();
        expect_word("document");
        declarations(m.top);
        std::unordered_set<std::string> bundle_ids;
        for (;;) {
            skip();
            if (i_ >= s_.size()) fail(i_, "expected \"endDocument\"");
            const std::size_t at = i_;
            const std::string word = name_token();
            if (word == "endDocument") break;
            if (word == "bundle") {
                prov::bundle b;
                skip();
                const std::size_t id_at = i_;
                b.id = qname_token("a bundle identifier");
                // PROV-JSON keys bundles by id: a second one could not be written
                if (!bundle_ids.insert(b.id).second) fail(id_at, "bundle " + b.id + " declared twice");
                declarations(b.content);
                for (;;) {
                    skip();
                    const std::size_t at2 = i_;
                    const std::string w2 = name_token();
                    if (w2 == "endBundle") break;
                    if (w2.empty()) fail(at2, "expected a record or \"endBundle\"");
                    if (w2 == "bundle") fail(at2, "bundles do not nest");
                    expression(w2, at2, b.content);
                }
                m.bundles.push_back(std::move(b));
                continue;
            }
            if (word.empty()) fail(at, "expected a record, \"bundle\" or \"endDocument\"");
            expression(word, at, m.top);
        }
        skip();
        if (i_ != s_.size()) fail(i_, "unexpected text after endDocument");
        return m;
    }

private:
    template <class = void>
    [[noreturn]] void fail(std::size_t at, const std::string& message, std::string_view limit = {}) {
        throw input_error(position(at), message, limit);
    }
    /// A string, name or IRI started at `start` has grown to `length` bytes.
    template <class = void>
    void check_length(std::size_t start, std::size_t length) {
        if (length > lim_.max_string_bytes)
            fail(start, "a string or name longer than max_string_bytes (" + std::to_string(lim_.max_string_bytes) +
                            " bytes)", "max_string_bytes");
    }

    // Positions are computed forward from the last one asked for: linear overall.
    template <class = void>
    text_position position(std::size_t at) {
        if (at < pos_.offset) pos_ = text_position{};
        for (std::size_t k = pos_.offset; k < at && k < s_.size(); ++k) {
            if (s_[k] == '\n') {
                ++pos_.line;
                pos_.column = 1;
            } else {
                ++pos_.column;
            }
        }
        pos_.offset = at;
        return pos_;
    }

    template <class = void>
    void skip() {
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++i_;
            } else if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '/') {
                while (i_ < s_.size() && s_[i_] != '\n') ++i_;
            } else if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '*') {
                const std::size_t end = s_.find("*/", i_ + 2);
                if (end == std::string_view::npos) fail(i_, "unterminated comment");
                i_ = end + 2;
            } else {
                break;
            }
        }
    }
    template <class = void>
    [[nodiscard]] bool peek(char c) {
        skip();
        return i_ < s_.size() && s_[i_] == c;
    }
    template <class = void>
    void expect(char c, const char* what) {
        skip();
        if (i_ >= s_.size() || s_[i_] != c) fail(i_, std::string("expected ") + what);
        ++i_;
    }
    [[nodiscard]] static constexpr bool delimiter(char c) noexcept {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == '(' || c == ')' ||
               c == '[' || c == ']' || c == '=' || c == '\'' || c == '"' || c == '<' || c == '>';
    }
    /// A name, qualified name or time: up to the next delimiter, backslash escapes
    /// decoded. Inside an extension expression it ends at '{' and '}' too
    /// (elsewhere they stay name bytes, as they always were).
    template <class = void>
    std::string token() {
        const bool braces = in_extension_;
        std::string out;
        const std::size_t start = i_;
        while (i_ < s_.size() && !delimiter(s_[i_]) && !(braces && (s_[i_] == '{' || s_[i_] == '}'))) {
            check_length(start, out.size());
            if (s_[i_] == '\\') {
                if (i_ + 1 >= s_.size()) fail(i_, "a backslash ends the input");
                out.push_back(s_[i_ + 1]);
                i_ += 2;
                continue;
            }
            // "//" or "/*" opens a comment only where a token could start: inside
            // one ("file:///usr/lib"), a '/' is a name character (PN_CHARS_OTHERS).
            if (out.empty() && s_[i_] == '/' && i_ + 1 < s_.size() && (s_[i_ + 1] == '/' || s_[i_ + 1] == '*')) break;
            out.push_back(s_[i_++]);
        }
        return out;
    }
    template <class = void>
    std::string name_token() {
        skip();
        return token();
    }
    template <class = void>
    std::string qname_token(const char* what) {
        skip();
        const std::size_t at = i_;
        std::string t = token();
        if (t.empty()) fail(at, std::string("expected ") + what);
        return t;
    }
    template <class = void>
    void expect_word(std::string_view w) {
        const std::size_t at = i_;
        if (name_token() != w) fail(at, "expected \"" + std::string(w) + "\"");
    }
    template <class = void>
    std::string iri() {
        expect('<', "'<' starting an IRI");
        const std::size_t start = i_;
        std::size_t end = i_;
        // IRI_REF: no control, space or <"{}|^`\ before the closing '>'.
        while (end < s_.size() && s_[end] != '>') {
            if (provn_iri_excluded(s_[end])) {
                const auto u = static_cast<unsigned char>(s_[end]);
                static constexpr char hex[] = "0123456789ABCDEF";
                fail(end, std::string("byte 0x") + hex[u >> 4] + hex[u & 15] +
                              " in an IRI (IRI_REF excludes controls, space and <\"{}|^`\\; percent-encode it)");
            }
            ++end;
        }
        if (end == s_.size()) fail(start, "unterminated IRI");
        check_length(start, end - start);
        std::string out(s_.substr(start, end - start));
        i_ = end + 1;
        return out;
    }
    template <class = void>
    void declarations(prov::container& c) {
        std::unordered_set<std::string> declared;  // looked up by hash: linear in the declarations
        for (;;) {
            skip();
            const std::size_t at = i_;
            const std::string w = token();
            if (w == "prefix") {
                skip();
                const std::size_t pat = i_;
                std::string p = token();
                if (p.empty()) fail(pat, "expected a prefix");
                if (!declared.insert(p).second) fail(pat, "prefix " + p + " declared twice");
                c.namespaces.push_back({std::move(p), iri()});
            } else if (w == "default") {
                if (!declared.insert("default").second) fail(at, "default namespace declared twice");
                c.namespaces.push_back({"default", iri()});
            } else {
                i_ = at;
                return;
            }
        }
    }
    template <class = void>
    std::string string_literal() {
        // At '"'. Either "..." or """...""".
        std::string out;
        const std::size_t start = i_;
        const bool long_form = s_.substr(i_, 3) == "\"\"\"";
        i_ += long_form ? 3 : 1;
        for (;;) {
            check_length(start, out.size());
            if (i_ >= s_.size()) fail(start, "unterminated string");
            const char c = s_[i_];
            if (long_form ? s_.substr(i_, 3) == "\"\"\"" : c == '"') {
                i_ += long_form ? 3 : 1;
                return out;
            }
            if (!long_form && (c == '\n' || c == '\r')) fail(i_, "line break in a string (use \\n or \"\"\")");
            if (c == '\\') {
                if (i_ + 1 >= s_.size()) fail(i_, "unterminated string");
                const char e = s_[i_ + 1];
                switch (e) {
                case 'n': out.push_back('\n'); break;
                case 'r': out.push_back('\r'); break;
                case 't': out.push_back('\t'); break;
                case 'b': out.push_back('\b'); break;
                case 'f': out.push_back('\f'); break;
                case '"': case '\'': case '\\': out.push_back(e); break;
                default: fail(i_, std::string("unknown escape \\") + e);
                }
                i_ += 2;
                continue;
            }
            out.push_back(c);
            ++i_;
        }
    }
    template <class = void>
    prov::literal literal_value() {
        skip();
        prov::literal l;
        if (i_ >= s_.size()) fail(i_, "expected a value");
        const char c = s_[i_];
        if (c == '\'') {
            ++i_;
            const std::size_t at = i_;
            l.text = token();
            if (l.text.empty() || i_ >= s_.size() || s_[i_] != '\'') fail(at, "expected 'prefix:name'");
            ++i_;
            l.datatype = "prov:QUALIFIED_NAME";
            return l;
        }
        if (c == '"') {
            l.text = string_literal();
            if (i_ < s_.size() && s_[i_] == '@') {
                ++i_;
                const std::size_t at = i_;
                while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-')) ++i_;
                if (at == i_) fail(at, "expected a language tag after '@'");
                l.lang = std::string(s_.substr(at, i_ - at));
            } else {
                skip();
                if (s_.substr(i_, 2) == "%%") {
                    i_ += 2;
                    l.datatype = qname_token("a datatype after %%");
                    // A typed value is its lexical form ("1.50" %% xsd:decimal stays "1.50");
                    // only a boolean becomes a bare one.
                    if (l.datatype == "xsd:boolean" &&
                               (l.text == "true" || l.text == "false" || l.text == "1" || l.text == "0")) {
                        // A boolean is a JSON true or false (python-prov writes "1" %% xsd:boolean).
                        l.text = l.text == "true" || l.text == "1" ? "true" : "false";
                        l.form = prov::lexical::boolean;
                        l.datatype.clear();
                    }
                }
            }
            return l;
        }
        const std::size_t at = i_;
        l.text = token();
        if (!is_integer_text(l.text)) fail(at, "expected a value: \"string\", 'qualified:name' or an integer");
        l.form = prov::lexical::number;
        return l;
    }
    /// "[name=value, ...]" into `out`; `ki`, if given, is the kind of the record
    /// they belong to (whose argument names they may not repeat).
    template <class = void>
    void attributes(std::vector<prov::attribute>& out, const prov::record_kind_info* ki) {
        expect('[', "'['");
        if (peek(']')) {
            ++i_;
            return;
        }
        for (;;) {
            skip();
            if (out.size() >= lim_.max_attributes)
                fail(i_, "more than max_attributes (" + std::to_string(lim_.max_attributes) + ") attributes in a record",
                     "max_attributes");
            const std::size_t name_at = i_;
            std::string name = qname_token("an attribute name");
            // PROV-JSON keeps arguments and attributes in one object: an attribute
            // named like an argument ("prov:entity") would be a second such key
            for (std::size_t a = 0; ki != nullptr && a < ki->arg_count; ++a)
                if (ki->args[a] == name)
                    fail(name_at, "attribute " + name + " repeats an argument of " + std::string(ki->name));
            expect('=', "'=' after the attribute name");
            out.push_back({std::move(name), literal_value()});
            skip();
            if (peek(',')) {
                ++i_;
                continue;
            }
            expect(']', "',' or ']'");
            return;
        }
    }
    template <class = void>
    void expression(const std::string& word, std::size_t at, prov::container& c) {
        const auto kind = prov::record_kind_from_name(word);
        if (!kind && word.find(':') != std::string::npos) {  // a prefixed name: an extension expression
            extension_expression(word, at, c);
            return;
        }
        if (!kind) fail(at, "unknown PROV-N expression \"" + word + "\"");
        const prov::record_kind_info& ki = prov::info(*kind);
        if (++records_ > lim_.max_records)
            fail(at, "more than max_records (" + std::to_string(lim_.max_records) + ") records", "max_records");
        prov::record r;
        r.kind = *kind;
        r.where = position(at);
        expect('(', "'('");
        const bool element = *kind == prov::record_kind::entity || *kind == prov::record_kind::agent ||
                             *kind == prov::record_kind::activity;
        std::size_t n = 0;
        bool first = true;        // the identifier of a relation may still come ("id;")
        bool need_comma = false;  // an argument was read
        if (element) {
            r.id = qname_token("an identifier");
            first = false;
            need_comma = true;
        }
        for (;;) {
            if (peek(')')) {
                ++i_;
                break;
            }
            if (need_comma) expect(',', "',' or ')'");
            skip();
            if (peek('[')) {
                attributes(r.attributes, &ki);
                expect(')', "')' after the attributes");
                break;
            }
            const std::size_t tat = i_;
            std::string t = token();
            if (t.empty()) fail(tat, "expected an identifier, '-' or '['");
            const bool absent = t == "-" && s_[tat] == '-';  // an escaped "\-" is a name
            if (first && ki.has_id && peek(';')) {
                ++i_;
                if (!absent) r.id = std::move(t);
                first = false;
                continue;
            }
            first = false;
            need_comma = true;
            if (n >= ki.arg_count) fail(tat, "too many arguments for " + word);
            if (!absent) r.args[n] = std::move(t);
            ++n;
        }
        c.records.push_back(std::move(r));
    }

    /// An extension expression, after its name (at `at`).
    template <class = void>
    void extension_expression(const std::string& name, std::size_t at, prov::container& c) {
        if (++records_ > lim_.max_records)
            fail(at, "more than max_records (" + std::to_string(lim_.max_records) + ") records", "max_records");
        prov::extension e;
        e.name = name;
        e.where = position(at);
        in_extension_ = true;
        extension_call(e.id, e.args, e.attributes, 1);
        in_extension_ = false;
        c.extensions.push_back(std::move(e));
    }
    /// "(" [id ";"] argument ("," argument)* ["," "[" attributes "]"] ")": the
    /// part of an extension expression after its name (PROV-N's grammar asks
    /// for one argument at least).
    template <class = void>
    void extension_call(std::string& id, std::vector<prov::extension_argument>& args,
                        std::vector<prov::attribute>& attrs, std::size_t depth) {
        expect('(', "'(' after the extension expression's name");
        skip();
        const std::size_t id_at = i_;
        if (i_ < s_.size() && s_[i_] != '\'' && s_[i_] != '"' && s_[i_] != '{' && s_[i_] != '(') {
            std::string t = token();
            if (!t.empty() && peek(';')) {
                ++i_;
                if (!(t == "-" && s_[id_at] == '-')) id = std::move(t);  // "-;": no identifier
            } else {
                i_ = id_at;  // the first argument: read again below
            }
        }
        for (;;) {
            skip();
            if (peek('[')) {
                if (args.empty()) fail(i_, "an extension expression needs an argument before its attributes");
                attributes(attrs, nullptr);
                expect(')', "')' after the attributes");
                return;
            }
            args.push_back(extension_argument(depth));
            if (peek(')')) {
                ++i_;
                return;
            }
            expect(',', "',' or ')' in an extension expression");
        }
    }
    /// One extensibilityArgument: a name, a time, "-", a literal, a nested
    /// expression, or a {set} or (tuple) of arguments.
    template <class = void>
    prov::extension_argument extension_argument(std::size_t depth) {
        using shape = prov::extension_argument::shape;
        skip();
        prov::extension_argument a;
        const std::size_t at = i_;
        if (at >= s_.size()) fail(at, "expected an extension argument");
        const char c = s_[at];
        if (c == '\'' || c == '"') {
            a.form = shape::value;
            a.value = literal_value();
            return a;
        }
        if (depth >= lim_.max_extension_depth && (c == '{' || c == '('))
            fail(at, "extension arguments nested deeper than max_extension_depth (" +
                         std::to_string(lim_.max_extension_depth) + ")", "max_extension_depth");
        if (c == '{' || c == '(') {
            a.form = c == '{' ? shape::set : shape::tuple;
            const char close = c == '{' ? '}' : ')';
            ++i_;
            if (close == '}' && peek('}')) {  // an empty set: a dictionary with no keys
                ++i_;
                return a;
            }
            for (;;) {
                a.items.push_back(extension_argument(depth + 1));
                if (peek(close)) {
                    ++i_;
                    return a;
                }
                expect(',', close == '}' ? "',' or '}' in a set" : "',' or ')' in a tuple");
            }
        }
        a.text = token();
        if (a.text.empty()) fail(at, "expected an extension argument: a name, '-', a literal, '{' or '('");
        if (a.text == "-" && c == '-') {
            a.form = shape::absent;
            a.text.clear();
        } else if (c != '\\' && is_integer_text(a.text)) {
            a.form = shape::value;
            a.value.text = std::move(a.text);
            a.value.form = prov::lexical::number;
            a.text.clear();
        } else if (peek('(')) {
            if (depth >= lim_.max_extension_depth)
                fail(at, "extension expressions nested deeper than max_extension_depth (" +
                             std::to_string(lim_.max_extension_depth) + ")", "max_extension_depth");
            a.form = shape::expression;
            extension_call(a.id, a.items, a.attributes, depth + 1);
        } else {
            a.form = is_time_text(a.text) ? shape::time : shape::name;
        }
        return a;
    }

    std::string_view s_;
    prov_n_limits lim_;
    std::size_t i_ = 0;
    std::size_t records_ = 0;
    bool in_extension_ = false;  // '{' and '}' end a token
    text_position pos_{};
};

}  // namespace detail

/// The PROV records of a PROV-N text. Throws input_error.
template <class = void>
[[nodiscard]] inline prov::model read_prov_n_model(std::string_view text, const prov_n_limits& lim = {}) {
    return detail::provn_parser(text, lim).run();
}

/// A document from PROV-N. Throws input_error.
template <class = void>
[[nodiscard]] inline story_document read_prov_n(std::string_view text, const prov_n_limits& lim = {}) {
    return from_prov_model(read_prov_n_model(text, lim));
}

}  // namespace newsprov
