// A downstream program: it only includes the umbrella header and uses it.
#include <newsprov/newsprov.hpp>

#include <cstdio>

int main() {
    std::printf("consumer built against newsprov %s\n", NEWSPROV_VERSION_STRING);
    return newsprov::version.major == NEWSPROV_VERSION_MAJOR ? 0 : 1;
}
