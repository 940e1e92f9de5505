// Positive control: <newsprov/all.hpp> compiles cleanly with every warning on and
// gives what the umbrella leaves out, extraction and citation checks.
// expect-compile
#include <newsprov/all.hpp>
int main() {
    const auto found = newsprov::text::extract("\"We are ready,\" the mayor said.");
    const newsprov::checker::article article{"The mayor said so."};
    return found.attributions.size() == 1 && !article.text().empty() ? 0 : 1;
}
