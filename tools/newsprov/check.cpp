// `newsprov check --claims DOC ARTICLE.txt`: the attributions declared in DOC
// (PROV-JSON or PROV-N, told apart by content: io/prov_read.hpp) proved against the
// article text; findings as text, JSON or SARIF.

#include "commands.hpp"
#include "check_support.hpp"

#include <newsprov/check/check.hpp>
#include <newsprov/core/error.hpp>
#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>
#include <newsprov/io/prov_read.hpp>

#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace newsprov_cli {

inline constexpr std::string_view check_usage =
    "usage: newsprov check --claims DOC [--format text|json|sarif] [--no-reverse] ARTICLE.txt\n"
    "\n"
    "Proves the attributions declared in DOC against the article: quotes verbatim\n"
    "(quotation-mark style and white space aside), paraphrases by similarity,\n"
    "source and cue in the same or an adjacent sentence, figures in digits or words,\n"
    "byline and contributors, the sourcing policy; and the other way round,\n"
    "attributions, figures and quotations in the text that nothing declares.\n"
    "\n"
    "  --claims DOC    declared attributions: PROV-JSON (newsprov export --to prov-json),\n"
    "                  or PROV-N (told apart by content)\n"
    "  --format F      text (default; compiler style with source line and caret),\n"
    "                  json, or sarif (SARIF 2.1.0)\n"
    "  --no-reverse    do not report undeclared attributions, figures and quotations\n"
    "  -h, --help      this text\n"
    "\n"
    "exit status: 0 clean, 1 findings, 2 unusable input or arguments (file:line:col)\n";

int check_main(std::span<char*> args) {
    namespace ck = newsprov::checker;
    namespace cs = check_support;
    const char* claims_path = nullptr;
    const char* article_path = nullptr;
    cs::output_format format = cs::output_format::text;
    ck::validate_options opt;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view a{args[i]};
        if (a == "-h" || a == "--help") {
            std::fputs(check_usage.data(), stdout);
            return 0;
        }
        if ((a == "--claims" || a == "--format") && i + 1 >= args.size()) {
            std::fprintf(stderr, "newsprov check: %s needs a value\n\n%s", args[i], check_usage.data());
            return 2;
        }
        if (a == "--claims") {
            claims_path = args[++i];
        } else if (a == "--format") {
            const auto f = cs::parse_format(args[++i]);
            if (!f) {
                std::fprintf(stderr, "newsprov check: unknown format '%s' (text, json, sarif)\n", args[i]);
                return 2;
            }
            format = *f;
        } else if (a == "--no-reverse") {
            opt.reverse = false;
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "newsprov check: unknown option '%s'\n\n%s", args[i], check_usage.data());
            return 2;
        } else if (article_path == nullptr) {
            article_path = args[i];
        } else {
            std::fprintf(stderr, "newsprov check: one article at a time\n\n%s", check_usage.data());
            return 2;
        }
    }
    if (claims_path == nullptr || article_path == nullptr) {
        std::fputs(check_usage.data(), stderr);
        return 2;
    }
    std::string error;
    const auto doc_text = cs::read_file(claims_path, error);
    if (!doc_text) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    const auto article_text = cs::read_file(article_path, error);
    if (!article_text) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    newsprov::story_document doc;
    try {
        const std::string_view p{claims_path};
        doc = newsprov::read_prov(*doc_text, p);
    } catch (const newsprov::input_error& e) {
        std::fprintf(stderr, "%s:%s\n", claims_path, e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s:1:1: %s\n", claims_path, e.what());
        return 2;
    }
    std::optional<ck::article> article;
    if (!cs::analyse(article_path, *article_text, article)) return 2;
    const auto findings = ck::validate(doc, *article, opt);
    cs::emit(findings, format, {ck::validation_rules, opt.policy}, {article_path, article->text()}, nullptr);
    return findings.empty() ? 0 : 1;
}

}  // namespace newsprov_cli
