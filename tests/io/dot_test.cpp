// The Graphviz DOT writer: label escaping and wrapping, and the shape of the
// seed story's picture. (tests/interop/ renders it with dot -Tsvg.)
#include <newsprov/io/dot.hpp>

#include "../../examples/seed/seed_story.hpp"
#include "generic_prov_fixture.hpp"

#include <doctest/doctest.h>

#include <array>
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

// ---- generic PROV records (a document's foreign records) -----------------

namespace {
bool has(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }
}  // namespace

TEST_CASE("dot: a generic PROV document in the W3C PROV style") {
    const std::string dot = np::to_dot(generic_prov::document());
    CHECK(dot.starts_with("digraph prov {"));
    CHECK_FALSE(has(dot, "cluster_story"));  // no story of its own: no story node, no news legend
    CHECK_FALSE(has(dot, "legend"));
    // Entities yellow ellipses, activities blue rectangles, agents orange houses.
    CHECK(has(dot, "p0 [shape=ellipse, style=filled, fillcolor=\"#FFFC87\", color=\"#808080\", label=<ex:report"
                   "<BR/><FONT POINT-SIZE=\"9\">prov:type = ex:Report</FONT>"));
    CHECK(has(dot, "p3 [shape=box, style=filled, fillcolor=\"#9FB1FC\", color=\"#0000FF\", label=<ex:compile"));
    CHECK(has(dot, "p4 [shape=house, style=filled, fillcolor=\"#FED37F\", color=\"#000000\", label=<ex:ann"));
    CHECK(count(dot, "shape=ellipse") == 4);  // three entities and the undeclared ex:data
    // Relations: labelled edges from the first argument to the second.
    CHECK(has(dot, "p0 -> p3 [label=<<B>wasGeneratedBy</B><BR/><FONT POINT-SIZE=\"9\">time = 2024-05-01T10:00:00</FONT>>];"));
    CHECK(has(dot, "p0 -> p4 [label=<<B>wasAttributedTo</B>>];"));
    CHECK(has(dot, "p3 -> p4 [label=<<B>wasAssociatedWith</B><BR/>ex:assoc1>];"));
    // A third argument meets the others at a point, labelled with its role.
    CHECK(has(dot, "p4 -> r0 [arrowhead=none, label=<<B>actedOnBehalfOf</B>>];"));
    CHECK(has(dot, "r0 -> p5;"));
    CHECK(has(dot, "r0 -> p3 [style=dashed, label=<activity>];"));
    // A name never declared is drawn dashed, in the shape its place implies.
    CHECK(has(dot, "[shape=ellipse, style=\"filled,dashed\", fillcolor=\"#FFFC87\", color=\"#808080\", label=<ex:data>];"));
}

TEST_CASE("dot: bundles are clusters; a story's picture takes foreign records in, joined to its parts") {
    using k = np::prov::record_kind;
    SUBCASE("bundle") {
        np::story_document doc = generic_prov::document();
        doc.foreign().bundles.push_back({"ex:b<1>", {{}, {generic_prov::make(k::entity, "ex:report", {})}}});
        const std::string dot = np::to_dot(doc);
        CHECK(has(dot, "subgraph cluster_bundle0 {"));
        CHECK(has(dot, "label=<bundle ex:b&lt;1&gt;>;"));
        CHECK(count(dot, "label=<ex:report<BR/>") == 1);  // the document's, with its attributes
        CHECK(count(dot, "label=<ex:report>];") == 1);     // the bundle's: a node of its own
    }
    SUBCASE("story and foreign records") {
        std::array<np::source_record, 1> sources{};
        sources[0].kind = np::source_kind::person;
        sources[0].id = "rubio";
        sources[0].name = "Marco Rubio";
        np::story_document doc;
        doc.set_info(np::story_info{"s", "A headline"});
        doc.add_source(sources[0]);
        doc.foreign().top.records.push_back(generic_prov::make(k::attribution, "", {"ex:memo", "story:rubio"}));
        const std::string dot = np::to_dot(doc);
        CHECK(dot.starts_with("digraph story {"));
        CHECK(has(dot, "// PROV records"));
        CHECK(has(dot, "p0 -> s0 [label=<<B>wasAttributedTo</B>>];"));  // rubio is the story's node s0
    }
}

TEST_CASE("dot: a delegation is drawn once, however often the story states it") {
    std::array<np::source_record, 2> sources{};
    sources[0].kind = np::source_kind::organization;
    sources[0].id = "ministry";
    sources[1].kind = np::source_kind::person;
    sources[1].id = "aide";
    sources[1].role = np::source_role::spokesperson_for;
    sources[1].principal = "ministry";
    std::array<np::relation_record, 2> relations{};
    for (auto& r : relations) {
        r.kind = np::relation_kind::on_behalf_of;
        r.from = "aide";
        r.to = "ministry";
    }
    const std::string dot = np::to_dot(np::story_info{"s"}, np::story_records{sources, {}, {}, relations});
    CHECK(count(dot, "label=<on behalf of>") == 1);
}

TEST_CASE("dot: attributes without newsprov meaning on a story's parts hang off them as notes") {
    const std::string dot = np::to_dot(generic_prov::story_with_extras());
    CHECK(has(dot, "ex:handle = @ann</FONT>>];\n  n0 -> s0 [style=dashed, arrowhead=none];"));
    CHECK(has(dot, "label=<wasAttributedTo a<BR/><FONT POINT-SIZE=\"9\">ex:confidence = 0.9</FONT>>];\n  n1 -> c0 "));
}
