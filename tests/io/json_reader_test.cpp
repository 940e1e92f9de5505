// The strict JSON reader: accepted texts, values, positions, every error with
// its line and column, limits.
#include <newsprov/json/json.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace json = newsprov::json;
using newsprov::input_error;

namespace {
struct caught {
    std::size_t line = 0, column = 0, offset = 0;
    std::string message;
    std::string limit;
};

// The input_error parse() throws for `text` (fails the test when it does not throw).
caught error_of(std::string_view text, const json::limits& lim = {}) {
    try {
        (void)json::parse(text, lim);
    } catch (const input_error& e) {
        return {e.where().line, e.where().column, e.where().offset, e.message(), std::string(e.limit())};
    }
    FAIL_CHECK("accepted: " << text.substr(0, 60));
    return {};
}
}  // namespace

TEST_CASE("json: scalars, containers and member order") {
    CHECK(json::parse("null").is_null());
    CHECK(json::parse(" true ").as_bool());
    CHECK_FALSE(json::parse("false").as_bool());
    CHECK(json::parse("\"x\"").as_string() == "x");
    CHECK(json::parse("[]").as_array().empty());
    CHECK(json::parse("{}").as_object().empty());

    const json::value v = json::parse(R"({"z": 1, "a": [true, null, "s"], "m": {"k": -2}})");
    const json::object& o = v.as_object();
    REQUIRE(o.size() == 3);
    CHECK(o[0].key == "z");  // document order, not sorted
    CHECK(o[1].key == "a");
    CHECK(o[2].key == "m");
    CHECK(v.at("a").as_array().size() == 3);
    CHECK(v.at("m").at("k").as_int() == -2);
    CHECK(v.find("nope") == nullptr);
    CHECK(json::parse("[1]").find("a") == nullptr);
}

TEST_CASE("json: every value knows where it started") {
    const json::value v = json::parse("{\n  \"a\": [1,\n    \"x\"],\n\t\"b\": null}");
    CHECK(v.position().line == 1);
    CHECK(v.position().column == 1);
    const json::value& a = v.at("a");
    CHECK(a.position().line == 2);
    CHECK(a.position().column == 8);
    CHECK(a.position().offset == 9);
    CHECK(a.as_array()[1].position().line == 3);
    CHECK(a.as_array()[1].position().column == 5);
    CHECK(v.at("b").position().line == 4);
    CHECK(v.at("b").position().column == 7);
}

TEST_CASE("json: typed accessors name the position and the value") {
    const json::value v = json::parse("{\"id\": \"a1\",\n \"text\": 5}");
    try {
        (void)v.at("text").as_string("text");
        FAIL("no throw");
    } catch (const input_error& e) {
        CHECK(std::string(e.what()) == "2:10: expected a string for \"text\", found a number");
        CHECK(e.where().line == 2);
        CHECK(e.where().column == 10);
    }
    try {
        (void)v.at("quotes");
        FAIL("no throw");
    } catch (const input_error& e) {
        CHECK(std::string(e.what()) == "1:1: missing member \"quotes\"");
    }
    CHECK_THROWS_WITH_AS((void)v.at("id").as_array(), "1:8: expected an array, found a string", input_error);
    CHECK_THROWS_AS((void)v.at("id").as_int(), input_error);
    CHECK_THROWS_AS((void)v.as_bool(), input_error);
    CHECK_THROWS_AS((void)json::parse("1").at("x"), input_error);
}

TEST_CASE("json: numbers keep their text; int64 when integral and in range") {
    const json::value v = json::parse(
        "[0, -0, 9223372036854775807, -9223372036854775808, 9223372036854775808, 1.5, 1.0, 1e2, "
        "1E400, -1e400, 1e-400, 123456789012345678901234567890, 0.1]");
    const json::array& a = v.as_array();
    CHECK(a[0].as_int() == 0);
    CHECK(a[1].as_int() == 0);
    CHECK(a[1].number_text() == "-0");
    CHECK(a[2].as_int() == INT64_MAX);
    CHECK(a[3].as_int() == INT64_MIN);
    // One past INT64_MAX: a number, not an integer; the text stays exact.
    CHECK_FALSE(a[4].is_integer());
    CHECK(a[4].number_text() == "9223372036854775808");
    CHECK_THROWS_WITH_AS((void)a[4].as_int("n"),
                         "1:52: expected an integer for \"n\", found 9223372036854775808 (beyond 64 bits)",
                         input_error);
    CHECK(a[4].as_double() == 9223372036854775808.0);
    CHECK(a[5].as_double() == 1.5);
    CHECK_THROWS_AS((void)a[5].as_int(), input_error);
    CHECK_FALSE(a[6].is_integer());  // 1.0 is written as a fraction
    CHECK(a[6].as_double() == 1.0);
    CHECK(a[7].as_double() == 100.0);
    // Beyond double's range: refused, never infinity; the text survives.
    CHECK(a[8].number_text() == "1E400");
    CHECK_THROWS_AS((void)a[8].as_double(), input_error);
    CHECK_THROWS_AS((void)a[9].as_double(), input_error);
    CHECK(a[10].as_double() == 0.0);  // below the smallest subnormal: rounds to zero
    CHECK(a[11].number_text() == "123456789012345678901234567890");
    CHECK(a[11].as_double() == doctest::Approx(1.2345678901234568e29));
    CHECK(a[12].as_double() == 0.1);
    CHECK(a[5].is_number());
    CHECK(a[0].as_double() == 0.0);
}

TEST_CASE("json: strings, escapes and surrogate pairs") {
    CHECK(json::parse(R"("a\"b\\c\/d\b\f\n\r\t")").as_string() == "a\"b\\c/d\b\f\n\r\t");
    CHECK(json::parse(R"("\u00e9\u20AC")").as_string() == "\xC3\xA9\xE2\x82\xAC");
    CHECK(json::parse(R"("\ud83d\ude00")").as_string() == "\xF0\x9F\x98\x80");
    CHECK(json::parse(R"("\uDBFF\uDFFF")").as_string() == "\xF4\x8F\xBF\xBF");
    CHECK(json::parse(R"("\u0000")").as_string() == std::string("\0", 1));
    CHECK(json::parse("\"\xE2\x80\x9Cquoted\xE2\x80\x9D\"").as_string() == "\xE2\x80\x9Cquoted\xE2\x80\x9D");
    CHECK(json::parse("\"\x7F\"").as_string() == "\x7F");
}

TEST_CASE("json: every syntax error says what and where") {
    struct row {
        std::string_view text;
        std::size_t line, column;
        std::string_view message;
    };
    using namespace std::string_view_literals;
    const row rows[] = {
        {"", 1, 1, "unexpected end of input, expected a value"},
        {"   \n  ", 2, 3, "unexpected end of input, expected a value"},
        {"[1,]", 1, 4, "expected a value, found ']' (trailing commas are not allowed)"},
        {"[1 2]", 1, 4, "expected ',' or ']' after array element, found '2'"},
        {"[1", 1, 3, "expected ',' or ']' after array element, found end of input"},
        {"{\"a\" 1}", 1, 6, "expected ':' after object key, found '1'"},
        {"{\"a\":1 \"b\":2}", 1, 8, "expected ',' or '}' after object member, found '\"'"},
        {"{\"a\":1", 1, 7, "expected ',' or '}' after object member, found end of input"},
        {"{1:2}", 1, 2, "expected a string key or '}' after '{', found '1'"},
        {"{\"a\":1,}", 1, 8, "expected a string key after ',', found '}'"},
        {"{'a':1}", 1, 2, "expected a string key or '}' after '{', found '''"},
        {"[\"\\ud800\"]", 1, 3, "unpaired surrogate \\ud800 in string"},
        {"[\"\\uDC00\"]", 1, 3, "unpaired surrogate \\uDC00 in string"},
        {"\"\\ud800\\u0041\"", 1, 2, "unpaired surrogate \\ud800 in string"},
        {"\"\\ud800", 1, 2, "unpaired surrogate \\ud800 in string"},
        {"\"\xC3\x28\"", 1, 2, "invalid UTF-8 in string (byte 0xC3)"},
        {"\"ab\xED\xA0\x80\"", 1, 4, "invalid UTF-8 in string (byte 0xED)"},  // an encoded surrogate
        {"\"\xF4\x90\x80\x80\"", 1, 2, "invalid UTF-8 in string (byte 0xF4)"},  // above U+10FFFF
        {"\"\xC0\xAF\"", 1, 2, "invalid UTF-8 in string (byte 0xC0)"},          // overlong
        {"\"\xE2\x82\"", 1, 2, "invalid UTF-8 in string (byte 0xE2)"},          // truncated sequence
        {"\"\xFF\"", 1, 2, "invalid UTF-8 in string (byte 0xFF)"},
        {"\"a\nb\"", 1, 3, "unescaped control character U+000A in string"},
        {"\"a\tb\"", 1, 3, "unescaped control character U+0009 in string"},
        {"\"\\x\"", 1, 2, "invalid escape '\\x' in string"},
        {"\"\\u12G4\"", 1, 6, "expected 4 hex digits after \\u, found 'G'"},
        {"\"\\u12", 1, 6, "unexpected end of input in \\u escape"},
        {"\"\\", 1, 3, "unexpected end of input in string escape"},
        {"\"abc", 1, 5, "unexpected end of input in string (missing closing '\"')"},
        {"[1,\n  2,\n  @]", 3, 3, "expected a value, found '@'"},
        {"01", 1, 1, "leading zeros are not allowed in numbers"},
        {"-", 1, 2, "expected a digit after '-', found end of input"},
        {"-a", 1, 2, "expected a digit after '-', found 'a'"},
        {"1.", 1, 3, "expected a digit after the decimal point, found end of input"},
        {"1.e3", 1, 3, "expected a digit after the decimal point, found 'e'"},
        {"1e", 1, 3, "expected a digit in the exponent, found end of input"},
        {"1e+", 1, 4, "expected a digit in the exponent, found end of input"},
        {".5", 1, 1, "expected a value, found '.'"},
        {"+1", 1, 1, "expected a value, found '+'"},
        {"[1] x", 1, 5, "unexpected 'x' after the JSON value"},
        {"{} {}", 1, 4, "unexpected '{' after the JSON value"},
        {"\xEF\xBB\xBF{}", 1, 1, "byte order mark (U+FEFF) before the JSON text"},
        {"nul", 1, 1, "invalid literal, expected 'null'"},
        {"[True]", 1, 2, "expected a value, found 'T'"},
        {"[NaN]", 1, 2, "expected a value, found 'N'"},
        {"[1,\0]"sv, 1, 4, "expected a value, found byte 0x00"},
        {"\"a\0\""sv, 1, 3, "unescaped control character U+0000 in string"},
        {"[\xC3\xA9]", 1, 2, "expected a value, found byte 0xC3"},
        {"[1]\x0C", 1, 4, "unexpected byte 0x0C after the JSON value"},  // form feed is not JSON whitespace
        {"/* c */ 1", 1, 1, "expected a value, found '/'"},
        {"{\"a\":1,\n \"a\":2}", 2, 2, "duplicate key \"a\" in object (first at 1:2)"},
    };
    for (const row& r : rows) {
        CAPTURE(r.text);
        const caught e = error_of(r.text);
        CHECK(e.message == r.message);
        CHECK(e.line == r.line);
        CHECK(e.column == r.column);
        CHECK(e.limit.empty());
        CHECK(e.offset <= r.text.size());
    }
}

TEST_CASE("json: every truncation of a document is rejected with a position") {
    const std::string doc =
        "{\"entity\": {\"ex:q1\": {\"prov:type\": \"newsprov:DirectQuote\", \"newsprov:span\": [12, 45],\n"
        "  \"text\": \"\\u201cWe will rebuild\\u201d \xE2\x80\x94 \\ud83d\\ude00\", \"w\": -1.5e-3, \"ok\": true,"
        " \"n\": null}}}";
    REQUIRE_NOTHROW((void)json::parse(doc));
    for (std::size_t n = 0; n < doc.size(); ++n) {
        CAPTURE(n);
        const caught e = error_of(std::string_view(doc).substr(0, n));
        CHECK(e.offset <= n);
        CHECK(!e.message.empty());
    }
}

TEST_CASE("json: 100,000 nested brackets give a clean max_depth error") {
    const std::string arrays(100'000, '[');
    caught e = error_of(arrays);
    CHECK(e.limit == "max_depth");
    CHECK(e.message == "nesting deeper than max_depth (512)");
    CHECK(e.column == 513);

    std::string objects;
    for (int k = 0; k < 100'000; ++k) objects += "{\"a\":";
    e = error_of(objects);
    CHECK(e.limit == "max_depth");
    CHECK(e.column == 512 * 5 + 1);

    json::limits lim;
    lim.max_depth = 3;
    CHECK_NOTHROW((void)json::parse("[[[]]]", lim));
    CHECK_NOTHROW((void)json::parse("[{\"a\":[1]}]", lim));
    e = error_of("[[[[]]]]", lim);
    CHECK(e.limit == "max_depth");
    CHECK(e.column == 4);
}

TEST_CASE("json: a value nested 100,000 deep is parsed, compared, written and freed without recursion") {
    json::limits lim;
    lim.max_depth = 200'000;
    const std::string text = std::string(100'000, '[') + std::string(100'000, ']');
    {
        const json::value v = json::parse(text, lim);
        const json::value w = json::parse(text, lim);
        CHECK(v == w);
        CHECK(json::write(v) == text);
    }
    std::string objects;
    for (int k = 0; k < 100'000; ++k) objects += "{\"a\":";
    objects += "1";
    objects += std::string(100'000, '}');
    const json::value o = json::parse(objects, lim);
    CHECK(json::write(o) == objects);
}

TEST_CASE("json: size limits name themselves") {
    json::limits lim;
    lim.max_input_bytes = 10;
    caught e = error_of("[1,2,3,4,5,6]", lim);
    CHECK(e.limit == "max_input_bytes");
    CHECK(e.offset == 10);
    CHECK(e.column == 11);
    CHECK_NOTHROW((void)json::parse("[1,2,3,45]", lim));

    lim = {};
    lim.max_string_bytes = 4;
    CHECK_NOTHROW((void)json::parse("[\"abcd\"]", lim));
    e = error_of("[\"abcde\"]", lim);
    CHECK(e.limit == "max_string_bytes");
    CHECK(e.column == 2);  // the string's start
    e = error_of("[\"ab\\u00e9\\n\"]", lim);  // counted after unescaping: 5 bytes
    CHECK(e.limit == "max_string_bytes");
    e = error_of("{\"abcde\": 1}", lim);  // keys too
    CHECK(e.limit == "max_string_bytes");

    lim = {};
    lim.max_members = 3;
    CHECK_NOTHROW((void)json::parse("[1,2,3]", lim));
    CHECK_NOTHROW((void)json::parse("{\"a\":1,\"b\":2,\"c\":3}", lim));
    e = error_of("[1,2,3,4]", lim);
    CHECK(e.limit == "max_members");
    CHECK(e.column == 8);
    e = error_of("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", lim);
    CHECK(e.limit == "max_members");
    CHECK(e.message == "object with more than max_members (3) members");
}

TEST_CASE("json: a 10 MB string is read, and refused past max_string_bytes") {
    std::string big(10u << 20, 'a');
    for (std::size_t k = 0; k < big.size(); k += 1000) big[k] = '\xC3', big[k + 1] = '\xA9';
    const std::string text = "[\"" + big + "\"]";
    const json::value v = json::parse(text);
    CHECK(v.as_array()[0].as_string() == big);
    CHECK(json::write(v) == text);

    json::limits lim;
    lim.max_string_bytes = 1u << 20;
    const caught e = error_of(text, lim);
    CHECK(e.limit == "max_string_bytes");
    CHECK(e.column == 2);
    CHECK(e.message == "string longer than max_string_bytes (1048576)");
}

TEST_CASE("json: duplicate keys: rejected by default, or the last one kept") {
    CHECK(error_of("{\"a\":1,\"b\":2,\"a\":3}").message == "duplicate key \"a\" in object (first at 1:2)");
    json::limits keep;
    keep.duplicates = json::duplicate_keys::keep_last;
    const json::value v = json::parse("{\"a\":1,\"b\":2,\"a\":3}", keep);
    REQUIRE(v.as_object().size() == 2);
    CHECK(v.as_object()[0].key == "b");
    CHECK(v.as_object()[1].key == "a");
    CHECK(v.at("a").as_int() == 3);

    // Large objects take the sorted path; the first repeat in document order is reported.
    std::string big = "{";
    for (int k = 0; k < 40; ++k) big += "\"k" + std::to_string(k) + "\":" + std::to_string(k) + ",";
    big += "\"k7\":100,\"k3\":101}";
    const caught e = error_of(big);
    CHECK(e.message.starts_with("duplicate key \"k7\""));
    const json::value w = json::parse(big, keep);
    CHECK(w.as_object().size() == 40);
    CHECK(w.at("k7").as_int() == 100);
    CHECK(w.at("k3").as_int() == 101);
    CHECK(w.as_object()[0].key == "k0");
    CHECK(w.as_object()[37].key == "k39");
    CHECK(w.as_object()[38].key == "k7");
}

TEST_CASE("json: equality compares values, not spellings") {
    CHECK(json::parse("1.5") == json::parse("15e-1"));
    CHECK(json::parse("1.50") == json::parse("1.5"));
    CHECK(json::parse("-0") == json::parse("0"));
    CHECK(json::parse("0.0") == json::parse("0"));
    CHECK(json::parse("100") == json::parse("1e2"));
    CHECK(json::parse("0.001") == json::parse("1e-3"));
    CHECK(json::parse("123456789012345678901") != json::parse("123456789012345678902"));
    CHECK(json::parse("1e400") != json::parse("2e400"));
    CHECK(json::parse("1") != json::parse("-1"));
    CHECK(json::parse("[1,2]") != json::parse("[2,1]"));
    CHECK(json::parse("{\"a\":1,\"b\":2}") != json::parse("{\"b\":2,\"a\":1}"));  // order matters
    CHECK(json::parse("\"1\"") != json::parse("1"));
    CHECK(json::value(1.5) == json::parse("1.5"));
    CHECK(json::value(7) == json::parse("7"));
    CHECK(json::value::number_from_text("-2.50E+1") == json::value(-25));
    CHECK_THROWS_AS((void)json::value::number_from_text("01"), std::invalid_argument);
    CHECK_THROWS_AS((void)json::value::number_from_text("1 "), std::invalid_argument);
    CHECK_THROWS_AS((void)json::value(std::numeric_limits<double>::quiet_NaN()), std::domain_error);
}

TEST_CASE("json: building values") {
    json::value doc{json::object{}};
    doc.set("id", "a1");
    doc.set("n", 3);
    doc.set("id", "a2");  // replaces in place
    json::value& list = doc.set("quotes", json::array{});
    list.push_back(json::value(true));
    list.push_back(nullptr);
    CHECK(json::write(doc) == "{\"id\":\"a2\",\"n\":3,\"quotes\":[true,null]}");
    json::value copy = doc;
    CHECK(copy == doc);
    copy.at("quotes").push_back(1);
    CHECK(copy != doc);
    // Moving a child over its parent keeps the child alive.
    json::value nested = json::parse("[[1,[2]]]");
    nested = std::move(nested.as_array()[0]);
    CHECK(json::write(nested) == "[1,[2]]");
    CHECK_THROWS_AS(doc.push_back(1), input_error);
    CHECK(json::value(std::uint64_t{18446744073709551615u}).number_text() == "18446744073709551615");
}

TEST_CASE("json: keys crafted to collide in the duplicate check still give the right answer") {
    // Keys whose hash (the reader's FNV-1a, folded) lands in one slot of the
    // 1024-slot table used for a 300-member object: probing would be quadratic,
    // so the reader falls back to sorting. Same results either way.
    auto slot = [](const std::string& key) {
        std::uint64_t h = 14695981039346656037ull;
        for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        h ^= h >> 29;
        return h & 1023;
    };
    std::vector<std::string> keys;
    for (std::size_t i = 0; keys.size() < 300; ++i) {
        std::string k = std::to_string(i);
        k.insert(k.begin(), 'c');  // not "c" + ...: g++ 12 -O3 reports a false -Wrestrict there
        if (slot(k) == 0) keys.push_back(std::move(k));
    }
    std::string text = "{";
    for (std::size_t i = 0; i < keys.size(); ++i) text += "\"" + keys[i] + "\":" + std::to_string(i) + ",";
    std::string unique = text;
    unique.back() = '}';
    const json::value v = json::parse(unique);
    CHECK(v.as_object().size() == 300);
    CHECK(v.at(keys[299]).as_int() == 299);

    text += "\"" + keys[5] + "\":-1}";
    const caught e = error_of(text);
    CHECK(e.message.starts_with("duplicate key \"" + keys[5] + "\""));
    json::limits keep;
    keep.duplicates = json::duplicate_keys::keep_last;
    const json::value w = json::parse(text, keep);
    CHECK(w.as_object().size() == 300);
    CHECK(w.as_object().back().key == keys[5]);
    CHECK(w.at(keys[5]).as_int() == -1);
    CHECK(w.as_object()[5].key == keys[6]);
}
