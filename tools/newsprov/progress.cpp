// Progress on standard error: see progress.hpp.
#include "progress.hpp"

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace newsprov_cli {

progress::progress(std::string_view command, bool quiet, std::size_t total_bytes)
    : command_(command), enabled_(!quiet && isatty(STDERR_FILENO) != 0), total_(total_bytes) {
    if (const char* d = std::getenv("NEWSPROV_PROGRESS_DELAY"); d != nullptr && *d != '\0') {
        char* end = nullptr;
        const double v = std::strtod(d, &end);
        if (end != d && v >= 0) delay_ = v;
    }
}

void progress::update(std::size_t items, std::size_t bytes) {
    if (!enabled_) return;
    const clock::time_point now = clock::now();
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    if (elapsed < delay_ || (drawn_ && now - last_ < std::chrono::milliseconds(500))) return;
    last_ = now;
    const double rate = elapsed > 0 ? static_cast<double>(bytes) / elapsed : 0;  // bytes per second
    char left[48] = "";
    if (total_ > bytes && rate > 0) {
        const auto seconds = static_cast<unsigned long>(static_cast<double>(total_ - bytes) / rate);
        std::snprintf(left, sizeof left, ", %lu:%02lu left", seconds / 60, seconds % 60);
    }
    std::fprintf(stderr, "\rnewsprov %.*s: %zu items, %.1f MB/s%s\x1b[K", static_cast<int>(command_.size()),
                 command_.data(), items, rate / 1e6, left);
    std::fflush(stderr);
    drawn_ = true;
}

void progress::finish() {
    if (!drawn_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace newsprov_cli
