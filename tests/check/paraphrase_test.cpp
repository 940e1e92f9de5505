// Paraphrase search among repeated sentences: which repeat wins, and that a
// paraphrase_finder reused for many claims answers as a fresh search does.
#include <newsprov/check/check.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ck = newsprov::checker;

namespace {

constexpr std::string_view repeated = "The ferry will resume service in early spring.";

/// Paragraphs: a filler sentence, then the repeated one, `n` times; where each repeat starts.
std::string harbor_text(std::size_t n, std::vector<std::size_t>& starts) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) {
        text += "Gulls circled over pier number " + std::to_string(i + 1) + " all morning. ";
        starts.push_back(text.size());
        text += repeated;
        text += "\n\n";
    }
    return text;
}

}  // namespace

TEST_CASE("find_paraphrase: among equal repeats, the one nearest `near` wins, the earlier on a tie") {
    std::vector<std::size_t> starts;
    const std::string text = harbor_text(6, starts);
    const ck::article a(text);
    const std::string_view claim = "the ferry will resume service in early spring";

    // a passage runs from the first to the last content word the claim shares: from "ferry"
    auto passage = [&](std::size_t k) { return starts[k] + std::string_view("The ").size(); };
    const ck::claim_match first = ck::find_paraphrase(a, claim);
    REQUIRE(first.found);
    CHECK(first.begin == passage(0));

    for (std::size_t k = 0; k < starts.size(); ++k) {
        const ck::claim_match m = ck::find_paraphrase(a, claim, {.near = starts[k]});
        REQUIRE(m.found);
        CHECK(m.begin == passage(k));
        CHECK(m.score == doctest::Approx(1.0));
    }
    // halfway between the third and fourth repeats: the third
    const std::size_t half = (starts[2] + starts[3]) / 2;
    const std::size_t d2 = half - starts[2], d3 = starts[3] - half;
    const ck::claim_match mid = ck::find_paraphrase(a, claim, {.near = half});
    CHECK(mid.begin == (d3 < d2 ? passage(3) : passage(2)));
    // past the end: the last
    CHECK(ck::find_paraphrase(a, claim, {.near = text.size()}).begin == passage(starts.size() - 1));
}

TEST_CASE("find_paraphrase: a sentence holding more of the claim beats a nearer one holding less") {
    const std::string text =
        "The ferry will resume service in early spring, the harbor master said.\n\n"
        "Crews painted the hull.\n\n"
        "The ferry will resume.\n\n";
    const ck::article a(text);
    const ck::claim_match m =
        ck::find_paraphrase(a, "the ferry will resume service in early spring", {.near = text.size()});
    REQUIRE(m.found);
    CHECK(m.begin == std::string_view("The ").size());  // the first paragraph, from "ferry"
}

TEST_CASE("paraphrase_finder: reused for many claims, the same answers as one search each") {
    std::vector<std::size_t> starts;
    const std::string text = harbor_text(40, starts);
    const ck::article a(text);
    ck::paraphrase_finder finder(a);
    const std::vector<std::string_view> claims{"the ferry will resume service in early spring",
                                               "gulls circled over the pier all morning",
                                               "ferry service resumes in spring", "nothing of the sort"};
    for (std::size_t round = 0; round < 3; ++round)
        for (std::size_t k = 0; k < starts.size(); k += 7)
            for (const std::string_view claim : claims) {
                const ck::paraphrase_search search{.threshold = 0.5, .near = starts[k]};
                const ck::claim_match again = finder.find(claim, search);
                const ck::claim_match fresh = ck::find_paraphrase(a, claim, search);
                INFO("claim: " << claim << ", near repeat " << k);
                CHECK(again.found == fresh.found);
                CHECK(again.begin == fresh.begin);
                CHECK(again.end == fresh.end);
                CHECK(again.score == fresh.score);
            }
}

TEST_CASE("validate: a claim declared many times is found at the same passage each time") {
    std::vector<std::size_t> starts;
    const std::string text = harbor_text(30, starts);
    newsprov::story_document d;
    for (int i = 0; i < 20; ++i) {
        // (built by append: g++ 12 -O3 gives a false -Wrestrict for "c" + std::string)
        std::string id = "c";
        id += std::to_string(i);
        d.add_claim({newsprov::claim_kind::direct_quote, id, "The ferry will resume service in early autumn"});
    }
    const std::vector<ck::finding> fs = ck::validate(d, text);
    std::size_t not_verbatim = 0;
    for (const ck::finding& f : fs) {
        if (f.rule_id != "quote-not-verbatim") continue;
        ++not_verbatim;
        CHECK(f.where.offset == starts[0]);  // the closest passage: the first repeat, every time
    }
    CHECK(not_verbatim == 20);
}
