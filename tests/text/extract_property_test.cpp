// Property: for random byte strings (pure noise, and noise mixed with the
// pieces extraction reacts to: quotation marks, cues, names, numbers, line
// breaks, multi-byte and invalid UTF-8) every span the extractor returns lies
// inside the text, begins no later than it ends, and starts and ends on UTF-8
// boundaries.
#include <newsprov/text/extract.hpp>
#include <newsprov/util/utf8.hpp>

#include <doctest/doctest.h>

#include <array>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace t = newsprov::text;

bool good(std::string_view s, t::span sp) {
    return sp.begin <= sp.end && sp.end <= s.size() && newsprov::utf8::is_boundary(s, sp.begin) && newsprov::utf8::is_boundary(s, sp.end);
}
bool good(std::string_view s, const std::vector<t::span>& v) {
    for (const t::span& sp : v)
        if (!good(s, sp)) return false;
    return true;
}

std::string random_text(std::mt19937_64& rng) {
    static constexpr std::array<std::string_view, 36> pieces{
        "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'", "\xE2\x80\x98", "\xE2\x80\x99", " said", " told reporters",
        " according to ", "He", " Marco Rubio", " the ministry", " 98 injured", ", including six children",
        " one killed", "5bn", "\n", "\n\n", ".", ",", ":", " ", "By Jane Roe\n", "PARIS (Reuters) - ",
        "\xC3", "\xA9", "\xE2\x80", "\xF0\x9F\x98", "\x80", "\xFF", std::string_view("\0", 1), "\xC3\xA9",
        "\xF0\x9F\x98\x80", " (", ")", " - "};
    std::string s;
    const std::size_t n = rng() % 160;
    const bool noise = rng() % 4 == 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (noise || rng() % 5 == 0) {
            s.push_back(static_cast<char>(rng() & 0xFF));
        } else {
            s.append(pieces[rng() % pieces.size()]);
        }
    }
    return s;
}

}  // namespace

TEST_CASE("property: extractor spans lie inside the text on UTF-8 boundaries, for random bytes") {
    std::mt19937_64 rng(0x65787472);  // fixed seed
    t::extractor reused;
    t::extraction x;
    std::size_t attributions = 0;
    for (int k = 0; k < 3000; ++k) {
        const std::string s = random_text(rng);
        CAPTURE(k);
        reused.extract(s, {}, x);
        attributions += x.attributions.size();
        for (const t::attribution& a : x.attributions) {
            CHECK(!a.content.empty());
            CHECK(good(s, a.content));
            CHECK(good(s, a.source));
            CHECK(good(s, a.cue));
        }
        for (const t::figure& f : x.figures) {
            CHECK(good(s, f.where));
            CHECK(good(s, f.number));
            CHECK(good(s, f.unit_span));
            for (const t::figure_part& p : f.parts) CHECK((good(s, p.where) && good(s, p.number) && good(s, p.unit_span)));
        }
        if (x.byline) CHECK((good(s, x.byline->where) && good(s, x.byline->names) && good(s, x.byline->places)));
        for (const t::credit& c : x.contributors) CHECK((good(s, c.where) && good(s, c.names) && good(s, c.places)));
        CHECK(good(s, x.dateline));
    }
    CHECK(attributions > 0);  // the generator does reach the attribution finder
}
