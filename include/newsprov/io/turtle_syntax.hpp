#pragma once
// Turtle's lexical forms (RDF 1.1 Turtle): the one escaper of the Turtle
// writers (the story's, io/turtle.hpp, and generic PROV's, io/turtle_prov.hpp).
//
// Literals escape '"', '\\' and every control character (\n, \t..., others as
// \u00XX); invalid UTF-8 becomes U+FFFD; non-ASCII is written as UTF-8, or as
// \uXXXX / \UXXXXXXXX when asked. IRIs percent-encode what an IRIREF forbids.

#include <newsprov/util/utf8.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>

namespace newsprov::detail {

/// Appends `s` as a Turtle STRING_LITERAL_QUOTE (with its quotes).
template <class = void>
inline void append_turtle_string(std::string& out, std::string_view s, bool ascii_only = false) {
    static constexpr char hex[] = "0123456789ABCDEF";
    out.push_back('"');
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            std::size_t bad = 0;
            const std::size_t len = utf8::sequence(s, i, bad);
            if (len == 0) {
                out.append(ascii_only ? "\\uFFFD" : "\xEF\xBF\xBD");
                i += bad;
                continue;
            }
            if (!ascii_only) {
                out.append(s.substr(i, len));
            } else {
                const char32_t cp = utf8::decode(s, i).cp;  // well-formed here: sequence() said so
                const bool wide = cp > 0xFFFF;
                out.append(wide ? "\\U" : "\\u");
                for (int shift = wide ? 28 : 12; shift >= 0; shift -= 4) out.push_back(hex[(cp >> shift) & 0xF]);
            }
            i += len;
            continue;
        }
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                    out.append(esc, sizeof esc);
                } else {
                    out.push_back(static_cast<char>(c));
                }
        }
        ++i;
    }
    out.push_back('"');
}

/// Appends `id` as a PN_LOCAL: [A-Za-z0-9_-] as is (a leading '-' encoded),
/// every other byte as %XX. Distinct ids stay distinct.
template <class = void>
inline void append_turtle_local(std::string& out, std::string_view id) {
    static constexpr char hex[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto c = static_cast<unsigned char>(id[i]);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum || c == '_' || (c == '-' && i != 0)) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xF]);
        }
    }
}

/// Appends `iri` as an IRIREF (<...>): characters Turtle forbids in one (controls,
/// space, <>"{}|^`\) and invalid UTF-8 bytes are percent-encoded.
template <class = void>
inline void append_turtle_iri(std::string& out, std::string_view iri) {
    static constexpr char hex[] = "0123456789ABCDEF";
    out.push_back('<');
    for (std::size_t i = 0; i < iri.size();) {
        const auto c = static_cast<unsigned char>(iri[i]);
        if (c >= 0x80) {
            std::size_t bad = 0;
            const std::size_t len = utf8::sequence(iri, i, bad);
            if (len != 0) {
                out.append(iri.substr(i, len));
                i += len;
                continue;
            }
        } else if (c > 0x20 && c != 0x7F && std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) == std::string_view::npos) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        out.push_back('%');
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 0xF]);
        ++i;
    }
    out.push_back('>');
}

/// A Turtle number: an integer literal when exact, else an xsd:double.
template <class = void>
inline void append_turtle_number(std::string& out, double v) {
    if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e15) {
        out.append(std::to_string(static_cast<long long>(v)));
        return;
    }
    if (std::isnan(v)) {
        out.append("\"NaN\"^^xsd:double");
    } else if (std::isinf(v)) {
        out.append(v > 0 ? "\"INF\"^^xsd:double" : "\"-INF\"^^xsd:double");
    } else {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.push_back('"');
        out.append(buf, r.ptr);
        out.append("\"^^xsd:double");
    }
}

}  // namespace newsprov::detail
