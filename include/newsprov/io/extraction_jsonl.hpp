#pragma once
// The JSON Lines record `newsprov extract` writes for one article, for C++
// users who want the same records (and the scorer's input format; see
// schemas/extract-record.schema.json and DESIGN.md):
//
//   {"id", "quotes": [{"content": [[s,e],...], "source": [...], "cue": [...],
//                      "kind": "direct|mixed|indirect", "speaker": "..."}],
//    "figures": [{"value", "unit", "span", "parts": [{"value", "unit", "span"}]}],
//    "byline": {"span", "names", "places"} | null, "contributors": [...],
//    "dateline": [s,e] | null}
//
// Offsets are UTF-8 byte offsets into the article text, end exclusive.
//
//   std::string line;
//   newsprov::write_extraction_jsonl(line, "article-1", extractor.extract(text));

#include <newsprov/json/value.hpp>
#include <newsprov/json/writer.hpp>
#include <newsprov/text/extract.hpp>

#include <cmath>
#include <string>
#include <vector>

namespace newsprov {

namespace detail::extraction_jsonl {

template <class = void>
inline void write_spans(json::writer& w, const std::vector<text::span>& spans) {
    w.begin_array();
    for (const auto& s : spans) w.begin_array().number(s.begin).number(s.end).end_array();
    w.end_array();
}

/// A figure's value; one too large for a double ("10^400 people") is the
/// string "INF", as JSON has no infinity (json::writer would throw).
template <class = void>
inline void write_value(json::writer& w, double v) {
    if (std::isfinite(v)) w.number(v);
    else w.string(std::isnan(v) ? "NaN" : v > 0 ? "INF" : "-INF");
}

template <class = void>
inline void write_span(json::writer& w, text::span s) {
    w.begin_array().number(s.begin).number(s.end).end_array();
}

/// What a figure and each of its parts have: value, unit and span.
template <class Quantity>
void write_quantity_members(json::writer& w, const Quantity& q) {
    w.key("value");
    write_value(w, q.value);
    w.key("unit").string(q.unit);
    w.key("span");
    write_span(w, q.where);
}

template <class = void>
inline void write_credit(json::writer& w, const text::credit& c) {
    w.begin_object();
    w.key("span");
    write_span(w, c.where);
    w.key("names");
    write_spans(w, c.names);
    w.key("places");
    write_spans(w, c.places);
    w.end_object();
}

/// Appends one record (a line ending in '\n'); write_id writes the "id" value.
template <class WriteId>
void write_extraction(std::string& out, WriteId&& write_id, const text::extraction& x) {
    namespace t = newsprov::text;
    json::writer w(out);
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

}  // namespace detail::extraction_jsonl

/// Appends the record of one article's extraction, one line ending in '\n'.
/// The id is written as given (a string or a number, as in the input record).
template <class = void>
inline void write_extraction_jsonl(std::string& out, const json::value& id, const text::extraction& x) {
    detail::extraction_jsonl::write_extraction(out, [&](json::writer& w) { w.write(id); }, x);
}

}  // namespace newsprov
