// JSON Lines records, from memory and from a stream, with file line numbers in errors.
#include <newsprov/json/json.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace json = newsprov::json;
using newsprov::input_error;

namespace {
template <class Reader>
std::vector<json::record> all(Reader& r) {
    std::vector<json::record> out;
    while (auto rec = r.next()) out.push_back(std::move(*rec));
    return out;
}

// Both readers over `text`: the records, or the error's "line:col: message".
std::string run_both(const std::string& text, const json::limits& lim = {}) {
    std::string from_memory, from_stream;
    try {
        json::line_reader r(text, lim);
        for (const auto& rec : all(r)) from_memory += std::to_string(rec.line) + "@" + std::to_string(rec.offset) + "=" + json::write(rec.data) + ";";
    } catch (const input_error& e) {
        from_memory += std::string(e.what()) + "|" + std::to_string(e.where().offset) + "|" + std::string(e.limit());
    }
    try {
        std::istringstream in(text);
        json::stream_line_reader r(in, lim);
        for (const auto& rec : all(r)) from_stream += std::to_string(rec.line) + "@" + std::to_string(rec.offset) + "=" + json::write(rec.data) + ";";
    } catch (const input_error& e) {
        from_stream += std::string(e.what()) + "|" + std::to_string(e.where().offset) + "|" + std::string(e.limit());
    }
    CHECK(from_memory == from_stream);
    return from_memory;
}
}  // namespace

TEST_CASE("json lines: records with their line numbers; blank lines and CRLF") {
    CHECK(run_both("") == "");
    CHECK(run_both("{\"id\":1}\n{\"id\":2}\n") == "1@0={\"id\":1};2@9={\"id\":2};");
    CHECK(run_both("{\"id\":1}\r\n\r\n  \n{\"id\":2}") == "1@0={\"id\":1};4@15={\"id\":2};");
    CHECK(run_both("[1]\n\n\n\"x\"\n") == "1@0=[1];4@6=\"x\";");
}

TEST_CASE("json lines: errors carry the file's line, the column in it and the byte offset") {
    CHECK(run_both("{\"id\":1}\n{\"id\":2}\n{\"id\" 3}\n") == "3:7: expected ':' after object key, found '3'|24|");
    CHECK(run_both("{\"id\":1}\n{\"id\":2,\"text\":\"a\xFF\"}\n") == "2:18: invalid UTF-8 in string (byte 0xFF)|26|");
    CHECK(run_both("[1]\n[2] [3]\n") == "2:5: unexpected '[' after the JSON value|8|");
    CHECK(run_both("[1]\n{\"a\":\n1}\n") == "2:6: unexpected end of input, expected a value|9|");  // a record is one line
}

TEST_CASE("json lines: limits per record and on the number of records") {
    json::limits lim;
    lim.max_input_bytes = 8;
    CHECK(run_both("[1,2,3]\n[1,2,3,4]\n", lim) == "2:9: line longer than max_input_bytes (8 bytes)|16|max_input_bytes");
    lim = {};
    lim.max_records = 2;
    CHECK(run_both("1\n2\n\n3\n", lim) == "4:1: more than max_records (2) records|5|max_records");
    lim.max_depth = 2;
    lim.max_records = 10;
    CHECK(run_both("[[1]]\n[[[1]]]\n", lim) == "2:3: nesting deeper than max_depth (2)|8|max_depth");
}

TEST_CASE("json lines: a stream reader keeps at most one line in memory, across buffer boundaries") {
    std::string text;
    std::vector<std::string> lines;
    for (int k = 0; k < 3000; ++k) {
        std::string line = "{\"id\":" + std::to_string(k) + ",\"text\":\"" + std::string(static_cast<std::size_t>(k % 97) * 7, 'x') + "\"}";
        text += line + (k % 5 == 0 ? "\r\n" : "\n");
        lines.push_back(line);
    }
    std::istringstream in(text);
    json::stream_line_reader r(in);
    std::size_t n = 0;
    while (auto rec = r.next()) {
        REQUIRE(n < lines.size());
        CHECK(rec->line == n + 1);
        CHECK(rec->data.at("id").as_int() == static_cast<std::int64_t>(n));
        CHECK(json::write(rec->data) == lines[n]);
        CHECK(text.compare(rec->offset, lines[n].size(), lines[n]) == 0);
        ++n;
    }
    CHECK(n == lines.size());

    // A 1 MB line without a newline is refused once it passes the limit, not after reading everything.
    json::limits lim;
    lim.max_input_bytes = 1000;
    std::istringstream huge(std::string(1u << 20, ' ') + "1");
    json::stream_line_reader hr(huge, lim);
    CHECK_THROWS_AS((void)hr.next(), input_error);
}
