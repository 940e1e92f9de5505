// Content binding: a document records the SHA-256 of the article it was made
// from (np:articleSha256), keeps it through PROV-JSON and PROV-N, and
// checker::validate reports article-changed when the text differs.

#include <doctest/doctest.h>
#include <newsprov/check/check.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>
#include <newsprov/util/sha256.hpp>

#include <algorithm>
#include <string>

namespace np = newsprov;
namespace ck = newsprov::checker;

namespace {

constexpr std::string_view harbour_text =
    "The harbour master said the new pier would open in March. Ferries will dock there twice a day.\n";

np::story_document bound_document() {
    np::story_document d;
    d.set_info({.id = "harbour"});
    d.set_article_sha256(np::sha256_hex(harbour_text));
    d.add_source({.kind = np::source_kind::office, .id = "master", .name = "the harbour master"});
    d.add_claim({np::claim_kind::paraphrase, "c1", "the new pier would open in March"});
    d.add_relation({.kind = np::relation_kind::attribution, .from = "c1", .to = "master", .cue = "said"});
    return d;
}

std::size_t count_rule(const std::vector<ck::finding>& fs, std::string_view id) {
    return static_cast<std::size_t>(std::count_if(fs.begin(), fs.end(), [&](const ck::finding& f) { return f.rule_id == id; }));
}

}  // namespace

TEST_CASE("binding: the same text passes, an edited one is article-changed with both hashes") {
    const np::story_document d = bound_document();
    CHECK(count_rule(ck::validate(d, harbour_text), "article-changed") == 0);

    const std::string edited = std::string(harbour_text) + "The pier cost more than planned.\n";
    const auto fs = ck::validate(d, edited);
    REQUIRE(count_rule(fs, "article-changed") == 1);
    const auto it = std::find_if(fs.begin(), fs.end(), [](const ck::finding& f) { return f.rule_id == "article-changed"; });
    CHECK(it->level == np::severity::warning);
    CHECK(it->message.find(np::sha256_hex(edited)) != std::string::npos);
    CHECK(it->message.find(np::sha256_hex(harbour_text)) != std::string::npos);

    // an unbound document says nothing about the text's identity
    np::story_document unbound = d;
    unbound.set_article_sha256("");
    CHECK(count_rule(ck::validate(unbound, edited), "article-changed") == 0);
}

TEST_CASE("binding: np:articleSha256 survives PROV-JSON and PROV-N") {
    const np::story_document d = bound_document();
    const std::string json = np::to_prov_json(d);
    CHECK(json.find("\"np:articleSha256\"") != std::string::npos);
    CHECK(np::read_prov_json(json).article_sha256() == np::sha256_hex(harbour_text));
    const std::string provn = np::to_prov_n(d);
    CHECK(provn.find("np:articleSha256=") != std::string::npos);
    CHECK(np::read_prov_n(provn).article_sha256() == np::sha256_hex(harbour_text));
    // a document read back checks the same way
    CHECK(count_rule(ck::validate(np::read_prov_json(json), std::string(harbour_text) + "x"), "article-changed") == 1);
}

TEST_CASE("binding: only 64 hex digits are a hash; upper case is kept lower") {
    np::story_document d;
    CHECK_THROWS_AS(d.set_article_sha256("abc"), np::document_error);
    CHECK_THROWS_AS(d.set_article_sha256(std::string(64, 'g')), np::document_error);
    d.set_article_sha256(std::string(64, 'A'));
    CHECK(d.article_sha256() == std::string(64, 'a'));
    const std::string bad = np::to_prov_json(d);
    std::string broken = bad;
    broken.replace(broken.find(std::string(64, 'a')), 64, "not-a-hash");
    CHECK_THROWS_AS((void)np::read_prov_json(broken), np::input_error);
}

TEST_CASE("binding: SARIF lists article-changed among the rules") {
    std::string out;
    const std::vector<ck::finding> none;
    ck::write_sarif(out, none, {ck::validation_rules, np::default_policy::rules}, {"a.txt", harbour_text});
    CHECK(out.find("\"article-changed\"") != std::string::npos);
}
