#pragma once
// The release number. CMake and Meson read the same number from the top-level
// VERSION file; a test keeps the two in step.

#define NEWSPROV_VERSION_MAJOR 0
#define NEWSPROV_VERSION_MINOR 1
#define NEWSPROV_VERSION_PATCH 0

#define NEWSPROV_DETAIL_STR2(x) #x
#define NEWSPROV_DETAIL_STR(x) NEWSPROV_DETAIL_STR2(x)
#define NEWSPROV_VERSION_STRING                                                   \
    NEWSPROV_DETAIL_STR(NEWSPROV_VERSION_MAJOR)                                   \
    "." NEWSPROV_DETAIL_STR(NEWSPROV_VERSION_MINOR) "." NEWSPROV_DETAIL_STR(      \
        NEWSPROV_VERSION_PATCH)

namespace newsprov {
struct version_info {
    int major;
    int minor;
    int patch;
};
inline constexpr version_info version{NEWSPROV_VERSION_MAJOR, NEWSPROV_VERSION_MINOR,
                                      NEWSPROV_VERSION_PATCH};
}  // namespace newsprov
