#pragma once
// A compile-time story as a run-time document, losslessly: every source,
// claim, quantity and relation and the story's info.
//
//   newsprov::story_document doc = newsprov::to_document(seed::story);

#include <newsprov/graph/document.hpp>
#include <newsprov/story/story.hpp>

#include <cstddef>

namespace newsprov {

template <std::size_t S, std::size_t C, std::size_t Q, std::size_t R>
[[nodiscard]] story_document to_document(const story<S, C, Q, R>& s) {
    story_document doc;
    doc.set_info(s.info);
    for (const source_record& r : s.sources) doc.add_source(r);
    for (const claim_record& r : s.claims) doc.add_claim(r);
    for (const quantity_record& r : s.quantities()) doc.add_quantity(r);
    for (const relation_record& r : s.relations) doc.add_relation(r);
    return doc;
}

}  // namespace newsprov
