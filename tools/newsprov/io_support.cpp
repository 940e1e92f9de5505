// Input and output of the `newsprov` command: see io_support.hpp.
#include "io_support.hpp"

#include <csignal>
#include <cstdlib>
#include <utility>

namespace newsprov_cli {

void ignore_write_signals() {
    std::signal(SIGPIPE, SIG_IGN);
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

// ---- input -------------------------------------------------------------------

input_file::input_file(int fd, bool owned, std::string name, std::size_t size_hint)
    : fd_(fd), owned_(owned), name_(std::move(name)), size_hint_(size_hint) {}

input_file::input_file(input_file&& other) noexcept
    : std::streambuf(),
      fd_(std::exchange(other.fd_, -1)),
      owned_(std::exchange(other.owned_, false)),
      name_(std::move(other.name_)),
      size_hint_(other.size_hint_),
      error_(other.error_),
      consumed_(other.consumed_),
      buffer_(std::move(other.buffer_)) {
    setg(nullptr, nullptr, nullptr);  // nothing read yet when moved (only after open)
}

input_file::~input_file() {
    if (owned_ && fd_ >= 0) ::close(fd_);
}

std::optional<input_file> input_file::open(std::string_view path, std::string& message) {
    const std::string name = shown_name(path);
    int fd = 0;
    bool owned = false;
    if (path != "-") {
        do fd = ::open(std::string(path).c_str(), O_RDONLY | O_CLOEXEC);
        while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            message = system_error_message(name, "cannot open", errno);
            return std::nullopt;
        }
        owned = true;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
        const int error = S_ISDIR(st.st_mode) ? EISDIR : errno;
        if (owned) ::close(fd);
        message = system_error_message(name, "cannot open", error);
        return std::nullopt;
    }
    const std::size_t size = S_ISREG(st.st_mode) && st.st_size > 0 ? static_cast<std::size_t>(st.st_size) : 0;
    return input_file(fd, owned, name, size);
}

input_file::int_type input_file::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (error_ != 0 || fd_ < 0) return traits_type::eof();
    buffer_.resize(std::size_t{1} << 16);
    ssize_t got = 0;
    do got = ::read(fd_, buffer_.data(), buffer_.size());
    while (got < 0 && errno == EINTR);
    if (got <= 0) {
        if (got < 0) error_ = errno;
        return traits_type::eof();
    }
    consumed_ += static_cast<std::size_t>(got);
    setg(buffer_.data(), buffer_.data(), buffer_.data() + got);
    return traits_type::to_int_type(*gptr());
}

std::optional<std::string> input_file::read_all(std::size_t max_bytes, std::string& message) {
    std::string data(egptr() == gptr() ? 0 : static_cast<std::size_t>(egptr() - gptr()), '\0');
    if (!data.empty()) data.assign(gptr(), egptr());
    setg(nullptr, nullptr, nullptr);
    data.reserve(std::min(max_bytes, size_hint_) + 1);
    for (;;) {
        const std::size_t old = data.size();
        const std::size_t chunk = std::max<std::size_t>(std::size_t{1} << 16, old / 2);
        data.resize(old + chunk);
        ssize_t got = 0;
        do got = ::read(fd_, data.data() + old, chunk);
        while (got < 0 && errno == EINTR);
        data.resize(old + static_cast<std::size_t>(got > 0 ? got : 0));
        if (got < 0) {
            error_ = errno;
            message = system_error_message(name_, "cannot read", error_);
            return std::nullopt;
        }
        consumed_ += static_cast<std::size_t>(got);
        if (data.size() > max_bytes) {
            message = name_ + ":1:1: larger than max_input_bytes (" + std::to_string(max_bytes) + " bytes)";
            return std::nullopt;
        }
        if (got == 0) return data;
    }
}

std::size_t file_size_hint(std::string_view path) {
    struct stat st {};
    if (path == "-" || ::stat(std::string(path).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    return static_cast<std::size_t>(st.st_size);
}

std::optional<std::string> read_whole_file(std::string_view path, std::size_t max_bytes) {
    std::string message;
    auto in = input_file::open(path, message);
    std::optional<std::string> data;
    if (in) data = in->read_all(max_bytes, message);
    if (!data) std::fprintf(stderr, "%s\n", message.c_str());
    return data;
}

// ---- output ------------------------------------------------------------------

namespace {
// The folder of `path` ("." when it has none), and the file name in it.
std::pair<std::string, std::string> split_path(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return {".", path};
    return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

// The mode a new file would get (0666 less the umask), or the old target's.
mode_t mode_for(const std::string& target) {
    struct stat st {};
    if (::stat(target.c_str(), &st) == 0) return st.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}
}  // namespace

std::optional<output> output::open(std::string_view path) {
    if (path == "-") return output(STDOUT_FILENO, "<stdout>", "-", "", false);
    std::string target(path);
    // A symbolic link stays one: the file it points to is replaced.
    struct stat link {};
    if (::lstat(target.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        if (char* real = ::realpath(target.c_str(), nullptr)) {
            target = real;
            std::free(real);
        }
    }
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
        if (!S_ISDIR(existing.st_mode)) return open_in_place(path, target);
        report_system_error(path, "cannot open", EISDIR);
        return std::nullopt;
    }
    const auto [folder, file] = split_path(target);
    std::string temp = (folder == "/" ? "" : folder) + "/." + file + ".newsprov-XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        report_system_error(path, "cannot open", errno);
        return std::nullopt;
    }
    if (::fchmod(fd, mode_for(target)) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        report_system_error(path, "cannot open", error);
        return std::nullopt;
    }
    return output(fd, std::string(path), target, std::move(temp));
}

// A device, FIFO or socket: renaming a temporary file over it would replace
// /dev/null with a regular file (as root), so it is opened and written as it is.
std::optional<output> output::open_in_place(std::string_view path, const std::string& target) {
    int fd = -1;
    do fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        report_system_error(path, "cannot open", errno);
        return std::nullopt;
    }
    return output(fd, std::string(path), target, "");
}

output::output(output&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      name_(std::move(other.name_)),
      target_(std::move(other.target_)),
      temp_(std::exchange(other.temp_, std::string())),
      owns_fd_(other.owns_fd_),
      buffer_(std::move(other.buffer_)),
      error_(other.error_) {}

output::~output() {
    if (owns_fd_ && fd_ >= 0) ::close(fd_);
    if (!temp_.empty()) ::unlink(temp_.c_str());
}

void output::fail(int error) {
    if (error_ != 0) return;
    error_ = error;
    buffer_.clear();
    report_system_error(name_, "cannot write", error);
}

void output::write_through(std::string_view data) {
    while (!data.empty() && error_ == 0) {
        const ssize_t put = ::write(fd_, data.data(), data.size());
        if (put < 0 && errno == EINTR) continue;
        if (put <= 0) {
            fail(put < 0 ? errno : EIO);
            return;
        }
        data.remove_prefix(static_cast<std::size_t>(put));
    }
}

void output::write(std::string_view data) {
    if (error_ != 0) return;
    buffer_.append(data);
    if (buffer_.size() >= (std::size_t{1} << 16)) flush();
}

void output::flush() {
    if (error_ == 0) write_through(buffer_);
    buffer_.clear();
}

bool output::commit() {
    flush();
    if (!owns_fd_) return error_ == 0;  // standard output
    if (temp_.empty()) {  // a device or FIFO, written in place
        if (::close(std::exchange(fd_, -1)) != 0) fail(errno);
        return error_ == 0;
    }
    if (error_ == 0 && ::fsync(fd_) != 0) fail(errno);
    if (::close(std::exchange(fd_, -1)) != 0) fail(errno);
    if (error_ == 0 && ::rename(temp_.c_str(), target_.c_str()) != 0) fail(errno);
    if (error_ != 0) return false;  // the destructor removes the temporary file
    temp_.clear();
    return true;
}

int write_to_stdout(std::string_view text) {
    auto out = output::open("-");
    out->write(text);
    return out->commit() ? 0 : 2;
}

}  // namespace newsprov_cli
