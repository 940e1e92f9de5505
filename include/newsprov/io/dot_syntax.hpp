#pragma once
// Graphviz DOT's one escaper: HTML-like labels (the story's picture, io/dot.hpp,
// and generic PROV's, io/dot_prov.hpp). '&', '<', '>' and '"' become entities,
// control characters spaces, invalid UTF-8 U+FFFD, so no id or text can break
// the DOT syntax; text wraps at spaces, counting characters, not bytes.

#include <newsprov/util/utf8.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>

namespace newsprov::detail {

/// Appends `s` escaped for an HTML-like label.
template <class = void>
inline void append_dot_html(std::string& out, std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            std::size_t bad = 0;
            const std::size_t len = utf8::sequence(s, i, bad);
            if (len == 0) {
                out.append("\xEF\xBF\xBD");
                i += bad;
            } else {
                out.append(s.substr(i, len));
                i += len;
            }
            continue;
        }
        switch (c) {
            case '&': out.append("&amp;"); break;
            case '<': out.append("&lt;"); break;
            case '>': out.append("&gt;"); break;
            case '"': out.append("&quot;"); break;
            default: out.push_back(c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c));
        }
        ++i;
    }
}

/// Characters (code points) in `s`.
[[nodiscard]] constexpr std::size_t utf8_length(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
    return n;
}

/// `s` wrapped at spaces into lines of at most `width` characters (a longer
/// word gets a line of its own), escaped, joined by left-aligned breaks.
template <class = void>
inline void append_dot_wrapped(std::string& out, std::string_view s, std::size_t width) {
    std::size_t line = 0;  // characters on the current line
    std::size_t i = 0;
    bool first = true;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r') ++j;
        if (j == i) break;
        const std::string_view word = s.substr(i, j - i);
        const std::size_t len = utf8_length(word);
        if (!first && line + 1 + len > width) {
            out.append("<BR ALIGN=\"LEFT\"/>");
            line = 0;
        } else if (!first) {
            out.push_back(' ');
            ++line;
        }
        append_dot_html(out, word);
        line += len;
        first = false;
        i = j;
    }
    out.append("<BR ALIGN=\"LEFT\"/>");
}

template <class = void>
inline void append_dot_number(std::string& out, double v) {
    if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e15) {
        out.append(std::to_string(static_cast<long long>(v)));
    } else if (!std::isfinite(v)) {
        out.append(std::isnan(v) ? "NaN" : v > 0 ? "infinity" : "-infinity");
    } else {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, r.ptr);
    }
}

}  // namespace newsprov::detail
