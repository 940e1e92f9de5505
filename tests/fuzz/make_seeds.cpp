// Writes the seed corpora of the fuzz harnesses, from the project's own test
// data (tests/io/data, tests/check/data) and from documents the project
// generates (random_document.hpp written as PROV-JSON and PROV-N).
//
//   fuzz_seeds OUT_DIR SOURCE_DIR      -> OUT_DIR/<harness>/<seed files>
#include "random_document.hpp"

#include <newsprov/io/prov_json.hpp>
#include <newsprov/io/prov_n.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write(const fs::path& dir, const std::string& name, const std::string& data) {
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << data;
}

std::string random_bytes(std::mt19937_64& rng, std::size_t n) {
    std::string s(n, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds OUT_DIR SOURCE_DIR\n");
        return 2;
    }
    const fs::path out = argv[1], src = argv[2];
    const fs::path io_data = src / "tests/io/data", check_data = src / "tests/check/data";

    // Files of the test data, by extension.
    std::vector<fs::path> texts, json_docs, provn_docs;
    for (const fs::path& dir : {io_data, check_data}) {
        if (!fs::is_directory(dir)) continue;
        for (const auto& e : fs::directory_iterator(dir)) {
            const std::string name = e.path().filename().string();
            if (name.ends_with(".txt")) texts.push_back(e.path());
            else if (name.ends_with(".json")) json_docs.push_back(e.path());
            else if (name.ends_with(".provn")) provn_docs.push_back(e.path());
        }
    }
    for (const fs::path& p : json_docs) {
        write(out / "json", p.filename().string(), read(p));
        write(out / "prov_json", p.filename().string(), read(p));
    }
    for (const fs::path& p : provn_docs) write(out / "prov_n", p.filename().string(), read(p));
    for (const fs::path& p : texts) write(out / "extract", p.filename().string(), read(p));
    write(out / "json", "lines.jsonl", "{\"id\": 1, \"text\": \"a\\u00e9\\ud83d\\ude00\"}\n[1, 2.5e-3, true, null]\n\"x\"\n");

    // Generated documents in both notations.
    std::mt19937_64 rng(20261128);
    for (int k = 0; k < 24; ++k) {
        const std::string bytes = random_bytes(rng, 64 + 32 * static_cast<std::size_t>(k));
        newsprov_fuzz::byte_source in(bytes);
        const newsprov::story_document doc = newsprov_fuzz::random_document(in);
        const std::string name = "generated-" + std::to_string(k);
        write(out / "prov_json", name + ".json", newsprov::to_prov_json(doc, {k % 2 == 0 ? 0u : 2u}));
        write(out / "json", name + ".json", newsprov::to_prov_json(doc));
        write(out / "prov_n", name + ".provn", newsprov::to_prov_n(doc));
    }

    // Validation: article, 0xFF, generator bytes. Drift: two versions around 0xFF.
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const std::string a = read(texts[i]);
        for (int k = 0; k < 3; ++k)
            write(out / "validate", texts[i].filename().string() + "-" + std::to_string(k),
                  a + '\xFF' + random_bytes(rng, 200));
        for (std::size_t j = 0; j < texts.size(); ++j)
            write(out / "drift", texts[i].filename().string() + "-" + texts[j].filename().string(),
                  a + '\xFF' + read(texts[j]));
    }
    std::printf("seed corpora written to %s\n", out.string().c_str());
    return 0;
}
