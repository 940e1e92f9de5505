// The Graphviz DOT writer: label escaping and wrapping, and the shape of the
// seed story's picture. (tests/interop/ renders it with dot -Tsvg.)
#include <newsprov/io/dot.hpp>

#include "../../examples/seed/seed_story.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <string>

namespace np = newsprov;

namespace {
std::string html(std::string_view s) {
    std::string out;
    np::detail::append_dot_html(out, s);
    return out;
}
std::string wrapped(std::string_view s, std::size_t width) {
    std::string out;
    np::detail::append_dot_wrapped(out, s, width);
    return out;
}
// Joins with append(): g++ 12 -O3 reports a false -Wrestrict on chained operator+.
std::string cat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view p : parts) out.append(p);
    return out;
}
std::size_t count(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = 0; (at = text.find(what, at)) != std::string_view::npos; at += what.size()) ++n;
    return n;
}
}  // namespace

TEST_CASE("dot: labels escape what HTML-like labels reserve; controls become spaces; bad UTF-8 U+FFFD") {
    CHECK(html("a & b <c> \"d\"") == "a &amp; b &lt;c&gt; &quot;d&quot;");
    CHECK(html("line\nbreak\ttab") == "line break tab");
    CHECK(html("back\\slash ]}; -> //") == "back\\slash ]}; -&gt; //");  // nothing else is special inside <...>
    CHECK(html("Kyiv \xE2\x80\x94 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2") == "Kyiv \xE2\x80\x94 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2");
    CHECK(html("a\xC3(") == "a\xEF\xBF\xBD(");
}

TEST_CASE("dot: claim text wraps at spaces, counting characters, not bytes") {
    const std::string br = "<BR ALIGN=\"LEFT\"/>";
    CHECK(wrapped("one two three", 7) == cat({"one two", br, "three", br}));
    CHECK(wrapped("\xC3\xA9\xC3\xA9\xC3\xA9 abc", 7) == cat({"\xC3\xA9\xC3\xA9\xC3\xA9 abc", br}));
    CHECK(wrapped("averyveryverylongword x", 5) == cat({"averyveryverylongword", br, "x", br}));
    CHECK(wrapped("  a\n\nb  ", 10) == cat({"a b", br}));
    CHECK(wrapped("<&>", 10) == cat({"&lt;&amp;&gt;", br}));
}

TEST_CASE("dot: the seed story's picture") {
    const std::string dot = np::to_dot(seed::story);
    CHECK(dot.starts_with("digraph story {"));
    CHECK(dot.ends_with("}\n"));
    CHECK(count(dot, "shape=note") == 18);                  // every claim a note
    CHECK(count(dot, "subgraph cluster_story") == 1);       // the story with its credits
    CHECK(count(dot, "label=<byline<BR/><I>Kyiv</I>>") == 1);
    CHECK(count(dot, "label=<contributor<BR/>") == 2);
    CHECK(count(dot, "label=<on behalf of>") == 1);         // Peskov for the Kremlin, once
    CHECK(count(dot, "label=<official of>") == 4);          // Rubio, Trump, Witkoff, Lavrov
    CHECK(count(dot, "color=\"#8e44ad\"") == 1);            // the relay from Witkoff
    CHECK(dot.find("relayed by Marco Rubio") != std::string::npos);
    CHECK(dot.find("label=<according to>") != std::string::npos);
    CHECK(dot.find("label=<refrained from discussing>") != std::string::npos);
    CHECK(dot.find("of which 6 children") != std::string::npos);
    CHECK(dot.find("label=<observed>") != std::string::npos);  // the reporter's own observation
    CHECK(dot.find("peripheries=2") != std::string::npos);     // offices
    CHECK(dot.find("legend [shape=plaintext") != std::string::npos);
    CHECK(np::to_dot(seed::story, np::dot_options{.wrap = 34, .legend = false}).find("legend") == std::string::npos);
}

TEST_CASE("dot: hostile ids and text cannot break the syntax; undeclared ids are drawn") {
    std::array<np::source_record, 1> sources{};
    sources[0].id = "a\" -> b [color=red]; //";
    sources[0].name = "<b>Bold</b> & \"co\"\n";
    std::array<np::claim_record, 1> claims{};
    claims[0].id = "c}";
    claims[0].text = "}\"; digraph x {";
    std::array<np::relation_record, 2> relations{};
    relations[0].from = "c}";
    relations[0].to = sources[0].id;
    relations[0].cue = "said \"<&>\"";
    relations[1].from = "c}";
    relations[1].to = "nobody";
    const std::string dot = np::to_dot(np::story_info{"s"}, np::story_records{sources, claims, {}, relations});
    CHECK(dot.find("s0 [shape=ellipse") != std::string::npos);  // generated node names
    CHECK(dot.find("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;co&quot; ") != std::string::npos);
    CHECK(dot.find("label=<said &quot;&lt;&amp;&gt;&quot;>") != std::string::npos);
    CHECK(dot.find("a\" -> b") == std::string::npos);
    CHECK(dot.find("x0 [shape=box, style=dashed, color=\"#cc0000\", label=<nobody") != std::string::npos);
}
