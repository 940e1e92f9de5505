// Positive control: the umbrella header compiles cleanly with every warning on.
// expect-compile
#include <newsprov/newsprov.hpp>
int main() { return newsprov::version.major; }
