// tools/newsprov/ordered_pool.hpp: work on N threads, results in submission
// order (what makes `newsprov extract --jobs N` byte-identical for every N).
#include <doctest/doctest.h>

#include "../../tools/newsprov/ordered_pool.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

namespace {
struct job {
    std::size_t n = 0;
    std::string result;
};
struct worker_state {
    std::size_t handled = 0;  // per worker: each worker has its own
};
// Later items finish first (earlier ones sleep longer), so order is only kept if the pool keeps it.
void slow_square(worker_state& st, job& j) {
    ++st.handled;
    std::this_thread::sleep_for(std::chrono::microseconds((j.n % 7) * 150));
    j.result = std::to_string(j.n * j.n);
}
}  // namespace

TEST_CASE("ordered_pool: results in submission order for 1 to 4 jobs") {
    for (std::size_t jobs = 1; jobs <= 4; ++jobs) {
        std::vector<std::string> seen;
        newsprov_cli::ordered_pool<job, worker_state> pool(jobs, slow_square, [&](job& j) {
            seen.push_back(j.result);
            return true;
        });
        for (std::size_t i = 0; i < 100; ++i) REQUIRE(pool.submit(job{i, {}}));
        CHECK(pool.finish());
        REQUIRE(seen.size() == 100);
        for (std::size_t i = 0; i < 100; ++i) CHECK(seen[i] == std::to_string(i * i));
    }
}

TEST_CASE("ordered_pool: emit returning false stops the run after exactly that item") {
    for (std::size_t jobs = 1; jobs <= 3; ++jobs) {
        std::vector<std::size_t> seen;
        bool submitted_all = true;
        {
            newsprov_cli::ordered_pool<job, worker_state> pool(jobs, slow_square, [&](job& j) {
                seen.push_back(j.n);
                return j.n != 10;  // the "bad record" with --fail-fast
            });
            for (std::size_t i = 0; i < 60 && submitted_all; ++i) submitted_all = pool.submit(job{i, {}});
            if (submitted_all) CHECK_FALSE(pool.finish());
        }
        CHECK_FALSE(submitted_all);
        REQUIRE(seen.size() == 11);
        for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
    }
}
