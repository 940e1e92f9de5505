#include <newsprov/newsprov.hpp>

#include <doctest/doctest.h>

#include <string_view>

TEST_CASE("the version macros agree with the VERSION file the build systems read") {
    CHECK(std::string_view{NEWSPROV_VERSION_STRING} == std::string_view{NEWSPROV_TEST_VERSION});
    CHECK(newsprov::version.major == NEWSPROV_VERSION_MAJOR);
    CHECK(newsprov::version.minor == NEWSPROV_VERSION_MINOR);
    CHECK(newsprov::version.patch == NEWSPROV_VERSION_PATCH);
}
