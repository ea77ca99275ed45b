#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace sim {

// A one-line progress bar with rate and ETA on stderr, drawn only when stderr is a terminal
// and not silenced; redrawn at most ten times a second so it costs nothing per step.
class Progress {
 public:
  Progress(std::int64_t total, std::string unit, bool quiet);
  // `note` follows the ETA (e.g. the best distance so far).
  void update(std::int64_t done, const std::string& note = "");
  void finish();
  bool enabled() const { return enabled_; }

 private:
  void draw(std::int64_t done, const std::string& note);

  std::int64_t total_;
  std::string unit_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace sim
