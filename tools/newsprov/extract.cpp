// `newsprov extract [--jsonl] [FILE...]`: attributions, figures and credits found
// in article text, one JSON line per article (the shape ../shared/eval/score.py
// scores; see DESIGN.md). Plain-text FILEs hold one article each (the id is the
// file name); with --jsonl every line of every FILE (or of standard input) is a
// record {"id", "text", ...}. Offsets are UTF-8 byte offsets, end exclusive.
// With --to FORMAT one article becomes a provenance document
// (text/to_document.hpp) bound to the text by its SHA-256.

#include "args.hpp"
#include "commands.hpp"
#include "document_formats.hpp"
#include "io_support.hpp"
#include "ordered_pool.hpp"
#include "progress.hpp"

#include <newsprov/check/article.hpp>
#include <newsprov/core/error.hpp>
#include <newsprov/io/extraction_jsonl.hpp>
#include <newsprov/json/json.hpp>
#include <newsprov/text/extract.hpp>
#include <newsprov/text/to_document.hpp>

#include <cstdio>
#include <istream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace newsprov_cli {

inline constexpr std::string_view extract_usage =
    "usage: newsprov extract [--jsonl | --to FORMAT] [--jobs N] [-o OUT] [--fail-fast]\n"
    "                        [--quiet] [--max-quotes N] [FILE...]\n"
    "\n"
    "Finds attributions (content, source, cue, kind, speaker), reported figures,\n"
    "the byline, contributor lines and the dateline in news text, and writes one\n"
    "JSON line per article (schemas/extract-record.schema.json):\n"
    "  {\"id\", \"quotes\": [{\"content\": [[s,e],...], \"source\": [...], \"cue\": [...],\n"
    "                      \"kind\": \"direct|mixed|indirect\", \"speaker\": \"...\"}],\n"
    "   \"figures\": [...], \"byline\": ..., \"contributors\": [...], \"dateline\": ...}\n"
    "Offsets are UTF-8 byte offsets into the article text, end exclusive.\n"
    "\n"
    "  FILE...         plain-text articles, one per file ('-' or none: standard input)\n"
    "  --jsonl         the input is JSON Lines records {\"id\", \"text\", ...}\n"
    "  --to FORMAT     write one article as a provenance document instead: prov-json,\n"
    "                  prov-n, turtle, jsonld or dot. Each attribution is a claim of\n"
    "                  its speaker, figures are reported figures, the byline and\n"
    "                  contributors journalists; the story records the text's SHA-256\n"
    "                  (np:articleSha256), so `newsprov check --claims DOC ARTICLE`\n"
    "                  notices an edited article\n"
    "  -j, --jobs N    threads (default: the number of cores); the output is the\n"
    "                  same, byte for byte and in input order, for every N\n"
    "  -o, --output OUT\n"
    "                  write to OUT, whole or not at all ('-': standard output)\n"
    "  --fail-fast     stop at the first bad article or record (default: report\n"
    "                  it on standard error and go on with the next)\n"
    "  -q, --quiet     no progress line (shown only on a terminal, after 3 s)\n"
    "  --max-quotes N  refuse an article with more than N attributions (default 100000)\n"
    "  -h, --help      this text\n"
    "\n"
    "Limits: a plain-text article of at most 1 GiB; a JSON Lines record of at most\n"
    "64 MiB (JSON nesting 512, strings 16 MiB). A bad record is named on standard\n"
    "error as FILE:line:col: message; the other records keep their output.\n"
    "\n"
    "exit status: 0 done, 2 a bad input, a failed write or bad arguments\n";

namespace {

constexpr std::size_t max_article_bytes = std::size_t{1} << 30;

/// One article on its way through the pool: what it is, then what it gave.
struct article_item {
    newsprov::json::value id;
    std::string text;
    std::string name;       // the file, as shown in messages
    std::size_t line = 0;   // the JSON Lines record's line; 0 for a plain-text file
    std::string output;     // the record written
    std::string error;      // or the message for standard error
};

/// Each worker's own extractor and scratch extraction.
struct extract_state {
    newsprov::text::extractor extractor;
    newsprov::text::extraction found;
};

/// The story id of a file's document: its name without folders and extension ("article" for standard input).
std::string story_id_of(std::string_view file) {
    if (file == "-" || file == "<stdin>") return "article";
    if (const auto slash = file.find_last_of('/'); slash != std::string_view::npos) file.remove_prefix(slash + 1);
    if (const auto dot = file.find('.'); dot != std::string_view::npos && dot > 0) file = file.substr(0, dot);
    const std::string id = newsprov::text::detail::slug(file);
    return id.empty() ? "article" : id;
}

/// What one article becomes: a JSON Lines record, or a document in `format` (--to).
void extract_one(extract_state& st, article_item& item, std::size_t max_quotes, const export_format* format) {
    if (!item.error.empty()) return;
    const std::string where = item.line == 0 ? item.name + ":" : item.name + ":" + std::to_string(item.line) + ":1: ";
    try {
        st.extractor.extract(item.text, {}, st.found);
        newsprov::checker::check_quote_count(item.text, st.found, max_quotes);
        if (format != nullptr)
            item.output = format->write(newsprov::text::to_document(st.found, item.text, {.story_id = story_id_of(item.name)}));
        else
            newsprov::write_extraction_jsonl(item.output, item.id, st.found);
    } catch (const newsprov::input_error& e) {
        item.error = item.line == 0 ? where + e.what() : where + "record text: " + e.message();
    } catch (const std::exception& e) {
        item.error = item.line == 0 ? where + "1:1: " + e.what() : where + e.what();
    }
    std::string().swap(item.text);
}

/// Every record of a JSON Lines input, one item each; false when the run was stopped.
bool submit_records(input_file& in, ordered_pool<article_item, extract_state>& pool) {
    std::istream stream(&in);
    newsprov::json::stream_line_reader lines(stream);
    for (;;) {
        article_item item;
        item.name = in.name();
        try {
            auto rec = lines.next();
            if (!rec) break;
            item.line = rec->line;
            newsprov::json::value* text = rec->data.is_object() ? rec->data.find("text") : nullptr;
            const newsprov::json::value* id = rec->data.is_object() ? rec->data.find("id") : nullptr;
            if (text == nullptr || !text->is_string()) {
                item.error = item.name + ":" + std::to_string(rec->line) + ":1: record without a string \"text\"";
            } else {
                item.text = std::move(text->as_string());
                item.id = id != nullptr && (id->is_string() || id->is_number()) ? *id : newsprov::json::value(rec->line);
            }
        } catch (const newsprov::input_error& e) {
            item.error = item.name + ":" + e.what();
            // A line too long, or too many records: the reader cannot go on.
            const bool fatal = e.limit() == "max_input_bytes" || e.limit() == "max_records";
            if (!pool.submit(std::move(item))) return false;
            if (fatal) return true;
            continue;
        }
        if (!pool.submit(std::move(item))) return false;
    }
    if (in.error() != 0) {
        article_item failed;
        failed.error = system_error_message(in.name(), "cannot read", in.error());
        return pool.submit(std::move(failed));
    }
    return true;
}

/// The options of `extract`, checked.
struct extract_settings {
    std::size_t max_quotes = newsprov::checker::article_limits{}.max_quotes;
    std::size_t jobs = std::max(1u, std::thread::hardware_concurrency());
    bool jsonl = false;
    bool fail_fast = false;
    std::vector<std::string_view> files;
    const export_format* format = nullptr;
};

/// Reads the options into `st`; the exit status when one is wrong.
std::optional<int> read_settings(const parsed_args& opts, extract_settings& st) {
    if (auto v = opts.value("max-quotes")) {
        const auto n = parse_count(*v);
        if (!n) return opts.usage_error("--max-quotes needs a number");
        st.max_quotes = *n;
    }
    if (auto v = opts.value("jobs")) {
        const auto n = parse_count(*v);
        if (!n || *n == 0 || *n > 1024) return opts.usage_error("--jobs needs a number from 1 to 1024");
        st.jobs = *n;
    }
    st.jsonl = opts.has("jsonl");
    st.fail_fast = opts.has("fail-fast");
    st.files = opts.files();
    if (st.files.empty()) st.files.emplace_back("-");
    if (auto to = opts.value("to")) {
        st.format = find_export_format(*to);
        if (!st.format) return opts.usage_error("--to needs a format: prov-json, prov-n, turtle, jsonld or dot");
        if (st.jsonl || st.files.size() != 1)
            return opts.usage_error("--to writes one plain-text article (one FILE or -, no --jsonl)");
    }
    return std::nullopt;
}

/// Hands one input file to the pool: its JSON Lines records, or its text as
/// one article, or why it cannot be read. `reading` points at the file while
/// it is read (for the progress line); `bytes_before` grows by what it held.
/// False once the pool takes no more.
bool submit_file(std::string_view file, bool jsonl, ordered_pool<article_item, extract_state>& pool,
                 input_file*& reading, std::size_t& bytes_before) {
    article_item item;
    item.name = shown_name(file);
    auto in = input_file::open(file, item.error);  // one file open at a time
    if (!in) return pool.submit(std::move(item));
    reading = &*in;
    bool going = true;
    if (jsonl) {
        going = submit_records(*reading, pool);
    } else {
        std::string message;
        auto text = reading->read_all(max_article_bytes, message);
        if (text) item.text = std::move(*text);
        else item.error = message;
        item.id = newsprov::json::value(file == "-" ? std::string("-") : std::string(file));
        going = pool.submit(std::move(item));
    }
    bytes_before += reading->consumed();
    reading = nullptr;
    return going;
}

}  // namespace

int extract_main(std::span<char*> args) {
    static constexpr option_spec specs[] = {
        {"jsonl", '\0', false},  {"max-quotes", '\0', true}, {"jobs", 'j', true}, {"output", 'o', true},
        {"fail-fast", '\0', false}, {"quiet", 'q', false}, {"to", '\0', true},
    };
    const parsed_args opts("extract", args, specs, extract_usage);
    if (opts.error()) return 2;
    if (opts.help()) return write_to_stdout(extract_usage);
    extract_settings st;
    if (const auto status = read_settings(opts, st)) return *status;

    auto out = output::open(opts.value("output").value_or("-"));
    if (!out) return 2;
    std::size_t total_bytes = 0;  // for the progress line's time left
    for (const auto f : st.files) total_bytes += file_size_hint(f);
    progress shown("extract", opts.has("quiet"), total_bytes);
    std::size_t done = 0, bytes_before = 0;
    input_file* reading = nullptr;
    bool bad_input = false;
    ordered_pool<article_item, extract_state> pool(
        st.jobs,
        [max_quotes = st.max_quotes, format = st.format](extract_state& state, article_item& item) {
            extract_one(state, item, max_quotes, format);
        },
        [&](article_item& item) {
            ++done;
            shown.update(done, bytes_before + (reading ? reading->consumed() : 0));
            if (!item.error.empty()) {
                shown.finish();
                std::fprintf(stderr, "%s\n", item.error.c_str());
                bad_input = true;
                return !st.fail_fast;
            }
            out->write(item.output);
            return !out->failed();
        });
    bool going = true;
    for (std::size_t i = 0; i < st.files.size() && going; ++i)
        going = submit_file(st.files[i], st.jsonl, pool, reading, bytes_before);
    if (going) pool.finish();
    shown.finish();
    const bool written = out->commit();
    return bad_input || !written ? 2 : 0;
}

}  // namespace newsprov_cli
