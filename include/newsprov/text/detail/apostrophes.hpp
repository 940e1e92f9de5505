#pragma once
// News text writes an apostrophe straight (') or curly (U+2019); the word lists
// and the clitic tests are written once, with the straight one.

#include <cstddef>
#include <string_view>

namespace newsprov::text::detail {

/// The word before a clitic written with either apostrophe: clitic_stem(w, "n",
/// "t") is "does" for "doesn't" and "doesn’t", clitic_stem(w, "", "s") is "it" for
/// "it's"; empty when the word does not end so.
[[nodiscard]] constexpr std::string_view clitic_stem(std::string_view w, std::string_view before,
                                                     std::string_view after) noexcept {
    for (const std::string_view mark : {std::string_view("'"), std::string_view("\u2019")}) {
        const std::size_t n = before.size() + mark.size() + after.size();
        if (w.size() > n && w.ends_with(after) && w.substr(w.size() - n, before.size()) == before &&
            w.substr(w.size() - n + before.size(), mark.size()) == mark)
            return w.substr(0, w.size() - n);
    }
    return {};
}

/// "Trump" of "Trump's" or "Trump’s", "it" of "it's" (a possessive or a
/// contracted "is" / "has"); empty when the word has no "'s".
[[nodiscard]] constexpr std::string_view apostrophe_s_stem(std::string_view w) noexcept {
    return clitic_stem(w, "", "s");
}

/// A word with each curly apostrophe (U+2019) made straight, so the word lists,
/// written with "'", serve both spellings. Words too long for the buffer stay as
/// they are; no list word is that long.
class straight_word {
public:
    explicit straight_word(std::string_view w) noexcept {
        if (w.size() > sizeof text_) {
            view_ = w;
            return;
        }
        std::size_t n = 0;
        for (std::size_t i = 0; i < w.size(); ++i) {
            if (w.compare(i, 3, "\u2019") == 0) {
                text_[n++] = '\'';
                i += 2;
            } else {
                text_[n++] = w[i];
            }
        }
        view_ = std::string_view(text_, n);
    }
    [[nodiscard]] std::string_view view() const noexcept { return view_; }

private:
    char text_[40] = {};
    std::string_view view_;
};

}  // namespace newsprov::text::detail
