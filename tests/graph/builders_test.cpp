// The typed builders of story_document: parts of the compile-time vocabulary
// added at run time, the policy checked as they go in, and a broken rule
// raised as the same rule_violation (same rule id) that check() reports.

#include <doctest/doctest.h>
#include <newsprov/graph/graph.hpp>

#include <string>

namespace np = newsprov;

namespace {

/// The rule id a builder call throws, or "" when it does not throw.
template <class F>
std::string thrown_rule(F&& f) {
    try {
        f();
    } catch (const np::rule_violation& e) {
        return e.rule_id();
    }
    return "";
}

/// The rule ids check() reports for a document.
std::string checked_rules(const np::story_document& d) {
    std::string out;
    for (const auto& diag : np::check(d)) out += std::string(diag.rule_id) + " ";
    return out;
}

}  // namespace

TEST_CASE("builders: a story from the typed vocabulary, with designated story_info") {
    np::story_document doc;
    doc.set_info({.id = "port", .headline = "Port reopens", .dateline = "VALLETTA"});
    CHECK(doc.info().dateline == "VALLETTA");
    const std::string runtime_name = std::string("Maria ") + "Borg";  // dies before the document is read
    CHECK(doc.add(np::person{"borg", runtime_name, "harbour master"}) == "borg");
    doc.add(np::organization{"authority", "the port authority"});
    doc.add(np::spokesperson<np::source_kind::organization>{"vella", "Joe Vella", "spokesman", np::organization{"authority", ""}});
    doc.add(np::journalist{"reporter", "Ana Camilleri"});
    doc.add(np::direct_quote{"q1", "We are open again"});
    const auto toll = np::reported_figure{"ships", "40 ships, including 12 cruise ships"}
                          .with(np::quantity{40, "", "ships"}.including(12, "cruise ships"));
    doc.add(toll);
    doc.attribute("q1", "borg", "said");
    doc.attribute("ships", "authority", "reported");
    doc.on_behalf_of("vella", "authority");
    doc.credit("reporter");
    CHECK(checked_rules(doc) == "");
    REQUIRE(doc.quantities().size() == 2);
    CHECK(doc.quantities()[1].part_of == 0);  // the part points at its whole, given by value
    CHECK(doc.quantities()[1].value == 12);
    CHECK(doc.find_source("borg")->name == "Maria Borg");
    CHECK(doc.relations().back().kind == np::relation_kind::byline);
    CHECK(doc.relations().back().from == "port");

    // the typed form of attribute is checked by the compiler
    np::story_document typed;
    const np::person mayor{"mayor", "Ian Borg"};
    const np::paraphrase plan{"plan", "the port will add a berth"};
    typed.add(mayor);
    typed.add(plan);
    typed.attribute(plan, mayor, "announced");
    CHECK(checked_rules(typed) == "");
}

TEST_CASE("builders: a broken rule throws the rule id check() reports") {
    np::story_document doc;
    doc.add(np::organization{"authority", "the port authority"});
    doc.add(np::direct_quote{"q1", "We are open again"});
    doc.add(np::paraphrase{"p1", "the port reopened"});
    doc.add(np::journalist{"reporter", "Ana Camilleri"});

    // a direct quote from an organization: quote-needs-speaker, as check() says of the same relation
    CHECK(thrown_rule([&] { doc.attribute("q1", "authority", "said"); }) == "quote-needs-speaker");
    np::story_document raw = doc;
    raw.add_relation({.kind = np::relation_kind::attribution, .from = "q1", .to = "authority", .cue = "said"});
    CHECK(checked_rules(raw).find("quote-needs-speaker") != std::string::npos);
    // the rejected relation was not added
    CHECK(doc.relations().empty());

    CHECK(thrown_rule([&] { doc.attribute("p1", "nobody", "said"); }) == "attributor-declared");
    CHECK(thrown_rule([&] { doc.attribute("nothing", "authority", "said"); }) == "attributor-declared");
    CHECK(thrown_rule([&] { doc.add(np::anonymous{"anon", "an official"}); }) == "anonymous-needs-reason");
    CHECK(thrown_rule([&] {
              doc.add(np::source_record{.kind = np::source_kind::anonymous, .id = "anon2", .name = "an aide"});
          }) == "anonymous-needs-reason");
    CHECK(thrown_rule([&] { doc.add(np::anonymous{"anon3", "an aide", "not authorized to speak"}); }) == "");
    CHECK(thrown_rule([&] { doc.credit("authority"); }) == "byline-needs-journalist");
    CHECK(thrown_rule([&] { doc.on_behalf_of("authority", "authority"); }) == "no-self-attribution");
    CHECK(thrown_rule([&] {
              doc.add(np::reported_figure{"bad", "3 of 2"}.with(np::quantity{2, "", "ships"}.including(3, "ferries")));
          }) == "part-within-whole");
    CHECK(thrown_rule([&] { doc.on_behalf_of("reporter", "authority"); }) == "");  // a spokesperson by relation
    CHECK_THROWS_AS(doc.credit("reporter", np::relation_kind::attribution), np::document_error);
}
