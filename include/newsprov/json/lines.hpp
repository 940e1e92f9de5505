#pragma once
// JSON Lines (one JSON text per line): records handed out one at a time with
// the line they came from.
//
// Lines end at '\n' (a '\r' before it is JSON whitespace, so CRLF files work).
// Lines holding only whitespace are skipped. Every other line must be one JSON
// text; errors throw newsprov::input_error with the position in the whole input
// (line of the record, column within it, byte offset from the start), so a
// caller prints "file:line:col: message". limits apply to each record;
// max_input_bytes bounds the length of a line (the stream reader never holds
// more than that plus one read buffer), max_records the number of records.
//
//   json::line_reader lines(text);
//   while (auto rec = lines.next()) use(rec->line, rec->data);

#include <newsprov/core/error.hpp>
#include <newsprov/json/reader.hpp>
#include <newsprov/json/value.hpp>

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace newsprov::json {

/// One JSON Lines record.
struct record {
    std::size_t line = 0;    ///< 1-based line number in the input
    std::size_t offset = 0;  ///< byte offset of the line's first byte
    json::value data;
};

namespace detail {
template <class = void>
[[nodiscard]] inline bool blank(std::string_view line) noexcept {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

template <class = void>
inline void check_record_count(std::size_t count, const limits& lim, std::size_t line, std::size_t offset) {
    if (count >= lim.max_records) {
        throw input_error({line, 1, offset}, "more than max_records (" + std::to_string(lim.max_records) + ") records",
                          "max_records");
    }
}

template <class = void>
inline void check_line_length(std::size_t length, const limits& lim, std::size_t line, std::size_t offset) {
    if (length > lim.max_input_bytes) {
        throw input_error({line, lim.max_input_bytes + 1, offset + lim.max_input_bytes},
                          "line longer than max_input_bytes (" + std::to_string(lim.max_input_bytes) + " bytes)",
                          "max_input_bytes");
    }
}
}  // namespace detail

/// Records of JSON Lines text held in memory. The text must outlive the reader.
class line_reader {
public:
    template <class = void>
    explicit line_reader(std::string_view text, const limits& lim = {}) : text_(text), lim_(lim) {}

    /// The next record, or nothing at the end. Throws input_error.
    template <class = void>
    [[nodiscard]] std::optional<record> next() {
        while (pos_ < text_.size()) {
            const std::size_t start = pos_;
            std::size_t end = text_.find('\n', start);
            if (end == std::string_view::npos) end = text_.size();
            pos_ = end < text_.size() ? end + 1 : end;
            const std::size_t line = ++line_;
            const std::string_view body = text_.substr(start, end - start);
            detail::check_line_length(body.size(), lim_, line, start);
            if (detail::blank(body)) continue;
            detail::check_record_count(count_, lim_, line, start);
            ++count_;
            return record{line, start, detail::parser(body, lim_, line, start).run()};
        }
        return std::nullopt;
    }

private:
    std::string_view text_;
    limits lim_;
    std::size_t pos_ = 0;
    std::size_t line_ = 0;
    std::size_t count_ = 0;
};

/// Records of JSON Lines read from a stream (a file, standard input), one line
/// in memory at a time.
class stream_line_reader {
public:
    template <class = void>
    explicit stream_line_reader(std::istream& in, const limits& lim = {}) : in_(in), lim_(lim) {}

    /// The next record, or nothing at the end. Throws input_error for a bad
    /// record and std::ios_base::failure... never: a read error ends the input
    /// like end of file would; check the stream's bad() afterwards.
    template <class = void>
    [[nodiscard]] std::optional<record> next() {
        for (;;) {
            std::size_t nl = buf_.find('\n', scan_);
            while (nl == std::string::npos) {
                detail::check_line_length(buf_.size() - start_, lim_, line_ + 1, offset_);
                scan_ = buf_.size();
                if (!fill()) break;
                nl = buf_.find('\n', scan_);
            }
            if (nl == std::string::npos && start_ >= buf_.size()) return std::nullopt;
            const std::size_t end = nl == std::string::npos ? buf_.size() : nl;
            const std::string_view body(buf_.data() + start_, end - start_);
            const std::size_t line = ++line_;
            const std::size_t offset = offset_;
            detail::check_line_length(body.size(), lim_, line, offset);
            const std::size_t consumed = (nl == std::string::npos ? end : end + 1) - start_;
            offset_ += consumed;
            start_ += consumed;
            scan_ = start_;
            if (detail::blank(body)) continue;
            detail::check_record_count(count_, lim_, line, offset);
            ++count_;
            return record{line, offset, detail::parser(body, lim_, line, offset).run()};
        }
    }

private:
    // Reads more input, first dropping the lines already handed out. False at the end.
    template <class = void>
    bool fill() {
        if (start_ > 0) {
            buf_.erase(0, start_);
            scan_ -= start_;
            start_ = 0;
        }
        constexpr std::size_t chunk = 1 << 16;
        const std::size_t old = buf_.size();
        buf_.resize(old + chunk);
        const std::streamsize got = in_.rdbuf() ? in_.rdbuf()->sgetn(buf_.data() + old, chunk) : 0;
        buf_.resize(old + static_cast<std::size_t>(got > 0 ? got : 0));
        return got > 0;
    }

    std::istream& in_;
    limits lim_;
    std::string buf_;
    std::size_t start_ = 0;   // first byte of the current line in buf_
    std::size_t scan_ = 0;    // where to look for the next '\n'
    std::size_t offset_ = 0;  // input offset of buf_[start_]
    std::size_t line_ = 0;
    std::size_t count_ = 0;
};

}  // namespace newsprov::json
