// SHA-256 against the example vectors of FIPS 180-4 (NIST's "Example
// Algorithms" SHA256 sheets), at compile time and at run time.

#include <doctest/doctest.h>
#include <newsprov/util/sha256.hpp>

#include <string>
#include <string_view>

namespace np = newsprov;

namespace {
constexpr bool hashes_to(std::string_view data, std::string_view hex) {
    const auto h = np::to_hex(np::sha256_of(data));
    return std::string_view(h.data(), h.size()) == hex;
}
}  // namespace

static_assert(hashes_to("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
static_assert(hashes_to("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

TEST_CASE("sha256: FIPS 180-4 vectors") {
    CHECK(np::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(np::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(np::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(np::sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: updates in pieces give the digest of the whole") {
    const std::string million(1000000, 'a');
    np::sha256 h;
    // pieces that straddle block boundaries in every way
    std::size_t at = 0;
    for (std::size_t n = 1; at < million.size(); n = n * 7 % 193 + 1) {
        const std::size_t take = std::min(n, million.size() - at);
        h.update(std::string_view(million).substr(at, take));
        at += take;
    }
    const auto hex = np::to_hex(h.finish());
    CHECK(std::string_view(hex.data(), hex.size()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // lengths around the padding boundary (55, 56, 64 bytes) differ from each other
    CHECK(np::sha256_hex(std::string(55, 'x')) != np::sha256_hex(std::string(56, 'x')));
    CHECK(np::sha256_hex(std::string(64, 'x')) != np::sha256_hex(std::string(63, 'x')));
}
