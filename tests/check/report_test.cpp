// Output of findings: compiler-style text with source line and caret, JSON,
// and SARIF 2.1.0 with the fields code-scanning tools require.
#include <newsprov/check/check.hpp>
#include <newsprov/json/json.hpp>

#include <doctest/doctest.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ck = newsprov::checker;
namespace json = newsprov::json;

namespace {

constexpr std::string_view before =
    "The port authority said 42 vessels docked at the pier.\n"
    "Sam Patel suggested that the pier could close.\n";
constexpr std::string_view after =
    "The port authority said 24 vessels docked at the pier.\n"
    "Sam Patel confirmed that the pier could close.\n";

}  // namespace

TEST_CASE("report: text has file:line:col, severity, rule, source line, caret and hint") {
    const auto fs = ck::drift(before, after);
    REQUIRE(fs.size() == 2);
    const ck::named_text o{"original.txt", before};
    std::string out;
    ck::write_text(out, fs, {"derived.txt", after}, &o, false);
    MESSAGE(out);
    CHECK(out.find("derived.txt:1:25: error: [figure-changed] figure \"42 vessels\" became \"24 vessels\"\n") == 0);
    CHECK(out.find("  1 | The port authority said 24 vessels docked at the pier.\n"
                   "    |                         ^~~~~~~~~~\n") != std::string::npos);
    CHECK(out.find("original.txt:1:25: note: in the original\n") != std::string::npos);
    CHECK(out.find("derived.txt:2:11: warning: [cue-strength-changed]") != std::string::npos);
    CHECK(out.find("  hint: ") != std::string::npos);
    CHECK(out.find("1 error, 1 warning, 0 notes\n") != std::string::npos);
    CHECK(out.find('\x1b') == std::string::npos);  // no colour unless asked

    std::string coloured;
    ck::write_text(coloured, fs, {"derived.txt", after}, &o, true);
    CHECK(coloured.find("\x1b[1;31merror:") != std::string::npos);
}

TEST_CASE("report: the caret sits under the character in lines with multi-byte text") {
    constexpr std::string_view a = "\u00C9lise Dupont said 12 ferries run daily.\n";
    constexpr std::string_view b = "\u00C9lise Dupont said 21 ferries run daily.\n";
    const auto fs = ck::drift(a, b);
    REQUIRE(fs.size() == 1);
    std::string out;
    ck::write_text(out, fs, {"b.txt", b});
    CHECK(out.find("b.txt:1:20:") == 0);  // columns count bytes
    CHECK(out.find("\n    |                   ^~~~~~~~~~\n") != std::string::npos);  // the caret counts characters
}

TEST_CASE("report: JSON output") {
    const auto fs = ck::drift(before, after);
    const ck::named_text o{"original.txt", before};
    std::string out;
    ck::write_json(out, fs, {"derived.txt", after}, &o);
    const json::value v = json::parse(out);
    const auto& f = v.at("findings").as_array().at(0);
    CHECK(f.at("rule").as_string() == "figure-changed");
    CHECK(f.at("severity").as_string() == "error");
    CHECK(f.at("location").at("file").as_string() == "derived.txt");
    CHECK(f.at("location").at("offset").as_int() == 24);
    CHECK(f.at("location").at("line").as_int() == 1);
    CHECK(f.at("location").at("column").as_int() == 25);
    CHECK(f.at("related").at("file").as_string() == "original.txt");
    CHECK(v.at("summary").at("errors").as_int() == 1);
}

TEST_CASE("report: a JSON Lines report line per pair, id first, the same findings as write_json") {
    const auto fs = ck::drift(before, after);
    const ck::named_text o{"original", before};
    std::string line, whole;
    ck::write_json_line(line, json::value("pair-3"), fs, {"derived", after}, &o);
    ck::write_json(whole, fs, {"derived", after}, &o);
    CHECK(line.starts_with("{\"id\":\"pair-3\",\"tool\":\"newsprov\""));
    CHECK(line.find('\n') == line.size() - 1);  // one line
    const json::value v = json::parse(line);
    const json::value w = json::parse(whole);
    CHECK(v.at("findings") == w.at("findings"));
    CHECK(v.at("summary") == w.at("summary"));
}

TEST_CASE("report: SARIF 2.1.0 carries version, $schema, runs, rules and located results") {
    const auto fs = ck::drift(before, after);
    const ck::named_text o{"my original.txt", before};
    std::string out;
    ck::write_sarif(out, fs, {ck::drift_rules}, {"derived.txt", after}, &o);
    const json::value v = json::parse(out);
    CHECK(v.at("version").as_string() == "2.1.0");
    CHECK(v.at("$schema").as_string().find("sarif-2.1.0") != std::string::npos);
    const auto& runs = v.at("runs").as_array();
    REQUIRE(runs.size() == 1);
    const auto& driver = runs[0].at("tool").at("driver");
    CHECK(driver.at("name").as_string() == "newsprov");
    const auto& rules = driver.at("rules").as_array();
    REQUIRE(rules.size() == ck::drift_rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        CHECK(rules[i].at("id").as_string() == ck::drift_rules[i].id);
        CHECK(!rules[i].at("shortDescription").at("text").as_string().empty());
        CHECK(!rules[i].at("help").at("text").as_string().empty());
    }
    const auto& results = runs[0].at("results").as_array();
    REQUIRE(results.size() == 2);
    const auto& r = results[0];
    CHECK(r.at("ruleId").as_string() == "figure-changed");
    CHECK(rules[static_cast<std::size_t>(r.at("ruleIndex").as_int())].at("id").as_string() == "figure-changed");
    CHECK(r.at("level").as_string() == "error");
    CHECK(!r.at("message").at("text").as_string().empty());
    const auto& pl = r.at("locations").as_array().at(0).at("physicalLocation");
    CHECK(pl.at("artifactLocation").at("uri").as_string() == "derived.txt");
    const auto& region = pl.at("region");
    CHECK(region.at("startLine").as_int() == 1);
    CHECK(region.at("startColumn").as_int() == 25);
    CHECK(region.at("endLine").as_int() == 1);
    CHECK(region.at("endColumn").as_int() == 35);
    CHECK(region.at("byteOffset").as_int() == 24);
    CHECK(region.at("byteLength").as_int() == 10);
    const auto& related = r.at("relatedLocations").as_array().at(0).at("physicalLocation");
    CHECK(related.at("artifactLocation").at("uri").as_string() == "my%20original.txt");
    CHECK(results[1].at("level").as_string() == "warning");
}

TEST_CASE("report: SARIF of a validation lists the checker's and the policy's rules") {
    newsprov::story_document d;
    std::string out;
    ck::write_sarif(out, {}, {ck::validation_rules, newsprov::default_policy::rules}, {"a.txt", ""});
    const json::value v = json::parse(out);
    const auto& rules = v.at("runs").as_array().at(0).at("tool").at("driver").at("rules").as_array();
    CHECK(rules.size() == ck::validation_rules.size() + newsprov::default_policy::rules.size());
    CHECK(v.at("runs").as_array().at(0).at("results").as_array().empty());
}

TEST_CASE("report: SARIF columns count code points, also far along one long line") {
    // 3,000 two-byte letters and spaces, then the finding's word: byte and code-point columns differ.
    std::string text;
    for (int i = 0; i < 3000; ++i) text += "\xC3\xA9 ";  // "é "
    const std::size_t at = text.size();
    text += "harbour";
    std::vector<ck::finding> fs(3);
    for (std::size_t i = 0; i < fs.size(); ++i) {
        fs[i].rule_id = "figure-changed";
        fs[i].level = ck::severity::error;
        fs[i].message = "m";
    }
    fs[0].where = ck::locate(text, at, at + 7);
    fs[1].where = ck::locate(text, at + 2, at + 4);
    fs[2].where = ck::locate(text, 2, 5);  // out of text order: the columns do not depend on it
    std::string out;
    ck::write_sarif(out, fs, {ck::drift_rules}, {"long.txt", text});
    const json::value log = json::parse(out);
    const auto& results = log.at("runs").as_array().at(0).at("results").as_array();
    REQUIRE(results.size() == 3);
    auto region = [&](std::size_t i) -> const json::value& {
        return results[i].at("locations").as_array().at(0).at("physicalLocation").at("region");
    };
    CHECK(region(0).at("startColumn").as_int() == 6001);
    CHECK(region(0).at("endColumn").as_int() == 6008);
    CHECK(region(0).at("byteOffset").as_int() == 9000);
    CHECK(region(1).at("startColumn").as_int() == 6003);
    CHECK(region(1).at("endColumn").as_int() == 6005);
    CHECK(region(2).at("startColumn").as_int() == 2);
    CHECK(region(2).at("endColumn").as_int() == 4);
}

TEST_CASE("report: the excerpt of a finding far along one long line is cut around it") {
    std::string text(100000, 'a');
    text += " harbour ";
    text += std::string(100000, 'b');
    ck::finding f;
    f.rule_id = "figure-changed";
    f.level = ck::severity::error;
    f.message = "m";
    f.where = ck::locate(text, 100001, 100008);
    std::string out;
    ck::write_text(out, std::span<const ck::finding>(&f, 1), {"long.txt", text});
    CHECK(out.find("long.txt:1:100002: ") != std::string::npos);
    const std::size_t line = out.find("| ...");
    REQUIRE(line != std::string::npos);
    const std::size_t line_end = out.find('\n', line);
    CHECK(line_end - line < 120);
    CHECK(out.substr(line, line_end - line).find(" harbour ") != std::string::npos);
    CHECK(out.find("^~~~~~~") != std::string::npos);
}
