// json::cursor: the streaming reader accepts and rejects exactly what
// json::parse does (JSONTestSuite, with the same error text), reads values,
// and keeps the limits and the duplicate-key rule.
#include <newsprov/json/json.hpp>
#include <newsprov/json/cursor.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef NEWSPROV_SHARED_DIR
#define NEWSPROV_SHARED_DIR "../shared"
#endif

namespace json = newsprov::json;
namespace fs = std::filesystem;

namespace {

/// "ok", or the error text json::parse gives.
std::string parse_outcome(std::string_view text, const json::limits& lim = {}) {
    try {
        (void)json::parse(text, lim);
        return "ok";
    } catch (const newsprov::input_error& e) {
        return e.what();
    }
}
/// "ok", or the error text the cursor gives when it reads past the whole value.
std::string cursor_outcome(std::string_view text, const json::limits& lim = {}) {
    try {
        json::cursor c(text, lim);
        c.skip();
        c.finish();
        return "ok";
    } catch (const newsprov::input_error& e) {
        return e.what();
    }
}

}  // namespace

TEST_CASE("json cursor: JSONTestSuite, same outcome and message as json::parse") {
    const fs::path dir = fs::path(NEWSPROV_SHARED_DIR) / "testdata" / "JSONTestSuite" / "test_parsing";
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        MESSAGE("skipped: JSONTestSuite not found at " << dir.string());
        return;
    }
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string name = entry.path().filename().string();
        CAPTURE(name);
        CHECK(cursor_outcome(text) == parse_outcome(text));
        ++files;
    }
    CHECK(files > 300);
}

TEST_CASE("json cursor: errors match json::parse") {
    for (const std::string_view text : {
             "", " ", "{", "[", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "[1 2]", "{1:2}",
             "\"abc", "\"a\\x\"", "\"\\ud800\"", "tru", "nul", "-", "01", "1.", "[1]x", "\xEF\xBB\xBF{}",
             "{\"a\":1,\"a\":2}", "{\n\"k\": [1,\n {\"x\": \"\x01\"}]}", "[\"\xC3\x28\"]", "{\"a\":{\"b\":[}}",
         }) {
        CAPTURE(text);
        CHECK(cursor_outcome(text) == parse_outcome(text));
    }
    // Duplicates in a large object (the hashed path) and after escapes.
    std::string big = "{";
    for (int i = 0; i < 1000; ++i) big += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    CHECK(cursor_outcome(big + "\"x\":0}") == "ok");
    const std::string dup = big + "\"k\\u0037\":0}";  // "k7" again, escaped
    CHECK(cursor_outcome(dup) == parse_outcome(dup));
    CHECK(cursor_outcome(dup).find("duplicate key \"k7\"") != std::string::npos);

    json::limits lim;
    lim.max_depth = 3;
    CHECK(cursor_outcome("[[[[1]]]]", lim) == parse_outcome("[[[[1]]]]", lim));
    lim = {};
    lim.max_members = 3;
    CHECK(cursor_outcome("[1,2,3,4]", lim) == parse_outcome("[1,2,3,4]", lim));
    CHECK(cursor_outcome("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", lim) ==
          parse_outcome("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", lim));
    lim = {};
    lim.max_string_bytes = 4;
    CHECK(cursor_outcome("[\"abcde\"]", lim) == parse_outcome("[\"abcde\"]", lim));
    CHECK(cursor_outcome("[\"ab\\ncd\"]", lim) == parse_outcome("[\"ab\\ncd\"]", lim));
    lim = {};
    lim.max_input_bytes = 4;
    CHECK(cursor_outcome("[1, 2]", lim) == parse_outcome("[1, 2]", lim));
}

TEST_CASE("json cursor: a repeated key in a large object, before the caller acts on it") {
    // In an object of many members the check of a key may wait for the next
    // key; check_keys() runs it at once, so a reader that stores a record under
    // its key can refuse the repeat first. The error is at the repeated key.
    std::string text = "{";
    for (int i = 0; i < 40; ++i) text += "\"k" + std::to_string(i) + "\": {\"v\": " + std::to_string(i) + "},\n";
    const std::size_t repeat_at = text.size();
    text += "\"k3\": {\"v\": 0},\n\"later\": 1}";
    json::cursor c(text);
    c.begin_object();
    std::string_view key;
    int members = 0;
    std::string error;
    try {
        while (c.next_member(key)) {
            c.skip();
            c.check_keys();
            ++members;
        }
    } catch (const newsprov::input_error& e) {
        error = e.what();
        CHECK(e.where().offset == repeat_at);
        CHECK(e.where().line == 41);
        CHECK(e.where().column == 1);
    }
    CHECK(members == 40);  // the repeat was refused before it was counted
    CHECK(error.find("duplicate key \"k3\" in object (first at 4:1)") != std::string::npos);
    // Without check_keys() the same error comes at the next key at the latest.
    CHECK(cursor_outcome(text) == parse_outcome(text));
}

TEST_CASE("json cursor: reading values") {
    const std::string text = R"({"name": "caf\u00e9", "n": -1.5e3, "ok": true, "none": null,
 "list": [1, "two", {"three": 3}], "esc\"key": "plain"})";
    json::cursor c(text);
    c.begin_object();
    std::string_view key;
    std::vector<std::string> keys;
    while (c.next_member(key)) {
        keys.emplace_back(key);
        if (key == "name") {
            const std::string_view v = c.string();
            CHECK(v == "caf\xC3\xA9");
            CHECK(!c.in_input(v));
        } else if (key == "n") {
            CHECK(c.number() == "-1.5e3");
        } else if (key == "ok") {
            CHECK(c.boolean());
        } else if (key == "none") {
            CHECK(c.peek() == json::kind::null);
            c.null();
        } else if (key == "list") {
            c.begin_array();
            int n = 0;
            while (c.next_element()) {
                if (n++ == 1) {
                    CHECK(c.string() == "two");
                } else {
                    c.skip();
                }
            }
            CHECK(n == 3);
        } else {
            const std::string_view v = c.string();
            CHECK(v == "plain");
            CHECK(c.in_input(v));
        }
    }
    c.finish();
    CHECK(keys == std::vector<std::string>{"name", "n", "ok", "none", "list", "esc\"key"});

    json::cursor t("{\"a\": [1]}");
    t.begin_object();
    REQUIRE(t.next_member(key));
    try {
        (void)t.string("a");
        FAIL("no type error");
    } catch (const newsprov::input_error& e) {
        CHECK(std::string(e.what()) == "1:7: expected a string for \"a\", found an array");
    }
}
