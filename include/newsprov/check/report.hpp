#pragma once
// Findings as text for people and editors, and as JSON for programs.
//
// Text, in the form compilers use and editors jump to:
//
//   derived.txt:3:34: error: [figure-changed] figure "42 vessels" became "24 vessels"
//       3 | The port authority reported that 24 vessels docked at the pier last year, ...
//         |                                  ^~
//   original.txt:3:34: note: in the original
//       3 | The port authority reported that 42 vessels docked at the pier last year, ...
//         |                                  ^~~~~~~~~~
//     hint: restore the original number, or cite the source of the new one
//
// Columns count bytes (as in newsprov::input_error); the caret line is laid
// out in code points so that it sits under the right character. Colour
// (ANSI escapes) only when the caller asks, i.e. when writing to a terminal.

#include <newsprov/check/finding.hpp>
#include <newsprov/json/value.hpp>
#include <newsprov/json/writer.hpp>
#include <newsprov/util/utf8.hpp>
#include <newsprov/version.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace newsprov::checker {

/// A text and the name to report it by.
struct named_text {
    std::string_view name;
    std::string_view text;
};

namespace detail {

struct palette {
    std::string_view bold, reset, error, warning, note, caret;
};
inline constexpr palette no_colour{};
inline constexpr palette ansi{"\x1b[1m", "\x1b[0m", "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;36m", "\x1b[1;32m"};

/// Appends the source line holding `where` and a caret line under it (long lines are cut around it).
template <class = void>
inline void append_excerpt(std::string& out, std::string_view text, const location& where, const palette& p) {
    // Show at most ~100 bytes: 40 before the caret, the rest after. The line's
    // ends are looked for only that far, so that many findings on one huge line
    // cost time linear in their number, not in the line's length times it.
    const std::size_t at = std::min(where.offset, text.size());
    const std::size_t back_limit = at > 61 ? at - 61 : 0;
    std::size_t line_begin = at;
    while (line_begin > back_limit && text[line_begin - 1] != '\n') --line_begin;
    const bool cut_front = at > line_begin + 60;  // no line start within 61 bytes
    std::size_t show_begin = line_begin;
    if (cut_front) {
        show_begin = at - 40;
        while (show_begin < at && !utf8::is_boundary(text, show_begin)) ++show_begin;
    }
    const std::string_view window = text.substr(0, std::min(text.size(), show_begin + 111));
    std::size_t line_end = window.find('\n', at);
    if (line_end == std::string_view::npos) line_end = window.size();  // the line may go on beyond
    std::size_t show_end = line_end;
    const bool cut_back = show_end > show_begin + 110;
    if (cut_back) {
        show_end = show_begin + 100;
        while (show_end > at && !utf8::is_boundary(text, show_end)) --show_end;
    }
    auto printable = [&](std::size_t b, std::size_t e, std::string& to, bool caret_line) {
        std::size_t n = 0;
        for (std::size_t i = b; i < e;) {
            const utf8::decoded d = utf8::decode(text, i);
            if (caret_line) {
                ++n;
            } else if (d.cp == U'\t' || d.cp == U'\r' || d.cp < 0x20 || d.cp == 0x7F || !d.valid) {
                to += ' ';
            } else {
                to.append(text.substr(i, d.length));
            }
            i += d.length == 0 ? 1 : d.length;
        }
        return n;
    };
    const std::string number = std::to_string(where.line);
    std::string gutter(number.size(), ' ');
    out += "  " + number + " | ";
    if (cut_front) out += "...";
    printable(show_begin, show_end, out, false);
    if (cut_back) out += "...";
    out += '\n';
    out += "  " + gutter + " | ";
    if (cut_front) out += "   ";
    std::string ignore;
    const std::size_t before = printable(show_begin, at, ignore, true);
    out.append(before, ' ');
    const std::size_t span_end = std::min({where.offset + where.length, show_end, line_end});
    std::size_t width = span_end > at ? printable(at, span_end, ignore, true) : 0;
    out += p.caret;
    out += '^';
    if (width > 1) out.append(width - 1, '~');
    out += p.reset;
    out += '\n';
}

template <class = void>
inline void append_header(std::string& out, std::string_view file, const location& where, severity level,
                          std::string_view label, const palette& p) {
    out += p.bold;
    out.append(file).append(":").append(std::to_string(where.line)).append(":").append(std::to_string(where.column)).append(": ");
    out += p.reset;
    const std::string_view colour = level == severity::error ? p.error : level == severity::warning ? p.warning : p.note;
    out += colour;
    out.append(to_string(level)).append(":");
    out += p.reset;
    out.append(" ").append(label);
}

}  // namespace detail

/// Findings as compiler-style text, with source lines and carets. `original`
/// is the other version for drift findings (their `related` and `in_original`).
template <class = void>
inline void write_text(std::string& out, std::span<const finding> findings, const named_text& checked,
                       const named_text* original = nullptr, bool colour = false) {
    const detail::palette& p = colour ? detail::ansi : detail::no_colour;
    std::size_t counts[3] = {0, 0, 0};
    for (const finding& f : findings) {
        ++counts[static_cast<std::size_t>(f.level)];
        const named_text& here = f.in_original && original != nullptr ? *original : checked;
        std::string label = "[";  // append(): g++ 12 reports a false -Wrestrict on chained operator+
        label.append(f.rule_id).append("] ").append(f.message);
        out += '\n';
        detail::append_header(out, here.name, f.where, f.level, label, p);
        out.back() == '\n' ? void() : out.push_back('\n');
        detail::append_excerpt(out, here.text, f.where, p);
        if (f.related && original != nullptr) {
            detail::append_header(out, original->name, *f.related, severity::note, "in the original", p);
            out += '\n';
            detail::append_excerpt(out, original->text, *f.related, p);
        }
        if (!f.hint.empty()) out.append("  hint: ").append(f.hint).append("\n");
    }
    if (!findings.empty()) {
        out += '\n';
        out.append(std::to_string(counts[2])).append(counts[2] == 1 ? " error, " : " errors, ");
        out.append(std::to_string(counts[1])).append(counts[1] == 1 ? " warning, " : " warnings, ");
        out.append(std::to_string(counts[0])).append(counts[0] == 1 ? " note\n" : " notes\n");
    }
    if (!out.empty() && out.front() == '\n') out.erase(0, 1);
}

namespace detail {
template <class = void>
inline void write_location(json::writer& w, std::string_view file, const location& l) {
    w.begin_object();
    w.key("file").string(file);
    w.key("offset").number(l.offset);
    w.key("length").number(l.length);
    w.key("line").number(l.line);
    w.key("column").number(l.column);
    w.key("end_line").number(l.end_line);
    w.key("end_column").number(l.end_column);
    w.end_object();
}
}  // namespace detail

namespace detail {
/// "findings" and "summary", the members every JSON report has.
template <class = void>
inline void write_report_members(json::writer& w, std::span<const finding> findings, const named_text& checked,
                                 const named_text* original) {
    w.key("findings").begin_array();
    std::size_t counts[3] = {0, 0, 0};
    for (const finding& f : findings) {
        ++counts[static_cast<std::size_t>(f.level)];
        w.begin_object();
        w.key("rule").string(f.rule_id);
        w.key("severity").string(to_string(f.level));
        w.key("message").string(f.message);
        w.key("hint").string(f.hint);
        if (!f.subject.empty()) w.key("subject").string(f.subject);
        w.key("location");
        write_location(w, f.in_original && original ? original->name : checked.name, f.where);
        if (f.related && original) {
            w.key("related");
            write_location(w, original->name, *f.related);
        }
        w.end_object();
    }
    w.end_array();
    w.key("summary").begin_object();
    w.key("errors").number(counts[2]);
    w.key("warnings").number(counts[1]);
    w.key("notes").number(counts[0]);
    w.end_object();
}
}  // namespace detail

/// Findings as one JSON document (schemas/check-report.schema.json):
/// {"tool", "version", "findings": [{"rule", "severity", "message", "hint",
///  "subject", "location": {...}, "related": {...}}], "summary": {...}}.
/// Offsets are UTF-8 bytes; columns count bytes from 1; end_column is exclusive.
template <class = void>
inline void write_json(std::string& out, std::span<const finding> findings, const named_text& checked,
                       const named_text* original = nullptr) {
    json::writer w(out, json::write_options{2});
    w.begin_object();
    w.key("tool").string("newsprov");
    w.key("version").string(NEWSPROV_VERSION_STRING);
    detail::write_report_members(w, findings, checked, original);
    w.end_object();
    out += '\n';
}

/// The same report as one JSON Lines record with the "id" of the pair it is
/// about first (schemas/batch-report.schema.json): what `newsprov check
/// --jsonl` and `newsprov diff --jsonl` write for each pair.
template <class = void>
inline void write_json_line(std::string& out, const json::value& id, std::span<const finding> findings,
                            const named_text& checked, const named_text* original = nullptr) {
    json::writer w(out);
    w.begin_object();
    w.key("id").write(id);
    w.key("tool").string("newsprov");
    w.key("version").string(NEWSPROV_VERSION_STRING);
    detail::write_report_members(w, findings, checked, original);
    w.end_object();
    out += '\n';
}

}  // namespace newsprov::checker
