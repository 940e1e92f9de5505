// libFuzzer harness for citation validation: an article (the bytes before the
// first 0xFF) and a document generated from the bytes after it (claims quote
// pieces of the article or hostile text). validate() never throws and every
// finding's location lies inside the article.
//
//   tests/fuzz/run.sh 600 validate     (see README, "Robustness")
#include "fuzz_support.hpp"
#include "random_document.hpp"

#include <newsprov/check/check.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ck = newsprov::checker;

namespace newsprov_fuzz {

inline int run_validate(const std::uint8_t* data, std::size_t size) {
    const auto [article_text, rest] = newsprov_fuzz::split_input(data, size);
    newsprov_fuzz::byte_source in(rest);
    newsprov_fuzz::document_shape shape;
    shape.article = article_text;
    const newsprov::story_document doc = newsprov_fuzz::random_document(in, shape);
    ck::validate_options opt;
    opt.reverse = in.flag();
    opt.min_quote_words = in.below(6);
    opt.quote_threshold = static_cast<double>(in.below(11)) / 10;
    opt.paraphrase_threshold = static_cast<double>(in.below(11)) / 10;
    const ck::article a(article_text);
    for (const ck::finding& f : ck::validate(doc, a, opt)) {
        require(f.where.offset + f.where.length <= article_text.size(), "finding inside the article");
        require(!f.rule_id.empty() && !f.message.empty(), "finding has a rule and a message");
    }
    return 0;
}

}  // namespace newsprov_fuzz

#ifndef NEWSPROV_FUZZ_NO_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return newsprov_fuzz::run_validate(data, size);
}
#endif
