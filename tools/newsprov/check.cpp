// `newsprov check --claims DOC ARTICLE.txt`: the attributions declared in DOC
// (PROV-JSON or PROV-N) proved against the article text; findings as text,
// JSON or SARIF. With --jsonl, many pairs in one run: one record in, one
// report line out.

#include "args.hpp"
#include "check_support.hpp"
#include "commands.hpp"
#include "document_input.hpp"
#include "io_support.hpp"

#include <newsprov/check/check.hpp>
#include <newsprov/core/error.hpp>
#include <newsprov/json/writer.hpp>

#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace newsprov_cli {

inline constexpr std::string_view check_usage =
    "usage: newsprov check --claims DOC [options] ARTICLE.txt\n"
    "       newsprov check --jsonl [options] [PAIRS.jsonl...]\n"
    "\n"
    "Proves the attributions declared in DOC against the article: quotes verbatim\n"
    "(quotation-mark style and white space aside), paraphrases by similarity,\n"
    "source and cue in the same or an adjacent sentence, figures in digits or words,\n"
    "byline and contributors, the sourcing policy; and the other way round,\n"
    "attributions, figures and quotations in the text that nothing declares.\n"
    "\n"
    "  --claims DOC      declared attributions, PROV-JSON or PROV-N (told apart by\n"
    "                    content; '-' is standard input, as is ARTICLE.txt '-')\n"
    "  --format F        text (default; compiler style with source line and caret),\n"
    "                    json (schemas/check-report.schema.json) or sarif (2.1.0)\n"
    "  --fail-on LEVEL   exit 1 for a finding at or above LEVEL: error (default),\n"
    "                    warning, note, or never\n"
    "  --no-reverse      do not report undeclared attributions, figures and quotations\n"
    "  -o, --output OUT  write to OUT, whole or not at all ('-': standard output)\n"
    "  --jsonl           many pairs: each line of PAIRS.jsonl (default: standard input)\n"
    "                    is {\"id\", \"claims\": PROV-JSON object or document text,\n"
    "                    \"article\": \"text\"}; each gives one line {\"id\", \"findings\",\n"
    "                    \"summary\", ...} (schemas/batch-report.schema.json)\n"
    "  --fail-fast       with --jsonl, stop at the first bad record (default: name it\n"
    "                    on standard error and go on)\n"
    "  -q, --quiet       no progress line (shown only on a terminal, after 3 s)\n"
    "  -h, --help        this text\n"
    "\n"
    "exit status: 0 clean, 1 findings at or above --fail-on, 2 unusable input, a\n"
    "failed write or bad arguments (FILE:line:col: message)\n";

namespace {
namespace ck = newsprov::checker;
namespace cs = check_support;

/// Reads the claims of one pair; throws input_error (positions in `text`).
newsprov::story_document read_claims(std::string_view text, std::string_view path) {
    try {
        return read_document(text, path);
    } catch (const newsprov::input_error&) {
        throw;
    } catch (const std::exception& e) {
        throw newsprov::input_error({1, 1, 0}, e.what());
    }
}

/// One {"id", "claims", "article"} record checked.
cs::pair_result check_record(const newsprov::json::value& rec, const std::string& where, const ck::validate_options& opt,
                             const cs::fail_threshold& fail_on) {
    cs::pair_result r;
    const newsprov::json::value* claims = rec.is_object() ? rec.find("claims") : nullptr;
    const newsprov::json::value* article_text = rec.is_object() ? rec.find("article") : nullptr;
    const newsprov::json::value* id = rec.is_object() ? rec.find("id") : nullptr;
    if (claims == nullptr || !(claims->is_object() || claims->is_string()) || article_text == nullptr ||
        !article_text->is_string()) {
        r.error = where + "record needs \"claims\" (an object or a string) and \"article\" (a string)";
        return r;
    }
    newsprov::story_document doc;
    try {
        std::string written;
        if (claims->is_object()) newsprov::json::writer(written).write(*claims);
        doc = read_claims(claims->is_object() ? std::string_view(written) : std::string_view(claims->as_string()), "");
    } catch (const newsprov::input_error& e) {
        r.error = where + "claims: " + e.what();
        return r;
    }
    std::optional<ck::article> article;
    std::string message;
    if (!cs::analyse("article", article_text->as_string(), article, message)) {
        r.error = where + message;
        return r;
    }
    const auto findings = ck::validate(doc, *article, opt);
    ck::write_json_line(r.report, id != nullptr ? *id : newsprov::json::value(nullptr), findings,
                        {"article", article->text()});
    r.fails = cs::fails(findings, fail_on);
    return r;
}

int check_one(std::string_view claims_path, std::string_view article_path, const cs::common_options& c,
              const ck::validate_options& opt) {
    const auto doc_text = read_whole_file(claims_path, cs::max_input_bytes);
    if (!doc_text) return 2;
    const auto article_text = read_whole_file(article_path, cs::max_input_bytes);
    if (!article_text) return 2;
    const std::string claims_name = shown_name(claims_path), article_name = shown_name(article_path);
    newsprov::story_document doc;
    try {
        doc = read_claims(*doc_text, claims_path);
    } catch (const newsprov::input_error& e) {
        std::fprintf(stderr, "%s:%s\n", claims_name.c_str(), e.what());
        return 2;
    }
    std::optional<ck::article> article;
    std::string message;
    if (!cs::analyse(article_name, *article_text, article, message)) {
        std::fprintf(stderr, "%s\n", message.c_str());
        return 2;
    }
    const auto findings = ck::validate(doc, *article, opt);
    auto out = output::open(c.output_path);
    if (!out) return 2;
    out->write(cs::render(findings, c.format, {ck::validation_rules, opt.policy}, {article_name, article->text()},
                          nullptr, cs::want_colour(c.output_path)));
    if (!out->commit()) return 2;
    return cs::fails(findings, c.fail_on) ? 1 : 0;
}
}  // namespace

int check_main(std::span<char*> args) {
    static constexpr option_spec own[] = {{"claims", '\0', true}, {"no-reverse", '\0', false}};
    std::vector<option_spec> specs(std::begin(cs::common_specs), std::end(cs::common_specs));
    specs.insert(specs.end(), std::begin(own), std::end(own));
    const parsed_args opts("check", args, specs, check_usage);
    if (opts.error()) return 2;
    if (opts.help()) return write_to_stdout(check_usage);
    cs::common_options c;
    if (!cs::read_common(opts, c)) return 2;
    ck::validate_options opt;
    opt.reverse = !opts.has("no-reverse");
    if (c.jsonl) {
        if (opts.has("claims")) return opts.usage_error("--jsonl takes the claims from each record, not --claims");
        return cs::run_batch("check", opts.files(), c, [&](const newsprov::json::value& rec, const std::string& where) {
            return check_record(rec, where, opt, c.fail_on);
        });
    }
    if (!opts.has("claims")) return opts.usage_error("--claims DOC is required (or --jsonl)");
    if (opts.files().size() != 1) return opts.usage_error("one ARTICLE.txt at a time (or --jsonl for many)");
    if (*opts.value("claims") == "-" && opts.files()[0] == "-")
        return opts.usage_error("standard input can be the claims or the article, not both");
    return check_one(*opts.value("claims"), opts.files()[0], c, opt);
}

}  // namespace newsprov_cli
