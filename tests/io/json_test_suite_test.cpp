// JSONTestSuite (test_parsing): every y_ file accepted, every n_ file rejected
// with a positioned input_error, every i_ file handled either way without a
// crash (and the way each went reported). Skips when the folder is absent.
//
// Duplicate keys are valid JSON, but our default (duplicate_keys::reject) refuses
// them because either reading would silently drop data; the two y_ files with
// duplicate keys must be refused with that error under the defaults, and are
// accepted with duplicate_keys::keep_last. Everything else runs with defaults.
#include <newsprov/json/json.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef NEWSPROV_SHARED_DIR
#define NEWSPROV_SHARED_DIR "../shared"
#endif

namespace json = newsprov::json;
namespace fs = std::filesystem;

TEST_CASE("json: JSONTestSuite test_parsing") {
    const fs::path dir = fs::path(NEWSPROV_SHARED_DIR) / "testdata" / "JSONTestSuite" / "test_parsing";
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        MESSAGE("skipped: JSONTestSuite not found at " << dir.string());
        return;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    REQUIRE(!files.empty());

    int y_ok = 0, y_total = 0, n_ok = 0, n_total = 0, i_accepted = 0, i_rejected = 0;
    std::string i_report;
    for (const fs::path& file : files) {
        const std::string name = file.filename().string();
        std::ifstream in(file, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CAPTURE(name);
        bool accepted = false;
        std::string error;
        json::limits lim;
        if (name.find("duplicated_key") != std::string::npos) {
            try {
                (void)json::parse(text);
                FAIL_CHECK("duplicate key accepted by default");
            } catch (const newsprov::input_error& e) {
                CHECK(e.message().starts_with("duplicate key"));
            }
            lim.duplicates = json::duplicate_keys::keep_last;
        }
        try {
            const json::value v = json::parse(text, lim);
            accepted = true;
            // What we accept, we write back as JSON that reads as the same value.
            CHECK(json::parse(json::write(v), lim) == v);
        } catch (const newsprov::input_error& e) {
            error = e.what();
            CHECK(e.where().offset <= text.size());
            CHECK(e.where().line >= 1);
            CHECK(e.where().column >= 1);
            CHECK(!e.message().empty());
        }
        switch (name[0]) {
            case 'y':
                ++y_total;
                CHECK_MESSAGE(accepted, name << ": " << error);
                y_ok += accepted ? 1 : 0;
                break;
            case 'n':
                ++n_total;
                CHECK_MESSAGE(!accepted, name << " was accepted");
                n_ok += accepted ? 0 : 1;
                break;
            default:
                (accepted ? i_accepted : i_rejected) += 1;
                i_report += "  " + name + ": " + (accepted ? std::string("accepted") : "rejected (" + error + ")") + "\n";
                break;
        }
    }
    MESSAGE("JSONTestSuite: y_ " << y_ok << "/" << y_total << " accepted, n_ " << n_ok << "/" << n_total
                                 << " rejected, i_ " << i_accepted << " accepted and " << i_rejected
                                 << " rejected:\n"
                                 << i_report);
    CHECK(y_ok == y_total);
    CHECK(n_ok == n_total);
}
