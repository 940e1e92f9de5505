// Attribution extraction from raw text: one test case per pattern the issue
// lists, on sentences written for these tests, plus the seed story's facts told
// in our own words, plus hostile input.
#include <newsprov/core/error.hpp>
#include <newsprov/text/extract.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace t = newsprov::text;

// Under the sanitizers (unoptimized, instrumented) the no-newline case uses 8 MB
// instead of 50 MB: it exercises the same paragraph cutting in a tenth of the time.
#if defined(__SANITIZE_ADDRESS__)
#define NEWSPROV_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NEWSPROV_TEST_SANITIZED 1
#endif
#endif
#ifdef NEWSPROV_TEST_SANITIZED
constexpr std::size_t long_line_bytes = 8u << 20;
#else
constexpr std::size_t long_line_bytes = 50u << 20;
#endif

namespace {

std::string_view at(std::string_view text, t::span s) { return text.substr(s.begin, s.end - s.begin); }

std::string joined(std::string_view text, const std::vector<t::span>& parts) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += " | ";
        out.append(at(text, p));
    }
    return out;
}

/// Every span inside the text and on UTF-8 boundaries (one assertion per call:
/// large inputs have many spans).
void check_spans(std::string_view text, const t::extraction& x) {
    std::size_t bad = 0;
    auto ok = [&](t::span s) {
        if (!(s.begin <= s.end && s.end <= text.size() && newsprov::utf8::is_boundary(text, s.begin) && newsprov::utf8::is_boundary(text, s.end)))
            ++bad;
    };
    for (const auto& a : x.attributions) {
        if (a.content.empty()) ++bad;
        for (const auto* v : {&a.content, &a.source, &a.cue})
            for (const auto& s : *v) ok(s);
    }
    for (const auto& f : x.figures) {
        ok(f.where);
        for (const auto& p : f.parts) ok(p.where);
    }
    for (const auto& c : x.contributors) ok(c.where);
    if (x.byline) ok(x.byline->where);
    ok(x.dateline);
    CHECK(bad == 0);
}

/// The attribution whose cue text is `cue` (first one), or nullptr.
const t::attribution* by_cue(std::string_view text, const t::extraction& x, std::string_view cue) {
    for (const auto& a : x.attributions)
        if (!a.cue.empty() && joined(text, a.cue) == cue) return &a;
    return nullptr;
}

/// The one attribution found in `text`; the test stops unless there is exactly one.
t::attribution only_attribution(std::string_view text) {
    t::extraction x = t::extract(text);
    REQUIRE(x.attributions.size() == 1);
    return std::move(x.attributions[0]);
}

}  // namespace

TEST_SUITE("text") {

TEST_CASE("utf8: decoding survives invalid bytes") {
    const std::string bad = "a\xC3\x28z\xE2\x82\xF0\x9F\x98\x80\xFF\xED\xA0\x80";
    std::size_t i = 0;
    std::size_t steps = 0;
    while (i < bad.size()) {
        const auto d = newsprov::utf8::decode(bad, i);
        CHECK(d.length >= 1);
        i += d.length;
        ++steps;
    }
    CHECK(i == bad.size());
    CHECK(newsprov::utf8::decode(bad, 1).valid == false);           // C3 28: truncated
    CHECK(newsprov::utf8::decode(bad, 6).cp == U'\U0001F600');      // a valid 4-byte sequence after bad bytes
    CHECK_FALSE(newsprov::utf8::is_valid(bad));
    CHECK(newsprov::utf8::is_valid("Kyiv \u2014 \u201Cquoted\u201D"));
    CHECK_FALSE(newsprov::utf8::is_boundary("\u2014", 1));
    CHECK(newsprov::utf8::is_boundary("\u2014", 3));
}

TEST_CASE("quotes: straight, curly, single, guillemet and twin styles pair") {
    const std::vector<std::string> texts = {
        "\"We will win,\" the minister said.",
        "\u201CWe will win,\u201D the minister said.",
        "\u2018We will win,\u2019 the minister said.",
        "\u00ABWe will win,\u00BB the minister said.",
        "``We will win,'' the minister said.",
        "''We will win,'' the minister said.",
    };
    for (const auto& text : texts) {
        CAPTURE(text);
        const auto a = only_attribution(text);
        CHECK(a.kind == t::quote_kind::direct);
        CHECK(joined(text, a.cue) == "said");
        CHECK(joined(text, a.source) == "the minister");
        CHECK(at(text, a.content[0]).find("We will win") != std::string_view::npos);
    }
}

TEST_CASE("quotes: nesting, apostrophes, and quotations continued across paragraphs") {
    std::vector<t::token> toks;
    std::vector<t::quotation> qs;
    std::vector<std::uint32_t> inside;
    // Apostrophes are not quotation marks: Ukraine’s, don’t, ’90s.
    const std::string apos = "Ukraine\u2019s envoy said the \u201990s were over and they don\u2019t mind.";
    t::tokenize(apos, 0, apos.size(), toks);
    t::pair_quotes(toks, false, false, qs, inside);
    CHECK(qs.empty());
    CHECK(std::none_of(toks.begin(), toks.end(), [](const t::token& k) { return k.kind == t::token_kind::quote; }));
    // A single quotation inside a double one stays inside it.
    const std::string nested = "\u201CShe told me \u2018never again\u2019 and left,\u201D he said.";
    t::tokenize(nested, 0, nested.size(), toks);
    t::pair_quotes(toks, false, false, qs, inside);
    REQUIRE(qs.size() == 1);
    CHECK(toks[qs[0].close].begin == nested.find("\u201D he"));
    // Continued: the first paragraph's quotation is left open, the next repeats the opening mark.
    const std::string text =
        "The governor said: \u201CWe rebuilt the bridge in a year.\n\n"
        "\u201CNobody believed we could do it.\u201D\n";
    const auto a = only_attribution(text);
    CHECK(a.kind == t::quote_kind::direct);
    CHECK(joined(text, a.content).find("We rebuilt the bridge") != std::string::npos);
    CHECK(joined(text, a.source) == "The governor");
}

TEST_CASE("sentences: abbreviations and initials do not end a sentence") {
    const std::string text =
        "Mr. Lane met Gen. Ortiz in the U.S. capital on Sept. 4. J. R. Hale, a clerk, said the talks went well. "
        "The end came later.";
    std::vector<t::token> toks;
    std::vector<t::quotation> qs;
    std::vector<std::uint32_t> inside;
    std::vector<t::sentence> ss;
    t::tokenize(text, 0, text.size(), toks);
    t::pair_quotes(toks, false, false, qs, inside);
    t::split_sentences(text, toks, qs, inside, ss);
    REQUIRE(ss.size() == 3);
    CHECK(text.substr(toks[ss[1].first].begin, 2) == "J.");
    CHECK(text.substr(toks[ss[2].first].begin, 3) == "The");
}

TEST_CASE("cues: at least 150 lemmas, every inflected form") {
    CHECK(t::cue_lemma_count() >= 150);
    CHECK(t::cue_form_count() >= 4 * 150);
    for (std::string_view w : {"say", "says", "said", "saying", "told", "tells", "thought", "admitted", "admitting",
                               "cried", "cries", "denied", "argued", "arguing", "wrote", "written", "sought",
                               "believes", "hoped", "intends", "Said", "SAYS"}) {
        CAPTURE(w);
        CHECK(t::find_cue(w));
    }
    CHECK(t::find_cue("said").lemma->lemma == "say");
    CHECK(t::find_cue("saying").form == t::verb_form::ing);
    CHECK_FALSE(t::find_cue("table"));
    CHECK_FALSE(t::find_cue("s\xC3\xA4id"));
}

TEST_CASE("cues: 'according to', 'told', 'in a statement', cognition and intention verbs") {
    const std::string text =
        "According to the city council, the bridge will reopen in May. "
        "The road was closed for repairs, according to the transport office. "
        "The builder told reporters that the work was finished. "
        "The company said in a statement that it regretted the delay. "
        "Local traders believe that the closure cost them customers. "
        "The mayor wants to reopen the market soon.";
    const auto x = t::extract(text);
    check_spans(text, x);
    const auto* a1 = by_cue(text, x, "According to");
    REQUIRE(a1 != nullptr);
    CHECK(joined(text, a1->source) == "the city council");
    CHECK(joined(text, a1->content) == "the bridge will reopen in May");
    const auto* a2 = by_cue(text, x, "according to");
    REQUIRE(a2 != nullptr);
    CHECK(joined(text, a2->content) == "The road was closed for repairs");
    CHECK(joined(text, a2->source) == "the transport office");
    const auto* a3 = by_cue(text, x, "told");
    REQUIRE(a3 != nullptr);
    CHECK(joined(text, a3->content) == "that the work was finished");
    const auto* a4 = by_cue(text, x, "said in a statement");
    REQUIRE(a4 != nullptr);
    CHECK(joined(text, a4->source) == "The company");
    const auto* a5 = by_cue(text, x, "believe");
    REQUIRE(a5 != nullptr);
    CHECK(joined(text, a5->source) == "Local traders");
    const auto* a6 = by_cue(text, x, "wants");  // intention before "to", as PolNeAR annotates it
    REQUIRE(a6 != nullptr);
    CHECK(joined(text, a6->source) == "The mayor");
    CHECK(joined(text, a6->content) == "to reopen the market soon");
}

TEST_CASE("sources: titles, offices, appositives, pronouns and short names") {
    const std::string text =
        "Harbor Authority spokeswoman Alma Ruiz said the port would stay open. "
        "Ruiz added that ships were waiting.\n\n"
        "The mayor of Greyport said the storm had passed.\n\n"
        "Tomas Berg, a fisherman, said the water was calm. He noted that prices had fallen.";
    const auto x = t::extract(text);
    check_spans(text, x);
    const auto* a = by_cue(text, x, "said");
    REQUIRE(a != nullptr);
    CHECK(joined(text, a->source) == "Harbor Authority spokeswoman Alma Ruiz");
    CHECK(a->speaker == "Alma Ruiz");
    const auto* b = by_cue(text, x, "added");
    REQUIRE(b != nullptr);
    CHECK(b->speaker == "Alma Ruiz");
    bool office = false;
    bool appositive = false;
    for (const auto& q : x.attributions) {
        if (q.speaker == "mayor of Greyport") office = true;
        if (joined(text, q.source) == "Tomas Berg, a fisherman") {
            appositive = true;
            CHECK(q.speaker == "Tomas Berg");
        }
    }
    CHECK(office);
    CHECK(appositive);
    const auto* c = by_cue(text, x, "noted");
    REQUIRE(c != nullptr);
    CHECK(joined(text, c->source) == "He");
    CHECK(c->speaker == "Tomas Berg");
}

TEST_CASE("patterns: cue before and after, inverted order, split quotations") {
    const std::string text =
        "The coach said that the team had trained hard.\n\n"
        "\u201CWe were ready,\u201D the coach said.\n\n"
        "\u201CThe pitch was wet,\u201D said Lena Park, the captain.\n\n"
        "\u201CWe lost,\u201D she said, \u201Cbut we learned a lot.\u201D\n\n"
        "The referee, the league said, had made no error.";
    const auto x = t::extract(text);
    check_spans(text, x);
    REQUIRE(x.attributions.size() == 5);
    CHECK(joined(text, x.attributions[0].content) == "that the team had trained hard");
    CHECK(x.attributions[0].kind == t::quote_kind::indirect);
    CHECK(joined(text, x.attributions[1].source) == "the coach");
    CHECK(x.attributions[1].kind == t::quote_kind::direct);
    CHECK(joined(text, x.attributions[2].source) == "Lena Park, the captain");
    CHECK(x.attributions[2].speaker == "Lena Park");
    CHECK(x.attributions[3].content.size() == 2);
    CHECK(x.attributions[3].speaker == "Lena Park");
    CHECK(joined(text, x.attributions[4].content) == "The referee | had made no error");
    CHECK(joined(text, x.attributions[4].source) == "the league");
}

TEST_CASE("patterns: PolNeAR conventions for cues, contents and follow-on quotations") {
    SUBCASE("a quotation ending in ? or . keeps its attribution, and the next quotation joins it") {
        const std::string text =
            "\u201CIs the bridge safe?\u201D asked the engineer. \u201CNobody has checked it.\u201D\n\n"
            "\u201CWe are done.\u201D Mayor Ada Stone said.\n\n"
            "\u201CThe vote was close,\u201D Stone said.\n\n"
            "\u201CWe will count again next week.\u201D";
        const auto x = t::extract(text);
        check_spans(text, x);
        REQUIRE(x.attributions.size() == 3);
        CHECK(joined(text, x.attributions[0].cue) == "asked");
        CHECK(joined(text, x.attributions[0].source) == "the engineer");
        CHECK(joined(text, x.attributions[0].content) ==
              "\u201CIs the bridge safe?\u201D | \u201CNobody has checked it.\u201D");
        CHECK(joined(text, x.attributions[1].source) == "Mayor Ada Stone");
        CHECK(joined(text, x.attributions[1].content) == "\u201CWe are done.\u201D");
        // the next paragraph is only a quotation: it continues the last speaker's
        CHECK(x.attributions[2].content.size() == 2);
        CHECK(x.attributions[2].kind == t::quote_kind::direct);
        CHECK(x.attributions[2].speaker == "Ada Stone");
    }
    SUBCASE("an introducing colon hands over the quotation of the next paragraph") {
        const std::string text = "The governor added:\n\n\"The roads will reopen. Crews are working.\"";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.cue) == "added");
        CHECK(joined(text, a.content) == "\"The roads will reopen. Crews are working.\"");
        CHECK(a.kind == t::quote_kind::direct);
    }
    SUBCASE("progressives, participle clauses, addressees and circumstances") {
        const std::string text =
            "The union is demanding that the plant stay open.\n\n"
            "Nurse Ana Ruiz left the hall, calling the offer an insult.\n\n"
            "The coach told his players at a late practice that the match was lost.\n\n"
            "The inspector said in a 2019 report that the dam was weak.\n\n"
            "The firm said in a statement that it would appeal.\n\n"
            "The pilot said in an interview that the runway was short.";
        const auto x = t::extract(text);
        check_spans(text, x);
        const auto* a = by_cue(text, x, "is demanding");
        REQUIRE(a != nullptr);
        CHECK(joined(text, a->source) == "The union");
        CHECK(joined(text, a->content) == "that the plant stay open");
        a = by_cue(text, x, "calling");
        REQUIRE(a != nullptr);
        CHECK(joined(text, a->content) == "the offer an insult");
        CHECK(joined(text, a->source) == "Nurse Ana Ruiz");
        a = by_cue(text, x, "told");
        REQUIRE(a != nullptr);
        CHECK(joined(text, a->content) == "that the match was lost");
        a = by_cue(text, x, "said");  // circumstances between cue and complement belong to neither
        REQUIRE(a != nullptr);
        CHECK(joined(text, a->content) == "that the dam was weak");
        a = by_cue(text, x, "said in a statement");  // a statement is part of the cue, an interview is not
        REQUIRE(a != nullptr);
        CHECK(joined(text, a->content) == "that it would appeal");
        REQUIRE(x.attributions.size() == 6);
        CHECK(joined(text, x.attributions[5].cue) == "said");
        CHECK(joined(text, x.attributions[5].content) == "that the runway was short");
    }
    SUBCASE("seem, appear and 'is expected to' report their subject, with no source") {
        const std::string text = "The repairs seem to be finished. The new bridge is expected to open in May.";
        const auto x = t::extract(text);
        REQUIRE(x.attributions.size() == 2);
        CHECK(joined(text, x.attributions[0].content) == "The repairs | to be finished");
        CHECK(x.attributions[0].source.empty());
        CHECK(joined(text, x.attributions[1].cue) == "is expected");
        CHECK(joined(text, x.attributions[1].content) == "The new bridge | to open in May");
    }
    SUBCASE("a report inside a content stays part of it; clauses the source did not say end it") {
        const std::string text =
            "The clerk said that the mayor promised to resign.\n\n"
            "The clerk said the vote was delayed, which angered the council.\n\n"
            "The clerk said the vote was delayed; the council met anyway.";
        const auto x = t::extract(text);
        check_spans(text, x);
        REQUIRE(x.attributions.size() == 3);
        CHECK(joined(text, x.attributions[0].content) == "that the mayor promised to resign");
        CHECK(joined(text, x.attributions[1].content) == "the vote was delayed");
        CHECK(joined(text, x.attributions[2].content) == "the vote was delayed");
    }
}

TEST_CASE("kinds: direct, mixed and indirect contents") {
    const std::string text =
        "The judge said: \u201CThe case is closed.\u201D\n\n"
        "The judge said the case was \u201Cfinally closed\u201D after years.\n\n"
        "The judge said the case was closed.";
    const auto x = t::extract(text);
    REQUIRE(x.attributions.size() == 3);
    CHECK(x.attributions[0].kind == t::quote_kind::direct);
    CHECK(x.attributions[1].kind == t::quote_kind::mixed);
    CHECK(x.attributions[2].kind == t::quote_kind::indirect);
}

TEST_CASE("figures: digits and words, units, parts") {
    const std::string text =
        "The flood left two dead and 41 injured, including nine children. Prices rose 3.5 percent, "
        "and the city spent $1.2 million and \u00A3600m on repairs in 2024.";
    const auto x = t::extract(text);
    check_spans(text, x);
    REQUIRE(x.figures.size() >= 4);
    CHECK(x.figures[0].value == 2);
    CHECK(x.figures[0].unit == "dead");
    CHECK(x.figures[1].value == 41);
    CHECK(x.figures[1].unit == "injured");
    REQUIRE(x.figures[1].parts.size() == 1);
    CHECK(x.figures[1].parts[0].value == 9);
    CHECK(x.figures[1].parts[0].unit == "children");
    CHECK(x.figures[2].unit == "percent");
    CHECK(x.figures[2].value == doctest::Approx(3.5));
    CHECK(x.figures[3].unit == "usd");
    CHECK(x.figures[3].value == doctest::Approx(1.2e6));
    for (const auto& f : x.figures) CHECK(f.value != 2024);  // a year is not a figure
}

TEST_CASE("credits: byline, dateline and contributor line") {
    const std::string text =
        "By Mara Lind and Otto Kern\n\n"
        "OSLO, Norway (AP) \u2014 The harbor reopened on Monday after a week of storms, officials said.\n\n"
        "Pia Sand in Bergen contributed to this report.";
    const auto x = t::extract(text);
    check_spans(text, x);
    REQUIRE(x.byline.has_value());
    REQUIRE(x.byline->names.size() == 2);
    CHECK(at(text, x.byline->names[0]) == "Mara Lind");
    CHECK(at(text, x.dateline) == "OSLO, Norway (AP)");
    REQUIRE(x.contributors.size() == 1);
    CHECK(at(text, x.contributors[0].names[0]) == "Pia Sand");
    CHECK(at(text, x.contributors[0].places[0]) == "Bergen");
    // a state's abbreviation inside the dateline; a full stop after the first word ends it
    const std::string abbreviated = "LEEDS, Ala. (Wire) - The harbor reopened on Monday.";
    CHECK(at(abbreviated, t::extract(abbreviated).dateline) == "LEEDS, Ala. (Wire)");
    const t::span none = t::extract("LEEDS. The harbor reopened - at last - on Monday.").dateline;
    CHECK(none.empty());
}

TEST_CASE("seed facts in our own words: Rubio, Peskov, the mayor's figures, contributors") {
    // The facts of the seed story, told in sentences written for this test.
    const std::string text =
        "PARIS (AP) \u2014 Washington could give up on brokering an end to the war between Russia and Ukraine "
        "within days unless talks show progress, Secretary of State Marco Rubio said Friday.\n\n"
        "Rubio spoke after a day of meetings in Paris with Ukrainian and European officials. He said the "
        "United States had other priorities and that a decision had to come quickly. \u201CWe are not going "
        "to keep this up for weeks and months,\u201D Rubio told reporters.\n\n"
        "Kremlin spokesman Dmitry Peskov said that negotiations with Washington were complicated and that no "
        "meeting between the two presidents was planned.\n\n"
        "Russian strikes on Kharkiv killed one person and injured 98, including six children, the mayor of "
        "Kharkiv said.\n\n"
        "Hanna Arhirova reported from Kyiv. Illia Novikov in Kyiv and Joanna Kozlowska in London "
        "contributed to this report.";
    const auto x = t::extract(text);
    check_spans(text, x);
    int rubio = 0;
    bool rubio_direct = false;
    bool peskov = false;
    bool mayor = false;
    for (const auto& a : x.attributions) {
        if (a.speaker == "Marco Rubio") {
            ++rubio;
            if (a.kind == t::quote_kind::direct) rubio_direct = true;
        }
        if (a.speaker == "Dmitry Peskov") {
            peskov = true;
            CHECK(joined(text, a.content).find("negotiations with Washington were complicated") != std::string::npos);
            CHECK(joined(text, a.source) == "Kremlin spokesman Dmitry Peskov");
        }
        if (a.speaker == "mayor of Kharkiv") {
            mayor = true;
            CHECK(joined(text, a.content).find("98") != std::string::npos);
        }
    }
    CHECK(rubio >= 3);
    CHECK(rubio_direct);
    CHECK(peskov);
    CHECK(mayor);
    // one killed, 98 injured including six children
    const t::figure* injured = nullptr;
    const t::figure* killed = nullptr;
    for (const auto& f : x.figures) {
        if (f.unit == "injured") injured = &f;
        if (f.value == 1 && f.unit == "person") killed = &f;
    }
    REQUIRE(killed != nullptr);
    REQUIRE(injured != nullptr);
    CHECK(injured->value == 98);
    REQUIRE(injured->parts.size() == 1);
    CHECK(injured->parts[0].value == 6);
    CHECK(injured->parts[0].unit == "children");
    REQUIRE(x.contributors.size() == 1);
    std::vector<std::string> names;
    for (auto s : x.contributors[0].names) names.emplace_back(at(text, s));
    CHECK(names == std::vector<std::string>{"Illia Novikov", "Joanna Kozlowska"});
    CHECK(at(text, x.dateline) == "PARIS (AP)");
}

TEST_CASE("bad input: invalid UTF-8, NUL bytes, no newline, unmatched quotation marks") {
    SUBCASE("invalid UTF-8 and NULs") {
        std::string text = "\xFF\xFE \"Bad \xC3 bytes,\" he said\0 \xE2\x80\x9Cstill\xE2\x80 going\xF0\x9F.";
        constexpr char tail[] = "\0\0\0 Officials said that \xED\xA0\x80 was odd.";
        text.append(tail, sizeof tail - 1);
        for (int i = 0; i < 256; ++i) text.push_back(static_cast<char>(i));
        const auto x = t::extract(text);
        check_spans(text, x);
    }
    SUBCASE("every byte value at every position of a short sentence") {
        const std::string base = "\u201CYes,\u201D said Ana. She said that it rained.";
        for (std::size_t pos = 0; pos < base.size(); ++pos) {
            for (int b : {0x00, 0x22, 0x27, 0x80, 0xC3, 0xE2, 0xF0, 0xFF}) {
                std::string text = base;
                text[pos] = static_cast<char>(b);
                check_spans(text, t::extract(text));
            }
        }
    }
    SUBCASE("50 MB without a newline") {
        const std::string unit = "The minister said \"the \xE2\x80\x9Cplan is\" ready' and more, ";
        std::string text;
        text.reserve(long_line_bytes + unit.size());
        while (text.size() < long_line_bytes) text += unit;
        t::extractor ex;
        t::extraction x;
        ex.extract(text, {}, x);
        check_spans(text, x);
        CHECK(x.attributions.size() > 1000);
    }
    SUBCASE("an article beyond the offset limit is refused, never truncated") {
        const std::string text = "The mayor said it rained.\nThe clerk said it snowed.\n";
        t::extract_options opt;
        opt.max_bytes = 30;  // the same check guards max_article_bytes (4 GiB - 2)
        try {
            (void)t::extract(text, opt);
            FAIL("no input_error");
        } catch (const newsprov::input_error& e) {
            CHECK(e.limit() == "max_article_bytes");
            CHECK(e.where().offset == 30);
            CHECK(e.where().line == 2);
            CHECK(e.where().column == 5);
        }
        opt.max_bytes = text.size();
        CHECK(t::extract(text, opt).attributions.size() == 2);
        CHECK(t::max_article_bytes == 0xFFFFFFFEu);
    }
    SUBCASE("pathological repetitions stay linear and in bounds") {
        for (std::string_view unit : {std::string_view{"said, "}, std::string_view{", who said "},
                                      std::string_view{"X said: "}, std::string_view{"\"Yes?\" he said. "},
                                      std::string_view{"Mr. Smith, a doctor, said "}, std::string_view{"\n\"A.\n"}}) {
            std::string text;
            while (text.size() < 200000) text += unit;
            check_spans(text, t::extract(text));
        }
    }
    SUBCASE("10,000 unmatched quotation marks") {
        for (std::string_view mark : {"\"", "\xE2\x80\x9C", "''", "'", "\xC2\xAB"}) {
            std::string text;
            for (int i = 0; i < 10000; ++i) {
                text += mark;
                text += "word said ";
            }
            const auto x = t::extract(text);
            check_spans(text, x);
        }
    }
}

TEST_CASE("content boundaries: a second report in the same sentence") {
    SUBCASE("coordinated clause with its own subject and speech verb") {
        const std::string text = "The clerk said the ballots were dry and two guards said the vault had leaked.";
        const auto x = t::extract(text);
        REQUIRE(x.attributions.size() == 2);
        CHECK(joined(text, x.attributions[0].content) == "the ballots were dry");
        CHECK(joined(text, x.attributions[1].source) == "two guards");
        CHECK(joined(text, x.attributions[1].content) == "the vault had leaked");
    }
    SUBCASE("a plural subject with the plain form of the verb") {
        const std::string text = "The pilot said the runway was icy and mechanics say the brakes were worn.";
        const auto x = t::extract(text);
        REQUIRE(x.attributions.size() == 2);
        CHECK(joined(text, x.attributions[0].content) == "the runway was icy");
        CHECK(joined(text, x.attributions[1].content) == "the brakes were worn");
    }
    SUBCASE("a new subject after a comma") {
        const std::string text = "While the warden has said that the gate is locked, Ortiz said it stays open at night.";
        const auto x = t::extract(text);
        REQUIRE(x.attributions.size() == 2);
        CHECK(joined(text, x.attributions[0].content) == "that the gate is locked");
        CHECK(joined(text, x.attributions[1].source) == "Ortiz");
        CHECK(joined(text, x.attributions[1].content) == "it stays open at night");
    }
    SUBCASE("an inverted speech cue credits the whole report before it") {
        // what the farmers hoped is what Mia Cole said: the report inside her
        // content is no attribution of its own
        const std::string text = "As the river rose, the farmers hoped to save the barn, the levee will hold, said Mia Cole, a surveyor.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.cue) == "said");
        CHECK(joined(text, a.source) == "Mia Cole, a surveyor");
        CHECK(joined(text, a.content) == "As the river rose, the farmers hoped to save the barn, the levee will hold");
    }
    SUBCASE("a plain coordination stays in the content") {
        const std::string text = "The mayor said the pool and the gym would close in June.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.content) == "the pool and the gym would close in June");
    }
}

TEST_CASE("cue edges: adverbs after the verb, short tails, thoughts without that") {
    SUBCASE("a manner adverb before the complement belongs to the cue") {
        const std::string text = "Okafor said repeatedly that the budget was too small.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.cue) == "said repeatedly");
        CHECK(joined(text, a.content) == "that the budget was too small");
    }
    SUBCASE("an adverb ending the sentence after a quotation") {
        const std::string text = "\"What a lovely surprise,\" the coach said dryly.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.cue) == "said dryly");
        CHECK(a.kind == t::quote_kind::direct);
    }
    SUBCASE("an adverb before an object is not part of the cue") {
        const std::string text = "The mayor said quickly the roads were clear.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.cue) == "said");
    }
    SUBCASE("a short tail after the cue: the content is before it") {
        const std::string text = "The ferry left without its captain, the clerk said in an interview afterward.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.content) == "The ferry left without its captain");
        CHECK(joined(text, a.source) == "the clerk");
    }
    SUBCASE("an object after the cue is not a short tail") {
        const std::string text = "When the tide came in, the harbor master said enough.";
        const auto x = t::extract(text);
        for (const auto& a : x.attributions) CHECK(joined(text, a.content) != "When the tide came in");
    }
    SUBCASE("a thought's clause without that") {
        const std::string text = "I think the new schedule is a mistake.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.cue) == "think");
        CHECK(joined(text, a.content) == "the new schedule is a mistake");
    }
    SUBCASE("knowing a place is not a report") {
        const std::string text = "She knew the old harbor very well.";
        CHECK(t::extract(text).attributions.empty());
    }
}

TEST_CASE("sources and cues: respondents, insiders, 'with X saying', hopes, 'in praise', 'went on to say', 'made clear', passive questions") {
    SUBCASE("a respondent's participle before a plain verb is its subject, not a past verb") {
        const std::string text = "Among the farmers, those surveyed say the new canal is too costly.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.source) == "those surveyed");
        CHECK(joined(text, a.cue) == "say");
        CHECK(joined(text, a.content) == "the new canal is too costly");
    }
    SUBCASE("'familiar with' and 'close to' stay inside the source") {
        const std::string text =
            "Two officials familiar with the matter said the deal was close.\n\n"
            "A lawyer close to the mayor said the appeal would be filed soon.";
        const auto x = t::extract(text);
        REQUIRE(x.attributions.size() == 2);
        CHECK(joined(text, x.attributions[0].source) == "Two officials familiar with the matter");
        CHECK(joined(text, x.attributions[1].source) == "A lawyer close to the mayor");
        CHECK(joined(text, x.attributions[1].content) == "the appeal would be filed soon");
    }
    SUBCASE("the phrase between 'with' and a speech participle is its speaker") {
        const std::string text = "Fares went up again, with nearly half of commuters saying they would drive instead.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.source) == "nearly half of commuters");
        CHECK(joined(text, a.cue) == "saying");
        CHECK(joined(text, a.content) == "they would drive instead");
        CHECK(t::extract("He watched the crowd, with the flags waving.").attributions.empty());
    }
    SUBCASE("a hope's clause without that, but not a hope's object") {
        const std::string text = "Okafor hopes the new pitch will be ready by June.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.cue) == "hopes");
        CHECK(joined(text, a.content) == "the new pitch will be ready by June");
        CHECK(t::extract("Okafor hopes his players rest.").attributions.empty());
    }
    SUBCASE("after 'in' an evaluation verb's plain form is a noun") {
        CHECK(t::extract("The choir sang in praise of the old harbor.").attributions.empty());
        const std::string text = "The mayor will praise the volunteers.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.cue) == "will praise");
    }
    SUBCASE("'went on to say' is one cue") {
        const std::string text = "Okafor praised the crew and went on to say that the harbor would reopen.\n\n"
                                 "Baker went on to argue that the toll was too high.";
        const auto x = t::extract(text);
        const auto* a = by_cue(text, x, "went on to argue");
        REQUIRE(a != nullptr);
        CHECK(joined(text, a->source) == "Baker");
        CHECK(joined(text, a->content) == "that the toll was too high");
        a = by_cue(text, x, "went on to say");
        REQUIRE(a != nullptr);
        CHECK(joined(text, a->content) == "that the harbor would reopen");
    }
    SUBCASE("'made (it) clear' reports; 'clear' alone does not") {
        const std::string text = "Okafor made it clear that the harbor would reopen.\n\n"
                                 "The coach has also made clear that the team will travel.";
        const auto x = t::extract(text);
        REQUIRE(x.attributions.size() == 2);
        CHECK(joined(text, x.attributions[0].cue) == "made it clear");
        CHECK(joined(text, x.attributions[0].source) == "Okafor");
        CHECK(joined(text, x.attributions[1].cue) == "has also made clear");
        CHECK(joined(text, x.attributions[1].content) == "that the team will travel");
        CHECK(t::extract("The crew cleared the road that leads to the harbor.").attributions.empty());
    }
    SUBCASE("a passive question has a cue and a content, no source") {
        const std::string text = "Okafor was asked whether the bridge would reopen.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.cue) == "was asked");
        CHECK(a.source.empty());
        CHECK(joined(text, a.content) == "whether the bridge would reopen");
        CHECK(t::extract("The clerk was asked to leave the room.").attributions.empty());
    }
    SUBCASE("a noun in -ly before the cue belongs to the source, an adverb to the cue") {
        const std::string text = "A lawyer close to the family said the ferry had been overloaded.\n\n"
                                 "The harbor master publicly said the pier was safe.";
        const auto x = t::extract(text);
        const auto* a = by_cue(text, x, "said");
        REQUIRE(a != nullptr);
        CHECK(joined(text, a->source) == "A lawyer close to the family");
        CHECK(by_cue(text, x, "publicly said") != nullptr);
    }
}

TEST_CASE("judgments and nested reports: 'see X as Y', 'the group said' after a report") {
    SUBCASE("seeing someone as something reports a judgment") {
        const std::string text = "Most dock workers see the new crane as a threat to their jobs.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.source) == "Most dock workers");
        CHECK(joined(text, a.cue) == "see");
        CHECK(joined(text, a.content) == "the new crane as a threat to their jobs");
        // a reflexive, a bare plural or a long name opens the judged phrase as well
        const std::string self = "The mayor casts herself as a builder of piers.";
        CHECK(joined(self, only_attribution(self).content) == "herself as a builder of piers");
        const std::string plural = "Most residents see ferries as a lifeline.";
        CHECK(joined(plural, only_attribution(plural).content) == "ferries as a lifeline");
    }
    SUBCASE("seeing without a judging 'as' is not a report") {
        CHECK(t::extract("The guards saw the ferry as well as the tug.").attributions.empty());
        CHECK(t::extract("Residents saw the smoke from the hill.").attributions.empty());
    }
    SUBCASE("a determiner's subject and a speech verb ending the sentence report the clause before") {
        const std::string text = "Two surveys showed the ferry losing riders, the agency said.";
        const auto a = only_attribution(text);
        CHECK(joined(text, a.source) == "the agency");
        CHECK(joined(text, a.content) == "Two surveys showed the ferry losing riders");
    }
}

TEST_CASE("streaming: one extractor reused across articles") {
    t::extractor ex;
    t::extraction x;
    const std::string one = "\u201CHello,\u201D Ana said.";
    const std::string two = "Ben said that it rained.";
    ex.extract(one, {}, x);
    REQUIRE(x.attributions.size() == 1);
    CHECK(x.attributions[0].speaker == "Ana");
    ex.extract(two, {}, x);
    REQUIRE(x.attributions.size() == 1);
    CHECK(x.attributions[0].speaker == "Ben");
}

}  // TEST_SUITE

TEST_CASE("nested reports: a cue inside another attribution's content drops that attribution") {
    auto report = [](std::vector<t::span> content, t::span cue) {
        t::attribution a;
        a.content = std::move(content);
        a.cue = {cue};
        return a;
    };
    std::vector<t::attribution> as{
        report({{0, 40}}, {45, 49}),          // "...", said X: the outer report
        report({{20, 40}}, {10, 15}),         // a report inside the outer content
        report({{50, 60}, {70, 80}}, {62, 66}),  // its cue between its own parts stays
        report({{90, 95}}, {38, 44}),         // a cue running past the content's end stays
    };
    t::detail::drop_nested_reports(as);
    REQUIRE(as.size() == 3);
    CHECK(as[0].cue.front().begin == 45);
    CHECK(as[1].cue.front().begin == 62);
    CHECK(as[2].cue.front().begin == 38);
    // a cue inside its own content (no pattern makes one) does not drop itself
    std::vector<t::attribution> own{report({{0, 40}}, {10, 15})};
    t::detail::drop_nested_reports(own);
    CHECK(own.size() == 1);
}
