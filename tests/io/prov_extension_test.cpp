// PROV-N extension expressions (issue 18, cause 3): a prefixed name used as the
// expression, read and written by PROV-N argument by argument, refused with
// its place by the formats that cannot hold it.
#include <newsprov/io/dot.hpp>
#include <newsprov/io/jsonld.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>
#include <newsprov/io/turtle.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace np = newsprov;
using shape = np::prov::extension_argument::shape;

namespace {

struct caught {
    std::string what = "no error";
    std::string limit;
    std::size_t line = 0;
    std::size_t column = 0;
};
caught error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const np::input_error& e) {
        return {e.what(), std::string(e.limit()), e.where().line, e.where().column};
    }
    return {};
}

np::prov::extension_argument name(std::string_view q, shape s = shape::name) {
    np::prov::extension_argument a;
    a.form = s;
    a.text = q;
    return a;
}
np::prov::extension_argument value(np::prov::literal l) {
    np::prov::extension_argument a;
    a.form = shape::value;
    a.value = std::move(l);
    return a;
}
np::prov::extension_argument group(shape s, std::vector<np::prov::extension_argument> items) {
    np::prov::extension_argument a;
    a.form = s;
    a.items = std::move(items);
    return a;
}

// One line per argument form: dictionary insertion and removal, an identifier,
// a nested expression with its own identifier and attributes, a time, "-",
// literals of every spelling, an empty set, and one inside a bundle.
constexpr std::string_view every_form = R"(document
  prefix ex <http://example.org/>
  prefix d <http://example.org/dict/>
  entity(ex:ledger0)
  prov:derivedByInsertionFrom(ex:ledger1, ex:ledger0, {("north", ex:pier), ("south", ex:jetty)}, [ex:by='ex:clerk'])
  prov:derivedByRemovalFrom(d:r1; ex:ledger2, ex:ledger1, {"north", "12" %% xsd:int, 40})
  ex:relabelled(-; ex:sign, 2024-03-09T08:15:00Z, -, {}, 'ex:old', "quai"@fr, """two
lines""", ex:by(ex:k; ex:crane, [ex:load=3]), (ex:a, (ex:b, ex:c)))
  bundle ex:log
    prefix ex <http://example.org/>
    prov:hadDictionaryMember(ex:ledger2, ex:jetty, "south")
  endBundle
endDocument
)";

}  // namespace

TEST_CASE("PROV-N extension expressions: every argument form is read") {
    const np::prov::model m = np::read_prov_n_model(every_form);
    REQUIRE(m.top.records.size() == 1);
    REQUIRE(m.top.extensions.size() == 3);

    const np::prov::extension& insertion = m.top.extensions[0];
    CHECK(insertion.name == "prov:derivedByInsertionFrom");
    CHECK(insertion.id.empty());
    CHECK(insertion.where.line == 5);
    CHECK(insertion.where.column == 3);
    REQUIRE(insertion.args.size() == 3);
    CHECK(insertion.args[0] == name("ex:ledger1"));
    CHECK(insertion.args[1] == name("ex:ledger0"));
    CHECK(insertion.args[2] ==
          group(shape::set, {group(shape::tuple, {value(np::prov::literal::string("north")), name("ex:pier")}),
                             group(shape::tuple, {value(np::prov::literal::string("south")), name("ex:jetty")})}));
    REQUIRE(insertion.attributes.size() == 1);
    CHECK(insertion.attributes[0].name == "ex:by");
    CHECK(insertion.attributes[0].value == np::prov::literal::qualified_name("ex:clerk"));

    const np::prov::extension& removal = m.top.extensions[1];
    CHECK(removal.id == "d:r1");
    REQUIRE(removal.args.size() == 3);
    REQUIRE(removal.args[2].form == shape::set);
    REQUIRE(removal.args[2].items.size() == 3);
    CHECK(removal.args[2].items[1].value.text == "12");
    CHECK(removal.args[2].items[1].value.datatype == "xsd:int");
    CHECK(removal.args[2].items[2].value.text == "40");
    CHECK(removal.args[2].items[2].value.form == np::prov::lexical::number);

    const np::prov::extension& relabel = m.top.extensions[2];
    CHECK(relabel.id.empty());  // "-;" is no identifier
    REQUIRE(relabel.args.size() == 9);
    CHECK(relabel.args[1] == name("2024-03-09T08:15:00Z", shape::time));
    CHECK(relabel.args[2].form == shape::absent);
    CHECK(relabel.args[3] == group(shape::set, {}));
    CHECK(relabel.args[4].value == np::prov::literal::qualified_name("ex:old"));
    CHECK(relabel.args[5].value.lang == "fr");
    CHECK(relabel.args[6].value.text == "two\nlines");
    const np::prov::extension_argument& nested = relabel.args[7];
    CHECK(nested.form == shape::expression);
    CHECK(nested.text == "ex:by");
    CHECK(nested.id == "ex:k");
    CHECK(nested.items == std::vector{name("ex:crane")});
    REQUIRE(nested.attributes.size() == 1);
    CHECK(nested.attributes[0].value.text == "3");
    CHECK(relabel.args[8] == group(shape::tuple, {name("ex:a"), group(shape::tuple, {name("ex:b"), name("ex:c")})}));

    REQUIRE(m.bundles.size() == 1);
    REQUIRE(m.bundles[0].content.extensions.size() == 1);
    CHECK(m.bundles[0].content.extensions[0].name == "prov:hadDictionaryMember");
    CHECK(m.bundles[0].content.extensions[0].where.line == 11);
}

TEST_CASE("PROV-N extension expressions: written back as read, byte-stable on a second pass") {
    const std::string once = np::write_prov_n(np::read_prov_n_model(every_form));
    CHECK(once == R"(document
  prefix ex <http://example.org/>
  prefix d <http://example.org/dict/>

  entity(ex:ledger0)
  prov:derivedByInsertionFrom(ex:ledger1, ex:ledger0, {("north", ex:pier), ("south", ex:jetty)}, [ex:by='ex:clerk'])
  prov:derivedByRemovalFrom(d:r1; ex:ledger2, ex:ledger1, {"north", "12" %% xsd:int, 40})
  ex:relabelled(ex:sign, 2024-03-09T08:15:00Z, -, {}, 'ex:old', "quai"@fr, "two\nlines", ex:by(ex:k; ex:crane, [ex:load=3]), (ex:a, (ex:b, ex:c)))
  bundle ex:log
    prefix ex <http://example.org/>

    prov:hadDictionaryMember(ex:ledger2, ex:jetty, "south")
  endBundle
endDocument
)");
    CHECK(np::read_prov_n_model(once) == np::read_prov_n_model(every_form));
    CHECK(np::write_prov_n(np::read_prov_n_model(once)) == once);
    // through a document (read_prov_n -> to_prov_n) they are kept the same way
    const std::string via_document = np::to_prov_n(np::read_prov_n(every_form));
    CHECK(np::read_prov_n_model(via_document).top.extensions == np::read_prov_n_model(every_form).top.extensions);
    CHECK(np::to_prov_n(np::read_prov_n(via_document)) == via_document);
}

TEST_CASE("PROV-N extension expressions: names that need escapes, built in code, read back the same") {
    np::prov::model m;
    m.top.namespaces.push_back({"ex", "http://example.org/"});
    np::prov::extension e;
    e.name = "ex:odd{name}";
    e.id = "ex:id,1";
    e.args = {name("ex:a}b"), name("-"), name("ex:(c)"), value(np::prov::literal::string("say \"hi\"")),
              group(shape::set, {name("ex:x{")})};
    e.attributes.push_back({"ex:note", np::prov::literal::string("a } b")});
    m.top.extensions.push_back(e);
    const std::string text = np::write_prov_n(m);
    const np::prov::model back = np::read_prov_n_model(text);
    CHECK(back == m);
    CHECK(np::write_prov_n(back) == text);
}

TEST_CASE("PROV-N extension expressions: malformed ones are refused with line:col") {
    auto read = [](std::string_view body) {
        const std::string text = "document\n  prefix ex <http://example.org/>\n" + std::string(body) + "\nendDocument\n";
        return error_of([&] { (void)np::read_prov_n_model(text); }).what;
    };
    CHECK(read("  ex:touch()") == "3:12: expected an extension argument: a name, '-', a literal, '{' or '('");
    CHECK(read("  ex:touch([ex:k=1])") == "3:12: an extension expression needs an argument before its attributes");
    CHECK(read("  ex:touch(ex:a, {ex:b)") == "3:23: expected ',' or '}' in a set");
    CHECK(read("  ex:touch(ex:a, (ex:b})") == "3:23: expected ',' or ')' in a tuple");
    CHECK(read("  ex:touch(ex:a,, ex:b)") == "3:17: expected an extension argument: a name, '-', a literal, '{' or '('");
    CHECK(read("  ex:touch(ex:a ex:b)") == "3:17: expected ',' or ')' in an extension expression");
    CHECK(read("  ex:touch(ex:a, [ex:k])") == "3:23: expected '=' after the attribute name");
    CHECK(read("  ex:touch(ex:a, 'ex:b)") == "3:19: expected 'prefix:name'");
    CHECK(read("  ex:touch ex:a") == "3:12: expected '(' after the extension expression's name");
    // a word without a prefix is no extension expression: a misspelt keyword stays an error
    CHECK(read("  wasGeneratedby(ex:e, ex:a)") == "3:3: unknown PROV-N expression \"wasGeneratedby\"");
}

TEST_CASE("PROV-N extension expressions: nesting deeper than max_extension_depth is refused") {
    std::string deep = "document\n  ex:deep(";
    for (int i = 0; i < 10; ++i) deep += "{";
    deep += "ex:x";
    for (int i = 0; i < 10; ++i) deep += "}";
    deep += ")\nendDocument\n";
    np::prov_n_limits lim;
    lim.max_extension_depth = 8;
    const caught e = error_of([&] { (void)np::read_prov_n_model(deep, lim); });
    CHECK(e.limit == "max_extension_depth");
    CHECK(e.line == 2);
    CHECK(e.column == 18);
    lim.max_extension_depth = 11;
    CHECK(np::read_prov_n_model(deep, lim).top.extensions.size() == 1);
}

TEST_CASE("PROV-N extension expressions: outside expressions, '{' and '}' are still name bytes") {
    const np::prov::model m = np::read_prov_n_model("document\n  entity(ex:a{1})\nendDocument\n");
    REQUIRE(m.top.records.size() == 1);
    CHECK(m.top.records[0].id == "ex:a{1}");
}

TEST_CASE("PROV-JSON, Turtle, DOT and JSON-LD refuse an extension expression, naming it and its place") {
    const np::story_document doc = np::read_prov_n(every_form);
    auto refusal = [&](const std::function<void()>& write) { return error_of(write); };
    const std::string tail = " cannot hold the extension expression prov:derivedByInsertionFrom; export --to prov-n keeps it";
    CHECK(refusal([&] { (void)np::to_prov_json(doc); }).what == "5:3: PROV-JSON" + tail);
    CHECK(refusal([&] { (void)np::write_prov_json(np::read_prov_n_model(every_form)); }).what == "5:3: PROV-JSON" + tail);
    CHECK(refusal([&] { (void)np::to_turtle(doc); }).what == "5:3: PROV-O Turtle" + tail);
    CHECK(refusal([&] { (void)np::to_dot(doc); }).what == "5:3: DOT" + tail);
    CHECK(refusal([&] { (void)np::to_jsonld(doc); }).what == "5:3: JSON-LD" + tail);

    // one inside a bundle only is refused as well, and the output buffer is left as it was
    const np::story_document in_bundle = np::read_prov_n(R"(document
  entity(ex:plain)
  bundle ex:b
    ex:tagged(ex:plain, "blue")
  endBundle
endDocument
)");
    std::string out = "kept";
    const caught e = error_of([&] { np::write_turtle(out, in_bundle.info(), in_bundle.records(), {}, &in_bundle.foreign()); });
    CHECK(e.what == "4:5: PROV-O Turtle cannot hold the extension expression ex:tagged; export --to prov-n keeps it");
    CHECK(out == "kept");
    out = "kept";
    CHECK(error_of([&] { np::write_dot(out, in_bundle.info(), in_bundle.records(), {}, &in_bundle.foreign()); }).line == 4);
    CHECK(out == "kept");
    out = "kept";
    CHECK(error_of([&] { np::write_jsonld(out, in_bundle.info(), in_bundle.records(), {}, &in_bundle.foreign()); }).line == 4);
    CHECK(out == "kept");
    // without the extension expression, all four write
    const np::story_document plain = np::read_prov_n("document\n  entity(ex:plain)\nendDocument\n");
    CHECK(np::to_prov_json(plain).find("ex:plain") != std::string::npos);
    CHECK(np::to_turtle(plain).find("plain") != std::string::npos);
}
