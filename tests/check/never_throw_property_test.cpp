// Property: validation and drift take any text. For random byte strings (and
// random documents whose claims quote pieces of them) validate() and drift()
// return findings, never throw, and place every finding inside its text.
#include "../fuzz/random_document.hpp"

#include <newsprov/check/check.hpp>

#include <doctest/doctest.h>

#include <array>
#include <random>
#include <string>
#include <string_view>

namespace {

namespace ck = newsprov::checker;

std::string random_text(std::mt19937_64& rng) {
    static constexpr std::array<std::string_view, 26> pieces{
        "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", " said", " denied", " might", " will", " according to ",
        " Rubio", " Peskov", " the mayor", " 98 injured", " six children", " three", "\n", "\n\n", ".", ",",
        " ", "By Jane Roe\n", "\xC3", "\x80", "\xFF", std::string_view("\0", 1), "\xC3\xA9", " he"};
    std::string s;
    const std::size_t n = rng() % 120;
    for (std::size_t k = 0; k < n; ++k) {
        if (rng() % 5 == 0) s.push_back(static_cast<char>(rng() & 0xFF));
        else s.append(pieces[rng() % pieces.size()]);
    }
    return s;
}

}  // namespace

TEST_CASE("property: validation never throws on arbitrary text and keeps findings inside it") {
    std::mt19937_64 rng(0x76616c69);  // fixed seed
    for (int k = 0; k < 300; ++k) {
        const std::string text = random_text(rng);
        std::string bytes(64 + rng() % 256, '\0');
        for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
        newsprov_fuzz::byte_source in(bytes);
        newsprov_fuzz::document_shape shape;
        shape.article = text;
        const newsprov::story_document doc = newsprov_fuzz::random_document(in, shape);
        CAPTURE(k);
        ck::validate_options opt;
        opt.reverse = k % 2 == 0;
        std::vector<ck::finding> fs;
        REQUIRE_NOTHROW(fs = ck::validate(doc, text, opt));
        for (const ck::finding& f : fs) CHECK(f.where.offset + f.where.length <= text.size());
    }
}

TEST_CASE("property: drift never throws on arbitrary text and keeps findings inside the texts") {
    std::mt19937_64 rng(0x64726966);  // fixed seed
    for (int k = 0; k < 300; ++k) {
        const std::string a = random_text(rng);
        // the derived version: a itself, a edited, or unrelated text
        std::string b = k % 3 == 0 ? a : k % 3 == 1 ? a + random_text(rng) : random_text(rng);
        if (k % 3 == 1 && !b.empty()) b[rng() % b.size()] = static_cast<char>(rng() & 0xFF);
        CAPTURE(k);
        std::vector<ck::finding> fs;
        REQUIRE_NOTHROW(fs = ck::drift(a, b));
        for (const ck::finding& f : fs) {
            CHECK(f.where.offset + f.where.length <= (f.in_original ? a : b).size());
            if (f.related) CHECK(f.related->offset + f.related->length <= a.size());
        }
        if (k % 3 == 0) CHECK(fs.empty());  // a text does not drift from itself
    }
}
