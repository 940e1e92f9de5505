// Driver self-test: this compiles, so the driver must say so.
// expect-error: anything
// driver-must-report: compiled but was expected to fail
int main() { return 0; }
