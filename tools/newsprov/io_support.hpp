#pragma once
// Input and output for every subcommand of `newsprov`, so that each kind of
// file is handled, and each failure worded, the same everywhere:
//
//   FILE: cannot open: <the system's reason>     (missing, unreadable, a directory)
//   FILE: cannot read: <the system's reason>
//   FILE: cannot write: <the system's reason>    (disk full, EPIPE, file-size limit)
//
// "-" is standard input (shown as <stdin>) or, after -o, standard output.
// Output to a file is whole or absent: it goes to a temporary file in the
// target's folder, which is flushed, synced and renamed over the target only
// when everything was written (output::commit). Until then the old target,
// and the input when -o names it, stay as they were.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace newsprov_cli {

/// How a path is named in messages.
[[nodiscard]] inline std::string shown_name(std::string_view path) {
    return path == "-" ? std::string("<stdin>") : std::string(path);
}

/// "NAME: WHAT: <strerror(error)>", the one wording of a failed system call.
[[nodiscard]] inline std::string system_error_message(std::string_view name, std::string_view what, int error) {
    std::string m(name);
    m.append(": ").append(what).append(": ").append(std::strerror(error));
    return m;
}

/// Prints "NAME: WHAT: <strerror(error)>" on standard error.
inline void report_system_error(std::string_view name, std::string_view what, int error) {
    std::fprintf(stderr, "%s\n", system_error_message(name, what, error).c_str());
}

/// SIGPIPE and SIGXFSZ would kill the process in the middle of a write; ignored,
/// the write fails with EPIPE or EFBIG instead and is reported like any other.
void ignore_write_signals();

/// A file (or standard input) open for reading, as a streambuf for readers
/// that take a std::istream. Read errors end the input; error() tells them.
class input_file : public std::streambuf {
public:
    /// Opens PATH ("-": standard input). Refuses a directory. Nothing and a
    /// message ("FILE: cannot open: reason") when it cannot be opened.
    [[nodiscard]] static std::optional<input_file> open(std::string_view path, std::string& message);

    input_file(input_file&& other) noexcept;
    input_file& operator=(input_file&&) = delete;
    ~input_file() override;

    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    /// The size of a regular file, 0 when unknown (a pipe, a terminal).
    [[nodiscard]] std::size_t size_hint() const noexcept { return size_hint_; }
    /// errno of the first failed read, 0 when none failed.
    [[nodiscard]] int error() const noexcept { return error_; }
    /// Bytes handed out so far.
    [[nodiscard]] std::size_t consumed() const noexcept { return consumed_; }

    /// The whole rest of the input, at most max_bytes (then FILE:1:1: names the
    /// limit). Nothing and a message on failure.
    [[nodiscard]] std::optional<std::string> read_all(std::size_t max_bytes, std::string& message);

protected:
    int_type underflow() override;

private:
    input_file(int fd, bool owned, std::string name, std::size_t size_hint);

    int fd_ = -1;
    bool owned_ = false;
    std::string name_;
    std::size_t size_hint_ = 0;
    int error_ = 0;
    std::size_t consumed_ = 0;
    std::string buffer_;
};

/// The size of PATH when it is a regular file, 0 otherwise ("-", a pipe, missing).
[[nodiscard]] std::size_t file_size_hint(std::string_view path);

/// Reads PATH whole: "-" is standard input. Nothing (and a message) on failure.
[[nodiscard]] std::optional<std::string> read_whole_file(std::string_view path, std::size_t max_bytes);

/// Where a command's output goes: standard output ("-") or, whole or not at
/// all, a file. Writes are buffered; the first failure is reported once, and
/// later writes do nothing.
class output {
public:
    /// PATH "-" is standard output. For a file, creates the temporary file
    /// next to it; a device or FIFO (/dev/null, a named pipe) is written in
    /// place, never replaced. Nothing and a message on standard error when it
    /// cannot (a directory, no permission).
    [[nodiscard]] static std::optional<output> open(std::string_view path);

    output(output&& other) noexcept;
    output& operator=(output&&) = delete;
    ~output();  // removes the temporary file unless committed

    void write(std::string_view data);
    /// Hands the buffer to the system now (between records of a stream).
    void flush();
    /// Writes what is buffered; for a file, syncs it and renames it over the
    /// target. True when everything was written.
    [[nodiscard]] bool commit();
    [[nodiscard]] bool failed() const noexcept { return error_ != 0; }

private:
    output(int fd, std::string name, std::string target, std::string temp, bool owns_fd = true)
        : fd_(fd), name_(std::move(name)), target_(std::move(target)), temp_(std::move(temp)), owns_fd_(owns_fd) {}
    [[nodiscard]] static std::optional<output> open_in_place(std::string_view path, const std::string& target);
    void write_through(std::string_view data);
    void fail(int error);

    int fd_ = -1;
    std::string name_;    // as given, for messages: "<stdout>" for standard output
    std::string target_;  // the file renamed over (a link's target); "-" for standard output
    std::string temp_;    // empty for standard output or a device, or once renamed
    bool owns_fd_ = true; // false for standard output: never closed here
    std::string buffer_;
    int error_ = 0;
};

/// Writes `text` to standard output (usage, --version): 0, or 2 with a message
/// when the write fails.
[[nodiscard]] int write_to_stdout(std::string_view text);

}  // namespace newsprov_cli
