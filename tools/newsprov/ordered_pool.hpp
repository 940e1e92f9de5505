#pragma once
// Work on N threads, results in input order: items are submitted one by one,
// processed by whichever worker is free (each with its own State, e.g. its own
// extractor), and handed to `emit` strictly in submission order. At most
// 4 x N items are in flight, so memory stays bounded however long the input.
// With one job everything runs on the calling thread, in the same order.
//
// `process` must not throw (it records errors in the item). `emit` returns
// false to stop the run (--fail-fast); items after it are dropped unseen.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace newsprov_cli {

template <class Item, class State>
class ordered_pool {
public:
    using process_fn = std::function<void(State&, Item&)>;
    using emit_fn = std::function<bool(Item&)>;

    ordered_pool(std::size_t jobs, process_fn process, emit_fn emit)
        : process_(std::move(process)), emit_(std::move(emit)), max_in_flight_(4 * (jobs == 0 ? 1 : jobs)) {
        if (jobs <= 1) return;
        for (std::size_t i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
    }
    ordered_pool(const ordered_pool&) = delete;
    ordered_pool& operator=(const ordered_pool&) = delete;
    ~ordered_pool() { stop(true); }

    /// Queues one item; false once the run was stopped by emit.
    bool submit(Item item) {
        if (stopped_) return false;
        if (workers_.empty()) {
            process_(inline_state_, item);
            stopped_ = !emit_(item);
            return !stopped_;
        }
        {
            std::lock_guard lock(mutex_);
            window_.push_back(slot{std::move(item), false});
        }
        work_ready_.notify_one();
        return drain(max_in_flight_);
    }

    /// Emits everything still in flight and ends the workers; false when stopped.
    bool finish() {
        const bool ok = drain(0);
        stop(!ok);
        return ok;
    }

private:
    struct slot {
        Item item;
        bool done = false;
    };

    // Emits finished items from the front until at most `keep` are in flight.
    bool drain(std::size_t keep) {
        if (workers_.empty()) return !stopped_;
        std::unique_lock lock(mutex_);
        while (!stopped_ && window_.size() > keep) {
            item_done_.wait(lock, [&] { return window_.front().done; });
            Item item = std::move(window_.front().item);
            window_.pop_front();
            --taken_;
            lock.unlock();
            const bool go_on = emit_(item);
            lock.lock();
            if (!go_on) stopped_ = true;
        }
        return !stopped_;
    }

    void work() {
        State state;
        std::unique_lock lock(mutex_);
        for (;;) {
            work_ready_.wait(lock, [&] { return ending_ || taken_ < window_.size(); });
            if (ending_ && (stopped_ || taken_ >= window_.size())) return;
            slot& s = window_[taken_++];
            lock.unlock();
            process_(state, s.item);
            lock.lock();
            s.done = true;
            item_done_.notify_all();
        }
    }

    void stop(bool abandon) {
        {
            std::lock_guard lock(mutex_);
            ending_ = true;
            if (abandon) stopped_ = true;
        }
        work_ready_.notify_all();
        for (auto& t : workers_) t.join();
        workers_.clear();
    }

    process_fn process_;
    emit_fn emit_;
    std::size_t max_in_flight_;
    State inline_state_;
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable work_ready_, item_done_;
    std::deque<slot> window_;  // in submission order; pop_front/push_back keep references to the rest
    std::size_t taken_ = 0;    // window_[0, taken_) are being or have been processed
    bool ending_ = false;
    bool stopped_ = false;
};

}  // namespace newsprov_cli
