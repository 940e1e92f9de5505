// `newsprov extract [--jsonl] [FILE...]`: attributions, figures and credits found
// in article text, one JSON line per article (the shape ../shared/eval/score.py
// scores; see DESIGN.md). Plain-text FILEs hold one article each (the id is the
// file name); with --jsonl every line of every FILE (or of standard input) is a
// record {"id", "text", ...}. Offsets are UTF-8 byte offsets, end exclusive.
// With --to FORMAT one article becomes a provenance document
// (text/to_document.hpp) bound to the text by its SHA-256.

#include "commands.hpp"
#include <newsprov/check/article.hpp>
#include <newsprov/core/error.hpp>
#include <newsprov/io/dot.hpp>
#include <newsprov/io/jsonld.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>
#include <newsprov/io/turtle.hpp>
#include <newsprov/json/json.hpp>
#include <newsprov/text/extract.hpp>
#include <newsprov/text/to_document.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace newsprov_cli {

inline constexpr std::string_view extract_usage =
    "usage: newsprov extract [--jsonl | --to FORMAT] [--max-quotes N] [FILE...]\n"
    "\n"
    "Finds attributions (content, source, cue, kind, speaker), reported figures,\n"
    "the byline, contributor lines and the dateline in news text, and writes one\n"
    "JSON line per article:\n"
    "  {\"id\", \"quotes\": [{\"content\": [[s,e],...], \"source\": [...], \"cue\": [...],\n"
    "                      \"kind\": \"direct|mixed|indirect\", \"speaker\": \"...\"}],\n"
    "   \"figures\": [...], \"byline\": ..., \"contributors\": [...], \"dateline\": ...}\n"
    "Offsets are UTF-8 byte offsets into the article text, end exclusive.\n"
    "\n"
    "  FILE...     plain-text articles, one per file (default: standard input)\n"
    "  --jsonl     the input is JSON Lines records {\"id\", \"text\", ...}\n"
    "  --to FORMAT write one article as a provenance document instead: prov-json,\n"
    "              prov-n, turtle, jsonld or dot. Each attribution is a claim of its\n"
    "              speaker, figures are reported figures, the byline and contributors\n"
    "              journalists; the story records the text's SHA-256 (np:articleSha256),\n"
    "              so `newsprov check --claims DOC ARTICLE` notices an edited article\n"
    "  --max-quotes N\n"
    "              refuse an article with more than N attributions (default 100000)\n"
    "  -h, --help  this text\n"
    "\n"
    "Limits: a plain-text article of at most 1 GiB; a JSON Lines record of at most\n"
    "64 MiB (JSON nesting 512, strings 16 MiB). Beyond a limit the command stops\n"
    "with a message naming the limit and FILE:line:col, exit status 2.\n"
    "\n"
    "exit status: 0 done, 2 unusable input or arguments\n";

namespace detail {

inline void write_spans(newsprov::json::writer& w, const std::vector<newsprov::text::span>& spans) {
    w.begin_array();
    for (const auto& s : spans) w.begin_array().number(s.begin).number(s.end).end_array();
    w.end_array();
}

/// A figure's value; one too large for a double ("10^400 people") is the
/// string "INF", as JSON has no infinity (json::writer would throw).
inline void write_value(newsprov::json::writer& w, double v) {
    if (std::isfinite(v)) w.number(v);
    else w.string(std::isnan(v) ? "NaN" : v > 0 ? "INF" : "-INF");
}

inline void write_span(newsprov::json::writer& w, newsprov::text::span s) {
    w.begin_array().number(s.begin).number(s.end).end_array();
}

/// What a figure and each of its parts have: value, unit and span.
template <class Quantity>
void write_quantity_members(newsprov::json::writer& w, const Quantity& q) {
    w.key("value");
    write_value(w, q.value);
    w.key("unit").string(q.unit);
    w.key("span");
    write_span(w, q.where);
}

inline void write_credit(newsprov::json::writer& w, const newsprov::text::credit& c) {
    w.begin_object();
    w.key("span");
    write_span(w, c.where);
    w.key("names");
    write_spans(w, c.names);
    w.key("places");
    write_spans(w, c.places);
    w.end_object();
}

/// Appends one output line for an article.
template <class WriteId>
void write_extraction(std::string& out, WriteId&& write_id, const newsprov::text::extraction& x) {
    namespace t = newsprov::text;
    newsprov::json::writer w(out);
    w.begin_object();
    w.key("id");
    write_id(w);
    w.key("quotes").begin_array();
    for (const t::attribution& a : x.attributions) {
        w.begin_object();
        w.key("content");
        write_spans(w, a.content);
        w.key("source");
        write_spans(w, a.source);
        w.key("cue");
        write_spans(w, a.cue);
        w.key("kind").string(t::to_string(a.kind));
        w.key("speaker").string(a.speaker);
        w.end_object();
    }
    w.end_array();
    w.key("figures").begin_array();
    for (const t::figure& f : x.figures) {
        w.begin_object();
        write_quantity_members(w, f);
        w.key("parts").begin_array();
        for (const t::figure_part& p : f.parts) {
            w.begin_object();
            write_quantity_members(w, p);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("byline");
    if (x.byline) write_credit(w, *x.byline);
    else w.null();
    w.key("contributors").begin_array();
    for (const auto& c : x.contributors) write_credit(w, c);
    w.end_array();
    w.key("dateline");
    if (x.dateline.empty()) w.null();
    else write_span(w, x.dateline);
    w.end_object();
    out.push_back('\n');
}

/// The document in one of the formats of `newsprov export` (the same writers).
inline bool write_document(std::string& out, std::string_view format, const newsprov::story_document& d) {
    if (format == "prov-json") out = newsprov::to_prov_json(d, {1});
    else if (format == "prov-n") out = newsprov::to_prov_n(d);
    else if (format == "turtle") out = newsprov::to_turtle(d);
    else if (format == "jsonld") out = newsprov::to_jsonld(d);
    else if (format == "dot") out = newsprov::to_dot(d);
    else return false;
    return true;
}

/// The story id of a file's document: its name without folders and extension ("article" for standard input).
inline std::string story_id_of(std::string_view file) {
    if (file == "-") return "article";
    if (const auto slash = file.find_last_of('/'); slash != std::string_view::npos) file.remove_prefix(slash + 1);
    if (const auto dot = file.find('.'); dot != std::string_view::npos && dot > 0) file = file.substr(0, dot);
    const std::string id = newsprov::text::detail::slug(file);
    return id.empty() ? "article" : id;
}

}  // namespace detail

int extract_main(std::span<char*> args) {
    bool jsonl = false;
    std::string to;
    std::size_t max_quotes = newsprov::checker::article_limits{}.max_quotes;
    constexpr std::size_t max_article_bytes = std::size_t{1} << 30;
    std::vector<std::string> files;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view a{args[i]};
        if (a == "-h" || a == "--help") {
            std::fputs(extract_usage.data(), stdout);
            return 0;
        }
        if (a == "--jsonl") {
            jsonl = true;
        } else if (a == "--to" || a.starts_with("--to=")) {
            to = a == "--to" ? (i + 1 < args.size() ? args[++i] : "") : std::string(a.substr(5));
            std::string probe;
            if (!detail::write_document(probe, to, {})) {
                std::fprintf(stderr, "newsprov extract: --to needs a format: prov-json, prov-n, turtle, jsonld or dot\n");
                return 2;
            }
        } else if (a == "--max-quotes") {
            const std::string_view v = i + 1 < args.size() ? std::string_view{args[++i]} : std::string_view{};
            const auto r = std::from_chars(v.data(), v.data() + v.size(), max_quotes);
            if (v.empty() || r.ec != std::errc{} || r.ptr != v.data() + v.size()) {
                std::fprintf(stderr, "newsprov extract: --max-quotes needs a number\n\n%s", extract_usage.data());
                return 2;
            }
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::fprintf(stderr, "newsprov extract: unknown option '%s'\n\n%s", args[i], extract_usage.data());
            return 2;
        } else {
            files.emplace_back(a);
        }
    }
    if (files.empty()) files.emplace_back("-");
    if (!to.empty() && (jsonl || files.size() != 1)) {
        std::fprintf(stderr, "newsprov extract: --to writes one plain-text article (one FILE or -, no --jsonl)\n");
        return 2;
    }

    newsprov::text::extractor ex;
    newsprov::text::extraction x;
    std::string out;
    auto flush = [&] {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
    };
    for (const std::string& name : files) {
        std::ifstream file;
        std::istream* in = &std::cin;
        const std::string shown = name == "-" ? "<stdin>" : name;
        if (name != "-") {
            file.open(name, std::ios::binary);
            if (!file) {
                std::fprintf(stderr, "newsprov extract: %s: cannot open\n", shown.c_str());
                return 2;
            }
            in = &file;
        }
        if (!jsonl) {
            std::string text{std::istreambuf_iterator<char>(*in), std::istreambuf_iterator<char>()};
            if (text.size() > max_article_bytes) {
                std::fprintf(stderr, "%s:1:1: article larger than max_input_bytes (1 GiB)\n", shown.c_str());
                return 2;
            }
            ex.extract(text, {}, x);
            try {
                newsprov::checker::check_quote_count(text, x, max_quotes);
            } catch (const newsprov::input_error& e) {
                std::fprintf(stderr, "%s:%s\n", shown.c_str(), e.what());
                return 2;
            }
            if (!to.empty()) {
                const std::string id = detail::story_id_of(name);
                (void)detail::write_document(out, to, newsprov::text::to_document(x, text, {.story_id = id}));
            } else {
                detail::write_extraction(out, [&](newsprov::json::writer& w) { w.string(name == "-" ? "-" : name); }, x);
            }
            flush();
            continue;
        }
        try {
            newsprov::json::stream_line_reader lines(*in);
            while (auto rec = lines.next()) {
                const newsprov::json::value& v = rec->data;
                const newsprov::json::value* text = v.is_object() ? v.find("text") : nullptr;
                if (text == nullptr || !text->is_string()) {
                    throw newsprov::input_error({rec->line, 1, rec->offset}, "record without a string \"text\"");
                }
                ex.extract(text->as_string(), {}, x);
                try {
                    newsprov::checker::check_quote_count(text->as_string(), x, max_quotes);
                } catch (const newsprov::input_error& e) {
                    throw newsprov::input_error({rec->line, 1, rec->offset}, "record text: " + e.message(), e.limit());
                }
                const newsprov::json::value* id = v.find("id");
                detail::write_extraction(
                    out,
                    [&](newsprov::json::writer& w) {
                        if (id != nullptr && (id->is_string() || id->is_number())) w.write(*id);
                        else w.number(rec->line);
                    },
                    x);
                if (out.size() > (1u << 16)) flush();
            }
        } catch (const newsprov::input_error& e) {
            flush();
            std::fprintf(stderr, "%s:%s\n", shown.c_str(), e.what());
            return 2;
        }
        flush();
    }
    return 0;
}

}  // namespace newsprov_cli
