#pragma once

#include "sim/config/engine_keys.hpp"
#include "tools/serve/live_run.hpp"

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

namespace serve {

using Clock = std::chrono::steady_clock;

// One browser's simulation: run A, and run B in A/B mode, stepped together. Requests for the
// same session are serialised by `mutex`; different sessions step in parallel.
struct Session {
  std::mutex mutex;
  std::string scenario_id;
  std::vector<sim::config::Scenario> scenarios;  // as set up, one per run
  std::vector<std::unique_ptr<LiveRun>> runs;
  std::uint64_t seed = 0;
  int saves = 0;
};

class SessionsFull : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The live sessions, each under a random id. A session not seen for `idle` is dropped (looked
// for at every open and find), so a closed tab frees its simulation; at most `max` live at once.
class Sessions {
 public:
  Sessions(std::size_t max, Clock::duration idle) : max_(max), idle_(idle) {}

  // A new session's id; SessionsFull when `max` are live.
  std::string open(Clock::time_point now = Clock::now());
  // The session, marked as seen; nullptr when unknown or dropped.
  std::shared_ptr<Session> find(const std::string& id, Clock::time_point now = Clock::now());
  // Drops the sessions idle for longer than the limit; returns how many.
  std::size_t drop_idle(Clock::time_point now);
  std::size_t size() const;

 private:
  struct Entry {
    std::shared_ptr<Session> session;
    Clock::time_point seen;
  };
  std::size_t drop_idle_locked(Clock::time_point now);

  const std::size_t max_;
  const Clock::duration idle_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry> live_;
};

// `bytes` random bytes from the system's entropy source, as hex (session ids, --host tokens).
std::string random_hex(std::size_t bytes);

}  // namespace serve
