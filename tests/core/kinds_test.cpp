#include <newsprov/core/kinds.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace newsprov;

TEST_CASE("every kind has a distinct name that parses back") {
    std::set<std::string> names;
    for (source_kind k : all_source_kinds) {
        CHECK(kind_from_string(to_string(k), all_source_kinds) == k);
        names.insert(std::string(to_string(k)));
    }
    CHECK(names.size() == all_source_kinds.size());
    for (claim_kind k : all_claim_kinds) CHECK(kind_from_string(to_string(k), all_claim_kinds) == k);
    for (source_role r : all_source_roles) CHECK(kind_from_string(to_string(r), all_source_roles) == r);
    CHECK_FALSE(kind_from_string("spokesman", all_source_kinds).has_value());
}

TEST_CASE("kind sets hold exactly what was put in") {
    constexpr source_kinds speakers{source_kind::person, source_kind::journalist};
    static_assert(speakers.contains(source_kind::person));
    static_assert(!speakers.contains(source_kind::organization));
    CHECK(speakers.with(source_kind::organization).contains(source_kind::organization));
    CHECK_FALSE(speakers.without(source_kind::person).contains(source_kind::person));
    CHECK(source_kinds::all().without(source_kind::anonymous).contains(source_kind::document));
    CHECK_FALSE(source_kinds::all().without(source_kind::anonymous).contains(source_kind::anonymous));
    CHECK(source_kinds{}.empty());
    CHECK(speakers == source_kinds{source_kind::journalist, source_kind::person});
}
