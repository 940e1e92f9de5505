// Driver self-test: this fails, but not with the message it claims.
// expect-error: quote-needs-speaker
// driver-must-report: message did not match
static_assert(false, "an unrelated failure");
int main() { return 0; }
