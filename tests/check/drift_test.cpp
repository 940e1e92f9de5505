// Attribution drift: one pair of versions per drift type, each asserting the
// finding and its spans in both versions, and pairs that must stay clean.
#include <newsprov/check/check.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace ck = newsprov::checker;

namespace {

ck::finding only(const std::vector<ck::finding>& fs, std::string_view rule_id) {
    for (const auto& f : fs) MESSAGE(f.where.line, ":", f.where.column, " [", f.rule_id, "] ", f.message);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].rule_id == rule_id);
    return fs[0];
}

std::string_view at(std::string_view text, const ck::location& l) { return text.substr(l.offset, l.length); }

constexpr std::string_view original =
    "Harbor Commissioner Lena Ortiz said on Monday that the city might consider closing the east pier next spring. "
    "\"We cannot keep patching a structure that is sinking into the bay,\" Ortiz said.\n"
    "\n"
    "The port authority reported that 42 vessels docked at the pier last year, including 12 cruise ships. "
    "Union organizer Sam Patel suggested that a closure would cost dock workers their jobs.\n"
    "\n"
    "Mayor Ana Ruiz said the repair budget had already been spent. "
    "Engineers found cracks in three of the pilings, according to the port authority.\n";

/// The original with one replacement.
std::string edit(std::string_view from, std::string_view to) {
    std::string s(original);
    const auto at_ = s.find(from);
    REQUIRE(at_ != std::string::npos);
    s.replace(at_, from.size(), to);
    return s;
}

}  // namespace

TEST_CASE("drift: identical versions are clean") {
    CHECK(ck::drift(original, original).empty());
}

TEST_CASE("drift: a paraphrase keeping source, figures and meaning is clean") {
    constexpr std::string_view paraphrase =
        "On Monday, Harbor Commissioner Lena Ortiz said the city might consider shutting the east pier next spring. "
        "\"We cannot keep patching a structure that is sinking into the bay,\" Ortiz said.\n"
        "\n"
        "Last year 42 vessels docked at the pier, 12 of them cruise ships, the port authority reported. "
        "Sam Patel, a union organizer, suggested that closing it would cost dock workers their jobs.\n"
        "\n"
        "Mayor Ana Ruiz said the budget for repairs had already been spent. "
        "According to the port authority, engineers found cracks in three of the pilings.\n";
    const auto fs = ck::drift(original, paraphrase);
    for (const auto& f : fs) MESSAGE(f.where.line, ":", f.where.column, " [", f.rule_id, "] ", f.message);
    CHECK(fs.empty());
}

TEST_CASE("drift: claim-moved-source") {
    const std::string d = edit("Mayor Ana Ruiz said the repair", "Commissioner Lena Ortiz said the repair");
    const auto f = only(ck::drift(original, d), "claim-moved-source");
    CHECK(f.where.line == 5);
    CHECK(f.where.column == 1);
    CHECK(at(d, f.where) == "Commissioner Lena Ortiz");
    REQUIRE(f.related);
    CHECK(at(original, *f.related) == "Mayor Ana Ruiz");
    CHECK(f.message.find("from \"Ana Ruiz\" to \"Lena Ortiz\"") != std::string::npos);
}

TEST_CASE("drift: attribution-lost (now stated as fact)") {
    const std::string d = edit("in three of the pilings, according to the port authority.", "in three of the pilings.");
    const auto f = only(ck::drift(original, d), "attribution-lost");
    CHECK(f.where.line == 5);
    CHECK(at(d, f.where) == "Engineers found cracks in three of the pilings");
    REQUIRE(f.related);
    CHECK(f.related->line == 5);
    CHECK(f.message.find("the port authority") != std::string::npos);
}

TEST_CASE("drift: figure-changed") {
    const std::string d = edit("42 vessels", "24 vessels");
    const auto f = only(ck::drift(original, d), "figure-changed");
    CHECK(f.where.line == 3);
    CHECK(f.where.column == 34);
    CHECK(at(d, f.where) == "24 vessels");
    REQUIRE(f.related);
    CHECK(at(original, *f.related) == "42 vessels");
}

TEST_CASE("drift: a number written in words is the same figure") {
    const std::string d = edit("in three of the pilings", "in 3 of the pilings");
    CHECK(ck::drift(original, d).empty());
}

TEST_CASE("drift: quote-altered") {
    const std::string d = edit("keep patching", "keep repairing");
    const auto f = only(ck::drift(original, d), "quote-altered");
    CHECK(f.where.line == 1);
    CHECK(at(d, f.where) == "repairing");
    REQUIRE(f.related);
    CHECK(at(original, *f.related) == "patching");
}

TEST_CASE("drift: hedge-changed") {
    const std::string d = edit("might consider closing", "will close");
    const auto f = only(ck::drift(original, d), "hedge-changed");
    CHECK(f.where.line == 1);
    CHECK(f.where.column == 61);
    CHECK(at(d, f.where) == "will");
    REQUIRE(f.related);
    CHECK(at(original, *f.related) == "might");
    CHECK(f.message.find("hedged") != std::string::npos);
    CHECK(f.message.find("certain") != std::string::npos);
}

TEST_CASE("drift: cue-strength-changed") {
    const std::string d = edit("Sam Patel suggested", "Sam Patel confirmed");
    const auto f = only(ck::drift(original, d), "cue-strength-changed");
    CHECK(f.where.line == 3);
    CHECK(at(d, f.where) == "confirmed");
    REQUIRE(f.related);
    CHECK(at(original, *f.related) == "suggested");
}

TEST_CASE("drift: attribution-removed and attribution-added") {
    const std::string removed = edit(" Union organizer Sam Patel suggested that a closure would cost dock workers their jobs.", "");
    const auto r = only(ck::drift(original, removed), "attribution-removed");
    CHECK(r.in_original);
    CHECK(r.where.line == 3);
    CHECK(at(original, r.where) == "that a closure would cost dock workers their jobs");

    const std::string added = edit("last year, including 12 cruise ships.",
                                   "last year, including 12 cruise ships. A ferry captain said the harbor had never been busier.");
    const auto a = only(ck::drift(original, added), "attribution-added");
    CHECK(!a.in_original);
    CHECK(a.where.line == 3);
    CHECK(at(added, a.where) == "the harbor had never been busier");
}

TEST_CASE("drift: a story that repeats one quotation many times aligns each with its own copy") {
    // Alignment keeps a few candidates per attribution (memory stays linear when
    // many are alike); the copy at the same place must still be among them.
    std::string text;
    for (int i = 0; i < 1500; ++i) text += "\"The pier is closed,\" the harbor master said, and 40 boats left the port.\n\n";
    CHECK(ck::drift(text, text).empty());

    std::string changed = text;
    const std::size_t middle = changed.find("40 boats", changed.size() / 2);
    changed.replace(middle, 2, "70");
    const auto f = only(ck::drift(text, changed), "figure-changed");
    CHECK(f.where.offset == middle);
    CHECK(at(changed, f.where) == "70 boats");

    std::string dropped = text;
    const std::size_t paragraph = dropped.find("\"The pier", dropped.size() / 3);
    const std::string_view one = "\"The pier is closed,\" the harbor master said, and 40 boats left the port.\n\n";
    dropped.erase(paragraph, one.size());
    const auto fs = ck::drift(text, dropped);
    for (const auto& x : fs) MESSAGE(x.where.line, ":", x.where.column, " [", x.rule_id, "] ", x.message);
    CHECK(fs.size() == 1);  // one attribution has no partner; nothing else drifts
}

TEST_CASE("drift: arbitrary bytes never crash") {
    std::mt19937 rng(11);
    for (int round = 0; round < 40; ++round) {
        std::string a(static_cast<std::size_t>(rng() % 3000), '\0'), b;
        for (char& c : a) c = rng() % 2 ? "Ortiz said \"42 will\n.\xE2\x80"[rng() % 22] : static_cast<char>(rng() & 0xFF);
        b = a;
        for (int k = 0; k < 20 && !b.empty(); ++k) b[rng() % b.size()] = static_cast<char>(rng() & 0xFF);
        const auto fs = ck::drift(a, b);
        for (const auto& f : fs) CHECK(f.where.offset + f.where.length <= (f.in_original ? a.size() : b.size()));
        std::string out;
        const ck::named_text o{"a.txt", a};
        ck::write_text(out, fs, {"b.txt", b}, &o);
        ck::write_json(out, fs, {"b.txt", b}, &o);
    }
}
