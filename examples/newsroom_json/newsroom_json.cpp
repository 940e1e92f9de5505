// A newsroom's own JSON (harbour.json beside this file: people, statements,
// byline) turned into a checked provenance document with the run-time builders
// of story_document. The glue, kind_named() to build(), is 28 lines.
//
//   newsroom_json harbour.json [prov-json|prov-n|turtle|jsonld|dot]
//
// Exit 0 when the document passes the policy, 1 with its findings, 2 when the
// file cannot be used (a message naming file:line:col, or the broken rule).

#include <newsprov/newsprov.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace np = newsprov;

// ---- the glue: harbour.json's format to the document (28 lines) ----------
template <class Kind, std::size_t N> Kind kind_named(const np::json::value& v, const std::array<Kind, N>& all) {
    if (const auto k = np::kind_from_string(v.as_string("type"), all)) return *k;
    throw np::input_error(v.position(), "unknown type \"" + v.as_string() + "\"");
}
std::string_view optional(const np::json::value& v, std::string_view key) { const auto* f = v.find(key); return f ? std::string_view(f->as_string()) : std::string_view(); }
const np::json::value::array_type none;

np::story_document build(const np::json::value& j) {
    np::story_document doc;
    const np::json::value& s = j.at("story");
    doc.set_info({s.at("slug").as_string(), s.at("title").as_string(), {}, s.at("published").as_string(), s.at("place").as_string()});
    for (const np::json::value& p : j.at("people").as_array())
        doc.add(np::source_record{.kind = kind_named(p.at("type"), np::all_source_kinds), .id = p.at("key").as_string(),
                                  .name = p.at("name").as_string(), .description = optional(p, "title"), .anonymity_reason = optional(p, "why")});
    for (const np::json::value& c : j.at("statements").as_array()) {
        const std::string& key = c.at("key").as_string();
        np::reported_figure figure{key, c.at("words").as_string()};  // parts by value, checked as they go in
        for (const np::json::value& n : c.find("numbers") ? c.at("numbers").as_array() : none) {
            np::quantity q{n.at("value").as_double(), "", n.at("what").as_string()};
            for (const np::json::value& part : n.find("of_which") ? n.at("of_which").as_array() : none) q = q.including(part.at("value").as_double(), part.at("what").as_string());
            figure = figure.with(q);
        }
        if (c.find("numbers")) doc.add(figure);
        else doc.add_claim({kind_named(c.at("type"), np::all_claim_kinds), key, c.at("words").as_string()});
        doc.attribute(key, c.at("speaker").as_string(), c.at("verb").as_string());
    }
    for (const np::json::value& b : j.at("byline").as_array()) doc.credit(b.as_string());
    return doc;
}
// ---- end of the glue -----------------------------------------------------

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs("usage: newsroom_json FILE.json [prov-json|prov-n|turtle|jsonld|dot]\n", stderr);
        return 2;
    }
    const std::string format = argc > 2 ? argv[2] : "prov-json";
    std::ifstream in(argv[1], std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    np::story_document doc;
    try {
        if (!in) throw std::runtime_error("cannot open");
        doc = build(np::json::parse(text));
    } catch (const np::input_error& e) {  // line:col: message
        std::fprintf(stderr, "%s:%s\n", argv[1], e.what());
        return 2;
    } catch (const std::exception& e) {  // rule_violation: [rule-id] message (subject)
        std::fprintf(stderr, "%s: %s\n", argv[1], e.what());
        return 2;
    }
    const auto findings = np::check(doc);
    for (const np::diagnostic& d : findings)
        std::fprintf(stderr, "%.*s: %.*s (%.*s)\n", static_cast<int>(d.subject.size()), d.subject.data(),
                     static_cast<int>(d.message.size()), d.message.data(), static_cast<int>(d.rule_id.size()), d.rule_id.data());
    const std::string out = format == "prov-n"   ? np::to_prov_n(doc)
                            : format == "turtle" ? np::to_turtle(doc)
                            : format == "jsonld" ? np::to_jsonld(doc)
                            : format == "dot"    ? np::to_dot(doc)
                                                 : np::to_prov_json(doc);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return findings.empty() ? 0 : 1;
}
