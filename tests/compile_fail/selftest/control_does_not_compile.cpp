// Driver self-test: a positive control that does not compile must be caught.
// expect-compile
// driver-must-report: positive control failed to compile
int main() { return undeclared_name; }
