// An extraction as a story document (text/to_document.hpp): the mapping, the
// source-kind heuristic, and the invariant that a document extracted from a
// text checks clean against that same text (no quote-not-verbatim,
// claim-not-found, source-mismatch or figure-not-found), on our own sentences,
// on the seed article and on the PolNeAR articles when ../shared has them.

#include <doctest/doctest.h>
#include <newsprov/check/check.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/json/json.hpp>
#include <newsprov/text/to_document.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef NEWSPROV_SHARED_DIR
#define NEWSPROV_SHARED_DIR "../shared"
#endif

namespace np = newsprov;
namespace ck = newsprov::checker;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view invariant_rules[]{"quote-not-verbatim", "claim-not-found", "source-mismatch",
                                             "figure-not-found"};

/// The findings of the invariant's rules, one line each (empty when it holds).
std::string broken_invariant(std::string_view text) {
    const np::story_document doc = np::text::to_document(text);
    std::string out;
    for (const ck::finding& f : ck::validate(doc, text))
        if (std::find(std::begin(invariant_rules), std::end(invariant_rules), f.rule_id) != std::end(invariant_rules))
            out += std::string(f.rule_id) + ": " + f.message + "\n";
    return out;
}

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const np::source_record* source_named(const np::story_document& d, std::string_view name) {
    for (const auto& s : d.sources())
        if (s.name == name) return &s;
    return nullptr;
}

// Our own article (facts invented for the test).
constexpr std::string_view ferry_article =
    "By Ana Lima\n"
    "\n"
    "PORTO, Portugal -- The new river ferry carried 1,200 passengers in its first week, the operator said on Monday.\n"
    "\"We did not expect so many people so soon,\" said Rita Sousa, the company's director. "
    "She added that a second boat would arrive in June.\n"
    "The mayor of Porto said the service had cost 4 million euros, including 900,000 euros for the new pier.\n"
    "\"It is the best thing to happen to this bank of the river,\" the mayor said. \"People love it.\"\n"
    "Tiago Reis contributed reporting from Lisbon.\n";

}  // namespace

TEST_CASE("to_document: attributions become claims of their speakers, with spans and cues") {
    const np::text::extraction x = np::text::extract(ferry_article);
    const np::story_document d = np::text::to_document(x, ferry_article, {.story_id = "ferry"});
    CHECK(d.info().id == "ferry");
    CHECK(d.article_sha256() == np::sha256_hex(ferry_article));

    const np::source_record* sousa = source_named(d, "Rita Sousa");
    REQUIRE(sousa != nullptr);
    CHECK(sousa->kind == np::source_kind::person);
    CHECK(sousa->id == "rita-sousa");
    // each distinct speaker is one source
    CHECK(std::count_if(d.sources().begin(), d.sources().end(), [](const auto& s) { return s.name == "Rita Sousa"; }) == 1);

    // the direct quote, verbatim, attributed to her with the cue's words
    const auto quote = std::find_if(d.claims().begin(), d.claims().end(), [](const auto& c) {
        return c.kind == np::claim_kind::direct_quote && c.text.find("did not expect") != std::string_view::npos;
    });
    REQUIRE(quote != d.claims().end());
    CHECK(ferry_article.find(quote->text) != std::string_view::npos);
    const auto rel = std::find_if(d.relations().begin(), d.relations().end(), [&](const auto& r) {
        return r.kind == np::relation_kind::attribution && r.from == quote->id;
    });
    REQUIRE(rel != d.relations().end());
    CHECK(rel->to == sousa->id);
    CHECK(rel->cue == "said");
    // content, source and cue spans of the claim point into the article
    std::size_t content = 0, source = 0, cue = 0;
    for (const auto& s : d.spans()) {
        if (s.subject != quote->id) continue;
        (s.role == np::span_role::content ? content : s.role == np::span_role::source ? source : cue)++;
        CHECK(s.end <= ferry_article.size());
    }
    CHECK(content >= 1);
    CHECK(source >= 1);
    CHECK(cue >= 1);
    // every attribution made one claim (figures come on top)
    const auto quotes = std::count_if(d.claims().begin(), d.claims().end(), [](const auto& c) {
        return c.kind != np::claim_kind::reported_figure;
    });
    CHECK(static_cast<std::size_t>(quotes) == x.attributions.size());
}

TEST_CASE("to_document: figures keep their parts, credits become journalists, the dateline is kept") {
    const np::story_document d = np::text::to_document(ferry_article, {.story_id = "ferry"});
    // "4 million euros, including 900,000 euros": a whole and its part, by index
    const auto whole = std::find_if(d.quantities().begin(), d.quantities().end(), [](const auto& q) { return q.value == 4e6; });
    REQUIRE(whole != d.quantities().end());
    CHECK(whole->part_of == np::no_whole);
    const auto part = std::find_if(d.quantities().begin(), d.quantities().end(), [&](const auto& q) {
        return q.claim == whole->claim && q.part_of == whole->index;
    });
    REQUIRE(part != d.quantities().end());
    CHECK(part->value == 900000);
    // the figure inside the mayor's paraphrase is the mayor's
    const auto fig_rel = std::find_if(d.relations().begin(), d.relations().end(), [&](const auto& r) { return r.from == whole->claim; });
    REQUIRE(fig_rel != d.relations().end());
    const np::source_record* mayor = d.find_source(fig_rel->to);
    REQUIRE(mayor != nullptr);
    CHECK(mayor->kind == np::source_kind::office);

    const np::source_record* lima = source_named(d, "Ana Lima");
    REQUIRE(lima != nullptr);
    CHECK(lima->kind == np::source_kind::journalist);
    CHECK(std::any_of(d.relations().begin(), d.relations().end(), [&](const auto& r) {
        return r.kind == np::relation_kind::byline && r.to == lima->id && r.from == "ferry";
    }));
    const np::source_record* reis = source_named(d, "Tiago Reis");
    REQUIRE(reis != nullptr);
    CHECK(std::any_of(d.relations().begin(), d.relations().end(), [&](const auto& r) {
        return r.kind == np::relation_kind::contributor && r.to == reis->id && r.location == "Lisbon";
    }));
    CHECK(d.info().dateline.starts_with("PORTO"));
}

TEST_CASE("to_document: the source-kind heuristic") {
    using np::source_kind;
    CHECK(np::text::source_kind_of("Dmitry Peskov") == source_kind::person);
    CHECK(np::text::source_kind_of("mayor of Kharkiv") == source_kind::office);
    CHECK(np::text::source_kind_of("the president") == source_kind::office);
    CHECK(np::text::source_kind_of("Ukraine's economy minister") == source_kind::office);
    CHECK(np::text::source_kind_of("the Kremlin") == source_kind::organization);
    CHECK(np::text::source_kind_of("Justice Department") == source_kind::organization);
    CHECK(np::text::source_kind_of("The New York Times") == source_kind::publication);
    CHECK(np::text::source_kind_of("Reuters") == source_kind::publication);
    CHECK(np::text::source_kind_of("officials") == source_kind::anonymous);
    CHECK(np::text::source_kind_of("a person familiar with the talks") == source_kind::anonymous);
    CHECK(np::text::source_kind_of("") == source_kind::anonymous);
}

TEST_CASE("to_document: the document survives PROV-JSON and checks clean against its own text") {
    const np::story_document d = np::text::to_document(ferry_article);
    const np::story_document back = np::read_prov_json(np::to_prov_json(d));
    CHECK(np::to_prov_json(back) == np::to_prov_json(d));
    CHECK(back.article_sha256() == d.article_sha256());
    CHECK(broken_invariant(ferry_article).empty());
}

TEST_CASE("to_document invariant: the seed article") {
    const fs::path seed = fs::path(NEWSPROV_SHARED_DIR) / "seed" / "article.txt";
    if (!fs::exists(seed)) return;
    const std::string text = read_all(seed);
    REQUIRE(!text.empty());
    const np::story_document d = np::text::to_document(text);
    const std::size_t attributed = d.claims().size();
    CHECK(attributed >= 5);
    CHECK(broken_invariant(text) == "");
}

TEST_CASE("to_document invariant: PolNeAR articles") {
    for (const char* split : {"polnear-dev.jsonl", "polnear-train.jsonl"}) {
        const fs::path file = fs::path(NEWSPROV_SHARED_DIR) / "eval" / split;
        if (!fs::exists(file)) continue;
        std::ifstream in(file, std::ios::binary);
        np::json::stream_line_reader lines(in);
        std::size_t articles = 0;
        while (auto rec = lines.next()) {
            const auto* t = rec->data.find("text");
            if (t == nullptr || !t->is_string()) continue;
            INFO(split << " line " << rec->line);
            CHECK(broken_invariant(t->as_string()) == "");
            ++articles;  // all 924 take about a second
        }
        CHECK(articles > 0);
    }
}
