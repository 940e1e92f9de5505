#pragma once
// Progress of a long run on standard error: items done, MB/s and, when the
// input's size is known, the time left. Shown only when standard error is a
// terminal, not --quiet, and the run has lasted a few seconds (3 by default;
// NEWSPROV_PROGRESS_DELAY=SECONDS changes it, e.g. 0 for a test); redrawn at
// most twice a second on one line, erased at the end.

#include <chrono>
#include <cstddef>
#include <string_view>

namespace newsprov_cli {

class progress {
public:
    /// total_bytes: the size of the whole input, 0 when unknown (a pipe).
    progress(std::string_view command, bool quiet, std::size_t total_bytes);
    ~progress() { finish(); }
    progress(const progress&) = delete;
    progress& operator=(const progress&) = delete;

    /// Items finished and input bytes read so far.
    void update(std::size_t items, std::size_t bytes);
    /// Erases the line, if one was drawn.
    void finish();

private:
    using clock = std::chrono::steady_clock;
    std::string_view command_;
    bool enabled_ = false;
    bool drawn_ = false;
    std::size_t total_ = 0;
    double delay_ = 3;
    clock::time_point start_ = clock::now();
    clock::time_point last_ = start_;
};

}  // namespace newsprov_cli
