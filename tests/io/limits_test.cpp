// Limits on hostile input, one test per limit: exceeding one throws
// newsprov::input_error whose limit() names it and whose position points at
// the place where the input went over (never a partial result).
#include <newsprov/check/check.hpp>
#include <newsprov/json/json.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace {

/// The error `f` throws (fails the test when it throws nothing).
template <class F>
newsprov::input_error error_of(F&& f) {
    try {
        f();
    } catch (const newsprov::input_error& e) {
        return e;
    }
    FAIL("no input_error thrown");
    return newsprov::input_error({}, "");
}

std::string provn_document(std::string_view body) {
    return "document\n  prefix ex <http://example.org/>\n" + std::string(body) + "endDocument\n";
}

}  // namespace

TEST_CASE("JSON limits: each one named, at its position") {
    namespace json = newsprov::json;
    {
        json::limits lim;
        lim.max_input_bytes = 16;
        const auto e = error_of([&] { (void)json::parse("[1, 2, 3, 4, 5, 6, 7, 8]", lim); });
        CHECK(e.limit() == "max_input_bytes");
    }
    {
        json::limits lim;
        lim.max_depth = 3;
        CHECK_NOTHROW((void)json::parse("[[[1]]]", lim));
        const auto e = error_of([&] { (void)json::parse("[[[[1]]]]", lim); });
        CHECK(e.limit() == "max_depth");
        CHECK(e.where().offset == 3);
    }
    {
        // 100,000 nested brackets: refused at the default depth, not a stack overflow
        const std::string deep(100'000, '[');
        const auto e = error_of([&] { (void)json::parse(deep); });
        CHECK(e.limit() == "max_depth");
        CHECK(e.where().offset == json::limits{}.max_depth);
    }
    {
        json::limits lim;
        lim.max_string_bytes = 4;
        CHECK_NOTHROW((void)json::parse("\"abcd\"", lim));
        const auto e = error_of([&] { (void)json::parse("{\"k\": \"abcde\"}", lim); });
        CHECK(e.limit() == "max_string_bytes");
        CHECK(e.where().line == 1);
    }
    {
        json::limits lim;
        lim.max_members = 2;
        const auto e = error_of([&] { (void)json::parse("[1, 2, 3]", lim); });
        CHECK(e.limit() == "max_members");
    }
    {
        json::limits lim;
        lim.max_records = 2;
        json::line_reader lines("{}\n{}\n{}\n", lim);
        CHECK(lines.next());
        CHECK(lines.next());
        const auto e = error_of([&] { (void)lines.next(); });
        CHECK(e.limit() == "max_records");
        CHECK(e.where().line == 3);
    }
}

TEST_CASE("PROV-JSON reading takes the JSON limits") {
    newsprov::json::limits lim = newsprov::prov_json_limits();
    lim.max_input_bytes = 10;
    auto e = error_of([&] { (void)newsprov::read_prov_json("{\"entity\": {\"ex:a\": {}}}", lim); });
    CHECK(e.limit() == "max_input_bytes");
    lim = newsprov::prov_json_limits();
    lim.max_depth = 2;
    e = error_of([&] { (void)newsprov::read_prov_json("{\"entity\": {\"ex:a\": {}}}", lim); });
    CHECK(e.limit() == "max_depth");
    CHECK(e.where().column == 21);
}

TEST_CASE("PROV-N limits: input size, string and name length, records, attributes") {
    using newsprov::prov_n_limits;
    using newsprov::read_prov_n_model;
    {
        prov_n_limits lim;
        lim.max_input_bytes = 20;
        const auto e = error_of([&] { (void)read_prov_n_model(provn_document("entity(ex:a)\n"), lim); });
        CHECK(e.limit() == "max_input_bytes");
    }
    {
        prov_n_limits lim;
        lim.max_string_bytes = 24;  // the prefix IRI has 19 bytes
        CHECK_NOTHROW((void)read_prov_n_model(provn_document("entity(ex:a, [ex:v=\"123456789012345678901234\"])\n"), lim));
        auto e = error_of([&] {
            (void)read_prov_n_model(provn_document("entity(ex:a, [ex:v=\"1234567890123456789012345\"])\n"), lim);
        });
        CHECK(e.limit() == "max_string_bytes");
        CHECK(e.where().line == 3);
        CHECK(e.where().column == 20);  // the string's opening quote
        e = error_of([&] { (void)read_prov_n_model(provn_document("entity(ex:abcdefghijklmnopqrstuvw)\n"), lim); });
        CHECK(e.limit() == "max_string_bytes");
        CHECK(e.where().column == 8);  // the name's first byte
        e = error_of([&] { (void)read_prov_n_model("document\nprefix ex <http://example.org/a/b/c/d/e/>\nendDocument\n", lim); });
        CHECK(e.limit() == "max_string_bytes");
        CHECK(e.where().line == 2);
    }
    {
        prov_n_limits lim;
        lim.max_records = 2;
        const std::string two = provn_document("entity(ex:a)\nentity(ex:b)\n");
        CHECK(read_prov_n_model(two, lim).record_count() == 2);
        const auto e = error_of([&] {
            (void)read_prov_n_model(provn_document("entity(ex:a)\nbundle ex:b\nentity(ex:c)\nentity(ex:d)\nendBundle\n"), lim);
        });
        CHECK(e.limit() == "max_records");
        CHECK(e.where().line == 6);  // records in bundles count too
    }
    {
        prov_n_limits lim;
        lim.max_attributes = 2;
        CHECK_NOTHROW((void)read_prov_n_model(provn_document("entity(ex:a, [ex:x=1, ex:y=2])\n"), lim));
        const auto e = error_of([&] { (void)read_prov_n_model(provn_document("entity(ex:a, [ex:x=1, ex:y=2, ex:z=3])\n"), lim); });
        CHECK(e.limit() == "max_attributes");
        CHECK(e.where().column == 31);
    }
    {
        // the story_document reader takes the same limits
        prov_n_limits lim;
        lim.max_records = 0;
        CHECK(error_of([&] { (void)newsprov::read_prov_n(provn_document("entity(ex:a)\n"), lim); }).limit() == "max_records");
    }
}

TEST_CASE("PROV-N: invalid UTF-8 is refused where it stands, not passed on to the writers") {
    // Two attribute names that differ only in invalid bytes would become one
    // PROV-JSON key if the writer replaced those bytes (a fuzz finding).
    const std::string text = provn_document("entity(ex:a, [ex:n\xC3=1, ex:n\xFF=2])\n");
    const auto e = error_of([&] { (void)newsprov::read_prov_n_model(text); });
    CHECK(e.where().line == 3);
    CHECK(e.where().column == 19);
    CHECK(e.message() == "invalid UTF-8 (byte 0xC3)");
    CHECK_NOTHROW((void)newsprov::read_prov_n_model(provn_document("entity(ex:a, [ex:v=\"Caf\xC3\xA9\"])\n")));
}

TEST_CASE("article limits: text size and quotes per article") {
    namespace ck = newsprov::checker;
    const std::string text = "\"We will rebuild,\" the mayor said.\n\n\"It is over,\" Peskov said.\n";
    ck::article_limits lim;
    lim.max_quotes = 1;
    const auto e = error_of([&] { const ck::article a(text, lim); });
    CHECK(e.limit() == "max_quotes");
    CHECK(e.where().line == 3);  // the second attribution
    lim.max_quotes = 2;
    CHECK_NOTHROW(ck::article(text, lim));
    lim.max_text_bytes = 10;
    const auto e2 = error_of([&] { const ck::article a(text, lim); });
    CHECK(e2.limit() == "max_text_bytes");
    CHECK(e2.where().offset == 10);
}
