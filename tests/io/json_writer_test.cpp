// The JSON writer: escaping, invalid UTF-8, numbers, layout, misuse, and
// round trips through the reader.
#include <newsprov/json/json.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>

namespace json = newsprov::json;

namespace {
std::string quoted(std::string_view s) {
    std::string out;
    json::writer(out).string(s);
    return out;
}
}  // namespace

TEST_CASE("json writer: escapes quotes, backslash and control characters only") {
    CHECK(quoted("plain") == "\"plain\"");
    CHECK(quoted("a\"b\\c/d") == "\"a\\\"b\\\\c/d\"");
    CHECK(quoted("\b\f\n\r\t") == "\"\\b\\f\\n\\r\\t\"");
    CHECK(quoted(std::string("\0\x01\x1F\x7F", 4)) == "\"\\u0000\\u0001\\u001f\x7F\"");
    CHECK(quoted("\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80") == "\"\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80\"");
    CHECK(quoted("") == "\"\"");
}

TEST_CASE("json writer: invalid UTF-8 becomes U+FFFD, one per maximal ill-formed part") {
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(quoted("a\xC3(b") == "\"a" + fffd + "(b\"");
    CHECK(quoted("\xF0\x9F\x98") == "\"" + fffd + "\"");          // truncated 4-byte sequence: one
    CHECK(quoted("\xF0\x9F\x98x") == "\"" + fffd + "x\"");
    CHECK(quoted("\xED\xA0\x80") == "\"" + fffd + fffd + fffd + "\"");  // an encoded surrogate: three
    CHECK(quoted("\xC0\xAF") == "\"" + fffd + fffd + "\"");             // overlong
    CHECK(quoted("\xFF\xFE") == "\"" + fffd + fffd + "\"");
    CHECK(quoted("\x80") == "\"" + fffd + "\"");
    // Whatever the bytes, the output is JSON that reads back.
    std::mt19937 rng(7);
    for (int round = 0; round < 2000; ++round) {
        std::string bytes(rng() % 24, '\0');
        for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
        std::string out;
        json::writer w(out);
        w.begin_object().key(bytes).string(bytes).end_object();
        CAPTURE(out);
        CHECK_NOTHROW((void)json::parse(out));
    }
}

TEST_CASE("json writer: numbers") {
    auto num = [](auto x) {
        std::string out;
        json::writer(out).number(x);
        return out;
    };
    CHECK(num(0) == "0");
    CHECK(num(std::numeric_limits<std::int64_t>::min()) == "-9223372036854775808");
    CHECK(num(std::numeric_limits<std::uint64_t>::max()) == "18446744073709551615");
    CHECK(num(0.1) == "0.1");
    CHECK(num(1e-7) == "1e-07");
    CHECK(num(1e21) == "1e+21");
    CHECK(num(-0.0) == "-0");
    CHECK_THROWS_AS(num(std::numeric_limits<double>::infinity()), std::domain_error);
    CHECK_THROWS_AS(num(std::numeric_limits<double>::quiet_NaN()), std::domain_error);
    // Doubles read back to the same bits.
    std::mt19937_64 rng(11);
    for (int round = 0; round < 5000; ++round) {
        double d = 0;
        do {
            const std::uint64_t bits = rng();
            static_assert(sizeof bits == sizeof d);
            std::memcpy(&d, &bits, sizeof d);
        } while (!std::isfinite(d));
        const json::value v = json::parse(num(d));
        CHECK(v.as_double() == d);
    }
    std::string out;
    json::writer(out).number_text("-1.25E+400");
    CHECK(out == "-1.25E+400");
    CHECK_THROWS_AS(json::writer(out).number_text("1."), std::invalid_argument);
}

TEST_CASE("json writer: compact and indented layout") {
    const json::value v = json::parse(R"({"a": [1, {"b": null}, [], {}], "c": "d", "e": {}})");
    CHECK(json::write(v) == R"({"a":[1,{"b":null},[],{}],"c":"d","e":{}})");
    CHECK(json::write(v, {2}) ==
          "{\n"
          "  \"a\": [\n"
          "    1,\n"
          "    {\n"
          "      \"b\": null\n"
          "    },\n"
          "    [],\n"
          "    {}\n"
          "  ],\n"
          "  \"c\": \"d\",\n"
          "  \"e\": {}\n"
          "}");
    CHECK(json::write(json::parse("[]"), {4}) == "[]");
    CHECK(json::write(json::parse("7"), {4}) == "7");
    std::ostringstream os;
    json::write(os, v);
    CHECK(os.str() == json::write(v));
}

TEST_CASE("json writer: streaming and misuse") {
    std::string out;
    json::writer w(out);
    w.begin_object().key("id").string("a1").key("quotes").begin_array();
    w.begin_object().key("content").begin_array().begin_array().number(3).number(9).end_array().end_array();
    w.key("kind").string("direct").end_object();
    w.end_array().key("ok").boolean(true).key("none").null().end_object();
    CHECK(w.complete());
    CHECK(out == R"({"id":"a1","quotes":[{"content":[[3,9]],"kind":"direct"}],"ok":true,"none":null})");
    CHECK_THROWS_AS(w.null(), std::logic_error);  // one top-level value only

    std::string o2;
    json::writer bad(o2);
    CHECK_THROWS_AS(bad.key("x"), std::logic_error);
    bad.begin_object();
    CHECK_THROWS_AS(bad.string("no key"), std::logic_error);
    CHECK_THROWS_AS(bad.end_array(), std::logic_error);
    bad.key("k");
    CHECK_THROWS_AS(bad.key("again"), std::logic_error);
    CHECK_THROWS_AS(bad.end_object(), std::logic_error);  // the key has no value yet
    bad.number(1).end_object();
    CHECK(bad.complete());
    CHECK(bad.depth() == 0);
}

namespace {
// A random value; strings are valid UTF-8 so that the round trip is exact.
json::value random_value(std::mt19937& rng, int depth) {
    const auto pick = static_cast<unsigned>(rng() % (depth > 4 ? 5u : 8u));
    auto random_string = [&] {
        static const char* const pieces[] = {"a", "Z", " ", "\"", "\\", "/", "\n", "\t", "" /* NUL, see below */,
                                             "\x1F", "\x7F", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "k", "0"};
        std::string s;
        const auto n = static_cast<unsigned>(rng() % 12);
        for (unsigned k = 0; k < n; ++k) {
            const auto p = static_cast<unsigned>(rng() % 16);
            if (p == 8) {
                s.push_back('\0');
            } else {
                s += pieces[p];
            }
        }
        return s;
    };
    switch (pick) {
        case 0: return json::value(nullptr);
        case 1: return json::value(rng() % 2 == 0);
        case 2: return json::value(static_cast<std::int64_t>(rng()) - (std::int64_t{1} << 31));
        case 3: {
            static const char* const texts[] = {"1e400", "-0", "0.5", "123456789012345678901234567890", "1E-5",
                                                "-12.75e+3", "9223372036854775808"};
            if (rng() % 2 == 0) return json::value::number_from_text(texts[rng() % 7]);
            return json::value(static_cast<double>(rng()) / 7.0);
        }
        case 4: return json::value(random_string());
        case 5:
        case 6: {
            json::array a;
            const auto n = static_cast<unsigned>(rng() % 6);
            for (unsigned k = 0; k < n; ++k) a.push_back(random_value(rng, depth + 1));
            return json::value(std::move(a));
        }
        default: {
            json::object o;
            const auto n = static_cast<unsigned>(rng() % 6);
            for (unsigned k = 0; k < n; ++k) {
                o.push_back({random_string() + "#" + std::to_string(k), random_value(rng, depth + 1)});
            }
            return json::value(std::move(o));
        }
    }
}
}  // namespace

TEST_CASE("json writer: nesting past the inline levels, mixed, compact and indented") {
    // The writer keeps 32 enclosing levels inline and the rest aside: cross that boundary both ways.
    for (const unsigned indent : {0u, 2u}) {
        for (const std::size_t depth : {31u, 32u, 33u, 34u, 65u, 200u}) {
            std::string out;
            json::writer w(out, {indent});
            for (std::size_t d = 0; d < depth; ++d) {
                if (d % 3 == 1) {
                    w.begin_array();
                } else {
                    std::string key = std::to_string(d);  // (not "k" + ...: g++ 12 -O3 warns, -Wrestrict)
                    key.insert(key.begin(), 'k');
                    w.begin_object().key(key);
                }
                CHECK(w.depth() == d + 1);
            }
            w.number(depth);
            for (std::size_t d = depth; d-- > 0;) {
                if (d % 3 == 1) {
                    w.string("after").end_array();  // the array's second item: the level kept its count
                } else {
                    w.plain_key("next").null().end_object();  // and the object its key state
                }
            }
            CHECK(w.complete());
            const json::value v = json::parse(out, [] { json::limits l; l.max_depth = 1000; return l; }());
            CHECK(json::write(v, {indent}) == out);
        }
    }
}

TEST_CASE("json writer: appends, hands the text over when the value is whole, keeps what came before") {
    std::string out = "prefix ";
    {
        json::writer w(out);
        w.begin_object().plain_key("a").prefixed_string("story:", "x\"y").prefixed_key("story:", "k").plain_string("v");
        w.end_object();
        CHECK(out == R"(prefix {"a":"story:x\"y","story:k":"v"})");
        out += '\n';  // the caller's again: the writer's end leaves it alone
    }
    CHECK(out == "prefix {\"a\":\"story:x\\\"y\",\"story:k\":\"v\"}\n");
    std::string part;
    {
        json::writer w(part, {2});
        w.begin_array().string("one");
    }  // gone before the value is whole: what was written stays, cut to size
    CHECK(part == "[\n  \"one\"");
    std::string num;
    json::writer n(num);
    CHECK_FALSE(n.try_number_text("1."));
    CHECK(num.empty());
    CHECK(n.try_number_text("-0.50e+3"));
    CHECK(num == "-0.50e+3");
}

TEST_CASE("json: parse(write(v)) == v for random documents, compact and indented") {
    std::mt19937 rng(2024);
    for (int round = 0; round < 500; ++round) {
        const json::value v = random_value(rng, 0);
        const std::string compact = json::write(v);
        CAPTURE(compact);
        const json::value back = json::parse(compact);
        CHECK(back == v);
        CHECK(json::write(back) == compact);  // and the text is stable
        CHECK(json::parse(json::write(v, {3})) == v);
    }
}

TEST_CASE("json: reading and writing real-looking documents round-trips byte for byte") {
    const std::string docs[] = {
        R"({"prefix":{"ex":"http://example.org/","newsprov":"https://example.invalid/newsprov#"},"entity":{"ex:q1":{"prov:type":"newsprov:DirectQuote","newsprov:span":[12,45]}},"agent":{"ex:mayor":{"prov:type":"newsprov:Office","prov:label":"the mayor of Kharkiv"}},"wasAttributedTo":{"_:a1":{"prov:entity":"ex:q1","prov:agent":"ex:mayor","newsprov:cue":"said"}}})",
        R"([1.0,-0,1E+2,0.000001,123456789012345678901234567890,"\u00e9",{"":""}])",
        R"("\u0000\u001f\"\\")",
    };
    for (const std::string& d : docs) {
        const json::value v = json::parse(d);
        CHECK(json::parse(json::write(v)) == v);
    }
    // Parsed numbers keep their spelling through a round trip.
    CHECK(json::write(json::parse(docs[1])) == R"([1.0,-0,1E+2,0.000001,123456789012345678901234567890,"é",{"":""}])");
}
