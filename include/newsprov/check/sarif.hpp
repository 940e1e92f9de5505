#pragma once
// Findings as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format),
// so code-scanning tools and editors show them: one run whose tool.driver lists
// every rule that can fire (id, shortDescription, help, default level), and one
// result per finding with ruleId, level, message and a physical location
// (artifact uri; region with startLine/startColumn/endLine/endColumn in code
// points, as run.columnKind says, and byteOffset/byteLength). Drift findings
// carry the original's place as a relatedLocation.

#include <newsprov/check/finding.hpp>
#include <newsprov/check/report.hpp>
#include <newsprov/json/writer.hpp>
#include <newsprov/policy/rule.hpp>
#include <newsprov/util/utf8.hpp>
#include <newsprov/version.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov::checker {

namespace detail {

[[nodiscard]] constexpr std::string_view sarif_level(severity s) noexcept {
    return s == severity::error ? "error" : s == severity::warning ? "warning" : "note";
}

/// A relative URI reference for a file path: unreserved characters and '/' as
/// they are, everything else percent-encoded.
template <class = void>
[[nodiscard]] inline std::string file_uri(std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || c == '/') {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

/// 1-based columns in code points (SARIF's default column kind) from byte
/// offsets. One pass records the code-point count every 256 bytes, so each
/// column costs at most 256 bytes of decoding wherever the finding sits: many
/// findings on one huge line stay linear.
class code_point_columns {
public:
    template <class = void>
    explicit code_point_columns(std::string_view text) : text_(text) {
        marks_.push_back({0, 0});
        std::size_t i = 0, n = 0;
        while (i < text.size()) {
            i += step(i);
            ++n;
            while (marks_.size() * block <= i) marks_.push_back({i, n});
        }
    }
    /// The column of byte `offset`, on the line starting at byte `line_start`.
    template <class = void>
    [[nodiscard]] std::size_t at(std::size_t line_start, std::size_t offset) const {
        offset = std::min(offset, text_.size());
        line_start = std::min(line_start, offset);
        return count_before(offset) - count_before(line_start) + 1;
    }

private:
    static constexpr std::size_t block = 256;
    struct mark {
        std::size_t offset, count;  ///< the first code point starting at or after a block's start, and how many precede it
    };
    template <class = void>
    [[nodiscard]] std::size_t step(std::size_t i) const {
        const std::size_t length = utf8::decode(text_, i).length;
        return length == 0 ? 1 : length;
    }
    template <class = void>
    [[nodiscard]] std::size_t count_before(std::size_t offset) const {
        std::size_t k = std::min(offset / block, marks_.size() - 1);
        while (k > 0 && marks_[k].offset > offset) --k;
        std::size_t i = marks_[k].offset, n = marks_[k].count;
        for (; i < offset; ++n) i += step(i);
        return n;
    }
    std::string_view text_;
    std::vector<mark> marks_;
};

/// Where a location's lines start: its byte columns say so.
[[nodiscard]] inline std::size_t line_start(std::size_t offset, std::size_t byte_column) noexcept {
    return byte_column >= 1 && byte_column - 1 <= offset ? offset - (byte_column - 1) : 0;
}

template <class = void>
inline void write_sarif_location(json::writer& w, std::string_view uri, const code_point_columns& columns,
                                 const location& l) {
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().key("uri").string(uri).end_object();
    w.key("region").begin_object();
    w.key("startLine").number(l.line);
    w.key("startColumn").number(columns.at(line_start(l.offset, l.column), l.offset));
    w.key("endLine").number(l.end_line);
    const std::size_t end = l.offset + l.length;
    w.key("endColumn").number(columns.at(line_start(end, l.end_column), end));
    w.key("byteOffset").number(l.offset);
    w.key("byteLength").number(l.length);
    w.end_object();
    w.end_object();
}

}  // namespace detail

/// The rules a SARIF run declares: the checker's own and a policy's.
struct sarif_rules {
    std::span<const rule_info> own;
    std::span<const rule> policy{};
};

/// Writes one SARIF 2.1.0 log with one run. `original` is the other version for drift findings.
template <class = void>
inline void write_sarif(std::string& out, std::span<const finding> findings, const sarif_rules& rules,
                        const named_text& checked, const named_text* original = nullptr) {
    // rule ids in declaration order, for ruleIndex
    std::vector<std::string_view> ids;
    for (const rule_info& r : rules.own) ids.push_back(r.id);
    for (const rule& r : rules.policy) ids.push_back(r.id);
    auto index_of = [&](std::string_view id) -> std::ptrdiff_t {
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (ids[i] == id) return static_cast<std::ptrdiff_t>(i);
        return -1;
    };
    const std::string checked_uri = detail::file_uri(checked.name);
    const std::string original_uri = original ? detail::file_uri(original->name) : std::string();
    const detail::code_point_columns checked_columns(checked.text);
    const detail::code_point_columns original_columns(original ? original->text : std::string_view());

    json::writer w(out, json::write_options{2});
    w.begin_object();
    w.key("version").string("2.1.0");
    w.key("$schema").string("https://json.schemastore.org/sarif-2.1.0.json");
    w.key("runs").begin_array().begin_object();
    w.key("tool").begin_object().key("driver").begin_object();
    w.key("name").string("newsprov");
    w.key("version").string(NEWSPROV_VERSION_STRING);
    w.key("semanticVersion").string(NEWSPROV_VERSION_STRING);
    w.key("rules").begin_array();
    auto write_rule = [&](std::string_view id, std::string_view description, std::string_view help, severity level) {
        w.begin_object();
        w.key("id").string(id);
        w.key("shortDescription").begin_object().key("text").string(description).end_object();
        w.key("help").begin_object().key("text").string(help).end_object();
        w.key("defaultConfiguration").begin_object().key("level").string(detail::sarif_level(level)).end_object();
        w.end_object();
    };
    for (const rule_info& r : rules.own) write_rule(r.id, r.description, r.help, r.level);
    for (const rule& r : rules.policy) write_rule(r.id, r.message, r.hint, r.level);
    w.end_array();
    w.end_object().end_object();  // driver, tool
    w.key("columnKind").string("unicodeCodePoints");
    w.key("artifacts").begin_array();
    w.begin_object().key("location").begin_object().key("uri").string(checked_uri).end_object().end_object();
    if (original) w.begin_object().key("location").begin_object().key("uri").string(original_uri).end_object().end_object();
    w.end_array();
    w.key("results").begin_array();
    for (const finding& f : findings) {
        w.begin_object();
        w.key("ruleId").string(f.rule_id);
        if (const std::ptrdiff_t i = index_of(f.rule_id); i >= 0) w.key("ruleIndex").number(i);
        w.key("level").string(detail::sarif_level(f.level));
        w.key("message").begin_object().key("text").string(f.message).end_object();
        const bool in_original = f.in_original && original;
        w.key("locations").begin_array().begin_object();
        detail::write_sarif_location(w, in_original ? original_uri : checked_uri,
                                     in_original ? original_columns : checked_columns, f.where);
        w.end_object().end_array();
        if (f.related && original) {
            w.key("relatedLocations").begin_array().begin_object();
            w.key("id").number(1);
            w.key("message").begin_object().key("text").string("in the original").end_object();
            detail::write_sarif_location(w, original_uri, original_columns, *f.related);
            w.end_object().end_array();
        }
        if (!f.hint.empty())
            w.key("properties").begin_object().key("hint").string(f.hint).end_object();
        w.end_object();
    }
    w.end_array();
    w.end_object().end_array();  // run, runs
    w.end_object();
    out += '\n';
}

}  // namespace newsprov::checker
