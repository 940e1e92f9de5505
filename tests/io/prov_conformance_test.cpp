// What other tools' PROV documents need (issue 18's six causes, issue 20's
// blank nodes): each case written for the test, in both formats where both apply.
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>
#include <newsprov/io/prov_read.hpp>

#include <doctest/doctest.h>

#include <array>
#include <set>
#include <string>
#include <utility>
#include <string_view>

namespace np = newsprov;

namespace {
std::string error_of(auto&& f) {
    try {
        f();
    } catch (const np::input_error& e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

TEST_CASE("PROV-JSON: a typed or tagged value's \"$\" is written as a string, its lexical form kept") {
    const std::string_view provn = R"(document
  prefix ex <http://example.org/>
  entity(ex:e, [ex:n="1.50" %% xsd:decimal, ex:i="10" %% xsd:int, ex:b=7, ex:l="hi"@en])
endDocument
)";
    const std::string json = np::to_prov_json(np::read_prov_n(provn));
    CHECK(json.find(R"("ex:n":{"$":"1.50","type":"xsd:decimal"})") != std::string::npos);
    CHECK(json.find(R"("ex:i":{"$":"10","type":"xsd:int"})") != std::string::npos);
    CHECK(json.find(R"("ex:b":7)") != std::string::npos);  // an untyped integer stays a JSON number
    CHECK(json.find(R"("ex:l":{"$":"hi","lang":"en"})") != std::string::npos);
    // a number given inside "$" by another tool is written back as its text
    const std::string again = np::to_prov_json(np::read_prov_json(R"({"prefix": {"ex": "http://example.org/"},
        "entity": {"ex:e": {"ex:n": {"$": 2.50, "type": "xsd:decimal"}}}})"));
    CHECK(again.find(R"("ex:n":{"$":"2.50","type":"xsd:decimal"})") != std::string::npos);
    // and the same through PROV-N
    CHECK(np::to_prov_json(np::read_prov_n(np::to_prov_n(np::read_prov_json(again)))) == again);
}

TEST_CASE("PROV-N: identifiers of hadMember, alternateOf, specializationOf and mentionOf are read and written") {
    const std::string_view provn = R"(document
  prefix ex <http://example.org/>
  hadMember(ex:m1; ex:c, ex:e)
  alternateOf(ex:a1; ex:x, ex:y)
  specializationOf(ex:s1; ex:x, ex:y)
  mentionOf(ex:n1; ex:x, ex:y, ex:b)
endDocument
)";
    const np::prov::model m = np::read_prov_n_model(provn);
    REQUIRE(m.top.records.size() == 4);
    CHECK(m.top.records[0].id == "ex:m1");
    CHECK(m.top.records[3].id == "ex:n1");
    const std::string out = np::write_prov_n(m);
    CHECK(out.find("hadMember(ex:m1; ex:c, ex:e)") != std::string::npos);
    CHECK(out.find("alternateOf(ex:a1; ex:x, ex:y)") != std::string::npos);
    CHECK(np::read_prov_n_model(out) == m);
    const std::string json = np::write_prov_json(m);
    CHECK(json.find(R"("hadMember":{"ex:m1":)") != std::string::npos);
}

TEST_CASE("PROV-JSON: hadMember with a list of entities is one membership per entity") {
    const std::string_view json = R"({"prefix": {"ex": "http://example.org/"},
        "hadMember": {"ex:m": {"prov:collection": "ex:c", "prov:entity": ["ex:e1", "ex:e2", "ex:e3"]}}})";
    for (const np::prov::model& m : {np::read_prov_json_model(json), np::read_prov_json(json).foreign()}) {
        REQUIRE(m.top.records.size() == 3);
        CHECK(m.top.records[0].id == "ex:m");
        CHECK(m.top.records[0].args[1] == "ex:e1");
        CHECK(m.top.records[2].args[0] == "ex:c");
        CHECK(m.top.records[2].args[1] == "ex:e3");
        CHECK(m.top.records[1].id.empty());
    }
    CHECK(error_of([] {
              (void)np::read_prov_json(R"({"hadMember": {"ex:m": {"prov:collection": "ex:c", "prov:entity": ["ex:e1", ""]}}})");
          }).find("prov:entity must not be empty") != std::string::npos);
}

TEST_CASE("PROV-N: '//' inside a qualified name is part of it, not a comment") {
    const np::prov::model m = np::read_prov_n_model(
        "document\n  prefix file <file:>\n  entity(file:///usr/lib/a.pyc) // a comment\n  /* and another */ entity(file:b)\nendDocument\n");
    REQUIRE(m.top.records.size() == 2);
    CHECK(m.top.records[0].id == "file:///usr/lib/a.pyc");
    CHECK(np::read_prov_n_model(np::write_prov_n(m)) == m);
}

TEST_CASE("PROV-N: two bundles with one id are refused with the place of the second") {
    CHECK(error_of([] {
              (void)np::read_prov_n("document\n  bundle ex:b\n  endBundle\n  bundle ex:b\n  endBundle\nendDocument\n");
          }) == "4:10: bundle ex:b declared twice");
}

TEST_CASE("blank nodes: a blank entity keeps its id, and the relations that name it still do") {
    const std::string_view json = R"({"prefix": {"ex": "http://example.org/"},
        "entity": {"_:b1": {"prov:label": "anonymous"}, "ex:e": {}},
        "agent": {"_:b2": {}},
        "wasAttributedTo": {"_:r1": {"prov:entity": "_:b1", "prov:agent": "_:b2"}},
        "wasDerivedFrom": {"_:r2": {"prov:generatedEntity": "ex:e", "prov:usedEntity": "_:b1"}}})";
    const np::story_document doc = np::read_prov_json(json);
    const std::string out = np::to_prov_json(doc);
    CHECK(out.find(R"("_:b1":{"prov:label":"anonymous"})") != std::string::npos);
    CHECK(out.find(R"("prov:entity":"_:b1","prov:agent":"_:b2")") != std::string::npos);
    CHECK(out.find(R"("prov:usedEntity":"_:b1")") != std::string::npos);
    const std::string n = np::to_prov_n(doc);
    CHECK(n.find("entity(_:b1, [prov:label=\"anonymous\"])") != std::string::npos);
    CHECK(n.find("wasAttributedTo(_:r1; _:b1, _:b2)") != std::string::npos);
    CHECK(np::to_prov_json(np::read_prov_n(n)) == out);
}

TEST_CASE("blank nodes, property: every relation names an element the document has, through both formats") {
    // Documents of n blank entities and agents with relations among them, and
    // anonymous relations ("" ids) that the writers number around the kept ones.
    for (std::size_t n = 1; n <= 12; ++n) {
        np::prov::model m;
        m.top.namespaces.push_back({"ex", "http://example.org/"});
        for (std::size_t i = 0; i < n; ++i) {
            np::prov::record e;
            e.kind = i % 3 == 2 ? np::prov::record_kind::agent : np::prov::record_kind::entity;
            e.id = "_:id" + std::to_string(i * 2 + 1);  // the writers' own spelling, to provoke clashes
            m.top.records.push_back(e);
        }
        for (std::size_t i = 0; i < n; ++i) {
            np::prov::record r;
            r.kind = np::prov::record_kind::derivation;
            r.id = i % 2 == 0 ? std::string() : "_:id" + std::to_string(i);
            r.args[0] = m.top.records[i].id;
            r.args[1] = m.top.records[(i * 7 + 3) % n].id;
            m.top.records.push_back(r);
        }
        // records as (kind, args), and the ids given: what must survive
        auto shape = [](const np::prov::model& x) {
            std::multiset<std::pair<int, std::array<std::string, 5>>> records;
            std::set<std::string> elements;
            for (const np::prov::record& r : x.top.records) {
                records.insert({static_cast<int>(r.kind), r.args});
                if (r.kind == np::prov::record_kind::entity || r.kind == np::prov::record_kind::agent)
                    elements.insert(r.id);
            }
            return std::pair{records, elements};
        };
        const auto [records, elements] = shape(m);
        const np::prov::model from_json = np::read_prov_json_model(np::write_prov_json(m));
        const np::prov::model from_n = np::read_prov_n_model(np::write_prov_n(m));
        for (const np::prov::model* back : {&from_json, &from_n}) {
            CAPTURE(n);
            const auto [back_records, back_elements] = shape(*back);
            CHECK(back_records == records);
            CHECK(back_elements == elements);  // every blank element kept its id
            std::set<std::pair<int, std::string>> ids;
            for (const np::prov::record& r : back->top.records) {
                if (r.kind == np::prov::record_kind::derivation) {  // names elements that are there
                    CHECK(back_elements.contains(r.args[0]));
                    CHECK(back_elements.contains(r.args[1]));
                }
                if (!r.id.empty()) CHECK(ids.insert({static_cast<int>(r.kind), r.id}).second);  // no id twice
            }
        }
    }
}

TEST_CASE("format detection: by content, a byte order mark skipped, the extension only as a tie-break") {
    using F = np::prov_format;
    CHECK(np::detect_prov_format(R"({"entity": {}})", "x.provn") == F::json);  // content wins over the name
    CHECK(np::detect_prov_format("\xEF\xBB\xBF{\"entity\": {}}") == F::json);
    CHECK(np::detect_prov_format("  // a note\n /* more */ document\nendDocument\n", "x.json") == F::provn);
    CHECK(np::detect_prov_format("\xEF\xBB\xBF" "document endDocument") == F::provn);
    CHECK(np::detect_prov_format("", "empty.json") == F::json);  // nothing to go by: the extension
    CHECK(np::detect_prov_format("  \n", "blank.provn") == F::provn);
    CHECK(np::detect_prov_format("// only a comment", "c.json") == F::json);
    // a BOM'd PROV-JSON file reads as PROV-JSON, with every record
    const np::story_document doc =
        np::read_prov("\xEF\xBB\xBF{\"prefix\": {\"ex\": \"http://example.org/\"}, \"entity\": {\"ex:e\": {}}}", "d.provn");
    REQUIRE(doc.foreign().top.records.size() == 1);
    CHECK(doc.foreign().top.records[0].id == "ex:e");
    CHECK(np::read_prov("\xEF\xBB\xBF" "document\n  entity(ex:a)\nendDocument\n").foreign().top.records.size() == 1);
    // JSON with comments is JSON, refused by the strict reader at the comment
    CHECK(error_of([] { (void)np::read_prov("// note\n{\"entity\": {}}"); }).starts_with("1:1:"));
}
