// newsprov::write_extraction_jsonl: the record `newsprov extract` prints, from
// the library (schemas/extract-record.schema.json).
#include <doctest/doctest.h>

#include <newsprov/io/extraction_jsonl.hpp>
#include <newsprov/json/json.hpp>

#include <string>
#include <string_view>

namespace json = newsprov::json;

TEST_CASE("extraction_jsonl: one line with id, quotes, figures, credits, dateline") {
    constexpr std::string_view text = "\"The road will close,\" the mayor said. Officials said 40 homes were flooded.";
    const newsprov::text::extraction x = newsprov::text::extract(text);
    std::string out;
    newsprov::write_extraction_jsonl(out, json::value("story-7"), x);
    REQUIRE(!out.empty());
    CHECK(out.back() == '\n');
    CHECK(out.find('\n') == out.size() - 1);  // one line
    const json::value v = json::parse(out);
    CHECK(v.at("id").as_string() == "story-7");
    const auto& quotes = v.at("quotes").as_array();
    REQUIRE(quotes.size() == x.attributions.size());
    REQUIRE(!quotes.empty());
    const auto& first = quotes.at(0);
    const auto& content = first.at("content").as_array().at(0).as_array();
    CHECK(text.substr(static_cast<std::size_t>(content.at(0).as_int()),
                      static_cast<std::size_t>(content.at(1).as_int() - content.at(0).as_int()))
              .find("The road will close") != std::string_view::npos);
    CHECK(first.at("kind").as_string() == "direct");
    const auto& figures = v.at("figures").as_array();
    REQUIRE(figures.size() == x.figures.size());
    REQUIRE(!figures.empty());
    CHECK(figures.at(0).at("value").as_double() == 40.0);
    CHECK(v.at("byline").is_null());
    CHECK(v.at("dateline").is_null());
}

TEST_CASE("extraction_jsonl: a numeric id stays a number; appending keeps earlier lines") {
    const newsprov::text::extraction x = newsprov::text::extract("Nothing was said.");
    std::string out = "earlier\n";
    newsprov::write_extraction_jsonl(out, json::value(12), x);
    CHECK(out.starts_with("earlier\n{\"id\":12,\"quotes\":[],\"figures\":[]"));
}
